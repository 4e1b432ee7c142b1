from odoo import Command
from odoo.exceptions import UserError, ValidationError
from odoo.tests import Form, tagged

from .coalition_common import CoalitionCase


@tagged("post_install", "-at_install")
class TestCoalition(CoalitionCase):
    def test_a_new_coalition_starts_at_the_first_stage_of_the_shipped_ladder(self):
        self.assertEqual(self.coalition.ladder_id, self.ladder)
        self.assertEqual(self.coalition.stage_id, self.stage_networking)
        self.assertEqual(
            self.ladder.stage_ids.mapped("name"),
            ["Networking", "Coordination", "Cooperation", "Collaboration", "Integration"],
        )

    def test_the_board_shows_every_stage_of_the_ladder(self):
        groups = self.env["community.coalition"].read_group(
            [("id", "=", self.coalition.id)], ["stage_id"], ["stage_id"]
        )
        self.assertEqual([g["stage_id"][0] for g in groups], self.ladder.stage_ids.ids)

    def test_time_in_stage_is_tracked(self):
        coalition = (
            self.env["community.coalition"]
            .with_context(tracking_disable=False)
            .create({"name": "Safety Coalition"})
        )
        self.env.flush_all()
        self.env.cr.precommit.run()
        coalition.stage_id = self.stage_cooperation
        self.env.flush_all()
        self.env.cr.precommit.run()  # tracking values are written before the commit
        coalition.invalidate_recordset(["duration_tracking"])
        self.assertEqual(
            set(coalition.duration_tracking),
            {str(self.stage_networking.id), str(self.stage_cooperation.id)},
        )

    def test_a_stage_of_another_ladder_is_refused(self):
        other = self.env["community.coalition.ladder"].create(
            {"name": "Our Own Ladder", "stage_ids": [Command.create({"name": "Talking"})]}
        )
        with self.assertRefused(ValidationError, "belongs to the partnership ladder"):
            self.coalition.stage_id = other.stage_ids
        self.assertEqual(self.coalition.stage_id, self.stage_networking)

    def test_a_ladder_or_stage_in_use_is_not_deleted(self):
        with self.assertRaises(UserError):
            self.stage_networking.unlink()
        with self.assertRaises(UserError):
            self.ladder.unlink()

    def test_end_before_start_is_refused(self):
        with self.assertRefused(ValidationError, "end date"):
            self.coalition.write({"date_start": "2024-05-01", "date_end": "2024-04-01"})

    def test_the_lead_is_an_organisation(self):
        with self.assertRefused(ValidationError, "must be an organisation"):
            self.coalition.lead_partner_id = self.teacher

    def test_members_are_counted_while_they_belong(self):
        self.assertEqual(self.coalition.member_count, 3)
        self.library_member.write({"date_left": "2024-09-01", "leave_reason": "Moved away"})
        self.assertEqual(self.coalition.member_count, 2)
        self.assertFalse(self.library_member.is_active)
        self.assertEqual(self.library_member.display_name, "Library (left)")

    def test_leaving_keeps_the_line_and_rejoining_opens_a_new_one(self):
        self.library_member.date_left = "2024-09-01"
        rejoined = self.env["community.coalition.member"].create(
            {"coalition_id": self.coalition.id, "partner_id": self.library.id}
        )
        lines = self.coalition.member_ids.filtered(lambda m: m.partner_id == self.library)
        self.assertEqual(lines, self.library_member | rejoined)
        self.assertEqual(rejoined.role_id, self.role_member)

    def test_an_organisation_belongs_to_several_coalitions(self):
        other = self.env["community.coalition"].create({"name": "Safety Coalition"})
        self.env["community.coalition.member"].create(
            {"coalition_id": other.id, "partner_id": self.youth_club.id}
        )
        self.assertEqual(self.youth_club.coalition_count, 2)
        action = self.youth_club.action_view_coalitions()
        self.assertEqual(action["domain"], [("partner_id", "=", self.youth_club.id)])

    def test_the_same_organisation_twice_is_refused(self):
        with self.assertRefused(ValidationError, "already a member"):
            self.env["community.coalition.member"].create(
                {"coalition_id": self.coalition.id, "partner_id": self.school.id}
            )
        with self.assertRefused(ValidationError, "already a member"):
            self.library_member.partner_id = self.school

    def test_a_person_is_not_a_member(self):
        with self.assertRefused(ValidationError, "is a person"):
            self.env["community.coalition.member"].create(
                {"coalition_id": self.coalition.id, "partner_id": self.teacher.id}
            )

    def test_representatives_are_people_of_the_organisation(self):
        with self.assertRefused(ValidationError, "cannot represent"):
            self.club_member.representative_ids = [Command.link(self.teacher.id)]
        with self.assertRefused(ValidationError, "cannot represent"):
            self.club_member.representative_ids = [Command.link(self.youth_club.id)]
        self.assertEqual(self.club_member.representative_ids, self.club_leader)

    def test_leaving_before_joining_is_refused(self):
        with self.assertRefused(ValidationError, "before joining"):
            self.club_member.date_left = "2023-12-31"

    def test_bad_input_in_the_form_saves_nothing(self):
        members_before = self.coalition.member_ids
        with self.assertRaises(ValidationError), Form(self.coalition) as form:
            with form.member_ids.new() as line:
                line.partner_id = self.school
            form.name = "Renamed"
        self.assertEqual(self.coalition.member_ids, members_before)
        self.assertEqual(self.coalition.name, "Youth Coalition")

    def test_a_member_with_pledges_is_not_deleted(self):
        self._pledge()
        with self.assertRefused(UserError, "record the date it left"):
            self.club_member.unlink()
        self.library_member.unlink()
        self.assertEqual(self.coalition.member_count, 2)

    def test_residents_reached_counts_people_of_linked_and_member_initiatives(self):
        alice, bob, carl = self.env["res.partner"].create(
            [{"name": "Alice"}, {"name": "Bob"}, {"name": "Carl"}]
        )
        linked = self._create_initiative(activist_ids=[Command.set((alice | bob).ids)])
        self._create_initiative(
            name="Club's football league",
            activist_ids=[Command.set((bob | carl).ids)],
            organisation_ids=[Command.link(self.youth_club.id)],
        )
        self.assertEqual(self.coalition.residents_reached, 0)
        self.coalition.initiative_ids = [Command.link(linked.id)]
        self.assertEqual(self.coalition.residents_reached, 3)
        self.club_member.date_left = "2024-12-31"
        self.assertEqual(self.coalition.residents_reached, 2)
        self.env["community.coalition"]._cron_refresh_reach()
        self.assertEqual(self.coalition.residents_reached, 2)
        self.assertEqual(self.coalition.community_count, 1)

from datetime import timedelta

from odoo import Command, fields
from odoo.exceptions import UserError, ValidationError
from odoo.tests import Form, tagged

from .participation_common import ParticipationCase


@tagged("post_install", "-at_install")
class TestMeeting(ParticipationCase):
    def test_meeting_of_an_initiative_takes_its_community(self):
        meeting = self._meeting()
        self.assertEqual(meeting.community_id, self.district)
        self.assertEqual(meeting.company_id, self.district.company_id)
        self.assertEqual(meeting.stop - meeting.start, timedelta(hours=2))
        meeting.start += timedelta(days=1)
        self.assertEqual(meeting.stop - meeting.start, timedelta(hours=2))

    def test_counts_follow_the_roll_call(self):
        meeting = self._meeting(people=self.ada | self.ben, anonymous_count=5)
        meeting.attendance_ids.create(
            {"meeting_id": meeting.id, "partner_id": self.cleo.id, "status": "apologised"}
        )
        self.assertEqual(
            (meeting.attended_count, meeting.apologised_count, meeting.headcount), (2, 1, 7)
        )

    def test_end_before_start_is_refused(self):
        meeting = self._meeting()
        with self.assertRaises(ValidationError):
            meeting.stop = meeting.start - timedelta(minutes=1)

    def test_same_person_twice_is_refused_and_nothing_is_saved(self):
        meeting = self._meeting(people=self.ada)
        with self.assertRefused("Ada is already on the roll call"):
            meeting.write({"attendance_ids": [Command.create({"partner_id": self.ada.id})]})
        with self.assertRefused("Ben is already on the roll call"):
            self._meeting(people=self.ben + self.ben)
        line = meeting.attendance_ids.create({"meeting_id": meeting.id, "partner_id": self.ben.id})
        with self.assertRaises(ValidationError):
            line.partner_id = self.ada
        self.assertEqual(meeting.attendance_ids.partner_id, self.ada | self.ben)

    def test_no_one_comes_to_a_cancelled_meeting(self):
        meeting = self._meeting(people=self.ada)
        meeting.action_cancel()
        with self.assertRefused("the meeting was cancelled"):
            meeting.attendance_ids.create({"meeting_id": meeting.id, "partner_id": self.ben.id})
        with self.assertRaises(ValidationError):
            self._meeting(people=self.cleo, state="cancelled")
        # Apologies stay possible, and the lines of the cancelled meeting are kept.
        meeting.attendance_ids.create(
            {"meeting_id": meeting.id, "partner_id": self.ben.id, "status": "apologised"}
        )
        self.assertEqual(len(meeting.attendance_ids), 2)

    def test_a_meeting_to_come_cannot_be_held(self):
        meeting = self._meeting(days_ago=-3)
        self.assertFalse(meeting.is_started)
        with self.assertRaises(ValidationError) as raised:
            meeting.action_mark_held()
        self.assertIn("starts in the future", str(raised.exception))
        meeting.invalidate_recordset()
        self.assertEqual(meeting.state, "planned")

    def test_negative_headcount_is_refused(self):
        with self.assertRefused("cannot be negative"):
            self._meeting(anonymous_count=-2)

    def test_initiative_of_another_community_is_refused(self):
        south = self.env["community.community"].create({"name": "South", "parent_id": self.city.id})
        meeting = self._meeting()
        with self.assertRefused("takes place in its community"):
            meeting.community_id = south
        with Form(self.env["community.meeting"]) as form:
            form.name = "Walkabout"
            form.community_id = south
            form.initiative_id = self.initiative
        self.assertEqual(form.record.community_id, self.district)

    def test_contact_and_initiative_of_another_company_are_refused(self):
        other_company = self.env["res.company"].create({"name": "Other NGO"})
        stranger = self.env["res.partner"].create({"name": "Far", "company_id": other_company.id})
        meeting = self._meeting()
        with self.assertRaises(UserError):
            meeting.write({"attendance_ids": [Command.create({"partner_id": stranger.id})]})
        elsewhere = self.env["community.community"].create(
            {"name": "Elsewhere", "company_id": other_company.id}
        )
        their_initiative = self._create_initiative(community_id=elsewhere.id, user_id=False)
        with self.assertRaises(UserError):
            meeting.initiative_id = their_initiative
        self.assertFalse(meeting.attendance_ids)
        self.assertEqual(meeting.initiative_id, self.initiative)

    def test_invite_puts_activists_and_members_on_the_roll_call_once(self):
        self.initiative.activist_ids = self.ada | self.ben
        organisation = self.env["res.partner"].create(
            {"name": "Tenants' Union", "is_company": True}
        )
        self.env["community.membership"].create(
            [
                {"community_id": self.district.id, "partner_id": partner.id}
                for partner in self.ben | self.cleo | organisation
            ]
        )
        meeting = self._meeting(days_ago=-2, people=self.cleo)
        meeting.action_invite()
        meeting.action_invite()
        lines = meeting.attendance_ids
        self.assertEqual(lines.partner_id, self.ada | self.ben | self.cleo)
        self.assertEqual(
            lines.filtered(lambda a: a.partner_id != self.cleo).mapped("status"), ["invited"] * 2
        )

    def test_holding_the_meeting_marks_those_not_ticked_absent(self):
        meeting = self._meeting(people=self.ada | self.ben, status="invited")
        meeting.attendance_ids.filtered(lambda a: a.partner_id == self.ada).status = "attended"
        meeting.action_mark_held()
        self.assertEqual(meeting.state, "held")
        self.assertEqual(
            {line.partner_id: line.status for line in meeting.attendance_ids},
            {self.ada: "attended", self.ben: "absent"},
        )
        meeting.action_reset_to_planned()
        self.assertEqual(meeting.state, "planned")

    def test_people_typed_into_the_roll_call_become_residents_of_the_community(self):
        meeting = self._meeting()
        resident = self.env.ref("community_work.community_role_resident")
        Partner = self.env["res.partner"].with_user(self.worker)
        partner_id, _name = Partner.with_context(
            community_roll_call_community_id=meeting.community_id.id
        ).name_create("Hana Newcomer")
        newcomer = Partner.browse(partner_id)
        self.assertEqual(newcomer.community_role_ids, resident)
        self.assertEqual(newcomer.community_membership_ids.community_id, self.district)
        self.assertFalse(Partner.create({"name": "Elsewhere"}).community_membership_ids)

    def test_plan_the_next_meeting_as_far_apart_as_the_last_two(self):
        first = self._meeting(days_ago=35)
        second = self._meeting(days_ago=7, people=self.ada | self.ben)
        second.attendance_ids.filtered(lambda a: a.partner_id == self.ben).status = "absent"
        self._meeting(days_ago=21, people=self.cleo, kind_id=self.kind_party.id)
        action = second.action_plan_next()
        with Form(self.env["community.meeting"].with_context(action["context"])) as form:
            self.assertEqual(form.start, second.start + (second.start - first.start))
            self.assertEqual(form.initiative_id, self.initiative)
        planned = form.record
        self.assertEqual(planned.attendance_ids.partner_id, self.ada)
        self.assertEqual(planned.attendance_ids.status, "invited")
        self.assertEqual(planned.state, "planned")
        lone = self._meeting(days_ago=3, initiative_id=False, community_id=self.city.id)
        start = fields.Datetime.to_datetime(lone.action_plan_next()["context"]["default_start"])
        self.assertEqual(start - lone.start, timedelta(weeks=1))

from odoo import Command
from odoo.exceptions import ValidationError
from odoo.tests import Form, tagged

from .coalition_common import CoalitionCase


@tagged("post_install", "-at_install")
class TestCoalitionMeetings(CoalitionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.kind = cls.env.ref("community_work.community_meeting_kind_coalition")
        cls.other_kind = cls.env.ref("community_work.community_meeting_kind_residents")
        cls.second_teacher = cls.env["res.partner"].create(
            {"name": "Sue Second", "parent_id": cls.school.id}
        )
        cls.school_member.representative_ids = [Command.link(cls.second_teacher.id)]
        cls.librarian = cls.env["res.partner"].create(
            {"name": "Lou Librarian", "parent_id": cls.library.id}
        )
        cls.library_member.representative_ids = [Command.link(cls.librarian.id)]

    def _meeting(self, start, came=(), state="held", **values):
        return self.env["community.meeting"].create(
            {
                "name": "Coalition meeting",
                "kind_id": self.kind.id,
                "coalition_id": self.coalition.id,
                "start": start,
                "state": state,
                "attendance_ids": [
                    Command.create({"partner_id": person.id, "status": "attended"})
                    for person in came
                ],
                **values,
            }
        )

    def test_a_coalition_meeting_belongs_to_its_coalition(self):
        meeting = self._meeting("2024-03-05 18:00:00")
        self.assertEqual(meeting.community_id, self.district)
        self.assertEqual(self.coalition.meeting_ids, meeting)
        self.assertEqual(self.coalition.meeting_count, 1)
        action = self.coalition.action_view_meetings()
        self.assertEqual(action["context"]["default_kind_id"], self.kind.id)

    def test_a_new_meeting_from_the_coalition_is_a_coalition_meeting(self):
        Meeting = self.env["community.meeting"].with_context(default_coalition_id=self.coalition.id)
        with Form(Meeting.with_user(self.coordinator)) as form:
            form.name = "Spring meeting"
            self.assertEqual(form.kind_id, self.kind)
            self.assertEqual(form.community_id, self.district)
        self.assertEqual(form.record.coalition_id, self.coalition)

    def test_only_coalition_meetings_belong_to_a_coalition(self):
        with self.assertRefused(ValidationError, "only coalition meetings"):
            self._meeting("2024-03-05 18:00:00", kind_id=self.other_kind.id)

    def test_inviting_adds_the_representatives_of_current_members(self):
        self.library_member.date_left = "2024-08-01"
        meeting = self._meeting("2030-03-05 18:00:00", state="planned")
        meeting.action_invite()
        invited = meeting.attendance_ids.filtered(lambda a: a.status == "invited").partner_id
        self.assertEqual(invited, self.club_leader | self.teacher | self.second_teacher)

    def test_members_attend_through_their_representatives_since_joining(self):
        self._meeting("2024-02-01 18:00:00", came=self.teacher | self.second_teacher)
        self._meeting("2024-05-01 18:00:00", came=self.club_leader)
        self._meeting("2024-07-01 18:00:00", came=self.teacher | self.librarian)
        self._meeting("2024-09-01 18:00:00", state="cancelled")
        self._meeting("2030-09-01 18:00:00", state="planned")
        figures = {
            member.partner_id.name: (
                member.meeting_attended_count,
                member.meeting_held_count,
                str(member.date_last_attended.date()) if member.date_last_attended else None,
            )
            for member in self.coalition.member_ids
        }
        self.assertEqual(
            figures,
            {
                "Youth Club": (1, 3, "2024-05-01"),
                "School": (2, 3, "2024-07-01"),
                "Library": (1, 1, "2024-07-01"),  # joined in June
            },
        )

    def test_a_member_that_left_counts_the_meetings_of_its_time(self):
        self._meeting("2024-02-01 18:00:00", came=self.club_leader)
        self.club_member.date_left = "2024-03-01"
        self._meeting("2024-05-01 18:00:00")
        self.assertEqual(
            (self.club_member.meeting_attended_count, self.club_member.meeting_held_count), (1, 1)
        )

    def test_people_who_come_to_meetings_are_reached(self):
        resident = self.env["res.partner"].create({"name": "Rosa Resident"})
        self._meeting("2024-02-01 18:00:00", came=self.teacher | resident)
        self.assertEqual(self.coalition.residents_reached, 2)
        initiative = self._create_initiative()
        self.env["community.meeting"].create(
            {
                "name": "Playground meeting",
                "kind_id": self.other_kind.id,
                "initiative_id": initiative.id,
                "start": "2024-02-03 18:00:00",
                "state": "held",
                "attendance_ids": [
                    Command.create({"partner_id": self.resident.id, "status": "attended"}),
                    Command.create({"partner_id": resident.id, "status": "attended"}),
                ],
            }
        )
        self.coalition.initiative_ids = [Command.link(initiative.id)]
        self.assertEqual(self.coalition.residents_reached, 3)

    def test_a_decision_maker_met_at_a_meeting(self):
        meeting = self._meeting("2024-02-01 18:00:00", came=self.decision_maker)
        target = self.env["community.power.target"].create(
            {
                "partner_id": self.decision_maker.id,
                "coalition_id": self.coalition.id,
                "stance": "neutral",
                "influence": 4,
                "evidence": "Listened to the members' report",
            }
        )
        target.assessment_ids.meeting_id = meeting
        self.assertEqual(target.meeting_count, 1)
        self.assertEqual(
            target.action_view_meetings()["domain"],
            [("attendance_ids.partner_id", "=", self.decision_maker.id)],
        )

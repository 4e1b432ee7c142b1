from datetime import timedelta

from odoo import fields
from odoo.tests import HttpCase, tagged

from .participation_common import ParticipationCase


@tagged("post_install", "-at_install")
class TestRollCallTour(HttpCase, ParticipationCase):
    def test_worker_records_twenty_people_among_them_newcomers(self):
        activists = self.env["res.partner"].create([{"name": f"Activist {i}"} for i in range(1, 6)])
        members = self.env["res.partner"].create([{"name": f"Member {i:02}"} for i in range(1, 11)])
        self.initiative.activist_ids = activists
        self.env["community.membership"].create(
            [{"community_id": self.district.id, "partner_id": member.id} for member in members]
        )
        meeting = self._meeting(start=fields.Datetime.now() - timedelta(minutes=30))
        self.start_tour(
            f"/odoo/action-community_work.community_meeting_action/{meeting.id}",
            "community_work_roll_call_tour",
            login="cw_worker",
        )
        self.assertEqual(meeting.state, "held")
        self.assertEqual(len(meeting.attendance_ids), 22)
        self.assertEqual(meeting.attended_count, 20)
        absent = meeting.attendance_ids.filtered(lambda a: a.status == "absent").partner_id
        self.assertEqual(sorted(absent.mapped("name")), ["Member 09", "Member 10"])
        chair = meeting.attendance_ids.filtered(lambda a: a.partner_id.name == "Activist 1")
        self.assertEqual(chair.role_ids, self.role_chair)
        newcomers = meeting.attendance_ids.partner_id.filtered(lambda p: p.name.endswith("Walkin"))
        self.assertEqual(len(newcomers), 7)
        resident = self.env.ref("community_work.community_role_resident")
        for newcomer in newcomers:
            self.assertEqual(newcomer.community_role_ids, resident)
            self.assertEqual(newcomer.community_membership_ids.community_id, self.district)
            self.assertEqual(newcomer.community_meeting_count, 1)
        zofia = newcomers.filtered(lambda p: p.name == "Zofia Walkin")
        self.assertEqual(zofia.community_attendance_tally_ids.role_id, self.role_task)


@tagged("post_install", "-at_install")
class TestRollCallTourPhone(TestRollCallTour):
    """The same roll call, on a phone in the meeting room."""

    allow_inherited_tests_method = True
    browser_size = "390x844"
    touch_enabled = True


@tagged("post_install", "-at_install")
class TestLadderSuggestionTour(HttpCase, ParticipationCase):
    def test_worker_accepts_a_suggested_move(self):
        rosa = self.env["res.partner"].create({"name": "Rising Rosa"})
        for days_ago in (60, 30, 5):
            self._meeting(days_ago=days_ago, people=rosa)
        self.start_tour(
            "/odoo/action-community_work.community_ladder_suggestion_action",
            "community_work_ladder_suggestion_tour",
            login="cw_worker",
        )
        self.assertEqual(rosa.community_level_id, self.level_participant)
        move = rosa.community_level_change_ids
        self.assertTrue(move.reason.startswith("measured participation: 3 meetings"))
        self.assertEqual(move.user_id, self.worker)

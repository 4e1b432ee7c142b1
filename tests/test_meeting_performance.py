from odoo import Command
from odoo.tests import tagged, users

from .participation_common import ParticipationCase
from .test_performance import view_specification

ROLL_CALL_SPECIFICATION = {
    "name": {},
    "state": {},
    "attended_count": {},
    "apologised_count": {},
    "headcount": {},
    "attendance_ids": {
        "fields": {
            "status": {},
            "meeting_state": {},
            "partner_id": {"fields": {"display_name": {}}},
            "role_ids": {"fields": {"display_name": {}, "color": {}}},
            "is_first_time": {},
        },
        "limit": 200,
    },
}
PARTICIPATION_SPECIFICATION = {
    "community_meeting_count": {},
    "community_meeting_recent_count": {},
    "community_attendance_ids": {
        "fields": {
            "date": {},
            "meeting_id": {"fields": {"display_name": {}}},
            "kind_id": {"fields": {"display_name": {}}},
            "initiative_id": {"fields": {"display_name": {}}},
            "status": {},
            "role_ids": {"fields": {"display_name": {}, "color": {}}},
            "is_first_time": {},
        },
        "limit": 10,
    },
    "community_attendance_tally_ids": {
        "fields": {"role_id": {"fields": {"display_name": {}}}, "times": {}, "last_date": {}}
    },
}


@tagged("post_install", "-at_install")
class TestRollCallPerformance(ParticipationCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.crowd = cls.env["res.partner"].create([{"name": f"Neighbour {i}"} for i in range(70)])

    def _invited_meeting(self, size):
        meeting = self._meeting(days_ago=0, people=self.crowd[:size], status="invited")
        self.env.flush_all()
        self.env.invalidate_all()
        return meeting

    def _save_roll_call(self, meeting, newcomers):
        """What the form sends when the worker ticks everyone invited, types in two more
        people and gives one of them a role, then reads back."""
        commands = [
            Command.update(line.id, {"status": "attended"}) for line in meeting.attendance_ids
        ]
        commands += [
            Command.create(
                {
                    "partner_id": newcomers[0].id,
                    "status": "attended",
                    "role_ids": [Command.set(self.role_chair.ids)],
                }
            ),
            Command.create({"partner_id": newcomers[1].id, "status": "attended", "role_ids": []}),
        ]
        meeting.web_save({"attendance_ids": commands}, ROLL_CALL_SPECIFICATION)

    @users("cw_worker")
    def test_saving_a_roll_call_costs_the_same_for_5_or_60_people(self):
        newcomers = iter(self.crowd[60:].ids)
        Partner = self.env["res.partner"]
        warm = self._invited_meeting(3).with_user(self.env.user)
        self._save_roll_call(warm, Partner.browse([next(newcomers), next(newcomers)]))
        for size in (5, 58):
            meeting = self._invited_meeting(size).with_user(self.env.user)
            pair = Partner.browse([next(newcomers), next(newcomers)])
            with self.assertQueryCount(cw_worker=22):
                self._save_roll_call(meeting, pair)
            self.assertEqual(meeting.attended_count, size + 2)
            self.assertEqual(pair[0].community_meeting_count, 1)

    @users("cw_worker")
    def test_meeting_list_queries_do_not_grow_with_attendees(self):
        specification = view_specification(self.env["community.meeting"], "list")
        Meeting = self.env["community.meeting"]
        self._meeting(people=self.crowd[:3])
        Meeting.web_search_read([], specification, limit=80)  # warm the caches
        for size in (3, 40):
            self._meeting(people=self.crowd[:size])
            self.env.flush_all()
            self.env.invalidate_all()
            with self.assertQueryCount(cw_worker=8):
                Meeting.web_search_read([], specification, limit=80)

    @users("cw_worker")
    def test_participation_of_a_contact_reads_in_a_few_queries(self):
        for days_ago in range(1, 30, 3):
            self._meeting(days_ago=days_ago, people=self.ada | self.crowd[:5])
        ada = self.ada.with_user(self.env.user)
        ada.web_read(PARTICIPATION_SPECIFICATION)  # warm the caches
        self.env.invalidate_all()
        with self.assertQueryCount(cw_worker=10):
            ada.web_read(PARTICIPATION_SPECIFICATION)

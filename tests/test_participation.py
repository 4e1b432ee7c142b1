from datetime import date, timedelta

from freezegun import freeze_time

from odoo import Command, fields
from odoo.tests import Form, tagged

from .participation_common import ParticipationCase


@tagged("post_install", "-at_install")
class TestParticipationFigures(ParticipationCase):
    def _figures(self, partner):
        return (
            partner.community_meeting_count,
            partner.community_meeting_recent_count,
            partner.community_initiative_attended_count,
        )

    def test_figures_follow_the_roll_calls(self):
        old = self._meeting(
            days_ago=200, people=self.ada, initiative_id=False, community_id=self.city.id
        )
        recent = self._meeting(days_ago=10, people=self.ada | self.ben)
        self.assertEqual(self._figures(self.ada), (2, 1, 1))
        self.assertEqual(self.ada.community_first_attendance_date, old.start.date())
        self.assertEqual(self.ada.community_last_attendance_date, recent.start.date())
        self.assertEqual(self._figures(self.ben), (1, 1, 1))
        self.assertEqual(self._figures(self.cleo), (0, 0, 0))

        # Changing a status, the person on a line, deleting a line.
        line_ben = recent.attendance_ids.filtered(lambda a: a.partner_id == self.ben)
        line_ben.status = "apologised"
        self.assertEqual(self._figures(self.ben), (0, 0, 0))
        self.assertFalse(self.ben.community_last_attendance_date)
        line_ben.write({"partner_id": self.cleo.id, "status": "attended"})
        self.assertEqual(self._figures(self.cleo), (1, 1, 1))
        old.attendance_ids.unlink()
        self.assertEqual(self._figures(self.ada), (1, 1, 1))
        self.assertEqual(self.ada.community_first_attendance_date, recent.start.date())

    def test_cancelling_a_meeting_takes_it_out_of_the_figures_and_back(self):
        meeting = self._meeting(days_ago=5, people=self.ada | self.ben)
        meeting.action_cancel()
        self.assertEqual(self._figures(self.ada), (0, 0, 0))
        self.assertEqual(self.initiative.participant_recent_count, 0)
        meeting.action_reset_to_planned()
        self.assertEqual(self._figures(self.ada), (1, 1, 1))
        self.assertEqual(self.initiative.participant_recent_count, 2)

    def test_moving_or_deleting_a_meeting_updates_its_people(self):
        meeting = self._meeting(days_ago=5, people=self.ada)
        meeting.start -= timedelta(days=100)
        self.assertEqual(self._figures(self.ada), (1, 0, 1))
        meeting.initiative_id = False
        self.assertEqual(self._figures(self.ada), (1, 0, 0))
        self.assertEqual(self.initiative.participant_recent_count, 0)
        meeting.unlink()
        self.assertEqual(self._figures(self.ada), (0, 0, 0))

    def test_first_time_marks_the_earliest_meeting_someone_came_to(self):
        later = self._meeting(days_ago=10, people=self.ada)
        self.assertTrue(later.attendance_ids.is_first_time)
        earlier = self._meeting(days_ago=40, people=self.ada | self.ben)
        self.assertFalse(later.attendance_ids.is_first_time)
        self.assertEqual(earlier.attendance_ids.mapped("is_first_time"), [True, True])
        earlier.action_cancel()
        self.assertTrue(later.attendance_ids.is_first_time)
        self.assertFalse(any(earlier.attendance_ids.mapped("is_first_time")))

    def test_times_in_each_role_are_kept_per_person(self):
        meeting = self._meeting(days_ago=3, people=self.ada)
        meeting.attendance_ids.role_ids = self.role_chair | self.role_task
        self._meeting(days_ago=2, people=self.ada).attendance_ids.role_ids = self.role_task
        tallies = {t.role_id: t.times for t in self.ada.community_attendance_tally_ids}
        self.assertEqual(tallies, {self.role_chair: 1, self.role_task: 2})
        Partner = self.env["res.partner"]
        chairs = Partner.search(
            [
                ("id", "in", self.people.ids),
                ("community_attendance_tally_ids", "any", [("role_id", "=", self.role_chair.id)]),
            ]
        )
        self.assertEqual(chairs, self.ada)
        meeting.attendance_ids.role_ids = [Command.unlink(self.role_chair.id)]
        self.assertEqual(self.ada.community_attendance_tally_ids.role_id, self.role_task)

    def test_figures_are_searchable(self):
        self._meeting(days_ago=3, people=self.ada | self.ben)
        self._meeting(days_ago=150, people=self.cleo)
        Partner = self.env["res.partner"]
        lately = Partner.search([("community_meeting_recent_count", ">", 0)])
        self.assertIn(self.ada, lately)
        self.assertNotIn(self.cleo, lately)
        quiet = Partner.search(
            [("community_meeting_count", ">", 0), ("community_meeting_recent_count", "=", 0)]
        )
        self.assertIn(self.cleo, quiet)

    def test_the_nightly_job_moves_the_ninety_day_window(self):
        self._meeting(days_ago=80, people=self.ada)
        self._meeting(days_ago=30, people=self.ada | self.ben)
        self.assertEqual(self.ada.community_meeting_recent_count, 2)
        self.assertEqual(self.initiative.newcomer_recent_count, 2)
        with freeze_time(fields.Datetime.now() + timedelta(days=20)):
            self.env["community.attendance"]._cron_refresh_participation()
            self.assertEqual(self.ada.community_meeting_recent_count, 1)
            self.assertEqual(self.ada.community_meeting_count, 2)
            self.assertEqual(self.initiative.newcomer_recent_count, 1)
        with freeze_time(fields.Datetime.now() + timedelta(days=200)):
            self.env["community.attendance"]._cron_refresh_participation()
            self.assertEqual(self.ben.community_meeting_recent_count, 0)
            self.assertEqual(self.initiative.participant_recent_count, 0)

    def test_the_roll_call_form_updates_the_people(self):
        meeting = self._meeting(days_ago=1, people=self.ada | self.ben, status="invited")
        with Form(meeting) as form:
            with form.attendance_ids.edit(0) as line:
                line.status = "attended"
            with form.attendance_ids.new() as line:
                line.partner_id = self.cleo
                line.role_ids.add(self.role_spoke)
        self.assertEqual(self._figures(self.ada), (1, 1, 1))
        self.assertEqual(self._figures(self.ben), (0, 0, 0))
        self.assertEqual(self._figures(self.cleo), (1, 1, 1))
        self.assertEqual(meeting.attended_count, 2)

    def test_deleting_a_contact_recounts_their_meetings(self):
        meeting = self._meeting(days_ago=1, people=self.ada | self.ben)
        self.ben.unlink()
        self.assertEqual(meeting.attended_count, 1)
        self.assertEqual(self.initiative.participant_recent_count, 1)

    def test_merging_contacts_keeps_one_line_per_meeting(self):
        both = self._meeting(days_ago=2, people=self.ada)
        both.attendance_ids.create(
            {
                "meeting_id": both.id,
                "partner_id": self.ben.id,
                "role_ids": [Command.link(self.role_task.id)],
            }
        )
        both.attendance_ids.filtered(lambda a: a.partner_id == self.ada).status = "absent"
        self._meeting(days_ago=20, people=self.ben)
        wizard = self.env["base.partner.merge.automatic.wizard"].create({})
        wizard._merge((self.ada | self.ben).ids, self.ada)
        self.assertFalse(self.ben.exists())
        line = both.attendance_ids
        self.assertEqual(
            (line.partner_id, line.status, line.role_ids), (self.ada, "attended", self.role_task)
        )
        self.assertEqual(self._figures(self.ada), (2, 2, 1))
        self.assertEqual(
            self.ada.community_first_attendance_date, (fields.Date.today() - timedelta(days=20))
        )


@tagged("post_install", "-at_install")
class TestDemoYear(ParticipationCase):
    def test_the_demo_neighbourhood_has_a_year_of_meetings(self):
        meetings = self.env["community.meeting"].search(
            [
                (
                    "id",
                    "in",
                    self.env["ir.model.data"]
                    .search([("model", "=", "community.meeting")])
                    .mapped("res_id"),
                )
            ]
        )
        self.assertGreaterEqual(len(meetings), 60)
        self.assertGreaterEqual(len(meetings.attendance_ids), 600)
        self.assertGreater(
            min(meetings.mapped("start")), fields.Datetime.now() - timedelta(days=366)
        )
        suggestions = self.env["community.ladder.suggestion"].search([("state", "=", "pending")])
        self.assertEqual(set(suggestions.mapped("direction")), {"up", "down"})
        narrow = self.env.ref("community_work.community_initiative_green_network_demo")
        self.assertTrue(narrow.is_participation_narrow)
        # Loading the demo again (an update, a restart) does not add a second year.
        self.env["community.meeting"]._demo_generate_year()
        self.assertEqual(
            self.env["community.meeting"].search_count([("id", "not in", meetings.ids)]), 0
        )
        self.assertIsInstance(
            self.env.ref("community_work.community_level_participant").criteria_days, int
        )
        self.assertTrue(date.today())

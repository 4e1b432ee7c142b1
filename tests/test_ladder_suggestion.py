from datetime import timedelta

from odoo import fields
from odoo.exceptions import UserError
from odoo.tests import tagged

from .participation_common import ParticipationCase


@tagged("post_install", "-at_install")
class TestLadderSuggestions(ParticipationCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.level_volunteer = cls.env.ref("community_work.community_level_volunteer")
        cls.level_leader = cls.env.ref("community_work.community_level_leader")
        cls.level_contact.write({"min_meeting_weight": 0, "min_role_count": 0, "dormant_days": 0})
        cls.level_participant.write(
            {"criteria_days": 60, "min_meeting_weight": 2, "min_role_count": 0, "dormant_days": 90}
        )
        cls.level_volunteer.write(
            {
                "criteria_days": 60,
                "min_meeting_weight": 3,
                "min_role_weight": 3,
                "min_role_count": 2,
                "dormant_days": 60,
            }
        )
        for level in cls.level_activist | cls.level_leader:
            level.write({"min_meeting_weight": 50, "dormant_days": 0})

    def _suggestions(self, partner=None):
        Suggestion = self.env["community.ladder.suggestion"]
        Suggestion._suggest_moves()
        return Suggestion.search(
            [("partner_id", "in", (partner or self.people).ids), ("state", "=", "pending")]
        )

    def _place(self, partner, level, days_ago):
        """Put someone on a level `days_ago` days ago."""
        partner.community_level_id = level
        partner.community_level_change_ids.sudo().date = fields.Datetime.now() - timedelta(
            days=days_ago
        )

    def test_coming_and_taking_on_tasks_suggests_moving_up(self):
        self._meeting(days_ago=20, people=self.ada | self.ben | self.cleo)
        meetings = self._meeting(days_ago=10, people=self.ada | self.ben | self.cleo)
        meetings |= self._meeting(days_ago=3, people=self.ben | self.cleo)
        (self.ben | self.cleo).community_level_id = self.level_participant
        meetings.attendance_ids.filtered(
            lambda a: a.partner_id == self.ben
        ).role_ids = self.role_task
        moves = {
            s.partner_id: (s.level_from_id, s.level_to_id, s.direction) for s in self._suggestions()
        }
        self.assertEqual(
            moves,
            {
                self.ada: (self.env["community.ladder.level"], self.level_participant, "up"),
                self.ben: (self.level_participant, self.level_volunteer, "up"),
            },
        )
        ben = self._suggestions(self.ben)
        self.assertEqual(
            ben.evidence, "3 meetings in the last 60 days, 2 times in a role of weight 3 or more"
        )

    def test_meetings_count_with_the_weight_of_their_kind(self):
        for days_ago in (30, 20, 10):
            self._meeting(days_ago=days_ago, people=self.dev, kind_id=self.kind_party.id)
        self.assertFalse(self._suggestions(self.dev))
        self._meeting(days_ago=5, people=self.dev, kind_id=self.kind_action.id)
        self.assertEqual(self._suggestions(self.dev).meeting_weight, 3)

    def test_going_quiet_suggests_one_rung_down(self):
        self._meeting(days_ago=100, people=self.eli | self.fay)
        self._place(self.eli, self.level_volunteer, days_ago=120)
        self._place(self.fay, self.level_volunteer, days_ago=10)
        self._place(self.gus, self.level_participant, days_ago=95)
        suggestions = self._suggestions()
        self.assertEqual(suggestions.partner_id, self.eli | self.gus)
        eli = suggestions.filtered(lambda s: s.partner_id == self.eli)
        self.assertEqual((eli.level_to_id, eli.direction), (self.level_participant, "down"))
        self.assertEqual(eli.inactive_days, 100)
        self.assertIn("no meeting for 100 days", eli.evidence)
        gus = suggestions.filtered(lambda s: s.partner_id == self.gus)
        self.assertEqual(gus.level_to_id, self.level_contact)
        self.assertIn("no meeting in 95 days", gus.evidence)
        # Coming back is new evidence: the dormant move is withdrawn.
        self._meeting(days_ago=1, people=self.eli)
        self.assertNotIn(self.eli, self._suggestions().partner_id)

    def test_accepting_moves_people_through_the_level_history(self):
        self._meeting(days_ago=10, people=self.ada | self.ben)
        self._meeting(days_ago=5, people=self.ada | self.ben)
        suggestions = self._suggestions().with_user(self.worker)
        suggestions.action_accept()
        self.assertEqual((self.ada | self.ben).community_level_id, self.level_participant)
        change = self.ada.community_level_change_ids[:1]
        self.assertEqual(change.level_to_id, self.level_participant)
        self.assertEqual(change.reason, "measured participation: 2 meetings in the last 60 days")
        self.assertEqual(change.user_id, self.worker)
        self.assertEqual(set(suggestions.mapped("state")), {"accepted"})
        self.assertEqual(suggestions.decided_by_id, self.worker)
        self.assertFalse(self._suggestions())

    def test_a_suggestion_overtaken_by_events_is_not_accepted(self):
        self._meeting(days_ago=10, people=self.ada)
        self._meeting(days_ago=5, people=self.ada)
        suggestion = self._suggestions(self.ada)
        self.ada.community_level_id = self.level_volunteer
        with self.assertRaises(UserError):
            suggestion.action_accept()
        self.assertEqual(self.ada.community_level_id, self.level_volunteer)
        self.assertFalse(self._suggestions(self.ada))

    def test_a_dismissed_move_comes_back_only_with_new_evidence(self):
        self._meeting(days_ago=10, people=self.ada)
        self._meeting(days_ago=5, people=self.ada)
        self._suggestions(self.ada).with_user(self.worker).action_dismiss()
        self.assertFalse(self.ada.community_level_id)
        self.assertFalse(self._suggestions(self.ada))
        self._meeting(days_ago=1, people=self.ada)
        again = self._suggestions(self.ada)
        self.assertEqual(again.level_to_id, self.level_participant)
        self.assertEqual(again.meeting_weight, 3)

    def test_organisations_and_archived_contacts_are_not_on_the_ladder(self):
        organisation = self.env["res.partner"].create({"name": "Union", "is_company": True})
        self._meeting(days_ago=10, people=organisation | self.ada)
        self._meeting(days_ago=5, people=organisation | self.ada)
        self.ada.active = False
        self.assertFalse(self._suggestions(organisation | self.ada))

    def test_workers_ask_for_suggestions_now(self):
        self._meeting(days_ago=10, people=self.ada)
        self._meeting(days_ago=5, people=self.ada)
        Suggestion = self.env["community.ladder.suggestion"].with_user(self.worker)
        action = Suggestion.action_suggest_moves()
        self.assertEqual(action["tag"], "soft_reload")
        self.assertEqual(Suggestion.search([("partner_id", "=", self.ada.id)]).state, "pending")

from odoo.exceptions import UserError
from odoo.tests import tagged

from .review_common import ReviewCase


@tagged("post_install", "-at_install")
class TestReviewDecision(ReviewCase):
    def _done(self, decision):
        review = self._review(decision=decision)
        review.action_done()
        return review

    def test_decision_needs_a_done_review(self):
        review = self._review(decision="next_stage")
        with self.assertRaises(UserError):
            review.action_apply_decision()
        review.decision = False
        review.action_done()
        with self.assertRaises(UserError):
            review.action_apply_decision()

    def test_move_to_the_next_stage_once(self):
        review = self._done("next_stage")
        review.action_apply_decision()
        self.assertEqual(self.initiative.stage_id, self.stage_close)
        self.assertTrue(review.is_decision_applied)
        with self.assertRaises(UserError):
            review.action_apply_decision()

    def test_decision_about_a_stage_left_since(self):
        review = self._done("next_stage")
        self.initiative.stage_id = self.stage_listen
        with self.assertRaises(UserError):
            review.action_apply_decision()

    def test_close_and_next_cycle_only_from_a_closing_stage(self):
        with self.assertRaises(UserError):
            self._done("close").action_apply_decision()
        self.initiative.stage_id = self.stage_close
        review = self._done("next_cycle")
        action = review.action_apply_decision()
        follow_up = self.env["community.initiative"].browse(action["res_id"])
        self.assertEqual(follow_up.parent_id, self.initiative)
        self.assertFalse(self.initiative.active)

    def test_last_stage_has_no_next(self):
        self.initiative.stage_id = self.stage_close
        with self.assertRaises(UserError):
            self._done("next_stage").action_apply_decision()

    def test_continue_is_logged(self):
        self._done("continue").action_apply_decision()
        self.assertIn("continue", self.initiative.message_ids[:1].body)

    def test_spin_off_decision_opens_the_wizard(self):
        review = self._done("spin_off")
        action = review.action_apply_decision()
        self.assertEqual(action["res_model"], "community.initiative.spin.off")
        self.assertFalse(review.is_decision_applied)
        wizard = (
            self.env["community.initiative.spin.off"]
            .with_context(action["context"])
            .create({"name": "Youth club"})
        )
        wizard.action_spin_off()
        self.assertTrue(review.is_decision_applied)

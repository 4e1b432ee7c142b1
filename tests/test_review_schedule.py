from freezegun import freeze_time

from odoo.tests import tagged

from .review_common import ReviewCase


@tagged("post_install", "-at_install")
class TestReviewSchedule(ReviewCase):
    def _review_activities(self, initiative):
        review_type = self.env.ref("community_work.mail_activity_type_review")
        return initiative.activity_ids.filtered(lambda a: a.activity_type_id == review_type)

    @freeze_time("2026-02-01")
    def test_entering_a_stage_plans_its_review(self):
        initiative = self._create_initiative()
        self.assertEqual(str(initiative.review_date_next), "2026-05-01")
        initiative.stage_id = self.stage_organise
        self.assertEqual(str(initiative.review_date_next), "2026-04-01")
        activity = self._review_activities(initiative)
        self.assertEqual(len(activity), 1, "the review planned before is replaced")
        self.assertEqual(activity.user_id, self.worker)
        self.assertEqual(str(activity.date_deadline), "2026-04-01")
        self.stage_close.review_interval = 0
        initiative.stage_id = self.stage_close
        self.assertFalse(initiative.review_date_next)
        self.assertFalse(self._review_activities(initiative))

    def test_planned_review_goes_with_a_hand_over(self):
        initiative = self._create_initiative()
        self.assertEqual(self._review_activities(initiative).user_id, self.worker)
        self.env["community.handover"].create(
            {
                "from_user_id": self.worker.id,
                "to_user_id": self.other_worker.id,
                "initiative_ids": [(6, 0, initiative.ids)],
                "note_done": "Met the tenants twice.",
            }
        ).action_hand_over()
        self.assertEqual(initiative.user_id, self.other_worker)
        self.assertEqual(self._review_activities(initiative).user_id, self.other_worker)

    def test_done_review_plans_the_next(self):
        review = self._review()
        review.action_done()
        self.assertEqual(str(self.initiative.review_date_next), "2026-05-31")
        self.assertEqual(len(self._review_activities(self.initiative)), 1)

    def test_overdue_reviews_are_found(self):
        self.initiative.review_date_next = "2020-01-01"
        other = self._create_initiative(name="On time")
        Initiative = self.env["community.initiative"]
        self.assertTrue(self.initiative.is_review_overdue)
        self.assertFalse(other.is_review_overdue)
        overdue = Initiative.search([("is_review_overdue", "=", True)])
        self.assertIn(self.initiative, overdue)
        self.assertNotIn(other, overdue)
        self.assertIn(other, Initiative.search([("is_review_overdue", "=", False)]))
        self.initiative.stage_id = self.stage_close
        self.initiative.action_close()
        self.assertFalse(self.initiative.is_review_overdue)

    def test_demo_has_done_reviews_and_an_overdue_one(self):
        forum = self.env.ref("community_work.community_review_youth_forum_demo")
        self.assertEqual(forum.state, "done")
        self.assertTrue(forum.is_decision_applied)
        self.assertTrue(forum.indicator_ids and forum.story_ids and forum.achievement_ids)
        self.assertIn("met", forum.indicator_ids.mapped("score"))
        quay = self.env.ref("community_work.community_initiative_quay_street_demo")
        self.assertTrue(quay.is_review_overdue)
        self.assertFalse(forum.initiative_id.is_review_overdue)

from odoo.tests import HttpCase, tagged

from .review_common import ReviewCase


@tagged("post_install", "-at_install")
class TestReviewTour(HttpCase, ReviewCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.initiative.name = "Tour Review Group"
        cls._meeting(cls.at("2026-02-10 18:00"), cls.resident | cls.newcomer)
        cls._meeting(cls.at("2026-03-10 18:00"), cls.resident)

    def _url(self):
        return f"/odoo/action-community_work.community_initiative_action/{self.initiative.id}"

    def test_worker_reviews_an_initiative(self):
        self.start_tour(self._url(), "community_work_review_tour", login="cw_worker")
        review = self.initiative.review_ids
        self.assertEqual(review.state, "done")
        self.assertEqual((review.meeting_count, review.participant_count), (2, 2))
        scored = review.indicator_ids.filtered(lambda line: line.name == "A core group meets")
        self.assertEqual(scored.score, "met")
        self.assertEqual(scored.evidence, "Twelve people met three times")
        self.assertEqual(review.story_ids.name, "Rita chaired her first meeting")
        self.assertEqual(review.lessons, "People come when a neighbour asks them")
        self.assertEqual(self.initiative.achievement_ids.name, "The first public meeting")
        self.assertTrue(review.is_decision_applied)
        self.assertEqual(self.initiative.stage_id, self.stage_close)

    def test_worker_spins_off_from_a_middle_stage(self):
        self.start_tour(self._url(), "community_work_spin_off_tour", login="cw_worker")
        spin_off = self.initiative.spin_off_ids
        self.assertEqual(spin_off.name, "Tour Youth Club")
        self.assertEqual(spin_off.stage_id, self.stage_listen)
        self.assertEqual(self.initiative.stage_id, self.stage_organise)

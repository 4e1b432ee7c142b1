from odoo import Command
from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from .common_security import TwoCompaniesCase
from .review_common import ReviewCase


@tagged("post_install", "-at_install")
class TestReviewSecurity(ReviewCase):
    def test_workers_of_the_initiative_and_managers_review_it(self):
        review = self._review(user=self.worker)
        review.write({"story_ids": [Command.create({"name": "A story"})]})
        manager_review = self._review(user=self.manager, date="2026-04-30")
        self.assertEqual(manager_review.create_uid, self.manager)

    def test_other_worker_reads_but_does_not_review(self):
        review = self._review()
        as_other = review.with_user(self.other_worker)
        self.assertEqual(as_other.indicator_ids.mapped("score"), ["partly", "not_yet"])
        self.assertFalse(as_other.can_edit)
        with self.assertRaises(AccessError):
            self._review(user=self.other_worker)
        with self.assertRaises(AccessError):
            as_other.lessons = "Not mine"
        with self.assertRaises(AccessError):
            as_other.indicator_ids[0].score = "met"
        with self.assertRaises(AccessError):
            as_other.action_done()

    def test_outsider_reads_nothing(self):
        review = self._review()
        with self.assertRaises(AccessError):
            review.with_user(self.outsider).read(["name"])

    def test_only_managers_delete_a_done_review(self):
        review = self._review()
        review.action_done()
        with self.assertRaises(UserError):
            review.with_user(self.worker).unlink()
        review.with_user(self.manager).unlink()
        self.assertFalse(review.exists())


@tagged("post_install", "-at_install")
class TestReviewCompany(TwoCompaniesCase):
    def test_other_company_sees_no_review(self):
        initiative = self._create_initiative()
        review = self.env["community.review"].create({"initiative_id": initiative.id})
        Review = self.env["community.review"].with_user(self.far_worker)
        self.assertFalse(Review.search([("id", "=", review.id)]))
        with self.assertRaises(AccessError):
            review.with_user(self.far_worker).read(["name"])
        for model in ("community.review.indicator", "community.review.achievement"):
            self.assertFalse(
                self.env[model].with_user(self.far_worker).search([("review_id", "=", review.id)])
            )
        far_initiative = self._create_initiative(
            community_id=self.far_community.id, method_id=self.other_method.id, user_id=False
        )
        far_review = Review.create({"initiative_id": far_initiative.id})
        self.assertEqual(far_review.company_id, self.other_company)

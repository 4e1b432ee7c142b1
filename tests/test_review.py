from odoo import Command
from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged

from .review_common import ReviewCase


@tagged("post_install", "-at_install")
class TestReview(ReviewCase):
    def test_snapshot_of_the_stage_indicators_keeps_its_scores(self):
        review = self._review()
        self.assertEqual(review.stage_id, self.stage_organise)
        self.assertEqual(review.company_id, self.initiative.company_id)
        self.assertEqual(
            review.indicator_ids.mapped("name"),
            ["A core group meets", "The group has chosen an issue"],
        )
        self.assertEqual(review.indicator_ids.mapped("score"), ["partly", "not_yet"])
        self.assertEqual(review.indicator_ids[0].evidence, "Five came twice")
        review.indicator_ids[1].score = "met"
        review.action_done()
        # The initiative's indicators change later: the review keeps its own.
        self.initiative.indicator_ids.write({"name": "Renamed", "status": "not_yet"})
        self.initiative.indicator_ids.filtered(lambda i: i.stage_id == self.stage_organise)[
            :1
        ].unlink()
        review.invalidate_recordset()
        self.assertEqual(
            review.indicator_ids.mapped("name"),
            ["A core group meets", "The group has chosen an issue"],
        )
        self.assertEqual(review.indicator_ids.mapped("score"), ["partly", "met"])

    def test_figures_count_the_records_of_the_period_and_freeze_when_done(self):
        self.resident.community_level_id = self.level_activist
        self.env["community.ladder.change"].search(
            [("partner_id", "=", self.resident.id)]
        ).date = self.at("2026-01-15 10:00")
        self._meeting(self.at("2026-02-10 18:00"), self.resident | self.newcomer)
        self._meeting(self.at("2026-03-10 18:00"), self.resident)
        self._meeting(self.at("2026-04-10 18:00"), self.resident)  # after the review date
        review = self._review()
        self.assertEqual(
            (
                review.meeting_count,
                review.participant_count,
                review.new_participant_count,
                review.activist_count,
            ),
            (2, 2, 2, 1),
        )
        review.action_done()
        self._meeting(self.at("2026-03-20 18:00"), self.newcomer)
        review.invalidate_recordset()
        self.assertEqual(review.meeting_count, 2, "done reviews keep their figures")
        # The next review counts from the day after this one.
        later = self._review(date="2026-05-31")
        self.assertEqual(str(later.date_from), "2026-04-01")
        self.assertEqual((later.meeting_count, later.participant_count), (1, 1))
        self.assertEqual(later.new_participant_count, 0)

    def test_done_review_is_kept_as_it_was(self):
        review = self._review()
        review.write(
            {
                "story_ids": [
                    Command.create({"name": "Rita spoke up", "partner_id": self.resident.id})
                ],
                "achievement_ids": [Command.create({"name": "First meeting held"})],
                "lessons": "Ask, do not tell.",
            }
        )
        review.action_done()
        with self.assertRaises(UserError):
            review.lessons = "Changed"
        with self.assertRaises(UserError):
            review.story_ids.name = "Changed"
        with self.assertRaises(UserError):
            review.achievement_ids.unlink()
        with self.assertRaises(UserError):
            review.action_done()
        self.assertEqual(self.initiative.achievement_ids.name, "First meeting held")
        self.assertEqual(self.district.story_ids.name, "Rita spoke up")
        note = self.initiative.message_ids[:1]
        self.assertIn("First meeting held", note.body)
        self.assertIn("Ask, do not tell.", note.body)

    def test_stage_must_belong_to_the_method(self):
        with self.assertRaises(ValidationError):
            self._review(stage_id=self.other_method.stage_ids[0].id)
        with self.assertRaises(ValidationError):
            self.env["community.review"].create({"date": "2026-03-31"})

from odoo.tests import HttpCase, tagged
from odoo.tools import mute_logger

from .review_common import ReviewCase


@tagged("post_install", "-at_install")
class TestReviewReports(ReviewCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._meeting(cls.at("2026-02-10 18:00"), cls.resident)
        cls.review = cls._review()
        cls.review.indicator_ids[0].score = "met"
        cls.review.write(
            {
                "lessons": "Door-knocking beats posters.",
                "next_steps": "Knock on every door of the estate.",
                "decision": "continue",
                "achievement_ids": [(0, 0, {"name": "The first public meeting"})],
            }
        )
        cls.review.action_done()
        cls.draft = cls._review(date="2026-04-30")

    def test_indicator_progress_counts_done_reviews(self):
        Analysis = self.env["community.review.indicator.analysis"].with_user(self.worker)
        groups = Analysis._read_group(
            [("initiative_id", "=", self.initiative.id)],
            ["stage_id"],
            ["indicator_count:sum", "met_percent:avg", "not_yet_percent:avg"],
        )
        self.assertEqual(groups, [(self.stage_organise, 2, 50.0, 50.0)])
        self.assertEqual(
            Analysis.search_count([("user_id", "=", self.worker.id), ("score", "=", "met")]), 1
        )

    def test_initiative_progress_report(self):
        html = (
            self.env["ir.actions.report"]
            ._render_qweb_html(
                "community_work.action_report_initiative_progress", self.initiative.ids
            )[0]
            .decode()
        )
        for text in (
            "Playground campaign",
            "Organise",
            "A core group meets",
            "The first public meeting",
            "Door-knocking beats posters.",
            "Knock on every door of the estate.",
            "2026 Q1",
        ):
            self.assertIn(text, html)

    def test_community_progress_report(self):
        html = (
            self.env["ir.actions.report"]
            ._render_qweb_html(
                "community_work.action_report_community_progress", self.district.ids
            )[0]
            .decode()
        )
        self.assertIn("Playground campaign", html)
        self.assertIn("The first public meeting", html)


@tagged("post_install", "-at_install")
class TestProgressReportPdf(HttpCase, ReviewCase):
    """wkhtmltopdf fetches the report's styles from the server: an HttpCase serves them."""

    def test_report_is_a_pdf(self):
        # Debian's wkhtmltopdf (unpatched Qt) notes on stderr that it ignores the header
        # options; Odoo logs that as a warning, which says nothing about our report.
        with mute_logger("odoo.addons.base.models.ir_actions_report"):
            pdf, kind = (
                self.env["ir.actions.report"]
                .with_context(force_report_rendering=True)
                ._render_qweb_pdf(
                    "community_work.action_report_initiative_progress", self.initiative.ids
                )
            )
        self.assertEqual(kind, "pdf")
        self.assertTrue(pdf.startswith(b"%PDF"))

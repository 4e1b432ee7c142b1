from odoo.tests import HttpCase, tagged
from odoo.tools import convert_file


@tagged("post_install", "-at_install")
class TestRoundDemo(HttpCase):
    """The demo holds a counted round that led to an initiative and an open one online;
    loading the demo again adds and changes nothing."""

    def setUp(self):
        super().setUp()
        self.harbour = self.env.ref("community_work.community_round_harbour_demo", False)
        self.linden = self.env.ref("community_work.community_round_linden_demo", False)
        if not self.harbour:
            self.skipTest("The demo data is not installed.")

    def test_a_counted_round_led_to_an_initiative(self):
        self.assertEqual(self.harbour.state, "closed")
        self.assertGreaterEqual(self.harbour.ballots_cast, 35)
        self.assertEqual(
            self.harbour.result_initiative_id,
            self.env.ref("community_work.community_initiative_quay_street_demo"),
        )
        winner = self.harbour.candidate_ids.filtered("is_winner")
        self.assertEqual(
            winner.need_id, self.env.ref("community_work.community_need_harbour_traffic_demo")
        )
        self.assertEqual(winner.need_id.priority, "3")
        self.assertLess(self.harbour.date_close, self.harbour.result_initiative_id.date_start)
        self.assertTrue(
            self.env["community.ballot.analysis"].search_count([("round_id", "=", self.harbour.id)])
        )

    def test_an_open_round_takes_part_online(self):
        self.assertEqual(self.linden.state, "open")
        self.assertTrue(self.linden.is_published)
        self.assertEqual(self.linden.pending_count, 3)
        self.assertTrue(self.linden.meeting_ids)
        page = self.url_open(f"/community/vote/{self.linden.access_token}")
        self.assertEqual(page.status_code, 200)
        self.assertIn("Linden Hill: what should we work on next?", page.text)
        self.assertIn("Broken and unsafe playgrounds", page.text)

    def test_loading_the_demo_again_changes_nothing(self):
        before = {
            model: self.env[model].search_count([])
            for model in (
                "community.round",
                "community.ballot",
                "community.need.raising",
                "community.meeting",
            )
        }
        self.env["community.round"]._demo_generate_rounds()
        for path in ("demo/community_need_raising_demo.xml", "demo/community_round_demo.xml"):
            convert_file(self.env, "community_work", path, {}, "init", True, "demo")
        after = {model: self.env[model].search_count([]) for model in before}
        self.assertEqual(after, before)

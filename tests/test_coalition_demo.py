from odoo.tests import TransactionCase, tagged
from odoo.tools import convert_file

DEMO_FILES = (
    "demo/community_coalition_partner_demo.xml",
    "demo/community_coalition_demo.xml",
    "demo/community_coalition_pledge_demo.xml",
    "demo/community_coalition_health_demo.xml",
    "demo/community_power_map_demo.xml",
)


@tagged("post_install", "-at_install")
class TestCoalitionDemo(TransactionCase):
    """The demo tells the story the README promises, and loading it again never
    rewrites what users recorded since."""

    def setUp(self):
        super().setUp()
        self.youth = self.env.ref("community_work.community_coalition_youth_demo", False)
        if not self.youth:
            self.skipTest("The demo data is not installed.")
        self.repairs = self.env.ref("community_work.community_coalition_repairs_demo")

    def test_the_demo_coalitions(self):
        for coalition in self.youth | self.repairs:
            with self.subTest(coalition=coalition.name):
                self.assertTrue(8 <= len(coalition.member_ids) <= 12)
                self.assertTrue(coalition.member_ids.filtered("date_left"))
                states = set(coalition.pledge_ids.mapped("state"))
                self.assertIn("partial", states)
                self.assertTrue(coalition.overdue_pledge_count)
                self.assertEqual(len(coalition.health_round_ids), 3)
                results = self.env["community.coalition.health.result"].search(
                    [("coalition_id", "=", coalition.id)]
                )
                self.assertTrue(results.filtered(lambda r: r.spread >= 1), "members disagree")
                self.assertGreater(len(set(results.mapped("average"))), 6)
                targets = self.env["community.power.target"].search(
                    [("coalition_id", "=", coalition.id)]
                )
                self.assertTrue(any(len(t.assessment_ids) > 1 for t in targets))

    def _record_changes(self):
        target = self.env.ref("community_work.community_power_target_youth_lindqvist_demo")
        target.reassess("ally", 5, "Announced two new youth workers")
        member = self.env.ref("community_work.community_coalition_youth_library_demo")
        member.write({"date_left": "2026-01-31", "leave_reason": "Library closed"})
        pledge = self.env.ref("community_work.community_coalition_pledge_youth_grant_demo")
        pledge.name = "Grants for youth-led projects, renamed"
        return target, member, pledge

    def _reload_demo(self, mode):
        for path in DEMO_FILES:
            convert_file(self.env, "community_work", path, {}, mode, True, "demo")

    def test_updating_keeps_whatever_users_changed(self):
        target, member, pledge = self._record_changes()
        self._reload_demo("update")
        self.assertEqual((target.stance, target.influence), ("ally", 5))
        self.assertEqual(member.leave_reason, "Library closed")
        self.assertEqual(pledge.name, "Grants for youth-led projects, renamed")

    def test_reinstalling_keeps_the_history_users_recorded(self):
        target, member, _pledge = self._record_changes()
        self._reload_demo("init")
        self.assertEqual((target.stance, target.influence), ("ally", 5))
        self.assertEqual(len(target.assessment_ids), 3)
        self.assertEqual(str(member.date_left), "2026-01-31")
        self.assertEqual(member.leave_reason, "Library closed")

from odoo.tests import TransactionCase, new_test_user, tagged
from odoo.tools import convert_file


@tagged("post_install", "-at_install")
class TestDemoReload(TransactionCase):
    """Loading the demo data again (a reinstall, `-i` on an installed database) never
    rewrites the level history somebody recorded."""

    def test_reloading_the_demo_keeps_the_moves_recorded_since(self):
        person = self.env.ref("community_work.res_partner_agnieszka_nowak_demo", False)
        if not person:
            self.skipTest("The demo data is not installed.")
        worker = new_test_user(
            self.env, "cw_demo_worker", groups="community_work.group_community_user"
        )
        person.with_user(worker).with_context(
            community_level_reason="Stepped down to care for her mother"
        ).community_level_id = self.env.ref("community_work.community_level_volunteer")
        recorded = person.community_level_change_ids[0]
        recorded_values = recorded.read(["date", "reason", "user_id", "level_from_id"])

        convert_file(
            self.env, "community_work", "demo/res_partner_demo.xml", {}, "init", True, "demo"
        )

        self.assertEqual(
            recorded.read(["date", "reason", "user_id", "level_from_id"]), recorded_values
        )
        self.assertEqual(recorded.user_id, worker)

from odoo.tests import TransactionCase, tagged


@tagged("post_install", "-at_install")
class TestHandoverDemo(TransactionCase):
    """The demo holds a hand-over, so that the history screens have something to show."""

    def test_meadow_court_was_handed_from_amina_to_marc(self):
        initiative = self.env.ref("community_work.community_initiative_tenants_demo", False)
        if not initiative:
            self.skipTest("The demo data is not installed.")
        amina = self.env.ref("community_work.res_users_amina_yusuf_demo")
        marc = self.env.ref("base.user_demo")
        meadow = self.env.ref("community_work.community_community_meadow_demo")
        for record in (initiative, meadow):
            before, now = record.responsibility_ids.sorted("date_start")
            self.assertEqual((before.user_id, now.user_id), (amina, marc))
            self.assertEqual(before.date_end, now.date_start)
            self.assertEqual(now.previous_user_id, amina)
            self.assertIn("People to Know", now.note)
            self.assertTrue(record.message_ids.filtered(lambda m: "People to Know" in m.body))
        self.assertIn("Agnieszka Nowak chairs", initiative.responsibility_ids[0].note)

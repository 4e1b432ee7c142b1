from odoo.tests import TransactionCase, tagged


@tagged("post_install", "-at_install")
class TestConsentDemo(TransactionCase):
    def test_demo_consents_blacklist_and_reviews(self):
        ref = self.env.ref
        siobhan = ref("community_work.res_partner_siobhan_oconnor_demo")
        agnieszka = ref("community_work.res_partner_agnieszka_nowak_demo")
        self.assertTrue(siobhan.is_blacklisted, "her email consent was withdrawn")
        self.assertFalse(agnieszka.is_blacklisted)
        self.assertFalse(siobhan.community_email_consent)
        self.assertTrue(agnieszka.community_email_consent)
        states = {c.purpose_id.name: c.current_state for c in siobhan.community_consent_current_ids}
        self.assertEqual(states, {"Contact by Email": "withdrawn", "Contact by Phone or SMS": "given"})
        reviews = self.env["community.retention.review"].search([])
        quiet = {
            ref("community_work.res_partner_quiet_doris_demo"),
            ref("community_work.res_partner_quiet_gordon_demo"),
        }
        self.assertTrue(quiet <= set(reviews.filtered(lambda r: r.state == "review").partner_id))
        kept = ref("community_work.community_retention_review_lotte_demo")
        self.assertEqual(reviews.filtered(lambda r: r.partner_id == kept.partner_id), kept)

from datetime import date

from dateutil.relativedelta import relativedelta

from odoo.tests import tagged

from .consent_common import ConsentCase


@tagged("post_install", "-at_install")
class TestConsent(ConsentCase):
    def test_shipped_purposes_have_a_legal_basis_and_a_retention_period(self):
        purposes = self.env["community.consent.purpose"].search([])
        self.assertGreaterEqual(len(purposes), 6)
        self.assertTrue(all(purposes.mapped("legal_basis")))
        self.assertTrue(all(p.retention_months > 0 for p in purposes))
        self.assertEqual(purposes.filtered("is_email"), self.purpose_email)

    def test_expiry_follows_the_purpose_and_can_be_changed(self):
        day = date(2026, 3, 15)
        consent = self._consent(self.ada, self.purpose_photos, day=day)
        self.assertEqual(consent.expiry_date, day + relativedelta(months=36))
        self.assertEqual(consent.user_id, self.env.user)
        consent.expiry_date = date(2026, 12, 31)
        self.assertEqual(consent.expiry_date, date(2026, 12, 31))
        withdrawn = self._consent(self.ada, self.purpose_photos, state="withdrawn", day=day)
        self.assertFalse(withdrawn.expiry_date)

    def test_history_is_kept_and_the_latest_line_is_the_current_consent(self):
        first = self._consent(self.ada, self.purpose_phone, day=date.today() - relativedelta(months=3))
        later = self._consent(self.ada, self.purpose_phone, state="withdrawn")
        photos = self._consent(self.ada, self.purpose_photos)
        self.assertEqual(self.ada.community_consent_ids, first | later | photos)
        self.assertEqual(self.ada.community_consent_current_ids, later | photos)
        self.assertEqual(later.current_state, "withdrawn")
        self.assertEqual(first.partner_id.company_id, self.env["res.company"])
        self.assertEqual(first.company_id, self.env.company)

    def test_an_expired_consent_is_shown_expired(self):
        old = self._consent(self.ben, self.purpose_phone, day=date.today() - relativedelta(years=3))
        self.assertEqual(old.current_state, "expired")

    def test_withdrawing_email_consent_blacklists_and_giving_it_again_takes_it_off(self):
        self._consent(self.ada, self.purpose_email)
        self.assertFalse(self._blacklisted(self.ada))
        self._consent(self.ada, self.purpose_email, state="withdrawn", channel="email")
        self.assertTrue(self._blacklisted(self.ada))
        self.assertTrue(self.ada.is_blacklisted)
        self._consent(self.ada, self.purpose_phone, state="withdrawn")
        self.assertTrue(self._blacklisted(self.ada), "another purpose changes nothing")
        self._consent(self.ada, self.purpose_email, channel="sheet")
        self.assertFalse(self._blacklisted(self.ada))
        self.ada.invalidate_recordset(["is_blacklisted"])
        self.assertFalse(self.ada.is_blacklisted)

    def test_an_older_withdrawal_entered_late_does_not_blacklist(self):
        self._consent(self.ben, self.purpose_email)
        self._consent(
            self.ben, self.purpose_email, state="withdrawn", day=date.today() - relativedelta(years=1)
        )
        self.assertFalse(self._blacklisted(self.ben))

    def test_giving_email_consent_leaves_alone_an_address_not_blacklisted(self):
        self._consent(self.cleo, self.purpose_email)
        blacklist = self.env["mail.blacklist"].with_context(active_test=False)
        self.assertFalse(blacklist.search([("email", "=", self.cleo.email_normalized)]))

    def test_filter_people_without_email_consent(self):
        self._consent(self.ada, self.purpose_email)
        self._consent(self.ben, self.purpose_email)
        self._consent(self.ben, self.purpose_email, state="withdrawn")
        self._consent(self.cleo, self.purpose_email, day=date.today() - relativedelta(years=3))
        self._consent(self.dev, self.purpose_phone)
        Partner = self.env["res.partner"]
        without = Partner.search(
            [("id", "in", self.people.ids), ("community_email_consent", "=", False)]
        )
        self.assertEqual(without, self.people - self.ada)
        self.assertEqual(
            Partner.search([("id", "in", self.people.ids), ("community_email_consent", "=", True)]),
            self.ada,
        )
        self.assertTrue(self.ada.community_email_consent)
        self.assertFalse(self.cleo.community_email_consent)

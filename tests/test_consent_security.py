from odoo import Command
from odoo.exceptions import AccessError, UserError
from odoo.tests import new_test_user, tagged

from .common_security import TwoCompaniesCase
from .consent_common import ConsentCase


@tagged("post_install", "-at_install")
class TestConsentSecurity(ConsentCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.portal = new_test_user(cls.env, "cw_portal", groups="base.group_portal")
        cls.given = cls._consent(cls.ada, cls.purpose_phone)

    def test_workers_record_consents_but_never_change_or_delete_the_history(self):
        Consent = self.env["community.consent"].with_user(self.worker)
        line = Consent.create(
            {"partner_id": self.ben.id, "purpose_id": self.purpose_email.id, "state": "withdrawn"}
        )
        self.assertEqual(line.user_id, self.worker)
        self.assertTrue(self._blacklisted(self.ben), "the worker's withdrawal blacklists")
        # On the contact form, as the Community tab does.
        self.cleo.with_user(self.worker).write(
            {"community_consent_ids": [Command.create({"purpose_id": self.purpose_phone.id})]}
        )
        self.assertEqual(self.cleo.community_consent_ids.purpose_id, self.purpose_phone)
        given = self.given.with_user(self.worker)
        self.assertEqual(given.current_state, "given")
        with self.assertRaises(AccessError):
            given.state = "withdrawn"
        with self.assertRaises(AccessError):
            given.unlink()
        with self.assertRaises(AccessError):
            self.ada.with_user(self.worker).write(
                {"community_consent_ids": [Command.unlink(self.given.id)]}
            )

    def test_evidence_uploaded_with_a_line_is_read_by_every_worker(self):
        upload = (
            self.env["ir.attachment"]
            .with_user(self.worker)
            .create({"name": "form.pdf", "raw": b"signed", "res_model": "community.consent", "res_id": 0})
        )
        line = (
            self.env["community.consent"]
            .with_user(self.worker)
            .create(
                {
                    "partner_id": self.ben.id,
                    "purpose_id": self.purpose_photos.id,
                    "evidence_ids": [Command.set(upload.ids)],
                }
            )
        )
        self.assertEqual((upload.res_model, upload.res_id), (line._name, line.id))
        self.assertEqual(upload.with_user(self.other_worker).raw, b"signed")
        with self.assertRaises(AccessError):
            upload.with_user(self.outsider).read(["raw"])

    def test_managers_correct_and_delete(self):
        given = self.given.with_user(self.manager)
        given.write({"state": "withdrawn"})
        given.unlink()
        self.assertFalse(self.ada.community_consent_ids)

    def test_only_managers_change_purposes(self):
        purpose = self.purpose_photos.with_user(self.worker)
        self.assertTrue(purpose.name)
        with self.assertRaises(AccessError):
            purpose.retention_months = 1
        with self.assertRaises(AccessError):
            purpose.create({"name": "Selling lists"})
        self.purpose_photos.with_user(self.manager).retention_months = 48
        self.assertEqual(self.purpose_photos.retention_months, 48)

    def test_only_managers_review_retention(self):
        review = self.env["community.retention.review"].create(
            {"partner_id": self.ada.id, "reason": "Quiet for years"}
        )
        with self.assertRaises(AccessError):
            review.with_user(self.worker).read(["state"])
        with self.assertRaises(AccessError):
            self.env["community.retention.review"].with_user(self.worker).search([])
        review.with_user(self.manager).write({"kept_reason": "Keeps the keys"})
        review.with_user(self.manager).action_keep()
        self.assertEqual(review.state, "kept")

    def test_other_users_see_no_consent(self):
        for user in (self.outsider, self.portal):
            with self.assertRaises(AccessError):
                self.given.with_user(user).read(["state"])
            with self.assertRaises(AccessError):
                self.env["community.consent"].with_user(user).create(
                    {"partner_id": self.ben.id, "purpose_id": self.purpose_phone.id}
                )
            with self.assertRaises(AccessError):
                self.env["community.retention.review"].with_user(user).search([])
        self.assertNotIn("community_consent_ids", self.ada.with_user(self.outsider).fields_get())

    def test_a_worker_cannot_delete_a_contact_with_a_consent_history(self):
        with self.assertRefused("consent history", UserError):
            self.ada.with_user(self.worker).unlink()
        self.ada.with_user(self.manager).unlink()
        self.assertFalse(self.given.exists())

    def test_a_worker_records_consents_from_any_sheet_of_the_company(self):
        meeting = self._meeting(people=self.ada | self.ben, user_id=self.other_worker.id)
        wizard = (
            self.env["community.consent.sheet.wizard"]
            .with_user(self.worker)
            .create({"meeting_id": meeting.id, "purpose_ids": [Command.set(self.purpose_photos.ids)]})
        )
        wizard.action_record()
        self.assertEqual(meeting.consent_ids.partner_id, self.ada | self.ben)
        self.assertEqual(meeting.consent_ids.user_id, self.worker)


@tagged("post_install", "-at_install")
class TestConsentCompanies(TwoCompaniesCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.purpose = cls.env.ref("community_work.community_consent_purpose_phone")
        cls.resident = cls.env["res.partner"].create(
            {"name": "Rosa Home", "company_id": cls.company.id}
        )
        cls.home_consent = cls.env["community.consent"].create(
            {"partner_id": cls.resident.id, "purpose_id": cls.purpose.id}
        )
        cls.far_consent = cls.env["community.consent"].create(
            {"partner_id": cls.far_resident.id, "purpose_id": cls.purpose.id}
        )
        cls.far_review = cls.env["community.retention.review"].create(
            {"partner_id": cls.far_resident.id, "reason": "Quiet"}
        )

    def test_consents_follow_the_contact_company(self):
        self.assertEqual(self.far_consent.company_id, self.other_company)
        Consent = self.env["community.consent"]
        self.assertEqual(
            Consent.with_user(self.far_worker).search([("id", "in", (self.home_consent | self.far_consent).ids)]),
            self.far_consent,
        )
        with self.assertRaises(AccessError):
            self.home_consent.with_user(self.far_worker).read(["state"])
        self.assertEqual(
            Consent.with_user(self.worker).search([("partner_id", "=", self.far_resident.id)]),
            Consent,
        )

    def test_a_company_purpose_is_not_used_for_another_company_contact(self):
        private = self.purpose.copy({"name": "Home calls", "company_id": self.company.id})
        with self.assertRaises(UserError):
            self.env["community.consent"].create(
                {"partner_id": self.far_resident.id, "purpose_id": private.id}
            )
        self.assertFalse(private.with_user(self.far_worker).search([("id", "=", private.id)]))

    def test_retention_reviews_of_another_company_stay_hidden(self):
        manager = new_test_user(
            self.env,
            "cw_home_manager",
            groups="community_work.group_community_manager",
            company_id=self.company.id,
            company_ids=[Command.set(self.company.ids)],
        )
        Review = self.env["community.retention.review"].with_user(manager)
        self.assertFalse(Review.search([("id", "=", self.far_review.id)]))

from odoo import Command
from odoo.exceptions import UserError
from odoo.tests import tagged

from .erasure_common import ErasureCase


@tagged("post_install", "-at_install")
class TestErasure(ErasureCase):
    def test_erasure_wipes_who_the_person_was(self):
        person = self.person
        self._erase(person)
        person.invalidate_recordset()
        self.assertFalse(person.active)
        self.assertEqual(person.name, f"Erased person #{person.id}")
        for field in ("email", "phone", "mobile", "street", "city", "zip", "website",
                      "comment", "function", "image_1920", "category_id",
                      "community_skill_ids"):  # fmt: skip
            self.assertFalse(person[field], field)
        membership = person.community_membership_ids
        self.assertEqual(membership.community_id, self.district)
        self.assertFalse(membership.note)
        line = self.meeting.attendance_ids.filtered(lambda a: a.partner_id == person)
        self.assertFalse(line.note)
        # The level and role stay: they are counted in the analyses.
        self.assertEqual(person.community_level_id, self.level_participant)

    def _kept(self):
        person = self.person
        return {
            "attendance": len(person.community_attendance_ids),
            "history": len(person.community_level_change_ids),
            "figures": (person.community_meeting_count, person.community_last_attendance_date),
            "raised": self.need.raised_count,
            "breadth": (self.initiative.participant_recent_count, self.initiative.meeting_count),
            "activists": self.initiative.with_context(active_test=False).activist_ids,
        }

    def test_lines_stay_on_the_anonymous_contact(self):
        before = self._kept()
        self._erase(self.person)
        self.env.invalidate_all()
        self.env["res.partner"]._update_participation_figures()
        after = self._kept()
        self.assertEqual(before, after)
        self.assertEqual(after["attendance"], 1)

    def test_messages_and_files_about_the_person_are_removed(self):
        self._mail_about_person()
        person = self.person
        self.initiative.message_post(body="Kept: written by a worker")
        self._erase(person)
        Message = self.env["mail.message"]
        on_person = [("model", "=", "res.partner"), ("res_id", "=", person.id)]
        self.assertFalse(Message.search(on_person))
        self.assertFalse(Message.search([("author_id", "=", person.id)]))
        self.assertTrue(
            Message.search(
                [
                    ("model", "=", "community.initiative"),
                    ("res_id", "=", self.initiative.id),
                    ("body", "ilike", "Kept: written by a worker"),
                ]
            )
        )
        self.assertFalse(
            self.env["ir.attachment"].search(
                [("res_model", "=", "res.partner"), ("res_id", "=", person.id)]
            )
        )
        self.assertFalse(self.env["mail.followers"].search([("partner_id", "=", person.id)]))

    def test_the_log_says_who_and_when_not_whom(self):
        self._mail_about_person()
        self._erase(self.person)
        log = self.env["community.erasure.log"].search(
            [("erased_partner_ref", "=", self.person.id)]
        )
        self.assertEqual(len(log), 1)
        self.assertEqual(log.user_id, self.manager)
        # The contact, its membership, level history line, roll-call line, issue raised
        # and activist place stay.
        self.assertEqual(log.anonymised_count, 6)
        self.assertGreaterEqual(log.removed_count, 4)
        values = str(log.read()[0])
        for detail in ("Petra", "petra@example.com", "555"):
            self.assertNotIn(detail, values)

    def test_batch_with_a_user_erases_nobody(self):
        user_partner = self.worker.partner_id
        with self.assertRaisesRegex(UserError, "is the contact of a user"):
            self._erase(self.person | user_partner)
        self.assertEqual(self.person.name, "Petra Private")
        self.assertTrue(self.person.active)
        self.assertFalse(self.env["community.erasure.log"].search([]))

    def test_batch_with_an_organisation_erases_nobody(self):
        organisation = self.env["res.partner"].create(
            {"name": "Tenants' Union", "is_company": True}
        )
        with self.assertRaisesRegex(UserError, "is an organisation"):
            self._erase(self.person | organisation)
        with self.assertRaisesRegex(UserError, "is an organisation"):
            self._erase(self.env.company.partner_id)
        self.assertEqual(self.person.email, "petra@example.com")
        self.assertFalse(self.env["community.erasure.log"].search([]))

    def test_erasure_needs_confirmation(self):
        wizard = (
            self.env["community.erasure.wizard"]
            .with_user(self.manager)
            .create({"partner_ids": self.person.ids})
        )
        self.assertIn("Petra Private", wizard.summary)
        with self.assertRaisesRegex(UserError, "Tick the confirmation"):
            wizard.action_erase()
        self.assertTrue(self.person.active)

    def test_power_map_entry_stays_without_what_was_said(self):
        target = self.env["community.power.target"].create(
            {
                "partner_id": self.person.id,
                "initiative_id": self.initiative.id,
                "ask": "Close Quay Street to lorries",
                "stance": "neutral",
                "influence": 3,
                "evidence": "Said so at her surgery",
            }
        )
        target.message_post(body="She owns the depot")
        self._erase(self.person)
        self.assertTrue(target.exists())
        self.assertEqual((target.stance, target.influence), ("neutral", 3))
        self.assertFalse(target.ask)
        self.assertNotIn("surgery", str(target.assessment_ids.mapped("evidence")))
        self.assertFalse(
            self.env["mail.message"].search(
                [("model", "=", target._name), ("res_id", "=", target.id)]
            )
        )

    def test_consents_stay_without_their_evidence(self):
        scan = self.env["ir.attachment"].create({"name": "sheet.pdf", "raw": b"%PDF"})
        consent = self.env["community.consent"].create(
            {
                "partner_id": self.person.id,
                "purpose_id": self.env.ref("community_work.community_consent_purpose_photos").id,
                "channel": "sheet",
                "note": "Signed for her son too",
                "evidence_ids": [Command.link(scan.id)],
            }
        )
        review = self.env["community.retention.review"].create(
            {"partner_id": self.person.id, "reason": "No participation"}
        )
        self._erase(self.person)
        self.assertEqual(self.person.with_context(active_test=False).community_consent_ids, consent)
        self.assertEqual((consent.state, consent.channel), ("given", "sheet"))
        self.assertFalse(consent.note)
        self.assertFalse(scan.exists())
        self.assertEqual(review.state, "erased")
        self.assertEqual(review.decided_by_id, self.manager)

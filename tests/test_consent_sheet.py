import base64
from datetime import date

from odoo import Command
from odoo.exceptions import UserError
from odoo.tests import tagged, users

from .consent_common import ConsentCase

SCAN = base64.b64encode(b"%PDF-1.4 sign-in sheet")


@tagged("post_install", "-at_install")
class TestConsentSheet(ConsentCase):
    def _wizard(self, meeting, purposes, **values):
        return (
            self.env["community.consent.sheet.wizard"]
            .with_context(default_meeting_id=meeting.id)
            .create({"purpose_ids": [Command.set(purposes.ids)], **values})
        )

    def test_everyone_who_came_gives_consent_in_one_step(self):
        meeting = self._meeting(people=self.ada | self.ben | self.cleo)
        meeting.attendance_ids.filtered(lambda a: a.partner_id == self.cleo).status = "apologised"
        wizard = self._wizard(
            meeting, self.purpose_phone | self.purpose_photos, evidence=SCAN, evidence_name="sheet.pdf"
        )
        self.assertEqual(wizard.attendance_ids.partner_id, self.ada | self.ben)
        self.assertEqual(wizard.date, meeting.start.date())
        wizard.action_record()
        consents = meeting.consent_ids
        self.assertEqual(len(consents), 4)
        self.assertEqual(consents.partner_id, self.ada | self.ben)
        self.assertEqual(set(consents.mapped("channel")), {"sheet"})
        self.assertEqual(set(consents.mapped("state")), {"given"})
        scan = consents.evidence_ids
        self.assertEqual(len(scan), 1, "one scan for the whole sheet")
        self.assertEqual(scan.datas, SCAN)
        self.assertEqual((scan.name, scan.res_model, scan.res_id), ("sheet.pdf", meeting._name, meeting.id))
        self.assertEqual(consents.user_id, self.env.user)

    def test_only_the_selected_lines(self):
        meeting = self._meeting(people=self.ada | self.ben)
        ada_line = meeting.attendance_ids.filtered(lambda a: a.partner_id == self.ada)
        self._wizard(
            meeting, self.purpose_phone, attendance_ids=[Command.set(ada_line.ids)]
        ).action_record()
        self.assertEqual(meeting.consent_ids.partner_id, self.ada)

    def test_email_consent_from_the_sheet_takes_the_address_off_the_blacklist(self):
        self._consent(self.ada, self.purpose_email, state="withdrawn", day=date(2020, 1, 1))
        self.assertTrue(self._blacklisted(self.ada))
        meeting = self._meeting(people=self.ada)
        self._wizard(meeting, self.purpose_email).action_record()
        self.assertFalse(self._blacklisted(self.ada))

    def test_nobody_came(self):
        meeting = self._meeting(people=self.ada, status="apologised")
        with self.assertRefused("tick who came first", UserError):
            meeting.action_record_consents()
        with self.assertRefused("tick who came first", UserError):
            self._wizard(meeting, self.purpose_phone).action_record()

    def test_a_purpose_of_another_company_records_nobody(self):
        other = self.env["res.company"].create({"name": "Elsewhere"})
        foreign = self.purpose_phone.copy({"name": "Elsewhere's calls", "company_id": other.id})
        meeting = self._meeting(people=self.ada | self.ben)
        with self.assertRaises(UserError):
            self._wizard(meeting, self.purpose_photos | foreign).action_record()
        self.assertFalse(self.env["community.consent"].search([("meeting_id", "=", meeting.id)]))

    @users("cw_worker")
    def test_queries_do_not_grow_with_the_people_on_the_sheet(self):
        crowd = self.env["res.partner"].sudo().create([{"name": f"Signer {i}"} for i in range(33)])
        purposes = self.purpose_phone | self.purpose_photos
        self._wizard(self._meeting(people=crowd[:1]), purposes, evidence=SCAN).action_record()  # warm
        for people in (crowd[1:3], crowd[3:]):
            meeting = self._meeting(people=people).with_user(self.env.user)
            wizard = self._wizard(meeting, purposes, evidence=SCAN)
            self.env.flush_all()
            self.env.invalidate_all()
            with self.assertQueryCount(cw_worker=28):
                wizard.action_record()
            self.assertEqual(len(meeting.sudo().consent_ids), 2 * len(people))

from odoo.tests import HttpCase, tagged

from .consent_common import ConsentCase


@tagged("post_install", "-at_install")
class TestConsentSheetTour(HttpCase, ConsentCase):
    def test_manager_records_consents_from_a_sign_in_sheet(self):
        meeting = self._meeting(people=self.ada | self.ben | self.cleo, state="held")
        meeting.attendance_ids.filtered(lambda a: a.partner_id == self.cleo).status = "absent"
        self.start_tour(
            f"/odoo/action-community_work.community_meeting_action/{meeting.id}",
            "community_work_consent_sheet_tour",
            login="cw_manager",
        )
        consents = meeting.consent_ids
        self.assertEqual(consents.partner_id, self.ada | self.ben)
        self.assertEqual(consents.purpose_id, self.purpose_phone | self.purpose_photos)
        self.assertEqual(set(consents.mapped("channel")), {"sheet"})
        self.assertEqual(consents.user_id, self.manager)

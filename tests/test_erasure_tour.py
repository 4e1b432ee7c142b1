from odoo.tests import HttpCase, tagged

from .erasure_common import ErasureCase


@tagged("post_install", "-at_install")
class TestErasureTour(HttpCase, ErasureCase):
    def test_manager_erases_a_resident_from_the_contact_form(self):
        self._mail_about_person()
        self.start_tour(
            f"/odoo/action-community_work.res_partner_action_community/{self.person.id}",
            "community_work_erasure_tour",
            login="cw_manager",
        )
        self.assertFalse(self.person.active)
        self.assertEqual(self.person.name, f"Erased person #{self.person.id}")
        self.assertFalse(self.person.email)
        self.assertEqual(len(self.person.community_attendance_ids), 1)
        log = self.env["community.erasure.log"].search(
            [("erased_partner_ref", "=", self.person.id)]
        )
        self.assertEqual(log.user_id, self.manager)

from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common_security import TwoCompaniesCase
from .erasure_common import ErasureCase

ERASE_ACTION = "community_work.community_erasure_wizard_action"
EXPORT_ACTIONS = (
    "community_work.community_access_request_report",
    "community_work.community_access_request_action_json",
)


@tagged("post_install", "-at_install")
class TestErasureSecurity(ErasureCase, TwoCompaniesCase):
    """Only managers erase and export, and only the contacts of their companies."""

    def _bound_actions(self, user):
        bindings = self.env["ir.actions.actions"].with_user(user).get_bindings("res.partner")
        return {action["id"] for actions in bindings.values() for action in actions}

    def test_only_managers_see_the_actions(self):
        ids = {self.env.ref(xmlid).id for xmlid in (ERASE_ACTION, *EXPORT_ACTIONS)}
        self.assertLessEqual(ids, self._bound_actions(self.manager))
        self.assertFalse(ids & self._bound_actions(self.worker))
        self.assertFalse(ids & self._bound_actions(self.outsider))

    def test_workers_cannot_erase(self):
        Wizard = self.env["community.erasure.wizard"]
        for user in (self.worker, self.outsider):
            with self.assertRaises(AccessError):
                Wizard.with_user(user).create({"partner_ids": self.person.ids, "confirm": True})
            with self.assertRaises(AccessError):
                self.person.with_user(user)._community_erase()
        self.assertTrue(self.person.active)
        self.assertEqual(self.person.email, "petra@example.com")

    def test_workers_cannot_export(self):
        report = self.env.ref(EXPORT_ACTIONS[0])
        for user in (self.worker, self.outsider):
            with self.assertRaises(AccessError):
                self.person.with_user(user)._community_access_data()
            with self.assertRaises(AccessError):
                self.person.with_user(user).action_community_access_request_json()
            with self.assertRaises(AccessError):
                self.env["ir.actions.report"].with_user(user)._render_qweb_html(
                    report, self.person.ids
                )

    def test_the_log_is_for_managers_to_read_only(self):
        self._erase(self.person)
        Log = self.env["community.erasure.log"]
        log = Log.search([])
        with self.assertRaises(AccessError):
            Log.with_user(self.worker).search([])
        as_manager = log.with_user(self.manager)
        self.assertEqual(as_manager.erased_partner_ref, self.person.id)
        with self.assertRaises(AccessError):
            as_manager.write({"erased_partner_ref": 1})
        with self.assertRaises(AccessError):
            as_manager.unlink()
        with self.assertRaises(AccessError):
            Log.with_user(self.manager).create(
                {"date": "2026-01-01", "user_id": self.manager.id, "erased_partner_ref": 1}
            )

    def test_managers_cannot_reach_another_company(self):
        far = self.far_resident
        with self.assertRaises(AccessError):
            far.with_user(self.manager)._community_erase()
        wizard = (
            self.env["community.erasure.wizard"]
            .with_user(self.manager)
            .create({"partner_ids": (self.person | far).ids, "confirm": True})
        )
        with self.assertRaises(AccessError):
            wizard.action_erase()
        with self.assertRaises(AccessError):
            far.with_user(self.manager)._community_access_data()
        self.assertEqual(far.name, "Fiona Far")
        self.assertEqual(self.person.name, "Petra Private")
        self.assertFalse(self.env["community.erasure.log"].search([]))

from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common_security import TwoCompaniesCase
from .handover_common import HandoverCase


@tagged("post_install", "-at_install")
class TestHandoverSecurity(HandoverCase):
    """Workers hand over their own work; only managers hand over another worker's."""

    def test_worker_cannot_hand_over_a_colleagues_work(self):
        handover = self._handover(
            self.worker, self.colleague_initiative, from_user_id=self.other_worker.id
        )
        handover.to_user_id = self.manager
        with self.assertRaisesRegex(AccessError, "Only community managers"):
            handover.action_hand_over()
        self.assertEqual(self.colleague_initiative.user_id, self.other_worker)

    def test_manager_hands_over_a_colleagues_work(self):
        handover = self._handover(
            self.manager, self.colleague_initiative, from_user_id=self.other_worker.id
        )
        handover.to_user_id = self.worker
        handover.action_hand_over()
        self.assertEqual(self.colleague_initiative.user_id, self.worker)

    def test_outsiders_open_no_hand_over(self):
        with self.assertRaises(AccessError):
            self.env["community.handover"].with_user(self.outsider).create(
                {"to_user_id": self.worker.id}
            )

    def test_workers_read_the_history_and_only_managers_correct_it(self):
        line = self.playground.responsibility_ids
        self.assertEqual(line.with_user(self.other_worker).user_id, self.worker)
        with self.assertRaises(AccessError):
            line.with_user(self.worker).write({"note": "<p>Rewritten</p>"})
        with self.assertRaises(AccessError):
            line.with_user(self.worker).unlink()
        with self.assertRaises(AccessError):
            self.env["community.responsibility"].with_user(self.outsider).search([])
        line.with_user(self.manager).write({"note": "<p>Corrected</p>"})
        self.assertIn("Corrected", line.note)


@tagged("post_install", "-at_install")
class TestHandoverCompanies(TwoCompaniesCase):
    """The history follows its record's company; work stays within a company."""

    def test_other_company_reads_no_history(self):
        initiative = self._create_initiative()
        far = self.env["community.responsibility"].with_user(self.far_worker)
        self.assertFalse(far.search([("initiative_id", "=", initiative.id)]))
        self.assertTrue(far.search([("community_id", "=", self.far_community.id)]))
        self.assertEqual(
            initiative.responsibility_ids.company_id, self.company, "it follows the initiative"
        )

    def test_work_is_not_handed_to_a_worker_of_another_company(self):
        initiative = self._create_initiative()
        handover = (
            self.env["community.handover"]
            .with_user(self.worker)
            .with_context(active_model="community.initiative", active_ids=initiative.ids)
            .create({"to_user_id": self.far_worker.id, "note_done": "All done."})
        )
        with self.assertRaisesRegex(Exception, "does not work for"):
            handover.action_hand_over()
        self.assertEqual(initiative.user_id, self.worker)

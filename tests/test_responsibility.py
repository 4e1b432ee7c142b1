from odoo import Command
from odoo.tests import tagged

from .handover_common import HandoverCase


@tagged("post_install", "-at_install")
class TestResponsibilityHistory(HandoverCase):
    """Every change of the responsible worker is kept, with or without a hand-over."""

    def test_new_records_start_their_history(self):
        for record in (self.playground, self.district, self.coalition):
            with self.subTest(record=record._name):
                line = record.responsibility_ids
                self.assertEqual(line.user_id, self.worker)
                self.assertFalse(line.date_end)
                self.assertFalse(line.previous_user_id)
        unassigned = self._create_initiative(name="Nobody's", user_id=False)
        self.assertFalse(unassigned.responsibility_ids)

    def test_a_plain_edit_of_the_responsible_is_kept(self):
        self.playground.with_user(self.worker).user_id = self.other_worker
        before, after = self._history(self.playground)
        self.assertTrue(before.date_end)
        self.assertEqual(after.user_id, self.other_worker)
        self.assertEqual(after.previous_user_id, self.worker)
        self.assertFalse(after.note)
        self.coalition.user_id = False
        self.assertTrue(self.coalition.responsibility_ids.date_end)

    def test_communities_keep_a_line_per_worker(self):
        self.district.user_ids = [Command.link(self.other_worker.id)]
        self.assertEqual(len(self.district.responsibility_ids), 2)
        self.assertFalse(self.district.responsibility_ids.filtered("date_end"))
        self.assertFalse(self._history(self.district)[-1].previous_user_id, "joined, not replaced")
        self.district.user_ids = [Command.unlink(self.worker.id)]
        ended = self.district.responsibility_ids.filtered("date_end")
        self.assertEqual(ended.user_id, self.worker)

    def test_a_batch_write_costs_the_same_for_many_records(self):
        many = self.tenants | self._create_initiative(name="Third") | self._create_initiative()
        for initiatives in (self.playground, many):
            self.env.flush_all()
            with self.assertQueryCount(__system__=5):
                initiatives.write({"user_id": self.other_worker.id})
                self.env.flush_all()
        self.assertEqual(len(many.responsibility_ids), 6)

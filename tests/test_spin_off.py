from odoo.exceptions import AccessError
from odoo.tests import Form, tagged

from .review_common import ReviewCase


@tagged("post_install", "-at_install")
class TestSpinOff(ReviewCase):
    def test_spin_off_from_a_middle_stage_with_another_method_and_community(self):
        need = self.env["community.need"].create(
            {"name": "No youth club", "community_id": self.district.id}
        )
        self.initiative.need_ids = need
        self.initiative.with_context(tracking_disable=False)
        south = self.env["community.community"].create({"name": "South"})
        action = self.initiative.with_user(self.worker).action_spin_off()
        with Form(
            self.env[action["res_model"]].with_user(self.worker).with_context(action["context"])
        ) as wizard:
            self.assertEqual(wizard.method_id, self.method)
            wizard.name = "Youth club"
            wizard.method_id = self.other_method
            wizard.community_id = south
        result = wizard.record.action_spin_off()
        spin_off = self.env["community.initiative"].browse(result["res_id"])
        self.assertEqual(spin_off.origin_id, self.initiative)
        self.assertEqual(spin_off.method_id, self.other_method)
        self.assertEqual(spin_off.stage_id, self.other_method.stage_ids[0])
        self.assertEqual(spin_off.community_id, south)
        self.assertEqual(spin_off.need_ids, need)
        self.assertEqual(self.initiative.spin_off_count, 1)
        self.assertTrue(self.initiative.active, "the origin goes on")
        self.assertEqual(self.initiative.stage_id, self.stage_organise)
        note = self.initiative.message_ids[:1]
        self.assertIn(f'data-oe-id="{spin_off.id}"', note.body)
        self.assertIn("Organise", note.body)
        self.assertEqual(
            self.initiative.action_view_spin_offs()["domain"],
            [("origin_id", "=", self.initiative.id)],
        )

    def test_only_who_may_change_the_origin_spins_it_off(self):
        wizard = (
            self.env["community.initiative.spin.off"]
            .with_user(self.other_worker)
            .create({"origin_id": self.initiative.id, "name": "Not mine"})
        )
        with self.assertRaises(AccessError):
            wizard.action_spin_off()

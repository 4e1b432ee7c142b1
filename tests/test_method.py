from odoo.exceptions import UserError
from odoo.tests import tagged

from .common import CommunityWorkCase

SHIPPED_METHODS = {
    "community_work.community_method_cycle": 9,
    "community_work.community_method_phases": 4,
    "community_work.community_method_building": 3,
    "community_work.community_method_osl": None,
}


@tagged("post_install", "-at_install")
class TestMethod(CommunityWorkCase):
    def test_shipped_methods_have_their_stages_and_guidance(self):
        for xmlid, stage_count in SHIPPED_METHODS.items():
            method = self.env.ref(xmlid)
            with self.subTest(method=method.name):
                if stage_count:
                    self.assertEqual(method.stage_count, stage_count)
                self.assertGreaterEqual(method.stage_count, 3)
                for stage in method.stage_ids:
                    self.assertTrue(stage.guidance and stage.caution and stage.goal, stage.name)
                    self.assertTrue(stage.task_template_ids, stage.name)
                    self.assertTrue(stage.indicator_template_ids, stage.name)

    def test_shipped_methods_end_with_one_folded_closing_stage(self):
        for xmlid in SHIPPED_METHODS:
            stages = self.env.ref(xmlid).stage_ids
            with self.subTest(method=xmlid):
                self.assertEqual(stages.filtered("is_closing"), stages[-1])
                self.assertTrue(stages[-1].fold)
                self.assertFalse(stages[:-1].filtered("fold"))

    def test_closing_stage_folds_by_default(self):
        stage = self.env["community.stage"].create({"name": "Wrap up", "method_id": self.method.id})
        self.assertFalse(stage.fold)
        stage.is_closing = True
        self.assertTrue(stage.fold)
        stage.fold = False
        self.assertFalse(stage.fold, "a manager may still unfold a closing stage")

    def test_stage_in_use_cannot_be_deleted(self):
        self._create_initiative()
        with self.assertRaises(UserError):
            self.stage_listen.unlink()
        self.assertTrue(self.stage_listen.exists())
        self.stage_organise.unlink()
        self.assertEqual(self.method.stage_ids, self.stage_listen | self.stage_close)

    def test_stage_an_initiative_went_through_is_kept(self):
        initiative = self._create_initiative()
        initiative.stage_id = self.stage_organise
        with self.assertRaises(UserError):
            self.stage_listen.unlink()
        self.assertEqual(len(initiative.task_ids), 3)

    def test_stage_whose_indicators_an_initiative_kept_is_kept(self):
        assess = self.env["community.stage"].create(
            {
                "name": "Assess",
                "method_id": self.method.id,
                "sequence": 5,
                "indicator_template_ids": [(0, 0, {"name": "Needs are written down"})],
            }
        )
        initiative = self._create_initiative(stage_id=assess.id)
        initiative.stage_id = self.stage_close
        with self.assertRaises(UserError):
            assess.unlink()
        self.assertEqual(initiative.indicator_ids.stage_id, assess)

    def test_stage_of_an_archived_initiative_is_still_in_use(self):
        self._create_initiative(active=False)
        with self.assertRaises(UserError):
            self.stage_listen.unlink()

    def test_method_in_use_cannot_be_deleted(self):
        self._create_initiative()
        with self.assertRaises(UserError):
            self.method.unlink()
        self.assertEqual(len(self.method.stage_ids), 3)
        self.other_method.unlink()
        self.assertFalse(self.other_method.exists())

    def test_copied_method_gets_its_own_stages(self):
        copy = self.method.copy()
        self.assertEqual(copy.name, "Test Method (copy)")
        self.assertEqual(copy.stage_ids.mapped("name"), ["Listen", "Organise", "Close"])
        self.assertFalse(copy.stage_ids & self.method.stage_ids)
        self.assertEqual(
            copy.stage_ids[0].task_template_ids.mapped("name"),
            ["Knock on doors", "Map local groups"],
        )

    def test_method_board_action_is_scoped_to_the_method(self):
        self._create_initiative()
        action = self.method.action_open_board()
        self.assertEqual(action["context"]["default_method_id"], self.method.id)
        self.assertEqual(action["display_name"], "Test Method")
        reloaded = (
            self.env["community.method"]
            .with_context(active_id=self.method.id)
            ._action_open_board_from_context()
        )
        self.assertEqual(reloaded["domain"], action["domain"])
        self.assertEqual(self.env["community.initiative"].search_count(action["domain"]), 1)
        self.assertEqual(self.method.initiative_count, 1)

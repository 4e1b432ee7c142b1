from odoo.modules.migration import load_script
from odoo.tests import tagged
from odoo.tools import convert_file

from .common import CommunityWorkCase

SCRIPT = "community_work/migrations/18.0.1.4.0/post-migrate.py"


@tagged("post_install", "-at_install")
class TestMethodSourcesMigration(CommunityWorkCase):
    """Databases of 18.0.1.3.0 hold the methods as shipped then, some of them edited."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.migration = load_script(SCRIPT, "method_sources")

    def _ref(self, xmlid):
        return self.env.ref(f"community_work.{xmlid}")

    def test_texts_as_shipped_are_updated_and_edited_ones_kept(self):
        for xmlid, previous in self.migration.PREVIOUS.items():
            self._ref(xmlid).write(previous)
        edited = self._ref("community_stage_osl_05")
        edited.caution = "<p>Our own caution, agreed with the team.</p>"

        self.migration.migrate(self.cr, "18.0.1.3.0")

        self.assertIn("own adaptation", self._ref("community_method_osl").description)
        self.assertIn("consensus and cooperation", self._ref("community_stage_osl_04").guidance)
        self.assertIn("prevention work", self._ref("community_method_building").description)
        self.assertIn("spin off", self._ref("community_stage_cycle_03").guidance)
        self.assertEqual(
            self._ref("community_stage_phases_03_task_04").name,
            "Organise collective action that presses residents' demands on those who decide",
        )
        self.assertEqual(edited.caution, "<p>Our own caution, agreed with the team.</p>")

    def test_update_creates_missing_records_and_keeps_edited_ones(self):
        evaluation = self._ref("community_stage_osl_evaluation")
        evaluation.task_template_ids.unlink()
        self._ref("community_stage_building_02_indicator_06").unlink()
        anchoring = self._ref("community_stage_osl_07")
        anchoring.name = "Anchoring, our way"

        for path in (
            "data/community_method_osl_stages_data.xml",
            "data/community_method_building_data.xml",
        ):
            convert_file(self.env, "community_work", path, {}, mode="update", noupdate=True)

        self.assertEqual(len(evaluation.task_template_ids), 3)
        self.assertEqual(self._ref("community_stage_osl_evaluation_task_01").stage_id, evaluation)
        self.assertEqual(
            self._ref("community_stage_building_02_indicator_06").name,
            "Participation: all voices are heard, through many different channels",
        )
        self.assertEqual(anchoring.name, "Anchoring, our way")

    def test_history_starts_with_the_workers_responsible_today(self):
        initiative = self._create_initiative()
        self.env.flush_all()
        self.cr.execute(
            "DELETE FROM community_responsibility WHERE initiative_id = %s OR community_id = %s",
            (initiative.id, self.district.id),
        )
        self.env.invalidate_all()

        self.migration.migrate(self.cr, "18.0.1.3.0")

        line = initiative.responsibility_ids
        self.assertEqual(line.user_id, self.worker)
        self.assertEqual(line.date_start, initiative.create_date)
        self.assertFalse(line.date_end)
        self.assertEqual(self.district.responsibility_ids.user_id, self.worker)
        self.migration.migrate(self.cr, "18.0.1.3.0")
        self.assertEqual(len(initiative.responsibility_ids), 1, "run twice, written once")

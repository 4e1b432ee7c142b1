from odoo.tests import TransactionCase, tagged


@tagged("post_install", "-at_install")
class TestMethodSources(TransactionCase):
    """The shipped methods say what their sources say."""

    def _names(self, xmlid, field):
        return self.env.ref(f"community_work.{xmlid}")[field].mapped("name")

    def test_community_building_outcomes_and_marks_of_good_practice(self):
        description = self.env.ref("community_work.community_method_building").description
        for outcome in (
            "a healthy, safe and interesting community",
            "effective local",
            "civic participation",
            "safe public spaces",
            "prevention work",
        ):
            self.assertIn(outcome, " ".join(description.split()))
        method = self.env.ref("community_work.community_method_building")
        indicators = " | ".join(method.stage_ids.indicator_template_ids.mapped("name"))
        for mark in (
            "all voices are heard, through many different channels",
            "residents are treated as the experts on their own situation",
            "solidarity",
            "communicate better, mobilise resources together and share them fairly",
        ):
            self.assertIn(mark, indicators)

    def test_four_phases_launch_and_contest(self):
        tasks = self._names("community_stage_phases_02", "task_template_ids")
        self.assertIn("Mobilise resources the community has not drawn on yet", tasks)
        self.assertIn("Consolidate residents' participation", tasks)
        consolidation = self.env.ref("community_work.community_stage_phases_03")
        self.assertIn("contest decisions", consolidation.guidance)
        self.assertIn(
            "Organise collective action that presses residents' demands on those who decide",
            consolidation.task_template_ids.mapped("name"),
        )

    def test_osl_is_an_adaptation_with_evaluation_and_three_strategies(self):
        osl = self.env.ref("community_work.community_method_osl")
        self.assertIn("this addon's own adaptation", osl.description)
        evaluation = self.env.ref("community_work.community_stage_osl_evaluation")
        self.assertEqual(evaluation.method_id, osl)
        self.assertFalse(evaluation.is_closing)
        self.assertEqual(osl.stage_ids[-2:].mapped("name")[0], "Evaluation and Supervision")
        acting = self.env.ref("community_work.community_stage_osl_04").guidance
        for strategy in ("consensus and cooperation", "education and persuasion", "conflict"):
            self.assertIn(strategy, acting)
        partnerships = self.env.ref("community_work.community_stage_osl_05").caution
        self.assertNotIn("Don't take sides in disputes; mediate.", partnerships)

    def test_cycle_says_any_step_can_spin_off(self):
        guidance = self.env.ref("community_work.community_stage_cycle_03").guidance
        self.assertIn("spin off a new initiative", guidance)

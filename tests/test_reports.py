from lxml import etree

from odoo.tests import tagged

from .common import CommunityWorkCase

# The figures managers may sum in pivots and graphs; colours, sequences and other
# technical integers are no measure.
MEASURES = {
    "community.initiative": {"task_count", "task_done_count"},
    "community.need": set(),
    "community.asset": set(),
    "community.ladder.change": set(),
    "community.community": {"population_estimate"},
}


@tagged("post_install", "-at_install")
class TestReports(CommunityWorkCase):
    def test_only_meaningful_figures_are_measures(self):
        for model, expected in MEASURES.items():
            with self.subTest(model=model):
                fields = self.env[model].fields_get(attributes=["type", "aggregator"])
                measures = {
                    name
                    for name, field in fields.items()
                    if field["type"] in ("integer", "float", "monetary")
                    and field.get("aggregator")
                    and name != "id"
                }
                self.assertEqual(measures, expected)

    def test_initiatives_graph_groups_by_method_before_stage(self):
        arch = self.env["community.initiative"].get_view(view_type="graph")["arch"]
        groupbys = [node.get("name") for node in etree.fromstring(arch).iter("field")]
        self.assertEqual(groupbys[:2], ["method_id", "stage_id"])

    def test_reporting_menu_opens_analyses_not_editable_lists(self):
        reporting = self.env.ref("community_work.community_work_menu_reporting")
        menus = self.env["ir.ui.menu"].search([("id", "child_of", reporting.id)])
        actions = [menu.action for menu in menus if menu.action]
        self.assertIn(self.env.ref("community_work.community_asset_action_report"), actions)
        self.assertEqual({action._name for action in actions}, {"ir.actions.act_window"})
        for action in actions:
            with self.subTest(action=action.name):
                self.assertIn(action.view_mode.split(",")[0], ("graph", "pivot"))

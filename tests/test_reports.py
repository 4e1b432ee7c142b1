from lxml import etree

from odoo.tests import tagged

from .common import CommunityWorkCase

# The figures managers may sum in pivots and graphs; colours, sequences and other
# technical integers are no measure.
MEASURES = {
    "community.initiative": {"task_count", "task_done_count"},
    "community.need": {"raised_count"},
    "community.need.raising": {"people_count"},
    "community.round.candidate": {"points", "share", "voter_count", "first_choice_count"},
    "community.ballot.analysis": {
        "points",
        "voter_count",
        "first_choice_count",
        "score",
        "ballots_cast",
    },
    "community.initiative.stage.analysis": {"days", "median_days"},
    "community.participation.analysis": {
        "meeting_count",
        "attendance_count",
        "new_count",
        "anonymous_count",
    },
    "community.ladder.analysis": {"reached_count", "net_count"},
    "community.asset": set(),
    "community.ladder.change": set(),
    "community.coalition": {
        "member_count",
        "community_count",
        "residents_reached",
        "pledge_count",
        "pledge_delivered_count",
        "contribution_count",
        "pledged_amount",
        "delivered_amount",
    },
    "community.coalition.member": {
        "pledge_count",
        "pledge_delivered_count",
        "contribution_count",
        "pledged_amount",
        "delivered_amount",
    },
    "community.coalition.pledge.analysis": {
        "pledged_quantity",
        "delivered_quantity",
        "pledged_amount",
        "delivered_amount",
    },
    "community.coalition.health.result": {"average", "spread", "lowest", "highest", "answer_count"},
    "community.power.assessment": {"influence", "stance_shift"},
}


@tagged("post_install", "-at_install")
class TestReports(CommunityWorkCase):
    def test_only_meaningful_figures_are_measures(self):
        for model, expected in MEASURES.items():
            fields = self.env[model].fields_get(attributes=["type", "aggregator"])
            summable = {
                name
                for name, field in fields.items()
                if field["type"] in ("integer", "float", "monetary")
                and field.get("aggregator")
                and name != "id"
            }
            for view_type in ("pivot", "graph"):
                with self.subTest(model=model, view=view_type):
                    # As the web client does: fields the view hides are no measures.
                    arch = etree.fromstring(self.env[model].get_view(view_type=view_type)["arch"])
                    hidden = {
                        node.get("name")
                        for node in arch.iter("field")
                        if node.get("invisible") in ("1", "True")
                    }
                    self.assertEqual(summable - hidden, expected)

    def test_initiatives_graph_groups_by_method_before_stage(self):
        arch = self.env["community.initiative"].get_view(view_type="graph")["arch"]
        groupbys = [node.get("name") for node in etree.fromstring(arch).iter("field")]
        self.assertEqual(groupbys[:2], ["method_id", "stage_id"])

    def test_reporting_menu_opens_analyses_or_read_only_lists(self):
        reporting = self.env.ref("community_work.community_work_menu_reporting")
        menus = self.env["ir.ui.menu"].search([("id", "child_of", reporting.id)])
        actions = [menu.action for menu in menus if menu.action]
        self.assertIn(self.env.ref("community_work.community_asset_action_report"), actions)
        self.assertEqual({action._name for action in actions}, {"ir.actions.act_window"})
        for action in actions:
            with self.subTest(action=action.name):
                first_view = action.view_mode.split(",")[0]
                if first_view == "list":
                    arch = self.env[action.res_model].get_view(view_type="list")["arch"]
                    list_node = etree.fromstring(arch)
                    self.assertEqual(list_node.get("edit"), "false")
                    self.assertEqual(list_node.get("create"), "false")
                else:
                    self.assertIn(first_view, ("graph", "pivot"))

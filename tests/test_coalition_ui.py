from odoo.tests import HttpCase, tagged

from .coalition_common import CoalitionCase


@tagged("post_install", "-at_install")
class TestCoalitionTours(HttpCase, CoalitionCase):
    def test_coordinator_records_a_pledge_its_delivery_and_a_health_round(self):
        self.coalition.name = "Tour Coalition"
        self.start_tour(
            "/odoo/action-community_work.community_coalition_action",
            "community_work_coalition_tour",
            login="cw_worker",
        )
        pledge = self.coalition.pledge_ids
        self.assertEqual(pledge.name, "Volunteers for the homework club")
        self.assertEqual(pledge.member_id, self.school_member)
        self.assertEqual((pledge.quantity, pledge.delivered_quantity), (20, 8))
        self.assertEqual(pledge.state, "partial")
        health_round = self.coalition.health_round_ids
        self.assertEqual(health_round.name, "Tour review")
        trust = self.factors[1]
        self.assertEqual(
            sorted(
                (score.partner_id.name, score.score)
                for score in health_round.score_ids.filtered(lambda s: s.factor_id == trust)
            ),
            [("Library", 3), ("School", 5), ("Youth Club", 1)],
        )

    def test_coordinator_moves_a_decision_maker_on_the_power_map(self):
        target = self.env["community.power.target"].create(
            {
                "partner_id": self.decision_maker.id,
                "coalition_id": self.coalition.id,
                "stance": "opponent",
                "influence": 4,
                "evidence": "Said youth work is not a priority",
            }
        )
        self.start_tour(
            f"/odoo/action-community_work.community_coalition_action/{self.coalition.id}",
            "community_work_power_map_tour",
            login="cw_worker",
        )
        self.assertEqual((target.stance, target.influence), ("ally", 4))
        latest, first = target.assessment_ids
        self.assertIn("budget hearing", latest.evidence)
        self.assertEqual((latest.stance_before, latest.user_id), ("opponent", self.coordinator))
        self.assertEqual(first.evidence, "Said youth work is not a priority")

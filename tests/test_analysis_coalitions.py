from odoo import Command
from odoo.tests import tagged

from .coalition_common import CoalitionCase


@tagged("post_install", "-at_install")
class TestCoalitionAnalysesFilters(CoalitionCase):
    """Pledged against delivered and health per round, per community, worker and method."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.pledge = cls._pledge(quantity=40)
        cls.env["community.coalition.contribution"].create(
            {"pledge_id": cls.pledge.id, "quantity": 15, "date": "2024-03-01"}
        )
        cls.initiative = cls._create_initiative(name="Youth forum")
        cls.coalition.initiative_ids = [Command.link(cls.initiative.id)]
        cls.Pledges = cls.env["community.coalition.pledge.analysis"]

    def _pledged_delivered(self, domain):
        [(pledged, delivered)] = self.Pledges._read_group(
            [("coalition_id", "=", self.coalition.id), *domain],
            [],
            ["pledged_quantity:sum", "delivered_quantity:sum"],
        )
        return pledged, delivered

    def test_pledged_and_delivered_filtered(self):
        self.assertEqual(self._pledged_delivered([]), (40, 15))
        self.assertEqual(self._pledged_delivered([("user_id", "=", self.coordinator.id)]), (40, 15))
        self.assertEqual(
            self._pledged_delivered([("community_ids", "child_of", self.city.id)]), (40, 15)
        )
        self.assertEqual(self._pledged_delivered([("method_id", "=", self.method.id)]), (40, 15))
        self.assertEqual(
            self._pledged_delivered([("method_id", "=", self.other_method.id)]), (0, 0)
        )
        self.assertEqual(self._pledged_delivered([("date", ">=", "2024-02-15")]), (0, 15))

    def test_health_per_round_filtered_per_coordinator(self):
        Results = self.env["community.coalition.health.result"]
        self.assertEqual(
            Results.search([("coalition_id", "=", self.coalition.id)]).user_id.ids,
            [],  # no health round yet
        )
        health_round = self.env["community.coalition.health.round"].create(
            {"coalition_id": self.coalition.id, "date": "2024-04-01"}
        )
        factor = self.factors[0]
        self.env["community.coalition.health.score"].create(
            [
                {
                    "round_id": health_round.id,
                    "member_id": member.id,
                    "factor_id": factor.id,
                    "score": score,
                }
                for member, score in ((self.club_member, 2), (self.school_member, 4))
            ]
        )
        [(average,)] = Results._read_group(
            [("user_id", "=", self.coordinator.id), ("method_id", "=", self.method.id)],
            [],
            ["average:avg"],
        )
        self.assertEqual(average, 3.0)

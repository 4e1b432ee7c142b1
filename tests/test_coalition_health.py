from psycopg2.errors import UniqueViolation

from odoo import Command
from odoo.exceptions import ValidationError
from odoo.tests import tagged
from odoo.tools import mute_logger

from .coalition_common import CoalitionCase


@tagged("post_install", "-at_install")
class TestCoalitionHealth(CoalitionCase):
    def _round(self, date, scores_by_member):
        """A round scored by each member, one score per factor in the factors' order."""
        return self.env["community.coalition.health.round"].create(
            {
                "coalition_id": self.coalition.id,
                "date": date,
                "score_ids": [
                    Command.create({"member_id": member.id, "factor_id": factor.id, "score": score})
                    for member, scores in scores_by_member
                    for factor, score in zip(self.factors, scores, strict=False)
                ],
            }
        )

    def test_the_grid_lists_the_members_of_the_day_and_the_factors(self):
        health_round = self.env["community.coalition.health.round"].create(
            {"coalition_id": self.coalition.id, "date": "2024-03-01"}
        )
        grid = health_round.score_grid
        self.assertEqual([m["name"] for m in grid["members"]], ["School", "Youth Club"])
        self.assertEqual(
            [m["representatives"] for m in grid["members"]], ["Tom Teacher", "Cleo Club"]
        )
        self.assertEqual([f["name"] for f in grid["factors"]], self.factors.mapped("name"))
        self.assertEqual(len(self.factors), 6)
        health_round.date = "2024-07-01"
        self.assertEqual(len(health_round.score_grid["members"]), 3)

    def test_average_and_spread_per_factor_and_round(self):
        first = self._round(
            "2024-03-01", [(self.club_member, [5, 1]), (self.school_member, [5, 5])]
        )
        second = self._round(
            "2024-09-01",
            [
                (self.club_member, [4, 3]),
                (self.school_member, [4, 3]),
                (self.library_member, [4, 4]),
            ],
        )
        self.assertEqual(first.answered_count, 2)
        self.assertAlmostEqual(first.average_score, 4)
        Result = self.env["community.coalition.health.result"]
        purpose, trust = self.factors[:2]
        results = {
            (result.round_id, result.factor_id): result
            for result in Result.search([("coalition_id", "=", self.coalition.id)])
        }
        self.assertEqual(len(results), 4)
        trust_first = results[first, trust]
        self.assertEqual((trust_first.average, trust_first.spread), (3, 2))
        self.assertEqual(
            (trust_first.lowest, trust_first.highest, trust_first.answer_count), (1, 5, 2)
        )
        self.assertEqual(results[first, purpose].spread, 0)
        self.assertEqual(results[second, trust].average, 3.3)  # 10 / 3, to one decimal
        summary = self.coalition.health_summary
        self.assertEqual([r["id"] for r in summary["rounds"]], [first.id, second.id])
        self.assertEqual(summary["cells"][f"{trust.id}-{first.id}"]["spread"], 2)
        self.assertEqual(summary["cells"][f"{trust.id}-{second.id}"]["spread"], 0.5)

    def test_a_score_outside_one_to_five_is_refused(self):
        for score in (0, 6, -2):
            with self.subTest(score=score), self.assertRefused(ValidationError, "from 1 to 5"):
                self._round("2024-03-01", [(self.club_member, [score])])
        self.assertFalse(self.coalition.health_round_ids)

    def test_only_members_of_the_coalition_score(self):
        other = self.env["community.coalition"].create({"name": "Other"})
        stranger = self.env["community.coalition.member"].create(
            {"coalition_id": other.id, "partner_id": self.school.id}
        )
        with self.assertRefused(ValidationError, "not a member"):
            self._round("2024-03-01", [(stranger, [3])])

    def test_a_member_scores_a_factor_once_per_round(self):
        health_round = self._round("2024-03-01", [(self.club_member, [3])])
        with mute_logger("odoo.sql_db"), self.assertRaises(UniqueViolation):
            health_round.score_ids = [
                Command.create(
                    {"member_id": self.club_member.id, "factor_id": self.factors[0].id, "score": 4}
                )
            ]

from odoo import Command, fields
from odoo.exceptions import AccessError
from odoo.tests import tagged, users

from .common_security import TwoCompaniesCase

# Each analysis with the grouping and measures its pivot opens on, and the queries
# that costs (the figures, then the names of the groups).
ANALYSES = {
    "community.initiative.stage.analysis": (
        ["method_id", "stage_id"],
        ["days", "median_days"],
        3,
    ),
    "community.participation.analysis": (
        ["date:month"],
        ["meeting_count", "attendance_count", "partner_id:count_distinct", "new_count"],
        4,
    ),
    "community.ladder.analysis": (["date:month", "level_id"], ["reached_count", "net_count"], 5),
    "community.ballot.analysis": (["community_id"], ["points", "ballots_cast"], 2),
    "community.coalition.pledge.analysis": (
        ["date:month"],
        ["pledged_amount", "delivered_amount"],
        4,
    ),
    "community.coalition.health.result": (["round_id"], ["average", "spread"], 5),
}


@tagged("post_install", "-at_install")
class TestAnalysesSecurity(TwoCompaniesCase):
    """Workers read the analyses of their companies only; outsiders none; the pivots
    cost the same few queries however many records there are."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.near_resident = cls.env["res.partner"].create(
            {"name": "Nora Near", "company_id": cls.company.id}
        )
        cls._records_in(cls.district, cls.near_resident, cls.worker)
        cls._records_in(cls.far_community, cls.far_resident, cls.far_worker)

    @classmethod
    def _records_in(cls, community, person, worker):
        """An initiative, a meeting held with a person, and a move of that person."""
        initiative = cls._create_initiative(
            name=f"Group of {community.name}", community_id=community.id, user_id=worker.id
        )
        initiative._demo_walk_stages([3, 2])
        cls.env["community.meeting"].create(
            {
                "name": "Residents' evening",
                "initiative_id": initiative.id,
                "user_id": worker.id,
                "start": fields.Datetime.now(),
                "attendance_ids": [Command.create({"partner_id": person.id})],
            }
        ).action_mark_held()
        person.community_level_id = cls.level_participant

    def _companies_seen(self, model):
        return {company for [company] in self.env[model]._read_group([], ["company_id"])}

    @users("cw_worker", "cw_far_worker")
    def test_workers_read_the_analyses_of_their_companies_only(self):
        # The ladder follows its contacts: shared contacts (no company) are everyone's.
        shared = self.env["res.company"]
        for model in ANALYSES:
            with self.subTest(model=model):
                seen = self._companies_seen(model)
                self.assertLessEqual(seen, set(self.env.user.company_ids) | {shared})
        for model in list(ANALYSES)[:2]:
            with self.subTest(model=model):
                self.assertEqual(self._companies_seen(model), {self.env.company})
        people = {
            person
            for [person] in self.env["community.ladder.analysis"]._read_group([], ["partner_id"])
        }
        mine, theirs = (
            (self.near_resident, self.far_resident)
            if self.env.user == self.worker
            else (self.far_resident, self.near_resident)
        )
        self.assertIn(mine, people)
        self.assertNotIn(theirs, people)

    @users("cw_worker")
    def test_another_company_in_the_domain_reveals_nothing(self):
        for model in list(ANALYSES)[:3]:
            with self.subTest(model=model):
                self.assertFalse(
                    self.env[model].read_group(
                        [("company_id", "=", self.other_company.id)], ["__count"], [], lazy=False
                    )[0]["__count"]
                )

    @users("cw_outsider")
    def test_outsiders_read_no_analysis(self):
        for model in ANALYSES:
            with self.subTest(model=model), self.assertRaises(AccessError):
                self.env[model].read_group([], ["__count"], [], lazy=False)

    @users("cw_worker")
    def test_pivots_cost_a_fixed_number_of_queries(self):
        for more in (False, True):
            if more:
                self._records_in(
                    self.district, self.env["res.partner"].create({"name": "Ned"}), self.worker
                )
            for model, (groupby, measures, queries) in ANALYSES.items():
                Analysis = self.env[model]
                aggregates = [
                    measure
                    if ":" in measure
                    else f"{measure}:{Analysis._fields[measure].aggregator}"
                    for measure in measures
                ]
                Analysis.read_group([], aggregates, groupby, lazy=False)  # warm the caches
                with self.subTest(model=model, more=more), self.assertQueryCount(cw_worker=queries):
                    self.env.invalidate_all()
                    Analysis.read_group([], aggregates, groupby, lazy=False)

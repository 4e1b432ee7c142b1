import json
import re

from odoo import fields
from odoo.tests import HttpCase, tagged, users
from odoo.tools import file_open

from .common import CommunityWorkCase

PERIOD_FILTER = "7c1f0c3e-5a1e-4d0b-9a57-2f1d3c0b6a01"


@tagged("post_install", "-at_install")
class TestDashboard(CommunityWorkCase):
    """The managers' dashboard in Odoo's Dashboards app, shipped as data."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.dashboard = cls.env.ref("community_work.spreadsheet_dashboard_community_work")
        cls.data = json.loads(cls.dashboard.spreadsheet_data)

    def _check_path(self, model, path):
        """Each step of a field path exists; returns the last field."""
        Model = self.env[model]
        for name in path.split("."):
            name = name.split(":")[0]
            self.assertIn(name, Model._fields, f"{model}: no field {path}")
            field = Model._fields[name]
            if field.relational:
                Model = self.env[field.comodel_name]
        return field

    def _check_domain(self, model, domain):
        for leaf in domain:
            if isinstance(leaf, list):
                self._check_path(model, leaf[0])

    def _sources(self):
        """(model, measure, aggregator, groupbys, domain, field matching) of every
        pivot and chart of the live dashboard."""
        for pivot in self.data["pivots"].values():
            for measure in pivot["measures"]:
                yield (
                    pivot["model"],
                    measure["fieldName"],
                    measure.get("aggregator"),
                    [row["fieldName"] for row in pivot["rows"] + pivot["columns"]],
                    pivot["domain"],
                    pivot["fieldMatching"],
                )
        for sheet in self.data["sheets"]:
            for figure in sheet["figures"]:
                chart = figure["data"]
                if chart["type"].startswith("odoo_"):
                    meta = chart["metaData"]
                    yield (
                        meta["resModel"],
                        meta["measure"],
                        None,
                        meta["groupBy"],
                        chart["searchParams"]["domain"],
                        chart["fieldMatching"],
                    )

    def test_dashboard_is_shipped_for_managers_only(self):
        self.assertEqual(
            self.dashboard.group_ids, self.env.ref("community_work.group_community_manager")
        )
        self.assertTrue(self.dashboard.is_published)
        self.assertEqual(self.dashboard.dashboard_group_id.name, "Community Work")
        self.assertTrue(self.dashboard.with_user(self.manager).get_readonly_dashboard()["snapshot"])
        Dashboard = self.env["spreadsheet.dashboard"]
        self.assertIn(self.dashboard, Dashboard.with_user(self.manager).search([]))
        for user in (self.worker, self.outsider):
            with self.subTest(user=user.name):
                self.assertNotIn(self.dashboard, Dashboard.with_user(user).search([]))

    def test_every_model_and_field_exists(self):
        sources = list(self._sources())
        self.assertGreaterEqual(len(sources), 10)
        filters = {f["id"]: f for f in self.data["globalFilters"]}
        for model, measure, __, groupbys, domain, matching in sources:
            with self.subTest(model=model, measure=measure):
                self.assertIn(model, self.env)
                if measure != "__count":
                    self._check_path(model, measure)
                for groupby in groupbys:
                    self._check_path(model, groupby)
                self._check_domain(model, domain)
                # Every figure follows the community and worker filters.
                self.assertLessEqual(set(filters) - set(matching), {PERIOD_FILTER})
                for filter_id, match in matching.items():
                    field = self._check_path(model, match["chain"])
                    if filters[filter_id]["type"] == "relation":
                        self.assertEqual(field.comodel_name, filters[filter_id]["modelName"])
        for data_filter in filters.values():
            if data_filter["type"] == "relation":
                self.assertIn(data_filter["modelName"], self.env)

    @users("cw_manager")
    def test_every_figure_and_chart_loads_for_a_manager(self):
        for model, measure, aggregator, groupbys, domain, __ in self._sources():
            with self.subTest(model=model, measure=measure):
                Model = self.env[model]
                spec = measure
                if measure != "__count":
                    field = Model._fields[measure]
                    spec += f":{aggregator or field.aggregator or 'count_distinct'}"
                Model.read_group(domain, [spec], groupbys, lazy=False)

    def test_key_figures_read_what_the_records_say(self):
        cells = self.data["sheets"][1]["cells"]
        titles = {cells[f"A{row}"]["content"]: cells[f"B{row}"]["content"] for row in range(2, 9)}
        self.assertEqual(
            set(titles),
            {
                '=_t("Active Initiatives")',
                '=_t("Overdue Reviews")',
                '=_t("Meetings Held")',
                '=_t("People Taking Part")',
                '=_t("New People")',
                '=_t("New Activists")',
                '=_t("Pledges Delivered")',
            },
        )
        pivot = self.data["pivots"]["1"]
        self.assertEqual(
            self.env[pivot["model"]].search_count(pivot["domain"]),
            self.env["community.initiative"].search_count([]),
        )
        overdue = self.data["pivots"]["2"]
        self.assertEqual(overdue["domain"], [["is_review_overdue", "=", True]])
        Initiative = self.env["community.initiative"]
        overdue_count = Initiative.search_count(
            [("review_date_next", "<", fields.Date.context_today(Initiative))]
        )
        self.assertTrue(overdue_count, "the demo has an overdue review")
        self.assertEqual(self.env[overdue["model"]].search_count(overdue["domain"]), overdue_count)
        self.assertEqual(self.data["globalFilters"][0]["defaultValue"], "this_quarter")

    def test_key_figures_of_the_period_follow_the_period_filter(self):
        period_pivots = {
            pivot_id
            for pivot_id, pivot in self.data["pivots"].items()
            if PERIOD_FILTER in pivot["fieldMatching"]
        }
        cells = self.data["sheets"][1]["cells"]
        period_bound = {
            cells[f"A{row}"]["content"]
            for row in range(2, 8)
            if re.match(r"=PIVOT\.VALUE\((\d+),", cells[f"B{row}"]["content"]).group(1)
            in period_pivots
        }
        self.assertEqual(
            period_bound,
            {
                '=_t("Meetings Held")',
                '=_t("People Taking Part")',
                '=_t("New People")',
                '=_t("New Activists")',
            },
        )

    def test_sample_is_valid_and_used_only_on_an_empty_database(self):
        with file_open(self.dashboard.sample_dashboard_file_path) as sample_file:
            sample = json.load(sample_file)
        self.assertEqual(
            len(sample["sheets"][0]["figures"]), len(self.data["sheets"][0]["figures"])
        )
        self.assertFalse(sample["pivots"])
        self.assertFalse(self.dashboard._dashboard_is_empty())


@tagged("post_install", "-at_install")
class TestDashboardTour(HttpCase, CommunityWorkCase):
    def test_manager_opens_the_dashboard(self):
        self.start_tour(
            "/odoo/action-spreadsheet_dashboard.ir_actions_dashboard_action",
            "community_work_dashboard_tour",
            login="cw_manager",
        )

from odoo.tests import tagged

from .common import CommunityWorkCase


@tagged("post_install", "-at_install")
class TestTimeInStageAnalysis(CommunityWorkCase):
    """Days per stage read from the stage changes, as the statusbar reads them."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Analysis = cls.env["community.initiative.stage.analysis"]
        # Listen: 10, 20 and 60 days, all over; Organise: 4, 6 and 1 days so far.
        cls.first, cls.second, cls.third = (
            cls._create_initiative(name=name) for name in ("First", "Second", "Third")
        )
        cls.first._demo_walk_stages([10, 4])
        cls.second._demo_walk_stages([20, 6])
        cls.third._demo_walk_stages([60, 1])
        cls.third.user_id = cls.other_worker
        cls.elsewhere = cls._create_initiative(name="Elsewhere", method_id=cls.other_method.id)
        cls.elsewhere._demo_walk_stages([3])
        cls.scope = [
            ("initiative_id", "in", (cls.first | cls.second | cls.third | cls.elsewhere).ids)
        ]

    def _per_stage(self, domain=()):
        groups = self.Analysis._read_group(
            self.scope + list(domain),
            ["stage_id"],
            ["__count", "days:avg", "median_days:median"],
        )
        return {stage: (count, avg, median) for stage, count, avg, median in groups}

    def test_average_and_median_days_per_stage(self):
        figures = self._per_stage([("method_id", "=", self.method.id)])
        self.assertEqual(set(figures), {self.stage_listen, self.stage_organise})
        self.assertEqual(figures[self.stage_listen], (3, 30.0, 20.0))
        count, average, median = figures[self.stage_organise]
        self.assertEqual(count, 3)
        # The current stays count up to now: a few hours more than whole days.
        self.assertAlmostEqual(average, (4 + 6 + 1) / 3, delta=1)
        self.assertAlmostEqual(median, 4, delta=1)

    def test_current_stage_counts_each_initiative_once(self):
        current = self._per_stage([("is_current", "=", True)])
        self.assertEqual(current[self.stage_organise][0], 3)
        self.assertEqual(current[self.other_method.stage_ids[0]][0], 1)
        self.assertNotIn(self.stage_listen, current)

    def test_filtered_per_worker_community_and_period(self):
        mine = self._per_stage(
            [("user_id", "=", self.worker.id), ("stage_id", "=", self.stage_listen.id)]
        )
        self.assertEqual(mine[self.stage_listen], (2, 15.0, 15.0))
        self.assertEqual(
            self.Analysis.search_count(self.scope + [("community_id", "child_of", self.city.id)]), 7
        )
        entered = self.Analysis.search(self.scope + [("stage_id", "=", self.stage_listen.id)])
        oldest = min(entered.mapped("date_entered"))
        self.assertEqual(
            self.Analysis.search(self.scope + [("date_entered", "<=", oldest)]).initiative_id,
            self.third,
        )

    def test_a_closed_initiative_stops_counting_at_its_close_date(self):
        closed = self._create_initiative(name="Done")
        closed._demo_walk_stages([5, 8], closed_days_ago=30)
        line = self.Analysis.search(
            [("initiative_id", "=", closed.id), ("stage_id", "=", self.stage_organise.id)]
        )
        self.assertTrue(line.is_closed)
        # Counted to midnight of the close date; it entered at 9:30 eight days before.
        self.assertAlmostEqual(line.days, 8, delta=0.5)

    def test_moving_back_adds_up_the_stays(self):
        self.first.stage_id = self.stage_listen
        # Tracking is disabled in these tests: record the move as the statusbar would.
        self.first._message_log(
            tracking_value_ids=[
                (
                    0,
                    0,
                    self.env["mail.tracking.value"]._create_tracking_values(
                        self.stage_organise,
                        self.stage_listen,
                        "stage_id",
                        {"type": "many2one"},
                        self.first,
                    )
                    | {
                        "field_id": self.env["ir.model.fields"]
                        ._get(self.first._name, "stage_id")
                        .id
                    },
                )
            ]
        )
        lines = self.Analysis.search([("initiative_id", "=", self.first.id)])
        self.assertEqual(len(lines), 2)
        listen = lines.filtered(lambda line: line.stage_id == self.stage_listen)
        self.assertTrue(listen.is_current)
        self.assertAlmostEqual(listen.days, 10, delta=0.5)

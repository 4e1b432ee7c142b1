from odoo.tests import tagged

from .round_common import RoundCase


@tagged("post_install", "-at_install")
class TestPrioritiesAnalysis(RoundCase):
    """Rounds held, ballots cast and the issues chosen, per community."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Analysis = cls.env["community.ballot.analysis"]
        cls.initiative = cls._create_initiative(name="Estate residents")
        cls.first = cls._round(initiative_id=cls.initiative.id)
        for voter in cls.voters[:4]:
            cls._ballot(cls.first, voter, {cls.need_lifts: 2, cls.need_damp: 1})
        # A flip chart of six unnamed people's dots, entered as one line.
        cls._ballot(cls.first, False, {cls.need_bins: 6}, ballot_count=6)
        cls.first.action_close()
        cls.second = cls._round()
        cls._ballot(cls.second, cls.voters[5], {cls.need_damp: 3})
        cls.scope = [("community_id", "=", cls.district.id)]

    def test_rounds_ballots_and_points_per_community(self):
        [(rounds, ballots, points)] = self.Analysis._read_group(
            self.scope, [], ["round_id:count_distinct", "ballots_cast:sum", "points:sum"]
        )
        self.assertEqual((rounds, ballots), (2, 11))
        self.assertEqual(ballots, self.first.ballots_cast + self.second.ballots_cast)
        self.assertEqual(points, 4 * 3 + 6 + 3)

    def test_which_issues_were_chosen(self):
        chosen = dict(
            self.Analysis._read_group(
                self.scope + [("round_state", "=", "closed")], ["need_id"], ["points:sum"]
            )
        )
        self.assertEqual(chosen, {self.need_lifts: 8, self.need_damp: 4, self.need_bins: 6})

    def test_filtered_per_method_worker_and_period(self):
        self.assertEqual(
            self.Analysis.search(self.scope + [("method_id", "=", self.method.id)]).round_id,
            self.first,
        )
        self.assertEqual(
            self.Analysis.search(self.scope + [("user_id", "=", self.env.uid)]).round_id,
            self.first | self.second,
        )
        self.assertFalse(
            self.Analysis.search(self.scope + [("user_id", "=", self.other_worker.id)])
        )
        closes = self.first.date_close
        self.assertEqual(
            self.Analysis.search(self.scope + [("date_close", "<=", closes)]).round_id,
            self.first | self.second if self.second.date_close <= closes else self.first,
        )

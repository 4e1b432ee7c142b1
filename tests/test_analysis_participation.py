from odoo.tests import tagged

from .participation_common import ParticipationCase


@tagged("post_install", "-at_install")
class TestParticipationAnalysis(ParticipationCase):
    """Meetings held, attendances, different and new people per month."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Analysis = cls.env["community.participation.analysis"]
        first = cls._meeting(days_ago=70, people=cls.ada | cls.ben | cls.cleo)
        second = cls._meeting(days_ago=40, people=cls.ada | cls.dev, anonymous_count=5)
        third = cls._meeting(days_ago=10, people=cls.ada | cls.ben | cls.eli)
        (first | second | third).action_mark_held()
        cls.meetings = first | second | third
        cls._meeting(days_ago=-3, people=cls.fay, status="invited")  # planned: not counted
        cls.scope = [("community_id", "=", cls.district.id)]

    def _totals(self, domain=()):
        [totals] = self.Analysis._read_group(
            self.scope + list(domain),
            [],
            [
                "meeting_count:sum",
                "attendance_count:sum",
                "partner_id:count_distinct",
                "new_count:sum",
                "anonymous_count:sum",
            ],
        )
        return totals

    def test_figures_of_the_meetings_held(self):
        self.assertEqual(self._totals(), (3, 8, 5, 5, 5))

    def test_per_month_adds_up_to_the_totals(self):
        months = self.Analysis._read_group(
            self.scope, ["date:month"], ["meeting_count:sum", "new_count:sum"]
        )
        expected = {}
        for meeting in self.meetings:
            month = meeting.start.date().replace(day=1)
            newcomers = len(meeting.attendance_ids.filtered("is_first_time"))
            held, new = expected.get(month, (0, 0))
            expected[month] = (held + 1, new + newcomers)
        self.assertEqual({month.date(): (held, new) for month, held, new in months}, expected)

    def test_filtered_per_method_worker_and_period(self):
        self.assertEqual(self._totals([("method_id", "=", self.method.id)])[0], 3)
        self.assertEqual(self._totals([("method_id", "=", self.other_method.id)])[0], 0)
        self.assertEqual(self._totals([("user_id", "=", self.other_worker.id)])[0], 0)
        recent = self.meetings.sorted("start")[1].start
        self.assertEqual(self._totals([("date", ">=", recent)])[:3], (2, 5, 4))

from odoo import models
from odoo.tests import TransactionCase, tagged

from .erasure_common import ErasureCase

BREADTH = ["meeting_count", "participant_recent_count", "newcomer_recent_count",
           "top_participant_share", "is_participation_narrow"]  # fmt: skip
# Every analysis the addon draws from people's lines: (model, group by, aggregates).
ANALYSES = [
    ("community.attendance", ["community_id", "initiative_id", "kind_id", "status", "date:month"],
     ["__count"]),
    ("community.attendance.tally", ["partner_id", "role_id"], ["__count"]),
    ("community.ladder.change", ["level_from_id", "level_to_id", "direction"], ["__count"]),
    ("community.membership", ["community_id", "level_id"], ["__count"]),
    ("community.ballot.analysis",
     ["round_id", "candidate_id", "level_id", "role_id", "area_id", "is_named", "origin"],
     ["points:sum", "voter_count:sum", "first_choice_count:sum"]),
    ("community.need.raising", ["need_id", "channel"], ["__count", "people_count:sum"]),
    ("community.coalition.pledge.analysis", ["coalition_id", "line_type"], ["__count"]),
    ("community.power.assessment", ["coalition_id", "initiative_id", "stance"], ["__count"]),
    ("res.partner", ["community_level_id"], ["__count"]),
]  # fmt: skip


def plain(value):
    return value.ids if isinstance(value, models.BaseModel) else value


def analysis_figures(env):
    """Every figure and analysis the addon shows, as plain values."""
    env = env(context={"active_test": False})
    env.invalidate_all()
    figures = {
        model: sorted(
            tuple(plain(value) for value in row)
            for row in env[model]._read_group([], groupby, aggregates)
        )
        for model, groupby, aggregates in ANALYSES
    }
    for model in ("community.initiative", "community.community"):
        figures[model] = env[model].search_read([], BREADTH, order="id")
    figures["needs"] = env["community.need"].search_read([], ["raised_count"], order="id")
    figures["rounds"] = env["community.round.candidate"].search_read(
        [], ["points", "share", "voter_count", "first_choice_count"], order="id"
    )
    figures["people"] = env["res.partner"].search_read(
        [("community_meeting_count", ">", 0)],
        [
            "community_meeting_count",
            "community_meeting_recent_count",
            "community_first_attendance_date",
            "community_last_attendance_date",
            "community_initiative_attended_count",
        ],  # fmt: skip
        order="id",
    )
    return figures


@tagged("post_install", "-at_install")
class TestErasureKeepsDemoFigures(TransactionCase):
    """Erasing the demo's most active residents changes no count, breadth or analysis,
    even after everything is recounted from scratch."""

    def test_most_active_residents_erased(self):
        Attendance = self.env["community.attendance"]
        voters = self.env["community.ballot"].search([("partner_id", "!=", False)]).partner_id
        busiest = [
            partner
            for partner, _count in Attendance._read_group(
                [("partner_id", "in", voters.ids)], ["partner_id"], ["__count"],
                order="__count desc",
            )
            if not partner.is_company and not partner.user_ids
        ][:3]  # fmt: skip
        self.assertEqual(len(busiest), 3, "the demo has active residents who voted")
        people = self.env["res.partner"].union(*busiest)
        before = analysis_figures(self.env)

        manager = self.env.ref("base.user_admin")
        people.with_user(manager)._community_erase()
        self.env["res.partner"]._update_participation_figures()
        self.env["community.attendance"]._cron_refresh_participation()

        self.assertEqual(analysis_figures(self.env), before)
        self.assertFalse(people.filtered("active"))
        self.assertTrue(all(p.name.startswith("Erased person #") for p in people))


@tagged("post_install", "-at_install")
class TestErasureKeepsFigures(ErasureCase):
    def test_recount_after_erasure(self):
        before = analysis_figures(self.env)
        self._erase(self.person)
        self.env["res.partner"]._update_participation_figures()
        self.assertEqual(analysis_figures(self.env), before)

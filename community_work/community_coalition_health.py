from odoo import fields, models

from .window_action import window_action


class CommunityCoalition(models.Model):
    """How healthy the partnership is, round after round."""

    _inherit = "community.coalition"

    health_round_ids = fields.One2many(
        "community.coalition.health.round", "coalition_id", string="Health Rounds"
    )
    health_round_count = fields.Integer(compute="_compute_health_round_count")
    health_summary = fields.Json(
        compute="_compute_health_summary",
        help="Per factor and round: the members' average score and how far apart they are.",
    )

    def _compute_health_round_count(self):
        counts = dict(
            self.env["community.coalition.health.round"]._read_group(
                [("coalition_id", "in", self.ids)], ["coalition_id"], ["__count"]
            )
        )
        for coalition in self:
            coalition.health_round_count = counts.get(coalition, 0)

    def _compute_health_summary(self):
        results = self.env["community.coalition.health.result"].search_fetch(
            [("coalition_id", "in", self.ids)],
            ["coalition_id", "round_id", "factor_id", "average", "spread", "lowest", "highest"],
            order="date, round_id, factor_sequence, factor_id",
        )
        for coalition in self:
            coalition_results = results.filtered(lambda r, c=coalition: r.coalition_id == c)
            rounds = coalition_results.round_id
            factors = coalition_results.factor_id.sorted(lambda f: (f.sequence, f.id))
            coalition.health_summary = {
                "rounds": [{"id": r.id, "name": r.display_name} for r in rounds],
                "factors": [{"id": f.id, "name": f.name} for f in factors],
                "cells": {
                    f"{result.factor_id.id}-{result.round_id.id}": {
                        "average": round(result.average, 1),
                        "spread": round(result.spread, 1),
                        "lowest": result.lowest,
                        "highest": result.highest,
                    }
                    for result in coalition_results
                },
            }

    def action_view_health_rounds(self):
        self.ensure_one()
        return window_action(
            self.env,
            "community_work.community_coalition_health_round_action",
            [("coalition_id", "=", self.id)],
            {"default_coalition_id": self.id},
        )

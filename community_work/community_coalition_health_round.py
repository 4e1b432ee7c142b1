from odoo import api, fields, models
from odoo.tools import format_date


class CommunityCoalitionHealthRound(models.Model):
    """One round of the partnership self-assessment: each member's representative scores
    every health factor from 1 to 5; the worker enters the scores on one screen."""

    _name = "community.coalition.health.round"
    _description = "Partnership Health Round"
    _inherit = ["community.coalition.line.mixin", "community.name.mixin"]
    _order = "date desc, id desc"

    name = fields.Char(string="Title", help="e.g. Spring review, after the first year.")
    date = fields.Date(required=True, default=fields.Date.context_today, index=True)
    note = fields.Text(string="Notes", help="What the members said when the scores were shared.")
    score_ids = fields.One2many("community.coalition.health.score", "round_id", string="Scores")
    answered_count = fields.Integer(
        string="Members Who Answered", compute="_compute_score_figures", store=True
    )
    average_score = fields.Float(
        string="Average Score",
        compute="_compute_score_figures",
        store=True,
        digits=(16, 1),
        aggregator="avg",
    )
    score_grid = fields.Json(
        compute="_compute_score_grid",
        help="The members (rows) and factors (columns) of the score grid.",
    )

    @api.depends("name", "date")
    def _compute_display_name(self):
        for health_round in self:
            date = format_date(self.env, health_round.date) if health_round.date else ""
            health_round.display_name = (
                f"{health_round.name} ({date})" if health_round.name else date
            )

    @api.depends("score_ids.score", "score_ids.member_id")
    def _compute_score_figures(self):
        for health_round in self:
            scores = health_round.score_ids.mapped("score")
            health_round.answered_count = len(health_round.score_ids.member_id)
            health_round.average_score = sum(scores) / len(scores) if scores else 0

    @api.depends("coalition_id", "date", "score_ids.member_id", "score_ids.factor_id")
    def _compute_score_grid(self):
        factors = self.env["community.coalition.health.factor"].search([])
        for health_round in self:
            # In a form, the coalition's members are new records: count each one once.
            members = (
                health_round._members_on_date()._origin | health_round.score_ids.member_id._origin
            )
            round_factors = factors | health_round.score_ids.factor_id._origin
            health_round.score_grid = {
                "members": [
                    {
                        "id": member.id,
                        "name": member.partner_id.display_name,
                        "representatives": ", ".join(member.representative_ids.mapped("name")),
                    }
                    for member in members.sorted(lambda m: m.partner_id.display_name or "")
                ],
                "factors": [
                    {"id": factor.id, "name": factor.name, "question": factor.question or ""}
                    for factor in round_factors.sorted(lambda f: (f.sequence, f.id))
                ],
            }

    def _add_scores(self, rows):
        """Score the round from `rows` of (member id, scores in the factors' order),
        leaving the scores it already has as they are (loading data twice adds nothing)."""
        self.ensure_one()
        factors = self.env["community.coalition.health.factor"].search([])
        scored = {(score.member_id.id, score.factor_id.id) for score in self.score_ids}
        self.env["community.coalition.health.score"].create(
            [
                {
                    "round_id": self.id,
                    "member_id": member_id,
                    "factor_id": factor.id,
                    "score": score,
                }
                for member_id, scores in rows
                for factor, score in zip(factors, scores, strict=False)
                if (member_id, factor.id) not in scored
            ]
        )

    def _members_on_date(self):
        """The organisations that belonged to the coalition on the round's date."""
        self.ensure_one()
        date = self.date or fields.Date.context_today(self)
        return self.coalition_id.member_ids.filtered(
            lambda member: (
                member.date_joined <= date and (not member.date_left or member.date_left > date)
            )
        )

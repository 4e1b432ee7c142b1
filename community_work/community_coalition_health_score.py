from odoo import api, fields, models
from odoo.exceptions import ValidationError

LOWEST_SCORE, HIGHEST_SCORE = 1, 5


class CommunityCoalitionHealthScore(models.Model):
    """The score one member gave one health factor in one round."""

    _name = "community.coalition.health.score"
    _description = "Partnership Health Score"
    _order = "round_id, member_id, factor_id"
    _check_company_auto = True

    round_id = fields.Many2one(
        "community.coalition.health.round", required=True, index=True, ondelete="cascade"
    )
    member_id = fields.Many2one(
        "community.coalition.member",
        string="Member",
        required=True,
        index=True,
        ondelete="cascade",
        check_company=True,
    )
    factor_id = fields.Many2one(
        "community.coalition.health.factor", required=True, index=True, ondelete="restrict"
    )
    score = fields.Integer(required=True, aggregator="avg")
    # Stored copies, so that scores are compared over time and between coalitions.
    coalition_id = fields.Many2one(related="round_id.coalition_id", store=True, index=True)
    date = fields.Date(related="round_id.date", store=True)
    partner_id = fields.Many2one(related="member_id.partner_id", string="Organisation")
    company_id = fields.Many2one(related="round_id.company_id", store=True, index=True)

    _sql_constraints = [
        (
            "round_member_factor_uniq",
            "unique (round_id, member_id, factor_id)",
            "A member scores each factor once per round.",
        ),
    ]

    @api.constrains("score", "round_id")
    def _check_score(self):
        for line in self:
            if not LOWEST_SCORE <= line.score <= HIGHEST_SCORE:
                raise ValidationError(
                    self.env._(
                        "Scores go from %(lowest)s to %(highest)s: %(score)s given by "
                        "“%(partner)s” for “%(factor)s” is outside.",
                        lowest=LOWEST_SCORE,
                        highest=HIGHEST_SCORE,
                        score=line.score,
                        partner=line.member_id.partner_id.display_name,
                        factor=line.factor_id.name,
                    )
                )

    @api.constrains("member_id", "round_id")
    def _check_member_coalition(self):
        for line in self:
            if line.member_id.coalition_id != line.round_id.coalition_id:
                raise ValidationError(
                    self.env._(
                        "“%(partner)s” is not a member of “%(coalition)s” and cannot score its "
                        "partnership.",
                        partner=line.member_id.partner_id.display_name,
                        coalition=line.round_id.coalition_id.name,
                    )
                )

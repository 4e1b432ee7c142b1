from odoo import fields, models


class CommunityReviewIndicator(models.Model):
    """An indicator as the review scored it: a copy, kept when the initiative's own
    indicators change later."""

    _name = "community.review.indicator"
    _inherit = "community.review.line.mixin"
    _description = "Review Indicator Score"
    _order = "review_id, sequence, id"

    sequence = fields.Integer(default=10)
    name = fields.Char(string="Indicator", required=True)
    description = fields.Text()
    score = fields.Selection(
        [("not_yet", "Not Yet"), ("partly", "Partly"), ("met", "Met")],
        required=True,
        default="not_yet",
    )
    evidence = fields.Text(help="What shows it: a fact, an observation, a figure.")
    stage_id = fields.Many2one(related="review_id.stage_id", store=True, index=True)

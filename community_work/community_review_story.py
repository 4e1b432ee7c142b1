from odoo import fields, models


class CommunityReviewStory(models.Model):
    """A story of change told at a review: who, what changed, why it matters."""

    _name = "community.review.story"
    _inherit = "community.review.line.mixin"
    _description = "Story of Change"
    _order = "date desc, id desc"
    _check_company_auto = True

    partner_id = fields.Many2one(
        "res.partner", string="Who", index="btree_not_null", check_company=True
    )
    name = fields.Text(string="What Changed", required=True)
    significance = fields.Text(string="Why It Matters")

from odoo import fields, models


class CommunityReviewAchievement(models.Model):
    """Something the group achieved, to celebrate."""

    _name = "community.review.achievement"
    _inherit = "community.review.line.mixin"
    _description = "Achievement"
    _order = "date desc, id desc"

    name = fields.Char(string="Achievement", required=True)
    description = fields.Text()

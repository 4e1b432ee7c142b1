from odoo import fields, models


class CommunityCommunity(models.Model):
    """What the reviews of a community's initiatives recorded: stories and achievements."""

    _name = "community.community"
    _inherit = "community.community"

    review_ids = fields.One2many("community.review", "community_id", string="Reviews")
    story_ids = fields.One2many(
        "community.review.story",
        "community_id",
        string="Stories of Change",
        domain=[("review_id.state", "=", "done")],
    )
    achievement_ids = fields.One2many(
        "community.review.achievement",
        "community_id",
        string="Achievements",
        domain=[("review_id.state", "=", "done")],
    )

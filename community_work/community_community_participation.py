from odoo import fields, models


class CommunityCommunity(models.Model):
    """The meetings held in a community, and how widely people take part in them."""

    _name = "community.community"
    _inherit = ["community.community", "community.participation.breadth.mixin"]
    _participation_field = "community_id"

    meeting_ids = fields.One2many("community.meeting", "community_id", string="Meetings")

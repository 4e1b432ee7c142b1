from odoo import fields, models


class CommunityInitiative(models.Model):
    """The meetings of an initiative, and how widely people take part in them."""

    _name = "community.initiative"
    _inherit = ["community.initiative", "community.participation.breadth.mixin"]
    _participation_field = "initiative_id"

    meeting_ids = fields.One2many("community.meeting", "initiative_id", string="Meetings")

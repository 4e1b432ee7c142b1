from odoo import fields, models

PRIORITIES = [("0", "Low"), ("1", "Medium"), ("2", "High"), ("3", "Urgent")]


class CommunityProfileLineMixin(models.AbstractModel):
    """A categorised, prioritised line of a community's profile (a need, an asset)."""

    _name = "community.profile.line.mixin"
    _inherit = ["community.line.mixin", "community.name.mixin"]
    _description = "Community Profile Line"
    _order = "priority desc, sequence, id"

    name = fields.Char(required=True)
    sequence = fields.Integer(default=10)
    priority = fields.Selection(PRIORITIES, default="1", required=True)
    description = fields.Text()

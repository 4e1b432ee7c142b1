from odoo import fields, models


class CommunityCoalitionRole(models.Model):
    """The part an organisation plays in a coalition: lead, core member, funder..."""

    _name = "community.coalition.role"
    _description = "Coalition Role"
    _inherit = "community.name.mixin"
    _order = "sequence, id"

    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)
    description = fields.Text(translate=True)
    active = fields.Boolean(default=True)

    _sql_constraints = [
        ("name_uniq", "unique (name)", "A coalition role with this name already exists."),
    ]

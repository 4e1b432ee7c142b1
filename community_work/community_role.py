from odoo import fields, models


class CommunityRole(models.Model):
    _name = "community.role"
    _inherit = "community.name.mixin"
    _description = "Community Role"
    _order = "sequence, id"

    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)
    description = fields.Text(translate=True)
    is_organisation_role = fields.Boolean(
        string="For Organisations",
        help="Played by organisations rather than by individual people.",
    )
    active = fields.Boolean(default=True)

    _sql_constraints = [
        ("name_uniq", "unique (name)", "A community role with this name already exists."),
    ]

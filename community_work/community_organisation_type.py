from odoo import fields, models


class CommunityOrganisationType(models.Model):
    _name = "community.organisation.type"
    _inherit = "community.name.mixin"
    _description = "Organisation Type"
    _order = "sequence, id"

    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)

    _sql_constraints = [
        ("name_uniq", "unique (name)", "An organisation type with this name already exists."),
    ]

from odoo import fields, models


class CommunityCoalitionHealthFactor(models.Model):
    """A factor of partnership health that each member scores from 1 to 5."""

    _name = "community.coalition.health.factor"
    _description = "Partnership Health Factor"
    _inherit = "community.name.mixin"
    _order = "sequence, id"

    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)
    question = fields.Text(
        translate=True, help="The statement the member's representative scores from 1 to 5."
    )
    active = fields.Boolean(default=True)

    _sql_constraints = [
        ("name_uniq", "unique (name)", "A health factor with this name already exists."),
    ]

from odoo import api, fields, models
from odoo.exceptions import ValidationError


class CommunityWeightedMixin(models.AbstractModel):
    """Shared shape of the kinds of meeting and the roles at meetings: configurable,
    ordered, described, and each with a weight the participation ladder counts."""

    _name = "community.weighted.mixin"
    _inherit = "community.name.mixin"
    _description = "Weighted Participation Setting"
    _order = "sequence, id"

    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)
    description = fields.Text(translate=True)
    weight = fields.Float(default=1.0, digits=(4, 2), aggregator=False)
    color = fields.Integer(string="Colour", aggregator=False)
    active = fields.Boolean(default=True)

    @api.constrains("weight")
    def _check_weight(self):
        for record in self:
            if record.weight < 0:
                raise ValidationError(
                    self.env._("The weight of “%(name)s” cannot be negative.", name=record.name)
                )

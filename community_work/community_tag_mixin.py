from random import randint

from odoo import fields, models


class CommunityTagMixin(models.AbstractModel):
    """Shared shape of the addon's simple tag models: a unique name and a colour."""

    _name = "community.tag.mixin"
    _inherit = "community.name.mixin"
    _description = "Community Tag Mixin"
    _order = "name"

    def _default_color(self):
        return randint(1, 11)

    name = fields.Char(required=True, translate=True)
    color = fields.Integer(
        string="Colour", default=lambda self: self._default_color(), aggregator=False
    )
    active = fields.Boolean(default=True)

    _sql_constraints = [
        ("name_uniq", "unique (name)", "This name is already used."),
    ]

from odoo import api, fields, models
from odoo.exceptions import ValidationError

NAME_MAX_LENGTH = 200


class CommunityNameMixin(models.AbstractModel):
    """Names stay short enough for boards, lists and menus.

    Checked before anything reaches the database, where a unique or btree index
    would refuse a very long name with a raw error."""

    _name = "community.name.mixin"
    _description = "Community Name Length Check"

    name = fields.Char()

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            self._check_name_length(vals.get("name"))
        return super().create(vals_list)

    def write(self, vals):
        self._check_name_length(vals.get("name"))
        return super().write(vals)

    @api.model
    def _check_name_length(self, name):
        if isinstance(name, str) and len(name) > NAME_MAX_LENGTH:
            raise ValidationError(
                self.env._(
                    "The name “%(start)s…” is %(length)s characters long; a name can "
                    "have at most %(max)s characters. Put the details in the description.",
                    start=name[:40],
                    length=len(name),
                    max=NAME_MAX_LENGTH,
                )
            )

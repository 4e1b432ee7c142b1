from odoo import api, fields, models
from odoo.exceptions import ValidationError


class CommunityAttendanceRole(models.Model):
    """A part someone played at a meeting: chaired, spoke, took on a task..."""

    _name = "community.attendance.role"
    _description = "Role at a Meeting"
    _order = "sequence, id"

    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)
    description = fields.Text(translate=True)
    weight = fields.Integer(
        default=1,
        aggregator=False,
        help="How much responsibility the role shows. Ladder levels can ask for roles "
        "of at least a given weight.",
    )
    color = fields.Integer(string="Colour", aggregator=False)
    active = fields.Boolean(default=True)

    _sql_constraints = [
        ("name_uniq", "unique (name)", "A role at meetings with this name already exists."),
    ]

    @api.constrains("weight")
    def _check_weight(self):
        for record in self:
            if record.weight < 0:
                raise ValidationError(
                    self.env._("The weight of “%(name)s” cannot be negative.", name=record.name)
                )

from odoo import api, fields, models
from odoo.exceptions import ValidationError


class CommunityMeetingKind(models.Model):
    """What a meeting is: a residents' meeting, an action, a training, a visit..."""

    _name = "community.meeting.kind"
    _description = "Meeting Kind"
    _order = "sequence, id"

    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)
    description = fields.Text(translate=True)
    weight = fields.Float(
        default=1.0,
        aggregator=False,
        digits=(4, 2),
        help="How much taking part counts towards the participation ladder: an action "
        "may count more than a celebration; 0 means it does not count.",
    )
    color = fields.Integer(string="Colour", aggregator=False)
    active = fields.Boolean(default=True)

    _sql_constraints = [
        ("name_uniq", "unique (name)", "A meeting kind with this name already exists."),
    ]

    @api.constrains("weight")
    def _check_weight(self):
        for record in self:
            if record.weight < 0:
                raise ValidationError(
                    self.env._("The weight of “%(name)s” cannot be negative.", name=record.name)
                )

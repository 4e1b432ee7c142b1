from odoo import fields, models


class CommunityMeetingKind(models.Model):
    """What a meeting is: a residents' meeting, an action, a training, a visit..."""

    _name = "community.meeting.kind"
    _inherit = "community.weighted.mixin"
    _description = "Meeting Kind"

    weight = fields.Float(
        help="How much taking part counts towards the participation ladder: an action "
        "may count more than a celebration; 0 means it does not count."
    )

    _sql_constraints = [
        ("name_uniq", "unique (name)", "A meeting kind with this name already exists."),
    ]

from odoo import fields, models


class CommunityAttendanceRole(models.Model):
    """A part someone played at a meeting: chaired, spoke, took on a task..."""

    _name = "community.attendance.role"
    _inherit = "community.weighted.mixin"
    _description = "Role at a Meeting"

    weight = fields.Float(
        help="How much responsibility the role shows. Ladder levels can ask for roles of "
        "at least a given weight."
    )

    _sql_constraints = [
        ("name_uniq", "unique (name)", "A role at meetings with this name already exists."),
    ]

from odoo import api, fields, models
from odoo.exceptions import ValidationError


class CommunityLadderLevel(models.Model):
    """What it takes to reach a rung of the ladder, measured from the roll calls, and when
    someone standing on it has gone quiet. Used to suggest moves; nothing moves alone."""

    _inherit = "community.ladder.level"

    criteria_days = fields.Integer(
        string="Within (Days)",
        default=90,
        aggregator=False,
        help="The period, up to today, in which the meetings and roles below are counted.",
    )
    min_meeting_weight = fields.Float(
        string="Meetings at Least",
        digits=(6, 1),
        aggregator=False,
        help="Suggest this level to people who came to at least this many meetings within "
        "the period; each meeting counts with the weight of its kind. 0: no condition.",
    )
    min_role_weight = fields.Float(
        string="Roles of Weight at Least",
        digits=(4, 2),
        aggregator=False,
        help="Which roles at meetings count for the next condition: those of at least this weight.",
    )
    min_role_count = fields.Integer(
        string="Times in Such Roles",
        aggregator=False,
        help="Suggest this level to people who took such roles at least this many times "
        "within the period. 0: no condition.",
    )
    dormant_days = fields.Integer(
        string="Dormant After (Days)",
        aggregator=False,
        help="Suggest moving people on this level one rung down once they have not come "
        "to a meeting for this many days. 0: never.",
    )
    has_criteria = fields.Boolean(compute="_compute_has_criteria")

    @api.depends("min_meeting_weight", "min_role_count")
    def _compute_has_criteria(self):
        for level in self:
            level.has_criteria = level.min_meeting_weight > 0 or level.min_role_count > 0

    @api.constrains(
        "criteria_days", "min_meeting_weight", "min_role_weight", "min_role_count", "dormant_days"
    )
    def _check_criteria(self):
        for level in self:
            values = (
                level.criteria_days,
                level.min_meeting_weight,
                level.min_role_weight,
                level.min_role_count,
                level.dormant_days,
            )
            if any(value < 0 for value in values):
                raise ValidationError(
                    self.env._(
                        "The criteria of the level “%(level)s” cannot be negative.",
                        level=level.name,
                    )
                )
            if level.has_criteria and not level.criteria_days:
                raise ValidationError(
                    self.env._(
                        "Say within how many days the meetings and roles of the level "
                        "“%(level)s” are counted.",
                        level=level.name,
                    )
                )

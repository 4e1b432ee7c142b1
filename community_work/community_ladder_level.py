from odoo import fields, models

from .window_action import window_action


class CommunityLadderLevel(models.Model):
    """A rung of the participation ladder, from first contact to leadership."""

    _name = "community.ladder.level"
    _inherit = "community.name.mixin"
    _description = "Participation Level"
    _order = "sequence, id"

    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10, help="Lower rungs come first.")
    description = fields.Text(translate=True)
    color = fields.Integer(string="Colour", aggregator=False)
    active = fields.Boolean(default=True)
    partner_count = fields.Integer(string="People", compute="_compute_partner_count")

    _sql_constraints = [
        ("name_uniq", "unique (name)", "A participation level with this name already exists."),
    ]

    def _compute_partner_count(self):
        counts = dict(
            self.env["res.partner"]._read_group(
                [("community_level_id", "in", self.ids)],
                ["community_level_id"],
                ["__count"],
            )
        )
        for level in self:
            level.partner_count = counts.get(level, 0)

    def action_view_partners(self):
        self.ensure_one()
        return window_action(
            self.env,
            "community_work.res_partner_action_community",
            [("community_level_id", "=", self.id)],
        )

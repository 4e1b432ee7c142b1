from odoo import fields, models

from .power_map import power_map_action, power_target_counts


class CommunityInitiative(models.Model):
    """The decision-makers an initiative's campaign needs to move."""

    _inherit = "community.initiative"

    power_target_count = fields.Integer(
        string="Power Map Targets", compute="_compute_power_target_count"
    )

    def _compute_power_target_count(self):
        counts = power_target_counts(self, "initiative_id")
        for initiative in self:
            initiative.power_target_count = counts.get(initiative, 0)

    def action_open_power_map(self):
        return power_map_action(self, "initiative_id")

from odoo import fields, models

from .window_action import window_action


class CommunityCommunity(models.Model):
    """The prioritisation rounds held in a community and its parts."""

    _inherit = "community.community"

    round_count = fields.Integer(string="Rounds", compute="_compute_round_count")

    def _compute_round_count(self):
        """The rounds of each community and of its parts (a district's for its city)."""
        counts = self.env["community.round"]._read_group(
            [("community_id", "child_of", self.ids)], ["community_id"], ["__count"]
        )
        for community in self:
            prefix = community.parent_path or "-"
            community.round_count = sum(
                count for part, count in counts if part.parent_path.startswith(prefix)
            )

    def action_view_rounds(self):
        self.ensure_one()
        return window_action(
            self.env,
            "community_work.community_round_action",
            [("community_id", "child_of", self.id)],
            {"default_community_id": self.id},
        )

from odoo import fields, models

from .res_partner import COMMUNITY_GROUP
from .window_action import window_action


class ResPartner(models.Model):
    """The coalitions an organisation belongs to, past and present."""

    _inherit = "res.partner"

    coalition_member_ids = fields.One2many(
        "community.coalition.member", "partner_id", string="Coalitions", groups=COMMUNITY_GROUP
    )
    coalition_count = fields.Integer(
        string="Coalition Count", compute="_compute_coalition_count", groups=COMMUNITY_GROUP
    )

    def _compute_coalition_count(self):
        counts = dict(
            self.env["community.coalition.member"]._read_group(
                [("partner_id", "in", self.ids), ("is_active", "=", True)],
                ["partner_id"],
                ["__count"],
            )
        )
        for partner in self:
            partner.coalition_count = counts.get(partner, 0)

    def action_view_coalitions(self):
        self.ensure_one()
        return window_action(
            self.env,
            "community_work.community_coalition_member_action",
            [("partner_id", "=", self.id)],
            {"default_partner_id": self.id, "search_default_current": 1},
        )

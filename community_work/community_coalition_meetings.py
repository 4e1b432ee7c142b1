from odoo import fields, models

from .community_meeting_coalition import COALITION_KIND
from .window_action import window_action


class CommunityCoalition(models.Model):
    """The meetings a coalition holds."""

    _inherit = "community.coalition"

    meeting_ids = fields.One2many("community.meeting", "coalition_id", string="Meetings")
    meeting_count = fields.Integer(compute="_compute_meeting_count")

    def _compute_meeting_count(self):
        counts = dict(
            self.env["community.meeting"]._read_group(
                [("coalition_id", "in", self.ids)], ["coalition_id"], ["__count"]
            )
        )
        for coalition in self:
            coalition.meeting_count = counts.get(coalition, 0)

    def action_view_meetings(self):
        self.ensure_one()
        kind = self.env.ref(COALITION_KIND, raise_if_not_found=False)
        return window_action(
            self.env,
            "community_work.community_meeting_action",
            [("coalition_id", "=", self.id)],
            {"default_coalition_id": self.id, "default_kind_id": kind.id if kind else False},
        )

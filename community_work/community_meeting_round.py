from odoo import api, fields, models
from odoo.exceptions import UserError

from .community_round_paper import GRID_MEETING_KEY
from .window_action import window_action


class CommunityMeeting(models.Model):
    """Residents choose their priorities at meetings: the paper ballots of a meeting are
    entered from it."""

    _inherit = "community.meeting"

    round_ids = fields.Many2many(
        "community.round",
        "community_round_meeting_rel",
        "meeting_id",
        "round_id",
        string="Prioritisation Rounds",
        readonly=True,
    )
    open_round_count = fields.Integer(compute="_compute_open_round_count")

    @api.depends("round_ids.state")
    def _compute_open_round_count(self):
        for meeting in self:
            meeting.open_round_count = len(meeting.round_ids.filtered(lambda r: r.state == "open"))

    def action_enter_ballots(self):
        """The paper ballots of this meeting, in the grid of its open round."""
        self.ensure_one()
        rounds = self.round_ids.filtered(lambda r: r.state == "open")
        if not rounds:
            raise UserError(
                self.env._(
                    "No open prioritisation round is held at “%(meeting)s”.", meeting=self.name
                )
            )
        if len(rounds) == 1:
            return rounds.action_enter_paper_ballots(self)
        return window_action(
            self.env,
            "community_work.community_round_action",
            [("id", "in", rounds.ids)],
            {GRID_MEETING_KEY: self.id},
        )

    def action_view_rounds(self):
        self.ensure_one()
        return window_action(
            self.env,
            "community_work.community_round_action",
            [("meeting_ids", "in", self.id)],
            {"default_meeting_ids": [self.id], "default_community_id": self.community_id.id},
        )

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import format_date

from .community_ladder_suggestion_query import suggest_ladder_moves


class CommunityLadderSuggestion(models.Model):
    """A move on the participation ladder that what someone did at meetings suggests.

    Suggestions are computed for everyone at once (a nightly job or a button); a worker
    accepts them, which moves the person through the level history, or dismisses them,
    which keeps the same move from being suggested again until new evidence comes in.
    """

    _name = "community.ladder.suggestion"
    _description = "Suggested Ladder Move"
    _order = "date desc, id desc"
    _rec_name = "partner_id"

    partner_id = fields.Many2one(
        "res.partner", string="Person", required=True, index=True, ondelete="cascade", readonly=True
    )
    level_from_id = fields.Many2one(
        "community.ladder.level", string="Current Level", ondelete="cascade", readonly=True
    )
    level_to_id = fields.Many2one(
        "community.ladder.level",
        string="Suggested Level",
        required=True,
        ondelete="cascade",
        readonly=True,
    )
    direction = fields.Selection([("up", "Up"), ("down", "Down")], required=True, readonly=True)
    state = fields.Selection(
        [("pending", "To Review"), ("accepted", "Accepted"), ("dismissed", "Dismissed")],
        string="Status",
        required=True,
        default="pending",
        index=True,
        readonly=True,
    )
    date = fields.Datetime(
        string="Suggested On", required=True, default=fields.Datetime.now, readonly=True
    )
    # The evidence, as measured when the move was suggested.
    meeting_weight = fields.Float(
        string="Meetings (Weighted)", digits=(6, 1), readonly=True, aggregator=False
    )
    role_count = fields.Integer(string="Times in Roles", readonly=True, aggregator=False)
    criteria_days = fields.Integer(string="Period (Days)", readonly=True, aggregator=False)
    min_role_weight = fields.Float(
        string="Role Weight at Least", digits=(4, 2), readonly=True, aggregator=False
    )
    last_attendance_date = fields.Date(string="Last Took Part", readonly=True)
    inactive_days = fields.Integer(string="Days Without a Meeting", readonly=True, aggregator=False)
    evidence = fields.Char(compute="_compute_evidence")
    decided_by_id = fields.Many2one("res.users", string="Decided By", readonly=True)
    decided_on = fields.Datetime(readonly=True)

    @api.depends("direction", "meeting_weight", "role_count", "criteria_days", "inactive_days")
    def _compute_evidence(self):
        for suggestion in self:
            suggestion.evidence = suggestion._evidence()

    def _evidence(self):
        _ = self.env._
        if self.direction == "down":
            if not self.last_attendance_date:
                return _("no meeting in %(days)s days on this level", days=self.inactive_days)
            return _(
                "no meeting for %(days)s days (last on %(date)s)",
                days=self.inactive_days,
                date=format_date(self.env, self.last_attendance_date),
            )
        meetings = f"{self.meeting_weight:g}"
        evidence = _(
            "%(meetings)s meetings in the last %(days)s days",
            meetings=meetings,
            days=self.criteria_days,
        )
        if self.level_to_id.min_role_count:
            weight = f"{self.min_role_weight:g}"
            evidence = _(
                "%(evidence)s, %(times)s times in a role of weight %(weight)s or more",
                evidence=evidence,
                times=self.role_count,
                weight=weight,
            )
        return evidence

    def action_accept(self):
        """Move the people as suggested, through the level history, with the evidence as
        the reason."""
        pending = self.filtered(lambda s: s.state == "pending")
        moved = pending.filtered(lambda s: s.partner_id.community_level_id != s.level_from_id)
        if moved:
            raise UserError(
                self.env._(
                    "The level of %(people)s changed since the move was suggested: suggest "
                    "moves again before accepting.",
                    people=", ".join(moved.partner_id.mapped("display_name")),
                )
            )
        for suggestion in pending:
            reason = self.env._(
                "measured participation: %(evidence)s", evidence=suggestion.evidence
            )
            suggestion.partner_id.with_context(community_level_reason=reason).write(
                {"community_level_id": suggestion.level_to_id.id}
            )
        pending._decide("accepted")
        return True

    def action_dismiss(self):
        """Leave the person where they are; the same move is suggested again only on new
        evidence."""
        self.filtered(lambda s: s.state == "pending")._decide("dismissed")
        return True

    def _decide(self, state):
        self.sudo().write(
            {"state": state, "decided_by_id": self.env.uid, "decided_on": fields.Datetime.now()}
        )

    def action_suggest_moves(self):
        """From the list's header, with or without selected lines: suggest for everyone."""
        self._suggest_moves()
        return {"type": "ir.actions.client", "tag": "soft_reload"}

    @api.model
    def _suggest_moves(self):
        """Measure everyone's participation against the ladder's criteria, in SQL."""
        self.env.flush_all()
        suggest_ladder_moves(self.env.cr, fields.Datetime.now(), self.env.uid)
        self.invalidate_model()

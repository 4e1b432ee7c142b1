from odoo import api, fields, models
from odoo.exceptions import UserError

from .community_retention_query import retention_candidates


class CommunityRetentionReview(models.Model):
    """A resident who has not taken part, and has no consent in force, for longer than the
    retention period: a manager keeps them (saying why) or erases them."""

    _name = "community.retention.review"
    _description = "Retention Review"
    _order = "state_sequence, last_activity_date, id"
    _rec_name = "partner_id"

    partner_id = fields.Many2one(
        "res.partner", string="Person", required=True, index=True, ondelete="cascade"
    )
    reason = fields.Char(required=True, readonly=True)
    last_activity_date = fields.Date(string="Last Activity", readonly=True)
    state = fields.Selection(
        [("review", "To Review"), ("kept", "Kept"), ("erased", "Erased")],
        string="Status",
        required=True,
        default="review",
        index=True,
    )
    state_sequence = fields.Integer(compute="_compute_state_sequence", store=True)
    kept_reason = fields.Text(
        string="Why Kept", help="Why the person's data is kept although they no longer take part."
    )
    decided_by_id = fields.Many2one("res.users", string="Decided By", readonly=True)
    decided_on = fields.Datetime(readonly=True)
    company_id = fields.Many2one(related="partner_id.company_id", store=True, index=True)

    @api.depends("state")
    def _compute_state_sequence(self):
        order = {"review": 0, "kept": 1, "erased": 2}
        for review in self:
            review.state_sequence = order.get(review.state, 0)

    def action_keep(self):
        missing = self.filtered(lambda r: not (r.kept_reason or "").strip())
        if missing:
            raise UserError(
                self.env._(
                    "Say why the data of %(names)s is kept before keeping it.",
                    names=", ".join(missing.partner_id.mapped("display_name")),
                )
            )
        self.write(
            {"state": "kept", "decided_by_id": self.env.uid, "decided_on": fields.Datetime.now()}
        )

    def action_erase(self):
        """Erase the people under review, through the wizard that says what happens."""
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "community_work.community_erasure_wizard_action"
        )
        action["context"] = {"default_partner_ids": self.partner_id.ids}
        return action

    def action_reopen(self):
        self.write({"state": "review", "decided_by_id": False, "decided_on": False})

    @api.model
    def _cron_find_candidates(self):
        """List, in a few set-based statements, everyone due for a review."""
        self.env.flush_all()
        candidates = retention_candidates(self.env, fields.Date.context_today(self))
        if not candidates:
            return self.browse()
        return self.create(
            [
                {
                    "partner_id": partner_id,
                    "last_activity_date": last_day,
                    "reason": self.env._(
                        "No participation since %(date)s and no consent in force for longer "
                        "than the retention period of %(months)s months.",
                        date=last_day,
                        months=months,
                    ),
                }
                for partner_id, last_day, months in candidates
            ]
        )

from odoo import fields, models
from odoo.exceptions import UserError

from .window_action import form_action

DECISIONS = [
    ("continue", "Continue in This Stage"),
    ("next_stage", "Move to the Next Stage"),
    ("close", "Close"),
    ("next_cycle", "Start the Next Cycle"),
    ("spin_off", "Spin Off a New Initiative"),
]


class CommunityReviewDecisionMixin(models.AbstractModel):
    """What the group decided at the review, applied to the initiative by a button."""

    _name = "community.review.decision.mixin"
    _description = "Review Decision"

    decision = fields.Selection(DECISIONS, tracking=True)
    decision_note = fields.Text(string="Why")
    is_decision_applied = fields.Boolean(string="Decision Applied", copy=False, readonly=True)

    def action_apply_decision(self):
        self.ensure_one()
        if self.state != "done":
            raise UserError(self.env._("Mark the review as done before applying its decision."))
        if not self.decision:
            raise UserError(self.env._("Choose the decision the group took first."))
        if self.is_decision_applied:
            raise UserError(self.env._("This review's decision has already been applied."))
        initiative = self.initiative_id
        if not initiative.active:
            raise UserError(self.env._("“%(initiative)s” is closed.", initiative=initiative.name))
        if initiative.stage_id != self.stage_id:
            raise UserError(
                self.env._(
                    "“%(initiative)s” has moved to “%(stage)s” since the review: its decision "
                    "about “%(reviewed)s” no longer applies.",
                    initiative=initiative.name,
                    stage=initiative.stage_id.name,
                    reviewed=self.stage_id.name,
                )
            )
        initiative.check_access("write")
        result = getattr(self, f"_apply_{self.decision}")()
        # A spin-off is applied when the wizard creates the new initiative.
        if self.decision != "spin_off":
            self.is_decision_applied = True
        return result or True

    def _apply_continue(self):
        self.initiative_id._message_log(
            body=self.env._("Review decision: continue in “%(stage)s”.", stage=self.stage_id.name)
        )

    def _apply_next_stage(self):
        initiative = self.initiative_id
        later = initiative.method_id.stage_ids.filtered(
            lambda stage: (stage.sequence, stage.id) > (self.stage_id.sequence, self.stage_id.id)
        )
        if not later:
            raise UserError(
                self.env._(
                    "“%(stage)s” is the last stage of “%(method)s”: close the initiative or "
                    "start its next cycle instead.",
                    stage=self.stage_id.name,
                    method=initiative.method_id.name,
                )
            )
        initiative.stage_id = later[0]

    def _apply_close(self):
        self.initiative_id.action_close()

    def _apply_next_cycle(self):
        return self.initiative_id.action_start_next_cycle()

    def _apply_spin_off(self):
        action = self.initiative_id.action_spin_off()
        action["context"] = {**action["context"], "default_review_id": self.id}
        return action

    def action_open_initiative(self):
        return form_action(self.initiative_id)

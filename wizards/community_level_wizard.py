from odoo import fields, models
from odoo.exceptions import AccessError


class CommunityLevelWizard(models.TransientModel):
    """Move people on the participation ladder and say why."""

    _name = "community.level.wizard"
    _description = "Change Participation Level"

    partner_ids = fields.Many2many(
        "res.partner",
        string="People",
        required=True,
        default=lambda self: self._default_partner_ids(),
    )
    level_id = fields.Many2one(
        "community.ladder.level", string="New Level", required=True, ondelete="cascade"
    )
    reason = fields.Char(
        required=True, help="What the person did or took on: it is kept in the level history."
    )

    def _default_partner_ids(self):
        """The contacts selected where the action was launched from."""
        if self.env.context.get("active_model") == "res.partner":
            return self.env.context.get("active_ids")
        return False

    def action_apply(self):
        self.ensure_one()
        # Reading partner_ids as the user leaves out the contacts they cannot access: the
        # whole batch is refused instead, naming them.
        partners = self.sudo().partner_ids.with_env(self.env)
        denied = partners - partners._filtered_access("write")
        if denied:
            raise AccessError(
                self.env._(
                    "You cannot change the participation level of %(names)s, so nobody was "
                    "moved. Remove them from the list and try again.",
                    names=", ".join(denied.sudo().mapped("display_name")),
                )
            )
        partners.with_context(community_level_reason=self.reason).write(
            {"community_level_id": self.level_id.id}
        )
        return {"type": "ir.actions.act_window_close"}

from markupsafe import Markup, escape

from odoo import api, fields, models
from odoo.exceptions import UserError


class CommunityErasureWizard(models.TransientModel):
    """Erase people at their request: shows what happens, asks for confirmation."""

    _name = "community.erasure.wizard"
    _description = "Erase Personal Data"

    partner_ids = fields.Many2many("res.partner", string="People", required=True)
    summary = fields.Html(string="What Will Happen", compute="_compute_summary", sanitize=False)
    confirm = fields.Boolean(
        string="I understand that this cannot be undone",
        help="Erasure cannot be undone: the names and contact details are gone for good.",
    )

    @api.depends("partner_ids")
    def _compute_summary(self):
        for wizard in self:
            partners = wizard.partner_ids._origin
            counts = partners._community_kept_line_counts()
            rows = Markup("").join(
                Markup("<li>%s: %s</li>")
                % (
                    partner.display_name,
                    self.env._("%(count)s lines kept anonymously", count=counts[partner.id]),
                )
                for partner in partners
            )
            wizard.summary = Markup("<p>%s</p><ul>%s</ul><p>%s</p>") % (
                self.env._(
                    "Name, e-mail, phones, address, website, picture, notes, tags, skills and "
                    "interests are wiped and the contact is archived. Their attendance, level "
                    "history, memberships, ballots, issues raised and coalition and power-map "
                    "entries stay as lines of an anonymous contact, so every count and "
                    "analysis stays the same."
                ),
                rows,
                escape(
                    self.env._(
                        "Messages, files, followers and activities about them on the contact "
                        "and community work records are deleted. Only who erased whom (by "
                        "number) and when is kept."
                    )
                ),
            )

    def action_erase(self):
        self.ensure_one()
        if not self.confirm:
            raise UserError(self.env._("Tick the confirmation first: erasure cannot be undone."))
        # The selection as chosen: contacts the user may not read are refused, not skipped.
        self.sudo().partner_ids.with_env(self.env)._community_erase()
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "type": "success",
                "message": self.env._(
                    "Erased for good. The erasure is recorded in the Erasure Log."
                ),
                "next": {"type": "ir.actions.act_window_close"},
            },
        }

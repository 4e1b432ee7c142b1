from odoo import fields, models
from odoo.exceptions import UserError


class CommunityMeeting(models.Model):
    """People sign for their consents on a meeting's paper sign-in sheet."""

    _inherit = "community.meeting"

    consent_ids = fields.One2many(
        "community.consent", "meeting_id", string="Consents Recorded", readonly=True
    )

    def action_record_consents(self):
        self.ensure_one()
        if self.state == "cancelled" or not self.attended_count:
            raise UserError(
                self.env._(
                    "Nobody is ticked as having come to “%(meeting)s”: tick who came first.",
                    meeting=self.name,
                )
            )
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Record Consents from the Sign-in Sheet"),
            "res_model": "community.consent.sheet.wizard",
            "view_mode": "form",
            "target": "new",
            "context": {"default_meeting_id": self.id},
        }

from odoo import Command, api, fields, models
from odoo.exceptions import UserError


class CommunityConsentSheetWizard(models.TransientModel):
    """Record in one step the consents that the people who came to a meeting gave on its
    paper sign-in sheet."""

    _name = "community.consent.sheet.wizard"
    _description = "Record Consents from a Sign-in Sheet"

    meeting_id = fields.Many2one("community.meeting", required=True, ondelete="cascade")
    attendance_ids = fields.Many2many(
        "community.attendance",
        string="People",
        compute="_compute_attendance_ids",
        store=True,
        readonly=False,
        precompute=True,
        domain="[('meeting_id', '=', meeting_id), ('status', '=', 'attended')]",
        help="Everyone ticked as having come; remove those who did not sign for it.",
    )
    purpose_ids = fields.Many2many(
        "community.consent.purpose", string="Purposes", required=True
    )
    date = fields.Date(
        compute="_compute_date", store=True, readonly=False, precompute=True, required=True
    )
    evidence = fields.Binary(string="Scan of the Sheet")
    evidence_name = fields.Char()

    @api.depends("meeting_id")
    def _compute_attendance_ids(self):
        for wizard in self:
            wizard.attendance_ids = wizard.meeting_id.attendance_ids.filtered(
                lambda line: line.status == "attended"
            )

    @api.depends("meeting_id")
    def _compute_date(self):
        for wizard in self:
            start = wizard.meeting_id.start
            wizard.date = start and fields.Date.context_today(self, start)

    def action_record(self):
        self._record()
        return {"type": "ir.actions.act_window_close"}

    def _record(self):
        """One consent line per person and purpose, created in one batch."""
        self.ensure_one()
        partners = self.attendance_ids.filtered(lambda a: a.status == "attended").partner_id
        if not partners:
            raise UserError(self.env._("Nobody on the sheet came to the meeting: tick who came first."))
        evidence = self.env["ir.attachment"]
        if self.evidence:
            evidence = evidence.create(
                {
                    "name": self.evidence_name or self.env._("Sign-in sheet"),
                    "datas": self.evidence,
                    "res_model": "community.meeting",
                    "res_id": self.meeting_id.id,
                }
            )
        consents = self.env["community.consent"].create(
            [
                {
                    "partner_id": partner.id,
                    "purpose_id": purpose.id,
                    "state": "given",
                    "date": self.date,
                    "channel": "sheet",
                    "meeting_id": self.meeting_id.id,
                    "evidence_ids": [Command.set(evidence.ids)],
                }
                for partner in partners
                for purpose in self.purpose_ids
            ]
        )
        self.meeting_id.message_post(
            body=self.env._(
                "Consents from the sign-in sheet recorded for %(count)s people: %(purposes)s.",
                count=len(partners),
                purposes=", ".join(self.purpose_ids.mapped("name")),
            )
        )
        return consents

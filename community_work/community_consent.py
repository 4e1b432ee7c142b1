from dateutil.relativedelta import relativedelta

from odoo import api, fields, models

CHANNELS = [
    ("sheet", "Paper Sign-in Sheet"),
    ("verbal", "Verbal"),
    ("form", "Form"),
    ("email", "Email"),
]
# What decides the current consent of a person for a purpose, and their blacklisting.
STATE_FIELDS = {"partner_id", "purpose_id", "state", "date"}


class CommunityConsent(models.Model):
    """A consent given or withdrawn by a person for one purpose.

    Every change is a new line: the latest line of a person for a purpose is their
    current consent. Workers record lines; only managers correct or delete them."""

    _name = "community.consent"
    _description = "Consent"
    _order = "date desc, id desc"
    _rec_name = "purpose_id"
    _check_company_auto = True

    partner_id = fields.Many2one(
        "res.partner",
        string="Person",
        required=True,
        index=True,
        ondelete="cascade",
        check_company=True,
    )
    purpose_id = fields.Many2one(
        "community.consent.purpose",
        string="Purpose",
        required=True,
        index=True,
        ondelete="restrict",
        check_company=True,
    )
    state = fields.Selection(
        [("given", "Given"), ("withdrawn", "Withdrawn")],
        string="Consent",
        required=True,
        default="given",
    )
    date = fields.Date(required=True, default=fields.Date.context_today, index=True)
    channel = fields.Selection(CHANNELS, required=True, default="form")
    user_id = fields.Many2one(
        "res.users",
        string="Recorded By",
        required=True,
        default=lambda self: self.env.user,
        domain="[('share', '=', False)]",
    )
    evidence_ids = fields.Many2many(
        "ir.attachment",
        "community_consent_ir_attachment_rel",
        "consent_id",
        "attachment_id",
        string="Evidence",
        help="A scan of the sign-in sheet or form, or the email.",
    )
    expiry_date = fields.Date(
        string="Expires On",
        compute="_compute_expiry_date",
        store=True,
        readonly=False,
        precompute=True,
        help="By default, the date plus the purpose's retention period.",
    )
    current_state = fields.Selection(
        [("given", "Given"), ("withdrawn", "Withdrawn"), ("expired", "Expired")],
        string="Status",
        compute="_compute_current_state",
    )
    meeting_id = fields.Many2one(
        "community.meeting",
        string="Meeting",
        index="btree_not_null",
        ondelete="set null",
        help="The meeting whose sign-in sheet recorded it.",
    )
    note = fields.Char()
    company_id = fields.Many2one(
        "res.company",
        required=True,
        index=True,
        compute="_compute_company_id",
        store=True,
        readonly=False,
        precompute=True,
    )

    @api.depends("date", "state", "purpose_id")
    def _compute_expiry_date(self):
        for consent in self:
            months = consent.purpose_id.retention_months
            if consent.state == "given" and consent.date and months:
                consent.expiry_date = consent.date + relativedelta(months=months)
            else:
                consent.expiry_date = False

    @api.depends("state", "expiry_date")
    @api.depends_context("date")
    def _compute_current_state(self):
        today = fields.Date.context_today(self)
        for consent in self:
            expired = consent.expiry_date and consent.expiry_date < today
            consent.current_state = "expired" if consent.state == "given" and expired else consent.state

    @api.depends("partner_id")
    def _compute_company_id(self):
        for consent in self:
            consent.company_id = consent.partner_id.company_id or consent.company_id or self.env.company

    @api.model_create_multi
    def create(self, vals_list):
        consents = super().create(vals_list)
        consents._attach_evidence()
        consents._sync_mail_blacklist()
        return consents

    def write(self, vals):
        before = self.partner_id
        result = super().write(vals)
        if STATE_FIELDS & set(vals):
            (before | self.partner_id).community_consent_ids._sync_mail_blacklist()
        return result

    def _attach_evidence(self):
        """Files uploaded with a line belong to it, so that whoever reads the line reads
        them (a sheet's scan stays on its meeting)."""
        for consent in self:
            loose = consent.evidence_ids.filtered(lambda a: not a.res_id)
            if loose:
                loose.sudo().write({"res_model": self._name, "res_id": consent.id})

    def _sync_mail_blacklist(self):
        """Blacklist the address of whoever's current email consent is withdrawn, and take
        it off when they give it again (Odoo's own mail blacklist)."""
        partners = self.filtered("purpose_id.is_email").partner_id.filtered("email_normalized")
        if not partners:
            return
        current = partners._community_current_consents().filtered("purpose_id.is_email")
        withdrawn = current.filtered(lambda c: c.state == "withdrawn").partner_id
        given = current.partner_id - withdrawn
        blacklist = self.env["mail.blacklist"].sudo()
        listed = set(
            blacklist.search([("email", "in", partners.mapped("email_normalized"))]).mapped("email")
        )
        for partner in withdrawn.filtered(lambda p: p.email_normalized not in listed):
            blacklist._add(partner.email, message=self._blacklist_message(partner, "withdrawn"))
        for partner in given.filtered(lambda p: p.email_normalized in listed):
            blacklist._remove(partner.email, message=self._blacklist_message(partner, "given"))

    def _blacklist_message(self, partner, state):
        if state == "withdrawn":
            return self.env._(
                "%(person)s withdrew their consent to be contacted by email (recorded by %(user)s).",
                person=partner.display_name,
                user=self.env.user.name,
            )
        return self.env._(
            "%(person)s gave their consent to be contacted by email again (recorded by %(user)s).",
            person=partner.display_name,
            user=self.env.user.name,
        )

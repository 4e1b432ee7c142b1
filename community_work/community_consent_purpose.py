from odoo import fields, models

LEGAL_BASES = [
    ("consent", "Consent"),
    ("legitimate_interest", "Legitimate Interest"),
    ("legal_obligation", "Legal Obligation"),
    ("public_task", "Public Task"),
    ("vital_interests", "Vital Interests"),
    ("contract", "Contract"),
]


class CommunityConsentPurpose(models.Model):
    """What a resident's personal data may be used for, on which legal basis and for how
    long."""

    _name = "community.consent.purpose"
    _description = "Consent Purpose"
    _order = "sequence, id"

    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)
    description = fields.Text(translate=True)
    legal_basis = fields.Selection(LEGAL_BASES, required=True, default="consent")
    retention_months = fields.Integer(
        string="Retention (Months)",
        default=24,
        help="How long a consent given for this purpose lasts, and how long someone who "
        "no longer takes part is kept without one before a manager reviews them.",
    )
    is_email = fields.Boolean(
        string="Email Contact",
        help="Withdrawing this consent puts the contact's email address on the mail "
        "blacklist; giving it again takes the address off.",
    )
    active = fields.Boolean(default=True)
    company_id = fields.Many2one(
        "res.company", string="Company", index=True, help="Leave empty to share the purpose."
    )

    _sql_constraints = [
        (
            "retention_positive",
            "CHECK (retention_months >= 0)",
            "The retention period cannot be negative.",
        ),
    ]

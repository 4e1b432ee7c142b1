from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import SQL

from .res_partner import COMMUNITY_GROUP, COMMUNITY_MANAGER_GROUP

# The latest line of each person for each purpose: their current consent.
CURRENT_CONSENTS = """
    SELECT DISTINCT ON (c.partner_id, c.purpose_id) c.id, c.partner_id, c.purpose_id,
           c.state, c.expiry_date
      FROM community_consent c
      JOIN community_consent_purpose p ON p.id = c.purpose_id AND p.active
     ORDER BY c.partner_id, c.purpose_id, c.date DESC, c.id DESC
"""


class ResPartner(models.Model):
    """Each person's consents, one line per change, and their current consent per purpose."""

    _inherit = "res.partner"

    community_consent_ids = fields.One2many(
        "community.consent", "partner_id", string="Consent History", groups=COMMUNITY_GROUP
    )
    community_consent_current_ids = fields.Many2many(
        "community.consent",
        string="Consents",
        compute="_compute_community_consent_current_ids",
        groups=COMMUNITY_GROUP,
        help="The latest consent recorded for each purpose.",
    )
    community_email_consent = fields.Boolean(
        string="Consents to Email",
        compute="_compute_community_email_consent",
        search="_search_community_email_consent",
        groups=COMMUNITY_GROUP,
        help="The person's current consent to be contacted by email is given and not expired.",
    )

    @api.depends("community_consent_ids.state", "community_consent_ids.date")
    def _compute_community_consent_current_ids(self):
        current = self._community_current_consents()
        for partner in self:
            partner.community_consent_current_ids = current.filtered(
                lambda c, partner=partner: c.partner_id == partner
            )

    @api.depends("community_consent_ids.state", "community_consent_ids.expiry_date")
    @api.depends_context("date")
    def _compute_community_email_consent(self):
        consenting = set(
            self.with_context(active_test=False)
            .search([("id", "in", self.ids), ("community_email_consent", "=", True)])
            .ids
        )
        for partner in self:
            partner.community_email_consent = partner.id in consenting

    def _search_community_email_consent(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise UserError(self.env._("Search for people who consent to email or who do not."))
        self.env["community.consent"].flush_model()
        self.env["community.consent.purpose"].flush_model(["active", "is_email"])
        query = SQL(
            """(SELECT cur.partner_id FROM (%s) cur
                 JOIN community_consent_purpose p ON p.id = cur.purpose_id AND p.is_email
                WHERE cur.state = 'given'
                  AND (cur.expiry_date IS NULL OR cur.expiry_date >= %s))""",
            SQL(CURRENT_CONSENTS),
            fields.Date.context_today(self),
        )
        return [("id", "in" if (operator == "=") == value else "not in", query)]

    def _community_current_consents(self):
        """The current consent lines of these people that the user may read, per purpose."""
        if not self.ids:
            return self.env["community.consent"]
        consents = self.env["community.consent"].search(
            [("partner_id", "in", self.ids)], order="date desc, id desc"
        )
        seen = set()
        current = []
        for consent in consents:
            key = (consent.partner_id.id, consent.purpose_id.id)
            if key not in seen and consent.purpose_id.active:
                seen.add(key)
                current.append(consent.id)
        return consents.browse(current)

    @api.ondelete(at_uninstall=False)
    def _unlink_community_consents(self):
        """The consent history is not deleted with a contact by anyone but a manager."""
        if self.env.su or self.env.user.has_group(COMMUNITY_MANAGER_GROUP):
            return
        recorded = self.env["community.consent"].sudo().search(
            [("partner_id", "in", self.ids)], limit=1
        )
        if recorded:
            raise UserError(
                self.env._(
                    "“%(contact)s” has a consent history. Archive the contact instead: only "
                    "community work managers can delete it.",
                    contact=recorded.partner_id.display_name,
                )
            )

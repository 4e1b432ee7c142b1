from odoo import fields, models
from odoo.exceptions import AccessError, UserError

from .res_partner import COMMUNITY_MANAGER_GROUP

# What identifies a person on the contact itself; wiped when the contact is erased.
IDENTIFYING_FIELDS = [
    "email", "phone", "mobile", "street", "street2", "zip", "city", "state_id", "country_id",
    "website", "image_1920", "comment", "function", "title", "ref", "vat", "company_name",
    "barcode", "category_id", "community_skill_ids", "community_interest_ids",
]  # fmt: skip
# The lines that stay, on the anonymous contact, so that counts and analyses do not change.
KEPT_LINES = [
    ("community.membership", "partner_id"),
    ("community.ladder.change", "partner_id"),
    ("community.attendance", "partner_id"),
    ("community.ballot", "partner_id"),
    ("community.need.raising", "partner_id"),
    ("community.asset", "partner_id"),
    ("community.initiative", "activist_ids"),
    ("community.coalition.member", "representative_ids"),
    ("community.power.target", "partner_id"),
    ("community.power.target", "access_partner_ids"),
    ("community.consent", "partner_id"),
]
# Free text about the person on the lines that stay.
LINE_TEXT_FIELDS = {
    "community.membership": ["note"],
    "community.attendance": ["note"],
    "community.ballot": ["submitted_name", "submitted_email", "submitted_phone", "submitted_from"],
    "community.power.target": ["ask"],
    # Consents stay as dated lines; their evidence (a scan naming the person) goes.
    "community.consent": ["note"],
}


class ResPartner(models.Model):
    """Erasure that keeps the statistics true: the person becomes an anonymous, archived
    contact that keeps their lines (attendance, level history, ballots...), so that every
    count, breadth and analysis stays as it was."""

    _inherit = "res.partner"

    def _community_erase(self):
        """Anonymise these contacts, irreversibly, and log who did it. Everything is checked
        before anything is changed: one contact refused refuses the whole batch."""
        self._check_community_erasure()
        partners = self.sudo().with_context(active_test=False, tracking_disable=True)
        # All or nothing, even for a caller that catches an error and carries on.
        with self.env.cr.savepoint():
            partners._community_erase_all()
        return True

    def _community_erase_all(self):
        """The erasure itself, as superuser, once _community_erase has checked it."""
        line_counts = self._community_kept_line_counts()
        self._community_erase_lines()
        removed_counts = self._community_erase_messages()
        for partner in self:
            partner.write(partner._community_erased_values())
        self.env["community.erasure.log"].create(
            [
                {
                    "date": fields.Datetime.now(),
                    "user_id": self.env.uid,  # sudo keeps who is erasing
                    "erased_partner_ref": partner.id,
                    "anonymised_count": 1 + line_counts[partner.id],
                    "removed_count": removed_counts[partner.id],
                    "company_id": (partner.company_id or self.env.company).id,
                }
                for partner in self
            ]
        )

    def _check_community_erasure(self):
        _ = self.env._
        if not self.env.su and not self.env.user.has_group(COMMUNITY_MANAGER_GROUP):
            raise AccessError(_("Only community work managers can erase a person's data."))
        if not self:
            raise UserError(_("Choose the people to erase."))
        # The contacts must be the user's to change (their companies' or shared ones).
        self.check_access("write")
        partners = self.sudo().with_context(active_test=False)
        users = partners.user_ids
        if users:
            raise UserError(
                _(
                    "“%(contact)s” is the contact of a user of this database (active or "
                    "archived): it cannot be erased here. Nobody was erased.",
                    contact=users[0].partner_id.display_name,
                )
            )
        company_partners = (
            self.env["res.company"].sudo().search([("partner_id", "in", self.ids)]).partner_id
        )
        companies = partners.filtered("is_company") | company_partners
        if companies:
            raise UserError(
                _(
                    "“%(contact)s” is an organisation, not a person: only people are erased. "
                    "Nobody was erased.",
                    contact=companies[0].display_name,
                )
            )

    def _community_erased_values(self):
        self.ensure_one()
        values = {name: False for name in IDENTIFYING_FIELDS if name in self._fields}
        values.update(
            name=self.env._("Erased person #%(id)s", id=self.id),
            active=False,
        )
        return values

    def _community_kept_line_counts(self):
        """How many lines of each contact stay, anonymously, when it is erased."""
        counts = dict.fromkeys(self.ids, 0)
        records = self.sudo().with_context(active_test=False)
        for model, field in KEPT_LINES:
            lines = records.env[model].search([(field, "in", self.ids)])
            for line in lines:
                for partner_id in line[field].ids:
                    if partner_id in counts:
                        counts[partner_id] += 1
        return counts

    def _community_erase_lines(self):
        """Wipe the free text about the person on the lines that stay. Pending ladder
        suggestions go: nobody moves an erased person."""
        for model, text_fields in LINE_TEXT_FIELDS.items():
            lines = self.env[model].search([("partner_id", "in", self.ids)])
            lines.write(dict.fromkeys(text_fields, False))
        targets = self.env["community.power.target"].search([("partner_id", "in", self.ids)])
        targets.assessment_ids.write({"evidence": self.env._("(erased)")})
        self.env["community.ladder.suggestion"].search([("partner_id", "in", self.ids)]).unlink()
        self.env["community.retention.review"].search(
            [("partner_id", "in", self.ids), ("state", "=", "review")]
        ).write(
            {"state": "erased", "decided_by_id": self.env.uid, "decided_on": fields.Datetime.now()}
        )

    def _community_erase_messages(self):
        """Remove the messages, files, followers, activities and tracked values about the
        person: those on the contact itself and on their power-map entries, and those they
        wrote on the addon's records. Return how many were removed per contact."""
        counts = dict.fromkeys(self.ids, 0)
        targets = self.env["community.power.target"].search([("partner_id", "in", self.ids)])
        about = [("res.partner", partner.id, partner.id) for partner in self] + [
            ("community.power.target", target.id, target.partner_id.id) for target in targets
        ]
        for model, res_id, partner_id in about:
            on_record = [("model", "=", model), ("res_id", "=", res_id)]
            on_record_res = [("res_model", "=", model), ("res_id", "=", res_id)]
            counts[partner_id] += self._community_unlink(self.env["mail.message"].search(on_record))
            counts[partner_id] += self._community_unlink(
                self.env["ir.attachment"].search(on_record_res)
            )
            counts[partner_id] += self._community_unlink(
                self.env["mail.activity"].search(on_record_res)
            )
            counts[partner_id] += self._community_unlink(
                self.env["mail.followers"].search(on_record_res)
            )
        for consent in self.env["community.consent"].search([("partner_id", "in", self.ids)]):
            evidence = consent.evidence_ids | self.env["ir.attachment"].search(
                [("res_model", "=", consent._name), ("res_id", "=", consent.id)]
            )
            counts[consent.partner_id.id] += self._community_unlink(evidence)
        for partner in self:
            authored = self.env["mail.message"].search(
                [("author_id", "=", partner.id), ("model", "=like", "community.%")]
            )
            counts[partner.id] += self._community_unlink(authored.attachment_ids)
            counts[partner.id] += self._community_unlink(authored)
            counts[partner.id] += self._community_unlink(
                self.env["mail.followers"].search([("partner_id", "=", partner.id)])
            )
            counts[partner.id] += self._community_unlink(
                self.env["mail.notification"].search([("res_partner_id", "=", partner.id)])
            )
            counts[partner.id] += self._community_unlink(
                self.env["mail.tracking.value"].search(
                    [
                        "|",
                        ("old_value_integer", "=", partner.id),
                        ("new_value_integer", "=", partner.id),
                        ("field_id.relation", "=", "res.partner"),
                        ("mail_message_id.model", "=like", "community.%"),
                    ]
                )
            )
        return counts

    def _community_unlink(self, records):
        count = len(records)
        records.unlink()
        return count

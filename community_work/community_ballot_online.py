import hashlib
import re
from datetime import timedelta

from odoo import Command, api, fields, models, tools
from odoo.exceptions import UserError
from odoo.tools import SQL

from .ballot_choices import choice_errors
from .community_name_mixin import NAME_MAX_LENGTH

# Entries from one connection within RATE_WINDOW: above the limit, the page asks to wait.
RATE_LIMIT_PARAM = "community_work.online_entries_per_connection"
RATE_LIMIT_DEFAULT = 20
RATE_WINDOW = timedelta(minutes=10)
WORDS_MAX_LENGTH = 2000
CONTACT_MAX_LENGTH = 120


def phone_digits(phone):
    return re.sub(r"\D", "", phone or "")


class CommunityBallot(models.Model):
    """Entries from the online page wait as pending until a worker confirms them, linking
    each to a contact: the one the resident is known as, the one with the same e-mail or
    phone, or a new one."""

    _inherit = "community.ballot"

    match_partner_ids = fields.Many2many(
        "res.partner",
        string="Possible Matches",
        compute="_compute_match_partner_ids",
        help="Contacts with the same e-mail, phone or name as the entry.",
    )

    def _compute_match_partner_ids(self):
        for ballot in self:
            ballot.match_partner_ids = (
                ballot._contacts_with_details(with_name=True)
                if ballot.state == "pending" and not ballot.partner_id
                else False
            )

    def _contacts_with_details(self, with_name=False):
        """Contacts of the round's company (or shared) with the entry's e-mail or phone (and,
        `with_name`, its name)."""
        self.ensure_one()
        conditions = []
        if self.submitted_email:
            conditions.append(SQL("email_normalized = %s", self.submitted_email))
        digits = phone_digits(self.submitted_phone)
        if digits:
            conditions.append(SQL("regexp_replace(phone, '\\D', '', 'g') = %s", digits))
            conditions.append(SQL("regexp_replace(mobile, '\\D', '', 'g') = %s", digits))
        if with_name and self.submitted_name:
            conditions.append(SQL("lower(name) = lower(%s)", self.submitted_name))
        if not conditions:
            return self.env["res.partner"]
        self.env["res.partner"].flush_model(["email_normalized", "phone", "mobile", "name"])
        rows = self.env.execute_query(
            SQL(
                "SELECT id FROM res_partner WHERE active AND (company_id IS NULL OR "
                "company_id = %s) AND (%s) ORDER BY id LIMIT 10",
                self.company_id.id,
                SQL(" OR ").join(conditions),
            )
        )
        return self.env["res.partner"].browse([row[0] for row in rows])

    @api.model
    def _submit_online(self, round_, details, choices, address):
        """Record an entry of the public page as pending, or return why it is refused (a
        list of messages for the resident). Called as superuser by the public page: every
        value is checked here, and nothing else than the entry is written."""
        errors = round_._online_closed_reasons()
        if errors:
            return errors
        partner = details.get("partner")
        email = phone = False
        if not partner:
            name = (details.get("name") or "").strip()
            email = tools.email_normalize(details.get("email") or "") or False
            phone = (details.get("phone") or "").strip()[:CONTACT_MAX_LENGTH] or False
            if not name:
                errors.append(self.env._("Tell us your name."))
            elif len(name) > NAME_MAX_LENGTH:
                errors.append(self.env._("Your name is too long."))
            if details.get("email") and not email:
                errors.append(self.env._("This e-mail address does not look right."))
            if phone and len(phone_digits(phone)) < 6:
                errors.append(self.env._("This phone number does not look right."))
            if not (details.get("email") or phone):
                errors.append(
                    self.env._(
                        "Give an e-mail address or a phone number, so that you take part once."
                    )
                )
            if not details.get("consent"):
                errors.append(
                    self.env._(
                        "Tick the box to agree that the community workers keep your name and "
                        "details for this round."
                    )
                )
        words = (details.get("words") or "").strip()
        if len(words) > WORDS_MAX_LENGTH:
            errors.append(self.env._("Say it in at most %(max)s characters.", max=WORDS_MAX_LENGTH))
        errors += choice_errors(self.env, round_, choices)
        if errors:
            return errors
        if self._has_taken_part(round_, partner, email, phone):
            return [
                self.env._(
                    "These details have already been used to take part in this round: each "
                    "person takes part once. To change your choices, ask a community worker."
                )
            ]
        fingerprint = self._fingerprint(address)
        if self._over_rate_limit(fingerprint):
            return [self.env._("Too many entries came from your connection: try again later.")]
        self.create(
            {
                "round_id": round_.id,
                "origin": "online",
                "state": "pending",
                "partner_id": partner.id if partner else False,
                "submitted_name": partner.name if partner else name,
                "submitted_email": email,
                "submitted_phone": phone,
                "submitted_from": fingerprint,
                "raised_words": words or False,
                "choice_ids": [
                    Command.create({"candidate_id": candidate_id, "value": value})
                    for candidate_id, value in choices.items()
                ],
            }
        )
        return []

    @api.model
    def _has_taken_part(self, round_, partner, email, phone):
        """Whether the person (or their e-mail or phone) already has a ballot or an entry
        that was not rejected in the round."""
        ballots = self.search([("round_id", "=", round_.id), ("state", "!=", "rejected")])
        if partner:
            return partner in ballots.partner_id
        digits = phone_digits(phone)
        for ballot in ballots:
            if email and email in (ballot.submitted_email, ballot.partner_id.email_normalized):
                return True
            if digits and digits in {
                phone_digits(number)
                for number in (
                    ballot.submitted_phone,
                    ballot.partner_id.phone,
                    ballot.partner_id.mobile,
                )
                if number
            }:
                return True
        return False

    @api.model
    def _fingerprint(self, address):
        """A hash of the visitor's address: enough to count their entries, not to find them."""
        secret = self.env["ir.config_parameter"].sudo().get_param("database.secret", "")
        return hashlib.sha256(f"{secret}:{address}".encode()).hexdigest()

    @api.model
    def _over_rate_limit(self, fingerprint):
        limit = int(
            self.env["ir.config_parameter"].sudo().get_param(RATE_LIMIT_PARAM, RATE_LIMIT_DEFAULT)
        )
        since = fields.Datetime.now() - RATE_WINDOW
        return (
            self.search_count(
                [("submitted_from", "=", fingerprint), ("create_date", ">=", since)],
                limit=limit,
            )
            >= limit
        )

    def action_confirm(self):
        """Count the pending entries: link each to its contact (found or created) and record
        the issue the resident raised."""
        for ballot in self.filtered(lambda b: b.state == "pending"):
            partner = ballot.partner_id or ballot._matching_contact()
            if partner:
                partner.write(ballot._missing_contact_details(partner))
            else:
                partner = ballot._new_contact()
            ballot.write({"partner_id": partner.id, "state": "confirmed", "submitted_from": False})
            ballot._record_raised_issue()
        return True

    def action_reject(self):
        self.filtered(lambda b: b.state == "pending").write(
            {"state": "rejected", "submitted_from": False}
        )
        return True

    def _matching_contact(self):
        contacts = self._contacts_with_details()
        if len(contacts) > 1:
            raise UserError(
                self.env._(
                    "Several contacts have the details of %(name)s's entry (%(contacts)s): choose "
                    "the right person in the entry, then confirm it.",
                    name=self.submitted_name,
                    contacts=", ".join(contacts.mapped("display_name")),
                )
            )
        return contacts

    def _missing_contact_details(self, partner):
        details = {}
        if self.submitted_email and not partner.email:
            details["email"] = self.submitted_email
        if self.submitted_phone and not (partner.phone or partner.mobile):
            details["phone"] = self.submitted_phone
        return details

    def _new_contact(self):
        partner = self.env["res.partner"].create(
            {
                "name": self.submitted_name,
                "email": self.submitted_email,
                "phone": self.submitted_phone,
            }
        )
        partner._join_community_as_resident(self.community_id.id)
        return partner

    def _record_raised_issue(self):
        """The words a resident raised online join an issue of the community: the one the
        worker chose, or a new one named after them."""
        if not self.raised_words:
            return
        need = self.raised_need_id
        if not need:
            first_line = self.raised_words.strip().splitlines()[0]
            name = first_line if len(first_line) <= 80 else first_line[:79] + "…"
            need = self.env["community.need"].create(
                {
                    "community_id": self.community_id.id,
                    "name": name,
                    "description": self.raised_words,
                }
            )
            self.raised_need_id = need
        self.env["community.need.raising"].create(
            {
                "need_id": need.id,
                "partner_id": self.partner_id.id,
                "channel": "online",
                "date": self.date.date(),
                "words": self.raised_words,
            }
        )

from odoo import fields, models
from odoo.exceptions import AccessError
from odoo.tools import html2plaintext

from .res_partner import COMMUNITY_MANAGER_GROUP

PROFILE_FIELDS = [
    "name", "email", "phone", "mobile", "street", "street2", "zip", "city", "state_id",
    "country_id", "website", "function", "parent_id", "category_id", "comment",
    "community_role_ids", "community_level_id", "community_skill_ids", "community_interest_ids",
    "community_meeting_count", "community_meeting_recent_count",
    "community_first_attendance_date", "community_last_attendance_date",
    "community_initiative_attended_count", "company_id",
]  # fmt: skip
# What the addon holds about a person, section by section: (key, model, the field that
# names the person, the fields exported).
ACCESS_SECTIONS = [
    ("memberships", "community.membership", "partner_id",
     ["community_id", "date_start", "level_id", "role_ids", "note"]),
    ("level_history", "community.ladder.change", "partner_id",
     ["date", "level_from_id", "level_to_id", "reason", "user_id"]),
    ("attendance", "community.attendance", "partner_id",
     ["date", "meeting_id", "kind_id", "community_id", "initiative_id", "status", "role_ids",
      "is_first_time", "note"]),
    ("initiatives", "community.initiative", "activist_ids",
     ["name", "community_id", "stage_id", "user_id"]),
    ("coalition_roles", "community.coalition.member", "representative_ids",
     ["coalition_id", "partner_id", "role_id", "date_joined", "date_left"]),
    ("power_map", "community.power.target", "partner_id",
     ["coalition_id", "initiative_id", "target_type", "ask", "stance", "influence"]),
    ("power_map_access", "community.power.target", "access_partner_ids",
     ["coalition_id", "initiative_id", "partner_id"]),
    ("needs_raised", "community.need.raising", "partner_id",
     ["date", "need_id", "channel", "meeting_id", "words"]),
    ("ballots", "community.ballot", "partner_id",
     ["date", "round_id", "origin", "state", "choice_summary"]),
    ("resources", "community.asset", "partner_id", ["name", "community_id"]),
    ("consents", "community.consent", "partner_id",
     ["date", "purpose_id", "state", "channel", "user_id", "expiry_date", "meeting_id",
      "evidence_ids", "note"]),
]  # fmt: skip


def export_rows(records, field_names):
    """Plain values for a report or a JSON file: names for relations, labels for selections,
    text for HTML, ISO strings for dates. Batched: the number of queries does not depend
    on the number of records."""
    rows = []
    for record in records:
        row = {}
        for name in field_names:
            field, value = records._fields[name], record[name]
            if field.type == "many2one":
                value = value.display_name or None
            elif field.type in ("many2many", "one2many"):
                value = value.mapped("display_name")
            elif field.type == "selection":
                value = field.convert_to_export(value, record) or None
            elif field.type == "html":
                value = html2plaintext(value) if value else None
            elif field.type in ("date", "datetime"):
                value = field.to_string(value) if value else None
            elif field.type not in ("boolean", "integer", "float", "monetary"):
                value = value or None
            row[name] = value
        rows.append(row)
    return rows


class ResPartner(models.Model):
    """Access requests: everything the addon holds about a person, gathered once for both
    the printed report and the machine-readable file."""

    _inherit = "res.partner"

    def _community_access_data(self):
        """{partner id: {"profile": ..., "sections": [...]}}, read as the current user (so
        the record rules of their companies apply). Managers only."""
        self._check_community_access_request()
        partners = self.with_context(active_test=False)
        profile_labels = partners.fields_get(PROFILE_FIELDS, ["string"])
        profile_columns = [(name, profile_labels[name]["string"]) for name in PROFILE_FIELDS]
        result = {
            partner.id: {
                "profile": row,
                "profile_columns": profile_columns,
                "sections": [],
                "exported_on": fields.Datetime.to_string(fields.Datetime.now()),
            }
            for partner, row in zip(partners, export_rows(partners, PROFILE_FIELDS), strict=True)
        }
        titles = self._community_access_titles()
        for key, model, field, field_names in ACCESS_SECTIONS:
            records = self.env[model].with_context(active_test=False)
            lines = records.search([(field, "in", partners.ids)])
            labels = records.fields_get(field_names, ["string"])
            rows = export_rows(lines, field_names)
            for partner in partners:
                result[partner.id]["sections"].append(
                    {
                        "key": key,
                        "title": titles[key],
                        "columns": [(name, labels[name]["string"]) for name in field_names],
                        "rows": [
                            row
                            for line, row in zip(lines, rows, strict=True)
                            if partner in line[field]
                        ],
                    }
                )
        return result

    def _check_community_access_request(self):
        if not self.env.su and not self.env.user.has_group(COMMUNITY_MANAGER_GROUP):
            raise AccessError(
                self.env._("Only community work managers can export a person's data.")
            )
        self.check_access("read")

    def _community_access_titles(self):
        _ = self.env._
        return {
            "memberships": _("Memberships"),
            "level_history": _("Participation Level History"),
            "attendance": _("Meetings and Roll Calls"),
            "initiatives": _("Initiatives as an Activist"),
            "coalition_roles": _("Coalition Roles (as a Representative)"),
            "power_map": _("Power Map Entries"),
            "power_map_access": _("Power Maps: Who Has Access"),
            "needs_raised": _("Needs and Issues Raised"),
            "ballots": _("Ballots in Prioritisation Rounds"),
            "resources": _("Resources and Assets Held"),
            "consents": _("Consents"),
        }

    def action_community_access_request_json(self):
        """Download the person's data as a JSON file (the route checks access again)."""
        self.ensure_one()
        self._check_community_access_request()
        return {
            "type": "ir.actions.act_url",
            "url": f"/community_work/access_request/{self.id}",
            "target": "download",
        }

from odoo import Command, api, fields, models
from odoo.exceptions import ValidationError

from .ballot_choices import choice_errors, parse_whole_number
from .linked_records import check_linked_records

# The meeting whose paper ballots the grid shows (none: paper ballots from elsewhere).
GRID_MEETING_KEY = "community_ballot_meeting_id"


class CommunityRound(models.Model):
    """Paper ballots are typed in one grid: a line per person (or tally of unnamed dots),
    a column per candidate issue. The grid is a JSON value read and written in one go, so
    that saving forty ballots costs the same few queries as saving four."""

    _inherit = "community.round"

    paper_grid = fields.Json(
        string="Paper Ballots",
        compute="_compute_paper_grid",
        inverse="_inverse_paper_grid",
    )
    paper_meeting_id = fields.Many2one(
        "community.meeting", string="Sheets From", compute="_compute_paper_grid"
    )

    def _paper_meeting(self):
        meeting_id = self.env.context.get(GRID_MEETING_KEY)
        meeting = self.env["community.meeting"]
        return meeting.browse(meeting_id).exists() if isinstance(meeting_id, int) else meeting

    def _paper_ballots(self, meeting):
        return self.ballot_ids.filtered(
            lambda b: b.origin == "paper" and b.meeting_id == meeting and b.state == "confirmed"
        )

    @api.depends_context(GRID_MEETING_KEY)
    @api.depends("ballot_ids", "candidate_ids", "method", "dots_per_person")
    def _compute_paper_grid(self):
        meeting = self._paper_meeting()
        came = meeting.attendance_ids.filtered(lambda a: a.status == "attended").partner_id
        for round_ in self:
            ballots = round_._paper_ballots(meeting).sorted("id")
            rows = [
                {
                    "key": f"b{ballot.id}",
                    "ballot_id": ballot.id,
                    "partner_id": ballot.partner_id.id,
                    "name": ballot.partner_id.display_name or "",
                    "count": ballot.ballot_count,
                    "values": {str(c.candidate_id.id): c.value for c in ballot.choice_ids},
                }
                for ballot in ballots
            ]
            # Who came to the meeting and has no ballot yet: a line ready for their sheet.
            rows += [
                {
                    "key": f"p{person.id}",
                    "ballot_id": False,
                    "partner_id": person.id,
                    "name": person.display_name,
                    "count": 1,
                    "values": {},
                }
                for person in (came - round_.ballot_ids.partner_id).sorted("name")
            ]
            round_.paper_meeting_id = meeting
            round_.paper_grid = {
                "method": round_.method,
                "dots": round_.dots_per_person,
                "candidates": [
                    {"id": candidate.id, "label": candidate.label}
                    for candidate in round_.candidate_ids
                ],
                "rows": rows,
            }

    def _inverse_paper_grid(self):
        meeting = self._paper_meeting()
        for round_ in self:
            round_._save_paper_rows((round_.paper_grid or {}).get("rows") or [], meeting)
        # The grid is read back with the ids of the ballots just created, not as sent.
        self.invalidate_recordset(["paper_grid", "paper_meeting_id"])

    def _save_paper_rows(self, rows, meeting):
        """Create, change and delete the paper ballots of `meeting` as the grid's `rows`
        say: a line without any choice deletes its ballot, a name without a contact
        creates the contact. Every line is checked before anything is written."""
        self.ensure_one()
        self._check_taking_ballots()
        existing = {ballot.id: ballot for ballot in self._paper_ballots(meeting)}
        lines, errors = [], []
        for number, row in enumerate(rows, start=1):
            line, error = self._read_paper_row(number, row, existing)
            if error:
                errors.append(error)
            elif line:
                lines.append(line)
        if errors:
            raise ValidationError("\n".join(errors))
        check_linked_records(self.env, "res.partner", {line["partner_id"] for line in lines})
        self._create_paper_contacts(lines)
        Ballot = self.env["community.ballot"]
        deleted = Ballot.union(*(line["ballot"] for line in lines if not line["values"]))
        kept = [line for line in lines if line["values"]]
        deleted.unlink()
        self._update_paper_ballots([line for line in kept if line["ballot"]])
        Ballot.create(
            [
                {
                    "round_id": self.id,
                    "origin": "paper",
                    "meeting_id": meeting.id,
                    "partner_id": line["partner_id"],
                    "ballot_count": line["count"],
                    "choice_ids": [
                        Command.create({"candidate_id": candidate_id, "value": value})
                        for candidate_id, value in line["values"].items()
                    ],
                }
                for line in kept
                if not line["ballot"]
            ]
        )
        if meeting and meeting not in self.meeting_ids:
            self.meeting_ids = [Command.link(meeting.id)]

    def _read_paper_row(self, number, row, existing):
        """(line, error) for the grid's row `number`; no line for an empty new row."""
        if not isinstance(row, dict):
            return None, self.env._("Line %(line)s cannot be read.", line=number)
        name = str(row.get("name") or "").strip()
        who = name or self.env._("unnamed")
        ballot = self.env["community.ballot"]
        if row.get("ballot_id"):
            ballot = existing.get(row["ballot_id"])
            if not ballot:
                return None, self.env._(
                    "Line %(line)s (%(who)s): this ballot was changed elsewhere; reload the grid.",
                    line=number,
                    who=who,
                )
        try:
            count = parse_whole_number(row.get("count")) or 1
            values = {
                int(key): value
                for key, text in (row.get("values") or {}).items()
                if (value := parse_whole_number(text))
            }
        except (TypeError, ValueError):
            return None, self.env._(
                "Line %(line)s (%(who)s): enter whole numbers.", line=number, who=who
            )
        partner_id = row.get("partner_id") or False
        if not isinstance(partner_id, int):
            return None, self.env._("Line %(line)s cannot be read.", line=number)
        line = {
            "ballot": ballot,
            "partner_id": partner_id,
            "name": name,
            "count": count,
            "values": values,
        }
        if not values:
            return (line if ballot else None), None
        errors = choice_errors(self.env, self, values, count, named=bool(partner_id or name))
        if errors:
            return None, self.env._(
                "Line %(line)s (%(who)s): %(errors)s", line=number, who=who, errors=" ".join(errors)
            )
        return line, None

    def _create_paper_contacts(self, lines):
        """Names typed in the grid that are no contact yet become residents of the round's
        community (one contact per name)."""
        names = {line["name"] for line in lines if line["name"] and not line["partner_id"]}
        if not names:
            return
        partners = self.env["res.partner"].create([{"name": name} for name in sorted(names)])
        partners._join_community_as_resident(self.community_id.id)
        by_name = {partner.name: partner.id for partner in partners}
        for line in lines:
            if line["name"] in by_name and not line["partner_id"]:
                line["partner_id"] = by_name[line["name"]]

    def _update_paper_ballots(self, lines):
        """Rewrite the ballots whose person, count or choices changed; their choices are
        replaced together, in two statements."""
        changed = [
            line
            for line in lines
            if line["values"]
            != {choice.candidate_id.id: choice.value for choice in line["ballot"].choice_ids}
        ]
        for line in lines:
            ballot = line["ballot"]
            if (ballot.partner_id.id, ballot.ballot_count) != (line["partner_id"], line["count"]):
                ballot.write({"partner_id": line["partner_id"], "ballot_count": line["count"]})
        self.env["community.ballot"].union(
            *(line["ballot"] for line in changed)
        ).choice_ids.unlink()
        self.env["community.ballot.choice"].create(
            [
                {"ballot_id": line["ballot"].id, "candidate_id": candidate_id, "value": value}
                for line in changed
                for candidate_id, value in line["values"].items()
            ]
        )

    def action_enter_paper_ballots(self, meeting=None):
        """The grid of the paper ballots of `meeting` (by default the meeting the list of
        rounds was opened from; none: ballots from elsewhere)."""
        self.ensure_one()
        meeting = meeting if meeting is not None else self._paper_meeting()
        self._check_taking_ballots()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Paper Ballots"),
            "res_model": "community.round",
            "res_id": self.id,
            "view_mode": "form",
            "views": [(self.env.ref("community_work.community_round_view_form_paper").id, "form")],
            "target": "new",
            "context": {
                GRID_MEETING_KEY: meeting.id if meeting else False,
                "dialog_size": "extra-large",
            },
        }

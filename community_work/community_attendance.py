from collections import Counter

from odoo import api, fields, models
from odoo.exceptions import ValidationError
from odoo.tools import SQL

from .participation import DEFERRED_KEY, ParticipationScope

STATUSES = [
    ("invited", "Invited"),
    ("attended", "Came"),
    ("apologised", "Apologised"),
    ("absent", "Absent"),
]
# What the participation figures depend on, besides the meeting's own fields.
PARTICIPATION_FIELDS = {"status", "partner_id", "meeting_id", "role_ids"}


class CommunityAttendance(models.Model):
    """One person on the roll call of a meeting: whether they came and what they took on."""

    _name = "community.attendance"
    _description = "Attendance"
    _order = "date desc, id desc"
    _rec_name = "partner_id"
    _check_company_auto = True

    meeting_id = fields.Many2one("community.meeting", required=True, index=True, ondelete="cascade")
    partner_id = fields.Many2one(
        "res.partner",
        string="Person",
        required=True,
        index=True,
        # Contacts who took part are archived, not deleted (see res.partner).
        ondelete="restrict",
        check_company=True,
    )
    status = fields.Selection(STATUSES, required=True, default="attended", index=True)
    role_ids = fields.Many2many(
        "community.attendance.role",
        "community_attendance_role_rel",
        "attendance_id",
        "role_id",
        string="Roles",
    )
    # Kept up to date with the other participation figures (see res_partner_participation).
    is_first_time = fields.Boolean(
        string="First Time",
        readonly=True,
        copy=False,
        help="The first meeting this person came to, as far as the records go.",
    )
    note = fields.Char()
    # Stored copies of the meeting's fields: reports and figures read one table.
    date = fields.Datetime(related="meeting_id.start", string="Date", store=True, index=True)
    meeting_state = fields.Selection(
        related="meeting_id.state", string="Meeting Status", store=True
    )
    kind_id = fields.Many2one(related="meeting_id.kind_id", store=True)
    community_id = fields.Many2one(related="meeting_id.community_id", store=True, index=True)
    initiative_id = fields.Many2one(
        related="meeting_id.initiative_id", store=True, index="btree_not_null"
    )
    company_id = fields.Many2one(related="meeting_id.company_id", store=True, index=True)

    _sql_constraints = [
        (
            "meeting_partner_uniq",
            "unique (meeting_id, partner_id)",
            "This person is already on the roll call of this meeting.",
        ),
    ]

    @api.constrains("status", "meeting_id")
    def _check_meeting_not_cancelled(self):
        for line in self:
            if line.status == "attended" and line.meeting_id.state == "cancelled":
                raise ValidationError(
                    self.env._(
                        "%(person)s cannot have come to “%(meeting)s”: the meeting was cancelled.",
                        person=line.partner_id.display_name,
                        meeting=line.meeting_id.name,
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        self._check_not_twice(
            [(vals.get("meeting_id"), vals.get("partner_id")) for vals in vals_list]
        )
        lines = super().create(vals_list)
        lines._refresh_participation(lines._participation_scope())
        return lines

    def write(self, vals):
        if not PARTICIPATION_FIELDS & vals.keys():
            return super().write(vals)
        if "partner_id" in vals or "meeting_id" in vals:
            self._check_not_twice(
                [
                    (
                        vals.get("meeting_id", line.meeting_id.id),
                        vals.get("partner_id", line.partner_id.id),
                    )
                    for line in self
                ]
            )
        before = self._participation_scope()
        result = super().write(vals)
        self._refresh_participation(before | self._participation_scope(), "meeting_id" in vals)
        return result

    def unlink(self):
        scope = self._participation_scope()
        result = super().unlink()
        self._refresh_participation(scope)
        return result

    def _check_not_twice(self, pairs):
        """Refuse one person twice on a roll call, with their name rather than a
        database error."""
        pairs = [(meeting, partner) for meeting, partner in pairs if meeting and partner]
        twice = [pair for pair, count in Counter(pairs).items() if count > 1]
        if pairs and not twice:
            twice = self.env.execute_query(
                SQL(
                    "SELECT meeting_id, partner_id FROM community_attendance "
                    "WHERE (meeting_id, partner_id) IN %s AND NOT id = ANY(%s::int[]) LIMIT 1",
                    tuple(pairs),
                    self.ids,
                )
            )
        if twice:
            meeting_id, partner_id = twice[0]
            raise ValidationError(
                self.env._(
                    "%(person)s is already on the roll call of “%(meeting)s”.",
                    person=self.env["res.partner"].browse(partner_id).display_name,
                    meeting=self.env["community.meeting"].browse(meeting_id).name,
                )
            )

    def _participation_scope(self):
        return ParticipationScope(
            self.partner_id.ids, self.initiative_id.ids, self.community_id.ids
        )

    @api.model
    def _refresh_participation(self, scope, force=False):
        """Bring the participation figures touched by a change up to date: those of the
        people (not of every contact), and the breadth of their initiatives and
        communities. Under DEFERRED_KEY the caller does it once for all its changes."""
        if not scope or (self.env.context.get(DEFERRED_KEY) and not force):
            return
        self.flush_model()
        self.env["res.partner"]._update_participation_figures(scope.partner_ids)
        self.env["community.initiative"]._update_participation_breadth(scope.initiative_ids)
        self.env["community.community"]._update_participation_breadth(scope.community_ids)

    @api.model
    def _cron_refresh_participation(self):
        """Daily: move the rolling windows ("last 90 days") of every figure forward."""
        self.flush_model()
        self.env["res.partner"]._update_participation_figures(rolling_only=True)
        self.env["community.initiative"]._update_participation_breadth()
        self.env["community.community"]._update_participation_breadth()

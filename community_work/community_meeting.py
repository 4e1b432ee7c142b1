from collections import defaultdict
from datetime import timedelta

from odoo import Command, api, fields, models
from odoo.exceptions import ValidationError

from .participation import DEFERRED_KEY

DEFAULT_DURATION = timedelta(hours=2)
# What the participation figures of a meeting's people depend on.
PARTICIPATION_FIELDS = {"state", "start", "initiative_id", "community_id", "attendance_ids"}


class CommunityMeeting(models.Model):
    """A meeting, an action or any gathering of the people a community worker supports."""

    _name = "community.meeting"
    _description = "Meeting"
    _inherit = [
        "mail.thread",
        "mail.activity.mixin",
        "community.name.mixin",
        "community.initiative.scope.mixin",
    ]
    _order = "start desc, id desc"
    # Every worker reads every meeting of their companies, so all may discuss them.
    _mail_post_access = "read"
    _check_company_auto = True

    name = fields.Char(string="Title", required=True, tracking=True)
    kind_id = fields.Many2one(
        "community.meeting.kind",
        string="Kind",
        required=True,
        index=True,
        tracking=True,
        ondelete="restrict",
        default=lambda self: self.env["community.meeting.kind"].search([], limit=1),
    )
    state = fields.Selection(
        [("planned", "Planned"), ("held", "Held"), ("cancelled", "Cancelled")],
        string="Status",
        required=True,
        default="planned",
        index=True,
        tracking=True,
        copy=False,
    )
    start = fields.Datetime(
        required=True,
        index=True,
        tracking=True,
        default=lambda self: self._default_start(),
    )
    stop = fields.Datetime(
        string="End",
        required=True,
        compute="_compute_stop",
        store=True,
        readonly=False,
        precompute=True,
    )
    place = fields.Char()
    user_id = fields.Many2one(
        "res.users",
        string="Organised By",
        index=True,
        tracking=True,
        default=lambda self: self.env.user,
        domain="[('share', '=', False)]",
        check_company=True,
    )
    agenda = fields.Html(string="Purpose and Agenda")
    decisions = fields.Html(string="Decisions and Follow-ups")
    anonymous_count = fields.Integer(
        string="Unnamed Participants",
        help="People who took part without giving their name: they count in the headcount.",
    )
    attendance_ids = fields.One2many(
        "community.attendance", "meeting_id", string="Roll Call", copy=False
    )
    attended_count = fields.Integer(string="Came", compute="_compute_attendance_counts", store=True)
    apologised_count = fields.Integer(
        string="Apologised", compute="_compute_attendance_counts", store=True
    )
    headcount = fields.Integer(
        compute="_compute_attendance_counts",
        store=True,
        help="Everyone who took part: the people on the roll call who came and the "
        "unnamed participants.",
    )
    is_started = fields.Boolean(compute="_compute_is_started")
    company_id = fields.Many2one(related="community_id.company_id", store=True, index=True)
    color = fields.Integer(related="kind_id.color", string="Colour", aggregator=False)

    def _default_start(self):
        """The next full hour."""
        now = fields.Datetime.now()
        return now.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)

    @api.depends("start")
    def _compute_stop(self):
        """Keep the meeting's length when it moves; two hours for a new one."""
        for meeting in self:
            if not meeting.start:
                continue
            before = meeting._origin
            duration = DEFAULT_DURATION
            if before.start and before.stop and before.stop > before.start:
                duration = before.stop - before.start
            meeting.stop = meeting.start + duration

    @api.depends("attendance_ids.status", "anonymous_count")
    def _compute_attendance_counts(self):
        for meeting in self:
            statuses = meeting.attendance_ids.mapped("status")
            meeting.attended_count = statuses.count("attended")
            meeting.apologised_count = statuses.count("apologised")
            meeting.headcount = meeting.attended_count + meeting.anonymous_count

    @api.depends("start")
    def _compute_is_started(self):
        now = fields.Datetime.now()
        for meeting in self:
            meeting.is_started = bool(meeting.start) and meeting.start <= now

    @api.constrains("start", "stop")
    def _check_dates(self):
        for meeting in self:
            if meeting.stop < meeting.start:
                raise ValidationError(
                    self.env._("“%(meeting)s” cannot end before it starts.", meeting=meeting.name)
                )

    @api.constrains("state", "start")
    def _check_held_in_the_past(self):
        now = fields.Datetime.now()
        for meeting in self:
            if meeting.state == "held" and meeting.start > now:
                raise ValidationError(
                    self.env._(
                        "“%(meeting)s” starts in the future: it can be marked as held once "
                        "it has started.",
                        meeting=meeting.name,
                    )
                )

    @api.constrains("anonymous_count")
    def _check_anonymous_count(self):
        for meeting in self:
            if meeting.anonymous_count < 0:
                raise ValidationError(
                    self.env._(
                        "The number of unnamed participants of “%(meeting)s” cannot be negative.",
                        meeting=meeting.name,
                    )
                )

    def write(self, vals):
        if not PARTICIPATION_FIELDS & vals.keys():
            return super().write(vals)
        # The roll call's lines change in a few batches, and the figures of the people,
        # initiatives and communities concerned are brought up to date once at the end.
        before = self.attendance_ids._participation_scope()
        deferred = self.with_context(**{DEFERRED_KEY: True})
        vals = deferred._write_roll_call_updates(vals)
        result = super(CommunityMeeting, deferred).write(vals) if vals else True
        after = self.attendance_ids._participation_scope()
        self.env["community.attendance"]._refresh_participation(before | after)
        return result

    def _write_roll_call_updates(self, vals):
        """Apply the edits of roll-call lines with one write per set of values (ticking
        thirty people is one write, not thirty). Returns the values left to write."""
        commands = vals.get("attendance_ids")
        if not commands:
            return vals
        updates, other_commands = defaultdict(list), []
        for command in commands:
            if command[0] == Command.UPDATE:
                updates[repr(sorted(command[2].items()))].append(command)
            else:
                other_commands.append(command)
        attendance = self.env["community.attendance"]
        for same_values in updates.values():
            attendance.browse([command[1] for command in same_values]).write(same_values[0][2])
        vals = {key: value for key, value in vals.items() if key != "attendance_ids"}
        if other_commands:
            vals["attendance_ids"] = other_commands
        return vals

    def unlink(self):
        scope = self.attendance_ids._participation_scope()
        result = super().unlink()
        self.env["community.attendance"]._refresh_participation(scope)
        return result

    def action_invite(self):
        """Put the initiative's activists and the community's members on the roll call."""
        memberships = self.env["community.membership"].search(
            [("community_id", "in", self.community_id.ids)]
        )
        members_by_community = defaultdict(lambda: self.env["res.partner"])
        for membership in memberships:
            members_by_community[membership.community_id] |= membership.partner_id
        vals_list = []
        for meeting in self.filtered(lambda m: m.state != "cancelled"):
            people = meeting.initiative_id.activist_ids | members_by_community[meeting.community_id]
            people -= meeting.attendance_ids.partner_id
            vals_list += [
                {"meeting_id": meeting.id, "partner_id": person.id, "status": "invited"}
                for person in people.sorted("name")
                if not person.is_company
            ]
        self.env["community.attendance"].create(vals_list)
        return True

    def action_mark_held(self):
        """The meeting took place: whoever was invited and not ticked did not come."""
        self.write({"state": "held"})
        self.attendance_ids.filtered(lambda a: a.status == "invited").write({"status": "absent"})
        return True

    def action_cancel(self):
        self.write({"state": "cancelled"})
        return True

    def action_reset_to_planned(self):
        self.write({"state": "planned"})
        return True

    def action_plan_next(self):
        """Open the next meeting of the same group, as far apart as the last two, with
        the people who came or apologised invited."""
        self.ensure_one()
        start = self.start + self._next_meeting_interval()
        invited = self.attendance_ids.filtered(lambda a: a.status in ("attended", "apologised"))
        return {
            "type": "ir.actions.act_window",
            "res_model": "community.meeting",
            "view_mode": "form",
            "views": [(False, "form")],
            "target": "current",
            "context": {
                "default_name": self.name,
                "default_kind_id": self.kind_id.id,
                "default_community_id": self.community_id.id,
                "default_initiative_id": self.initiative_id.id,
                "default_place": self.place,
                "default_start": fields.Datetime.to_string(start),
                "default_stop": fields.Datetime.to_string(start + (self.stop - self.start)),
                "default_attendance_ids": [
                    Command.create({"partner_id": line.partner_id.id, "status": "invited"})
                    for line in invited
                ],
            },
        }

    def _next_meeting_interval(self):
        previous = self.search(
            [
                ("kind_id", "=", self.kind_id.id),
                ("community_id", "=", self.community_id.id),
                ("initiative_id", "=", self.initiative_id.id),
                ("start", "<", self.start),
                ("state", "!=", "cancelled"),
            ],
            order="start desc",
            limit=1,
        )
        if previous and (self.start - previous.start).days >= 1:
            return self.start - previous.start
        return timedelta(weeks=1)

from datetime import timedelta

from odoo import Command, api, fields, models
from odoo.tools import SQL

from .participation import ATTENDED, RECENT_DAYS
from .res_partner import COMMUNITY_GROUP
from .window_action import window_action

FIGURE_FIELDS = [
    "community_meeting_count",
    "community_meeting_recent_count",
    "community_first_attendance_date",
    "community_last_attendance_date",
    "community_initiative_attended_count",
]


class ResPartner(models.Model):
    """How much each person takes part, measured from the roll calls.

    The figures are stored so that contacts can be searched, sorted and grouped by them.
    They are brought up to date in SQL for the people a roll call touches, and every
    night for the rolling window.
    """

    _inherit = "res.partner"

    community_attendance_ids = fields.One2many(
        "community.attendance", "partner_id", string="Meetings", groups=COMMUNITY_GROUP
    )
    community_meeting_count = fields.Integer(
        string="Meetings Attended", readonly=True, copy=False, groups=COMMUNITY_GROUP
    )
    community_meeting_recent_count = fields.Integer(
        string="Meetings in the Last 90 Days", readonly=True, copy=False, groups=COMMUNITY_GROUP
    )
    community_first_attendance_date = fields.Date(
        string="First Took Part", readonly=True, copy=False, groups=COMMUNITY_GROUP
    )
    community_last_attendance_date = fields.Date(
        string="Last Took Part",
        readonly=True,
        copy=False,
        index="btree_not_null",
        groups=COMMUNITY_GROUP,
    )
    community_initiative_attended_count = fields.Integer(
        string="Initiatives Taken Part In",
        readonly=True,
        copy=False,
        aggregator=False,
        groups=COMMUNITY_GROUP,
    )
    community_attendance_tally_ids = fields.One2many(
        "community.attendance.tally",
        "partner_id",
        string="Roles at Meetings",
        groups=COMMUNITY_GROUP,
    )

    @api.model_create_multi
    def create(self, vals_list):
        partners = super().create(vals_list)
        community_id = self.env.context.get("community_roll_call_community_id")
        if community_id:
            partners.filtered(lambda p: not p.is_company)._join_community_as_resident(community_id)
        return partners

    def _join_community_as_resident(self, community_id):
        """People typed into a roll call live in the meeting's community."""
        resident = self.env.ref("community_work.community_role_resident")
        self.filtered(lambda p: not p.community_role_ids).write(
            {"community_role_ids": [Command.link(resident.id)]}
        )
        self.env["community.membership"].create(
            [{"community_id": community_id, "partner_id": partner.id} for partner in self]
        )

    def _with_community_profile(self):
        """People on a roll call have a community profile too."""
        attendees = (
            self.env["community.attendance"]
            .sudo()
            ._read_group([("partner_id", "in", self.ids)], ["partner_id"])
        )
        return super()._with_community_profile() | self.browse(
            [partner.id for [partner] in attendees]
        )

    @api.ondelete(at_uninstall=False)
    def _unlink_community_profile(self):
        """Their roll-call lines go with a deleted contact, recounting their meetings."""
        super()._unlink_community_profile()
        self.env["community.attendance"].sudo().search([("partner_id", "in", self.ids)]).unlink()

    def action_view_community_meetings(self):
        self.ensure_one()
        return window_action(
            self.env,
            "community_work.community_meeting_action",
            [
                (
                    "attendance_ids",
                    "any",
                    [("partner_id", "=", self.id), ("status", "=", "attended")],
                )
            ],
        )

    @api.model
    def _update_participation_figures(self, partner_ids=None, rolling_only=False):
        """Recount the figures of `partner_ids` (of everyone when None) from their lines,
        in a few set-based statements; `rolling_only` leaves alone what does not move with
        the calendar (first-time marks and roles)."""
        if partner_ids is not None and not partner_ids:
            return
        ids = None if partner_ids is None else list(partner_ids)
        self._update_meeting_figures(ids)
        if not rolling_only:
            self._update_first_times(ids)
            self.env["community.attendance.tally"]._update_tallies(ids)
        self.invalidate_model(FIGURE_FIELDS)

    @api.model
    def _update_meeting_figures(self, ids):
        since = fields.Datetime.now() - timedelta(days=RECENT_DAYS)
        if ids is None:
            lines_filter = SQL()
            targets = SQL(
                "SELECT partner_id AS id FROM figures UNION "
                "SELECT id FROM res_partner WHERE community_meeting_count > 0"
            )
        else:
            lines_filter = SQL("AND a.partner_id = ANY(%s)", ids)
            targets = SQL("SELECT unnest(%s::int[]) AS id", ids)
        self.env.cr.execute(
            SQL(
                """
                WITH figures AS (
                    SELECT a.partner_id,
                           COUNT(*) AS meetings,
                           COUNT(*) FILTER (WHERE a.date >= %(since)s) AS recent,
                           MIN(a.date)::date AS first_date,
                           MAX(a.date)::date AS last_date,
                           COUNT(DISTINCT a.initiative_id) AS initiatives
                      FROM community_attendance a
                     WHERE %(attended)s %(lines_filter)s
                  GROUP BY a.partner_id
                ), targets AS (%(targets)s),
                new AS (
                    SELECT t.id, COALESCE(f.meetings, 0) AS meetings,
                           COALESCE(f.recent, 0) AS recent, f.first_date, f.last_date,
                           COALESCE(f.initiatives, 0) AS initiatives
                      FROM targets t LEFT JOIN figures f ON f.partner_id = t.id
                )
                UPDATE res_partner p
                   SET community_meeting_count = n.meetings,
                       community_meeting_recent_count = n.recent,
                       community_first_attendance_date = n.first_date,
                       community_last_attendance_date = n.last_date,
                       community_initiative_attended_count = n.initiatives
                  FROM new n
                 WHERE p.id = n.id
                   AND (p.community_meeting_count, p.community_meeting_recent_count,
                        p.community_first_attendance_date, p.community_last_attendance_date,
                        p.community_initiative_attended_count)
                       IS DISTINCT FROM
                       (n.meetings, n.recent, n.first_date, n.last_date, n.initiatives)
                """,
                since=since,
                attended=ATTENDED,
                lines_filter=lines_filter,
                targets=targets,
            )
        )

    @api.model
    def _update_first_times(self, ids):
        """Mark each person's first meeting (by date) among the lines where they came."""
        lines_filter = SQL() if ids is None else SQL("AND a.partner_id = ANY(%s)", ids)
        self.env.cr.execute(
            SQL(
                """
                WITH firsts AS (
                    SELECT DISTINCT ON (a.partner_id) a.id
                      FROM community_attendance a
                     WHERE %(attended)s %(lines_filter)s
                  ORDER BY a.partner_id, a.date, a.id
                ), changed AS (
                    SELECT a.id, f.id IS NOT NULL AS is_first
                      FROM community_attendance a
                 LEFT JOIN firsts f ON f.id = a.id
                     WHERE (a.is_first_time OR f.id IS NOT NULL) %(lines_filter)s
                       AND COALESCE(a.is_first_time, FALSE) != (f.id IS NOT NULL)
                )
                UPDATE community_attendance a
                   SET is_first_time = c.is_first
                  FROM changed c
                 WHERE a.id = c.id
                """,
                attended=ATTENDED,
                lines_filter=lines_filter,
            )
        )
        self.env["community.attendance"].invalidate_model(["is_first_time"])

from datetime import timedelta

from odoo import api, fields, models
from odoo.tools import SQL

from .participation import ATTENDED, RECENT_DAYS
from .window_action import window_action

DEFAULT_MIN_PARTICIPANTS = 6
DEFAULT_MAX_TOP_SHARE = 0.6


class CommunityParticipationBreadthMixin(models.AbstractModel):
    """How widely people take part in the meetings of an initiative or a community.

    The sources warn against groups that depend on a few leaders while the majority is
    ignored: the figures say how many people came lately, how many were new, and how much
    of the attendance the three most frequent participants hold. They are stored (boards
    filter on them), recounted in SQL when a roll call changes, and every night.
    """

    _name = "community.participation.breadth.mixin"
    _description = "Breadth of Participation"
    # The field of community.meeting and community.attendance pointing to the record.
    _participation_field = None

    meeting_count = fields.Integer(
        string="Meeting Count", compute="_compute_meeting_count", aggregator=False
    )
    participant_recent_count = fields.Integer(
        string="Participants (90 Days)",
        aggregator=False,
        readonly=True,
        copy=False,
        help="Different people who came to its meetings in the last 90 days.",
    )
    newcomer_recent_count = fields.Integer(
        string="New Participants (90 Days)",
        aggregator=False,
        readonly=True,
        copy=False,
        help="People who came to its meetings for the first time in the last 90 days.",
    )
    top_participant_share = fields.Float(
        string="Share of the Three Most Frequent",
        aggregator=False,
        readonly=True,
        copy=False,
        help="The share of the last 90 days' attendances held by the three people who "
        "came most often.",
    )
    is_participation_narrow = fields.Boolean(
        string="Participation Narrowing",
        readonly=True,
        copy=False,
        help="Few people came in the last 90 days, or a few of them hold most of the "
        "attendances (thresholds in the settings).",
    )

    def _compute_meeting_count(self):
        field = self._participation_field
        counts = dict(
            self.env["community.meeting"]._read_group(
                [(field, "in", self.ids)], [field], ["__count"]
            )
        )
        for record in self:
            record.meeting_count = counts.get(record, 0)

    def action_view_meetings(self):
        self.ensure_one()
        field = self._participation_field
        return window_action(
            self.env,
            "community_work.community_meeting_action",
            [(field, "=", self.id)],
            {f"default_{field}": self.id},
        )

    @api.model
    def _breadth_thresholds(self):
        params = self.env["ir.config_parameter"].sudo()
        return (
            int(
                params.get_param(
                    "community_work.breadth_min_participants", DEFAULT_MIN_PARTICIPANTS
                )
            ),
            float(params.get_param("community_work.breadth_max_top_share", DEFAULT_MAX_TOP_SHARE)),
        )

    @api.model
    def _narrowing(self, participants, top_share):
        """SQL: whether participation narrows, from the columns or values given."""
        min_participants, max_top_share = self._breadth_thresholds()
        return SQL(
            "(%(participants)s > 0 AND (%(participants)s < %(min)s OR %(share)s > %(max)s))",
            participants=participants,
            share=top_share,
            min=min_participants,
            max=max_top_share,
        )

    @api.model
    def _update_participation_breadth(self, ids=None):
        """Recount the breadth of the records `ids` (of all records when None)."""
        if ids is not None and not ids:
            return
        column = SQL.identifier(self._participation_field)
        if ids is None:
            lines_filter = SQL("AND a.%s IS NOT NULL", column)
            targets = SQL(
                "SELECT scope_id AS id FROM figures UNION "
                "SELECT id FROM %s WHERE participant_recent_count > 0",
                SQL.identifier(self._table),
            )
        else:
            lines_filter = SQL("AND a.%s = ANY(%s)", column, list(ids))
            targets = SQL("SELECT unnest(%s::int[]) AS id", list(ids))
        since = fields.Datetime.now() - timedelta(days=RECENT_DAYS)
        self.env.cr.execute(
            SQL(
                """
                WITH per_person AS (
                    SELECT a.%(column)s AS scope_id, a.partner_id,
                           COUNT(*) FILTER (WHERE a.date >= %(since)s) AS recent,
                           MIN(a.date) AS first_date
                      FROM community_attendance a
                     WHERE %(attended)s %(lines_filter)s
                  GROUP BY a.%(column)s, a.partner_id
                ), ranked AS (
                    SELECT scope_id, recent, first_date,
                           ROW_NUMBER() OVER (
                               PARTITION BY scope_id ORDER BY recent DESC, partner_id
                           ) AS rank
                      FROM per_person
                     WHERE recent > 0
                ), figures AS (
                    SELECT scope_id, COUNT(*) AS participants,
                           COUNT(*) FILTER (WHERE first_date >= %(since)s) AS newcomers,
                           SUM(recent) FILTER (WHERE rank <= 3)::float / SUM(recent) AS top_share
                      FROM ranked
                  GROUP BY scope_id
                ), targets AS (%(targets)s),
                new AS (
                    SELECT t.id, COALESCE(f.participants, 0) AS participants,
                           COALESCE(f.newcomers, 0) AS newcomers,
                           COALESCE(f.top_share, 0) AS top_share
                      FROM targets t LEFT JOIN figures f ON f.scope_id = t.id
                )
                UPDATE %(table)s r
                   SET participant_recent_count = n.participants,
                       newcomer_recent_count = n.newcomers,
                       top_participant_share = n.top_share,
                       is_participation_narrow = %(narrow)s
                  FROM new n
                 WHERE r.id = n.id
                   AND (r.participant_recent_count, r.newcomer_recent_count,
                        r.top_participant_share, r.is_participation_narrow)
                       IS DISTINCT FROM (n.participants, n.newcomers, n.top_share, %(narrow)s)
                """,
                column=column,
                since=since,
                attended=ATTENDED,
                lines_filter=lines_filter,
                targets=targets,
                table=SQL.identifier(self._table),
                narrow=self._narrowing(SQL("n.participants"), SQL("n.top_share")),
            )
        )
        self.invalidate_model(self._breadth_fields())

    @api.model
    def _update_participation_narrowing(self):
        """Apply new thresholds to the stored figures (the lines need no recount)."""
        narrow = self._narrowing(SQL("participant_recent_count"), SQL("top_participant_share"))
        self.env.cr.execute(
            SQL(
                "UPDATE %(table)s SET is_participation_narrow = %(narrow)s "
                "WHERE is_participation_narrow IS DISTINCT FROM %(narrow)s",
                table=SQL.identifier(self._table),
                narrow=narrow,
            )
        )
        self.invalidate_model(["is_participation_narrow"])

    @api.model
    def _breadth_fields(self):
        return [
            "participant_recent_count",
            "newcomer_recent_count",
            "top_participant_share",
            "is_participation_narrow",
        ]

from odoo import fields, models, tools
from odoo.tools import SQL


class CommunityParticipationAnalysis(models.Model):
    """Participation over time: a line per meeting held and a line per person who came
    to one, so that meetings, attendances, different people and newcomers add up in any
    grouping (different people are counted once per group)."""

    _name = "community.participation.analysis"
    _description = "Participation Analysis"
    _auto = False
    _order = "date desc"
    _rec_name = "meeting_id"
    _depends = {
        "community.meeting": [
            "state",
            "start",
            "kind_id",
            "community_id",
            "initiative_id",
            "user_id",
            "anonymous_count",
            "company_id",
        ],
        "community.attendance": ["meeting_id", "partner_id", "status", "is_first_time"],
        "community.initiative": ["method_id"],
    }

    meeting_id = fields.Many2one("community.meeting", readonly=True)
    partner_id = fields.Many2one("res.partner", string="Different People", readonly=True)
    date = fields.Datetime(readonly=True)
    kind_id = fields.Many2one("community.meeting.kind", string="Kind", readonly=True)
    community_id = fields.Many2one("community.community", readonly=True)
    initiative_id = fields.Many2one("community.initiative", readonly=True)
    method_id = fields.Many2one("community.method", readonly=True)
    user_id = fields.Many2one("res.users", string="Organised By", readonly=True)
    company_id = fields.Many2one("res.company", readonly=True)
    meeting_count = fields.Integer(string="Meetings Held", readonly=True)
    attendance_count = fields.Integer(string="Attendances", readonly=True)
    new_count = fields.Integer(
        string="New People", readonly=True, help="People at their first meeting ever."
    )
    anonymous_count = fields.Integer(string="Unnamed People", readonly=True)

    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        # Meetings take even ids and attendances odd ones, so that ids never clash. The
        # joins are LEFT JOINs on primary keys: PostgreSQL skips them when a read does
        # not need the organiser or the method (a line always has its meeting).
        self.env.cr.execute(
            SQL(
                """
                CREATE OR REPLACE VIEW %(view)s AS (
                    SELECT meeting.id * 2 AS id,
                           meeting.id AS meeting_id,
                           NULL::integer AS partner_id,
                           meeting.start AS date,
                           meeting.kind_id,
                           meeting.community_id,
                           meeting.initiative_id,
                           initiative.method_id,
                           meeting.user_id,
                           meeting.company_id,
                           1 AS meeting_count,
                           0 AS attendance_count,
                           0 AS new_count,
                           meeting.anonymous_count
                      FROM community_meeting meeting
                 LEFT JOIN community_initiative initiative ON initiative.id = meeting.initiative_id
                     WHERE meeting.state = 'held'
                     UNION ALL
                    SELECT attendance.id * 2 + 1,
                           attendance.meeting_id,
                           attendance.partner_id,
                           attendance.date,
                           attendance.kind_id,
                           attendance.community_id,
                           attendance.initiative_id,
                           initiative.method_id,
                           meeting.user_id,
                           attendance.company_id,
                           0,
                           1,
                           COALESCE(attendance.is_first_time, FALSE)::integer,
                           0
                      FROM community_attendance attendance
                 LEFT JOIN community_meeting meeting ON meeting.id = attendance.meeting_id
                 LEFT JOIN community_initiative initiative
                        ON initiative.id = attendance.initiative_id
                     WHERE attendance.status = 'attended'
                       AND attendance.meeting_state = 'held'
                )
                """,
                view=SQL.identifier(self._table),
            )
        )
        # The lines the view counts, in date order, with every column it reads: the
        # pivot reads them from the index alone, a period from a range of it.
        self.env.cr.execute(
            """
            CREATE INDEX IF NOT EXISTS community_attendance_participation_index
                ON community_attendance (date)
                   INCLUDE (partner_id, meeting_id, is_first_time, kind_id, community_id,
                            initiative_id, company_id)
             WHERE status = 'attended' AND meeting_state = 'held'
            """
        )

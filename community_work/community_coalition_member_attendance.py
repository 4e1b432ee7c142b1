from odoo import fields, models
from odoo.tools import SQL


class CommunityCoalitionMember(models.Model):
    """How often an organisation comes to its coalition's meetings, through its
    representatives, counted over the meetings held while it was a member."""

    _inherit = "community.coalition.member"

    meeting_held_count = fields.Integer(
        string="Meetings Held",
        compute="_compute_meeting_attendance",
        help="Meetings of the coalition held since the organisation joined (until it left).",
    )
    meeting_attended_count = fields.Integer(
        string="Meetings Attended",
        compute="_compute_meeting_attendance",
        help="Of those, the meetings at least one of its representatives came to.",
    )
    date_last_attended = fields.Datetime(
        string="Last Attended", compute="_compute_meeting_attendance"
    )

    def _compute_meeting_attendance(self):
        """One query for all the members shown."""
        figures = {}
        members = self.filtered("id")
        if members:
            for model in (
                "community.coalition.member",
                "community.meeting",
                "community.attendance",
            ):
                self.env[model].flush_model()
            self.env.cr.execute(
                SQL(
                    """
                    WITH held AS (
                        SELECT member.id AS member_id, meeting.id AS meeting_id, meeting.start
                          FROM community_coalition_member member
                          JOIN community_meeting meeting
                            ON meeting.coalition_id = member.coalition_id
                           AND meeting.state = 'held'
                           AND meeting.start::date >= member.date_joined
                           AND (member.date_left IS NULL
                                OR meeting.start::date <= member.date_left)
                         WHERE member.id IN %(ids)s
                    ), came AS (
                        SELECT DISTINCT representative.member_id, attendance.meeting_id
                          FROM community_coalition_member_representative_rel representative
                          JOIN community_attendance attendance
                            ON attendance.partner_id = representative.partner_id
                           AND attendance.status = 'attended'
                         WHERE representative.member_id IN %(ids)s
                    )
                    SELECT held.member_id,
                           COUNT(*),
                           COUNT(came.meeting_id),
                           MAX(held.start) FILTER (WHERE came.meeting_id IS NOT NULL)
                      FROM held
                 LEFT JOIN came
                        ON came.member_id = held.member_id
                       AND came.meeting_id = held.meeting_id
                  GROUP BY held.member_id
                    """,
                    ids=tuple(members.ids),
                )
            )
            figures = {row[0]: row[1:] for row in self.env.cr.fetchall()}
        for member in self:
            held, attended, last = figures.get(member.id, (0, 0, False))
            member.meeting_held_count = held
            member.meeting_attended_count = attended
            member.date_last_attended = last

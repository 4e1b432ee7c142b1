from odoo import api, models
from odoo.tools import SQL


class CommunityCoalition(models.Model):
    """How far a coalition reaches: the people taking part in what it and its members do."""

    _inherit = "community.coalition"

    def _reach_people_query(self):
        """(coalition, person) pairs: the activists of the coalition's linked initiatives
        and of the initiatives its current member organisations take part in, the people
        who came to those initiatives' meetings, and those who came to its own meetings."""
        return SQL(
            """
            WITH initiatives AS (
                SELECT rel.coalition_id, rel.initiative_id
                  FROM community_coalition_initiative_rel rel
                 WHERE rel.coalition_id IN %(ids)s
                 UNION
                SELECT member.coalition_id, organisation.initiative_id
                  FROM community_coalition_member member
                  JOIN community_initiative_organisation_rel organisation
                    ON organisation.partner_id = member.partner_id
                 WHERE member.coalition_id IN %(ids)s
                   AND member.date_left IS NULL
            )
            SELECT initiatives.coalition_id, activist.partner_id
              FROM initiatives
              JOIN community_initiative_activist_rel activist
                ON activist.initiative_id = initiatives.initiative_id
             UNION
            SELECT initiatives.coalition_id, attendance.partner_id
              FROM initiatives
              JOIN community_attendance attendance
                ON attendance.initiative_id = initiatives.initiative_id
               AND attendance.status = 'attended'
             UNION
            SELECT meeting.coalition_id, attendance.partner_id
              FROM community_meeting meeting
              JOIN community_attendance attendance
                ON attendance.meeting_id = meeting.id
               AND attendance.status = 'attended'
             WHERE meeting.coalition_id IN %(ids)s
            """,
            ids=tuple(self.ids),
        )

    def _refresh_residents_reached(self):
        """Count each coalition's residents reached in one statement."""
        if not self:
            return
        self.env.flush_all()
        self.env.cr.execute(
            SQL(
                """
                WITH people AS (%(people)s)
                UPDATE community_coalition coalition
                   SET residents_reached = (
                           SELECT COUNT(DISTINCT people.partner_id)
                             FROM people
                            WHERE people.coalition_id = coalition.id
                       )
                 WHERE coalition.id IN %(ids)s
                """,
                people=self._reach_people_query(),
                ids=tuple(self.ids),
            )
        )
        self.invalidate_recordset(["residents_reached"])

    @api.model
    def _cron_refresh_reach(self):
        """Nightly: people join and leave initiatives without touching the coalitions."""
        self.with_context(active_test=False).search([])._refresh_residents_reached()

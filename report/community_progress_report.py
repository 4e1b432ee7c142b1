from odoo import api, models
from odoo.tools import SQL

SECONDS_PER_DAY = 86400


class ReportInitiativeProgress(models.AbstractModel):
    """What the printed progress report of an initiative shows, for its group and its
    funders: stages passed, indicators, participation per quarter, achievements and the
    latest review."""

    _name = "report.community_work.report_initiative_progress"
    _description = "Initiative Progress Report"

    @api.model
    def _get_report_values(self, docids, data=None):
        initiatives = self.env["community.initiative"].browse(docids)
        quarters = self._participation_by_quarter(initiatives)
        return {
            "doc_ids": docids,
            "doc_model": "community.initiative",
            "docs": initiatives,
            "stages": {initiative.id: self._stages(initiative) for initiative in initiatives},
            "quarters": quarters,
            "latest_review": {
                initiative.id: initiative.review_ids.filtered(lambda r: r.state == "done")[:1]
                for initiative in initiatives
            },
        }

    def _stages(self, initiative):
        """(stage, days spent in it, whether it is the current one) for each stage the
        initiative went through, in the method's order."""
        durations = initiative.duration_tracking or {}
        return [
            (
                stage,
                round(durations.get(str(stage.id), 0) / SECONDS_PER_DAY),
                stage == initiative.stage_id,
            )
            for stage in initiative.method_id.stage_ids
            if durations.get(str(stage.id)) or stage == initiative.stage_id
        ]

    def _participation_by_quarter(self, initiatives):
        """{initiative id: [(quarter, meetings held, people, new people)]}, oldest first."""
        if not initiatives:
            return {}
        self.env["community.attendance"].flush_model()
        self.env["community.meeting"].flush_model()
        self.env.cr.execute(
            SQL(
                """
                SELECT meeting.initiative_id,
                       to_char(date_trunc('quarter', meeting.start), 'YYYY "Q"Q') AS quarter,
                       COUNT(DISTINCT meeting.id) AS meetings,
                       COUNT(DISTINCT attendance.partner_id) AS people,
                       COUNT(DISTINCT attendance.partner_id)
                           FILTER (WHERE attendance.is_first_time) AS newcomers
                  FROM community_meeting meeting
                  LEFT JOIN community_attendance attendance
                    ON attendance.meeting_id = meeting.id AND attendance.status = 'attended'
                 WHERE meeting.initiative_id IN %s AND meeting.state = 'held'
                 GROUP BY meeting.initiative_id, date_trunc('quarter', meeting.start)
                 ORDER BY date_trunc('quarter', meeting.start)
                """,
                tuple(initiatives.ids),
            )
        )
        result = {initiative.id: [] for initiative in initiatives}
        for initiative_id, quarter, meetings, people, newcomers in self.env.cr.fetchall():
            result[initiative_id].append((quarter, meetings, people, newcomers))
        return result


class ReportCommunityProgress(models.AbstractModel):
    """The printed progress report of a community: its initiatives, participation and
    achievements."""

    _name = "report.community_work.report_community_progress"
    _description = "Community Progress Report"

    @api.model
    def _get_report_values(self, docids, data=None):
        communities = self.env["community.community"].browse(docids)
        Initiative = self.env["community.initiative"]
        return {
            "doc_ids": docids,
            "doc_model": "community.community",
            "docs": communities,
            "initiatives": {
                community.id: Initiative.search([("community_id", "child_of", community.id)])
                for community in communities
            },
        }

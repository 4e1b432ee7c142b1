from odoo import api, fields, models
from odoo.tools import SQL

FIGURES = (
    "meeting_count",
    "participant_count",
    "new_participant_count",
    "activist_count",
    "pledge_delivered_count",
)
# What the figures are counted from.
FIGURE_SOURCES = (
    "community.initiative",
    "community.meeting",
    "community.attendance",
    "community.ladder.change",
    "community.coalition",
    "community.coalition.pledge",
    "community.coalition.contribution",
)


class CommunityReviewFiguresMixin(models.AbstractModel):
    """The figures of a review, counted from the records as they were on its date, for
    the period since the initiative's previous review: set-based SQL for all reviews at
    once, frozen when the review is done."""

    _name = "community.review.figures.mixin"
    _description = "Review Figures"

    date_from = fields.Date(
        string="Period From",
        compute="_compute_figures",
        store=True,
        help="The day after the initiative's previous review, or its start.",
    )
    meeting_count = fields.Integer(
        string="Meetings Held", compute="_compute_figures", store=True, aggregator="sum"
    )
    participant_count = fields.Integer(
        string="People Taking Part",
        compute="_compute_figures",
        store=True,
        help="Different named people who came to the initiative's meetings in the period.",
    )
    new_participant_count = fields.Integer(
        string="New People",
        compute="_compute_figures",
        store=True,
        help="Of them, those who came to a meeting for the first time ever in the period.",
    )
    activist_count = fields.Integer(
        string="Activists and Leaders",
        compute="_compute_figures",
        store=True,
        help="People of the initiative (its activists and those who came to its meetings) "
        "who stood on the activist rung of the ladder or above on the review date.",
    )
    pledge_delivered_count = fields.Integer(
        string="Pledges Delivered",
        compute="_compute_figures",
        store=True,
        help="Pledges to the coalitions linked to the initiative, delivered in full by the "
        "review date.",
    )

    @api.depends("initiative_id", "date")
    def _compute_figures(self):
        drafts = self.filtered(lambda review: review.state == "draft")
        figures = drafts._query_figures()
        for index, review in enumerate(drafts):
            values = figures.get(index, {})
            review.date_from = values.get("date_from")
            for name in FIGURES:
                review[name] = values.get(name, 0)

    def _update_figures(self):
        """Count again (meetings and people may have been recorded since)."""
        self.env.add_to_compute(self._fields["meeting_count"], self)
        self._recompute_recordset(["meeting_count"])

    def _query_figures(self):
        """The figures of each review, by its position in `self`."""
        rows = [
            SQL("(%s, %s, %s, %s::date)", index, review._origin.id or 0, initiative.id, date)
            for index, (review, initiative, date) in enumerate(
                (review, review.initiative_id._origin, review.date) for review in self
            )
            if initiative and date
        ]
        if not rows:
            return {}
        for model in FIGURE_SOURCES:
            self.env[model].flush_model()
        self.env["community.review"].flush_model(["initiative_id", "date", "state"])
        self.env.cr.execute(self._figures_sql(SQL(", ").join(rows)))
        return {row["review_id"]: row for row in self.env.cr.dictfetchall()}

    def _figures_sql(self, reviews):
        activist = self.env.ref("community_work.community_level_activist")
        return SQL(
            """
            WITH review(review_id, own_id, initiative_id, date_to) AS (VALUES %(reviews)s),
            period AS (
                SELECT review.*,
                       COALESCE(
                           (SELECT MAX(previous.date) + 1 FROM community_review previous
                             WHERE previous.initiative_id = review.initiative_id
                               AND previous.state = 'done'
                               AND previous.date < review.date_to
                               AND previous.id != review.own_id),
                           initiative.date_start
                       ) AS date_from
                  FROM review
                  JOIN community_initiative initiative ON initiative.id = review.initiative_id
            ),
            came AS (
                SELECT DISTINCT period.review_id, attendance.partner_id, attendance.is_first_time
                  FROM period
                  JOIN community_attendance attendance
                    ON attendance.initiative_id = period.initiative_id
                   AND attendance.status = 'attended'
                   AND attendance.meeting_state = 'held'
                   AND attendance.date::date <= period.date_to
                   AND (period.date_from IS NULL OR attendance.date::date >= period.date_from)
            ),
            people AS (
                SELECT period.review_id, activist.partner_id
                  FROM period
                  JOIN community_initiative_activist_rel activist
                    ON activist.initiative_id = period.initiative_id
                 UNION
                SELECT period.review_id, attendance.partner_id
                  FROM period
                  JOIN community_attendance attendance
                    ON attendance.initiative_id = period.initiative_id
                   AND attendance.status = 'attended'
                   AND attendance.meeting_state = 'held'
                   AND attendance.date::date <= period.date_to
            ),
            pledge AS (
                SELECT period.review_id, pledge.id,
                       CASE WHEN pledge.kind = 'money' THEN pledge.amount
                            ELSE pledge.quantity END AS pledged,
                       COALESCE(SUM(CASE WHEN pledge.kind = 'money' THEN contribution.amount
                                         ELSE contribution.quantity END), 0) AS delivered
                  FROM period
                  JOIN community_coalition_initiative_rel rel
                    ON rel.initiative_id = period.initiative_id
                  JOIN community_coalition_pledge pledge ON pledge.coalition_id = rel.coalition_id
                  LEFT JOIN community_coalition_contribution contribution
                    ON contribution.pledge_id = pledge.id
                   AND contribution.date <= period.date_to
                 GROUP BY period.review_id, pledge.id
            )
            SELECT period.review_id,
                   period.date_from,
                   (SELECT COUNT(*) FROM community_meeting meeting
                     WHERE meeting.initiative_id = period.initiative_id
                       AND meeting.state = 'held'
                       AND meeting.start::date <= period.date_to
                       AND (period.date_from IS NULL OR meeting.start::date >= period.date_from)
                   ) AS meeting_count,
                   (SELECT COUNT(DISTINCT came.partner_id) FROM came
                     WHERE came.review_id = period.review_id) AS participant_count,
                   (SELECT COUNT(DISTINCT came.partner_id) FROM came
                     WHERE came.review_id = period.review_id AND came.is_first_time
                   ) AS new_participant_count,
                   (SELECT COUNT(*) FROM people
                      JOIN LATERAL (
                          SELECT change.level_to_id FROM community_ladder_change change
                           WHERE change.partner_id = people.partner_id
                             AND change.date::date <= period.date_to
                           ORDER BY change.date DESC, change.id DESC LIMIT 1
                      ) level_then ON TRUE
                      JOIN community_ladder_level level ON level.id = level_then.level_to_id
                     WHERE people.review_id = period.review_id
                       AND level.sequence >= %(activist_sequence)s
                   ) AS activist_count,
                   (SELECT COUNT(*) FROM pledge
                     WHERE pledge.review_id = period.review_id
                       AND pledge.pledged > 0 AND pledge.delivered >= pledge.pledged
                   ) AS pledge_delivered_count
              FROM period
            """,
            reviews=reviews,
            activist_sequence=activist.sequence,
        )

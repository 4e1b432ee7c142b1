from odoo import fields, models, tools
from odoo.tools import SQL


class CommunityReviewIndicatorAnalysis(models.Model):
    """Indicator progress: one line per indicator scored in a done review, counting as
    met, partly or not yet, so that shares come out per stage, method, community,
    worker and month."""

    _name = "community.review.indicator.analysis"
    _description = "Indicator Progress"
    _auto = False
    _order = "date desc, review_id"

    review_id = fields.Many2one("community.review", readonly=True)
    initiative_id = fields.Many2one("community.initiative", readonly=True)
    stage_id = fields.Many2one("community.stage", readonly=True)
    method_id = fields.Many2one("community.method", readonly=True)
    community_id = fields.Many2one("community.community", readonly=True)
    user_id = fields.Many2one("res.users", string="Worker", readonly=True)
    company_id = fields.Many2one("res.company", readonly=True)
    date = fields.Date(string="Review Date", readonly=True)
    name = fields.Char(string="Indicator", readonly=True)
    score = fields.Selection(
        [("not_yet", "Not Yet"), ("partly", "Partly"), ("met", "Met")], readonly=True
    )
    indicator_count = fields.Integer(string="Indicators", readonly=True)
    met_count = fields.Integer(string="Met", readonly=True)
    partly_count = fields.Integer(string="Partly", readonly=True)
    not_yet_count = fields.Integer(string="Not Yet", readonly=True)
    met_percent = fields.Float(string="Met (%)", readonly=True, aggregator="avg", digits=(16, 1))
    partly_percent = fields.Float(
        string="Partly (%)", readonly=True, aggregator="avg", digits=(16, 1)
    )
    not_yet_percent = fields.Float(
        string="Not Yet (%)", readonly=True, aggregator="avg", digits=(16, 1)
    )

    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        self.env.cr.execute(
            SQL(
                """
                CREATE VIEW %s AS (
                SELECT line.id,
                       line.review_id,
                       review.initiative_id,
                       review.stage_id,
                       review.method_id,
                       review.community_id,
                       review.user_id,
                       review.company_id,
                       review.date,
                       line.name,
                       line.score,
                       1 AS indicator_count,
                       CASE WHEN line.score = 'met' THEN 1 ELSE 0 END AS met_count,
                       CASE WHEN line.score = 'partly' THEN 1 ELSE 0 END AS partly_count,
                       CASE WHEN line.score = 'not_yet' THEN 1 ELSE 0 END AS not_yet_count,
                       CASE WHEN line.score = 'met' THEN 100.0 ELSE 0 END AS met_percent,
                       CASE WHEN line.score = 'partly' THEN 100.0 ELSE 0 END AS partly_percent,
                       CASE WHEN line.score = 'not_yet' THEN 100.0 ELSE 0 END AS not_yet_percent
                  FROM community_review_indicator line
                  JOIN community_review review ON review.id = line.review_id
                 WHERE review.state = 'done'
                )
                """,
                SQL.identifier(self._table),
            )
        )

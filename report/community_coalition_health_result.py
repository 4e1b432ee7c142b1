from odoo import fields, models, tools
from odoo.tools import SQL


class CommunityCoalitionHealthResult(models.Model):
    """Per round and factor: how members scored on average and how far apart they were."""

    _name = "community.coalition.health.result"
    _description = "Partnership Health Result"
    _inherit = "community.coalition.report.mixin"
    _auto = False
    _order = "date desc, round_id, factor_sequence, factor_id"
    _rec_name = "factor_id"
    _depends = {
        "community.coalition.health.score": [
            "round_id",
            "coalition_id",
            "factor_id",
            "date",
            "score",
            "company_id",
        ],
        "community.coalition.health.factor": ["sequence"],
        "community.coalition": ["user_id"],
    }

    round_id = fields.Many2one("community.coalition.health.round", readonly=True)
    coalition_id = fields.Many2one("community.coalition", readonly=True)
    user_id = fields.Many2one("res.users", string="Coordinator", readonly=True)
    factor_id = fields.Many2one("community.coalition.health.factor", readonly=True)
    factor_sequence = fields.Integer(readonly=True, aggregator=False)
    date = fields.Date(readonly=True)
    average = fields.Float(digits=(16, 1), aggregator="avg", readonly=True)
    spread = fields.Float(
        digits=(16, 1),
        aggregator="avg",
        readonly=True,
        help="How far apart the members are: the standard deviation of their scores, "
        "to one decimal. 0 means they all agree; from 1 on they see the partnership "
        "differently.",
    )
    lowest = fields.Integer(aggregator="min", readonly=True)
    highest = fields.Integer(aggregator="max", readonly=True)
    answer_count = fields.Integer(string="Answers", readonly=True)
    company_id = fields.Many2one("res.company", readonly=True)

    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        self.env.cr.execute(
            SQL(
                """
                CREATE VIEW %(view)s AS (
                    SELECT MIN(score.id) AS id,
                           score.round_id,
                           score.coalition_id,
                           coalition.user_id,
                           score.factor_id,
                           factor.sequence AS factor_sequence,
                           score.date,
                           ROUND(AVG(score.score), 1) AS average,
                           ROUND(STDDEV_POP(score.score), 1) AS spread,
                           MIN(score.score) AS lowest,
                           MAX(score.score) AS highest,
                           COUNT(*) AS answer_count,
                           score.company_id
                      FROM community_coalition_health_score score
                      JOIN community_coalition_health_factor factor ON factor.id = score.factor_id
                      JOIN community_coalition coalition ON coalition.id = score.coalition_id
                  GROUP BY score.round_id, score.coalition_id, coalition.user_id, score.factor_id,
                           factor.sequence,
                           score.date, score.company_id
                )
                """,
                view=SQL.identifier(self._table),
            )
        )

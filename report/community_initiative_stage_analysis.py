from odoo import fields, models, tools
from odoo.tools import SQL


class CommunityInitiativeStageAnalysis(models.Model):
    """Time in stage: one line per initiative and stage it has been in, with the days
    spent there, read from the stage changes the statusbar reads (the tracking of
    `stage_id`). A stay still going on counts up to now, or to the close date."""

    _name = "community.initiative.stage.analysis"
    _inherit = "community.median.report.mixin"
    _description = "Time in Stage Analysis"
    _auto = False
    _order = "date_entered desc"
    _rec_name = "initiative_id"
    _depends = {
        "community.initiative": [
            "stage_id",
            "community_id",
            "user_id",
            "company_id",
            "active",
            "date_end",
        ],
        "community.stage": ["method_id"],
        "mail.tracking.value": ["old_value_integer", "field_id", "mail_message_id"],
    }

    initiative_id = fields.Many2one("community.initiative", readonly=True)
    stage_id = fields.Many2one("community.stage", readonly=True)
    method_id = fields.Many2one("community.method", readonly=True)
    community_id = fields.Many2one("community.community", readonly=True)
    user_id = fields.Many2one("res.users", string="Responsible Worker", readonly=True)
    company_id = fields.Many2one("res.company", readonly=True)
    date_entered = fields.Datetime(string="Entered", readonly=True)
    is_current = fields.Boolean(string="Current Stage", readonly=True)
    is_closed = fields.Boolean(string="Closed", readonly=True)
    days = fields.Float(
        string="Average Days",
        digits=(16, 1),
        aggregator="avg",
        readonly=True,
        help="Days spent in the stage (several stays added up); the current stay counts "
        "up to now, or to the close date of a closed initiative.",
    )
    median_days = fields.Float(
        string="Median Days",
        digits=(16, 1),
        aggregator="median",
        readonly=True,
        help="Half of the initiatives spent fewer days in the stage, half more.",
    )

    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        # Stays left take even ids (from their tracking line), current stays odd ones.
        self.env.cr.execute(
            SQL(
                """
                CREATE OR REPLACE VIEW %(view)s AS (
                WITH moves AS (
                    SELECT value.id,
                           message.res_id AS initiative_id,
                           value.old_value_integer AS stage_id,
                           LAG(value.create_date) OVER (
                               PARTITION BY message.res_id ORDER BY value.id) AS date_entered,
                           value.create_date AS date_left
                      FROM mail_tracking_value value
                      JOIN mail_message message ON message.id = value.mail_message_id
                     WHERE message.model = 'community.initiative'
                       AND value.field_id = (
                           SELECT id FROM ir_model_fields
                            WHERE model = 'community.initiative' AND name = 'stage_id')
                ),
                stays AS (
                    SELECT moves.id * 2 AS id,
                           moves.initiative_id,
                           moves.stage_id,
                           COALESCE(moves.date_entered, initiative.create_date) AS date_entered,
                           moves.date_left
                      FROM moves
                      JOIN community_initiative initiative ON initiative.id = moves.initiative_id
                     WHERE moves.stage_id IS NOT NULL
                     UNION ALL
                    SELECT initiative.id * 2 + 1,
                           initiative.id,
                           initiative.stage_id,
                           COALESCE(last_move.date_left, initiative.create_date),
                           NULL
                      FROM community_initiative initiative
                      LEFT JOIN (SELECT initiative_id, MAX(date_left) AS date_left
                                   FROM moves GROUP BY initiative_id) last_move
                             ON last_move.initiative_id = initiative.id
                     WHERE initiative.stage_id IS NOT NULL
                )
                SELECT stay.*, stay.days AS median_days FROM (
                SELECT MIN(stays.id) AS id,
                       stays.initiative_id,
                       stays.stage_id,
                       stage.method_id,
                       initiative.community_id,
                       initiative.user_id,
                       initiative.company_id,
                       MIN(stays.date_entered) AS date_entered,
                       BOOL_OR(stays.date_left IS NULL) AS is_current,
                       NOT initiative.active AS is_closed,
                       ROUND(SUM(GREATEST(EXTRACT(EPOCH FROM COALESCE(
                           stays.date_left,
                           initiative.date_end::timestamp,
                           NOW() AT TIME ZONE 'UTC') - stays.date_entered), 0))::numeric
                           / 86400, 1) AS days
                  FROM stays
                  JOIN community_initiative initiative ON initiative.id = stays.initiative_id
                  JOIN community_stage stage ON stage.id = stays.stage_id
              GROUP BY stays.initiative_id, stays.stage_id, stage.method_id,
                       initiative.community_id, initiative.user_id, initiative.company_id,
                       initiative.active
                ) stay
                )
                """,
                view=SQL.identifier(self._table),
            )
        )

from odoo import fields, models, tools
from odoo.tools import SQL


class CommunityLadderAnalysis(models.Model):
    """Ladder growth, from the level history: a line for each level a move reaches
    (counting one up) and one for each level it leaves (counting one down). Added up
    over time per level, the lines give how many people stand on each level."""

    _name = "community.ladder.analysis"
    _inherit = "community.method.filter.mixin"
    _description = "Ladder Growth Analysis"
    _method_filter_link = ("partner_id", "community_initiative_activist_rel", "partner_id")
    _auto = False
    _order = "date desc"
    _rec_name = "partner_id"
    _depends = {
        "community.ladder.change": [
            "partner_id",
            "level_from_id",
            "level_to_id",
            "date",
            "user_id",
            "direction",
        ],
        "res.partner": ["company_id"],
    }

    change_id = fields.Many2one("community.ladder.change", string="Level Change", readonly=True)
    partner_id = fields.Many2one("res.partner", string="Person", readonly=True)
    level_id = fields.Many2one("community.ladder.level", string="Level", readonly=True)
    date = fields.Datetime(readonly=True)
    user_id = fields.Many2one("res.users", string="Recorded By", readonly=True)
    company_id = fields.Many2one("res.company", readonly=True)
    direction = fields.Selection(
        [("up", "Up"), ("down", "Down"), ("start", "First Level"), ("left", "Left the Ladder")],
        string="Move",
        readonly=True,
    )
    is_activist = fields.Boolean(
        string="Activists and Leaders",
        readonly=True,
        help="The level is the Activist rung of the ladder or one above it.",
    )
    reached_count = fields.Integer(
        string="People Reaching It",
        readonly=True,
        help="Moves up to the level, or a first level.",
    )
    net_count = fields.Integer(
        string="Change on the Level",
        readonly=True,
        help="People arriving on the level minus people leaving it; added up over time, "
        "the number of people on it.",
    )
    community_ids = fields.Many2many(related="partner_id.community_ids", string="Communities")
    method_id = fields.Many2one(help="The method of an initiative the person is an activist of.")

    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        # A move's arrival takes an even id and its departure an odd one. Activists
        # stand at or above the Activist rung shipped with the addon.
        self.env.cr.execute(
            SQL(
                """
                CREATE OR REPLACE VIEW %(view)s AS (
                WITH activist AS (
                    SELECT level.sequence
                      FROM ir_model_data data
                      JOIN community_ladder_level level ON level.id = data.res_id
                     WHERE data.module = 'community_work'
                       AND data.name = 'community_level_activist'
                ),
                moves AS (
                    SELECT change.id * 2 AS id,
                           change.id AS change_id,
                           change.partner_id,
                           change.level_to_id AS level_id,
                           change.date,
                           change.user_id,
                           partner.company_id,
                           change.direction,
                           CASE WHEN change.direction IN ('up', 'start') THEN 1 ELSE 0 END
                               AS reached_count,
                           1 AS net_count
                      FROM community_ladder_change change
                      JOIN res_partner partner ON partner.id = change.partner_id
                     WHERE change.level_to_id IS NOT NULL
                     UNION ALL
                    SELECT change.id * 2 + 1,
                           change.id,
                           change.partner_id,
                           change.level_from_id,
                           change.date,
                           change.user_id,
                           partner.company_id,
                           change.direction,
                           0,
                           -1
                      FROM community_ladder_change change
                      JOIN res_partner partner ON partner.id = change.partner_id
                     WHERE change.level_from_id IS NOT NULL
                )
                SELECT moves.*,
                       COALESCE(level.sequence >= (SELECT sequence FROM activist), FALSE)
                           AS is_activist
                  FROM moves
                  JOIN community_ladder_level level ON level.id = moves.level_id
                )
                """,
                view=SQL.identifier(self._table),
            )
        )

from odoo import fields, models, tools
from odoo.tools import SQL

from ..community_work.community_coalition_pledge import PLEDGE_KINDS


class CommunityCoalitionPledgeAnalysis(models.Model):
    """Pledged against delivered over time: a line per pledge on the day it was made,
    and a line per contribution on the day it came."""

    _name = "community.coalition.pledge.analysis"
    _description = "Pledges and Contributions Analysis"
    _inherit = "community.coalition.report.mixin"
    _auto = False
    _order = "date desc"
    _depends = {
        "community.coalition.pledge": [
            "date",
            "member_id",
            "partner_id",
            "coalition_id",
            "kind",
            "unit",
            "quantity",
            "amount",
            "company_id",
        ],
        "community.coalition.contribution": ["pledge_id", "date", "quantity", "amount"],
        "community.coalition": ["user_id"],
    }

    date = fields.Date(readonly=True)
    line_type = fields.Selection(
        [("pledge", "Pledge"), ("contribution", "Contribution")], string="Type", readonly=True
    )
    pledge_id = fields.Many2one("community.coalition.pledge", readonly=True)
    member_id = fields.Many2one("community.coalition.member", string="Member", readonly=True)
    partner_id = fields.Many2one("res.partner", string="Organisation", readonly=True)
    coalition_id = fields.Many2one("community.coalition", readonly=True)
    user_id = fields.Many2one("res.users", string="Coordinator", readonly=True)
    kind = fields.Selection(PLEDGE_KINDS, readonly=True)
    unit = fields.Char(readonly=True)
    pledged_quantity = fields.Float(digits=(16, 2), readonly=True)
    delivered_quantity = fields.Float(digits=(16, 2), readonly=True)
    pledged_amount = fields.Monetary(string="Money Pledged", readonly=True)
    delivered_amount = fields.Monetary(string="Money Delivered", readonly=True)
    company_id = fields.Many2one("res.company", readonly=True)
    currency_id = fields.Many2one(related="company_id.currency_id")

    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        # Pledges take even ids and contributions odd ones, so that ids never clash.
        self.env.cr.execute(
            SQL(
                """
                CREATE VIEW %(view)s AS (
                    SELECT pledge.id * 2 AS id,
                           pledge.date,
                           'pledge' AS line_type,
                           pledge.id AS pledge_id,
                           pledge.member_id,
                           pledge.partner_id,
                           pledge.coalition_id,
                           coalition.user_id,
                           pledge.kind,
                           pledge.unit,
                           pledge.quantity AS pledged_quantity,
                           0.0 AS delivered_quantity,
                           pledge.amount AS pledged_amount,
                           0.0 AS delivered_amount,
                           pledge.company_id
                      FROM community_coalition_pledge pledge
                      JOIN community_coalition coalition ON coalition.id = pledge.coalition_id
                     UNION ALL
                    SELECT contribution.id * 2 + 1,
                           contribution.date,
                           'contribution',
                           pledge.id,
                           pledge.member_id,
                           pledge.partner_id,
                           pledge.coalition_id,
                           coalition.user_id,
                           pledge.kind,
                           pledge.unit,
                           0.0,
                           contribution.quantity,
                           0.0,
                           contribution.amount,
                           pledge.company_id
                      FROM community_coalition_contribution contribution
                      JOIN community_coalition_pledge pledge ON pledge.id = contribution.pledge_id
                      JOIN community_coalition coalition ON coalition.id = pledge.coalition_id
                )
                """,
                view=SQL.identifier(self._table),
            )
        )

from odoo import api, fields, models


class CommunityPledgeFiguresMixin(models.AbstractModel):
    """What a coalition, or one of its members, pledged and delivered.

    Stored, so that boards, lists and the reach report read them without a query per
    record. The inheriting model defines `pledge_ids` and the currency (its company's)."""

    _name = "community.pledge.figures.mixin"
    _description = "Pledged and Delivered Figures"

    currency_id = fields.Many2one("res.currency")
    pledge_count = fields.Integer(
        string="Pledges Made", compute="_compute_pledge_figures", store=True
    )
    pledge_delivered_count = fields.Integer(
        string="Pledges Delivered", compute="_compute_pledge_figures", store=True
    )
    pledged_amount = fields.Monetary(
        string="Money Pledged", compute="_compute_pledge_figures", store=True
    )
    delivered_amount = fields.Monetary(
        string="Money Delivered", compute="_compute_pledge_figures", store=True
    )
    contribution_count = fields.Integer(
        string="Contributions", compute="_compute_pledge_figures", store=True
    )

    @api.depends(
        "pledge_ids.amount",
        "pledge_ids.delivered_amount",
        "pledge_ids.state",
        "pledge_ids.contribution_count",
    )
    def _compute_pledge_figures(self):
        for record in self:
            pledges = record.pledge_ids
            record.pledge_count = len(pledges)
            record.pledge_delivered_count = len(pledges.filtered(lambda p: p.state == "delivered"))
            record.pledged_amount = sum(pledges.mapped("amount"))
            record.delivered_amount = sum(pledges.mapped("delivered_amount"))
            record.contribution_count = sum(pledges.mapped("contribution_count"))

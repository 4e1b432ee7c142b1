from odoo import fields, models


class CommunityCoalitionReportMixin(models.AbstractModel):
    """Coalition reports are filtered per community and per method like the others:
    through the coalition's communities and the methods of its linked initiatives."""

    _name = "community.coalition.report.mixin"
    _inherit = "community.method.filter.mixin"
    _description = "Coalition Report Filters"
    _method_filter_link = ("coalition_id", "community_coalition_initiative_rel", "coalition_id")

    coalition_id = fields.Many2one("community.coalition", readonly=True)
    community_ids = fields.Many2many(related="coalition_id.community_ids", string="Communities")
    method_id = fields.Many2one(help="The method of an initiative linked to the coalition.")

from odoo import fields, models
from odoo.tools import SQL


class CommunityCoalitionReportMixin(models.AbstractModel):
    """Coalition reports are filtered per community and per method like the others:
    through the coalition's communities and the methods of its linked initiatives."""

    _name = "community.coalition.report.mixin"
    _description = "Coalition Report Filters"

    coalition_id = fields.Many2one("community.coalition", readonly=True)
    community_ids = fields.Many2many(related="coalition_id.community_ids", string="Communities")
    method_id = fields.Many2one(
        "community.method",
        compute="_compute_method_id",
        search="_search_method_id",
        help="The method of an initiative linked to the coalition.",
    )

    def _compute_method_id(self):
        self.method_id = False

    def _search_method_id(self, operator, value):
        initiatives = (
            self.env["community.initiative"]
            .with_context(active_test=False)
            ._search([("method_id", operator, value)])
        )
        return [
            (
                "coalition_id",
                "in",
                SQL(
                    "(SELECT coalition_id FROM community_coalition_initiative_rel"
                    " WHERE initiative_id IN %s)",
                    initiatives.subselect(),
                ),
            )
        ]

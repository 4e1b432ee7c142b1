from odoo import fields, models
from odoo.tools import SQL


class CommunityMethodFilterMixin(models.AbstractModel):
    """Filters a report per method when its lines reach methods only through the
    initiatives a relation table links them to (people, coalitions)."""

    _name = "community.method.filter.mixin"
    _description = "Report Filter per Method"
    # (field of the report, relation table linking its value to initiatives, its column)
    _method_filter_link = None

    method_id = fields.Many2one(
        "community.method", compute="_compute_method_id", search="_search_method_id"
    )

    def _compute_method_id(self):
        self.method_id = False

    def _search_method_id(self, operator, value):
        fname, table, column = self._method_filter_link
        initiatives = (
            self.env["community.initiative"]
            .with_context(active_test=False)
            ._search([("method_id", operator, value)])
        )
        return [
            (
                fname,
                "in",
                SQL(
                    "(SELECT %s FROM %s WHERE initiative_id IN %s)",
                    SQL.identifier(column),
                    SQL.identifier(table),
                    initiatives.subselect(),
                ),
            )
        ]

from odoo import models
from odoo.models import parse_read_group_spec
from odoo.tools import SQL


class MedianReportMixin(models.AbstractModel):
    """Lets a report's fields aggregate with `aggregator="median"`: pivots, graphs and
    dashboards then show the true median of the lines in each group, whatever the
    grouping and filters (PostgreSQL's percentile_cont)."""

    _name = "community.median.report.mixin"
    _description = "Report with Medians"

    def _read_group_select(self, aggregate_spec, query):
        if aggregate_spec != "__count":
            fname, __, func = parse_read_group_spec(aggregate_spec)
            if func == "median" and fname in self._fields:
                return SQL(
                    "PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY %s)",
                    self._field_to_sql(self._table, fname, query),
                )
        return super()._read_group_select(aggregate_spec, query)

"""Write the Community Work dashboard (live and sample) as spreadsheet JSON:

    python3 scripts/dashboard_json.py data/files

Edit the key figures and charts here rather than in the JSON files."""

import json
import sys

from dashboard_content import (
    CHARTS,
    GLOBAL_FILTERS,
    KPIS,
    PERIOD,
    SAMPLE_CHARTS,
    SAMPLE_KPIS,
    matching,
)

CARD_W, CARD_H, GAP = 160, 100, 12
CHART_W, CHART_H = 540, 330


def scorecard(index, title, key_cell):
    return {
        "id": f"community-kpi-{index}",
        "x": index * (CARD_W + GAP),
        "y": 40,
        "width": CARD_W,
        "height": CARD_H,
        "tag": "chart",
        "data": {
            "type": "scorecard",
            "title": {"text": title, "bold": True, "color": "#434343"},
            "background": "#EFF6FF",
            "keyValue": key_cell,
            "baselineMode": "difference",
            "baselineColorUp": "#00A04A",
            "baselineColorDown": "#DC6965",
            "humanize": False,
        },
    }


def chart_position(index):
    return 40 + CARD_H + 30 + (index // 2) * (CHART_H + 20), (index % 2) * (CHART_W + 20)


def odoo_chart(index, title, chart_type, model, groupby, measure, domain, extra):
    y, x = chart_position(index)
    mode = "line" if chart_type == "odoo_line" else "bar"
    return {
        "id": f"community-chart-{index}",
        "x": x,
        "y": y,
        "width": CHART_W,
        "height": CHART_H,
        "tag": "chart",
        "data": {
            "type": chart_type,
            "title": {"text": title},
            "background": "#FFFFFF",
            "legendPosition": "top" if len(groupby) > 1 else "none",
            "metaData": {
                "groupBy": groupby,
                "measure": measure,
                "order": None,
                "resModel": model,
                "mode": mode,
            },
            "searchParams": {
                "comparison": None,
                "context": {},
                "domain": domain,
                "groupBy": groupby,
                "orderBy": [],
            },
            "verticalAxisPosition": "left",
            "stacked": False,
            "fieldMatching": matching(model, period=False),
            **extra,
        },
    }


def sample_chart(index, title, chart_type, first_row, count, extra):
    y, x = chart_position(index)
    return {
        "id": f"community-chart-{index}",
        "x": x,
        "y": y,
        "width": CHART_W,
        "height": CHART_H,
        "tag": "chart",
        "data": {
            "type": "line" if chart_type == "odoo_line" else "bar",
            "title": {"text": title},
            "background": "#FFFFFF",
            "legendPosition": "none",
            "dataSetsHaveTitle": False,
            "dataSets": [{"dataRange": f"Data!B{first_row}:B{first_row + count - 1}"}],
            "labelRange": f"Data!A{first_row}:A{first_row + count - 1}",
            "stacked": False,
            "aggregated": False,
            "verticalAxisPosition": "left",
            **({"fillArea": True} if extra.get("fillArea") else {}),
        },
    }


def sheet(sheet_id, name, cells, figures, cols=None):
    return {
        "id": sheet_id,
        "name": name,
        "colNumber": 8,
        "rowNumber": 120,
        "rows": {},
        "cols": cols or {},
        "merges": [],
        "cells": cells,
        "styles": {},
        "formats": {},
        "borders": {},
        "conditionalFormats": [],
        "figures": figures,
        "tables": [],
        "areGridLinesVisible": False if name == "Dashboard" else True,
        "isVisible": True,
        "headerGroups": {"ROW": [], "COL": []},
        "dataValidationRules": [],
        "comments": {},
    }


def document(sheets, pivots, filters):
    return {
        "version": 21,
        "sheets": sheets,
        "styles": {},
        "formats": {},
        "borders": {},
        "revisionId": "START_REVISION",
        "uniqueFigureIds": True,
        "settings": {
            "locale": {
                "name": "English (US)",
                "code": "en_US",
                "thousandsSeparator": ",",
                "decimalSeparator": ".",
                "dateFormat": "mm/dd/yyyy",
                "timeFormat": "hh:mm:ss",
                "formulaArgSeparator": ",",
                "weekStart": 7,
            }
        },
        "pivots": pivots,
        "pivotNextId": len(pivots) + 1,
        "customTableStyles": {},
        "odooVersion": 12,
        "globalFilters": filters,
        "lists": {},
        "listNextId": 1,
        "chartOdooMenusReferences": {},
    }


def live():
    pivots, data_cells = (
        {},
        {"A1": {"content": '=_t("Key figure")'}, "B1": {"content": '=_t("Value")'}},
    )
    # Key figures read from the same records share one pivot: one query for them all.
    for row, (title, model, field, aggregator, domain, period) in enumerate(KPIS, start=2):
        measure_id = field if field == "__count" else f"{field}:{aggregator}"
        measure = {"id": measure_id, "fieldName": field}
        if aggregator:
            measure["aggregator"] = aggregator
        pivot = next(
            (
                pivot
                for pivot in pivots.values()
                if (pivot["model"], pivot["domain"], PERIOD in pivot["fieldMatching"])
                == (model, domain, period)
            ),
            None,
        )
        if pivot:
            pivot["measures"].append(measure)
            pivot["name"] += f", {title}"
        else:
            pivot_id = str(len(pivots) + 1)
            pivot = pivots[pivot_id] = {
                "type": "ODOO",
                "id": pivot_id,
                "formulaId": pivot_id,
                "name": title,
                "model": model,
                "domain": domain,
                "context": {},
                "measures": [measure],
                "columns": [],
                "rows": [],
                "sortedColumn": None,
                "fieldMatching": matching(model, period),
            }
        data_cells[f"A{row}"] = {"content": f'=_t("{title}")'}
        data_cells[f"B{row}"] = {"content": f'=PIVOT.VALUE({pivot["id"]},"{measure_id}")'}
    figures = [scorecard(i, t[0], f"Data!B{i + 2}") for i, t in enumerate(KPIS)]
    figures += [odoo_chart(i, *chart) for i, chart in enumerate(CHARTS)]
    dashboard_cells = {"A1": {"content": '=_t("Community Work")'}}
    return document(
        [
            sheet("community-dashboard", "Dashboard", dashboard_cells, figures),
            sheet("community-data", "Data", data_cells, []),
        ],
        pivots,
        GLOBAL_FILTERS,
    )


def sample():
    data_cells = {"A1": {"content": "Key figure"}, "B1": {"content": "Value"}}
    for index, ((title, *_rest), value) in enumerate(zip(KPIS, SAMPLE_KPIS, strict=True), start=2):
        data_cells[f"A{index}"] = {"content": title}
        data_cells[f"B{index}"] = {"content": str(value)}
    figures = [scorecard(i, t[0], f"Data!B{i + 2}") for i, t in enumerate(KPIS)]
    row = len(KPIS) + 3
    for index, ((title, chart_type, *_rest, extra), (labels, values)) in enumerate(
        zip(CHARTS, SAMPLE_CHARTS, strict=True)
    ):
        for offset, (label, value) in enumerate(zip(labels, values, strict=True)):
            data_cells[f"A{row + offset}"] = {"content": label}
            data_cells[f"B{row + offset}"] = {"content": str(value)}
        figures.append(sample_chart(index, title, chart_type, row, len(labels), extra))
        row += len(labels) + 1
    dashboard_cells = {"A1": {"content": "Community Work"}}
    return document(
        [
            sheet("community-dashboard", "Dashboard", dashboard_cells, figures),
            sheet("community-data", "Data", data_cells, []),
        ],
        {},
        [],
    )


target = sys.argv[1]
for name, build in (
    ("community_work_dashboard.json", live),
    ("community_work_sample_dashboard.json", sample),
):
    with open(f"{target}/{name}", "w") as f:
        json.dump(build(), f, indent=1)
        f.write("\n")

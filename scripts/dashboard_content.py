"""What the Community Work dashboard shows: its filters, key figures and charts, and
the figures of its sample for empty databases (see dashboard_json.py)."""

PERIOD = "7c1f0c3e-5a1e-4d0b-9a57-2f1d3c0b6a01"
COMMUNITY = "7c1f0c3e-5a1e-4d0b-9a57-2f1d3c0b6a02"
WORKER = "7c1f0c3e-5a1e-4d0b-9a57-2f1d3c0b6a03"
# What each model's community, worker and date fields are called.
MATCH = {
    "community.initiative": ("community_id", "user_id", None),
    "community.participation.analysis": ("community_id", "user_id", ("date", "datetime")),
    "community.ladder.analysis": ("community_ids", "user_id", ("date", "datetime")),
    "community.coalition.pledge": ("coalition_id.community_ids", "coalition_id.user_id", None),
    "community.initiative.stage.analysis": ("community_id", "user_id", None),
    "community.coalition.pledge.analysis": ("community_ids", "user_id", None),
    "community.ballot.analysis": ("community_id", "user_id", None),
    "community.coalition.health.result": ("community_ids", "user_id", None),
}


def matching(model, period=True):
    community, worker, date = MATCH[model]
    result = {
        COMMUNITY: {
            "chain": community,
            "type": "many2many" if community.endswith("_ids") else "many2one",
        },
        WORKER: {"chain": worker, "type": "many2one"},
    }
    if date and period:
        result[PERIOD] = {"chain": date[0], "type": date[1], "offset": 0}
    return result


KPIS = [
    # (title, model, measure field, aggregator, domain, period-bound)
    ("Active Initiatives", "community.initiative", "__count", None, [], False),
    (
        "Overdue Reviews",
        "community.initiative",
        "__count",
        None,
        [["is_review_overdue", "=", True]],
        False,
    ),
    ("Meetings Held", "community.participation.analysis", "meeting_count", "sum", [], True),
    (
        "People Taking Part",
        "community.participation.analysis",
        "partner_id",
        "count_distinct",
        [],
        True,
    ),
    ("New People", "community.participation.analysis", "new_count", "sum", [], True),
    (
        "New Activists",
        "community.ladder.analysis",
        "partner_id",
        "count_distinct",
        [["reached_count", "=", 1], ["is_activist", "=", True]],
        True,
    ),
    (
        "Pledges Delivered",
        "community.coalition.pledge",
        "__count",
        None,
        [["state", "=", "delivered"]],
        False,
    ),
]
SAMPLE_KPIS = [42, 5, 37, 318, 64, 9, 23]

CHARTS = [
    # (title, type, model, groupby, measure, domain, extra)
    (
        "People Taking Part per Month",
        "odoo_line",
        "community.participation.analysis",
        ["date:month"],
        "partner_id",
        [],
        {"fillArea": True},
    ),
    (
        "Initiatives per Stage Now",
        "odoo_bar",
        "community.initiative.stage.analysis",
        ["method_id", "stage_id"],
        "__count",
        [["is_current", "=", True], ["is_closed", "=", False]],
        {"stacked": True},
    ),
    (
        "Median Days in Each Stage",
        "odoo_bar",
        "community.initiative.stage.analysis",
        ["stage_id"],
        "median_days",
        [],
        {},
    ),
    (
        "Activists and Leaders over Time",
        "odoo_line",
        "community.ladder.analysis",
        ["date:month", "level_id"],
        "net_count",
        [["is_activist", "=", True]],
        {"cumulative": True},
    ),
    (
        "Money Pledged per Coalition",
        "odoo_bar",
        "community.coalition.pledge.analysis",
        ["coalition_id"],
        "pledged_amount",
        [],
        {},
    ),
    (
        "Money Delivered per Coalition",
        "odoo_bar",
        "community.coalition.pledge.analysis",
        ["coalition_id"],
        "delivered_amount",
        [],
        {},
    ),
    (
        "Partnership Health per Round",
        "odoo_bar",
        "community.coalition.health.result",
        ["round_id"],
        "average",
        [],
        {},
    ),
    (
        "Issues Residents Chose",
        "odoo_bar",
        "community.ballot.analysis",
        ["need_id"],
        "points",
        [["round_state", "=", "closed"]],
        {},
    ),
]
SAMPLE_CHARTS = [
    (
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
        [41, 46, 52, 49, 63, 71, 58, 66, 80, 84, 91, 97],
    ),
    (
        ["Gathering", "Assessing", "Bringing Together", "Organising", "Planning", "Acting"],
        [6, 5, 4, 4, 3, 2],
    ),
    (
        ["Gathering", "Assessing", "Bringing Together", "Organising", "Planning", "Acting"],
        [28, 31, 40, 62, 88, 104],
    ),
    (
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
        [5, 5, 6, 7, 7, 8, 9, 9, 10, 11, 12, 12],
    ),
    (["Youth Coalition", "Housing Repairs", "Food Network"], [4200, 2600, 1500]),
    (["Youth Coalition", "Housing Repairs", "Food Network"], [3100, 900, 1400]),
    (["Spring", "Autumn", "Spring"], [3.1, 3.4, 3.8]),
    (
        ["Lorries on Quay Street", "Broken lifts", "Damp flats", "Nothing for teenagers"],
        [64, 41, 33, 20],
    ),
]
GLOBAL_FILTERS = [
    {
        "id": PERIOD,
        "type": "date",
        "label": "Period",
        "defaultValue": "this_quarter",
        "rangeType": "fixedPeriod",
    },
    {
        "id": COMMUNITY,
        "type": "relation",
        "label": "Community",
        "modelName": "community.community",
        "defaultValue": [],
        "defaultValueDisplayNames": [],
        "includeChildren": True,
    },
    {
        "id": WORKER,
        "type": "relation",
        "label": "Worker",
        "modelName": "res.users",
        "defaultValue": [],
        "defaultValueDisplayNames": [],
        "includeChildren": False,
    },
]

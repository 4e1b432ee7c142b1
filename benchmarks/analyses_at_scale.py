"""Time the initiative board and the managers' analyses and dashboard side by side
with Odoo's CRM (installed for the comparison only) on the same populated database.

Run inside ``odoo shell`` (see scripts/benchmark). Prints the median wall time over
several runs, the queries, and the ratio to CRM's pipeline or pipeline analysis.
"""

import json
import statistics
import time
from datetime import date

from lxml import etree

from odoo.tools import SQL, file_open

RUNS = 5
AIMS = "aims: board <= 0.6 x CRM pipeline, each analysis <= 1 s, dashboard <= 2 s"
# The analyses with the grouping and measures their pivot opens on.
ANALYSES = {
    "time in stage, stage x method": (
        "community.initiative.stage.analysis",
        ["stage_id", "method_id"],
        ["__count", "days:avg", "median_days:median"],
    ),
    "participation, month": (
        "community.participation.analysis",
        ["date:month"],
        ["meeting_count:sum", "attendance_count:sum", "partner_id:count_distinct", "new_count:sum"],
    ),
    "ladder growth, month x level": (
        "community.ladder.analysis",
        ["date:month", "level_id"],
        ["reached_count:sum", "net_count:sum"],
    ),
    "coalitions: pledged and delivered, month": (
        "community.coalition.pledge.analysis",
        ["date:month"],
        ["pledged_amount:sum", "delivered_amount:sum"],
    ),
    "coalitions: health, round": (
        "community.coalition.health.result",
        ["round_id"],
        ["average:avg", "spread:avg"],
    ),
    "priorities: issues chosen, community x issue": (
        "community.ballot.analysis",
        ["community_id", "need_id"],
        ["points:sum", "ballots_cast:sum", "round_id:count_distinct"],
    ),
}


def measure(env, read):
    durations, queries = [], 0
    for _run in range(RUNS):
        env.invalidate_all()
        count0 = env.cr.sql_log_count
        start = time.perf_counter()
        read()
        durations.append(time.perf_counter() - start)
        queries = env.cr.sql_log_count - count0
    return statistics.median(durations), queries


def report(label, seconds, queries, reference=None):
    ratio = f"  {seconds / reference:5.2f} x CRM" if reference else ""
    print(f"{label:<48} {seconds * 1000:8.1f} ms  {queries:4d} queries{ratio}")


def kanban_reader(model, view, domain):
    """Read a kanban as the web client does: the columns, their progress bars, and the
    first 40 cards of each column not folded, with the fields the view's arch names."""
    arch = etree.fromstring(model.get_view(view.id, "kanban")["arch"])
    specification = {}
    for node in arch.iter("field"):
        field = model._fields[node.get("name")]
        if field.type in ("many2one", "many2many", "one2many"):
            specification[field.name] = {"fields": {"display_name": {}}}
        else:
            specification[field.name] = {}
    progressbar = arch.find("progressbar")
    aggregates = (
        [f"{node.get('sum_field')}:sum"]
        if (node := progressbar) is not None and node.get("sum_field")
        else []
    )

    def read():
        groups = model.web_read_group(domain, aggregates, ["stage_id"])
        if progressbar is not None:
            model.read_progress_bar(
                domain, "stage_id", {"field": progressbar.get("field"), "colors": {}}
            )
        for group in groups["groups"]:
            if not group.get("__fold"):
                model.web_search_read(group["__domain"], specification, limit=40)

    return read


def backfill_stage_history(env):
    """Populated initiatives are copies without a past: give each one that is past
    its method's first stage a dated move from that stage, as the statusbar records it."""
    field = env["ir.model.fields"]._get("community.initiative", "stage_id")
    env.cr.execute(
        SQL(
            """
            WITH todo AS (
                SELECT initiative.id, initiative.stage_id, first.id AS first_stage_id,
                       NOW() AT TIME ZONE 'UTC' - (1 + random() * 120) * INTERVAL '1 day'
                           AS moved
                  FROM community_initiative initiative
                  JOIN LATERAL (SELECT id FROM community_stage stage
                                 WHERE stage.method_id = initiative.method_id
                              ORDER BY sequence, id LIMIT 1) first ON TRUE
                 WHERE initiative.stage_id != first.id
                   AND NOT EXISTS (SELECT 1 FROM mail_message message
                                    WHERE message.model = 'community.initiative'
                                      AND message.res_id = initiative.id)
            ), dated AS (
                UPDATE community_initiative initiative
                   SET create_date = todo.moved - (5 + random() * 90) * INTERVAL '1 day'
                  FROM todo WHERE todo.id = initiative.id
            ), messages AS (
                INSERT INTO mail_message (model, res_id, message_type, date, create_date)
                SELECT 'community.initiative', id, 'notification', moved, moved FROM todo
                RETURNING id, res_id, date
            )
            INSERT INTO mail_tracking_value
                   (mail_message_id, field_id, old_value_integer, new_value_integer, create_date)
            SELECT messages.id, %(field)s, todo.first_stage_id, todo.stage_id, messages.date
              FROM messages JOIN todo ON todo.id = messages.res_id
            """,
            field=field.id,
        )
    )
    env.cr.execute(
        "ANALYZE mail_message; ANALYZE mail_tracking_value; ANALYZE community_initiative"
    )


def dashboard_reads(env):
    """Every figure and chart of the dashboard, read as the spreadsheet does, the key
    figures over the current quarter."""
    with file_open("community_work/data/files/community_work_dashboard.json") as f:
        data = json.load(f)
    today = date.today()
    quarter = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    reads = []
    for pivot in data["pivots"].values():
        domain = list(pivot["domain"])
        for match in pivot["fieldMatching"].values():
            if "offset" in match:
                domain.append([match["chain"], ">=", quarter.isoformat()])
        specs = [
            m["fieldName"] if m["fieldName"] == "__count" else f"{m['fieldName']}:{m['aggregator']}"
            for m in pivot["measures"]
        ]
        reads.append((pivot["model"], domain, specs, []))
    for sheet in data["sheets"]:
        for figure in sheet["figures"]:
            chart = figure["data"]
            if chart["type"].startswith("odoo_"):
                model, measure = chart["metaData"]["resModel"], chart["metaData"]["measure"]
                field = env[model]._fields.get(measure)
                aggregator = field and (field.aggregator or "count_distinct")
                spec = measure if measure == "__count" else f"{measure}:{aggregator}"
                reads.append(
                    (model, chart["searchParams"]["domain"], [spec], chart["metaData"]["groupBy"])
                )

    def read():
        for model, domain, specs, groupby in reads:
            env[model].read_group(domain, specs, groupby, lazy=False)

    return read


def main(env):
    backfill_stage_history(env)
    manager = env["res.users"].create(
        {
            "name": "Benchmark Manager",
            "login": "bench_manager",
            "groups_id": [
                (
                    6,
                    0,
                    [
                        env.ref("community_work.group_community_manager").id,
                        env.ref("sales_team.group_sale_salesman_all_leads").id,
                    ],
                )
            ],
        }
    )
    env = env(user=manager)
    Initiative = env["community.initiative"]
    Lead = env["crm.lead"]
    method = env.ref("community_work.community_method_cycle")
    board_domain = [("method_id", "=", method.id)]
    pipeline_domain = [("type", "=", "opportunity")]
    print(
        f"board: {Initiative.search_count(board_domain):,} initiatives of one method "
        f"({Initiative.search_count([]):,} in all); CRM pipeline: "
        f"{Lead.search_count(pipeline_domain):,} opportunities; "
        f"{env['community.attendance'].search_count([]):,} attendance lines"
    )
    print(AIMS)
    crm_board, queries = measure(
        env,
        kanban_reader(Lead, env.ref("crm.crm_case_kanban_view_leads"), pipeline_domain),
    )
    report("CRM pipeline (kanban)", crm_board, queries)
    board = Initiative.with_context(default_method_id=method.id)
    seconds, queries = measure(
        env,
        kanban_reader(
            board, env.ref("community_work.community_initiative_view_kanban"), board_domain
        ),
    )
    report("initiative board (kanban)", seconds, queries, crm_board)

    crm_pivot, queries = measure(
        env,
        lambda: Lead.read_group(
            pipeline_domain,
            ["__count", "expected_revenue:sum", "prorated_revenue:sum"],
            ["stage_id", "create_date:month"],
            lazy=False,
        ),
    )
    report("CRM pipeline analysis (pivot)", crm_pivot, queries)
    for label, (model, groupby, aggregates) in ANALYSES.items():
        seconds, queries = measure(
            env, lambda m=model, g=groupby, a=aggregates: env[m].read_group([], a, g, lazy=False)
        )
        report(label, seconds, queries, crm_pivot)
    seconds, queries = measure(env, dashboard_reads(env))
    report("dashboard: every figure and chart", seconds, queries)
    env.cr.rollback()


main(env)  # noqa: F821 - provided by odoo shell

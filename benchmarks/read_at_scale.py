"""Time what community workers read most, on a populated database.

Run inside ``odoo shell`` (see scripts/benchmark). Prints, for each read, the
median wall time over several runs and the number of SQL queries it cost.
"""

import statistics
import time

RUNS = 7
BOARD_SPECIFICATION = {
    "name": {},
    "color": {},
    "priority": {},
    "stage_id": {"fields": {"display_name": {}}},
    "community_id": {"fields": {"display_name": {}}},
    "user_id": {"fields": {"display_name": {}}},
    "tag_ids": {"fields": {"display_name": {}, "color": {}}},
    "task_count": {},
    "task_done_count": {},
    "activity_ids": {"fields": {}},
    "activity_state": {},
}
COALITION_BOARD_SPECIFICATION = {
    "name": {},
    "color": {},
    "stage_id": {"fields": {"display_name": {}}},
    "lead_partner_id": {"fields": {"display_name": {}}},
    "user_id": {"fields": {"display_name": {}}},
    "tag_ids": {"fields": {"display_name": {}, "color": {}}},
    "member_count": {},
    "pledge_count": {},
    "pledge_delivered_count": {},
    "overdue_pledge_count": {},
    "activity_ids": {"fields": {}},
    "activity_state": {},
}
COALITION_MEMBER_SPECIFICATION = {
    "coalition_id": {"fields": {"display_name": {}}},
    "partner_id": {"fields": {"display_name": {}}},
    "organisation_type_id": {"fields": {"display_name": {}}},
    "role_id": {"fields": {"display_name": {}}},
    "representative_ids": {"fields": {"display_name": {}}},
    "date_joined": {},
    "date_left": {},
    "pledge_count": {},
    "pledge_delivered_count": {},
    "meeting_attended_count": {},
    "meeting_held_count": {},
    "date_last_attended": {},
}
PARTNER_LIST_SPECIFICATION = {
    "display_name": {},
    "email": {},
    "phone": {},
    "community_level_id": {"fields": {"display_name": {}}},
    "community_role_ids": {"fields": {"display_name": {}}},
}


def measure(env, label, read):
    durations, queries = [], 0
    for _run in range(RUNS):
        env.invalidate_all()
        count0 = env.cr.sql_log_count
        start = time.perf_counter()
        read()
        durations.append(time.perf_counter() - start)
        queries = env.cr.sql_log_count - count0
    print(f"{label:<48} {statistics.median(durations) * 1000:8.1f} ms  {queries:4d} queries")


def main(env):
    worker = env["res.users"].create(
        {
            "name": "Benchmark Worker",
            "login": "bench_worker",
            "groups_id": [(6, 0, [env.ref("community_work.group_community_user").id])],
        }
    )
    env = env(user=worker)
    Initiative = env["community.initiative"]
    Partner = env["res.partner"]
    method = env.ref("community_work.community_method_cycle")
    print(
        f"{Partner.search_count([]):,} contacts, {Initiative.search_count([]):,} initiatives, "
        f"{env['community.initiative.task'].search_count([]):,} checklist items"
    )
    city = env.ref("community_work.community_community_city_demo")
    board_domain = [("method_id", "=", method.id)]
    board = Initiative.with_context(default_method_id=method.id)

    def read_board():
        groups = board.web_read_group(board_domain, ["stage_id"], ["stage_id"])
        for group in groups["groups"]:
            board.web_search_read(group["__domain"], BOARD_SPECIFICATION, limit=40)

    measure(env, f"board of one method ({Initiative.search_count(board_domain):,})", read_board)
    measure(
        env,
        "initiative list, first 80",
        lambda: Initiative.web_search_read([], BOARD_SPECIFICATION, limit=80, count_limit=10001),
    )
    measure(
        env,
        "initiative pivot, community x stage",
        lambda: Initiative.read_group([], ["__count"], ["community_id", "stage_id"], lazy=False),
    )
    measure(
        env,
        "contacts in a community, first 80",
        lambda: Partner.web_search_read(
            [("community_ids", "child_of", city.id)],
            PARTNER_LIST_SPECIFICATION,
            limit=80,
        ),
    )
    measure(
        env,
        "members list, first 80",
        lambda: env["community.membership"].web_search_read(
            [], {"community_id": {}, "partner_id": {}, "role_ids": {}, "level_id": {}}, limit=80
        ),
    )
    measure(
        env,
        "level history, first 80",
        lambda: env["community.ladder.change"].web_search_read(
            [], {"partner_id": {}, "level_from_id": {}, "level_to_id": {}, "date": {}}, limit=80
        ),
    )
    measure(
        env,
        "contacts grouped by participation level",
        lambda: Partner.web_read_group([], ["community_level_id"], ["community_level_id"]),
    )
    measure_coalitions(env)
    env.cr.rollback()


def measure_coalitions(env):
    Coalition = env["community.coalition"]
    Member = env["community.coalition.member"]
    print(
        f"{Coalition.search_count([]):,} coalitions, {Member.search_count([]):,} members, "
        f"{env['community.coalition.pledge'].search_count([]):,} pledges"
    )

    def read_board():
        groups = Coalition.web_read_group([], ["stage_id"], ["stage_id"])
        for group in groups["groups"]:
            Coalition.web_search_read(group["__domain"], COALITION_BOARD_SPECIFICATION, limit=40)

    measure(env, "coalition board, first 40 cards per stage", read_board)
    measure(
        env,
        "coalition reach pivot, by stage",
        lambda: Coalition.read_group(
            [],
            [
                "member_count:sum",
                "community_count:sum",
                "residents_reached:sum",
                "pledged_amount:sum",
                "delivered_amount:sum",
            ],
            ["stage_id"],
            lazy=False,
        ),
    )
    measure(
        env,
        "member organisations pivot, type x coalition",
        lambda: Member.read_group(
            [("is_active", "=", True)],
            ["__count"],
            ["organisation_type_id", "coalition_id"],
            lazy=False,
        ),
    )
    measure(
        env,
        "coalition members list, first 80",
        lambda: Member.web_search_read([], COALITION_MEMBER_SPECIFICATION, limit=80),
    )


main(env)  # noqa: F821 - provided by odoo shell

"""Time meetings, roll calls and participation measures on a populated database.

Run inside ``odoo shell`` (see scripts/benchmark). Prints, for each operation, the
median wall time over several runs and the number of SQL queries it cost; the set-based
jobs over everyone run once.
"""

import statistics
import time

from odoo import Command, fields

RUNS = 7
ROLL_CALL_SIZE = 60
# What the roll call and the contact form read (as in tests/test_meeting_performance.py).
ROLL_CALL_SPECIFICATION = {
    "name": {},
    "state": {},
    "attended_count": {},
    "apologised_count": {},
    "headcount": {},
    "attendance_ids": {
        "fields": {
            "status": {},
            "meeting_state": {},
            "partner_id": {"fields": {"display_name": {}}},
            "role_ids": {"fields": {"display_name": {}, "color": {}}},
            "is_first_time": {},
        },
        "limit": 200,
    },
}
PARTICIPATION_SPECIFICATION = {
    "community_meeting_count": {},
    "community_meeting_recent_count": {},
    "community_attendance_ids": {
        "fields": {
            "date": {},
            "meeting_id": {"fields": {"display_name": {}}},
            "kind_id": {"fields": {"display_name": {}}},
            "initiative_id": {"fields": {"display_name": {}}},
            "status": {},
            "role_ids": {"fields": {"display_name": {}, "color": {}}},
            "is_first_time": {},
        },
        "limit": 10,
    },
    "community_attendance_tally_ids": {
        "fields": {"role_id": {"fields": {"display_name": {}}}, "times": {}, "last_date": {}}
    },
}


def report(label, durations, queries):
    print(f"{label:<52} {statistics.median(durations) * 1000:9.1f} ms  {queries:5d} queries")


def measure(env, label, run, prepare=None, runs=RUNS):
    """Time `run(prepared)` after `prepare()` (not timed), on cold ORM caches."""
    durations, queries = [], 0
    for _run in range(runs):
        prepared = prepare() if prepare else None
        env.flush_all()
        env.invalidate_all()
        count0 = env.cr.sql_log_count
        start = time.perf_counter()
        run(prepared)
        env.flush_all()
        durations.append(time.perf_counter() - start)
        queries = env.cr.sql_log_count - count0
    report(label, durations, queries)


def main(env):
    Attendance = env["community.attendance"]
    print(
        f"{env['res.partner'].search_count([]):,} contacts, "
        f"{env['community.meeting'].search_count([]):,} meetings, "
        f"{Attendance.search_count([]):,} attendance lines"
    )
    # Populating copied the figures as they were: recount everything once, set-based.
    measure(env, "recount every figure (after populating)", lambda _p: rebuild(env), runs=1)
    measure(
        env,
        "nightly job: move the 90-day window",
        lambda _p: Attendance._cron_refresh_participation(),
        runs=3,
    )
    Suggestion = env["community.ladder.suggestion"]
    measure(
        env, "suggest ladder moves for everyone", lambda _p: Suggestion._suggest_moves(), runs=3
    )
    print(f"  {Suggestion.search_count([('state', '=', 'pending')]):,} suggested moves to review")

    worker = env["res.users"].create(
        {
            "name": "Benchmark Roll Caller",
            "login": "bench_roll_caller",
            "groups_id": [Command.set([env.ref("community_work.group_community_user").id])],
        }
    )
    wenv = env(user=worker)
    community = env.ref("community_work.community_community_meadow_demo")
    people = env["res.partner"].search(
        [("is_company", "=", False)], limit=ROLL_CALL_SIZE * (RUNS + 1)
    )
    batches = iter(range(RUNS + 1))

    def invited_meeting():
        batch = people[next(batches) * ROLL_CALL_SIZE :][:ROLL_CALL_SIZE]
        meeting = wenv["community.meeting"].create(
            {
                "name": "Benchmark tenants' meeting",
                "community_id": community.id,
                "start": fields.Datetime.now(),
                "attendance_ids": [
                    Command.create({"partner_id": p.id, "status": "invited"}) for p in batch[:-2]
                ],
            }
        )
        return meeting, batch[-2:]

    def save_roll_call(prepared):
        meeting, newcomers = prepared
        commands = [
            Command.update(line.id, {"status": "attended"}) for line in meeting.attendance_ids
        ]
        commands += [Command.create({"partner_id": p.id, "status": "attended"}) for p in newcomers]
        meeting.web_save({"attendance_ids": commands}, ROLL_CALL_SPECIFICATION)

    measure(wenv, f"save a roll call of {ROLL_CALL_SIZE} people", save_roll_call, invited_meeting)

    regular = env["res.partner"].browse(
        Attendance._read_group([], ["partner_id"], ["__count"], order="__count desc", limit=1)[0][
            0
        ].id
    )
    measure(
        wenv,
        f"a contact's participation ({regular.community_meeting_count} meetings)",
        lambda _p: regular.with_env(wenv).web_read(PARTICIPATION_SPECIFICATION),
    )
    measure(
        wenv,
        "suggested moves to review, first 80",
        lambda _p: wenv["community.ladder.suggestion"].web_search_read(
            [("state", "=", "pending")],
            {
                "partner_id": {"fields": {"display_name": {}}},
                "level_from_id": {"fields": {"display_name": {}}},
                "level_to_id": {"fields": {"display_name": {}}},
                "direction": {},
                "evidence": {},
            },
            limit=80,
        ),
    )
    came = [("status", "=", "attended"), ("meeting_state", "!=", "cancelled")]
    measure(
        wenv,
        "attendance pivot, community x month",
        lambda _p: wenv["community.attendance"].read_group(
            came, ["__count"], ["community_id", "date:month"], lazy=False
        ),
    )
    measure(
        wenv,
        "meeting list, first 80",
        lambda _p: wenv["community.meeting"].web_search_read(
            [],
            {
                "start": {},
                "name": {},
                "kind_id": {"fields": {"display_name": {}}},
                "community_id": {"fields": {"display_name": {}}},
                "headcount": {},
                "state": {},
            },
            limit=80,
        ),
    )
    env.cr.rollback()


def rebuild(env):
    env["res.partner"]._update_participation_figures()
    env["community.initiative"]._update_participation_breadth()
    env["community.community"]._update_participation_breadth()


main(env)  # noqa: F821 - provided by odoo shell

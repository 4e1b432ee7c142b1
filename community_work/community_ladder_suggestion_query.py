"""Suggested ladder moves for everyone, in a few set-based statements.

A person is suggested *up* to the highest active level above their own whose criteria
their recent roll-call lines meet: enough meetings within the level's period (each
counting with its kind's weight) and enough times in roles of at least the level's role
weight. A person whose level has a dormancy rule is suggested one rung *down* when they
have neither come to a meeting nor been moved on the ladder for that many days.

Pending suggestions that no longer hold are dropped; a dismissed move is suggested again
only when the person's last attendance has changed since (new evidence).
"""

from odoo.tools import SQL

from .participation import ATTENDED


def candidates(now):
    """The moves everyone's participation at `now` suggests, in a temporary table."""
    return SQL(
        """
    DROP TABLE IF EXISTS community_ladder_candidate;
    CREATE TEMP TABLE community_ladder_candidate ON COMMIT DROP AS
    WITH levels AS (
        SELECT id, sequence, COALESCE(criteria_days, 0) AS criteria_days,
               COALESCE(min_meeting_weight, 0) AS min_meeting_weight,
               COALESCE(min_role_weight, 0) AS min_role_weight,
               COALESCE(min_role_count, 0) AS min_role_count,
               COALESCE(dormant_days, 0) AS dormant_days
          FROM community_ladder_level
         WHERE active
    ), criteria AS (
        SELECT * FROM levels WHERE min_meeting_weight > 0 OR min_role_count > 0
    ), role_weight AS (
        SELECT rel.attendance_id, MAX(role.weight) AS weight
          FROM community_attendance_role_rel rel
          JOIN community_attendance_role role ON role.id = rel.role_id
      GROUP BY rel.attendance_id
    ), lines AS (
        SELECT a.partner_id, a.date, kind.weight AS kind_weight,
               COALESCE(rw.weight, 0) AS role_weight
          FROM community_attendance a
          JOIN community_meeting_kind kind ON kind.id = a.kind_id
     LEFT JOIN role_weight rw ON rw.attendance_id = a.id
         WHERE %(attended)s
           AND a.date >= %(now)s - make_interval(days => (SELECT MAX(criteria_days) FROM criteria))
    ), measured AS (
        SELECT l.partner_id, c.id AS level_id, c.sequence, c.criteria_days, c.min_role_weight,
               c.min_meeting_weight, c.min_role_count,
               SUM(l.kind_weight) AS meeting_weight,
               COUNT(*) FILTER (WHERE l.role_weight >= c.min_role_weight) AS role_count
          FROM lines l
          JOIN criteria c ON l.date >= %(now)s - make_interval(days => c.criteria_days)
      GROUP BY l.partner_id, c.id, c.sequence, c.criteria_days, c.min_role_weight,
               c.min_meeting_weight, c.min_role_count
    ), reached AS (
        SELECT DISTINCT ON (partner_id) *
          FROM measured
         WHERE meeting_weight >= min_meeting_weight AND role_count >= min_role_count
      ORDER BY partner_id, sequence DESC, level_id DESC
    ), ups AS (
        SELECT r.partner_id, p.community_level_id AS level_from_id, r.level_id AS level_to_id,
               'up'::varchar AS direction, r.meeting_weight, r.role_count::int,
               r.criteria_days, r.min_role_weight,
               p.community_last_attendance_date AS last_attendance_date, 0 AS inactive_days
          FROM reached r
          JOIN res_partner p ON p.id = r.partner_id
     LEFT JOIN community_ladder_level current ON current.id = p.community_level_id
         WHERE p.active AND p.is_company IS NOT TRUE
           AND (current.id IS NULL OR r.sequence > current.sequence)
    ), last_moves AS (
        SELECT partner_id, MAX(date) AS date FROM community_ladder_change GROUP BY partner_id
    ), quiet AS (
        SELECT p.id AS partner_id, current.id AS level_id, current.sequence,
               current.dormant_days, p.community_last_attendance_date AS last_attendance_date,
               %(today)s - COALESCE(
                   GREATEST(p.community_last_attendance_date, lm.date::date),
                   p.create_date::date
               ) AS inactive_days
          FROM res_partner p
          JOIN levels current ON current.id = p.community_level_id AND current.dormant_days > 0
     LEFT JOIN last_moves lm ON lm.partner_id = p.id
         WHERE p.active AND p.is_company IS NOT TRUE
    ), downs AS (
        SELECT q.partner_id, q.level_id AS level_from_id, below.id AS level_to_id,
               'down'::varchar AS direction, 0::float AS meeting_weight, 0 AS role_count,
               q.dormant_days AS criteria_days, 0 AS min_role_weight,
               q.last_attendance_date, q.inactive_days
          FROM quiet q
          CROSS JOIN LATERAL (
              SELECT id FROM levels
               WHERE sequence < q.sequence
            ORDER BY sequence DESC, id DESC
               LIMIT 1
          ) below
         WHERE q.inactive_days > q.dormant_days
           AND NOT EXISTS (SELECT 1 FROM ups WHERE ups.partner_id = q.partner_id)
    )
    SELECT * FROM ups UNION ALL SELECT * FROM downs;
    CREATE INDEX ON community_ladder_candidate (partner_id);
    """,
        attended=ATTENDED,
        now=now,
        today=now.date(),
    )


# A suggestion and a candidate are the same move.
SAME_MOVE = SQL(
    "c.partner_id = s.partner_id AND c.level_to_id = s.level_to_id "
    "AND c.level_from_id IS NOT DISTINCT FROM s.level_from_id"
)


def apply_candidates(now, uid):
    """Drop, refresh and add pending suggestions to match the candidates."""
    return SQL(
        """
    DELETE FROM community_ladder_suggestion s
     WHERE s.state = 'pending'
       AND NOT EXISTS (SELECT 1 FROM community_ladder_candidate c WHERE %(same)s);

    UPDATE community_ladder_suggestion s
       SET meeting_weight = c.meeting_weight, role_count = c.role_count,
           criteria_days = c.criteria_days, min_role_weight = c.min_role_weight,
           last_attendance_date = c.last_attendance_date, inactive_days = c.inactive_days,
           write_uid = %(uid)s, write_date = %(now)s
      FROM community_ladder_candidate c
     WHERE s.state = 'pending' AND %(same)s
       AND (s.meeting_weight, s.role_count, s.criteria_days, s.min_role_weight,
            s.last_attendance_date, s.inactive_days)
           IS DISTINCT FROM
           (c.meeting_weight, c.role_count, c.criteria_days, c.min_role_weight,
            c.last_attendance_date, c.inactive_days);

    INSERT INTO community_ladder_suggestion
           (partner_id, level_from_id, level_to_id, direction, state, date,
            meeting_weight, role_count, criteria_days, min_role_weight,
            last_attendance_date, inactive_days,
            create_uid, create_date, write_uid, write_date)
    SELECT c.partner_id, c.level_from_id, c.level_to_id, c.direction, 'pending', %(now)s,
           c.meeting_weight, c.role_count, c.criteria_days, c.min_role_weight,
           c.last_attendance_date, c.inactive_days,
           %(uid)s, %(now)s, %(uid)s, %(now)s
      FROM community_ladder_candidate c
     WHERE NOT EXISTS (
               SELECT 1 FROM community_ladder_suggestion s
                WHERE s.state = 'pending' AND %(same)s
           )
       AND NOT EXISTS (
               SELECT 1 FROM community_ladder_suggestion s
                WHERE s.state = 'dismissed' AND %(same)s
                  AND s.last_attendance_date IS NOT DISTINCT FROM c.last_attendance_date
           );
    """,
        same=SAME_MOVE,
        now=now,
        uid=uid,
    )


def suggest_ladder_moves(cr, now, uid):
    """Bring the pending suggestions in line with everyone's participation at `now`."""
    cr.execute(candidates(now))
    cr.execute(apply_candidates(now, uid))

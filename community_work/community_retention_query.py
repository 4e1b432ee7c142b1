from .res_partner_consent import CURRENT_CONSENTS

# Residents (contacts with a membership or a level history) whose last participation is
# older than their retention period, with no consent in force and no review pending or
# decided to keep them within that period. Their period is the longest of the purposes
# they gave consent for, or else the longest of all purposes.
CANDIDATES = """
WITH activity AS (
    SELECT partner_id, MAX(day) AS last_day
      FROM (
            SELECT partner_id, MAX(date)::date AS day
              FROM community_attendance WHERE status = 'attended' GROUP BY partner_id
            UNION ALL
            SELECT partner_id, MAX(date)::date FROM community_ladder_change GROUP BY partner_id
            UNION ALL
            SELECT partner_id, MAX(COALESCE(date_start, create_date::date))
              FROM community_membership GROUP BY partner_id
            UNION ALL
            SELECT partner_id, MAX(date) FROM community_consent GROUP BY partner_id
           ) days
     GROUP BY partner_id
),
profile AS (
    SELECT partner_id FROM community_membership
    UNION
    SELECT partner_id FROM community_ladder_change
),
period AS (
    SELECT c.partner_id, MAX(p.retention_months) AS months
      FROM community_consent c
      JOIN community_consent_purpose p ON p.id = c.purpose_id
     GROUP BY c.partner_id
),
basis AS (
    SELECT DISTINCT cur.partner_id FROM ({current}) cur
     WHERE cur.state = 'given' AND (cur.expiry_date IS NULL OR cur.expiry_date >= %(today)s)
),
scored AS (
    SELECT a.partner_id, a.last_day,
           COALESCE(period.months, (SELECT MAX(retention_months)
                                      FROM community_consent_purpose WHERE active)) AS months
      FROM activity a
      JOIN profile ON profile.partner_id = a.partner_id
      JOIN res_partner rp ON rp.id = a.partner_id AND rp.active AND NOT rp.is_company
      LEFT JOIN period ON period.partner_id = a.partner_id
     WHERE NOT EXISTS (SELECT 1 FROM basis WHERE basis.partner_id = a.partner_id)
)
SELECT s.partner_id, s.last_day, s.months
  FROM scored s
 WHERE s.months > 0
   AND s.last_day < %(today)s - make_interval(months => s.months)
   AND NOT EXISTS (
        SELECT 1 FROM community_retention_review r
         WHERE r.partner_id = s.partner_id
           AND (r.state = 'review'
                OR (r.state = 'kept'
                    AND r.decided_on::date >= %(today)s - make_interval(months => s.months)))
   )
 ORDER BY s.partner_id
"""


def retention_candidates(env, today):
    """(partner id, last activity date, retention months) of everyone due for a review."""
    query = CANDIDATES.format(current=CURRENT_CONSENTS)
    env.cr.execute(query, {"today": today})
    return env.cr.fetchall()

"""Give the shipped ladder levels their participation criteria on databases installed
before the criteria existed (their data is noupdate, so an update does not load them).
Levels someone already gave criteria to are left as they are."""

from odoo import SUPERUSER_ID, api

CRITERIA = {
    "community_level_participant": {
        "criteria_days": 180,
        "min_meeting_weight": 3,
        "dormant_days": 180,
    },
    "community_level_volunteer": {
        "criteria_days": 120,
        "min_meeting_weight": 5,
        "min_role_weight": 2,
        "min_role_count": 2,
        "dormant_days": 150,
    },
    "community_level_activist": {
        "criteria_days": 120,
        "min_meeting_weight": 7,
        "min_role_weight": 3,
        "min_role_count": 3,
        "dormant_days": 120,
    },
    "community_level_leader": {
        "criteria_days": 120,
        "min_meeting_weight": 9,
        "min_role_weight": 4,
        "min_role_count": 4,
        "dormant_days": 120,
    },
}


def migrate(cr, version):
    env = api.Environment(cr, SUPERUSER_ID, {})
    for xmlid, criteria in CRITERIA.items():
        level = env.ref(f"community_work.{xmlid}", raise_if_not_found=False)
        if level and not (level.min_meeting_weight or level.min_role_count or level.dormant_days):
            level.write(criteria)

"""A year of meetings for the demo coalitions, built once at install.

Each member organisation sends its representatives with a steadiness of its own;
the figures on the member lines then say something on a fresh database. Dates are
relative to the install date and the draws seeded, so two installs tell the same
story."""

import random
from datetime import datetime, time, timedelta

from odoo import Command, api, models

# coalition: (community, title, days ago (negative: planned), how steady each member is)
MEETINGS = {
    "youth": (
        "community_community_harbour_demo",
        "Youth coalition meeting",
        [330, 240, 150, 60, -10],
        {
            "centre": 1,
            "outreach": 0.9,
            "scouts": 0.8,
            "theatre": 0.8,
            "library": 0.7,
            "al_noor": 0.6,
            "parish": 0.5,
            "welfare": 0.5,
            "club": 0.3,
            "foundation": 0.25,
            "girls_football": 0.9,
        },
    ),
    "repairs": (
        "community_community_meadow_demo",
        "Repairs alliance meeting",
        [250, 180, 110, 40, -14],
        {
            "tenants": 1,
            "residents": 0.9,
            "advice": 0.9,
            "mothers": 0.7,
            "repair_cafe": 0.6,
            "disability": 0.5,
            "law": 0.4,
            "housing": 0.8,
            "energy": 0.6,
        },
    ),
}


class CommunityCoalition(models.Model):
    _inherit = "community.coalition"

    @api.model
    def _demo_hold_meetings(self):
        """Create the demo coalitions' meetings, unless they were created before."""
        data = self.env["ir.model.data"]
        if data.search_count(
            [("module", "=", "community_work"), ("name", "=like", "coalition_meeting_%")]
        ):
            return
        ref = self.env.ref
        kind = ref("community_work.community_meeting_kind_coalition")
        today = datetime.combine(datetime.today().date(), time(18, 0))
        vals_list, names = [], []
        for key, (community, title, days_ago, steadiness) in MEETINGS.items():
            coalition = ref(f"community_work.community_coalition_{key}_demo")
            for day in days_ago:
                start = today - timedelta(days=day)
                draw = random.Random(f"{key}-{day}")
                lines = []
                for member_key, chance in steadiness.items():
                    member = ref(f"community_work.community_coalition_{key}_{member_key}_demo")
                    if not member._was_member_on(start.date()):
                        continue
                    came = day > 0 and draw.random() < chance
                    status = "attended" if came else "invited" if day < 0 else "apologised"
                    lines += [
                        Command.create({"partner_id": person.id, "status": status})
                        for person in member.representative_ids[: 1 if came else None]
                    ]
                vals_list.append(
                    {
                        "name": title,
                        "kind_id": kind.id,
                        "coalition_id": coalition.id,
                        "community_id": ref(f"community_work.{community}").id,
                        "user_id": coalition.user_id.id,
                        "start": start,
                        "stop": start + timedelta(hours=2),
                        "state": "planned" if day < 0 else "held",
                        "attendance_ids": lines,
                    }
                )
                names.append(f"coalition_meeting_{key}_{len(vals_list)}_demo")
        meetings = self.env["community.meeting"].create(vals_list)
        data.create(
            [
                {
                    "module": "community_work",
                    "name": name,
                    "model": "community.meeting",
                    "res_id": meeting.id,
                    "noupdate": True,
                }
                for name, meeting in zip(names, meetings, strict=True)
            ]
        )

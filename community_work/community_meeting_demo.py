"""A believable year of meetings for the demo neighbourhood, built once at install.

The demo initiatives meet on a rhythm of their own; their people come (or do not)
according to a profile: the core comes nearly always and chairs, some rise from the
back of the room to taking on tasks, some go quiet, newcomers appear lately. The
figures, the breadth of participation and the suggested ladder moves then show
something real on a fresh database. Everything is relative to the install date, and
drawn from a seeded random generator, so that two installs tell the same story.
"""

import random
from datetime import datetime, time, timedelta

from odoo import Command, api, models

# Chance of coming, by profile, as a function of how many months ago the meeting was.
PROFILES = {
    "core": lambda months: 0.9,
    "regular": lambda months: 0.65,
    "occasional": lambda months: 0.25,
    "rare": lambda months: 0.1,
    "public": lambda months: 0.45,
    "rising": lambda months: 0.15 if months > 6 else 0.5 if months > 3 else 0.95,
    "fading": lambda months: 0.85 if months > 5 else 0.0,
    "faded": lambda months: 0.8 if months > 8 else 0.0,
    "newcomer": lambda months: 0.0 if months > 2 else 0.85,
}
# Roles people of each profile take when they come: (role, chance).
PROFILE_ROLES = {
    "core": [("chaired", 0.3), ("task", 0.35), ("spoke", 0.3), ("brought", 0.1)],
    "regular": [("spoke", 0.3), ("task", 0.15)],
    "rising": [("task", 0.45), ("organised", 0.3), ("spoke", 0.4)],
    "fading": [("task", 0.3), ("spoke", 0.3)],
    "faded": [("task", 0.2), ("spoke", 0.2)],
    "newcomer": [("spoke", 0.15)],
}
MEADOW = {
    "agnieszka_nowak": "core",
    "kwame_mensah": "core",
    "amara_diallo": "core",
    "olga_petrenko": "fading",
    "aisha_bello": "rising",
    "oleksandr_shevchenko": "regular",
    "marta_kowalczyk": "occasional",
    "tomas_novak": "occasional",
    "bogdan_ionescu": "occasional",
    "elif_arslan": "newcomer",
    "dariusz_lewandowski": "newcomer",
}
HARBOUR_LUNCH = {
    "rahel_tesfaye": "core",
    "fatima_el_amrani": "core",
    "dimitris_papadopoulos": "regular",
    "ana_ferreira": "regular",
    "ioana_popescu": "regular",
    "maria_georgiou": "faded",
    "chloe_martin": "occasional",
    "rosa_bianchi": "occasional",
    "arthur_jenkins": "occasional",
    "pierre_dubois": "rare",
}
HARBOUR_VISITING = {
    "rahel_tesfaye": "core",
    "dimitris_papadopoulos": "core",
    "ioana_popescu": "regular",
    "fatima_el_amrani": "regular",
    "luca_moretti": "newcomer",
    "nadia_benali": "newcomer",
}
HARBOUR_YOUTH = {
    "mehmet_yilmaz": "core",
    "leila_haddad": "core",
    "yusuf_abdi": "rising",
    "ahmed_hassan": "rising",
    "zeynep_demir": "regular",
    "miguel_santos": "regular",
    "viktor_horvath": "newcomer",
}
PARENTS = {
    "eva_kovacs": "core",
    "sofia_andersson": "regular",
    "hannah_schmidt": "regular",
    "katarzyna_zielinska": "regular",
    "aisha_bello": "regular",
    "carmen_garcia_lopez": "newcomer",
    "chloe_martin": "newcomer",
    "nadia_benali": "newcomer",
}
LINDEN_STREETS = {
    "siobhan_oconnor": "core",
    "eva_kovacs": "core",
    "lars_johansson": "regular",
    "giulia_rossi": "regular",
    "katarzyna_zielinska": "rising",
    "jan_de_vries": "newcomer",
    "sven_lindqvist": "occasional",
    "niamh_byrne": "occasional",
    "fredrik_nilsson": "occasional",
    "carmen_garcia_lopez": "occasional",
}
LINDEN_GREEN = {
    "siobhan_oconnor": "core",
    "lars_johansson": "core",
    "giulia_rossi": "core",
    "hannah_schmidt": "rare",
    "sven_lindqvist": "rare",
}


def every(days, first, last):
    """Days ago of a series of meetings, from `first` days ago every `days` until `last`."""
    return list(range(first, last - 1, -days))


# (initiative or community, people, kind, title, days ago; a negative day is planned,
# a day in `cancelled` was called off; unnamed participants at public meetings)
SERIES = [
    ("tenants", MEADOW, "residents", "Tenants' meeting", every(28, 350, 14), {"cancelled": [126]}),
    ("tenants", MEADOW, "residents", "Tenants' meeting", [-14], {}),
    (
        "tenants",
        MEADOW,
        "collective_action",
        "Lift repairs protest at the housing office",
        [240],
        {},
    ),
    ("tenants", MEADOW, "visit", "Mould survey, door to door", [200, 60], {}),
    ("tenants", MEADOW, "training", "Running a committee meeting", [150], {}),
    ("tenants", MEADOW, "celebration", "Courtyard summer party", [300], {"unnamed": 25}),
    ("tenants", MEADOW, "coalition", "Housing forum with the Tenants' Union", [180, 45], {}),
    (
        "lunch_club",
        HARBOUR_LUNCH,
        "residents",
        "Lunch club volunteers' meeting",
        every(30, 345, 25),
        {},
    ),
    ("lunch_club", HARBOUR_LUNCH, "training", "Food hygiene for volunteers", [200], {}),
    ("lunch_club", HARBOUR_LUNCH, "celebration", "Lunch club farewell", [12], {"unnamed": 30}),
    ("visiting", HARBOUR_VISITING, "residents", "Visiting scheme planning meeting", [7, -21], {}),
    ("visiting", HARBOUR_VISITING, "training", "Visiting safely", [-5], {}),
    ("youth_forum", HARBOUR_YOUTH, "residents", "Youth forum", every(14, 150, 10), {}),
    ("youth_forum", HARBOUR_YOUTH, "residents", "Youth forum", [-4], {}),
    (
        "youth_forum",
        HARBOUR_YOUTH,
        "collective_action",
        "Open evening at the youth centre",
        [60],
        {"unnamed": 40},
    ),
    ("youth_forum", HARBOUR_YOUTH, "training", "Speaking up at the ward meeting", [30], {}),
    ("youth_forum", HARBOUR_YOUTH, "coalition", "Youth services round table", [90], {}),
    ("parents", PARENTS, "residents", "Parents' café", [28, 21, 14, 7, -7], {}),
    ("safe_streets", LINDEN_STREETS, "residents", "Campaign meeting", every(30, 340, 10), {}),
    (
        "safe_streets",
        LINDEN_STREETS,
        "collective_action",
        "Night walk to map the dark spots",
        [280],
        {},
    ),
    (
        "safe_streets",
        LINDEN_STREETS,
        "coalition",
        "Meeting with Parks and Street Lighting",
        [170],
        {},
    ),
    (
        "safe_streets",
        LINDEN_STREETS,
        "collective_action",
        "Petition handed in at the council",
        [95],
        {},
    ),
    ("safe_streets", LINDEN_STREETS, "celebration", "Lantern walk", [35], {"unnamed": 60}),
    (
        "green_network",
        LINDEN_GREEN,
        "residents",
        "Green spaces network meeting",
        every(30, 235, 15),
        {},
    ),
    ("green_network", LINDEN_GREEN, "collective_action", "Community clean-up day", [120, 50], {}),
    ("harbour", None, "public", "Old Harbour open meeting", [200, 65], {"unnamed": 18}),
    ("linden", None, "public", "Linden Hill residents' evening", [110], {"unnamed": 9}),
]
INITIATIVES = {
    "tenants": "community_initiative_tenants_demo",
    "lunch_club": "community_initiative_lunch_club_demo",
    "visiting": "community_initiative_visiting_demo",
    "youth_forum": "community_initiative_youth_forum_demo",
    "parents": "community_initiative_parents_demo",
    "safe_streets": "community_initiative_safe_streets_demo",
    "green_network": "community_initiative_green_network_demo",
}
COMMUNITIES = {
    "harbour": "community_community_harbour_demo",
    "linden": "community_community_linden_demo",
}
START_TIMES = {"collective_action": time(9, 0), "celebration": time(14, 0), "visit": time(10, 0)}


class CommunityMeeting(models.Model):
    _inherit = "community.meeting"

    @api.model
    def _demo_generate_year(self):
        """Create the demo year, unless it was created before (updates never redo it)."""
        if self.env["ir.model.data"].search_count(
            [("module", "=", "community_work"), ("model", "=", "community.meeting")], limit=1
        ):
            return
        ref = self.env.ref
        today = datetime.combine(datetime.today().date(), time())
        vals_list, xmlids = [], []
        for key, people, kind, title, days_ago, options in SERIES:
            initiative = ref(f"community_work.{INITIATIVES[key]}") if key in INITIATIVES else None
            community = (
                initiative.community_id if initiative else ref(f"community_work.{COMMUNITIES[key]}")
            )
            if people is None:
                people = {
                    member.partner_id: "public"
                    for member in community.membership_ids
                    if not member.partner_id.is_company and member.partner_id.community_level_id
                }
            else:
                people = {
                    ref(f"community_work.res_partner_{name}_demo"): p for name, p in people.items()
                }
            for day in days_ago:
                generator = random.Random(f"{key}-{kind}-{day}")
                start = (
                    today
                    - timedelta(days=day)
                    + timedelta(
                        hours=START_TIMES.get(kind, time(17, 30)).hour,
                        minutes=START_TIMES.get(kind, time(17, 30)).minute,
                    )
                )
                state = "planned" if day < 0 else "held"
                if day in options.get("cancelled", ()):
                    state = "cancelled"
                vals_list.append(
                    {
                        "name": title,
                        "kind_id": ref(f"community_work.community_meeting_kind_{kind}").id,
                        "community_id": community.id,
                        "initiative_id": initiative.id if initiative else False,
                        "user_id": (
                            initiative.user_id if initiative else ref("base.user_admin")
                        ).id,
                        "start": start,
                        "stop": start + timedelta(hours=2),
                        "state": state,
                        "anonymous_count": options.get("unnamed", 0) if state == "held" else 0,
                        "attendance_ids": self._demo_roll_call(people, day, state, generator),
                    }
                )
                xmlids.append(f"community_meeting_{key}_{kind}_{len(vals_list)}_demo")
        meetings = self.create(vals_list)
        self.env["ir.model.data"].create(
            [
                {
                    "module": "community_work",
                    "name": name,
                    "model": self._name,
                    "res_id": meeting.id,
                    "noupdate": True,
                }
                for name, meeting in zip(xmlids, meetings, strict=True)
            ]
        )
        self._demo_backdate_ladder(meetings.attendance_ids.partner_id, today)
        self.env["community.ladder.suggestion"]._suggest_moves()

    @api.model
    def _demo_roll_call(self, people, day, state, generator):
        """The roll call of one meeting held `day` days ago (or planned, or cancelled)."""
        months = max(day, 0) / 30
        roles = {
            name: self.env.ref(f"community_work.community_attendance_role_{name}")
            for name in ("chaired", "spoke", "task", "organised", "brought")
        }
        lines, chaired = [], False
        for person, profile in people.items():
            chance = PROFILES[profile](months)
            if profile in ("newcomer", "rising") and chance == 0:
                continue  # not known to the group yet
            if state == "planned":
                lines.append(Command.create({"partner_id": person.id, "status": "invited"}))
                continue
            if state == "cancelled" or generator.random() >= chance:
                status = "apologised" if generator.random() < 0.3 else "absent"
                lines.append(Command.create({"partner_id": person.id, "status": status}))
                continue
            taken = [
                role
                for role, odds in PROFILE_ROLES.get(profile, [])
                if generator.random() < odds and not (role == "chaired" and chaired)
            ]
            chaired = chaired or "chaired" in taken
            lines.append(
                Command.create(
                    {
                        "partner_id": person.id,
                        "status": "attended",
                        "role_ids": [Command.set([roles[role].id for role in taken])],
                    }
                )
            )
        return lines

    @api.model
    def _demo_backdate_ladder(self, people, today):
        """The demo people were placed on the ladder over a year ago, not at install."""
        changes = (
            self.env["community.ladder.change"].sudo().search([("partner_id", "in", people.ids)])
        )
        for index, change in enumerate(changes):
            change.date = today - timedelta(days=400 - index % 30, hours=index % 9)

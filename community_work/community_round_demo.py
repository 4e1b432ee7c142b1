"""Two prioritisation rounds for the demo neighbourhood, built once at install through the
same steps a worker takes (open, paper ballots, online entries, confirm, close, start an
initiative), from seeded random choices so that two installs tell the same story."""

import random
from datetime import datetime, time, timedelta

from odoo import Command, api, fields, models

# Old Harbour chose, at its open meeting, between these issues (with how much residents
# leaned to each); the lorries on Quay Street came first.
HARBOUR_ISSUES = [
    ("traffic", 0.36),
    ("youth", 0.26),
    ("isolation", 0.2),
    ("letters", 0.12),
    ("work", 0.06),
]
# The dots of the flip chart where those who gave no name put theirs.
HARBOUR_TALLY = {"ballots": 14, "traffic": 13, "youth": 10, "isolation": 7, "letters": 4, "work": 2}
LINDEN_ISSUES = [
    "community_need_linden_playground_demo",
    "community_need_linden_services_demo",
    "community_need_linden_litter_demo",
    "community_need_meadow_damp_demo",
    "community_need_meadow_lifts_demo",
]
# Online entries of the open round: two already confirmed, three to confirm.
LINDEN_ONLINE = [
    ("Sven Lindqvist", "sven.lindqvist@example.com", "", "", True),
    ("Niamh B.", "niamh.byrne@example.com", "", "", True),
    ("Fredrik Nilsson", "fredrik.nilsson@example.com", "", "", False),
    (
        "Joanna Wright",
        "joanna.wright@example.net",
        "",
        "The bus stop by the parade has no shelter and no timetable: older people wait "
        "in the rain for the forty-minute ride.",
        False,
    ),
    ("Sam Okafor", "", "07700 900 482", "", False),
]


class CommunityRound(models.Model):
    _inherit = "community.round"

    @api.model
    def _demo_generate_rounds(self):
        """Create the demo rounds, unless they were created before (updates never redo it)."""
        if self.env["ir.model.data"].search_count(
            [("module", "=", "community_work"), ("model", "=", "community.round")], limit=1
        ):
            return
        harbour = self._demo_harbour_round()
        linden = self._demo_linden_round()
        self.env["ir.model.data"].create(
            [
                {
                    "module": "community_work",
                    "name": name,
                    "model": "community.round",
                    "res_id": record.id,
                    "noupdate": True,
                }
                for name, record in (
                    ("community_round_harbour_demo", harbour),
                    ("community_round_linden_demo", linden),
                )
            ]
        )

    @api.model
    def _demo_harbour_round(self):
        """Dot voting in Old Harbour before the parents' campaign for a safe way to school
        began: about forty paper ballots from the doorsteps and the school gate, counted;
        the lorries on Quay Street came first, and the campaign took them up."""
        ref = self.env.ref
        community = ref("community_work.community_community_harbour_demo")
        worker = ref("community_work.res_users_amina_yusuf_demo")
        campaign = ref("community_work.community_initiative_quay_street_demo")
        closed_on = campaign.date_start - timedelta(days=7)
        needs = {
            key: ref(f"community_work.community_need_harbour_{key}_demo")
            for key, _weight in HARBOUR_ISSUES
        }
        round_ = (
            self.with_user(worker)
            .with_context(tracking_disable=True)
            .create(
                {
                    "name": "Old Harbour: what should we tackle first?",
                    "community_id": community.id,
                    "method": "dots",
                    "dots_per_person": 3,
                    "date_open": closed_on - timedelta(days=28),
                    "date_close": closed_on,
                    "candidate_ids": [
                        Command.create({"need_id": need.id, "sequence": index})
                        for index, need in enumerate(needs.values())
                    ],
                }
            )
        )
        round_.action_open()
        candidate_of = {candidate.need_id: str(candidate.id) for candidate in round_.candidate_ids}
        keys = [key for key, _weight in HARBOUR_ISSUES]
        weights = [weight for _key, weight in HARBOUR_ISSUES]
        generator = random.Random("old-harbour-round")
        rows = []
        for voter in community.membership_ids.partner_id.sorted("name")[:28]:
            values = {}
            for key in generator.choices(keys, weights, k=3):
                column = candidate_of[needs[key]]
                values[column] = values.get(column, 0) + 1
            rows.append({"partner_id": voter.id, "name": voter.name, "count": 1, "values": values})
        rows.append(
            {
                "partner_id": False,
                "name": "",
                "count": HARBOUR_TALLY["ballots"],
                "values": {candidate_of[needs[key]]: HARBOUR_TALLY[key] for key in keys},
            }
        )
        round_._save_paper_rows(rows, self.env["community.meeting"])
        round_.action_close()
        round_.result_initiative_id = campaign
        # As if it had all happened then, not at install.
        moment = datetime.combine(closed_on, time(19, 0))
        round_.ballot_ids.sudo().write({"date": moment - timedelta(days=10)})
        self.env["mail.message"].sudo().search(
            [
                "|",
                "&",
                ("model", "=", "community.round"),
                ("res_id", "=", round_.id),
                "&",
                ("model", "=", "community.community"),
                ("res_id", "=", community.id),
                ("create_date", ">=", round_.create_date),
            ]
        ).write({"date": moment})
        return round_

    @api.model
    def _demo_linden_round(self):
        """A ranking round of Linden Hill, open for two more weeks: paper sheets of last
        week's residents' evening, and online entries, some still to confirm."""
        ref = self.env.ref
        community = ref("community_work.community_community_linden_demo")
        worker = ref("base.user_demo")
        today = fields.Date.context_today(self)
        online = {entry[2] or entry[1] for entry in LINDEN_ONLINE}
        members = self.env["community.membership"].search(
            [("community_id", "child_of", community.id)]
        )
        people = members.partner_id.filtered(lambda p: not p.is_company and p.email not in online)
        evening = self.env["community.meeting"].create(
            {
                "name": "Linden Hill residents' evening",
                "kind_id": ref("community_work.community_meeting_kind_public").id,
                "community_id": community.id,
                "user_id": worker.id,
                "start": datetime.combine(today - timedelta(days=6), time(18, 0)),
                "state": "held",
                "place": "Primary school hall",
                "anonymous_count": 4,
                "attendance_ids": [
                    Command.create({"partner_id": person.id, "status": "attended"})
                    for person in people.sorted("name")[:12]
                ],
            }
        )
        self.env["ir.model.data"].create(
            {
                "module": "community_work",
                "name": "community_meeting_linden_evening_demo",
                "model": "community.meeting",
                "res_id": evening.id,
                "noupdate": True,
            }
        )
        round_ = (
            self.with_user(worker)
            .with_context(tracking_disable=True)
            .create(
                {
                    "name": "Linden Hill: what should we work on next?",
                    "community_id": community.id,
                    "method": "ranking",
                    "date_open": today - timedelta(days=7),
                    "date_close": today + timedelta(days=14),
                    "meeting_ids": [Command.set(evening.ids)],
                    "is_published": True,
                    "public_title": "Linden Hill: what should we work on next?",
                    "public_description": "<p>The residents' groups of Linden Hill and Meadow "
                    "Court want to know which of these problems you want tackled first. Put "
                    "them in order; the result is shared at the next residents' evening.</p>",
                    "results_public": True,
                    "candidate_ids": [
                        Command.create(
                            {"need_id": ref(f"community_work.{xmlid}").id, "sequence": index}
                        )
                        for index, xmlid in enumerate(LINDEN_ISSUES)
                    ],
                }
            )
        )
        round_.action_open()
        generator = random.Random("linden-hill-round")
        candidate_ids = [str(candidate.id) for candidate in round_.candidate_ids]
        rows = []
        for person in evening.attendance_ids.partner_id.sorted("name")[:7]:
            order = generator.sample(candidate_ids, k=generator.randint(2, 5))
            rows.append(
                {
                    "partner_id": person.id,
                    "name": person.name,
                    "count": 1,
                    "values": {
                        candidate_id: rank for rank, candidate_id in enumerate(order, start=1)
                    },
                }
            )
        round_.with_context(community_ballot_meeting_id=evening.id)._save_paper_rows(rows, evening)
        Ballot = self.env["community.ballot"]
        for index, (name, email, phone, words, confirmed) in enumerate(LINDEN_ONLINE):
            order = generator.sample(round_.candidate_ids.ids, k=3)
            errors = Ballot.sudo()._submit_online(
                round_.sudo(),
                {"name": name, "email": email, "phone": phone, "words": words, "consent": True},
                {candidate_id: rank for rank, candidate_id in enumerate(order, start=1)},
                f"demo-{index}",
            )
            if errors:
                raise ValueError(f"Demo online entry of {name} refused: {errors}")
            entry = Ballot.search([("round_id", "=", round_.id), ("submitted_name", "=", name)])
            entry.sudo().date = fields.Datetime.now() - timedelta(days=5 - index, hours=index * 3)
            if confirmed:
                entry.with_user(worker).action_confirm()
        return round_

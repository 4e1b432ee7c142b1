from odoo import Command, fields
from odoo.exceptions import AccessError
from odoo.tests import tagged, users

from .round_common import RoundCase
from .test_performance import view_specification

GRID_SPECIFICATION = {"paper_grid": {}, "paper_meeting_id": {"fields": {"display_name": {}}}}


@tagged("post_install", "-at_install")
class TestPaperBallots(RoundCase):
    """A meeting's paper ballots are typed into one grid."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.meeting = cls.env["community.meeting"].create(
            {
                "name": "Residents' evening",
                "community_id": cls.district.id,
                "start": fields.Datetime.now(),
                "attendance_ids": [
                    Command.create({"partner_id": person.id, "status": "attended"})
                    for person in cls.voters[:3]
                ]
                + [Command.create({"partner_id": cls.voters[3].id, "status": "apologised"})],
            }
        )

    def _grid(self, round_):
        return round_.with_context(community_ballot_meeting_id=self.meeting.id)

    def _row(self, round_, partner=None, values=None, name=None, count=1, ballot=None):
        candidates = self._candidates(round_)
        return {
            "ballot_id": ballot.id if ballot else False,
            "partner_id": partner.id if partner else False,
            "name": name if name is not None else (partner.name if partner else ""),
            "count": count,
            "values": {str(candidates[need].id): value for need, value in (values or {}).items()},
        }

    def _save(self, round_, rows, user=None):
        grid = self._grid(round_.with_user(user or self.worker))
        grid.web_save({"paper_grid": {**grid.paper_grid, "rows": rows}}, GRID_SPECIFICATION)

    def test_the_grid_lists_who_came_and_the_issues(self):
        round_ = self._round("dots", meeting_ids=[Command.link(self.meeting.id)])
        self._ballot(round_, self.voters[2], {self.need_lifts: 1})  # chose online, say
        grid = self._grid(round_).paper_grid
        self.assertEqual(
            [candidate["label"] for candidate in grid["candidates"]],
            ["Broken lifts", "Damp flats", "Overflowing bins"],
        )
        self.assertEqual([row["name"] for row in grid["rows"]], ["Voter 01", "Voter 02"])
        self.assertEqual((grid["method"], grid["dots"]), ("dots", 3))
        self.assertEqual(self._grid(round_).paper_meeting_id, self.meeting)

    def test_saving_the_grid_records_changes_and_deletes_ballots(self):
        round_ = self._round("dots")
        lifts, damp, bins = self.need_lifts, self.need_damp, self.need_bins
        self._save(
            round_,
            [
                self._row(round_, self.voters[0], {lifts: 2, damp: 1}),
                self._row(round_, self.voters[1], {}),  # came, did not hand a sheet in
                self._row(round_, None, {bins: 1}, name="Nora Newcomer"),
                self._row(round_, None, {lifts: 10, damp: 5}, count=6),
            ],
        )
        ballots = round_.ballot_ids
        self.assertEqual(len(ballots), 3)
        self.assertEqual(round_.ballots_cast, 8)
        self.assertEqual(round_.meeting_ids, self.meeting, "the meeting is the round's now")
        self.assertEqual(set(ballots.mapped("meeting_id")), {self.meeting})
        nora = ballots.partner_id.filtered(lambda p: p.name == "Nora Newcomer")
        self.assertEqual(nora.community_membership_ids.community_id, self.district)
        self.assertEqual(
            nora.community_role_ids, self.env.ref("community_work.community_role_resident")
        )
        first = ballots.filtered(lambda b: b.partner_id == self.voters[0])
        tally = ballots.filtered(lambda b: not b.partner_id)
        rows = self._grid(round_).paper_grid["rows"]
        by_ballot = {row["ballot_id"]: row for row in rows}
        by_ballot[first.id]["values"] = {str(self._candidates(round_)[damp].id): 3}
        by_ballot[tally.id]["values"] = {}
        self._save(round_, rows)
        self.assertEqual(first.choice_summary, "Damp flats ●3")
        self.assertFalse(tally.exists())
        self.assertEqual(round_.ballots_cast, 2)

    def test_a_wrong_line_saves_nothing_and_says_which(self):
        round_ = self._round("ranking")
        rows = [
            self._row(round_, self.voters[0], {self.need_lifts: 1, self.need_damp: 2}),
            self._row(round_, self.voters[1], {self.need_lifts: 1, self.need_damp: 1}),
            self._row(round_, None, {self.need_lifts: 1}, name="Olga New"),
            self._row(round_, None, {self.need_bins: "two"}),
        ]
        with self.assertRefused("Line 2 (Voter 02): Rank 1 is given to more than one issue"):
            self._save(round_, rows)
        with self.assertRefused("Line 4 (unnamed): enter whole numbers"):
            self._save(round_, rows)
        self.assertFalse(round_.ballot_ids)
        self.assertFalse(self.env["res.partner"].search([("name", "=", "Olga New")]))
        with self.assertRefused("Voter 01 has already chosen"):
            self._save(
                round_,
                [
                    self._row(round_, self.voters[0], {self.need_lifts: 1}),
                    self._row(round_, self.voters[0], {self.need_damp: 1}),
                ],
            )

    def test_only_who_runs_the_round_enters_ballots(self):
        round_ = self._round("dots")
        rows = [self._row(round_, self.voters[0], {self.need_lifts: 1})]
        with self.assertRaises(AccessError), self.cr.savepoint():
            self._save(round_, rows, user=self.other_worker)
        self.assertFalse(round_.ballot_ids)
        self._save(round_, rows, user=self.manager)
        self.assertEqual(len(round_.ballot_ids), 1)

    def test_the_meeting_opens_the_grid_of_its_open_round(self):
        round_ = self._round("dots", meeting_ids=[Command.link(self.meeting.id)])
        action = self.meeting.with_user(self.worker).action_enter_ballots()
        self.assertEqual((action["res_model"], action["res_id"]), ("community.round", round_.id))
        self.assertEqual(action["context"]["community_ballot_meeting_id"], self.meeting.id)
        self.assertEqual(self.meeting.open_round_count, 1)


@tagged("post_install", "-at_install")
class TestPaperBallotPerformance(RoundCase):
    """Saving the grid and listing rounds cost the same few queries however many ballots."""

    def _rows(self, round_, people, first=0):
        candidates = round_.candidate_ids
        return [
            {
                "ballot_id": False,
                "partner_id": person.id,
                "name": person.name,
                "count": 1,
                "values": {
                    str(candidates[(first + index) % 3].id): 2,
                    str(candidates[(first + index + 1) % 3].id): 1,
                },
            }
            for index, person in enumerate(people)
        ]

    @users("cw_worker")
    def test_saving_the_grid_costs_the_same_for_4_or_40_ballots(self):
        crowd = self.env["res.partner"].sudo().create([{"name": f"Sheet {i}"} for i in range(90)])
        start = 0
        for size in (2, 4, 40):
            round_ = self._round("dots").with_user(self.env.user)
            rows = self._rows(round_, crowd[start : start + size])
            start += size
            # and a line with a name that is no contact yet
            rows.append({**rows[0], "partner_id": False, "name": f"New {size}"})
            self.env.flush_all()
            self.env.invalidate_all()
            if size == 2:  # warm the caches
                round_.web_save({"paper_grid": {"rows": rows}}, GRID_SPECIFICATION)
                continue
            with self.assertQueryCount(cw_worker=28):
                round_.web_save({"paper_grid": {"rows": rows}}, GRID_SPECIFICATION)
            self.assertEqual(round_.ballots_cast, size + 1)

    @users("cw_worker")
    def test_the_round_list_costs_the_same_for_few_or_many_ballots(self):
        crowd = self.env["res.partner"].sudo().create([{"name": f"Voter {i}"} for i in range(60)])
        specification = view_specification(self.env["community.round"], "list")
        Round = self.env["community.round"]
        Round.web_search_read([], specification, limit=80)  # warm the caches
        for size in (2, 50):
            round_ = self._round("dots").sudo()
            round_._save_paper_rows(self._rows(round_, crowd[:size]), self.env["community.meeting"])
            self.env.flush_all()
            self.env.invalidate_all()
            with self.assertQueryCount(cw_worker=3):
                Round.web_search_read([], specification, limit=80)

from odoo.exceptions import UserError
from odoo.tests import tagged

from .round_common import RoundCase


@tagged("post_install", "-at_install")
class TestRoundCount(RoundCase):
    """Closing a round counts its confirmed ballots by its method."""

    def _result(self, round_):
        """{need name: (place, points, chosen)} after closing."""
        return {
            c.need_id.name: (c.result_rank, c.points, c.is_winner) for c in round_.candidate_ids
        }

    def test_dot_voting_adds_up_dots_and_tallies(self):
        round_ = self._round("dots", dots_per_person=3)
        lifts, damp, bins = self.need_lifts, self.need_damp, self.need_bins
        self._ballot(round_, self.voters[0], {lifts: 2, damp: 1})
        self._ballot(round_, self.voters[1], {damp: 3})
        self._ballot(round_, self.voters[2], {lifts: 1, bins: 1})
        self._ballot(round_, None, {lifts: 4, damp: 1, bins: 7}, ballot_count=4)
        round_.action_close()
        self.assertEqual(
            self._result(round_),
            {
                "Broken lifts": (2, 7, False),
                "Damp flats": (3, 5, False),
                "Overflowing bins": (1, 8, True),
            },
        )
        self.assertEqual(round_.ballots_cast, 7)
        bins_candidate = self._candidates(round_)[bins]
        self.assertEqual(bins_candidate.voter_count, 1, "a tally adds dots, not ballots")
        self.assertEqual(bins_candidate.share, 40.0)
        self.assertEqual(round_.winner_names, "Overflowing bins")

    def test_ranking_is_counted_with_a_borda_count(self):
        # Three issues: a first place is worth 3 points, a second 2, a third 1.
        round_ = self._round("ranking")
        lifts, damp, bins = self.need_lifts, self.need_damp, self.need_bins
        self._ballot(round_, self.voters[0], {lifts: 1, damp: 2, bins: 3})
        self._ballot(round_, self.voters[1], {damp: 1, bins: 2, lifts: 3})
        self._ballot(round_, self.voters[2], {damp: 1, lifts: 2})
        self._ballot(round_, self.voters[3], {bins: 1})
        round_.action_close()
        # lifts 3 + 1 + 2 = 6; damp 2 + 3 + 3 = 8; bins 1 + 2 + 3 = 6
        self.assertEqual(
            self._result(round_),
            {
                "Damp flats": (1, 8, True),
                "Broken lifts": (2, 6, False),
                "Overflowing bins": (2, 6, False),
            },
        )
        self.assertEqual(self._candidates(round_)[damp].first_choice_count, 2)

    def test_scores_are_averaged(self):
        round_ = self._round("score")
        lifts, damp, bins = self.need_lifts, self.need_damp, self.need_bins
        self._ballot(round_, self.voters[0], {lifts: 5, damp: 2, bins: 1})
        self._ballot(round_, self.voters[1], {lifts: 4, damp: 3})
        self._ballot(round_, self.voters[2], {lifts: 4, bins: 5})
        round_.action_close()
        self.assertEqual(
            self._result(round_),
            {
                "Broken lifts": (1, 4.33, True),
                "Overflowing bins": (2, 3.0, False),
                "Damp flats": (3, 2.5, False),
            },
        )

    def test_a_tie_at_the_top_chooses_both(self):
        round_ = self._round("dots", dots_per_person=2)
        self._ballot(round_, self.voters[0], {self.need_lifts: 2})
        self._ballot(round_, self.voters[1], {self.need_damp: 2})
        round_.action_close()
        self.assertEqual(
            self._result(round_),
            {
                "Broken lifts": (1, 2, True),
                "Damp flats": (1, 2, True),
                "Overflowing bins": (3, 0, False),
            },
        )
        self.assertEqual(round_.winner_names, "Broken lifts, Damp flats")

    def test_pending_and_rejected_entries_do_not_count(self):
        round_ = self._round("dots")
        self._ballot(round_, self.voters[0], {self.need_lifts: 1})
        rejected = self._ballot(round_, self.voters[1], {self.need_damp: 3}, state="rejected")
        pending = self._ballot(round_, self.voters[2], {self.need_damp: 3}, state="pending")
        with self.assertRefused("1 online entries", UserError):
            round_.action_close()
        pending.action_reject()
        round_.action_close()
        self.assertEqual(self._result(round_)["Broken lifts"], (1, 1, True))
        self.assertEqual(self._result(round_)["Damp flats"], (2, 0, False))
        self.assertEqual(round_.ballots_cast, 1)
        self.assertEqual(rejected.state, "rejected")

    def test_closing_raises_priorities_never_lowers_them_and_tells_the_community(self):
        round_ = self._round(
            "dots", needs=self.need_lifts | self.need_damp | self.need_bins | self.need_youth
        )
        self.need_damp.priority = "3"
        self._ballot(round_, self.voters[0], {self.need_bins: 3})
        self._ballot(round_, self.voters[1], {self.need_bins: 1, self.need_lifts: 2})
        self._ballot(round_, self.voters[2], {self.need_damp: 1})
        round_.action_close()
        # bins first (urgent), lifts second (upper half: high), damp stays urgent, youth
        # got nothing and keeps its priority.
        self.assertEqual(self.need_bins.priority, "3")
        self.assertEqual(self.need_lifts.priority, "2")
        self.assertEqual(self.need_damp.priority, "3")
        self.assertEqual(self.need_youth.priority, "1")
        bins = self._candidates(round_)[self.need_bins]
        self.assertEqual((bins.priority_before, bins.priority_after), ("0", "3"))
        message = self.district.message_ids[0]
        self.assertIn("Result of “What first?”", message.body)
        self.assertIn("Overflowing bins", message.body)

    def test_reopening_puts_priorities_back(self):
        round_ = self._round("dots")
        self._ballot(round_, self.voters[0], {self.need_bins: 3})
        round_.action_close()
        self.assertEqual(self.need_bins.priority, "3")
        round_.action_reopen()
        self.assertEqual(round_.state, "open")
        self.assertEqual(self.need_bins.priority, "0")
        self.assertFalse(any(round_.candidate_ids.mapped("result_rank")))
        self._ballot(round_, self.voters[1], {self.need_lifts: 3})
        round_.action_close()
        self.assertEqual(round_.winner_names, "Broken lifts, Overflowing bins")

    def test_an_initiative_is_started_from_the_chosen_issues_in_one_click(self):
        round_ = self._round("dots")
        self._ballot(round_, self.voters[0], {self.need_damp: 3})
        self._ballot(round_, self.voters[1], {self.need_lifts: 2, self.need_damp: 1})
        round_.action_close()
        self._candidates(round_)[self.need_lifts].is_winner = True
        action = round_.with_user(self.worker).action_start_initiative()
        initiative = round_.result_initiative_id
        self.assertEqual(action["res_id"], initiative.id)
        self.assertEqual(initiative.name, "Damp flats & Broken lifts")
        self.assertEqual(initiative.need_ids, self.need_damp | self.need_lifts)
        self.assertEqual(initiative.community_id, self.district)
        self.assertEqual(initiative.user_id, self.worker)
        self.assertIn("What first?", initiative.goal)
        self.assertEqual(round_.action_start_initiative()["res_id"], initiative.id, "only once")
        with self.assertRefused("was started from the result", UserError):
            round_.action_reopen()

    def test_a_round_takes_ballots_only_while_open(self):
        round_ = self._round("dots", state="draft")
        with self.assertRefused("is not open yet", UserError):
            self._ballot(round_, self.voters[0], {self.need_lifts: 1})
        round_.action_open()
        ballot = self._ballot(round_, self.voters[0], {self.need_lifts: 1})
        with self.assertRefused("already chosen", UserError):
            round_.method = "ranking"
        round_.action_close()
        with self.assertRefused("is closed and counted", UserError):
            self._ballot(round_, self.voters[1], {self.need_lifts: 1})
        ballot = ballot.with_user(self.worker)
        with self.assertRefused("is closed and counted", UserError):
            ballot.choice_ids.value = 3
        with self.assertRefused("is closed and counted", UserError):
            ballot.partner_id = self.voters[5]
        with self.assertRefused("is closed and counted", UserError):
            ballot.unlink()

    def test_candidates_stay_as_they_are_once_the_round_is_open(self):
        round_ = self._round("dots", state="draft")
        with self.assertRefused("at least two candidate issues", UserError):
            self._round("dots", needs=self.need_lifts)
        round_.action_open()
        with self.assertRefused("is under way", UserError):
            round_.candidate_ids[0].unlink()
        with self.assertRefused("is under way", UserError):
            round_.candidate_ids[0].with_user(self.worker).need_id = self.need_youth
        round_.action_back_to_draft()
        round_.candidate_ids[0].need_id = self.need_youth
        self.assertIn(self.need_youth, round_.candidate_ids.need_id)

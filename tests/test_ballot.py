from psycopg2 import IntegrityError

from odoo import Command
from odoo.tests import tagged
from odoo.tools import mute_logger

from .round_common import RoundCase


@tagged("post_install", "-at_install")
class TestBallot(RoundCase):
    """A ballot gives valid choices, and a person has one ballot per round."""

    def test_dots_are_within_what_each_person_has(self):
        round_ = self._round("dots", dots_per_person=3)
        with self.assertRefused("4 dots were given, but each person has 3"):
            self._ballot(round_, self.voters[0], {self.need_lifts: 3, self.need_damp: 1})
        with self.assertRefused("Dots cannot be negative"):
            self._ballot(round_, self.voters[0], {self.need_lifts: -1})
        with self.assertRefused("5 ballots hold at most 15 dots, not 16"):
            self._ballot(round_, None, {self.need_lifts: 16}, ballot_count=5)
        with self.assertRefused("Only unnamed dots can be entered as a tally"):
            self._ballot(round_, self.voters[0], {self.need_lifts: 2}, ballot_count=2)
        with self.assertRefused("Choose at least one issue"):
            self._ballot(round_, self.voters[0], {})
        ballot = self._ballot(round_, self.voters[0], {self.need_lifts: 3})
        with self.assertRefused("4 dots were given"):
            ballot.with_user(self.worker).choice_ids.value = 4

    def test_ranks_are_given_once_and_follow_each_other(self):
        round_ = self._round("ranking")
        with self.assertRefused("Rank 1 is given to more than one issue"):
            self._ballot(round_, self.voters[0], {self.need_lifts: 1, self.need_damp: 1})
        with self.assertRefused("rank 2 is missing"):
            self._ballot(round_, self.voters[0], {self.need_lifts: 1, self.need_damp: 3})
        with self.assertRefused("Ranks go from 1 (first choice) to 3"):
            self._ballot(round_, self.voters[0], {self.need_lifts: 4})
        with self.assertRefused("each ranking or scoring sheet, on a line of its own"):
            self._ballot(round_, None, {self.need_lifts: 1}, ballot_count=3)
        ballot = self._ballot(round_, None, {self.need_damp: 1, self.need_lifts: 2})
        self.assertEqual(ballot.choice_summary, "1. Damp flats, 2. Broken lifts")
        self.assertEqual(ballot.display_name, "Unnamed ballot")

    def test_scores_go_from_one_to_five(self):
        round_ = self._round("score")
        with self.assertRefused("Scores go from 1 to 5"):
            self._ballot(round_, self.voters[0], {self.need_lifts: 6})
        self._ballot(round_, self.voters[0], {self.need_lifts: 5, self.need_bins: 1})

    def test_only_the_rounds_issues_are_chosen(self):
        round_ = self._round("dots")
        other = self._round("dots")
        with self.assertRefused("not an issue of this round"):
            self.env["community.ballot"].create(
                {
                    "round_id": round_.id,
                    "partner_id": self.voters[0].id,
                    "choice_ids": [
                        Command.create({"candidate_id": other.candidate_ids[0].id, "value": 1})
                    ],
                }
            )

    def test_a_person_has_one_ballot_per_round(self):
        round_ = self._round("dots")
        self._ballot(round_, self.voters[0], {self.need_lifts: 1})
        with self.assertRefused("Voter 01 has already chosen in “What first?”"):
            self._ballot(round_, self.voters[0], {self.need_damp: 1})
        with self.assertRefused("Voter 02 has already chosen"):
            self.env["community.ballot"].create(
                [
                    {
                        "round_id": round_.id,
                        "partner_id": self.voters[1].id,
                        "choice_ids": [
                            Command.create({"candidate_id": round_.candidate_ids[0].id, "value": 1})
                        ],
                    }
                ]
                * 2
            )
        # A rejected entry does not stop the person from choosing, nor do other rounds.
        self._ballot(round_, self.voters[1], {self.need_damp: 1}, state="rejected")
        self._ballot(round_, self.voters[1], {self.need_damp: 1})
        self._ballot(self._round("dots"), self.voters[0], {self.need_damp: 1})
        # The database refuses it too, whatever goes around the check.
        with mute_logger("odoo.sql_db"), self.assertRaises(IntegrityError), self.cr.savepoint():
            self.cr.execute(
                "INSERT INTO community_ballot (round_id, partner_id, ballot_count, origin, state, "
                "date) VALUES (%s, %s, 1, 'paper', 'confirmed', now())",
                (round_.id, self.voters[0].id),
            )

    def test_the_ballot_keeps_who_the_person_was_when_they_chose(self):
        estate = self.env["community.community"].create(
            {"name": "Estate", "parent_id": self.district.id}
        )
        resident_role = self.env.ref("community_work.community_role_resident")
        person = self.voters[0]
        person.write(
            {
                "community_level_id": self.level_activist.id,
                "community_role_ids": [Command.set(resident_role.ids)],
            }
        )
        self.env["community.membership"].create(
            [
                {"community_id": self.district.id, "partner_id": person.id},
                {"community_id": estate.id, "partner_id": person.id},
                {"community_id": self.city.id, "partner_id": person.id},
            ]
        )
        ballot = self._ballot(self._round("dots"), person, {self.need_lifts: 1})
        person.community_level_id = self.level_participant
        self.assertEqual(ballot.level_id, self.level_activist)
        self.assertEqual(ballot.role_id, resident_role)
        self.assertEqual(ballot.area_id, estate, "the most precise part of the district")

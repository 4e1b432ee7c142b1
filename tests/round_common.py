from contextlib import contextmanager

from odoo import Command
from odoo.exceptions import ValidationError

from .common import CommunityWorkCase


class RoundCase(CommunityWorkCase):
    """Issues of the district (which Wanda looks after), residents to choose between them,
    and helpers to run a round."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Need = cls.env["community.need"]
        cls.need_lifts, cls.need_damp, cls.need_bins, cls.need_youth = Need.create(
            [
                {"community_id": cls.district.id, "name": "Broken lifts", "priority": "1"},
                {"community_id": cls.district.id, "name": "Damp flats", "priority": "2"},
                {"community_id": cls.district.id, "name": "Overflowing bins", "priority": "0"},
                {"community_id": cls.district.id, "name": "Nothing for teenagers", "priority": "1"},
            ]
        )
        cls.voters = cls.env["res.partner"].create(
            [{"name": f"Voter {index:02}"} for index in range(1, 13)]
        )

    @classmethod
    def _round(cls, method="dots", needs=None, state="open", **values):
        """A round of the district between `needs` (the first three by default)."""
        needs = needs or (cls.need_lifts | cls.need_damp | cls.need_bins)
        round_ = cls.env["community.round"].create(
            {
                "name": "What first?",
                "community_id": cls.district.id,
                "method": method,
                "candidate_ids": [
                    Command.create({"need_id": need.id, "sequence": index})
                    for index, need in enumerate(needs)
                ],
                **values,
            }
        )
        if state != "draft":
            round_.action_open()
        return round_

    @staticmethod
    def _candidates(round_):
        """{need: candidate} of the round."""
        return {candidate.need_id: candidate for candidate in round_.candidate_ids}

    @classmethod
    def _ballot(cls, round_, partner, choices, **values):
        """A ballot of `partner` giving {need: value} in `round_`."""
        candidates = cls._candidates(round_)
        return cls.env["community.ballot"].create(
            {
                "round_id": round_.id,
                "partner_id": partner.id if partner else False,
                "choice_ids": [
                    Command.create({"candidate_id": candidates[need].id, "value": value})
                    for need, value in choices.items()
                ],
                **values,
            }
        )

    @contextmanager
    def assertRefused(self, message, exception=ValidationError):
        """Expect `exception` saying `message`; what the block wrote is rolled back."""
        with self.assertRaises(exception) as raised, self.cr.savepoint():
            yield
        self.assertIn(message, str(raised.exception))

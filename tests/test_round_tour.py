from odoo import Command, fields
from odoo.tests import HttpCase, tagged

from .round_common import RoundCase


@tagged("post_install", "-at_install")
class TestRoundTours(HttpCase, RoundCase):
    def test_worker_types_the_paper_ballots_of_a_meeting(self):
        ada, ben = self.env["res.partner"].create([{"name": "Ada"}, {"name": "Ben"}])
        meeting = self.env["community.meeting"].create(
            {
                "name": "Residents' evening",
                "community_id": self.district.id,
                "start": fields.Datetime.now(),
                "user_id": self.worker.id,
                "attendance_ids": [
                    Command.create({"partner_id": person.id, "status": "attended"})
                    for person in (ada, ben)
                ],
            }
        )
        round_ = self._round("dots", meeting_ids=[Command.link(meeting.id)])
        self.start_tour(
            f"/odoo/action-community_work.community_meeting_action/{meeting.id}",
            "community_work_paper_ballot_tour",
            login="cw_worker",
        )
        summaries = {ballot.display_name: ballot.choice_summary for ballot in round_.ballot_ids}
        self.assertEqual(
            summaries,
            {
                "Ada": "Broken lifts ●2, Damp flats ●1",
                "Ben": "Overflowing bins ●3",
                "Nora Newvoter": "Broken lifts ●1",
                "5 unnamed ballots": "Damp flats ●9",
            },
        )
        self.assertEqual(round_.ballots_cast, 8)
        self.assertEqual(set(round_.ballot_ids.mapped("meeting_id")), {meeting})
        nora = round_.ballot_ids.partner_id.filtered(lambda p: p.name == "Nora Newvoter")
        self.assertEqual(nora.community_membership_ids.community_id, self.district)

    def test_worker_confirms_an_entry_closes_the_round_and_starts_an_initiative(self):
        round_ = self._round("dots", is_published=True)
        self._ballot(round_, self.voters[0], {self.need_damp: 3})
        errors = (
            self.env["community.ballot"]
            .sudo()
            ._submit_online(
                round_.sudo(),
                {"name": "Rosa Resident", "email": "rosa@example.com", "consent": True},
                {self._candidates(round_)[self.need_damp].id: 2},
                "10.1.1.1",
            )
        )
        self.assertEqual(errors, [])
        self.start_tour(
            f"/odoo/action-community_work.community_round_action/{round_.id}",
            "community_work_round_result_tour",
            login="cw_worker",
        )
        self.assertEqual(round_.state, "closed")
        self.assertEqual(round_.ballots_cast, 2)
        self.assertEqual(round_.result_initiative_id.need_ids, self.need_damp)
        self.assertEqual(self.need_damp.priority, "3")

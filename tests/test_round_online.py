from datetime import timedelta

from odoo import fields
from odoo.exceptions import UserError
from odoo.tests import tagged

from .round_common import RoundCase


@tagged("post_install", "-at_install")
class TestOnlineEntries(RoundCase):
    """Entries of the public page wait until a worker confirms them, each linked to one
    contact: the resident's, one found by e-mail or phone, or a new one."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.round = cls._round("dots", is_published=True)
        cls.lifts, cls.damp, cls.bins = cls.round.candidate_ids

    def _submit(
        self,
        name="Rosa Resident",
        email="rosa@example.com",
        phone="",
        words="",
        choices=None,
        address="10.0.0.1",
        **details,
    ):
        Ballot = self.env["community.ballot"].sudo()
        return Ballot._submit_online(
            self.round.sudo(),
            {
                "name": name,
                "email": email,
                "phone": phone,
                "words": words,
                "consent": True,
                **details,
            },
            choices if choices is not None else {self.lifts.id: 2, self.damp.id: 1},
            address,
        )

    def _entry(self, name="Rosa Resident"):
        return self.round.ballot_ids.filtered(lambda b: b.submitted_name == name)

    def test_an_entry_waits_until_it_is_confirmed_as_a_new_resident(self):
        self.assertEqual(self._submit(words="Rats in the bin store.\nThey come every night."), [])
        entry = self._entry()
        self.assertEqual(
            (entry.state, entry.origin, entry.partner_id.id), ("pending", "online", False)
        )
        self.assertEqual(self.round.pending_count, 1)
        self.assertEqual(self.round.ballots_cast, 0)
        entry.with_user(self.worker).action_confirm()
        rosa = entry.partner_id
        self.assertEqual((rosa.name, rosa.email), ("Rosa Resident", "rosa@example.com"))
        self.assertEqual(rosa.community_membership_ids.community_id, self.district)
        self.assertEqual((entry.state, self.round.ballots_cast), ("confirmed", 1))
        need = entry.raised_need_id
        self.assertEqual(need.name, "Rats in the bin store.")
        self.assertEqual(need.community_id, self.district)
        self.assertEqual(need.raising_ids.partner_id, rosa)
        self.assertEqual(need.raising_ids.channel, "online")
        self.assertFalse(entry.submitted_from, "the address hash goes once confirmed")

    def test_confirming_finds_the_contact_with_the_same_email_or_phone(self):
        known = self.voters[0]
        known.write({"email": "Ada.Known@Example.com", "phone": False})
        self._submit(name="Ada K.", email="ada.known@example.com")
        self.voters[1].phone = "07700 900123"
        self._submit(name="Ben", email="", phone="07700 900 123 ", address="10.0.0.2")
        self.voters[2].mobile = "077 009 00123"
        self._entry("Ada K.").action_confirm()
        self.assertEqual(self._entry("Ada K.").partner_id, known)
        self.assertEqual(known.phone, False, "details are added only where missing")
        with self.assertRefused("Several contacts have the details of Ben's entry", UserError):
            self._entry("Ben").action_confirm()
        self._entry("Ben").partner_id = self.voters[1]
        self._entry("Ben").action_confirm()
        self.assertEqual(self._entry("Ben").partner_id, self.voters[1])

    def test_the_worker_chooses_the_issue_the_words_belong_to(self):
        self._submit(words="The lifts again!")
        entry = self._entry()
        entry.raised_need_id = self.need_lifts
        entry.action_confirm()
        self.assertEqual(self.need_lifts.raising_ids.words, "The lifts again!")
        self.assertEqual(self.need_lifts.raised_count, 1)

    def test_a_rejected_entry_does_not_count(self):
        self._submit()
        self._entry().action_reject()
        self.assertEqual(self._entry().state, "rejected")
        self.assertEqual((self.round.pending_count, self.round.ballots_cast), (0, 0))
        self.assertEqual(self._submit(address="10.0.0.9"), [], "the same person may try again")

    def test_one_entry_per_contact(self):
        self.assertEqual(self._submit(), [])
        refused = "already been used to take part in this round"
        self.assertIn(refused, self._submit(name="Rosa R.", email="ROSA@example.com")[0])
        self.voters[0].email = "ben@example.com"
        self._ballot(self.round, self.voters[0], {self.need_lifts: 1})
        self.assertIn(refused, self._submit(name="Ben", email="ben@example.com")[0])
        self._submit(name="Cleo", email="", phone="01234 567890")
        self.assertIn(refused, self._submit(name="C.", email="", phone="(01234) 567 890")[0])
        portal_partner = self.voters[4]
        self.assertEqual(self._submit(partner=portal_partner), [])
        self.assertIn(refused, self._submit(partner=portal_partner)[0])

    def test_what_a_resident_gets_wrong_is_said_plainly(self):
        errors = self._submit(name="", email="not an address", choices={self.lifts.id: 4})
        self.assertEqual(
            errors,
            [
                "Tell us your name.",
                "This e-mail address does not look right.",
                "4 dots were given, but each person has 3.",
            ],
        )
        self.assertIn("Give an e-mail address or a phone number", self._submit(email="")[0])
        self.assertIn("Tick the box", self._submit(consent=False)[0])
        self.assertIn("at most 2000 characters", self._submit(words="x" * 2001)[0])
        self.assertFalse(self.round.ballot_ids)

    def test_a_round_takes_entries_between_its_dates_and_while_open(self):
        today = fields.Date.context_today(self.round)
        self.round.date_open = today + timedelta(days=2)
        self.assertIn("This round opens on", self._submit()[0])
        self.round.write(
            {"date_open": today - timedelta(days=9), "date_close": today - timedelta(days=1)}
        )
        self.assertIn("This round closed on", self._submit()[0])
        self.round.date_close = today
        self.round.action_close()
        self.assertEqual(self._submit(), ["This round is closed: it takes no more choices."])
        self.assertFalse(self.round.ballot_ids)

    def test_too_many_entries_from_one_connection_wait(self):
        self.env["ir.config_parameter"].set_param("community_work.online_entries_per_connection", 2)
        for index in range(2):
            self.assertEqual(
                self._submit(name=f"Neighbour {index}", email=f"n{index}@example.com"), []
            )
        self.assertIn(
            "Too many entries", self._submit(name="Neighbour 3", email="n3@example.com")[0]
        )
        self.assertEqual(
            self._submit(name="Elsewhere", email="e@example.com", address="10.9.9.9"), []
        )

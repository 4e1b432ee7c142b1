import re
from datetime import timedelta

from odoo import fields
from odoo.tests import HttpCase, new_test_user, tagged

from .round_common import RoundCase


@tagged("post_install", "-at_install")
class TestRoundPublicPage(HttpCase, RoundCase):
    """Residents take part on the round's public page, as anonymous visitors or portal
    users; every bad entry is refused with a message, and nothing else is shown."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.need_lifts.description = "Internal: the caretaker drinks; do not share."
        cls.round = cls._round(
            "ranking",
            is_published=True,
            public_title="Which problem first?",
            public_description="<p>Tell us what matters to you.</p>",
        )
        cls.lifts, cls.damp, cls.bins = cls.round.candidate_ids
        cls.url = f"/community/vote/{cls.round.access_token}"
        cls.voters[0].write({"email": "voter01@example.com"})
        cls._ballot(cls.round, cls.voters[0], {cls.need_lifts: 1})

    def _form(self):
        """The page, and its CSRF token."""
        response = self.url_open(self.url)
        self.assertEqual(response.status_code, 200)
        token = re.search(r'name="csrf_token" value="([^"]+)"', response.text)
        return response, token.group(1) if token else None

    def _post(self, ranks=None, **fields_):
        _page, token = self._form()
        data = {
            "csrf_token": token,
            "name": "Rosa Resident",
            "email": "rosa@example.com",
            "consent": "on",
        }
        data.update({f"choice_{candidate.id}": rank for candidate, rank in (ranks or {}).items()})
        data.update(fields_)
        return self.url_open(self.url, data=data)

    def test_the_page_shows_the_public_round_and_nothing_else(self):
        page, token = self._form()
        self.assertTrue(token)
        for shown in (
            "Which problem first?",
            "Tell us what matters to you.",
            "Broken lifts",
            "Damp flats",
        ):
            self.assertIn(shown, page.text)
        for hidden in (
            "What first?",
            "caretaker",
            "Voter 01",
            "voter01@example.com",
            "Testville",
            "North",
        ):
            self.assertNotIn(hidden, page.text)

    def test_a_visitor_sends_choices_that_wait_for_a_worker(self):
        response = self._post(
            {self.damp: 1, self.lifts: 2}, words="The bins overflow every weekend."
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("Thank you: your choices have arrived.", response.text)
        entry = self.round.ballot_ids.filtered(lambda b: b.origin == "online")
        self.assertEqual(entry.state, "pending")
        self.assertEqual(entry.choice_summary, "1. Damp flats, 2. Broken lifts")
        self.assertEqual(entry.raised_words, "The bins overflow every weekend.")

    def test_bad_choices_are_refused_with_a_message(self):
        cases = [
            ({self.damp: 1, self.lifts: 1}, {}, "Rank 1 is given to more than one issue"),
            ({self.damp: 1, self.lifts: 3}, {}, "rank 2 is missing"),
            ({self.damp: 9}, {}, "Ranks go from 1 (first choice) to 3"),
            ({}, {}, "Choose at least one issue."),
            (
                {self.damp: 1},
                {"choice_999999": "2"},
                "One of the choices is not an issue of this round.",
            ),
            ({self.damp: 1}, {"choice_abc": "1"}, "Enter whole numbers only."),
            ({self.damp: "first"}, {}, "Enter whole numbers only."),
            ({self.damp: 1}, {"name": ""}, "Tell us your name."),
            ({self.damp: 1}, {"email": "voter01@example.com"}, "already been used to take part"),
        ]
        for ranks, extra, message in cases:
            with self.subTest(message=message):
                response = self._post(ranks, **extra)
                self.assertEqual(response.status_code, 200)
                self.assertIn("Your choices were not sent", response.text)
                self.assertIn(message, response.text.replace("&#39;", "'"))
        self.assertEqual(len(self.round.ballot_ids), 1)
        # What was typed stays in the form, to correct it.
        response = self._post({self.damp: 1, self.lifts: 1}, name="Rosa Keeps")
        self.assertIn('value="Rosa Keeps"', response.text)

    def test_a_closed_round_refuses_choices(self):
        self.round.action_close()
        page, token = self._form()
        self.assertIn("This round is closed", page.text)
        self.assertIsNone(token, "no form to fill in")
        self.assertNotIn("Damp flats", page.text, "the result is not public")
        self.round.results_public = True
        self.assertIn("Broken lifts", self.url_open(self.url).text)
        response = self.url_open(
            self.url,
            data={
                "csrf_token": self._csrf(),
                "name": "Late",
                "email": "late@example.com",
                "consent": "on",
                f"choice_{self.damp.id}": "1",
            },
        )
        self.assertIn("This round is closed", response.text)
        self.assertEqual(len(self.round.ballot_ids), 1)

    def _csrf(self):
        page = self.url_open("/web/login")
        return re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)

    def test_a_round_not_open_online_is_not_found(self):
        self.round.is_published = False
        self.assertEqual(self.url_open(self.url).status_code, 404)
        self.assertEqual(self.url_open("/community/vote/not-a-token").status_code, 404)
        self.round.is_published = True
        draft = self._round("dots", state="draft", is_published=True)
        self.assertEqual(self.url_open(f"/community/vote/{draft.access_token}").status_code, 404)
        self.round.date_open = fields.Date.today() + timedelta(days=3)
        self.assertIn("This round opens on", self.url_open(self.url).text)

    def test_without_the_csrf_token_nothing_is_recorded(self):
        with self.assertLogs("odoo.http", "WARNING"):
            response = self.url_open(
                self.url,
                data={
                    "name": "Bot",
                    "email": "bot@example.com",
                    "consent": "on",
                    f"choice_{self.damp.id}": "1",
                },
            )
        self.assertEqual(response.status_code, 400)
        self.assertEqual(len(self.round.ballot_ids), 1)

    def test_robots_filling_every_field_are_thanked_and_ignored(self):
        response = self._post({self.damp: 1}, website_url="http://spam.example.com")
        self.assertIn("Thank you", response.text)
        self.assertEqual(len(self.round.ballot_ids), 1)

    def test_too_many_entries_from_one_connection_wait(self):
        self.env["ir.config_parameter"].set_param("community_work.online_entries_per_connection", 1)
        self.assertIn("Thank you", self._post({self.damp: 1}).text)
        response = self._post({self.damp: 1}, name="Other", email="other@example.com")
        self.assertIn("Too many entries came from your connection", response.text)

    def test_a_portal_user_takes_part_as_themselves_once(self):
        portal = new_test_user(
            self.env, "cw_portal_voter", groups="base.group_portal", name="Paula Portal"
        )
        self.authenticate("cw_portal_voter", "cw_portal_voter")
        page, token = self._form()
        self.assertIn("You take part as", page.text)
        self.assertNotIn('name="email"', page.text)
        response = self.url_open(
            self.url, data={"csrf_token": token, f"choice_{self.bins.id}": "1"}
        )
        self.assertIn("Thank you", response.text)
        entry = self.round.ballot_ids.filtered(lambda b: b.origin == "online")
        self.assertEqual(entry.partner_id, portal.partner_id)
        response = self.url_open(
            self.url, data={"csrf_token": self._form()[1], f"choice_{self.bins.id}": "1"}
        )
        self.assertIn("already been used to take part", response.text)

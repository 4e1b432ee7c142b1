from odoo import Command
from odoo.exceptions import AccessError, UserError
from odoo.tests import new_test_user, tagged

from .common_security import ColleagueCommunityCase, TwoCompaniesCase
from .round_common import RoundCase

PERSONAL_MODELS = (
    "community.round",
    "community.round.candidate",
    "community.ballot",
    "community.ballot.choice",
    "community.ballot.analysis",
    "community.need.raising",
)


@tagged("post_install", "-at_install")
class TestRoundRoles(RoundCase, ColleagueCommunityCase):
    """Workers run the rounds of the communities they look after and of the initiatives
    they are responsible for; they read the others; managers run all."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.south_need, cls.south_other = cls.env["community.need"].create(
            [
                {"community_id": cls.south.id, "name": "Rats"},
                {"community_id": cls.south.id, "name": "Noise"},
            ]
        )
        cls.south_round = cls._round(
            "dots", needs=cls.south_need | cls.south_other, community_id=cls.south.id
        )
        cls.south_ballot = cls._ballot(cls.south_round, cls.voters[0], {cls.south_need: 2})

    def test_worker_runs_a_round_of_their_community_from_start_to_initiative(self):
        Round = self.env["community.round"].with_user(self.worker)
        round_ = Round.create(
            {
                "name": "Our priorities",
                "community_id": self.district.id,
                "candidate_ids": [
                    Command.create({"need_id": need.id})
                    for need in (self.need_lifts, self.need_damp)
                ],
            }
        )
        round_.action_open()
        self.env["community.ballot"].with_user(self.worker).create(
            {
                "round_id": round_.id,
                "partner_id": self.voters[1].id,
                "choice_ids": [
                    Command.create({"candidate_id": round_.candidate_ids[0].id, "value": 2})
                ],
            }
        )
        round_.action_close()
        round_.action_start_initiative()
        self.assertEqual(round_.result_initiative_id.need_ids, self.need_lifts)
        self.assertTrue(round_.can_edit)

    def test_worker_reads_but_does_not_run_a_colleagues_round(self):
        theirs = self.south_round.with_user(self.worker)
        self.assertEqual(theirs.ballot_ids.choice_summary, "Rats ●2")
        self.assertFalse(theirs.can_edit)
        for attempt in (
            lambda: theirs.write({"name": "Mine now"}),
            lambda: theirs.action_close(),
            lambda: theirs.ballot_ids.write({"ballot_count": 1, "partner_id": self.voters[2].id}),
            lambda: theirs.ballot_ids.choice_ids.write({"value": 3}),
            lambda: (
                self.env["community.ballot"]
                .with_user(self.worker)
                .create({"round_id": theirs.id, "partner_id": self.voters[4].id})
            ),
            lambda: (
                self.env["community.round"]
                .with_user(self.worker)
                .create({"name": "Taking over", "community_id": self.south.id})
            ),
        ):
            with self.assertRaises(AccessError), self.cr.savepoint():
                attempt()
        self.assertEqual(self.south_round.state, "open")

    def test_the_worker_of_an_initiative_runs_its_round(self):
        initiative = self._create_initiative(community_id=self.south.id, user_id=self.worker.id)
        round_ = (
            self.env["community.round"]
            .with_user(self.worker)
            .create(
                {
                    "name": "The group's priorities",
                    "initiative_id": initiative.id,
                    "candidate_ids": [
                        Command.create({"need_id": self.south_need.id}),
                        Command.create({"need_id": self.south_other.id}),
                    ],
                }
            )
        )
        self.assertEqual(round_.community_id, self.south)
        round_.action_open()
        round_.action_close()
        self.assertEqual(round_.state, "closed")

    def test_drafts_are_deleted_by_who_runs_them_the_rest_by_managers(self):
        draft = self._round("dots", state="draft")
        draft.with_user(self.worker).unlink()
        open_round = self._round("dots")
        with self.assertRaises(AccessError), self.cr.savepoint():
            open_round.with_user(self.worker).unlink()
        self.south_round.with_user(self.manager).action_close()
        self.south_round.with_user(self.manager).unlink()
        self.assertFalse(self.south_ballot.exists())

    def test_users_outside_community_work_see_nothing(self):
        portal = new_test_user(self.env, "cw_portal", groups="base.group_portal")
        for user in (self.outsider, portal):
            for model in PERSONAL_MODELS:
                with self.subTest(user=user.login, model=model):
                    with self.assertRaises(AccessError):
                        self.env[model].with_user(user).search_count([])
            with self.assertRaises(AccessError):
                self.south_ballot.with_user(user).read(["partner_id"])


@tagged("post_install", "-at_install")
class TestRoundCompanies(RoundCase, TwoCompaniesCase):
    """Rounds, ballots and issues raised stay within their company."""

    def test_another_company_sees_no_round_ballot_or_raising(self):
        round_ = self._round("dots")
        self._ballot(round_, self.voters[0], {self.need_lifts: 2})
        self.env["community.need.raising"].create(
            {"need_id": self.need_lifts.id, "partner_id": self.voters[1].id}
        )
        round_.action_close()
        for model in PERSONAL_MODELS:
            with self.subTest(model=model):
                far = self.env[model].with_user(self.far_worker)
                self.assertFalse(far.search([]))
                self.assertFalse(far._read_group([], ["company_id"], ["__count"]))
                near = self.env[model].with_user(self.worker)
                self.assertTrue(near.search([]))
        self.assertFalse(self.env["community.round"].with_user(self.far_worker).name_search("What"))
        with self.assertRaises(AccessError):
            round_.with_user(self.far_worker).read(["name"])

    def test_a_round_takes_issues_and_contacts_of_its_company_only(self):
        far_needs = self.env["community.need"].create(
            [{"community_id": self.far_community.id, "name": name} for name in ("A", "B")]
        )
        far_round = (
            self.env["community.round"]
            .with_user(self.far_worker)
            .create(
                {
                    "name": "Far priorities",
                    "community_id": self.far_community.id,
                    "candidate_ids": [Command.create({"need_id": need.id}) for need in far_needs],
                }
            )
        )
        with self.assertRaises(UserError), self.cr.savepoint():
            far_round.candidate_ids = [Command.create({"need_id": self.need_lifts.id})]
        far_round.action_open()
        neighbour = self.env["res.partner"].create(
            {"name": "Nina", "company_id": self.env.company.id}
        )
        with self.assertRaises(UserError), self.cr.savepoint():
            self._ballot(far_round, neighbour, {far_needs[0]: 1})
        self._ballot(far_round, self.far_resident, {far_needs[0]: 1})
        self.assertEqual(far_round.ballot_ids.partner_id, self.far_resident)

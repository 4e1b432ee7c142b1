from odoo import Command
from odoo.exceptions import AccessError
from odoo.tests import new_test_user, tagged

from .coalition_common import CoalitionCase


@tagged("post_install", "-at_install")
class TestPowerMapSecurity(CoalitionCase):
    """Power maps hold political assessments of named people: only the people working on
    the coalition or initiative see them."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.colleague = cls.other_worker
        cls.community_worker = new_test_user(
            cls.env, "cw_community", groups="community_work.group_community_user", name="Cora"
        )
        cls.district.user_ids = [Command.link(cls.community_worker.id)]
        cls.initiative = cls._create_initiative(user_id=cls.colleague.id)
        Target = cls.env["community.power.target"]
        values = {"partner_id": cls.decision_maker.id, "stance": "neutral", "influence": 3}
        cls.coalition_target = Target.create(
            dict(values, coalition_id=cls.coalition.id, evidence="Met once")
        )
        cls.initiative_target = Target.create(
            dict(values, initiative_id=cls.initiative.id, evidence="Wrote back")
        )
        cls.second_worker = cls._second_company_worker()

    def _visible_targets(self, user):
        fixtures = self.coalition_target | self.initiative_target
        return (
            self.env["community.power.target"].with_user(user).search([("id", "in", fixtures.ids)])
        )

    def test_who_sees_which_power_map(self):
        both = self.coalition_target | self.initiative_target
        expected = {
            self.coordinator: both,  # coordinator of the coalition, worker of the district
            self.colleague: self.initiative_target,  # responsible for the initiative
            self.community_worker: self.initiative_target,  # worker of the initiative's community
            self.manager: both,
            self.second_worker: self.env["community.power.target"],
        }
        for user, targets in expected.items():
            with self.subTest(user=user.login):
                self.assertEqual(self._visible_targets(user), targets)
                history = (
                    self.env["community.power.assessment"]
                    .with_user(user)
                    .search(
                        [("target_id", "in", (self.coalition_target | self.initiative_target).ids)]
                    )
                )
                self.assertEqual(history.target_id, targets)

    def test_other_workers_cannot_read_search_or_group_a_map(self):
        self.district.user_ids = [Command.unlink(self.coordinator.id)]
        self.coalition.user_id = self.colleague
        outsider_worker = self.coordinator
        target = self.coalition_target.with_user(outsider_worker)
        with self.assertRaises(AccessError):
            target.read(["stance"])
        with self.assertRaises(AccessError):
            target.assessment_ids.read(["evidence"])
        Target = self.env["community.power.target"].with_user(outsider_worker)
        self.assertFalse(Target.name_search("Dana"))
        self.assertFalse(Target.read_group([], ["influence:sum"], ["stance"]))
        self.assertFalse(
            self.env["community.power.assessment"].with_user(outsider_worker).search([])
        )
        self.assertEqual(self.coalition.with_user(outsider_worker).power_target_count, 0)
        self.assertEqual(self.initiative.with_user(outsider_worker).power_target_count, 0)

    def test_other_workers_cannot_move_or_add_targets(self):
        user = self.community_worker
        with self.assertRaises(AccessError):
            self.coalition_target.with_user(user).reassess("ally", 3, "Heard it in the corridor")
        with self.assertRaises(AccessError):
            self.env["community.power.target"].with_user(user).create(
                {
                    "partner_id": self.teacher.id,
                    "coalition_id": self.coalition.id,
                    "stance": "ally",
                    "influence": 2,
                    "evidence": "Friendly",
                }
            )
        with self.assertRaises(AccessError):
            self.coalition_target.with_user(user).message_post(body="Saw her at the market")
        self.assertEqual(len(self.coalition_target.assessment_ids), 1)

    def test_the_team_moves_its_targets_but_never_rewrites_history(self):
        target = self.initiative_target.with_user(self.colleague)
        target.reassess("ally", 4, "Promised to fund the lights")
        first = target.assessment_ids.sorted("id")[0]
        with self.assertRaises(AccessError):
            first.evidence = "Rewritten"
        with self.assertRaises(AccessError):
            first.unlink()
        with self.assertRaises(AccessError):
            target.unlink()
        target.message_post(body="Phoned her office")
        self.assertEqual(self.initiative_target.stance, "ally")

    def test_managers_correct_the_history(self):
        first = self.coalition_target.assessment_ids.with_user(self.manager)
        first.evidence = "Met once, at the ward surgery"
        self.coalition_target.with_user(self.manager).unlink()
        self.assertFalse(first.exists())

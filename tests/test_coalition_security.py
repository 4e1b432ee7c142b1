from odoo import Command
from odoo.exceptions import AccessError, UserError
from odoo.tests import Form, tagged

from .coalition_common import CoalitionCase


@tagged("post_install", "-at_install")
class TestCoalitionSecurity(CoalitionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.colleague = cls.other_worker
        cls.pledge = cls._pledge()
        cls.health_round = cls.env["community.coalition.health.round"].create(
            {
                "coalition_id": cls.coalition.id,
                "date": "2024-09-01",
                "score_ids": [
                    Command.create(
                        {
                            "member_id": cls.club_member.id,
                            "factor_id": cls.factors[0].id,
                            "score": 4,
                        }
                    )
                ],
            }
        )
        cls.second_worker = cls._second_company_worker()

    def test_the_coordinator_changes_the_coalition_and_everything_in_it(self):
        coalition = self.coalition.with_user(self.coordinator)
        coalition.write({"stage_id": self.stage_cooperation.id, "name": "Youth Network"})
        coalition.write(
            {"member_ids": [Command.update(self.library_member.id, {"date_left": "2024-09-01"})]}
        )
        pledge = self._pledge(member=self.school_member).with_user(self.coordinator)
        self.env["community.coalition.contribution"].with_user(self.coordinator).create(
            {"pledge_id": pledge.id, "quantity": 5}
        )
        self.health_round.score_ids.with_user(self.coordinator).score = 5
        self.assertEqual(self.coalition.member_count, 2)
        self.assertEqual(pledge.delivered_quantity, 5)
        with self.assertRaises(AccessError):
            coalition.unlink()

    def test_the_form_is_read_only_for_whoever_may_not_change_it(self):
        self.assertTrue(self.coalition.with_user(self.coordinator).can_edit)
        self.assertTrue(self.coalition.with_user(self.manager).can_edit)
        self.assertFalse(self.coalition.with_user(self.colleague).can_edit)

    def test_workers_create_the_coalitions_they_coordinate(self):
        Coalition = self.env["community.coalition"].with_user(self.colleague)
        own = Coalition.create({"name": "Safety Coalition"})
        self.assertEqual(own.user_id, self.colleague)
        with self.assertRaises(AccessError):
            Coalition.create({"name": "For someone else", "user_id": self.coordinator.id})

    def test_colleagues_read_but_do_not_change(self):
        coalition = self.coalition.with_user(self.colleague)
        newcomer = self.env["res.partner"].create({"name": "Newcomers' Club", "is_company": True})
        self.assertEqual(
            coalition.member_ids.mapped("partner_id.name"), ["Youth Club", "School", "Library"]
        )
        self.assertEqual(coalition.pledge_ids.name, "Volunteers for the summer camp")
        self.assertEqual(coalition.health_round_ids.score_ids.score, 4)
        self.assertTrue(coalition.health_summary["rounds"])
        attempts = {
            "rename": lambda: coalition.write({"name": "Mine"}),
            "add a member": lambda: coalition.write(
                {"member_ids": [Command.create({"partner_id": self.teacher.parent_id.id})]}
            ),
            "let a member leave": lambda: self.library_member.with_user(self.colleague).write(
                {"date_left": "2024-09-01"}
            ),
            "pledge": lambda: (
                self.env["community.coalition.pledge"]
                .with_user(self.colleague)
                .create(
                    {
                        "coalition_id": self.coalition.id,
                        "member_id": self.school_member.id,
                        "name": "Rooms",
                        "kind": "rooms",
                        "quantity": 3,
                    }
                )
            ),
            "contribute": lambda: (
                self.env["community.coalition.contribution"]
                .with_user(self.colleague)
                .create({"pledge_id": self.pledge.id, "quantity": 1})
            ),
            "score": lambda: self.health_round.score_ids.with_user(self.colleague).write(
                {"score": 1}
            ),
            "join from the organisation's form": lambda: newcomer.with_user(self.colleague).write(
                {"coalition_member_ids": [Command.create({"coalition_id": self.coalition.id})]}
            ),
        }
        for attempt, run in attempts.items():
            with self.subTest(attempt=attempt), self.assertRaises(AccessError):
                run()
        self.assertEqual(self.coalition.name, "Youth Coalition")
        self.assertEqual(self.pledge.delivered_quantity, 0)

    def test_managers_change_and_delete_any_coalition(self):
        coalition = self.coalition.with_user(self.manager)
        coalition.write({"user_id": self.colleague.id, "stage_id": self.stage_cooperation.id})
        self.library_member.with_user(self.manager).unlink()
        coalition.unlink()
        self.assertFalse(self.coalition.exists())

    def test_other_users_see_no_coalition(self):
        for model in (
            "community.coalition",
            "community.coalition.member",
            "community.coalition.pledge",
            "community.coalition.health.result",
            "community.power.target",
        ):
            with self.subTest(model=model), self.assertRaises(AccessError):
                self.env[model].with_user(self.outsider).search([])
        self.assertNotIn(
            "coalition_member_ids", self.youth_club.with_user(self.outsider).fields_get()
        )

    def test_workers_of_another_company_see_nothing(self):
        user = self.second_worker
        Coalition = self.env["community.coalition"].with_user(user)
        self.assertFalse(Coalition.search([]))
        self.assertFalse(Coalition.name_search("Youth"))
        groups = Coalition.read_group([], ["member_count:sum"], ["stage_id"])
        self.assertEqual({group["stage_id_count"] for group in groups}, {0})
        with self.assertRaises(AccessError):
            self.coalition.with_user(user).read(["name"])
        for model in (
            "community.coalition.member",
            "community.coalition.pledge",
            "community.coalition.contribution",
            "community.coalition.health.round",
            "community.coalition.health.score",
            "community.coalition.health.result",
            "community.coalition.pledge.analysis",
        ):
            with self.subTest(model=model):
                self.assertFalse(self.env[model].with_user(user).search([]))
        self.assertEqual(self.youth_club.with_user(user).coalition_count, 0)

    def test_a_coalition_follows_company_rules_on_its_links(self):
        other_company = self.second_worker.company_id
        community = self.env["community.community"].create(
            {"name": "Elsewhere", "company_id": other_company.id}
        )
        with self.assertRaises(UserError):
            self.coalition.community_ids = [Command.link(community.id)]
        self.assertNotIn(community, self.coalition.community_ids)

    def test_colleagues_group_and_search_members(self):
        Member = self.env["community.coalition.member"].with_user(self.colleague)
        groups = Member.read_group(
            [("coalition_id", "=", self.coalition.id), ("is_active", "=", True)],
            ["partner_id"],
            ["coalition_id"],
        )
        self.assertEqual(groups[0]["coalition_id_count"], 3)
        self.assertEqual(Member.name_search("Youth")[0][1], "Youth Club")

    def test_the_coordinator_edits_members_in_the_coalition_form(self):
        with Form(self.coalition.with_user(self.coordinator)) as form:
            with form.member_ids.edit(2) as line:
                line.date_left = "2024-09-01"
                line.leave_reason = "Closed its youth section"
        self.assertEqual(self.library_member.leave_reason, "Closed its youth section")

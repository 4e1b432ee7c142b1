from odoo import Command
from odoo.exceptions import UserError
from odoo.tests import tagged

from .common_security import TwoCompaniesCase


@tagged("post_install", "-at_install")
class TestStageCompanies(TwoCompaniesCase):
    """Stages and their templates are as private as their method."""

    def test_other_company_reads_no_stage_of_a_private_method(self):
        for model, name in (
            ("community.stage", "Secret Stage"),
            ("community.stage.task", "Secret task"),
            ("community.stage.indicator", "Secret indicator"),
        ):
            with self.subTest(model=model):
                far = self.env[model].with_user(self.far_worker)
                self.assertFalse(far.search_read([("name", "=", name)], ["name"]))
                self.assertFalse(far.name_search(name))
                near = self.env[model].with_user(self.worker)
                self.assertEqual(len(near.search([("name", "=", name)])), 1)

    def test_shared_methods_stages_are_read_by_every_company(self):
        Stage = self.env["community.stage"].with_user(self.far_worker)
        self.assertEqual(Stage.search([("method_id", "=", self.method.id)]), self.method.stage_ids)
        self.assertEqual(
            self.stage_listen.with_user(self.far_worker).task_template_ids.mapped("name"),
            ["Knock on doors", "Map local groups"],
        )


@tagged("post_install", "-at_install")
class TestContactCompanies(TwoCompaniesCase):
    """Contacts of one company are not linked to another company's records."""

    def test_contacts_of_another_company_are_refused(self):
        initiative = self._create_initiative(community_id=self.far_community.id, user_id=False)
        neighbour = self.resident.copy({"name": "Nina", "company_id": self.company.id})
        organisation = self.env["res.partner"].create(
            {"name": "Our Tenants' Association", "is_company": True, "company_id": self.company.id}
        )
        for field, partner in (("activist_ids", neighbour), ("organisation_ids", organisation)):
            with self.subTest(field=field), self.assertRaises(UserError), self.cr.savepoint():
                initiative[field] = [Command.link(partner.id)]
        far_need = self.env["community.need"].create(
            {"community_id": self.far_community.id, "name": "Floods"}
        )
        with self.assertRaises(UserError), self.cr.savepoint():
            self.env["community.need.raising"].create(
                {"need_id": far_need.id, "partner_id": neighbour.id}
            )
        for model, values in (
            ("community.asset", {"name": "Her van", "partner_id": neighbour.id}),
            ("community.membership", {"partner_id": neighbour.id}),
        ):
            with self.subTest(model=model), self.assertRaises(UserError), self.cr.savepoint():
                self.env[model].create({"community_id": self.far_community.id, **values})

    def test_shared_contacts_and_own_company_contacts_are_accepted(self):
        initiative = self._create_initiative(community_id=self.far_community.id, user_id=False)
        initiative.activist_ids = [
            Command.link(self.resident.id),
            Command.link(self.far_resident.id),
        ]
        self.env["community.need"].create(
            {
                "community_id": self.far_community.id,
                "name": "Floods",
                "raising_ids": [Command.create({"partner_id": self.far_resident.id})],
            }
        )
        self.assertEqual(len(initiative.activist_ids), 2)

    def test_a_line_moving_to_another_company_checks_its_contacts(self):
        neighbour = self.resident.copy({"name": "Nina", "company_id": self.company.id})
        need = self.env["community.need"].create(
            {
                "community_id": self.district.id,
                "name": "Floods",
                "raising_ids": [Command.create({"partner_id": neighbour.id})],
            }
        )
        with self.assertRaises(UserError), self.cr.savepoint():
            need.community_id = self.far_community
        self.assertEqual(need.community_id, self.district)

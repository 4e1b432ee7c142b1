from odoo import Command
from odoo.tests import new_test_user

from .common import CommunityWorkCase


class ColleagueCommunityCase(CommunityWorkCase):
    """Adds South, a community Otto (the other worker) is responsible for, and an
    initiative of his there."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.south = cls.env["community.community"].create(
            {
                "name": "South",
                "parent_id": cls.city.id,
                "user_ids": [Command.set(cls.other_worker.ids)],
            }
        )
        cls.colleague_initiative = cls._create_initiative(
            name="Otto's group", community_id=cls.south.id, user_id=cls.other_worker.id
        )


class TwoCompaniesCase(CommunityWorkCase):
    """Adds a second organisation using the same database, with its own worker and
    community, and a method private to the first company."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company = cls.env.company
        cls.other_company = cls.env["res.company"].create({"name": "Other NGO"})
        cls.far_worker = new_test_user(
            cls.env,
            "cw_far_worker",
            groups="community_work.group_community_user",
            name="Farah Far",
            company_id=cls.other_company.id,
            company_ids=[Command.set(cls.other_company.ids)],
        )
        cls.far_community = cls.env["community.community"].create(
            {
                "name": "Far Town",
                "company_id": cls.other_company.id,
                "user_ids": [Command.link(cls.far_worker.id)],
            }
        )
        cls.private_method = cls.env["community.method"].create(
            {
                "name": "Our Own Method",
                "company_id": cls.company.id,
                "stage_ids": [
                    Command.create(
                        {
                            "name": "Secret Stage",
                            "guidance": "<p>Internal guidance</p>",
                            "task_template_ids": [Command.create({"name": "Secret task"})],
                            "indicator_template_ids": [
                                Command.create({"name": "Secret indicator"})
                            ],
                        }
                    )
                ],
            }
        )
        cls.far_resident = cls.env["res.partner"].create(
            {"name": "Fiona Far", "company_id": cls.other_company.id}
        )

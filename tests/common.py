from odoo import Command
from odoo.tests import TransactionCase, new_test_user


class CommunityWorkCase(TransactionCase):
    """Fixtures shared by the addon's tests: a small method, a community, workers."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=True))
        cls.worker = new_test_user(
            cls.env, "cw_worker", groups="community_work.group_community_user", name="Wanda Worker"
        )
        cls.other_worker = new_test_user(
            cls.env, "cw_other", groups="community_work.group_community_user", name="Otto Other"
        )
        cls.manager = new_test_user(
            cls.env,
            "cw_manager",
            groups="community_work.group_community_manager",
            name="Mia Manager",
        )
        cls.outsider = new_test_user(
            cls.env, "cw_outsider", groups="base.group_user", name="Oscar Outsider"
        )

        cls.method = cls.env["community.method"].create(
            {
                "name": "Test Method",
                "stage_ids": [
                    Command.create(
                        {
                            "name": "Listen",
                            "sequence": 1,
                            "guidance": "<p>Walk the streets.</p>",
                            "caution": "<p>Do not rush.</p>",
                            "task_template_ids": [
                                Command.create({"name": "Knock on doors", "sequence": 1}),
                                Command.create({"name": "Map local groups", "sequence": 2}),
                            ],
                            "indicator_template_ids": [
                                Command.create({"name": "Residents bring problems"}),
                            ],
                        }
                    ),
                    Command.create(
                        {
                            "name": "Organise",
                            "sequence": 2,
                            "task_template_ids": [
                                Command.create({"name": "Hold a first meeting"}),
                            ],
                            "indicator_template_ids": [
                                Command.create({"name": "A core group meets"}),
                                Command.create({"name": "The group has chosen an issue"}),
                            ],
                        }
                    ),
                    Command.create({"name": "Close", "sequence": 3, "is_closing": True}),
                ],
            }
        )
        cls.stage_listen, cls.stage_organise, cls.stage_close = cls.method.stage_ids
        cls.other_method = cls.env["community.method"].create(
            {
                "name": "Other Method",
                "stage_ids": [
                    Command.create({"name": "Enter", "sequence": 1}),
                    Command.create({"name": "Build", "sequence": 2, "is_closing": True}),
                ],
            }
        )
        cls.city = cls.env["community.community"].create({"name": "Testville"})
        cls.district = cls.env["community.community"].create(
            {"name": "North", "parent_id": cls.city.id, "user_ids": [Command.link(cls.worker.id)]}
        )
        cls.level_contact = cls.env.ref("community_work.community_level_contact")
        cls.level_participant = cls.env.ref("community_work.community_level_participant")
        cls.level_activist = cls.env.ref("community_work.community_level_activist")
        cls.resident = cls.env["res.partner"].create({"name": "Rita Resident"})

    @classmethod
    def _create_initiative(cls, **values):
        return cls.env["community.initiative"].create(
            {
                "name": "Playground campaign",
                "community_id": cls.district.id,
                "method_id": cls.method.id,
                "user_id": cls.worker.id,
                **values,
            }
        )

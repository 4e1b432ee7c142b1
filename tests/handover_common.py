from odoo import Command

from .common_security import ColleagueCommunityCase


class HandoverCase(ColleagueCommunityCase):
    """Wanda (the worker) looks after North, two initiatives there and a coalition."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.playground = cls._create_initiative(name="Playground campaign")
        cls.tenants = cls._create_initiative(name="Tenants' group")
        cls.coalition = cls.env["community.coalition"].create(
            {
                "name": "Youth Coalition",
                "user_id": cls.worker.id,
                "initiative_ids": [Command.link(cls.playground.id)],
            }
        )

    def _handover(self, user, initiatives, **values):
        return (
            self.env["community.handover"]
            .with_user(user)
            .with_context(active_model="community.initiative", active_ids=initiatives.ids)
            .create(
                {
                    "to_user_id": self.other_worker.id,
                    "note_done": "Twelve tenants meet monthly.",
                    "note_risks": "Two families fell out\nover the parking rota.",
                    **values,
                }
            )
        )

    def _history(self, record):
        return record.responsibility_ids.sorted("id")

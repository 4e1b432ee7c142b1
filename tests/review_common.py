from datetime import datetime

from odoo import Command

from .common import CommunityWorkCase


class ReviewCase(CommunityWorkCase):
    """An initiative in its second stage, with held meetings before and after a date."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.stage_listen.review_interval = 3
        cls.stage_organise.review_interval = 2
        cls.initiative = cls._create_initiative(date_start="2026-01-01")
        cls.initiative.stage_id = cls.stage_organise
        cls.initiative.indicator_ids.filtered(lambda i: i.name == "A core group meets").write(
            {"status": "partly", "note": "Five came twice"}
        )
        cls.newcomer = cls.env["res.partner"].create({"name": "Nico Newcomer"})

    @classmethod
    def _meeting(cls, start, people, initiative=None):
        return cls.env["community.meeting"].create(
            {
                "name": "Group meeting",
                "initiative_id": (initiative or cls.initiative).id,
                "start": start,
                "state": "held",
                "attendance_ids": [
                    Command.create({"partner_id": person.id, "status": "attended"})
                    for person in people
                ],
            }
        )

    @classmethod
    def _review(cls, user=None, **values):
        Review = cls.env["community.review"].with_user(user or cls.worker)
        return Review.create({"initiative_id": cls.initiative.id, "date": "2026-03-31", **values})

    @staticmethod
    def at(text):
        return datetime.fromisoformat(text)

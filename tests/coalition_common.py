from contextlib import contextmanager

from odoo import Command
from odoo.tests import new_test_user

from .common import CommunityWorkCase


class CoalitionCase(CommunityWorkCase):
    """A coalition of three organisations coordinated by the worker, on the shipped ladder."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.coordinator = cls.worker
        cls.ladder = cls.env.ref("community_work.coalition_ladder_spectrum")
        cls.stage_networking = cls.env.ref("community_work.coalition_stage_networking")
        cls.stage_cooperation = cls.env.ref("community_work.coalition_stage_cooperation")
        cls.role_member = cls.env.ref("community_work.coalition_role_member")
        cls.factors = cls.env["community.coalition.health.factor"].search([])
        Partner = cls.env["res.partner"]
        cls.youth_club, cls.school, cls.library = Partner.create(
            [{"name": name, "is_company": True} for name in ("Youth Club", "School", "Library")]
        )
        cls.club_leader = Partner.create({"name": "Cleo Club", "parent_id": cls.youth_club.id})
        cls.teacher = Partner.create({"name": "Tom Teacher", "parent_id": cls.school.id})
        cls.coalition = cls.env["community.coalition"].create(
            {
                "name": "Youth Coalition",
                "user_id": cls.coordinator.id,
                "community_ids": [Command.link(cls.district.id)],
            }
        )
        cls.club_member, cls.school_member, cls.library_member = cls.env[
            "community.coalition.member"
        ].create(
            [
                {
                    "coalition_id": cls.coalition.id,
                    "partner_id": cls.youth_club.id,
                    "representative_ids": [Command.link(cls.club_leader.id)],
                    "date_joined": "2024-01-10",
                },
                {
                    "coalition_id": cls.coalition.id,
                    "partner_id": cls.school.id,
                    "representative_ids": [Command.link(cls.teacher.id)],
                    "date_joined": "2024-01-10",
                },
                {
                    "coalition_id": cls.coalition.id,
                    "partner_id": cls.library.id,
                    "date_joined": "2024-06-01",
                },
            ]
        )
        cls.decision_maker = Partner.create(
            {
                "name": "Dana Director",
                "function": "Head of Youth Services",
                "community_role_ids": [
                    Command.link(cls.env.ref("community_work.community_role_decision_maker").id)
                ],
            }
        )

    @contextmanager
    def assertRefused(self, exception, pattern):
        """Like assertRaisesRegex, and rolls back what the refused operation wrote."""
        with self.assertRaises(exception) as caught:
            yield
        self.assertRegex(str(caught.exception), pattern)

    @classmethod
    def _pledge(cls, member=None, **values):
        member = member or cls.club_member
        return cls.env["community.coalition.pledge"].create(
            {
                "coalition_id": member.coalition_id.id,
                "member_id": member.id,
                "name": "Volunteers for the summer camp",
                "kind": "volunteer_hours",
                "quantity": 40,
                "date": "2024-02-01",
                **values,
            }
        )

    @classmethod
    def _second_company_worker(cls):
        company = cls.env["res.company"].create({"name": "Second NGO"})
        return new_test_user(
            cls.env,
            "cw_second_company",
            groups="community_work.group_community_user",
            company_id=company.id,
            company_ids=[Command.set(company.ids)],
            name="Sven Second",
        )

from psycopg2 import IntegrityError

from odoo.exceptions import UserError
from odoo.tests import tagged
from odoo.tools import mute_logger

from .common import CommunityWorkCase


@tagged("post_install", "-at_install")
class TestCommunity(CommunityWorkCase):
    def test_nested_areas_have_a_complete_name(self):
        estate = self.env["community.community"].create(
            {"name": "Oak Estate", "parent_id": self.district.id}
        )
        self.assertEqual(estate.complete_name, "Testville / North / Oak Estate")
        self.city.name = "Newtown"
        self.assertEqual(estate.complete_name, "Newtown / North / Oak Estate")
        self.assertEqual(
            self.env["community.community"].search([("id", "child_of", self.city.id)]),
            self.city | self.district | estate,
        )

    def test_community_cannot_contain_itself(self):
        with self.assertRaises(UserError):
            self.city.parent_id = self.district
        self.assertFalse(self.city.parent_id)

    def test_member_and_initiative_counts(self):
        partners = self.env["res.partner"].create([{"name": f"Neighbour {i}"} for i in range(3)])
        self.env["community.membership"].create(
            [{"community_id": self.district.id, "partner_id": p.id} for p in partners]
        )
        self._create_initiative()
        self.assertEqual(self.district.member_count, 3)
        self.assertEqual(self.district.initiative_count, 1)
        action = self.district.action_view_members()
        self.assertEqual(self.env[action["res_model"]].search(action["domain"]), partners)

    def test_a_city_counts_the_people_and_initiatives_of_its_districts(self):
        south = self.env["community.community"].create({"name": "South", "parent_id": self.city.id})
        elsewhere = self.env["community.community"].create({"name": "Elsewhere"})
        people = self.env["res.partner"].create([{"name": f"Neighbour {i}"} for i in range(3)])
        self.env["community.membership"].create(
            [
                {"community_id": self.district.id, "partner_id": people[0].id},
                {"community_id": self.district.id, "partner_id": people[1].id},
                {"community_id": south.id, "partner_id": people[1].id},
                {"community_id": self.city.id, "partner_id": people[1].id},
                {"community_id": elsewhere.id, "partner_id": people[2].id},
            ]
        )
        self._create_initiative()
        self._create_initiative(community_id=south.id)
        communities = self.city | self.district | south | elsewhere
        self.assertEqual(communities.mapped("member_count"), [2, 2, 1, 1])
        self.assertEqual(communities.mapped("initiative_count"), [2, 1, 1, 0])
        members = self.city.action_view_members()
        self.assertEqual(self.env["res.partner"].search(members["domain"]), people[:2])
        initiatives = self.city.action_view_initiatives()
        self.assertEqual(self.env["community.initiative"].search_count(initiatives["domain"]), 2)

    def test_duplicate_membership_is_refused(self):
        self.env["community.membership"].create(
            {"community_id": self.district.id, "partner_id": self.resident.id}
        )
        with mute_logger("odoo.sql_db"), self.assertRaises(IntegrityError), self.cr.savepoint():
            self.env["community.membership"].create(
                {"community_id": self.district.id, "partner_id": self.resident.id}
            )
        self.assertEqual(self.district.member_count, 1)

    def test_partner_communities_follow_memberships(self):
        membership = self.env["community.membership"].create(
            {"community_id": self.district.id, "partner_id": self.resident.id}
        )
        self.assertEqual(self.resident.community_ids, self.district)
        self.assertEqual(self.resident.community_count, 1)
        action = self.resident.action_view_community_memberships()
        self.assertEqual(self.env[action["res_model"]].search(action["domain"]), membership)
        self.assertIn(
            self.resident,
            self.env["res.partner"].search([("community_ids", "child_of", self.city.id)]),
        )
        membership.unlink()
        self.assertFalse(self.resident.community_ids)

    def test_needs_and_assets_are_sorted_by_priority(self):
        needs = self.env["community.need"].create(
            [
                {
                    "community_id": self.district.id,
                    "name": "Broken lifts",
                    "category": "housing",
                    "priority": "1",
                },
                {
                    "community_id": self.district.id,
                    "name": "Unsafe underpass",
                    "category": "safety",
                    "priority": "3",
                },
            ]
        )
        self.env["community.asset"].create(
            {"community_id": self.district.id, "name": "Church hall", "category": "place"}
        )
        self.assertEqual(self.district.need_ids, needs.sorted("priority", reverse=True))
        self.assertEqual(self.district.need_ids[0].name, "Unsafe underpass")
        self.assertEqual(self.district.asset_ids.category, "place")

from odoo.modules.migration import load_script
from odoo.tests import tagged

from .common import CommunityWorkCase

ROLES_AND_LEVELS = "community_work/migrations/18.0.1.1.0/post-migrate.py"


@tagged("post_install", "-at_install")
class TestRolesAndLevelsMigration(CommunityWorkCase):
    """Databases of 18.0.1.0.0 had Volunteer and Activist roles beside the levels of the
    same names, and a role on every membership."""

    def _former_role(self, name):
        role = self.env["community.role"].create({"name": name})
        self.env["ir.model.data"].create(
            {
                "module": "community_work",
                "name": f"community_role_{name.lower()}",
                "model": "community.role",
                "res_id": role.id,
            }
        )
        return role

    def test_roles_become_levels_and_membership_roles_move_to_contacts(self):
        volunteer, activist = self._former_role("Volunteer"), self._former_role("Activist")
        resident = self.env.ref("community_work.community_role_resident")
        decision_maker = self.env.ref("community_work.community_role_decision_maker")
        Partner = self.env["res.partner"]
        ada = Partner.create({"name": "Ada", "community_role_ids": [(4, activist.id)]})
        vic = Partner.create(
            {"name": "Vic", "community_role_ids": [(4, volunteer.id), (4, activist.id)]}
        )
        lea = Partner.create(
            {
                "name": "Lea",
                "community_level_id": self.level_participant.id,
                "community_role_ids": [(4, volunteer.id), (4, decision_maker.id)],
            }
        )
        self.cr.execute("ALTER TABLE community_membership ADD COLUMN role_id integer")
        membership = self.env["community.membership"].create(
            {"community_id": self.district.id, "partner_id": self.resident.id}
        )
        self.env.flush_all()
        self.cr.execute(
            "UPDATE community_membership SET role_id = %s WHERE id = %s",
            (decision_maker.id, membership.id),
        )

        load_script(ROLES_AND_LEVELS, "roles_and_levels").migrate(self.cr, "18.0.1.0.0")
        self.env.invalidate_all()

        self.assertFalse(volunteer.exists() or activist.exists())
        self.assertEqual(ada.community_level_id, self.level_activist)
        self.assertEqual(ada.community_level_change_ids.reason, "Held the former “Activist” role")
        self.assertEqual(ada.community_role_ids, resident)
        self.assertEqual(vic.community_level_id, self.level_activist, "the higher level wins")
        self.assertEqual(lea.community_level_id, self.level_participant, "a level stays")
        self.assertEqual(lea.community_role_ids, decision_maker)
        self.assertEqual(self.resident.community_role_ids, decision_maker)
        self.cr.execute(
            "SELECT 1 FROM information_schema.columns"
            " WHERE table_name = 'community_membership' AND column_name = 'role_id'"
        )
        self.assertFalse(self.cr.rowcount)

"""Roles say what someone is to the community; levels say how far they take part.

This version drops the Volunteer and Activist roles, which repeated the ladder levels
of the same names, and the role of each membership, which repeated the roles of its
contact. Nothing recorded is lost:

- the role of each membership becomes a role of its contact;
- a person holding the Activist or Volunteer role and no level yet gets that level,
  with a line in the level history saying why, and the Resident role when no other
  role is left to them;
- the two roles are then deleted.
"""

import logging

from odoo import SUPERUSER_ID, api
from odoo.tools.sql import column_exists

_logger = logging.getLogger(__name__)

# Highest first: someone holding both roles gets the higher level.
ROLES_TO_LEVELS = {
    "community_work.community_role_activist": "community_work.community_level_activist",
    "community_work.community_role_volunteer": "community_work.community_level_volunteer",
}


def migrate(cr, version):
    if not version:
        return
    env = api.Environment(cr, SUPERUSER_ID, {})
    move_membership_roles_to_contacts(env)
    replace_roles_by_levels(env)


def move_membership_roles_to_contacts(env):
    cr = env.cr
    if not column_exists(cr, "community_membership", "role_id"):
        return
    cr.execute(
        """
        INSERT INTO res_partner_community_role_rel (partner_id, role_id)
        SELECT DISTINCT partner_id, role_id
          FROM community_membership
         WHERE role_id IS NOT NULL
        ON CONFLICT DO NOTHING
        """
    )
    _logger.info("Moved the roles of %s memberships to their contacts", cr.rowcount)
    cr.execute("ALTER TABLE community_membership DROP COLUMN role_id")
    env["res.partner"].invalidate_model(["community_role_ids"])


def replace_roles_by_levels(env):
    partners = env["res.partner"].with_context(active_test=False)
    resident = env.ref("community_work.community_role_resident", raise_if_not_found=False)
    for role_xmlid, level_xmlid in ROLES_TO_LEVELS.items():
        role = env.ref(role_xmlid, raise_if_not_found=False)
        if not role:
            continue
        level = env.ref(level_xmlid, raise_if_not_found=False)
        holders = partners.search([("community_role_ids", "in", role.ids)])
        people = holders.filtered(lambda partner: not partner.is_company)
        if level and level.active:
            reason = env._("Held the former “%(role)s” role", role=role.name)
            people.filtered(lambda partner: not partner.community_level_id).with_context(
                community_level_reason=reason
            ).write({"community_level_id": level.id})
        holders.write({"community_role_ids": [(3, role.id)]})
        if resident:
            people.filtered(lambda partner: not partner.community_role_ids).write(
                {"community_role_ids": [(4, resident.id)]}
            )
        _logger.info("Replaced the role %s of %s contacts by a level", role.name, len(holders))
        role.unlink()

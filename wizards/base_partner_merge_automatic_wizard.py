from odoo import api, models


class BasePartnerMergeAutomaticWizard(models.TransientModel):
    """Merging contacts keeps one membership per community and the profile up to date."""

    _inherit = "base.partner.merge.automatic.wizard"

    @api.model
    def _update_foreign_keys(self, src_partners, dst_partner):
        self._drop_duplicate_memberships(src_partners, dst_partner)
        super()._update_foreign_keys(src_partners, dst_partner)
        # The foreign keys were moved in SQL: recompute what follows them.
        partner_fields = self.env["res.partner"]._fields
        membership_fields = self.env["community.membership"]._fields
        dst_partner = dst_partner.sudo()
        self.env.add_to_compute(partner_fields["community_ids"], dst_partner)
        self.env.add_to_compute(membership_fields["level_id"], dst_partner.community_membership_ids)

    @api.model
    def _drop_duplicate_memberships(self, src_partners, dst_partner):
        """Keep, for each community, the destination's membership or else the oldest one."""
        memberships = (
            self.env["community.membership"]
            .sudo()
            .search([("partner_id", "in", (src_partners | dst_partner).ids)], order="id")
        )
        kept, duplicates = {}, self.env["community.membership"].sudo()
        for membership in memberships.sorted(lambda m: m.partner_id != dst_partner):
            if membership.community_id in kept:
                duplicates |= membership
            else:
                kept[membership.community_id] = membership
        duplicates.unlink()

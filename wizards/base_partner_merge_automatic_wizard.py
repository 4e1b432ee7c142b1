from odoo import api, models
from odoo.exceptions import UserError

# Where community work refers to contacts, beyond their own profile.
COMMUNITY_PARTNER_REFERENCES = (
    ("community.membership", "partner_id"),
    ("community.ladder.change", "partner_id"),
    ("community.initiative", "activist_ids"),
    ("community.initiative", "organisation_ids"),
    ("community.need.raising", "partner_id"),
    ("community.asset", "partner_id"),
    ("community.attendance", "partner_id"),
    ("community.ballot", "partner_id"),
)


class BasePartnerMergeAutomaticWizard(models.TransientModel):
    """Merging contacts keeps one membership per community and the profile up to date.

    Only community workers merge contacts that community work refers to: the merge
    moves their memberships, level history and places in initiatives."""

    _inherit = "base.partner.merge.automatic.wizard"

    def _merge(self, partner_ids, dst_partner=None, extra_checks=True):
        if not self.env.su and not self.env.user.has_group("community_work.group_community_user"):
            self._check_no_community_references(self.env["res.partner"].browse(partner_ids))
        return super()._merge(partner_ids, dst_partner=dst_partner, extra_checks=extra_checks)

    @api.model
    def _check_no_community_references(self, partners):
        for model, field in COMMUNITY_PARTNER_REFERENCES:
            if self.env[model].sudo().search_count([(field, "in", partners.ids)], limit=1):
                raise UserError(
                    self.env._(
                        "Community work refers to some of these contacts (memberships, level "
                        "history, initiatives, needs, resources, meetings or ballots): only "
                        "community workers can merge them."
                    )
                )

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

from odoo import api, fields, models

from .linked_records import check_linked_records


class CommunityLineMixin(models.AbstractModel):
    """A record that belongs to one community: a member, a need, a resource.

    It is added only to a community that exists, that the user can read and that is
    not archived, and the contacts it names belong to the community's company."""

    _name = "community.line.mixin"
    _description = "Community Line"
    _check_company_auto = True

    # The company follows the community (no check_company here: the form's domain would
    # then offer no community to a new line); write checks the companies on a move.
    community_id = fields.Many2one(
        "community.community", required=True, index=True, ondelete="cascade"
    )
    company_id = fields.Many2one(related="community_id.company_id", store=True, index=True)

    @api.model_create_multi
    def create(self, vals_list):
        check_linked_records(
            self.env,
            "community.community",
            {
                vals.get("community_id") or self.env.context.get("default_community_id")
                for vals in vals_list
            },
        )
        return super().create(vals_list)

    def write(self, vals):
        if vals.get("community_id") and any(
            line.community_id.id != vals["community_id"] for line in self
        ):
            check_linked_records(self.env, "community.community", {vals["community_id"]})
        result = super().write(vals)
        if "community_id" in vals:
            self._check_company()
        return result

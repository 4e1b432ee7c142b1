from odoo import api, fields, models
from odoo.exceptions import ValidationError


class CommunityInitiativeScopeMixin(models.AbstractModel):
    """Something held in a community, for the community as a whole or for one of its
    initiatives (a meeting, a prioritisation round): choosing the initiative sets the
    community, and the two always agree."""

    _name = "community.initiative.scope.mixin"
    _description = "Held in a Community or for an Initiative"

    community_id = fields.Many2one(
        "community.community",
        required=True,
        index=True,
        tracking=True,
        ondelete="restrict",
        compute="_compute_community_id",
        store=True,
        readonly=False,
        precompute=True,
    )
    initiative_id = fields.Many2one(
        "community.initiative",
        index="btree_not_null",
        tracking=True,
        ondelete="restrict",
        check_company=True,
        domain="[('community_id', '=', community_id)]",
        help="The group, organisation or campaign it is held for, if any: it takes place in "
        "the initiative's community.",
    )

    @api.depends("initiative_id")
    def _compute_community_id(self):
        for record in self:
            if record.initiative_id:
                record.community_id = record.initiative_id.community_id

    @api.constrains("initiative_id", "community_id")
    def _check_initiative_community(self):
        for record in self:
            initiative = record.initiative_id
            if initiative and initiative.community_id != record.community_id:
                raise ValidationError(
                    self.env._(
                        "“%(initiative)s” works in %(initiative_community)s, not in "
                        "%(community)s: what is held for the initiative takes place in its "
                        "community.",
                        initiative=initiative.name,
                        initiative_community=initiative.community_id.display_name,
                        community=record.community_id.display_name,
                    )
                )

from odoo import fields, models


class CommunityMembership(models.Model):
    """A person or organisation belonging to a community."""

    _name = "community.membership"
    _inherit = "community.line.mixin"
    _description = "Community Membership"
    _order = "date_start desc, id desc"
    _rec_name = "partner_id"

    # Deleting a contact does not silently delete its memberships (see res.partner).
    partner_id = fields.Many2one(
        "res.partner",
        string="Member",
        required=True,
        index=True,
        ondelete="restrict",
        check_company=True,
    )
    date_start = fields.Date(string="Member Since", default=fields.Date.context_today, index=True)
    note = fields.Char()
    # Mirrors of the member's profile, stored so members can be grouped and filtered fast.
    level_id = fields.Many2one(
        related="partner_id.community_level_id", string="Participation Level", store=True
    )
    is_company = fields.Boolean(related="partner_id.is_company", string="Is an Organisation")
    # Roles belong to the person or organisation, not to one of their memberships.
    role_ids = fields.Many2many(related="partner_id.community_role_ids", string="Roles")

    _sql_constraints = [
        (
            "community_partner_uniq",
            "unique (community_id, partner_id)",
            "This contact is already a member of this community.",
        ),
    ]

    def action_change_level(self):
        """Move the member on the participation ladder, saying why."""
        return self.partner_id.action_change_level()

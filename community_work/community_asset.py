from odoo import fields, models


class CommunityAsset(models.Model):
    """A resource the community can draw on: people's skills, places, groups, money."""

    _name = "community.asset"
    _inherit = "community.profile.line.mixin"
    _description = "Community Resource or Asset"

    category = fields.Selection(
        [
            ("people", "People and Skills"),
            ("organisation", "Organisation or Group"),
            ("place", "Building or Space"),
            ("funding", "Funding"),
            ("service", "Service"),
            ("other", "Other"),
        ],
        required=True,
        default="other",
    )
    partner_id = fields.Many2one(
        "res.partner",
        string="Held By",
        check_company=True,
        help="The person or organisation offering it.",
    )

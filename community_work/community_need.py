from odoo import fields, models


class CommunityNeed(models.Model):
    """A need or issue raised in a community, which initiatives can take up."""

    _name = "community.need"
    _inherit = "community.profile.line.mixin"
    _description = "Community Need or Issue"

    category = fields.Selection(
        [
            ("housing", "Housing"),
            ("safety", "Safety"),
            ("public_space", "Public Space and Environment"),
            ("youth", "Children and Youth"),
            ("health", "Health and Care"),
            ("work", "Work and Income"),
            ("isolation", "Isolation and Belonging"),
            ("services", "Access to Services"),
            ("other", "Other"),
        ],
        required=True,
        default="other",
    )
    raised_by_id = fields.Many2one("res.partner", help="Who brought this issue to the worker.")
    initiative_ids = fields.Many2many(
        "community.initiative",
        "community_initiative_need_rel",
        "need_id",
        "initiative_id",
        string="Tackled By",
    )

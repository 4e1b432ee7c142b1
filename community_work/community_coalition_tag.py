from odoo import models


class CommunityCoalitionTag(models.Model):
    """A field or issue a coalition works on: youth, safety, housing..."""

    _name = "community.coalition.tag"
    _inherit = "community.tag.mixin"
    _description = "Coalition Field or Issue"

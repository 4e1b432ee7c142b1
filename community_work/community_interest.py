from odoo import models


class CommunityInterest(models.Model):
    _name = "community.interest"
    _inherit = "community.tag.mixin"
    _description = "Interest"

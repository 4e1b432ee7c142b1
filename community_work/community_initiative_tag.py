from odoo import models


class CommunityInitiativeTag(models.Model):
    _name = "community.initiative.tag"
    _inherit = "community.tag.mixin"
    _description = "Initiative Tag"

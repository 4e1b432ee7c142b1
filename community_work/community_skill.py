from odoo import models


class CommunitySkill(models.Model):
    _name = "community.skill"
    _inherit = "community.tag.mixin"
    _description = "Skill"

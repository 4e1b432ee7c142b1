from odoo import models


class CommunityStageIndicator(models.Model):
    """A sign that the goals of a stage are met, assessed on each initiative."""

    _name = "community.stage.indicator"
    _inherit = "community.stage.item.mixin"
    _description = "Stage Indicator"

from odoo import models


class CommunityStageTask(models.Model):
    """A main task of a stage: the template of an initiative's checklist item."""

    _name = "community.stage.task"
    _inherit = "community.stage.item.mixin"
    _description = "Stage Main Task"

from odoo import fields, models


class CommunityInitiativeTask(models.Model):
    """A checklist item of an initiative, copied from its stage's main tasks or added."""

    _name = "community.initiative.task"
    _inherit = ["community.initiative.item.mixin", "community.editable.mixin"]
    _description = "Initiative Checklist Item"

    is_done = fields.Boolean(string="Done")
    user_id = fields.Many2one("res.users", string="Assigned To", domain="[('share', '=', False)]")
    date_deadline = fields.Date(string="Deadline")
    template_id = fields.Many2one("community.stage.task", ondelete="set null")

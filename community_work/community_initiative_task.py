from odoo import fields, models
from odoo.exceptions import AccessError


class CommunityInitiativeTask(models.Model):
    """A checklist item of an initiative, copied from its stage's main tasks or added."""

    _name = "community.initiative.task"
    _inherit = ["community.initiative.item.mixin", "community.editable.mixin"]
    _description = "Initiative Checklist Item"

    # What the worker an item is assigned to may change on it without being allowed to
    # change its initiative (a record rule lets them write their items).
    _assignee_fields = frozenset({"is_done"})

    is_done = fields.Boolean(string="Done")
    user_id = fields.Many2one("res.users", string="Assigned To", domain="[('share', '=', False)]")
    date_deadline = fields.Date(string="Deadline")
    template_id = fields.Many2one("community.stage.task", ondelete="set null")

    def write(self, vals):
        if not self.env.su and not self._assignee_fields.issuperset(vals):
            self._check_initiative_write_access()
        return super().write(vals)

    def _check_initiative_write_access(self):
        """Beyond ticking, an item changes with its initiative."""
        initiatives = self.initiative_id
        denied = initiatives - initiatives._filtered_access("write")
        if denied:
            raise AccessError(
                self.env._(
                    "You can tick the checklist items assigned to you, but only who may "
                    "change the initiative “%(initiative)s” changes the rest of its items.",
                    initiative=denied[0].display_name,
                )
            )

from odoo import api, fields, models
from odoo.exceptions import ValidationError

from .linked_records import check_linked_records


class CommunityInitiativeItemMixin(models.AbstractModel):
    """A line an initiative holds for one of its stages (a checklist item, an indicator).

    Only who may change the initiative adds, moves or deletes its lines: the record
    rules check the initiative of new and deleted lines, `write` the initiatives a line
    moves between."""

    _name = "community.initiative.item.mixin"
    _inherit = "community.name.mixin"
    _description = "Initiative Stage Item"
    # The current stage's items first, then those of the stages gone through.
    _order = "is_current_stage desc, stage_id, sequence, id"

    initiative_id = fields.Many2one(
        "community.initiative", required=True, index=True, ondelete="cascade"
    )
    stage_id = fields.Many2one("community.stage", index=True, ondelete="restrict")
    name = fields.Char(required=True)
    sequence = fields.Integer(default=10)
    company_id = fields.Many2one(related="initiative_id.company_id", store=True, index=True)
    is_current_stage = fields.Boolean(
        compute="_compute_is_current_stage",
        store=True,
        help="The item belongs to the stage its initiative is in.",
    )

    @api.depends("stage_id", "initiative_id.stage_id")
    def _compute_is_current_stage(self):
        for item in self:
            item.is_current_stage = item.stage_id == item.initiative_id.stage_id

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            vals.setdefault("initiative_id", self.env.context.get("default_initiative_id"))
        if not all(vals["initiative_id"] for vals in vals_list):
            raise ValidationError(
                self.env._("Add checklist items and indicators from an initiative.")
            )
        check_linked_records(
            self.env,
            "community.initiative",
            {vals["initiative_id"] for vals in vals_list},
            allow_archived=True,
        )
        # An item added without a stage belongs to the stage its initiative is in.
        for vals in vals_list:
            if not vals.get("stage_id"):
                initiative = self.env["community.initiative"].browse(vals["initiative_id"])
                vals["stage_id"] = initiative.stage_id.id
        return super().create(vals_list)

    def write(self, vals):
        if vals.get("initiative_id") and not self.env.su:
            # Moving a line changes both initiatives' checklists.
            self.initiative_id.check_access("write")
            check_linked_records(
                self.env, "community.initiative", {vals["initiative_id"]}, allow_archived=True
            ).check_access("write")
        return super().write(vals)

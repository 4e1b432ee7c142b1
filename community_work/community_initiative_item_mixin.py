from odoo import fields, models


class CommunityInitiativeItemMixin(models.AbstractModel):
    """A line an initiative holds for one of its stages (a checklist item, an indicator)."""

    _name = "community.initiative.item.mixin"
    _description = "Initiative Stage Item"
    _order = "stage_sequence, sequence, id"

    initiative_id = fields.Many2one(
        "community.initiative", required=True, index=True, ondelete="cascade"
    )
    stage_id = fields.Many2one(
        "community.stage",
        index=True,
        ondelete="cascade",
        default=lambda self: self._default_stage_id(),
    )
    stage_sequence = fields.Integer(
        related="stage_id.sequence", string="Stage Sequence", store=True
    )
    name = fields.Char(required=True)
    sequence = fields.Integer(default=10)
    company_id = fields.Many2one(related="initiative_id.company_id", store=True, index=True)

    def _default_stage_id(self):
        initiative_id = self.env.context.get("default_initiative_id")
        return initiative_id and self.env["community.initiative"].browse(initiative_id).stage_id

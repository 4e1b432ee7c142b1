from odoo import fields, models


class CommunityStageItemMixin(models.AbstractModel):
    """A line of a stage's guidance that initiatives copy when they enter the stage."""

    _name = "community.stage.item.mixin"
    _inherit = "community.name.mixin"
    _description = "Community Stage Item"
    _order = "sequence, id"

    stage_id = fields.Many2one("community.stage", required=True, index=True, ondelete="cascade")
    company_id = fields.Many2one(related="stage_id.company_id", store=True, index=True)
    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)
    description = fields.Text(translate=True)

    def _prepare_initiative_item(self, initiative):
        """Values of the initiative's own copy of this item."""
        self.ensure_one()
        return {
            "initiative_id": initiative.id,
            "stage_id": self.stage_id.id,
            "template_id": self.id,
            "name": self.name,
            "sequence": self.sequence,
        }

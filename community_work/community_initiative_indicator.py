from odoo import fields, models


class CommunityInitiativeIndicator(models.Model):
    """How far an initiative meets one indicator of a stage."""

    _name = "community.initiative.indicator"
    _inherit = "community.initiative.item.mixin"
    _description = "Initiative Indicator"

    status = fields.Selection(
        [("not_yet", "Not Yet"), ("partly", "Partly"), ("met", "Met")],
        required=True,
        default="not_yet",
    )
    note = fields.Char(help="What shows it: a fact, an observation, a figure.")
    template_id = fields.Many2one("community.stage.indicator", ondelete="set null")

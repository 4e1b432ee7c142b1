from odoo import api, fields, models
from odoo.exceptions import UserError


class CommunityCoalitionStage(models.Model):
    """A development stage of a partnership ladder (a column of the coalition board)."""

    _name = "community.coalition.stage"
    _description = "Coalition Development Stage"
    _inherit = "community.name.mixin"
    _order = "ladder_id, sequence, id"

    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)
    ladder_id = fields.Many2one(
        "community.coalition.ladder", required=True, index=True, ondelete="cascade"
    )
    description = fields.Text(
        translate=True, help="What working together looks like at this stage."
    )
    fold = fields.Boolean(string="Folded on the Board")

    @api.ondelete(at_uninstall=False)
    def _unlink_except_in_use(self):
        used = (
            self.env["community.coalition"]
            .with_context(active_test=False)
            .search([("stage_id", "in", self.ids)], limit=1)
        )
        if used:
            raise UserError(
                self.env._(
                    "The stage “%(stage)s” still holds the coalition “%(coalition)s”. "
                    "Move the coalitions to another stage first.",
                    stage=used.stage_id.display_name,
                    coalition=used.display_name,
                )
            )

from odoo import api, fields, models
from odoo.exceptions import UserError


class CommunityCoalitionLadder(models.Model):
    """A partnership ladder: the development stages a coalition climbs, from loose
    networking to integration."""

    _name = "community.coalition.ladder"
    _description = "Partnership Ladder"
    _inherit = "community.name.mixin"
    _order = "sequence, id"

    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)
    description = fields.Html(translate=True)
    stage_ids = fields.One2many(
        "community.coalition.stage", "ladder_id", string="Stages", copy=True
    )
    company_id = fields.Many2one(
        "res.company", index=True, help="Leave empty to share the ladder between companies."
    )
    active = fields.Boolean(default=True)

    _sql_constraints = [
        ("name_uniq", "unique (name)", "A partnership ladder with this name already exists."),
    ]

    @api.ondelete(at_uninstall=False)
    def _unlink_except_in_use(self):
        used = (
            self.env["community.coalition"]
            .with_context(active_test=False)
            .search([("ladder_id", "in", self.ids)], limit=1)
        )
        if used:
            raise UserError(
                self.env._(
                    "The partnership ladder “%(ladder)s” is used by the coalition "
                    "“%(coalition)s”. Archive the ladder instead of deleting it.",
                    ladder=used.ladder_id.display_name,
                    coalition=used.display_name,
                )
            )

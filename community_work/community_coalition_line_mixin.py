from odoo import api, fields, models

from .linked_records import check_linked_records


class CommunityCoalitionLineMixin(models.AbstractModel):
    """A record that belongs to one coalition: a member, a pledge, a health round.

    It is added only to a coalition that exists, that the user can read and that is not
    archived; its company is the coalition's."""

    _name = "community.coalition.line.mixin"
    _description = "Coalition Line"
    _check_company_auto = True

    # No check_company: the company follows the coalition (a domain on it would offer
    # no coalition to a new line).
    coalition_id = fields.Many2one(
        "community.coalition", required=True, index=True, ondelete="cascade"
    )
    company_id = fields.Many2one(related="coalition_id.company_id", store=True, index=True)
    currency_id = fields.Many2one(related="coalition_id.currency_id")

    @api.model_create_multi
    def create(self, vals_list):
        default = self.env.context.get("default_coalition_id")
        check_linked_records(
            self.env,
            "community.coalition",
            {vals.get("coalition_id") or default for vals in vals_list},
        )
        return super().create(vals_list)

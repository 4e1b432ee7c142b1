from odoo import api, fields, models
from odoo.exceptions import ValidationError


class CommunityCoalitionContribution(models.Model):
    """What a member actually brought, logged against its pledge."""

    _name = "community.coalition.contribution"
    _description = "Coalition Contribution"
    _order = "date desc, id desc"
    _check_company_auto = True

    pledge_id = fields.Many2one(
        "community.coalition.pledge", required=True, index=True, ondelete="cascade"
    )
    kind = fields.Selection(related="pledge_id.kind")
    unit = fields.Char(related="pledge_id.unit")
    date = fields.Date(required=True, default=fields.Date.context_today, index=True)
    quantity = fields.Float(digits=(16, 2))
    amount = fields.Monetary()
    note = fields.Char()
    # Stored copies, so that contributions are grouped by them over time.
    member_id = fields.Many2one(related="pledge_id.member_id", store=True, index=True)
    partner_id = fields.Many2one(related="pledge_id.partner_id", string="Organisation", store=True)
    coalition_id = fields.Many2one(related="pledge_id.coalition_id", store=True, index=True)
    company_id = fields.Many2one(related="pledge_id.company_id", store=True, index=True)
    currency_id = fields.Many2one(related="pledge_id.currency_id")

    @api.model_create_multi
    def create(self, vals_list):
        contributions = super().create(vals_list)
        contributions.pledge_id._close_reminders()
        return contributions

    def write(self, vals):
        result = super().write(vals)
        self.pledge_id._close_reminders()
        return result

    @api.depends("pledge_id", "date")
    def _compute_display_name(self):
        for contribution in self:
            contribution.display_name = (
                f"{contribution.pledge_id.display_name} ({contribution.date})"
            )

    @api.constrains("quantity", "amount", "date", "pledge_id")
    def _check_contribution(self):
        for contribution in self:
            pledge = contribution.pledge_id
            value = contribution.amount if pledge.kind == "money" else contribution.quantity
            if value <= 0:
                raise ValidationError(
                    self.env._(
                        "A contribution to “%(pledge)s” must bring something: give a positive "
                        "%(measure)s.",
                        pledge=pledge.display_name,
                        measure=pledge._measure_label(),
                    )
                )
            if contribution.date < pledge.date:
                raise ValidationError(
                    self.env._(
                        "The contribution of %(date)s comes before the pledge “%(pledge)s” was "
                        "made (%(pledge_date)s).",
                        date=contribution.date,
                        pledge=pledge.display_name,
                        pledge_date=pledge.date,
                    )
                )
        self.pledge_id._check_delivered_within_pledge()

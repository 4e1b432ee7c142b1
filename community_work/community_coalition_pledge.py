from odoo import api, fields, models
from odoo.exceptions import ValidationError
from odoo.tools import float_compare

PLEDGE_KINDS = [
    ("money", "Money"),
    ("volunteer_hours", "Volunteer Hours"),
    ("staff_time", "Staff Time"),
    ("rooms", "Rooms or Equipment"),
    ("in_kind", "In Kind"),
    ("other", "Other"),
]
DEFAULT_UNITS = {"volunteer_hours": "hours", "staff_time": "hours"}


class CommunityCoalitionPledge(models.Model):
    """What a member organisation promises to bring to the coalition."""

    _name = "community.coalition.pledge"
    _description = "Coalition Pledge"
    _inherit = ["community.coalition.line.mixin", "community.name.mixin"]
    _order = "date_due, id"

    member_id = fields.Many2one(
        "community.coalition.member",
        string="Member",
        required=True,
        index=True,
        ondelete="restrict",
        domain="[('coalition_id', '=', coalition_id), ('is_active', '=', True)]",
        check_company=True,
    )
    partner_id = fields.Many2one(
        related="member_id.partner_id", string="Organisation", store=True, index=True
    )
    name = fields.Char(string="What", required=True)
    kind = fields.Selection(PLEDGE_KINDS, required=True, default="volunteer_hours")
    quantity = fields.Float(digits=(16, 2))
    unit = fields.Char(compute="_compute_unit", store=True, readonly=False, precompute=True)
    amount = fields.Monetary(help="For money: the amount pledged, in the company's currency.")
    date = fields.Date(string="Pledged On", required=True, default=fields.Date.context_today)
    date_due = fields.Date(string="Due By", index=True)
    contribution_ids = fields.One2many(
        "community.coalition.contribution", "pledge_id", string="Contributions"
    )
    contribution_count = fields.Integer(compute="_compute_delivered", store=True)
    delivered_quantity = fields.Float(digits=(16, 2), compute="_compute_delivered", store=True)
    delivered_amount = fields.Monetary(compute="_compute_delivered", store=True)
    delivered_percent = fields.Float(
        string="Delivered (%)", compute="_compute_delivered", store=True, aggregator="avg"
    )
    state = fields.Selection(
        [("pending", "Pending"), ("partial", "Partly Delivered"), ("delivered", "Delivered")],
        string="Delivery",
        compute="_compute_delivered",
        store=True,
        index=True,
    )
    is_overdue = fields.Boolean(
        string="Overdue", compute="_compute_is_overdue", search="_search_is_overdue"
    )
    reminder_activity_id = fields.Many2one("mail.activity", copy=False, ondelete="set null")

    @api.depends("kind")
    def _compute_unit(self):
        for pledge in self:
            if pledge.kind == "money":
                pledge.unit = False
            else:
                pledge.unit = DEFAULT_UNITS.get(pledge.kind, pledge.unit)

    @api.depends(
        "kind", "quantity", "amount", "contribution_ids.quantity", "contribution_ids.amount"
    )
    def _compute_delivered(self):
        for pledge in self:
            contributions = pledge.contribution_ids
            pledge.contribution_count = len(contributions)
            pledge.delivered_quantity = sum(contributions.mapped("quantity"))
            pledge.delivered_amount = sum(contributions.mapped("amount"))
            pledged, delivered = pledge._pledged_and_delivered()
            pledge.delivered_percent = 100 * delivered / pledged if pledged > 0 else 0
            if not delivered:
                pledge.state = "pending"
            elif delivered < pledged:
                pledge.state = "partial"
            else:
                pledge.state = "delivered"

    def _pledged_and_delivered(self):
        """What was pledged and what came, in the pledge's own measure."""
        if self.kind == "money":
            return self.amount, self.delivered_amount
        return self.quantity, self.delivered_quantity

    def _compute_is_overdue(self):
        today = fields.Date.context_today(self)
        for pledge in self:
            pledge.is_overdue = bool(
                pledge.date_due and pledge.date_due < today and pledge.state != "delivered"
            )

    def _search_is_overdue(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise NotImplementedError(self.env._("Search overdue pledges with = or !=."))
        domain = [("date_due", "<", fields.Date.context_today(self)), ("state", "!=", "delivered")]
        if (operator == "=") == value:
            return domain
        return ["!", "&", *domain]

    @api.depends("name", "partner_id")
    def _compute_display_name(self):
        for pledge in self:
            organisation = pledge.partner_id.name
            pledge.display_name = f"{organisation}: {pledge.name}" if organisation else pledge.name

    @api.constrains("kind", "quantity", "amount", "date")
    def _check_size(self):
        for pledge in self:
            pledged, _delivered = pledge._pledged_and_delivered()
            if pledged <= 0:
                raise ValidationError(
                    self.env._(
                        "The pledge “%(pledge)s” must promise something: give a positive "
                        "%(measure)s.",
                        pledge=pledge.name,
                        measure=pledge._measure_label(),
                    )
                )
        # Contributions already logged must still fit the pledge.
        self.contribution_ids._check_contribution()

    def _measure_label(self):
        return self.env._("amount") if self.kind == "money" else self.env._("quantity")

    def _check_delivered_within_pledge(self):
        for pledge in self:
            pledged, delivered = pledge._pledged_and_delivered()
            if float_compare(delivered, pledged, precision_digits=2) > 0:
                raise ValidationError(
                    self.env._(
                        "The contributions to “%(pledge)s” (%(delivered)s) would be more than "
                        "was pledged (%(pledged)s). Raise the pledge, or record a new pledge "
                        "for what comes on top.",
                        pledge=pledge.display_name,
                        delivered=delivered,
                        pledged=pledged,
                    )
                )

    @api.constrains("member_id", "coalition_id")
    def _check_member_coalition(self):
        for pledge in self:
            if pledge.member_id.coalition_id != pledge.coalition_id:
                raise ValidationError(
                    self.env._(
                        "“%(partner)s” is not a member of “%(coalition)s”: its pledges belong "
                        "to the coalitions it has joined.",
                        partner=pledge.partner_id.display_name,
                        coalition=pledge.coalition_id.name,
                    )
                )

    def write(self, vals):
        result = super().write(vals)
        self._close_reminders()
        return result

    def _close_reminders(self):
        """A pledge delivered needs no reminder any more."""
        reminders = self.filtered(lambda pledge: pledge.state == "delivered").reminder_activity_id
        if reminders:
            # The reminder is the coordinator's; whoever records the delivery closes it.
            reminders.sudo().action_feedback(feedback=self.env._("Pledge delivered."))

    @api.model
    def _cron_remind_overdue_pledges(self):
        """Give the coordinator one to-do per pledge that is past due and not delivered."""
        pledges = self.search([("is_overdue", "=", True), ("reminder_activity_id", "=", False)])
        activity_type = self.env.ref("community_work.mail_activity_type_pledge_overdue")
        model_id = self.env["ir.model"]._get_id("community.coalition")
        activities = self.env["mail.activity"].create(
            [
                {
                    "res_model_id": model_id,
                    "res_id": pledge.coalition_id.id,
                    "activity_type_id": activity_type.id,
                    "summary": self.env._("Overdue pledge: %(pledge)s", pledge=pledge.display_name),
                    "date_deadline": fields.Date.context_today(self),
                    "user_id": pledge.coalition_id.user_id.id or self.env.user.id,
                }
                for pledge in pledges
            ]
        )
        for pledge, activity in zip(pledges, activities, strict=True):
            pledge.reminder_activity_id = activity

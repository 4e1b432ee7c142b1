from odoo import api, fields, models
from odoo.exceptions import ValidationError

from .power_map import power_map_action, power_target_counts
from .window_action import window_action


class CommunityCoalition(models.Model):
    """Organisations working together in one field or on one issue, climbing a
    partnership ladder from networking to integration."""

    _name = "community.coalition"
    _description = "Coalition"
    _inherit = [
        "mail.thread",
        "mail.activity.mixin",
        "mail.tracking.duration.mixin",
        "community.name.mixin",
        "community.pledge.figures.mixin",
        "community.editable.mixin",
        "community.responsibility.mixin",
    ]
    _order = "name, id"
    _track_duration_field = "stage_id"
    # Every worker reads every coalition of their companies, so all may discuss them.
    _mail_post_access = "read"
    _check_company_auto = True
    _responsibility_link = "coalition_id"

    name = fields.Char(required=True, tracking=True)
    tag_ids = fields.Many2many("community.coalition.tag", string="Fields and Issues")
    purpose = fields.Html(help="What the members want to achieve together.")
    community_ids = fields.Many2many(
        "community.community",
        "community_coalition_community_rel",
        "coalition_id",
        "community_id",
        string="Communities Covered",
        check_company=True,
    )
    user_id = fields.Many2one(
        "res.users",
        string="Coordinator",
        default=lambda self: self.env.user,
        index=True,
        tracking=True,
        domain="[('share', '=', False)]",
        check_company=True,
        help="The worker who coordinates the coalition; with the managers, the only one "
        "who changes it.",
    )
    responsibility_ids = fields.One2many(
        "community.responsibility", "coalition_id", string="Responsibility History"
    )
    lead_partner_id = fields.Many2one(
        "res.partner",
        string="Lead Organisation",
        index="btree_not_null",
        tracking=True,
        domain="[('is_company', '=', True)]",
        check_company=True,
    )
    initiative_ids = fields.Many2many(
        "community.initiative",
        "community_coalition_initiative_rel",
        "coalition_id",
        "initiative_id",
        string="Linked Initiatives",
        check_company=True,
    )
    date_start = fields.Date(string="Start Date", default=fields.Date.context_today, tracking=True)
    date_end = fields.Date(string="End Date", tracking=True, copy=False)
    ladder_id = fields.Many2one(
        "community.coalition.ladder",
        string="Partnership Ladder",
        required=True,
        index=True,
        ondelete="restrict",
        default=lambda self: self._default_ladder_id(),
        check_company=True,
    )
    stage_id = fields.Many2one(
        "community.coalition.stage",
        string="Development Stage",
        compute="_compute_stage_id",
        store=True,
        readonly=False,
        index=True,
        tracking=True,
        copy=False,
        ondelete="restrict",
        group_expand="_read_group_stage_ids",
        domain="[('ladder_id', '=', ladder_id)]",
    )
    member_ids = fields.One2many("community.coalition.member", "coalition_id", string="Members")
    member_count = fields.Integer(
        string="Member Organisations",
        compute="_compute_member_count",
        store=True,
        help="Organisations that belong to the coalition now (those who left are not counted).",
    )
    pledge_ids = fields.One2many("community.coalition.pledge", "coalition_id", string="Pledges")
    overdue_pledge_count = fields.Integer(
        string="Overdue Pledges",
        compute="_compute_overdue_pledge_count",
        search="_search_overdue_pledge_count",
    )
    power_target_count = fields.Integer(
        string="Power Map Targets", compute="_compute_power_target_count"
    )
    community_count = fields.Integer(
        string="Communities", compute="_compute_community_count", store=True
    )
    # Refreshed with the other reach figures (see community_coalition_reach).
    residents_reached = fields.Integer(
        readonly=True,
        copy=False,
        help="People taking part in the coalition's linked initiatives, in the initiatives "
        "of its member organisations and in its meetings, each counted once.",
    )
    company_id = fields.Many2one(
        "res.company", required=True, index=True, default=lambda self: self.env.company
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    color = fields.Integer(string="Colour", aggregator=False)
    active = fields.Boolean(default=True, tracking=True)

    def _default_ladder_id(self):
        return self.env["community.coalition.ladder"].search(
            [("company_id", "in", [False, self.env.company.id])], limit=1
        )

    @api.depends("ladder_id")
    def _compute_stage_id(self):
        for coalition in self:
            if coalition.stage_id.ladder_id != coalition.ladder_id:
                coalition.stage_id = coalition.ladder_id.stage_ids[:1]

    @api.depends("member_ids.is_active")
    def _compute_member_count(self):
        for coalition in self:
            coalition.member_count = len(coalition.member_ids.filtered("is_active"))

    def _compute_overdue_pledge_count(self):
        counts = dict(
            self.env["community.coalition.pledge"]._read_group(
                [("coalition_id", "in", self.ids), ("is_overdue", "=", True)],
                ["coalition_id"],
                ["__count"],
            )
        )
        for coalition in self:
            coalition.overdue_pledge_count = counts.get(coalition, 0)

    def _search_overdue_pledge_count(self, operator, value):
        if operator not in (">", "!=") or value not in (0, False):
            raise NotImplementedError(
                self.env._("Only coalitions with overdue pledges are searched.")
            )
        pledges = self.env["community.coalition.pledge"]._search([("is_overdue", "=", True)])
        return [("id", "in", pledges.subselect("coalition_id"))]

    def _compute_power_target_count(self):
        counts = power_target_counts(self, "coalition_id")
        for coalition in self:
            coalition.power_target_count = counts.get(coalition, 0)

    @api.depends("community_ids")
    def _compute_community_count(self):
        for coalition in self:
            coalition.community_count = len(coalition.community_ids)

    @api.model
    def _read_group_stage_ids(self, stages, domain):
        """Show every stage of the board's ladder, empty ones included, never stages of
        another ladder."""
        ladder_id = self.env.context.get("default_ladder_id")
        if not ladder_id:
            ladder = stages.ladder_id if len(stages.ladder_id) == 1 else self._default_ladder_id()
            ladder_id = ladder.id
        return stages.search(["|", ("id", "in", stages.ids), ("ladder_id", "=", ladder_id)])

    @api.constrains("stage_id", "ladder_id")
    def _check_stage_ladder(self):
        for coalition in self:
            if coalition.stage_id and coalition.stage_id.ladder_id != coalition.ladder_id:
                raise ValidationError(
                    self.env._(
                        "The stage “%(stage)s” belongs to the partnership ladder "
                        "“%(stage_ladder)s”, not to “%(ladder)s” which the coalition "
                        "“%(coalition)s” climbs.",
                        stage=coalition.stage_id.name,
                        stage_ladder=coalition.stage_id.ladder_id.name,
                        ladder=coalition.ladder_id.name,
                        coalition=coalition.name,
                    )
                )

    @api.constrains("date_start", "date_end")
    def _check_dates(self):
        for coalition in self:
            if (
                coalition.date_start
                and coalition.date_end
                and coalition.date_end < coalition.date_start
            ):
                raise ValidationError(
                    self.env._(
                        "The end date of “%(coalition)s” cannot be before its start date.",
                        coalition=coalition.name,
                    )
                )

    @api.constrains("lead_partner_id")
    def _check_lead_partner(self):
        for coalition in self:
            if coalition.lead_partner_id and not coalition.lead_partner_id.is_company:
                raise ValidationError(
                    self.env._(
                        "The lead of “%(coalition)s” must be an organisation, not a person "
                        "(“%(partner)s”).",
                        coalition=coalition.name,
                        partner=coalition.lead_partner_id.name,
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        coalitions = super().create(vals_list)
        coalitions._refresh_residents_reached()
        return coalitions

    def write(self, vals):
        result = super().write(vals)
        if "initiative_ids" in vals:
            self._refresh_residents_reached()
        return result

    def action_view_members(self):
        self.ensure_one()
        return window_action(
            self.env,
            "community_work.community_coalition_member_action",
            [("coalition_id", "=", self.id)],
            {"default_coalition_id": self.id, "search_default_current": 1},
        )

    def action_view_pledges(self):
        self.ensure_one()
        return window_action(
            self.env,
            "community_work.community_coalition_pledge_action",
            [("coalition_id", "=", self.id)],
            {"default_coalition_id": self.id},
        )

    def action_open_power_map(self):
        return power_map_action(self, "coalition_id")

    def action_view_initiatives(self):
        self.ensure_one()
        return window_action(
            self.env,
            "community_work.community_initiative_action",
            [("id", "in", self.initiative_ids.ids)],
        )

from odoo import Command, api, fields, models
from odoo.exceptions import UserError, ValidationError

from .community_profile_line_mixin import PRIORITIES
from .linked_records import check_linked_records
from .window_action import window_action


class CommunityInitiative(models.Model):
    """An organisation, campaign or group the workers support through a method's stages."""

    _name = "community.initiative"
    _description = "Community Initiative"
    _inherit = [
        "mail.thread",
        "mail.activity.mixin",
        "mail.tracking.duration.mixin",
        "community.editable.mixin",
        "community.name.mixin",
        "community.responsibility.mixin",
    ]
    # No sequence: dragging a card on the board must not renumber colleagues' cards.
    _order = "priority desc, id desc"
    _track_duration_field = "stage_id"
    # Every worker reads every initiative (work is handed over), so all may discuss them.
    _mail_post_access = "read"
    _check_company_auto = True

    name = fields.Char(required=True, tracking=True)
    initiative_type = fields.Selection(
        [
            ("group", "Group"),
            ("organisation", "Organisation"),
            ("campaign", "Campaign"),
            ("network", "Network"),
        ],
        string="Type",
        required=True,
        default="group",
    )
    # The initiative belongs to its community's company (company_id follows it): a change
    # of community checks the companies of everything linked (see write).
    community_id = fields.Many2one(
        "community.community",
        required=True,
        index=True,
        tracking=True,
        ondelete="restrict",
    )
    method_id = fields.Many2one(
        "community.method",
        required=True,
        index=True,
        tracking=True,
        ondelete="restrict",
        default=lambda self: self._default_method_id(),
        check_company=True,
    )
    stage_id = fields.Many2one(
        "community.stage",
        compute="_compute_stage_id",
        store=True,
        readonly=False,
        index=True,
        tracking=True,
        copy=False,
        ondelete="restrict",
        group_expand="_read_group_stage_ids",
        domain="[('method_id', '=', method_id)]",
    )
    is_closing_stage = fields.Boolean(related="stage_id.is_closing")
    stage_goal = fields.Text(related="stage_id.goal", string="Stage Goal")
    stage_guidance = fields.Html(related="stage_id.guidance", string="Stage Guidance")
    stage_caution = fields.Html(related="stage_id.caution", string="Stage Cautions")
    need_ids = fields.Many2many(
        "community.need",
        "community_initiative_need_rel",
        "initiative_id",
        "need_id",
        string="Issues Tackled",
        domain="[('community_id', '=', community_id)]",
        check_company=True,
    )
    goal = fields.Text(help="What the people involved want to achieve.")
    vision = fields.Html(help="The community they are working towards.")
    user_id = fields.Many2one(
        "res.users",
        string="Responsible Worker",
        default=lambda self: self.env.user,
        index=True,
        tracking=True,
        domain="[('share', '=', False)]",
        check_company=True,
    )
    responsibility_ids = fields.One2many(
        "community.responsibility", "initiative_id", string="Responsibility History"
    )
    activist_ids = fields.Many2many(
        "res.partner",
        "community_initiative_activist_rel",
        "initiative_id",
        "partner_id",
        string="Activists",
        domain="[('is_company', '=', False)]",
        check_company=True,
    )
    organisation_ids = fields.Many2many(
        "res.partner",
        "community_initiative_organisation_rel",
        "initiative_id",
        "partner_id",
        string="Partner Organisations",
        domain="[('is_company', '=', True)]",
        check_company=True,
    )
    date_start = fields.Date(string="Start Date", default=fields.Date.context_today, tracking=True)
    date_end = fields.Date(
        string="Close Date",
        tracking=True,
        copy=False,
        help="Set when the initiative is closed, on its own or by starting its next cycle.",
    )
    priority = fields.Selection(PRIORITIES, default="0", index=True)
    tag_ids = fields.Many2many("community.initiative.tag", string="Tags")
    color = fields.Integer(string="Colour", aggregator=False)
    parent_id = fields.Many2one(
        "community.initiative",
        string="Follows Up",
        index=True,
        ondelete="set null",
        copy=False,
        check_company=True,
        help="The initiative whose cycle this one continues.",
    )
    child_ids = fields.One2many("community.initiative", "parent_id", string="Follow-ups")
    child_count = fields.Integer(string="Follow-up Count", compute="_compute_child_count")
    task_ids = fields.One2many("community.initiative.task", "initiative_id", string="Checklist")
    indicator_ids = fields.One2many(
        "community.initiative.indicator", "initiative_id", string="Indicators"
    )
    # Stored so that the board shows the checklist progress without a query per card.
    task_count = fields.Integer(string="Stage Tasks", compute="_compute_task_counts", store=True)
    task_done_count = fields.Integer(
        string="Stage Tasks Done", compute="_compute_task_counts", store=True
    )
    company_id = fields.Many2one(related="community_id.company_id", store=True, index=True)
    active = fields.Boolean(default=True, tracking=True)
    is_closed = fields.Boolean(string="Closed", compute="_compute_is_closed")

    def _default_method_id(self):
        return self.env["community.method"].search(
            [("company_id", "in", [False, self.env.company.id])], limit=1
        )

    @api.depends("method_id")
    def _compute_stage_id(self):
        for initiative in self:
            if initiative.stage_id.method_id != initiative.method_id:
                initiative.stage_id = initiative.method_id.stage_ids[:1]

    @api.depends("active", "date_end")
    def _compute_is_closed(self):
        for initiative in self:
            initiative.is_closed = not initiative.active and bool(initiative.date_end)

    def _compute_child_count(self):
        counts = dict(self._read_group([("parent_id", "in", self.ids)], ["parent_id"], ["__count"]))
        for initiative in self:
            initiative.child_count = counts.get(initiative, 0)

    @api.depends("stage_id", "task_ids.stage_id", "task_ids.is_done")
    def _compute_task_counts(self):
        for initiative in self:
            tasks = initiative.task_ids.filtered_domain([("stage_id", "=", initiative.stage_id.id)])
            initiative.task_count = len(tasks)
            initiative.task_done_count = len(tasks.filtered("is_done"))

    @api.model
    def _read_group_stage_ids(self, stages, domain):
        """Show every stage of the board's method, empty ones included, and never
        stages of another method."""
        method_id = self.env.context.get("default_method_id") or self._method_from_domain(domain)
        if not method_id and len(stages.method_id) == 1:
            method_id = stages.method_id.id
        if not method_id:
            return stages
        return stages.search(["|", ("id", "in", stages.ids), ("method_id", "=", method_id)])

    @api.model
    def _method_from_domain(self, domain):
        for leaf in domain:
            if isinstance(leaf, (list, tuple)) and len(leaf) == 3 and leaf[0] == "method_id":
                operator, value = leaf[1], leaf[2]
                if operator == "=" and isinstance(value, int):
                    return value
                if operator == "in" and isinstance(value, (list, tuple)) and len(value) == 1:
                    return value[0]
        return False

    @api.constrains("stage_id", "method_id")
    def _check_stage_method(self):
        for initiative in self:
            if initiative.stage_id and initiative.stage_id.method_id != initiative.method_id:
                raise ValidationError(
                    self.env._(
                        "The stage “%(stage)s” belongs to the method “%(stage_method)s”, "
                        "not to “%(method)s” which the initiative “%(initiative)s” follows.",
                        stage=initiative.stage_id.name,
                        stage_method=initiative.stage_id.method_id.name,
                        method=initiative.method_id.name,
                        initiative=initiative.name,
                    )
                )

    @api.constrains("date_start", "date_end")
    def _check_dates(self):
        for initiative in self:
            if (
                initiative.date_start
                and initiative.date_end
                and initiative.date_end < initiative.date_start
            ):
                raise ValidationError(
                    self.env._(
                        "The close date of “%(initiative)s” cannot be before its start date.",
                        initiative=initiative.name,
                    )
                )

    @api.constrains("parent_id")
    def _check_parent_id(self):
        if self._has_cycle():
            raise ValidationError(self.env._("An initiative cannot follow up on itself."))

    @api.model_create_multi
    def create(self, vals_list):
        for field in ("community_id", "method_id"):
            default = self.env.context.get(f"default_{field}")
            self._check_linked(field, {vals.get(field, default) for vals in vals_list})
        initiatives = super().create(vals_list)
        initiatives._prepare_stage_items()
        return initiatives

    def write(self, vals):
        vals = self._write_checklist_updates(vals)
        if not vals:
            return True
        for field in ("community_id", "method_id"):
            if field in vals and any(initiative[field].id != vals[field] for initiative in self):
                self._check_linked(field, {vals[field]})
        result = super().write(vals)
        if "community_id" in vals:
            # The company follows the community: the method, stage, people and issues
            # must belong to the new company too.
            self._check_company()
        if "stage_id" in vals or "method_id" in vals:
            self._prepare_stage_items()
        return result

    @api.model
    def _check_linked(self, field, record_ids):
        """New work goes to communities and methods that exist, that the user can read
        and that are not archived."""
        check_linked_records(self.env, self._fields[field].comodel_name, record_ids)

    def _write_checklist_updates(self, vals):
        """Apply edits of existing checklist items on the items themselves, so that their
        own access rules decide: the worker an item is assigned to may tick it from the
        form of an initiative they cannot change. Returns the values left to write."""
        commands = vals.get("task_ids")
        if not commands or any(command[0] != Command.UPDATE for command in commands):
            return vals
        tasks = self.env["community.initiative.task"]
        for _command, task_id, task_vals in commands:
            tasks.browse(task_id).write(task_vals)
        return {key: value for key, value in vals.items() if key != "task_ids"}

    def _prepare_stage_items(self):
        """Copy the main tasks and indicators of each initiative's stage, once per stage
        (items the workers added themselves do not count)."""
        task_vals, indicator_vals = [], []
        for initiative in self.filtered("stage_id"):
            stage = initiative.stage_id
            if stage not in initiative.task_ids.template_id.stage_id:
                task_vals += [
                    template._prepare_initiative_item(initiative)
                    for template in stage.task_template_ids
                ]
            if stage not in initiative.indicator_ids.template_id.stage_id:
                indicator_vals += [
                    template._prepare_initiative_item(initiative)
                    for template in stage.indicator_template_ids
                ]
        # The initiative itself was access-checked: its stage's items come with it.
        self.env["community.initiative.task"].sudo().create(task_vals)
        self.env["community.initiative.indicator"].sudo().create(indicator_vals)
        # Read them again in their order, the current stage's first.
        self.invalidate_recordset(["task_ids", "indicator_ids"])

    def action_close(self):
        """Close the work: the initiative keeps its close date and leaves the boards."""
        self._check_can_close()
        self.write({"active": False, "date_end": fields.Date.context_today(self)})

    def action_start_next_cycle(self):
        """Close this initiative and open its follow-up, at the first stage, continuing
        its work with the same community, people and issues."""
        self.ensure_one()
        self._check_can_close()
        follow_up = self.copy(
            {
                "name": self.env._("%(name)s (next cycle)", name=self.name),
                "parent_id": self.id,
                "date_start": fields.Date.context_today(self),
            }
        )
        self.action_close()
        # A note, not an email: it needs no sender address and notifies nobody.
        self._message_log(
            body=self.env._(
                "Next cycle started: %(follow_up)s", follow_up=follow_up._get_html_link()
            )
        )
        return follow_up.get_formview_action()

    def _check_can_close(self):
        for initiative in self:
            if not initiative.active:
                raise UserError(
                    self.env._("“%(initiative)s” is already closed.", initiative=initiative.name)
                )
            if not initiative.is_closing_stage:
                raise UserError(
                    self.env._(
                        "“%(initiative)s” is not in a closing stage yet: it closes, or starts "
                        "its next cycle, once its work is reviewed.",
                        initiative=initiative.name,
                    )
                )
        self.check_access("write")

    def action_view_follow_ups(self):
        self.ensure_one()
        return window_action(
            self.env,
            "community_work.community_initiative_action",
            [("parent_id", "=", self.id)],
            {"default_parent_id": self.id},
        )

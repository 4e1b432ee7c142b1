from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from .linked_records import check_linked_records


class CommunityReview(models.Model):
    """A dated review of an initiative at its current stage, led by a worker with the
    group: indicator scores, figures from the records, stories, reflections,
    achievements and a decision."""

    _name = "community.review"
    _description = "Initiative Review"
    _inherit = [
        "mail.thread",
        "mail.activity.mixin",
        "community.editable.mixin",
        "community.review.figures.mixin",
        "community.review.decision.mixin",
    ]
    _order = "date desc, id desc"
    _mail_post_access = "read"
    _check_company_auto = True

    name = fields.Char(compute="_compute_name", store=True)
    initiative_id = fields.Many2one(
        "community.initiative",
        required=True,
        index=True,
        ondelete="cascade",
        tracking=True,
        check_company=True,
    )
    stage_id = fields.Many2one(
        "community.stage",
        compute="_compute_stage_id",
        store=True,
        readonly=False,
        precompute=True,
        index=True,
        ondelete="restrict",
        domain="[('method_id', '=', method_id)]",
    )
    method_id = fields.Many2one(related="initiative_id.method_id", store=True, index=True)
    community_id = fields.Many2one(related="initiative_id.community_id", store=True, index=True)
    company_id = fields.Many2one(related="initiative_id.company_id", store=True, index=True)
    user_id = fields.Many2one(
        "res.users",
        string="Led By",
        compute="_compute_user_id",
        store=True,
        readonly=False,
        precompute=True,
        index=True,
        tracking=True,
        domain="[('share', '=', False)]",
        check_company=True,
    )
    date = fields.Date(required=True, default=fields.Date.context_today, index=True, tracking=True)
    state = fields.Selection(
        [("draft", "Draft"), ("done", "Done")],
        string="Status",
        required=True,
        default="draft",
        index=True,
        tracking=True,
        copy=False,
    )
    indicator_ids = fields.One2many(
        "community.review.indicator",
        "review_id",
        string="Indicator Scores",
        compute="_compute_indicator_ids",
        store=True,
        readonly=False,
        precompute=True,
        copy=True,
    )
    story_ids = fields.One2many("community.review.story", "review_id", string="Stories of Change")
    achievement_ids = fields.One2many(
        "community.review.achievement", "review_id", string="Achievements"
    )
    what_happened = fields.Text(string="What Happened")
    lessons = fields.Text(string="What We Learned")
    next_steps = fields.Text(string="What We Will Do Differently")

    @api.depends("initiative_id.name", "date")
    def _compute_name(self):
        for review in self:
            review.name = self.env._(
                "Review of %(initiative)s, %(date)s",
                initiative=review.initiative_id.name or "",
                date=review.date or "",
            )

    @api.depends("initiative_id")
    def _compute_stage_id(self):
        for review in self:
            if review.state == "draft":
                review.stage_id = review.initiative_id.stage_id

    @api.depends("initiative_id")
    def _compute_user_id(self):
        for review in self:
            review.user_id = review.initiative_id.user_id or self.env.user

    @api.depends("initiative_id", "stage_id")
    def _compute_indicator_ids(self):
        """A snapshot of the initiative's indicators of the stage under review."""
        for review in self:
            if review.state != "draft":
                continue
            indicators = review.initiative_id.indicator_ids.filtered(
                lambda line, stage=review.stage_id: line.stage_id == stage
            )
            review.indicator_ids = [
                fields.Command.clear(),
                *[
                    fields.Command.create(
                        {
                            "name": line.name,
                            "description": line.template_id.description,
                            "score": line.status,
                            "evidence": line.note,
                            "sequence": line.sequence,
                        }
                    )
                    for line in indicators
                ],
            ]

    @api.constrains("stage_id", "initiative_id")
    def _check_stage(self):
        for review in self:
            if review.stage_id and review.stage_id.method_id != review.initiative_id.method_id:
                raise ValidationError(
                    self.env._(
                        "The stage “%(stage)s” is not a stage of the method “%(method)s” "
                        "that “%(initiative)s” follows.",
                        stage=review.stage_id.name,
                        method=review.initiative_id.method_id.name,
                        initiative=review.initiative_id.name,
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            vals.setdefault("initiative_id", self.env.context.get("default_initiative_id"))
            if not vals["initiative_id"]:
                raise ValidationError(self.env._("A review is the review of an initiative."))
        check_linked_records(
            self.env, "community.initiative", {vals["initiative_id"] for vals in vals_list}
        ).check_access("write")
        return super().create(vals_list)

    def write(self, vals):
        if not vals.keys() <= self._fields_open_when_done() and not self.env.su:
            self._check_draft()
        if "initiative_id" in vals:
            check_linked_records(self.env, "community.initiative", {vals["initiative_id"]})
        return super().write(vals)

    def _fields_open_when_done(self):
        """What may still change on a done review: the decision and its follow-up."""
        return {"decision", "decision_note", "is_decision_applied"} | {
            name for name in self._fields if name.startswith(("message_", "activity_"))
        }

    @api.ondelete(at_uninstall=False)
    def _unlink_except_done(self):
        if any(review.state == "done" for review in self) and not self.env.user.has_group(
            "community_work.group_community_manager"
        ):
            raise UserError(self.env._("A done review is kept: only managers delete it."))

    def _check_draft(self):
        done = self.filtered(lambda review: review.state == "done")
        if done:
            raise UserError(
                self.env._(
                    "“%(review)s” is done: its scores, figures and notes are kept as they were.",
                    review=done[0].name,
                )
            )

    def action_done(self):
        """Freeze the figures as of the review date, post what came out of it and plan
        the next review."""
        self._check_draft()
        self.check_access("write")
        self._update_figures()
        self.write({"state": "done"})
        for review in self:
            review.initiative_id._message_log(body=review._summary_html())
            review.initiative_id._schedule_review(review.date)
        return True

    def action_update_figures(self):
        self._check_draft()
        self._update_figures()
        return True

    def _summary_html(self):
        """The note posted on the initiative when the review is done."""
        self.ensure_one()
        lines = [
            Markup("<p><b>%s</b></p>")
            % self.env._("Review done: %(review)s", review=self._get_html_link(title=self.name))
        ]
        for achievement in self.achievement_ids:
            lines.append(Markup("<p>🎉 %s</p>") % achievement.name)
        for story in self.story_ids:
            lines.append(
                Markup("<p>%s</p>")
                % self.env._(
                    "Story of change (%(who)s): %(change)s",
                    who=story.partner_id.name or self.env._("unnamed"),
                    change=story.name,
                )
            )
        if self.lessons:
            lines.append(
                Markup("<p>%s</p>") % self.env._("What we learned: %(text)s", text=self.lessons)
            )
        if self.next_steps:
            lines.append(
                Markup("<p>%s</p>")
                % self.env._("What we will do differently: %(text)s", text=self.next_steps)
            )
        return Markup("").join(lines)

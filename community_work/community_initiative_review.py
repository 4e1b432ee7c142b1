from dateutil.relativedelta import relativedelta

from odoo import api, fields, models

from .window_action import window_action

REVIEW_ACTIVITY = "community_work.mail_activity_type_review"


class CommunityInitiative(models.Model):
    """Reviews of an initiative, the next one planned as an activity of its worker, and
    the stories and achievements they recorded."""

    _name = "community.initiative"
    _inherit = "community.initiative"

    review_ids = fields.One2many("community.review", "initiative_id", string="Reviews")
    review_count = fields.Integer(compute="_compute_review_count")
    # Stored so that the board shows overdue reviews without a query per card.
    review_date_next = fields.Date(
        string="Next Review",
        index=True,
        tracking=True,
        copy=False,
        help="Planned when the initiative enters a stage and after each review, by the "
        "stage's review interval.",
    )
    is_review_overdue = fields.Boolean(
        string="Review Overdue",
        compute="_compute_is_review_overdue",
        search="_search_is_review_overdue",
    )
    story_ids = fields.One2many(
        "community.review.story",
        "initiative_id",
        string="Stories of Change",
        domain=[("review_id.state", "=", "done")],
    )
    achievement_ids = fields.One2many(
        "community.review.achievement",
        "initiative_id",
        string="Achievements",
        domain=[("review_id.state", "=", "done")],
    )

    def _compute_review_count(self):
        counts = dict(
            self.env["community.review"]._read_group(
                [("initiative_id", "in", self.ids)], ["initiative_id"], ["__count"]
            )
        )
        for initiative in self:
            initiative.review_count = counts.get(initiative, 0)

    @api.depends("review_date_next", "active")
    def _compute_is_review_overdue(self):
        today = fields.Date.context_today(self)
        for initiative in self:
            initiative.is_review_overdue = bool(
                initiative.active
                and initiative.review_date_next
                and initiative.review_date_next < today
            )

    def _search_is_review_overdue(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise NotImplementedError(self.env._("Search overdue reviews with = or !=."))
        domain = [("review_date_next", "<", fields.Date.context_today(self))]
        return domain if (operator == "=") == value else ["!", *domain]

    @api.model_create_multi
    def create(self, vals_list):
        initiatives = super().create(vals_list)
        initiatives._schedule_review(fields.Date.context_today(self))
        return initiatives

    def write(self, vals):
        stages = {initiative: initiative.stage_id for initiative in self}
        result = super().write(vals)
        if "stage_id" in vals or "method_id" in vals or "active" in vals:
            # Entering a stage plans its review; closing the work cancels it.
            moved = self.filtered(
                lambda initiative: initiative.stage_id != stages[initiative] or "active" in vals
            )
            moved._schedule_review(fields.Date.context_today(self))
        return result

    def _review_activities(self):
        review_type = self.env.ref(REVIEW_ACTIVITY)
        return self.activity_ids.filtered(lambda activity: activity.activity_type_id == review_type)

    def _schedule_review(self, date_from):
        """Plan the next review, by the interval of the initiative's stage, as an activity
        of its responsible worker in place of the review planned before.

        Whoever moved the initiative or did its review was access-checked; the planning
        follows from it, even for an initiative started for a colleague."""
        initiatives = self.sudo()
        initiatives._review_activities().unlink()
        to_plan = initiatives.filtered(lambda i: i.active and i.stage_id.review_interval > 0)
        (initiatives - to_plan).review_date_next = False
        for initiative in to_plan:
            initiative.review_date_next = date_from + relativedelta(
                months=initiative.stage_id.review_interval
            )
            initiative.with_context(mail_activity_quick_update=True).activity_schedule(
                REVIEW_ACTIVITY,
                date_deadline=initiative.review_date_next,
                summary=self.env._("Review at “%(stage)s”", stage=initiative.stage_id.name),
                user_id=initiative.user_id.id or self.env.uid,
            )

    def action_view_reviews(self):
        self.ensure_one()
        return window_action(
            self.env,
            "community_work.community_review_action",
            [("initiative_id", "=", self.id)],
            {"default_initiative_id": self.id},
        )

    def action_new_review(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": "community.review",
            "view_mode": "form",
            "views": [(False, "form")],
            "context": {"default_initiative_id": self.id},
        }

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError


class CommunityStage(models.Model):
    """A stage of a method, with the worker's guidance for it."""

    _name = "community.stage"
    _inherit = "community.name.mixin"
    _description = "Community Work Stage"
    _order = "method_id, sequence, id"

    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)
    method_id = fields.Many2one("community.method", required=True, index=True, ondelete="cascade")
    # The stages of a company's own method are as private as the method.
    company_id = fields.Many2one(related="method_id.company_id", store=True, index=True)
    fold = fields.Boolean(
        string="Folded on the Board",
        compute="_compute_fold",
        store=True,
        readonly=False,
    )
    is_closing = fields.Boolean(
        string="Closing Stage",
        help="The work reaches its end here: the initiative closes or starts its next cycle.",
    )
    goal = fields.Text(
        translate=True, help="What the stage is for, shown on the board as its tooltip."
    )
    guidance = fields.Html(translate=True, help="How to work in this stage.")
    caution = fields.Html(string="Cautions", translate=True, help="Pitfalls to avoid.")
    task_template_ids = fields.One2many(
        "community.stage.task", "stage_id", string="Main Tasks", copy=True
    )
    review_interval = fields.Integer(
        string="Review Every (Months)",
        default=3,
        help="How often initiatives in this stage are reviewed: a review is planned for "
        "the responsible worker when an initiative enters the stage and after each "
        "review. 0 plans none.",
    )
    indicator_template_ids = fields.One2many(
        "community.stage.indicator", "stage_id", string="Indicators", copy=True
    )

    @api.depends("is_closing")
    def _compute_fold(self):
        for stage in self:
            stage.fold = stage.is_closing

    @api.constrains("review_interval")
    def _check_review_interval(self):
        for stage in self:
            if stage.review_interval < 0:
                raise ValidationError(
                    self.env._(
                        "The review interval of “%(stage)s” is a number of months: 0 (no "
                        "review planned) or more.",
                        stage=stage.name,
                    )
                )

    @api.ondelete(at_uninstall=False)
    def _unlink_except_in_use(self):
        """A stage that holds initiatives, or items an initiative kept of it, stays."""
        domain = [("stage_id", "in", self.ids)]
        used = (
            self.env["community.initiative"].with_context(active_test=False).search(domain, limit=1)
            or self.env["community.initiative.task"].search(domain, limit=1)
            or self.env["community.initiative.indicator"].search(domain, limit=1)
        )
        if used:
            raise UserError(
                self.env._(
                    "The stage “%(stage)s” is still used by “%(record)s”. Move the initiatives "
                    "to another stage first; a stage that initiatives went through keeps "
                    "their checklists and indicators and cannot be deleted.",
                    stage=used.stage_id.display_name,
                    record=used.display_name,
                )
            )

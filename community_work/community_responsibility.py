from odoo import api, fields, models
from odoo.exceptions import ValidationError

# The records a worker is responsible for, and the field of the history line naming them.
RESPONSIBILITY_LINKS = ("initiative_id", "community_id", "coalition_id")


class CommunityResponsibility(models.Model):
    """Who was responsible for an initiative, a community or a coalition, from when to
    when, and the hand-over note they received. Written by the system whenever the
    responsible worker changes (see community.responsibility.mixin); managers correct it."""

    _name = "community.responsibility"
    _description = "Responsibility History"
    _order = "date_start desc, id desc"
    _rec_name = "user_id"

    initiative_id = fields.Many2one(
        "community.initiative", index="btree_not_null", ondelete="cascade"
    )
    community_id = fields.Many2one(
        "community.community", index="btree_not_null", ondelete="cascade"
    )
    coalition_id = fields.Many2one(
        "community.coalition", index="btree_not_null", ondelete="cascade"
    )
    user_id = fields.Many2one(
        "res.users", string="Responsible Worker", required=True, index=True, ondelete="restrict"
    )
    previous_user_id = fields.Many2one(
        "res.users", string="Took Over From", ondelete="set null"
    )
    date_start = fields.Datetime(string="From", required=True, default=fields.Datetime.now)
    date_end = fields.Datetime(string="Until")
    note = fields.Html(
        string="Hand-over Note", help="What the worker was told when the work was handed over."
    )
    recorded_by_id = fields.Many2one(
        "res.users",
        string="Recorded By",
        default=lambda self: self.env.user,
        ondelete="set null",
    )
    is_current = fields.Boolean(string="Current", compute="_compute_is_current")
    company_id = fields.Many2one(
        "res.company", compute="_compute_company_id", store=True, index=True
    )

    @api.depends("date_end")
    def _compute_is_current(self):
        for line in self:
            line.is_current = not line.date_end

    @api.depends(*(f"{link}.company_id" for link in RESPONSIBILITY_LINKS))
    def _compute_company_id(self):
        for line in self:
            line.company_id = (
                line.initiative_id.company_id
                or line.community_id.company_id
                or line.coalition_id.company_id
            )

    @api.constrains(*RESPONSIBILITY_LINKS)
    def _check_one_record(self):
        for line in self:
            if sum(bool(line[link]) for link in RESPONSIBILITY_LINKS) != 1:
                raise ValidationError(
                    self.env._(
                        "A line of responsibility history is about one initiative, "
                        "community or coalition."
                    )
                )

    @api.constrains("date_start", "date_end")
    def _check_dates(self):
        for line in self:
            if line.date_end and line.date_end < line.date_start:
                raise ValidationError(
                    self.env._(
                        "%(worker)s cannot stop being responsible before they started.",
                        worker=line.user_id.name,
                    )
                )

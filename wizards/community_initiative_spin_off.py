from odoo import api, fields, models
from odoo.exceptions import UserError


class CommunityInitiativeSpinOff(models.TransientModel):
    """Start a new initiative from the work of another, at any of its stages: a group
    finds an issue that is not theirs, a campaign gives birth to an organisation..."""

    _name = "community.initiative.spin.off"
    _description = "Spin Off a New Initiative"

    origin_id = fields.Many2one("community.initiative", required=True, ondelete="cascade")
    review_id = fields.Many2one("community.review", ondelete="cascade")
    name = fields.Char(string="New Initiative", required=True)
    community_id = fields.Many2one(
        "community.community",
        compute="_compute_from_origin",
        store=True,
        readonly=False,
        precompute=True,
        required=True,
    )
    method_id = fields.Many2one(
        "community.method",
        compute="_compute_from_origin",
        store=True,
        readonly=False,
        precompute=True,
        required=True,
    )
    stage_id = fields.Many2one(
        "community.stage",
        string="Starting Stage",
        compute="_compute_stage_id",
        store=True,
        readonly=False,
        precompute=True,
        domain="[('method_id', '=', method_id)]",
    )
    user_id = fields.Many2one(
        "res.users",
        string="Responsible Worker",
        default=lambda self: self.env.user,
        domain="[('share', '=', False)]",
    )
    need_ids = fields.Many2many(
        "community.need",
        string="Issues Carried Over",
        compute="_compute_from_origin",
        store=True,
        readonly=False,
        precompute=True,
    )
    goal = fields.Text(help="What the new initiative is for.")

    @api.depends("origin_id")
    def _compute_from_origin(self):
        for wizard in self:
            wizard.community_id = wizard.origin_id.community_id
            wizard.method_id = wizard.origin_id.method_id
            wizard.need_ids = wizard.origin_id.need_ids

    @api.depends("method_id")
    def _compute_stage_id(self):
        for wizard in self:
            wizard.stage_id = wizard.method_id.stage_ids[:1]

    def action_spin_off(self):
        self.ensure_one()
        origin = self.origin_id
        origin.check_access("write")
        if self.stage_id and self.stage_id.method_id != self.method_id:
            raise UserError(
                self.env._(
                    "“%(stage)s” is not a stage of “%(method)s”.",
                    stage=self.stage_id.name,
                    method=self.method_id.name,
                )
            )
        spin_off = self.env["community.initiative"].create(
            {
                "name": self.name,
                "origin_id": origin.id,
                "community_id": self.community_id.id,
                "method_id": self.method_id.id,
                "stage_id": self.stage_id.id or False,
                "user_id": self.user_id.id,
                "need_ids": [fields.Command.set(self.need_ids.ids)],
                "activist_ids": [fields.Command.set(origin.activist_ids.ids)]
                if self.community_id == origin.community_id
                else [],
                "goal": self.goal,
            }
        )
        origin._message_log(
            body=self.env._(
                "Spin-off started at “%(stage)s”: %(spin_off)s",
                stage=origin.stage_id.name,
                spin_off=spin_off._get_html_link(),
            )
        )
        spin_off._message_log(
            body=self.env._("Spun off from %(origin)s", origin=origin._get_html_link())
        )
        if self.review_id:
            self.review_id.is_decision_applied = True
        return spin_off.get_formview_action()

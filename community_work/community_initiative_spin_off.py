from odoo import fields, models

from .window_action import window_action


class CommunityInitiative(models.Model):
    """New work started from an initiative at any stage, linked to it."""

    _name = "community.initiative"
    _inherit = "community.initiative"

    origin_id = fields.Many2one(
        "community.initiative",
        string="Spun Off From",
        index="btree_not_null",
        ondelete="set null",
        copy=False,
        check_company=True,
        help="The initiative whose work gave rise to this one.",
    )
    spin_off_ids = fields.One2many("community.initiative", "origin_id", string="Spin-offs")
    spin_off_count = fields.Integer(compute="_compute_spin_off_count")

    def _compute_spin_off_count(self):
        counts = dict(
            self.with_context(active_test=False)._read_group(
                [("origin_id", "in", self.ids)], ["origin_id"], ["__count"]
            )
        )
        for initiative in self:
            initiative.spin_off_count = counts.get(initiative, 0)

    def action_spin_off(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Spin Off a New Initiative"),
            "res_model": "community.initiative.spin.off",
            "view_mode": "form",
            "views": [(False, "form")],
            "target": "new",
            "context": {"default_origin_id": self.id},
        }

    def action_view_spin_offs(self):
        self.ensure_one()
        return window_action(
            self.env,
            "community_work.community_initiative_action",
            [("origin_id", "=", self.id)],
            {"active_test": False},
        )

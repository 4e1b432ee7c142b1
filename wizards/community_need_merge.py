from odoo import Command, api, fields, models
from odoo.exceptions import UserError

from ..community_work.community_profile_line_mixin import PRIORITIES
from ..community_work.window_action import form_action


class CommunityNeedMerge(models.TransientModel):
    """Merge issues that turn out to be the same: the issue kept gathers everyone who raised
    any of them, their rounds and the initiatives tackling them."""

    _name = "community.need.merge"
    _description = "Merge Issues"

    need_ids = fields.Many2many(
        "community.need", string="Issues", default=lambda self: self._default_need_ids()
    )
    target_id = fields.Many2one(
        "community.need",
        string="Keep",
        compute="_compute_target_id",
        store=True,
        readonly=False,
        domain="[('id', 'in', need_ids)]",
        help="The issue that stays, with its name and category; the others are merged into it.",
    )

    def _default_need_ids(self):
        if self.env.context.get("active_model") != "community.need":
            return []
        return [Command.set(self.env.context.get("active_ids") or [])]

    @api.depends("need_ids")
    def _compute_target_id(self):
        for merge in self:
            if merge.target_id not in merge.need_ids:
                needs = merge.need_ids._origin.sorted(lambda n: (-n.raised_count, n.id))
                merge.target_id = needs[:1]

    def action_merge(self):
        self.ensure_one()
        target = self.target_id
        others = self.need_ids._origin - target
        self._check_mergeable(target, others)
        others.check_access("unlink")
        target.check_access("write")
        others.raising_ids.write({"need_id": target.id})
        # The rounds, online entries and initiatives follow the issue; who may merge the
        # issues of a community may move these links, whoever runs the round or initiative.
        others.sudo().candidate_ids.write({"need_id": target.id})
        self.env["community.ballot"].sudo().search([("raised_need_id", "in", others.ids)]).write(
            {"raised_need_id": target.id}
        )
        target.sudo().initiative_ids = [
            Command.link(initiative.id) for initiative in others.sudo().initiative_ids
        ]
        descriptions = [need.description for need in target | others if need.description]
        target.write(
            {
                "priority": max((target | others).mapped("priority"), key=_priority_rank),
                "description": "\n\n".join(descriptions) or False,
            }
        )
        others.unlink()
        return form_action(target)

    def _check_mergeable(self, target, others):
        if not target or not others:
            raise UserError(self.env._("Choose at least two issues, and the one to keep."))
        if len((target | others).community_id) > 1:
            raise UserError(
                self.env._(
                    "Only issues of the same community can be merged: %(communities)s.",
                    communities=", ".join((target | others).community_id.mapped("display_name")),
                )
            )
        candidates = (target | others).sudo().candidate_ids
        for round_, same_round in candidates.grouped("round_id").items():
            if len(same_round) > 1:
                raise UserError(
                    self.env._(
                        "“%(first)s” and “%(second)s” were both candidates of the round "
                        "“%(round)s”, where residents chose between them: they stay apart.",
                        first=same_round[0].need_id.name,
                        second=same_round[1].need_id.name,
                        round=round_.name,
                    )
                )


def _priority_rank(priority):
    return [key for key, _label in PRIORITIES].index(priority)

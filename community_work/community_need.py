from odoo import Command, api, fields, models
from odoo.exceptions import UserError


class CommunityNeed(models.Model):
    """A need or issue raised in a community, which initiatives can take up."""

    _name = "community.need"
    _inherit = "community.profile.line.mixin"
    _description = "Community Need or Issue"

    category = fields.Selection(
        [
            ("housing", "Housing"),
            ("safety", "Safety"),
            ("public_space", "Public Space and Environment"),
            ("youth", "Children and Youth"),
            ("health", "Health and Care"),
            ("work", "Work and Income"),
            ("isolation", "Isolation and Belonging"),
            ("services", "Access to Services"),
            ("other", "Other"),
        ],
        required=True,
        default="other",
    )
    raising_ids = fields.One2many("community.need.raising", "need_id", string="Raised By")
    raised_count = fields.Integer(
        string="People Sharing It",
        compute="_compute_raised_count",
        store=True,
        help="How many people raised this issue: each named person once, however often they "
        "raised it, and the people who did not give their name.",
    )
    raised_partner_ids = fields.Many2many(
        "res.partner",
        string="Raised By People",
        compute="_compute_raised_partner_ids",
        search="_search_raised_partner_ids",
    )
    candidate_ids = fields.One2many(
        "community.round.candidate", "need_id", string="Prioritisation Rounds"
    )
    initiative_ids = fields.Many2many(
        "community.initiative",
        "community_initiative_need_rel",
        "need_id",
        "initiative_id",
        string="Tackled By",
    )

    @api.depends("raising_ids.partner_id", "raising_ids.people_count")
    def _compute_raised_count(self):
        for need in self:
            named = need.raising_ids.filtered("partner_id")
            unnamed = need.raising_ids - named
            need.raised_count = len(named.partner_id) + sum(unnamed.mapped("people_count"))

    @api.depends("raising_ids.partner_id")
    def _compute_raised_partner_ids(self):
        for need in self:
            need.raised_partner_ids = need.raising_ids.partner_id

    def _search_raised_partner_ids(self, operator, value):
        return [("raising_ids.partner_id", operator, value)]

    @api.ondelete(at_uninstall=False)
    def _unlink_except_candidate(self):
        """An issue residents voted on keeps its place in the round's result."""
        candidates = self.sudo().candidate_ids
        if candidates:
            raise UserError(
                self.env._(
                    "“%(need)s” is a candidate of the prioritisation round “%(round)s”: it "
                    "cannot be deleted. Merge it into another issue instead.",
                    need=candidates[0].need_id.name,
                    round=candidates[0].round_id.name,
                )
            )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            self._check_initiative_links(vals.get("initiative_ids"))
        return super().create(vals_list)

    def write(self, vals):
        if "initiative_ids" in vals:
            self._check_initiative_links(vals["initiative_ids"])
        moving = vals.get("community_id") and self.filtered(
            lambda need: need.community_id.id != vals["community_id"]
        )
        if moving and moving.sudo().candidate_ids:
            raise UserError(
                self.env._(
                    "Residents chose between “%(need)s” and other issues of its community in a "
                    "round: it stays in that community.",
                    need=moving.sudo().candidate_ids[0].need_id.name,
                )
            )
        result = super().write(vals)
        if moving:
            self.raising_ids._check_company()
        return result

    def _check_initiative_links(self, commands):
        """Linking a need to an initiative changes the initiative's "Issues Tackled": only who
        may change the initiatives linked or unlinked does it. (Commands that create, update
        or delete initiatives are checked by the initiatives themselves.)"""
        if not commands or self.env.su:
            return
        initiatives = self.env["community.initiative"]
        current = self.sudo().initiative_ids.with_env(self.env)
        if all(isinstance(command, int) for command in commands):
            commands = [Command.set(commands)]
        for command in commands:
            if command[0] in (Command.LINK, Command.UNLINK):
                initiatives |= initiatives.browse(command[1])
            elif command[0] == Command.SET:
                new = initiatives.browse(command[2])
                initiatives |= (current - new) | (new - current)
            elif command[0] == Command.CLEAR:
                initiatives |= current
        initiatives.check_access("write")

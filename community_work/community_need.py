from odoo import Command, api, fields, models


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
    raised_by_id = fields.Many2one(
        "res.partner", check_company=True, help="Who brought this issue to the worker."
    )
    initiative_ids = fields.Many2many(
        "community.initiative",
        "community_initiative_need_rel",
        "need_id",
        "initiative_id",
        string="Tackled By",
    )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            self._check_initiative_links(vals.get("initiative_ids"))
        return super().create(vals_list)

    def write(self, vals):
        if "initiative_ids" in vals:
            self._check_initiative_links(vals["initiative_ids"])
        return super().write(vals)

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

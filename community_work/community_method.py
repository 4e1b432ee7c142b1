from odoo import api, fields, models
from odoo.exceptions import UserError


class CommunityMethod(models.Model):
    """A process model of community work: an ordered set of stages."""

    _name = "community.method"
    _inherit = "community.name.mixin"
    _description = "Community Work Method"
    _order = "sequence, id"

    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)
    description = fields.Html(translate=True)
    stage_ids = fields.One2many("community.stage", "method_id", string="Stages", copy=True)
    stage_count = fields.Integer(compute="_compute_stage_count")
    initiative_count = fields.Integer(compute="_compute_initiative_count")
    color = fields.Integer(string="Colour", aggregator=False)
    company_id = fields.Many2one(
        "res.company", index=True, help="Leave empty to share the method between companies."
    )
    active = fields.Boolean(default=True)

    _sql_constraints = [
        ("name_uniq", "unique (name)", "A method with this name already exists."),
    ]

    @api.depends("stage_ids")
    def _compute_stage_count(self):
        for method in self:
            method.stage_count = len(method.stage_ids)

    def _compute_initiative_count(self):
        counts = dict(
            self.env["community.initiative"]._read_group(
                [("method_id", "in", self.ids)], ["method_id"], ["__count"]
            )
        )
        for method in self:
            method.initiative_count = counts.get(method, 0)

    def write(self, vals):
        if vals.get("company_id"):
            self._check_private_to_users(vals["company_id"])
        return super().write(vals)

    def _check_private_to_users(self, company_id):
        """A method becomes private to a company only if no other company's initiative
        follows it."""
        used = self._first_initiative([("company_id", "!=", company_id)])
        if used:
            raise UserError(
                self.env._(
                    "The method “%(method)s” is followed by initiatives of another company, "
                    "such as “%(initiative)s”: it stays shared between companies.",
                    method=used.method_id.display_name,
                    initiative=used.display_name,
                )
            )

    @api.ondelete(at_uninstall=False)
    def _unlink_except_in_use(self):
        used = self._first_initiative()
        if used:
            raise UserError(
                self.env._(
                    "The method “%(method)s” is used by the initiative “%(initiative)s”. "
                    "Archive the method instead of deleting it.",
                    method=used.method_id.display_name,
                    initiative=used.display_name,
                )
            )

    def _first_initiative(self, domain=()):
        """An initiative following one of these methods, archived ones and those of every
        company included."""
        return (
            self.env["community.initiative"]
            .sudo()
            .with_context(active_test=False)
            .search([("method_id", "in", self.ids), *domain], limit=1)
        )

    def copy_data(self, default=None):
        vals_list = super().copy_data(default=default)
        return [
            dict(vals, name=self.env._("%s (copy)", method.name))
            for method, vals in zip(self, vals_list, strict=True)
        ]

    def action_open_board(self):
        """The method's board: its initiatives on the columns of its stages."""
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "community_work.community_initiative_action_board"
        )
        action.update(
            display_name=self.name,
            domain=[("method_id", "=", self.id)],
            # The web client keeps active_id in the URL, and the path names the server
            # action that rebuilds this board from it when the page is reloaded.
            context={"default_method_id": self.id, "active_id": self.id},
            path="community-board",
        )
        return action

    @api.model
    def _action_open_board_from_context(self):
        method = self.browse(self.env.context.get("active_id")).exists()
        if not method:
            return self.env["ir.actions.act_window"]._for_xml_id(
                "community_work.community_method_action_boards"
            )
        return method.action_open_board()

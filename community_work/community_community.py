from odoo import Command, api, fields, models
from odoo.exceptions import ValidationError
from odoo.tools import SQL

from .window_action import window_action

# The population estimate is stored as a PostgreSQL integer.
POPULATION_MAX = 2**31 - 1
# Lines every worker records, whoever looks after the community.
LINE_FIELDS = ("membership_ids", "need_ids", "asset_ids")
LINE_COMMANDS = (Command.CREATE, Command.UPDATE, Command.DELETE)


class CommunityCommunity(models.Model):
    """A community the workers serve: an area (city, district, estate) or an interest group."""

    _name = "community.community"
    _description = "Community"
    _inherit = [
        "mail.thread",
        "mail.activity.mixin",
        "community.name.mixin",
        "community.responsibility.mixin",
    ]
    _parent_store = True
    _rec_name = "complete_name"
    _order = "complete_name"
    _check_company_auto = True
    _responsible_field = "user_ids"
    _responsibility_link = "community_id"

    name = fields.Char(required=True, tracking=True)
    complete_name = fields.Char(
        compute="_compute_complete_name", recursive=True, store=True, index="trigram"
    )
    community_type = fields.Selection(
        [("area", "Area"), ("interest", "Interest Group")],
        string="Type",
        required=True,
        default="area",
        tracking=True,
        help="An area is a place (city, district, estate); an interest group shares "
        "a concern or identity wherever its members live.",
    )
    parent_id = fields.Many2one(
        "community.community",
        string="Part Of",
        index=True,
        ondelete="restrict",
        check_company=True,
        tracking=True,
    )
    parent_path = fields.Char(index=True)
    child_ids = fields.One2many("community.community", "parent_id", string="Sub-communities")
    description = fields.Html()
    population_estimate = fields.Integer(
        help="Roughly how many people live in the area or belong to the group."
    )
    # Only they (and managers) change the community and the initiatives held in it.
    user_ids = fields.Many2many(
        "res.users",
        string="Responsible Workers",
        domain="[('share', '=', False)]",
        default=lambda self: self._default_user_ids(),
        tracking=True,
        help="The workers who look after this community: they and the managers change it "
        "and the initiatives held in it.",
    )
    responsibility_ids = fields.One2many(
        "community.responsibility", "community_id", string="Responsibility History"
    )
    membership_ids = fields.One2many("community.membership", "community_id", string="Members")
    member_count = fields.Integer(compute="_compute_counts")
    need_ids = fields.One2many("community.need", "community_id", string="Needs and Issues")
    asset_ids = fields.One2many("community.asset", "community_id", string="Resources and Assets")
    initiative_ids = fields.One2many("community.initiative", "community_id", string="Initiatives")
    initiative_count = fields.Integer(compute="_compute_counts")
    company_id = fields.Many2one(
        "res.company", required=True, index=True, default=lambda self: self.env.company
    )
    color = fields.Integer(string="Colour", aggregator=False)
    active = fields.Boolean(default=True)

    def _default_user_ids(self):
        """Who creates a community looks after it."""
        user = self.env.user
        if user._is_superuser() or not user.has_group("community_work.group_community_user"):
            return user.browse()
        return user

    @api.depends("name", "parent_id.complete_name")
    def _compute_complete_name(self):
        for community in self:
            if community.parent_id:
                community.complete_name = f"{community.parent_id.complete_name} / {community.name}"
            else:
                community.complete_name = community.name

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            self._check_population_estimate(vals.get("population_estimate"))
        return super().create(vals_list)

    def write(self, vals):
        vals = self._write_line_commands(vals)
        if not vals:
            return True
        self._check_population_estimate(vals.get("population_estimate"))
        result = super().write(vals)
        if "company_id" in vals:
            self._check_company_of_contents()
        return result

    def _write_line_commands(self, vals):
        """When only members, needs and resources change, apply the changes on the lines
        themselves, so that their own access rules decide: every worker records them, also
        from the form of a community they do not look after. Returns the values left to
        write on the community."""
        if len(self) != 1 or not vals or not set(vals) <= set(LINE_FIELDS):
            return vals
        commands = [command for field in vals for command in vals[field]]
        if not all(
            isinstance(command, (list, tuple)) and command[0] in LINE_COMMANDS
            for command in commands
        ):
            return vals
        for field, field_commands in vals.items():
            lines = self.env[self._fields[field].comodel_name]
            lines.create(
                [
                    {**command[2], "community_id": self.id}
                    for command in field_commands
                    if command[0] == Command.CREATE
                ]
            )
            for command in field_commands:
                if command[0] == Command.UPDATE:
                    lines.browse(command[1]).write(command[2])
                elif command[0] == Command.DELETE:
                    lines.browse(command[1]).unlink()
        return {}

    @api.model
    def _check_population_estimate(self, population):
        """Checked before the database sees it: it would refuse a too large number with a
        raw error."""
        try:
            population = int(population or 0)
        except (TypeError, ValueError):
            return  # the ORM refuses what is not a number
        if population < 0:
            raise ValidationError(self.env._("The population estimate cannot be negative."))
        if population > POPULATION_MAX:
            raise ValidationError(
                self.env._(
                    "The population estimate %(population)s is too large: enter at most %(max)s.",
                    population=population,
                    max=POPULATION_MAX,
                )
            )

    def _check_company_of_contents(self):
        """A community that changes company takes its sub-communities, initiatives, members,
        needs and resources along: they must all still fit the new company."""
        communities = self.sudo().with_context(active_test=False)
        for field in ("child_ids", "initiative_ids", "membership_ids", "need_ids", "asset_ids"):
            communities[field]._check_company()

    @api.model
    def name_create(self, name):
        community = self.create({"name": name})
        return community.id, community.display_name

    def _compute_counts(self):
        """Count the people and initiatives of each community and of the communities
        it contains: a city counts those of its districts."""
        members = self._count_members_with_parts()
        initiatives = dict(
            self.env["community.initiative"]._read_group(
                [("community_id", "child_of", self.ids)], ["community_id"], ["__count"]
            )
        )
        for community in self:
            community.member_count = members.get(community.id, 0)
            community.initiative_count = sum(
                count
                for part, count in initiatives.items()
                if part.parent_path.startswith(community.parent_path or "-")
            )

    def _count_members_with_parts(self):
        """{community id: number of distinct people and organisations who belong to it
        or to one of its parts}, in one query whatever the number of communities."""
        if not self.ids:
            return {}
        self.flush_model(["parent_path"])
        self.env["community.membership"].flush_model(["community_id", "partner_id", "company_id"])
        memberships = self.env["community.membership"]._search(
            [("community_id", "child_of", self.ids)]
        )
        self.env.cr.execute(
            SQL(
                """
                SELECT community.id, COUNT(DISTINCT membership.partner_id)
                  FROM community_community community
                  JOIN community_community part
                    ON part.parent_path LIKE community.parent_path || %s
                  JOIN community_membership membership ON membership.community_id = part.id
                 WHERE community.id IN %s AND membership.id IN %s
              GROUP BY community.id
                """,
                "%",
                tuple(self.ids),
                memberships.subselect(),
            )
        )
        return dict(self.env.cr.fetchall())

    def action_view_members(self):
        """The people and organisations of the community and of its parts."""
        self.ensure_one()
        return window_action(
            self.env,
            "community_work.res_partner_action_community",
            [("community_membership_ids.community_id", "child_of", self.id)],
        )

    def action_view_initiatives(self):
        self.ensure_one()
        return window_action(
            self.env,
            "community_work.community_initiative_action",
            [("community_id", "child_of", self.id)],
            {"default_community_id": self.id},
        )

from odoo import api, fields, models
from odoo.tools import SQL

from .window_action import window_action


class CommunityCommunity(models.Model):
    """A community the workers serve: an area (city, district, estate) or an interest group."""

    _name = "community.community"
    _description = "Community"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _parent_store = True
    _rec_name = "complete_name"
    _order = "complete_name"
    _check_company_auto = True

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
    user_ids = fields.Many2many(
        "res.users",
        string="Responsible Workers",
        domain="[('share', '=', False)]",
        tracking=True,
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

    @api.depends("name", "parent_id.complete_name")
    def _compute_complete_name(self):
        for community in self:
            if community.parent_id:
                community.complete_name = f"{community.parent_id.complete_name} / {community.name}"
            else:
                community.complete_name = community.name

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

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError


class CommunityCoalitionMember(models.Model):
    """An organisation's membership of a coalition, from the day it joined to the day
    it left. Leaving keeps the line: rejoining opens a new one."""

    _name = "community.coalition.member"
    _description = "Coalition Member"
    _inherit = [
        "community.coalition.line.mixin",
        "community.pledge.figures.mixin",
        "community.coalition.reach.mixin",
    ]
    _order = "date_left desc nulls first, date_joined, id"
    _rec_name = "partner_id"
    _reach_fields = frozenset({"partner_id", "date_left", "coalition_id"})

    partner_id = fields.Many2one(
        "res.partner",
        string="Organisation",
        required=True,
        index=True,
        ondelete="restrict",
        domain="[('is_company', '=', True)]",
        check_company=True,
    )
    role_id = fields.Many2one(
        "community.coalition.role",
        ondelete="restrict",
        default=lambda self: self.env.ref(
            "community_work.coalition_role_member", raise_if_not_found=False
        ),
    )
    representative_ids = fields.Many2many(
        "res.partner",
        "community_coalition_member_representative_rel",
        "member_id",
        "partner_id",
        string="Representatives",
        domain="[('is_company', '=', False), ('commercial_partner_id', '=', partner_id)]",
        help="The people who speak for the organisation in the coalition.",
    )
    date_joined = fields.Date(
        string="Joined", required=True, default=fields.Date.context_today, index=True
    )
    date_left = fields.Date(string="Left", index="btree_not_null", copy=False)
    leave_reason = fields.Char(string="Reason for Leaving", copy=False)
    is_active = fields.Boolean(
        string="Current Member", compute="_compute_is_active", store=True, index=True
    )
    pledge_ids = fields.One2many("community.coalition.pledge", "member_id", string="Pledges")
    # Stored copies, so that members are grouped by them in the reach reports.
    organisation_type_id = fields.Many2one(
        related="partner_id.community_organisation_type_id", store=True
    )
    stage_id = fields.Many2one(related="coalition_id.stage_id", string="Coalition Stage")

    @api.depends("partner_id", "coalition_id", "date_left")
    def _compute_display_name(self):
        show_coalition = self.env.context.get("coalition_member_show_coalition")
        for member in self:
            name = member.partner_id.display_name or ""
            if show_coalition:
                name = f"{name} — {member.coalition_id.name}"
            if member.date_left:
                name = self.env._("%(name)s (left)", name=name)
            member.display_name = name

    @api.depends("date_left")
    def _compute_is_active(self):
        for member in self:
            member.is_active = not member.date_left

    def _was_member_on(self, date):
        self.ensure_one()
        return self.date_joined <= date and (not self.date_left or self.date_left > date)

    @api.constrains("partner_id")
    def _check_partner_is_organisation(self):
        for member in self:
            if not member.partner_id.is_company:
                raise ValidationError(
                    self.env._(
                        "“%(partner)s” is a person: coalitions are made of organisations. "
                        "Add the person as a representative of their organisation instead.",
                        partner=member.partner_id.display_name,
                    )
                )

    @api.constrains("date_joined", "date_left")
    def _check_dates(self):
        for member in self:
            if member.date_left and member.date_left < member.date_joined:
                raise ValidationError(
                    self.env._(
                        "“%(partner)s” cannot leave “%(coalition)s” before joining it: the "
                        "leaving date %(left)s is before the joining date %(joined)s.",
                        partner=member.partner_id.display_name,
                        coalition=member.coalition_id.name,
                        left=member.date_left,
                        joined=member.date_joined,
                    )
                )

    @api.constrains("coalition_id", "partner_id", "date_left")
    def _check_single_active_membership(self):
        active = self.filtered("is_active")
        if not active:
            return
        duplicates = self._read_group(
            [
                ("coalition_id", "in", active.coalition_id.ids),
                ("partner_id", "in", active.partner_id.ids),
                ("is_active", "=", True),
            ],
            ["coalition_id", "partner_id"],
            having=[("__count", ">", 1)],
        )
        if duplicates:
            coalition, partner = duplicates[0]
            raise ValidationError(
                self.env._(
                    "“%(partner)s” is already a member of “%(coalition)s”. An organisation "
                    "that left and comes back gets a new line once the old one has a "
                    "leaving date.",
                    partner=partner.display_name,
                    coalition=coalition.name,
                )
            )

    @api.constrains("partner_id", "representative_ids")
    def _check_representatives(self):
        for member in self:
            strangers = member.representative_ids.filtered(
                lambda person, member=member: (
                    person.is_company
                    or person.commercial_partner_id != member.partner_id.commercial_partner_id
                )
            )
            if strangers:
                raise ValidationError(
                    self.env._(
                        "%(people)s cannot represent “%(organisation)s”: a representative is "
                        "a contact person of the organisation.",
                        people=", ".join(strangers.mapped("display_name")),
                        organisation=member.partner_id.display_name,
                    )
                )

    @api.ondelete(at_uninstall=False)
    def _unlink_except_with_pledges(self):
        pledged = self.filtered("pledge_ids")
        if pledged:
            raise UserError(
                self.env._(
                    "“%(partner)s” has pledges in “%(coalition)s”: record the date it left "
                    "instead of deleting the line, so that its history stays.",
                    partner=pledged[0].partner_id.display_name,
                    coalition=pledged[0].coalition_id.name,
                )
            )

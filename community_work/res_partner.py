from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from .window_action import window_action

COMMUNITY_GROUP = "community_work.group_community_user"
COMMUNITY_MANAGER_GROUP = "community_work.group_community_manager"


class ResPartner(models.Model):
    """Residents, activists, partner organisations and decision-makers are contacts.

    The community profile is personal data: only community workers see it.
    """

    _inherit = "res.partner"

    community_role_ids = fields.Many2many(
        "community.role",
        "res_partner_community_role_rel",
        "partner_id",
        "role_id",
        string="Community Roles",
        groups=COMMUNITY_GROUP,
        help="What the person or organisation is to the communities they belong to: "
        "resident, partner organisation, decision-maker, funder... How far someone takes "
        "part is their participation level.",
    )
    community_level_id = fields.Many2one(
        "community.ladder.level",
        string="Participation Level",
        index=True,
        tracking=True,
        ondelete="restrict",
        groups=COMMUNITY_GROUP,
        help="How far the person takes part, from first contact to leadership. Change it "
        "with Move, which keeps the reason in the level history.",
    )
    community_level_change_ids = fields.One2many(
        "community.ladder.change", "partner_id", string="Level History", groups=COMMUNITY_GROUP
    )
    community_membership_ids = fields.One2many(
        "community.membership", "partner_id", string="Memberships", groups=COMMUNITY_GROUP
    )
    # Stored so that contacts can be filtered and grouped by community.
    community_ids = fields.Many2many(
        "community.community",
        "res_partner_community_community_rel",
        "partner_id",
        "community_id",
        string="Communities",
        compute="_compute_community_ids",
        store=True,
        groups=COMMUNITY_GROUP,
    )
    community_skill_ids = fields.Many2many(
        "community.skill",
        "res_partner_community_skill_rel",
        "partner_id",
        "skill_id",
        string="Skills",
        groups=COMMUNITY_GROUP,
    )
    community_interest_ids = fields.Many2many(
        "community.interest",
        "res_partner_community_interest_rel",
        "partner_id",
        "interest_id",
        string="Interests",
        groups=COMMUNITY_GROUP,
    )
    community_organisation_type_id = fields.Many2one(
        "community.organisation.type",
        string="Organisation Type",
        index="btree_not_null",
        ondelete="restrict",
        groups=COMMUNITY_GROUP,
    )
    community_count = fields.Integer(
        string="Community Count", compute="_compute_community_count", groups=COMMUNITY_GROUP
    )
    community_initiative_count = fields.Integer(
        string="Initiatives", compute="_compute_community_initiative_count", groups=COMMUNITY_GROUP
    )

    @api.depends("community_membership_ids.community_id")
    def _compute_community_ids(self):
        for partner in self:
            partner.community_ids = partner.community_membership_ids.community_id

    @api.depends("community_ids")
    def _compute_community_count(self):
        for partner in self:
            partner.community_count = len(partner.community_ids)

    def _compute_community_initiative_count(self):
        initiative = self.env["community.initiative"]
        counts = dict.fromkeys(self.ids, 0)
        for field in ("activist_ids", "organisation_ids"):
            for partner, count in initiative._read_group(
                [(field, "in", self.ids)], [field], ["__count"]
            ):
                counts[partner.id] = counts.get(partner.id, 0) + count
        for partner in self:
            partner.community_initiative_count = counts.get(partner.id, 0)

    @api.model_create_multi
    def create(self, vals_list):
        self._check_community_levels({vals.get("community_level_id") for vals in vals_list})
        partners = super().create(vals_list)
        partners.filtered("community_level_id")._log_level_changes(
            dict.fromkeys(partners.ids, self.env["community.ladder.level"])
        )
        return partners

    def write(self, vals):
        if "community_level_id" not in vals:
            return super().write(vals)
        previous = {partner.id: partner.community_level_id for partner in self}
        if any(level.id != vals["community_level_id"] for level in previous.values()):
            self._check_community_levels({vals["community_level_id"]})
        result = super().write(vals)
        self.filtered(lambda p: p.community_level_id != previous[p.id])._log_level_changes(previous)
        return result

    @api.model
    def _check_community_levels(self, level_ids):
        """Refuse moving people to a level the ladder does not hold (or has archived)."""
        level_ids = level_ids - {False, None}
        if not level_ids:
            return
        levels = self.env["community.ladder.level"]
        if all(isinstance(level_id, int) for level_id in level_ids):  # text is no level
            levels = levels.browse(level_ids).exists()
        if len(levels) != len(level_ids) or not all(levels.mapped("active")):
            raise ValidationError(
                self.env._(
                    "This participation level is not part of the ladder configured for "
                    "community work. Choose one of the active levels."
                )
            )

    def _log_level_changes(self, previous_levels):
        """Keep a dated line per move on the ladder; the reason comes from the context.

        The history is written by the system only (workers cannot write it themselves),
        with who made the move and when."""
        reason = self.env.context.get("community_level_reason")
        self.env["community.ladder.change"].sudo().create(
            [
                {
                    "partner_id": partner.id,
                    "level_from_id": previous_levels[partner.id].id,
                    "level_to_id": partner.community_level_id.id,
                    "reason": reason,
                    "user_id": self.env.uid,
                    "date": fields.Datetime.now(),
                }
                for partner in self
            ]
        )

    def action_change_level(self):
        """The one way to change levels: the wizard that asks why."""
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "community_work.community_level_wizard_action"
        )
        action["context"] = {"default_partner_ids": self.ids}
        return action

    def _with_community_profile(self):
        """The contacts among these that are members of a community or have a level history
        (every level comes with one), whoever may see it."""
        partner_ids = set()
        for model in ("community.membership", "community.ladder.change"):
            partner_ids.update(
                partner.id
                for [partner] in self.env[model]
                .sudo()
                ._read_group([("partner_id", "in", self.ids)], ["partner_id"])
            )
        return self.browse(partner_ids)

    @api.ondelete(at_uninstall=False)
    def _unlink_community_profile(self):
        """Contacts with a community profile are archived rather than deleted: only
        community managers delete them, and then their memberships and level history go
        with them. (Their database links restrict any other deletion.)"""
        profiled = self._with_community_profile()
        if not profiled:
            return
        if not self.env.su and not self.env.user.has_group(COMMUNITY_MANAGER_GROUP):
            raise UserError(
                self.env._(
                    "“%(contact)s” has a community work profile (memberships, level history). "
                    "Archive the contact instead: only community work managers can delete it.",
                    contact=profiled[0].display_name,
                )
            )
        domain = [("partner_id", "in", profiled.ids)]
        self.env["community.membership"].sudo().search(domain).unlink()
        self.env["community.ladder.change"].sudo().search(domain).unlink()

    def action_view_community_memberships(self):
        self.ensure_one()
        return window_action(
            self.env,
            "community_work.community_membership_action",
            [("partner_id", "=", self.id)],
            {"default_partner_id": self.id},
        )

    def action_view_community_initiatives(self):
        self.ensure_one()
        return window_action(
            self.env,
            "community_work.community_initiative_action",
            [
                "|",
                ("activist_ids", "in", self.id),
                ("organisation_ids", "in", self.id),
            ],
        )

from odoo import api, fields, models
from odoo.exceptions import ValidationError

COALITION_KIND = "community_work.community_meeting_kind_coalition"


class CommunityMeeting(models.Model):
    """Meetings of the Coalition Meeting kind belong to a coalition: its member
    organisations attend through their representatives."""

    _name = "community.meeting"
    _inherit = ["community.meeting", "community.coalition.reach.mixin"]
    _reach_fields = frozenset({"coalition_id", "attendance_ids", "state"})

    coalition_id = fields.Many2one(
        "community.coalition",
        index="btree_not_null",
        tracking=True,
        ondelete="restrict",
        check_company=True,
        help="The coalition that meets; its members' representatives are invited.",
    )
    is_coalition_meeting = fields.Boolean(compute="_compute_is_coalition_meeting")

    @api.model
    def default_get(self, fields_list):
        values = super().default_get(fields_list)
        if self.env.context.get("default_coalition_id") and "kind_id" in fields_list:
            kind = self.env.ref(COALITION_KIND, raise_if_not_found=False)
            if kind and not self.env.context.get("default_kind_id"):
                values["kind_id"] = kind.id
        return values

    @api.depends("kind_id")
    def _compute_is_coalition_meeting(self):
        kind = self.env.ref(COALITION_KIND, raise_if_not_found=False)
        for meeting in self:
            meeting.is_coalition_meeting = bool(kind) and meeting.kind_id == kind

    @api.depends("initiative_id", "coalition_id")
    def _compute_community_id(self):
        super()._compute_community_id()
        for meeting in self:
            communities = meeting.coalition_id.community_ids
            if (
                not meeting.initiative_id
                and communities
                and meeting.community_id not in communities
            ):
                meeting.community_id = communities[:1]

    @api.constrains("coalition_id", "kind_id")
    def _check_coalition_kind(self):
        for meeting in self:
            if meeting.coalition_id and not meeting.is_coalition_meeting:
                raise ValidationError(
                    self.env._(
                        "“%(meeting)s” is a %(kind)s: only coalition meetings belong to a "
                        "coalition. Choose the Coalition Meeting kind, or no coalition.",
                        meeting=meeting.name,
                        kind=meeting.kind_id.name,
                    )
                )

    def action_invite(self):
        """Coalition meetings also invite the representatives of the current members."""
        result = super().action_invite()
        vals_list = []
        for meeting in self.filtered(lambda m: m.coalition_id and m.state != "cancelled"):
            members = meeting.coalition_id.member_ids.filtered("is_active")
            people = members.representative_ids - meeting.attendance_ids.partner_id
            vals_list += [
                {"meeting_id": meeting.id, "partner_id": person.id, "status": "invited"}
                for person in people.sorted("name")
            ]
        self.env["community.attendance"].create(vals_list)
        return result

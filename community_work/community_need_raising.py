from odoo import api, fields, models
from odoo.exceptions import ValidationError

CHANNELS = [
    ("door", "Door-Knocking"),
    ("meeting", "Meeting"),
    ("survey", "Survey"),
    ("online", "Online"),
    ("conversation", "Conversation"),
    ("other", "Other"),
]


class CommunityNeedRaising(models.Model):
    """One occasion on which a need or issue was raised: by whom, where and in their words.

    A need gathers every occasion; the number of people who share it counts each named
    person once, however often they raised it, and the unnamed people of each line."""

    _name = "community.need.raising"
    _description = "Issue Raised"
    _order = "date desc, id desc"
    _rec_name = "need_id"
    _check_company_auto = True

    need_id = fields.Many2one(
        "community.need", string="Issue", required=True, index=True, ondelete="cascade"
    )
    # Contacts who raised issues are archived, not deleted (see res.partner).
    partner_id = fields.Many2one(
        "res.partner",
        string="Raised By",
        index="btree_not_null",
        ondelete="restrict",
        check_company=True,
        help="Leave empty for people who did not give their name.",
    )
    people_count = fields.Integer(
        string="People",
        default=1,
        help="How many people this line speaks for: one for a named person; for unnamed "
        "people (answers to a survey, a show of hands), how many of them.",
    )
    channel = fields.Selection(
        CHANNELS,
        string="Where",
        required=True,
        default="conversation",
        compute="_compute_channel",
        store=True,
        readonly=False,
        precompute=True,
    )
    meeting_id = fields.Many2one(
        "community.meeting",
        index="btree_not_null",
        ondelete="set null",
        check_company=True,
        domain="[('community_id', '=', community_id)]",
    )
    date = fields.Date(required=True, default=fields.Date.context_today)
    words = fields.Text(string="In Their Own Words")
    user_id = fields.Many2one(
        "res.users", string="Recorded By", default=lambda self: self.env.user, ondelete="set null"
    )
    community_id = fields.Many2one(related="need_id.community_id", store=True, index=True)
    company_id = fields.Many2one(related="need_id.company_id", store=True, index=True)

    @api.depends("meeting_id")
    def _compute_channel(self):
        for raising in self:
            if raising.meeting_id:
                raising.channel = "meeting"

    @api.constrains("people_count", "partner_id")
    def _check_people_count(self):
        for raising in self:
            if raising.people_count < 1:
                raise ValidationError(self.env._("An issue is raised by at least one person."))
            if raising.partner_id and raising.people_count != 1:
                raise ValidationError(
                    self.env._(
                        "%(person)s is one person: a line with a name counts one. Record the "
                        "others on a line of their own.",
                        person=raising.partner_id.display_name,
                    )
                )

import uuid
from datetime import timedelta
from urllib.parse import quote

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import format_date

METHODS = [
    ("dots", "Dot Voting"),
    ("ranking", "Ranking"),
    ("score", "Score from 1 to 5"),
]
STATES = [("draft", "Draft"), ("open", "Open"), ("closed", "Closed")]
# What a ballot says about an issue, by method (the value of a choice).
CHOICE_LABELS = {"dots": "Dots", "ranking": "Rank", "score": "Score"}
# What the public page shows, within reason.
PUBLIC_ROUTE = "/community/vote/"


class CommunityRound(models.Model):
    """Residents choose between candidate issues of a community (or of an initiative):
    by dot voting, ranking or scoring, on paper at meetings or online."""

    _name = "community.round"
    _description = "Prioritisation Round"
    _inherit = [
        "mail.thread",
        "mail.activity.mixin",
        "community.editable.mixin",
        "community.name.mixin",
        "community.initiative.scope.mixin",
    ]
    _order = "date_open desc, id desc"
    # Every worker reads every round of their companies, so all may discuss them.
    _mail_post_access = "read"
    _check_company_auto = True

    name = fields.Char(required=True, tracking=True)
    company_id = fields.Many2one(related="community_id.company_id", store=True, index=True)
    state = fields.Selection(
        STATES,
        string="Status",
        required=True,
        default="draft",
        index=True,
        tracking=True,
        copy=False,
    )
    method = fields.Selection(
        METHODS,
        required=True,
        default="dots",
        tracking=True,
        help="Dot voting: each person shares out a number of dots, several on one issue if "
        "they like. Ranking: each person puts issues in order (1 first); counted with a Borda "
        "count. Score: each person scores issues from 1 (hardly matters) to 5 (matters most); "
        "the highest average wins.",
    )
    dots_per_person = fields.Integer(default=3, tracking=True)
    date_open = fields.Date(
        string="Opens", required=True, default=fields.Date.context_today, tracking=True
    )
    date_close = fields.Date(
        string="Closes",
        required=True,
        default=lambda self: fields.Date.context_today(self) + timedelta(days=14),
        tracking=True,
        help="After this day, the online page takes no more ballots.",
    )
    meeting_ids = fields.Many2many(
        "community.meeting",
        "community_round_meeting_rel",
        "round_id",
        "meeting_id",
        string="Meetings",
        check_company=True,
        domain="[('community_id', 'child_of', community_id)]",
        help="The meetings where people choose, on paper sheets entered afterwards.",
    )
    candidate_ids = fields.One2many(
        "community.round.candidate", "round_id", string="Candidate Issues", copy=True
    )
    candidate_count = fields.Integer(compute="_compute_candidate_count", store=True)
    ballot_ids = fields.One2many("community.ballot", "round_id", string="Ballots")
    ballots_cast = fields.Integer(
        compute="_compute_ballot_figures",
        store=True,
        help="Confirmed ballots, named and unnamed, paper and online.",
    )
    pending_count = fields.Integer(
        string="Entries to Confirm",
        compute="_compute_ballot_figures",
        store=True,
        help="Online entries waiting for a worker to confirm them; they count once confirmed.",
    )
    winner_names = fields.Char(string="Chosen Issues", readonly=True, copy=False)
    result_initiative_id = fields.Many2one(
        "community.initiative",
        string="Initiative Started",
        readonly=True,
        copy=False,
        index="btree_not_null",
        ondelete="set null",
        check_company=True,
    )
    # The online page: nothing of the community is shown unless marked public here.
    is_published = fields.Boolean(
        string="Online Page",
        copy=False,
        tracking=True,
        help="While the round is open, residents take part on its public page.",
    )
    access_token = fields.Char(
        default=lambda self: str(uuid.uuid4()), copy=False, index=True, required=True
    )
    public_title = fields.Char(
        help="The title residents see online; the round's name if empty.",
    )
    public_description = fields.Html(
        string="Public Introduction",
        help="What residents read online before choosing: nothing else about the community "
        "is shown.",
    )
    results_public = fields.Boolean(
        string="Show the Result Online",
        help="Once the round is closed, its page shows the issues in the order chosen.",
    )
    public_url = fields.Char(string="Link to Share", compute="_compute_public_url")
    qr_code_url = fields.Char(string="QR Code", compute="_compute_public_url")

    _sql_constraints = [
        ("access_token_uniq", "unique (access_token)", "The round's link must be unique."),
    ]

    @api.depends("candidate_ids")
    def _compute_candidate_count(self):
        for round_ in self:
            round_.candidate_count = len(round_.candidate_ids)

    @api.depends("ballot_ids.state", "ballot_ids.ballot_count")
    def _compute_ballot_figures(self):
        for round_ in self:
            ballots = round_.ballot_ids
            confirmed = ballots.filtered(lambda b: b.state == "confirmed")
            round_.ballots_cast = sum(confirmed.mapped("ballot_count"))
            round_.pending_count = len(ballots.filtered(lambda b: b.state == "pending"))

    @api.depends("access_token")
    def _compute_public_url(self):
        base_url = self.get_base_url()
        for round_ in self:
            url = f"{base_url}{PUBLIC_ROUTE}{round_.access_token}" if round_.access_token else ""
            round_.public_url = url
            round_.qr_code_url = (
                f"/report/barcode/QR/{quote(url, safe='')}?width=240&height=240" if url else ""
            )

    @api.constrains("dots_per_person", "method")
    def _check_dots_per_person(self):
        for round_ in self:
            if round_.method == "dots" and not 1 <= round_.dots_per_person <= 20:
                raise ValidationError(
                    self.env._("Give each person from 1 to 20 dots to share out.")
                )

    @api.constrains("date_open", "date_close")
    def _check_dates(self):
        for round_ in self:
            if round_.date_close < round_.date_open:
                raise ValidationError(
                    self.env._("“%(round)s” cannot close before it opens.", round=round_.name)
                )

    def write(self, vals):
        if {"method", "dots_per_person"} & vals.keys():
            self._check_no_ballots_yet()
        return super().write(vals)

    def _check_no_ballots_yet(self):
        voted = self.filtered("ballot_ids")
        if voted:
            raise UserError(
                self.env._(
                    "People have already chosen in “%(round)s”: its method stays as it was.",
                    round=voted[0].name,
                )
            )

    def _check_taking_ballots(self):
        """Ballots are recorded, changed and removed while the round is open."""
        for round_ in self:
            if round_.state == "draft":
                raise UserError(
                    self.env._(
                        "“%(round)s” is not open yet: open it before recording ballots.",
                        round=round_.name,
                    )
                )
            if round_.state == "closed":
                raise UserError(
                    self.env._(
                        "“%(round)s” is closed and counted: it takes no more ballots, and its "
                        "ballots stay as they were counted.",
                        round=round_.name,
                    )
                )

    def _online_closed_reasons(self):
        """Why the public page takes no ballot today (an empty list when it does)."""
        self.ensure_one()
        today = fields.Date.context_today(self)
        if self.state == "closed":
            return [self.env._("This round is closed: it takes no more choices.")]
        if today > self.date_close:
            return [
                self.env._(
                    "This round closed on %(date)s: it takes no more choices.",
                    date=format_date(self.env, self.date_close),
                )
            ]
        if self.state != "open" or today < self.date_open:
            return [
                self.env._(
                    "This round opens on %(date)s.",
                    date=format_date(self.env, max(self.date_open, today)),
                )
            ]
        return []

    def action_open(self):
        for round_ in self:
            if round_.state != "draft":
                continue
            if len(round_.candidate_ids) < 2:
                raise UserError(
                    self.env._(
                        "Give “%(round)s” at least two candidate issues to choose between.",
                        round=round_.name,
                    )
                )
        self.filtered(lambda r: r.state == "draft").write({"state": "open"})
        return True

    def action_back_to_draft(self):
        self._check_no_ballots_yet()
        self.write({"state": "draft"})
        return True

    def action_view_ballots(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "community_work.community_ballot_action"
        )
        action["domain"] = [("round_id", "=", self.id)]
        action["context"] = {"default_round_id": self.id, "search_default_group_state": 1}
        return action

    def action_view_pending(self):
        action = self.action_view_ballots()
        action["domain"] = [("round_id", "=", self.id), ("state", "=", "pending")]
        action["context"] = {"default_round_id": self.id}
        return action

    @api.model
    def _for_public_token(self, token):
        """The published round of `token`, for the public page (or an empty recordset)."""
        if not token or not isinstance(token, str) or len(token) > 64:
            return self.browse()
        round_ = self.sudo().search([("access_token", "=", token)], limit=1)
        if not round_.is_published or round_.state == "draft":
            return self.browse()
        return round_

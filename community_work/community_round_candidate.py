from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from .community_profile_line_mixin import PRIORITIES


class CommunityRoundCandidate(models.Model):
    """An issue residents choose between in a round, and, once the round is closed, how it
    came out. Stored, so that the history of a community's priorities reads one table."""

    _name = "community.round.candidate"
    _description = "Candidate Issue"
    _order = "sequence, id"
    _rec_name = "label"
    _check_company_auto = True

    round_id = fields.Many2one("community.round", required=True, index=True, ondelete="cascade")
    need_id = fields.Many2one(
        "community.need",
        string="Issue",
        required=True,
        index=True,
        ondelete="restrict",
        check_company=True,
        domain="[('community_id', 'child_of', community_id)]",
    )
    sequence = fields.Integer(default=10)
    label = fields.Char(
        string="Wording",
        required=True,
        compute="_compute_label",
        store=True,
        readonly=False,
        precompute=True,
        help="How the issue is put to residents, on paper and online.",
    )
    public_note = fields.Text(
        string="Explanation",
        help="A few words shown under the issue on the public page.",
    )
    community_id = fields.Many2one(related="round_id.community_id", store=True, index=True)
    company_id = fields.Many2one(related="round_id.company_id", store=True, index=True)
    method = fields.Selection(related="round_id.method", store=True)
    round_state = fields.Selection(related="round_id.state", string="Round Status")
    date_close = fields.Date(related="round_id.date_close", string="Round Closed", store=True)
    # The result, written when the round is closed.
    points = fields.Float(
        digits=(16, 2),
        readonly=True,
        copy=False,
        help="Dots received; Borda points (an issue ranked first of n gets n points, second "
        "n - 1...); or the average score.",
    )
    share = fields.Float(
        string="Share (%)",
        digits=(16, 1),
        readonly=True,
        copy=False,
        aggregator="avg",
        help="The issue's part of all the points given in the round, to compare rounds.",
    )
    voter_count = fields.Integer(
        string="Ballots Naming It",
        readonly=True,
        copy=False,
        help="Ballots that gave the issue a dot, a rank or a score (tallies of unnamed dots "
        "add their dots, not ballots).",
    )
    first_choice_count = fields.Integer(string="Ranked First", readonly=True, copy=False)
    result_rank = fields.Integer(string="Rank", readonly=True, copy=False, aggregator=False)
    is_winner = fields.Boolean(
        string="Chosen",
        copy=False,
        help="The issues a new initiative takes up: the first place when the round closes; "
        "tick or untick before starting it.",
    )
    priority_before = fields.Selection(PRIORITIES, readonly=True, copy=False)
    priority_after = fields.Selection(PRIORITIES, readonly=True, copy=False)

    _sql_constraints = [
        ("round_need_uniq", "unique (round_id, need_id)", "This issue is already a candidate."),
    ]

    @api.depends("need_id")
    def _compute_label(self):
        for candidate in self:
            if candidate.need_id and not candidate.label:
                candidate.label = candidate.need_id.name

    @api.constrains("need_id", "round_id")
    def _check_need_in_community(self):
        for candidate in self:
            community = candidate.round_id.community_id
            if not candidate.need_id.community_id.parent_path.startswith(community.parent_path):
                raise ValidationError(
                    self.env._(
                        "“%(need)s” was raised in %(need_community)s, outside %(community)s "
                        "where the round is held.",
                        need=candidate.need_id.name,
                        need_community=candidate.need_id.community_id.display_name,
                        community=community.display_name,
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        rounds = self.env["community.round"].browse(
            {vals.get("round_id") for vals in vals_list if vals.get("round_id")}
        )
        self._check_round_in_draft(rounds)
        return super().create(vals_list)

    def write(self, vals):
        # (Merging issues re-points candidates, as superuser, whatever the round's state.)
        if {"need_id", "round_id"} & vals.keys() and not self.env.su:
            self._check_round_in_draft(self.round_id)
        return super().write(vals)

    def unlink(self):
        self._check_round_in_draft(self.round_id)
        return super().unlink()

    def _check_round_in_draft(self, rounds):
        """The issues on the ballot stay the same from the first ballot to the count."""
        started = rounds.filtered(lambda r: r.state != "draft")
        if started:
            raise UserError(
                self.env._(
                    "“%(round)s” is under way: its candidate issues stay as they are. Set it "
                    "back to draft (possible while it has no ballot) to change them.",
                    round=started[0].name,
                )
            )

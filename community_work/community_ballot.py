from odoo import api, fields, models, tools
from odoo.exceptions import ValidationError
from odoo.tools import SQL

from .ballot_choices import choice_errors

STATES = [("pending", "To Confirm"), ("confirmed", "Confirmed"), ("rejected", "Rejected")]


class CommunityBallot(models.Model):
    """One person's choices in a prioritisation round (or, for dot voting, a tally of
    unnamed ballots), from a paper sheet or the online page.

    Who chose what is personal data: community workers alone read ballots. The person's
    level, role and part of the community are kept as they were when they chose, so that
    later analyses can ask which issues residents, activists or organisations chose."""

    _name = "community.ballot"
    _description = "Ballot"
    _order = "date desc, id desc"
    _check_company_auto = True

    round_id = fields.Many2one("community.round", required=True, index=True, ondelete="cascade")
    # Contacts who took part are archived, not deleted (see res.partner).
    partner_id = fields.Many2one(
        "res.partner",
        string="Person",
        index="btree_not_null",
        ondelete="restrict",
        check_company=True,
        help="Empty for an unnamed paper ballot.",
    )
    ballot_count = fields.Integer(
        string="Ballots",
        default=1,
        help="How many ballots the line stands for: one, except for a tally of unnamed dots "
        "(a flip chart counted at a meeting), whose dots are the totals of those ballots.",
    )
    origin = fields.Selection(
        [("paper", "Paper"), ("online", "Online")], required=True, default="paper"
    )
    meeting_id = fields.Many2one(
        "community.meeting",
        index="btree_not_null",
        ondelete="set null",
        check_company=True,
        help="The meeting where the paper ballot was filled in.",
    )
    state = fields.Selection(
        STATES, string="Status", required=True, default="confirmed", index=True
    )
    date = fields.Datetime(string="Cast On", required=True, default=fields.Datetime.now)
    choice_ids = fields.One2many("community.ballot.choice", "ballot_id", string="Choices")
    choice_summary = fields.Char(string="Choices Made", compute="_compute_choice_summary")
    # The person as they were when they chose, for the breakdown of the result.
    level_id = fields.Many2one(
        "community.ladder.level",
        string="Participation Level",
        compute="_compute_profile_snapshot",
        store=True,
        readonly=False,
        precompute=True,
        ondelete="set null",
    )
    role_id = fields.Many2one(
        "community.role",
        string="Role",
        compute="_compute_profile_snapshot",
        store=True,
        readonly=False,
        precompute=True,
        ondelete="set null",
    )
    area_id = fields.Many2one(
        "community.community",
        string="Part of the Community",
        compute="_compute_profile_snapshot",
        store=True,
        readonly=False,
        precompute=True,
        ondelete="set null",
        help="The part of the round's community (an estate in a district...) the person "
        "belongs to.",
    )
    is_organisation = fields.Boolean(
        string="Organisation", related="partner_id.is_company", store=True
    )
    community_id = fields.Many2one(related="round_id.community_id", store=True, index=True)
    initiative_id = fields.Many2one(related="round_id.initiative_id", store=True)
    company_id = fields.Many2one(related="round_id.company_id", store=True, index=True)
    method = fields.Selection(related="round_id.method")
    round_state = fields.Selection(related="round_id.state", string="Round Status")
    # What a resident typed on the online page, until a worker confirms it.
    submitted_name = fields.Char(string="Name Given", readonly=True)
    submitted_email = fields.Char(string="E-mail Given", readonly=True)
    submitted_phone = fields.Char(string="Phone Given", readonly=True)
    submitted_from = fields.Char(
        readonly=True, copy=False
    )  # a hash of the address, for the rate limit
    raised_words = fields.Text(string="Issue Raised", readonly=True)
    raised_need_id = fields.Many2one(
        "community.need",
        string="Recorded As",
        check_company=True,
        ondelete="set null",
        domain="[('community_id', 'child_of', community_id)]",
        help="The issue the words raised online belong to; a new issue is recorded when "
        "the entry is confirmed without one.",
    )

    def init(self):
        # A person votes once per round (a rejected entry does not count).
        if not tools.index_exists(self.env.cr, "community_ballot_round_partner_uniq"):
            self.env.cr.execute(
                SQL(
                    "CREATE UNIQUE INDEX community_ballot_round_partner_uniq ON %s "
                    "(round_id, partner_id) WHERE partner_id IS NOT NULL AND state != 'rejected'",
                    SQL.identifier(self._table),
                )
            )

    @api.depends("partner_id", "submitted_name", "ballot_count")
    def _compute_display_name(self):
        for ballot in self:
            if ballot.partner_id:
                ballot.display_name = ballot.partner_id.display_name
            elif ballot.submitted_name:
                ballot.display_name = self.env._("%(name)s (online)", name=ballot.submitted_name)
            elif ballot.ballot_count > 1:
                ballot.display_name = self.env._(
                    "%(count)s unnamed ballots", count=ballot.ballot_count
                )
            else:
                ballot.display_name = self.env._("Unnamed ballot")

    @api.depends("choice_ids.value", "choice_ids.candidate_id")
    def _compute_choice_summary(self):
        for ballot in self:
            ranking = ballot.method == "ranking"
            choices = ballot.choice_ids.sorted("value", reverse=not ranking)
            if ranking:
                parts = [f"{c.value}. {c.candidate_id.label}" for c in choices]
            elif ballot.method == "dots":
                parts = [f"{c.candidate_id.label} ●{c.value}" for c in choices]
            else:
                parts = [f"{c.candidate_id.label}: {c.value}" for c in choices]
            ballot.choice_summary = ", ".join(parts)

    @api.depends("partner_id", "round_id")
    def _compute_profile_snapshot(self):
        """The person's level, first role and part of the round's community, read for all
        the ballots at once."""
        communities = self.round_id.community_id
        memberships = self.env["community.membership"].search(
            [
                ("partner_id", "in", self.partner_id.ids),
                ("community_id", "child_of", communities.ids),
            ]
        )
        by_partner = memberships.grouped("partner_id")
        for ballot in self:
            partner = ballot.partner_id
            ballot.level_id = partner.community_level_id
            ballot.role_id = partner.community_role_ids[:1]
            prefix = ballot.round_id.community_id.parent_path or "-"
            parts = by_partner.get(partner, memberships.browse()).community_id.filtered(
                lambda c, prefix=prefix: c.parent_path.startswith(prefix)
            )
            ballot.area_id = parts.sorted(lambda c: len(c.parent_path), reverse=True)[:1]

    @api.constrains("choice_ids", "ballot_count", "partner_id")
    def _check_choices(self):
        for ballot in self:
            errors = choice_errors(
                self.env,
                ballot.round_id,
                {choice.candidate_id.id: choice.value for choice in ballot.choice_ids},
                ballot.ballot_count,
                named=bool(ballot.partner_id or ballot.submitted_name),
            )
            if errors:
                raise ValidationError(
                    self.env._(
                        "Ballot of %(who)s: %(errors)s",
                        who=ballot.display_name,
                        errors=" ".join(errors),
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        rounds = self.env["community.round"].browse(
            {vals.get("round_id") for vals in vals_list if vals.get("round_id")}
        )
        rounds._check_taking_ballots()
        if not self.env.su:
            # Who may run the round records its ballots (said before any other check).
            rounds.check_access("write")
        self._check_once_per_round(
            [
                (vals.get("round_id"), vals.get("partner_id"))
                for vals in vals_list
                if vals.get("state", "confirmed") != "rejected"
            ]
        )
        return super().create(vals_list)

    def write(self, vals):
        if not self.env.su:
            self.round_id._check_taking_ballots()
        if {"partner_id", "round_id", "state"} & vals.keys():
            self._check_once_per_round(
                [
                    (
                        vals.get("round_id", ballot.round_id.id),
                        vals.get("partner_id", ballot.partner_id.id),
                    )
                    for ballot in self
                    if vals.get("state", ballot.state) != "rejected"
                ]
            )
        return super().write(vals)

    def unlink(self):
        if not self.env.su:
            self.round_id._check_taking_ballots()
        return super().unlink()

    def _check_once_per_round(self, pairs):
        """Refuse a second ballot of a person in a round, naming them (rather than letting
        the database refuse it)."""
        pairs = [
            (round_id, partner_id) for round_id, partner_id in pairs if round_id and partner_id
        ]
        if not pairs:
            return
        twice = [pair for pair in set(pairs) if pairs.count(pair) > 1]
        if not twice:
            twice = self.env.execute_query(
                SQL(
                    "SELECT round_id, partner_id FROM community_ballot WHERE (round_id, "
                    "partner_id) IN %s AND state != 'rejected' AND NOT id = ANY(%s::int[]) LIMIT 1",
                    tuple(pairs),
                    self.ids,
                )
            )
        if twice:
            round_id, partner_id = twice[0]
            raise ValidationError(
                self.env._(
                    "%(person)s has already chosen in “%(round)s”: a person has one ballot per "
                    "round. Correct their ballot instead.",
                    person=self.env["res.partner"].browse(partner_id).display_name,
                    round=self.env["community.round"].browse(round_id).name,
                )
            )

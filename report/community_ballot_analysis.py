from odoo import fields, models, tools
from odoo.tools import SQL

from ..community_work.community_round import METHODS


class CommunityBallotAnalysis(models.Model):
    """Who chose which issue: one line per choice of a confirmed ballot, with the person's
    level, role and part of the community as they were when they chose."""

    _name = "community.ballot.analysis"
    _description = "Ballot Analysis"
    _auto = False
    _order = "round_id desc, candidate_id"

    round_id = fields.Many2one("community.round", readonly=True)
    candidate_id = fields.Many2one("community.round.candidate", string="Issue", readonly=True)
    need_id = fields.Many2one("community.need", string="Issue Recorded", readonly=True)
    community_id = fields.Many2one("community.community", readonly=True)
    initiative_id = fields.Many2one("community.initiative", readonly=True)
    method_id = fields.Many2one("community.method", string="Initiative Method", readonly=True)
    user_id = fields.Many2one(
        "res.users", string="Worker", readonly=True, help="The worker who set the round up."
    )
    round_state = fields.Selection(related="round_id.state", string="Round Status", readonly=True)
    company_id = fields.Many2one("res.company", readonly=True)
    method = fields.Selection(METHODS, readonly=True)
    date_close = fields.Date(string="Round Closes", readonly=True)
    ballot_id = fields.Many2one("community.ballot", readonly=True)
    partner_id = fields.Many2one("res.partner", string="Person", readonly=True)
    level_id = fields.Many2one(
        "community.ladder.level", string="Participation Level", readonly=True
    )
    role_id = fields.Many2one("community.role", string="Role", readonly=True)
    area_id = fields.Many2one("community.community", string="Part of the Community", readonly=True)
    is_organisation = fields.Boolean(string="Organisation", readonly=True)
    is_named = fields.Boolean(string="Named", readonly=True)
    origin = fields.Selection([("paper", "Paper"), ("online", "Online")], readonly=True)
    meeting_id = fields.Many2one("community.meeting", readonly=True)
    points = fields.Integer(
        readonly=True, help="Dots given, Borda points of the rank, or the score."
    )
    voter_count = fields.Integer(string="Ballots Naming It", readonly=True)
    first_choice_count = fields.Integer(string="Ranked First", readonly=True)
    ballots_cast = fields.Integer(
        readonly=True,
        help="Ballots cast (a flip chart of unnamed dots counting as the ballots it stands "
        "for), each counted once on its first choice: meaningful per round, community or "
        "period, not per issue (see Ballots Naming It).",
    )
    score = fields.Float(string="Average Score", readonly=True, aggregator="avg", digits=(16, 2))

    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        self.env.cr.execute(
            SQL(
                """
                CREATE VIEW %s AS (
                SELECT choice.id,
                       ballot.round_id,
                       choice.candidate_id,
                       candidate.need_id,
                       round.community_id,
                       round.initiative_id,
                       initiative.method_id,
                       round.create_uid AS user_id,
                       round.company_id,
                       round.method,
                       round.date_close,
                       ballot.id AS ballot_id,
                       ballot.partner_id,
                       ballot.level_id,
                       ballot.role_id,
                       ballot.area_id,
                       COALESCE(ballot.is_organisation, FALSE) AS is_organisation,
                       ballot.partner_id IS NOT NULL AS is_named,
                       ballot.origin,
                       ballot.meeting_id,
                       CASE WHEN round.method = 'ranking'
                            THEN round.candidate_count + 1 - choice.value
                            ELSE choice.value END AS points,
                       CASE WHEN ballot.ballot_count = 1 THEN 1 ELSE 0 END AS voter_count,
                       CASE WHEN round.method = 'ranking' AND choice.value = 1
                            THEN 1 ELSE 0 END AS first_choice_count,
                       CASE WHEN round.method = 'score' THEN choice.value END AS score,
                       CASE WHEN choice.id = MIN(choice.id) OVER (PARTITION BY ballot.id)
                            THEN ballot.ballot_count ELSE 0 END AS ballots_cast
                  FROM community_ballot_choice choice
                  JOIN community_ballot ballot ON ballot.id = choice.ballot_id
                  JOIN community_round round ON round.id = ballot.round_id
                  JOIN community_round_candidate candidate ON candidate.id = choice.candidate_id
             LEFT JOIN community_initiative initiative ON initiative.id = round.initiative_id
                 WHERE ballot.state = 'confirmed'
                )
                """,
                SQL.identifier(self._table),
            )
        )

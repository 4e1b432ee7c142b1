from odoo import api, fields, models


class CommunityBallotChoice(models.Model):
    """What a ballot gives one candidate issue: dots, a rank or a score."""

    _name = "community.ballot.choice"
    _description = "Ballot Choice"
    _order = "ballot_id, candidate_id"
    _check_company_auto = True

    ballot_id = fields.Many2one("community.ballot", required=True, index=True, ondelete="cascade")
    candidate_id = fields.Many2one(
        "community.round.candidate",
        string="Issue",
        required=True,
        index=True,
        ondelete="cascade",
        check_company=True,
        domain="[('round_id', '=', round_id)]",
    )
    value = fields.Integer(required=True, help="Dots given, rank (1 first) or score (1 to 5).")
    round_id = fields.Many2one(related="ballot_id.round_id", store=True, index=True)
    company_id = fields.Many2one(related="ballot_id.company_id", store=True, index=True)

    _sql_constraints = [
        (
            "ballot_candidate_uniq",
            "unique (ballot_id, candidate_id)",
            "A ballot gives each issue one value.",
        ),
    ]

    @api.constrains("value", "candidate_id", "ballot_id")
    def _check_ballot(self):
        self.ballot_id._check_choices()

    @api.model_create_multi
    def create(self, vals_list):
        ballots = self.env["community.ballot"].browse(
            {vals.get("ballot_id") for vals in vals_list if vals.get("ballot_id")}
        )
        if not self.env.su:
            ballots.round_id._check_taking_ballots()
        return super().create(vals_list)

    def write(self, vals):
        if not self.env.su:
            self.round_id._check_taking_ballots()
        return super().write(vals)

    def unlink(self):
        if not self.env.su:
            self.round_id._check_taking_ballots()
        return super().unlink()

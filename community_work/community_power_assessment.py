from odoo import api, fields, models
from odoo.exceptions import ValidationError

from .community_power_target import STANCES

LOWEST_INFLUENCE, HIGHEST_INFLUENCE = 1, 5
STANCE_ORDER = {stance: position for position, (stance, _label) in enumerate(STANCES)}


class CommunityPowerAssessment(models.Model):
    """One dated assessment of a decision-maker: where they stand, how much they can
    decide, and the evidence. Written once; the history of a power map."""

    _name = "community.power.assessment"
    _description = "Power Map Assessment"
    _order = "date desc, id desc"
    _rec_name = "target_id"
    _check_company_auto = True

    target_id = fields.Many2one(
        "community.power.target", required=True, index=True, ondelete="cascade"
    )
    date = fields.Date(required=True, default=fields.Date.context_today, index=True)
    stance = fields.Selection(STANCES, required=True, default="neutral")
    influence = fields.Integer(required=True, default=3, aggregator="avg")
    evidence = fields.Text(help="What they said or did that shows where they stand.")
    meeting_id = fields.Many2one(
        "community.meeting",
        string="Meeting or Action",
        index="btree_not_null",
        ondelete="set null",
        check_company=True,
        help="The meeting, delegation or action where they said or did it.",
    )
    user_id = fields.Many2one(
        "res.users", string="Recorded By", default=lambda self: self.env.user, readonly=True
    )
    # Set when the assessment is recorded, from the one before it.
    stance_before = fields.Selection(
        STANCES, compute="_compute_before", store=True, string="Stance Before"
    )
    influence_before = fields.Integer(compute="_compute_before", store=True, aggregator=False)
    stance_shift = fields.Integer(
        compute="_compute_before",
        store=True,
        help="Bands moved towards us (negative: away from us).",
    )
    partner_id = fields.Many2one(
        related="target_id.partner_id", string="Decision-Maker", store=True, index=True
    )
    coalition_id = fields.Many2one(related="target_id.coalition_id", store=True)
    initiative_id = fields.Many2one(related="target_id.initiative_id", store=True)
    company_id = fields.Many2one(related="target_id.company_id", store=True, index=True)

    @api.depends("target_id")
    def _compute_before(self):
        for assessment in self:
            earlier = assessment.target_id.assessment_ids.filtered(
                lambda other, assessment=assessment: (
                    (other.date, other.id or 0) < (assessment.date, assessment.id or 0)
                )
            ).sorted(lambda other: (other.date, other.id))[-1:]
            assessment.stance_before = earlier.stance
            assessment.influence_before = earlier.influence
            assessment.stance_shift = (
                STANCE_ORDER[assessment.stance] - STANCE_ORDER[earlier.stance]
                if earlier and assessment.stance
                else 0
            )

    @api.constrains("influence", "target_id")
    def _check_influence(self):
        for assessment in self:
            if not LOWEST_INFLUENCE <= assessment.influence <= HIGHEST_INFLUENCE:
                raise ValidationError(
                    self.env._(
                        "Influence goes from %(lowest)s (little) to %(highest)s (decides): "
                        "%(influence)s for “%(partner)s” is outside.",
                        lowest=LOWEST_INFLUENCE,
                        highest=HIGHEST_INFLUENCE,
                        influence=assessment.influence,
                        partner=assessment.target_id.partner_id.display_name,
                    )
                )

    @api.constrains("evidence", "target_id")
    def _check_evidence(self):
        for assessment in self:
            if not (assessment.evidence or "").strip():
                raise ValidationError(
                    self.env._(
                        "Say what “%(partner)s” said or did that shows where they stand: "
                        "an assessment needs its evidence.",
                        partner=assessment.target_id.partner_id.display_name,
                    )
                )

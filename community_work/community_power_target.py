from datetime import timedelta

from odoo import Command, api, fields, models
from odoo.exceptions import ValidationError

from .linked_records import check_linked_records
from .window_action import window_action

STANCES = [
    ("active_opponent", "Active Opponent"),
    ("opponent", "Opponent"),
    ("neutral", "Neutral"),
    ("ally", "Ally"),
    ("active_ally", "Active Ally"),
]
# What a reassessment records; the target shows the latest one.
ASSESSED_FIELDS = ("stance", "influence")
# A map goes stale when nobody has looked at a target for this long.
STALE_AFTER = timedelta(days=180)


class CommunityPowerTarget(models.Model):
    """A decision-maker on the power map of a coalition or an initiative: what we ask
    of them, where they stand, how much they can decide, and who can reach them.

    Stance and influence are never overwritten: each change is a dated assessment
    with its evidence, and the target shows the latest one."""

    _name = "community.power.target"
    _description = "Power Map Target"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "influence desc, id"
    _rec_name = "partner_id"
    _check_company_auto = True

    partner_id = fields.Many2one(
        "res.partner",
        string="Decision-Maker",
        required=True,
        index=True,
        ondelete="restrict",
        tracking=True,
        check_company=True,
        domain=lambda self: self._decision_maker_domain(),
    )
    coalition_id = fields.Many2one(
        "community.coalition",
        index="btree_not_null",
        ondelete="cascade",
        check_company=True,
    )
    initiative_id = fields.Many2one(
        "community.initiative",
        index="btree_not_null",
        ondelete="cascade",
        check_company=True,
    )
    target_type = fields.Selection(
        [("primary", "Primary"), ("secondary", "Secondary")],
        string="Target",
        required=True,
        default="primary",
        help="Primary targets can give what we ask; secondary ones can move a primary target.",
    )
    ask = fields.Text(string="What We Ask", tracking=True)
    access_partner_ids = fields.Many2many(
        "res.partner",
        "community_power_target_access_rel",
        "target_id",
        "partner_id",
        string="Who Has Access",
        help="People of the group who know the decision-maker or can reach them.",
    )
    assessment_ids = fields.One2many(
        "community.power.assessment", "target_id", string="Assessment History"
    )
    stance = fields.Selection(
        STANCES,
        compute="_compute_current_assessment",
        store=True,
        readonly=False,
        index=True,
    )
    influence = fields.Integer(
        compute="_compute_current_assessment",
        store=True,
        readonly=False,
        aggregator="avg",
        help="How much they can decide what we ask: 1 little, 5 they decide.",
    )
    date_assessed = fields.Date(
        string="Last Assessed", compute="_compute_current_assessment", store=True
    )
    last_stance_shift = fields.Integer(
        string="Last Move",
        compute="_compute_current_assessment",
        store=True,
        aggregator=False,
        help="Bands the last reassessment moved them towards us (negative: away from us).",
    )
    partner_name = fields.Char(related="partner_id.name", string="Name")
    partner_function = fields.Char(related="partner_id.function", string="Job Position")
    evidence = fields.Text(
        compute="_compute_evidence",
        readonly=False,
        help="What they said or did that shows where they stand.",
    )
    is_stale = fields.Boolean(string="Needs Reassessing", compute="_compute_is_stale")
    meeting_count = fields.Integer(
        compute="_compute_meeting_count",
        help="Meetings and actions the decision-maker was on the roll call of.",
    )
    company_id = fields.Many2one(
        "res.company", compute="_compute_company_id", store=True, index=True
    )
    active = fields.Boolean(default=True)

    def _decision_maker_domain(self):
        role = self.env.ref(
            "community_work.community_role_decision_maker", raise_if_not_found=False
        )
        return [("community_role_ids", "in", role.ids)] if role else []

    @api.depends(
        "assessment_ids.date",
        "assessment_ids.stance",
        "assessment_ids.influence",
        "assessment_ids.stance_shift",
    )
    def _compute_current_assessment(self):
        for target in self:
            latest = target.assessment_ids.sorted(lambda a: (a.date, a.id or 0))[-1:]
            target.stance = latest.stance
            target.influence = latest.influence
            target.date_assessed = latest.date
            target.last_stance_shift = latest.stance_shift

    def _compute_evidence(self):
        self.evidence = False

    def _compute_is_stale(self):
        limit = fields.Date.context_today(self) - STALE_AFTER
        for target in self:
            target.is_stale = not target.date_assessed or target.date_assessed < limit

    def _compute_meeting_count(self):
        counts = dict(
            self.env["community.attendance"]._read_group(
                [("partner_id", "in", self.partner_id.ids)], ["partner_id"], ["__count"]
            )
        )
        for target in self:
            target.meeting_count = counts.get(target.partner_id, 0)

    @api.depends("coalition_id.company_id", "initiative_id.company_id")
    def _compute_company_id(self):
        for target in self:
            target.company_id = target.coalition_id.company_id or target.initiative_id.company_id

    @api.constrains("coalition_id", "initiative_id")
    def _check_map(self):
        for target in self:
            if bool(target.coalition_id) == bool(target.initiative_id):
                raise ValidationError(
                    self.env._(
                        "“%(partner)s” must be on the power map of either a coalition or an "
                        "initiative.",
                        partner=target.partner_id.display_name,
                    )
                )

    @api.constrains("partner_id", "coalition_id", "initiative_id")
    def _check_once_per_map(self):
        for target in self:
            same_map = self.with_context(active_test=False).search_count(
                [
                    ("id", "!=", target.id),
                    ("partner_id", "=", target.partner_id.id),
                    ("coalition_id", "=", target.coalition_id.id),
                    ("initiative_id", "=", target.initiative_id.id),
                ],
                limit=1,
            )
            if same_map:
                raise ValidationError(
                    self.env._(
                        "“%(partner)s” is already on this power map.",
                        partner=target.partner_id.display_name,
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        for field in ("coalition_id", "initiative_id"):
            default = self.env.context.get(f"default_{field}")
            check_linked_records(
                self.env,
                self._fields[field].comodel_name,
                {vals.get(field, default) for vals in vals_list},
            )
        assessments = [self._pop_assessment(vals) for vals in vals_list]
        targets = super().create(vals_list)
        targets._mark_decision_makers()
        self.env["community.power.assessment"].create(
            [
                values
                for target, assessment in zip(targets, assessments, strict=True)
                if assessment
                for values in target._assessment_values(**assessment)
            ]
        )
        return targets

    def write(self, vals):
        assessment = self._pop_assessment(vals)
        result = super().write(vals) if vals else True
        if assessment:
            self._log_assessments(**assessment)
        if "partner_id" in vals:
            self._mark_decision_makers()
        return result

    @api.model
    def _pop_assessment(self, vals):
        """Take stance, influence and evidence out of `vals`: they become an assessment."""
        evidence = vals.pop("evidence", None)
        assessment = {field: vals.pop(field) for field in ASSESSED_FIELDS if field in vals}
        if assessment:
            assessment["evidence"] = evidence
        return assessment

    def _log_assessments(self, **assessment):
        self.env["community.power.assessment"].create(self._assessment_values(**assessment))

    def _assessment_values(self, evidence, stance=None, influence=None, date=None):
        """A dated assessment per target; what is not reassessed stays as it was."""
        return [
            {
                "target_id": target.id,
                "stance": stance or target.stance,
                "influence": influence if influence is not None else target.influence,
                "evidence": evidence,
                "date": date or fields.Date.context_today(self),
            }
            for target in self
        ]

    def _mark_decision_makers(self):
        """Whoever is on a power map is a decision-maker among the contacts."""
        role = self.env.ref(
            "community_work.community_role_decision_maker", raise_if_not_found=False
        )
        unmarked = self.partner_id.filtered(lambda partner: role not in partner.community_role_ids)
        if role and unmarked:
            unmarked.write({"community_role_ids": [Command.link(role.id)]})

    def action_view_meetings(self):
        self.ensure_one()
        return window_action(
            self.env,
            "community_work.community_meeting_action",
            [("attendance_ids.partner_id", "=", self.partner_id.id)],
        )

    def reassess(self, stance, influence, evidence):
        """Record where the targets stand now, with what shows it (the power map's drop)."""
        self._log_assessments(evidence=evidence, stance=stance, influence=influence)
        return True

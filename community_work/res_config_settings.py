from odoo import api, fields, models
from odoo.exceptions import ValidationError

from .community_participation_breadth_mixin import (
    DEFAULT_MAX_TOP_SHARE,
    DEFAULT_MIN_PARTICIPANTS,
)


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    community_breadth_min_participants = fields.Integer(
        string="Fewest Participants",
        config_parameter="community_work.breadth_min_participants",
        default=DEFAULT_MIN_PARTICIPANTS,
        help="Participation narrows when fewer people than this came to an initiative's or "
        "a community's meetings in the last 90 days.",
    )
    community_breadth_max_top_share = fields.Float(
        string="Largest Share of the Three Most Frequent",
        config_parameter="community_work.breadth_max_top_share",
        default=DEFAULT_MAX_TOP_SHARE,
        help="Participation narrows when the three people who came most often hold more "
        "than this share of the last 90 days' attendances.",
    )

    @api.constrains("community_breadth_min_participants", "community_breadth_max_top_share")
    def _check_community_breadth(self):
        for settings in self:
            if settings.community_breadth_min_participants < 1:
                raise ValidationError(
                    self.env._("Participation needs at least one participant to be counted.")
                )
            if not 0 < settings.community_breadth_max_top_share <= 1:
                raise ValidationError(
                    self.env._(
                        "The share of the three most frequent participants is between 0 and 100%."
                    )
                )

    def set_values(self):
        thresholds = self.env["community.initiative"]._breadth_thresholds()
        super().set_values()
        if self.env["community.initiative"]._breadth_thresholds() != thresholds:
            self.env["community.initiative"]._update_participation_narrowing()
            self.env["community.community"]._update_participation_narrowing()

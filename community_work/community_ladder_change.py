from odoo import api, fields, models


class CommunityLadderChange(models.Model):
    """One move of a person on the participation ladder, written by res.partner.

    Workers read the history; only the system writes it and managers correct it."""

    _name = "community.ladder.change"
    _description = "Participation Level Change"
    _order = "date desc, id desc"
    _rec_name = "partner_id"

    # Deleting a contact does not silently delete its history (see res.partner).
    partner_id = fields.Many2one(
        "res.partner", string="Person", required=True, index=True, ondelete="restrict"
    )
    level_from_id = fields.Many2one(
        "community.ladder.level", string="From Level", ondelete="restrict"
    )
    level_to_id = fields.Many2one("community.ladder.level", string="To Level", ondelete="restrict")
    date = fields.Datetime(required=True, default=fields.Datetime.now, index=True)
    user_id = fields.Many2one("res.users", string="Recorded By", default=lambda self: self.env.user)
    reason = fields.Char()
    direction = fields.Selection(
        [("up", "Up"), ("down", "Down"), ("start", "First Level"), ("left", "Left the Ladder")],
        compute="_compute_direction",
        store=True,
    )

    # Set when the move is recorded: reordering the ladder later does not rewrite history.
    @api.depends("level_from_id", "level_to_id")
    def _compute_direction(self):
        for change in self:
            if not change.level_from_id:
                change.direction = "start"
            elif not change.level_to_id:
                change.direction = "left"
            elif change.level_to_id.sequence >= change.level_from_id.sequence:
                change.direction = "up"
            else:
                change.direction = "down"

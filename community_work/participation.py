from odoo.tools import SQL

# Rolling window of the "recent" figures of people, initiatives and communities.
RECENT_DAYS = 90
# Roll-call lines that count as taking part: the person came, and the meeting was not
# cancelled (the lines of a cancelled meeting are kept, should it be set back).
ATTENDED = SQL("a.status = 'attended' AND a.meeting_state != 'cancelled'")
# Context key under which attendance changes leave the refresh of participation figures to
# the caller, which refreshes them once for all its changes.
DEFERRED_KEY = "community_participation_deferred"


class ParticipationScope:
    """The contacts, initiatives and communities whose participation figures a change of
    attendance touches."""

    def __init__(self, partner_ids=(), initiative_ids=(), community_ids=()):
        self.partner_ids = set(partner_ids)
        self.initiative_ids = set(initiative_ids)
        self.community_ids = set(community_ids)

    def __or__(self, other):
        return ParticipationScope(
            self.partner_ids | other.partner_ids,
            self.initiative_ids | other.initiative_ids,
            self.community_ids | other.community_ids,
        )

    def __bool__(self):
        return bool(self.partner_ids or self.initiative_ids or self.community_ids)

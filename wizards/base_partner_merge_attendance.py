from odoo import Command, api, models

from ..community_work.participation import ParticipationScope

# Which line to keep when two merged contacts are on the same roll call.
STATUS_RANK = {"attended": 0, "apologised": 1, "invited": 2, "absent": 3}


class BasePartnerMergeAutomaticWizard(models.TransientModel):
    """Merging contacts keeps one roll-call line per meeting and recounts participation."""

    _inherit = "base.partner.merge.automatic.wizard"

    @api.model
    def _update_foreign_keys(self, src_partners, dst_partner):
        people = src_partners | dst_partner
        self._drop_duplicate_attendance(people, dst_partner)
        # Pending suggestions are recomputed for the merged person by the next run.
        self.env["community.ladder.suggestion"].sudo().search(
            [("partner_id", "in", people.ids), ("state", "=", "pending")]
        ).unlink()
        super()._update_foreign_keys(src_partners, dst_partner)
        lines = (
            self.env["community.attendance"].sudo().search([("partner_id", "=", dst_partner.id)])
        )
        self.env["community.attendance"]._refresh_participation(
            ParticipationScope(dst_partner.ids) | lines._participation_scope()
        )

    @api.model
    def _drop_duplicate_attendance(self, people, dst_partner):
        """Keep, for each meeting, the line that says most (came before apologised...),
        the destination's first, with the roles of all of them."""
        lines = self.env["community.attendance"].sudo().search([("partner_id", "in", people.ids)])
        for same_meeting in lines.grouped("meeting_id").values():
            if len(same_meeting) < 2:
                continue
            kept, *dropped = same_meeting.sorted(
                lambda line: (STATUS_RANK[line.status], line.partner_id != dst_partner, line.id)
            )
            dropped = self.env["community.attendance"].union(*dropped)
            roles = dropped.role_ids - kept.role_ids
            dropped.unlink()
            if roles:
                kept.role_ids = [Command.link(role.id) for role in roles]

from odoo import api, models


class BasePartnerMergeAutomaticWizard(models.TransientModel):
    """Merging contacts keeps one ballot per round (a person chooses once: the first ballot
    counts) and recounts the people who share each issue they raised."""

    _inherit = "base.partner.merge.automatic.wizard"

    @api.model
    def _update_foreign_keys(self, src_partners, dst_partner):
        people = src_partners | dst_partner
        ballots = (
            self.env["community.ballot"]
            .sudo()
            .search(
                [("partner_id", "in", people.ids), ("state", "!=", "rejected")], order="date, id"
            )
        )
        for same_round in ballots.grouped("round_id").values():
            same_round[1:].unlink()
        super()._update_foreign_keys(src_partners, dst_partner)
        needs = (
            self.env["community.need.raising"]
            .sudo()
            .search([("partner_id", "=", dst_partner.id)])
            .need_id
        )
        self.env.add_to_compute(self.env["community.need"]._fields["raised_count"], needs)

from odoo import api, models


class ResPartner(models.Model):
    """Who raised an issue or chose in a round has a community profile: archived rather than
    deleted, and when a manager deletes the contact, these records go with it."""

    _inherit = "res.partner"

    def _with_community_profile(self):
        partner_ids = set()
        for model in ("community.need.raising", "community.ballot"):
            groups = (
                self.env[model].sudo()._read_group([("partner_id", "in", self.ids)], ["partner_id"])
            )
            partner_ids.update(partner.id for [partner] in groups)
        return super()._with_community_profile() | self.browse(partner_ids)

    @api.ondelete(at_uninstall=False)
    def _unlink_community_profile(self):
        super()._unlink_community_profile()
        domain = [("partner_id", "in", self.ids)]
        self.env["community.need.raising"].sudo().search(domain).unlink()
        self.env["community.ballot"].sudo().search(domain).unlink()

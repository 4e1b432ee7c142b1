from odoo import api, models


class CommunityAccessRequestReport(models.AbstractModel):
    """The printed answer to an access request: what the addon holds about a person."""

    _name = "report.community_work.report_access_request"
    _description = "Access Request Report"

    @api.model
    def _get_report_values(self, docids, data=None):
        docs = self.env["res.partner"].browse(docids)
        return {
            "doc_ids": docids,
            "doc_model": "res.partner",
            "docs": docs,
            "access_data": docs._community_access_data(),
        }

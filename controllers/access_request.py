import json

from odoo import http
from odoo.http import content_disposition, request


class AccessRequest(http.Controller):
    """The machine-readable answer to an access request, for community work managers."""

    @http.route(
        "/community_work/access_request/<int:partner_id>",
        type="http",
        auth="user",
        methods=["GET"],
        sitemap=False,
    )
    def access_request_json(self, partner_id, **kwargs):
        partner = request.env["res.partner"].with_context(active_test=False).browse(partner_id)
        if not partner.exists():
            raise request.not_found()
        # Refuses anyone but managers, and contacts of companies the user does not have.
        data = partner._community_access_data()[partner.id]
        body = json.dumps(
            {
                "contact": data["profile"],
                "exported_on": data["exported_on"],
                **{section["key"]: section["rows"] for section in data["sections"]},
            },
            ensure_ascii=False,
            indent=2,
        )
        filename = f"personal-data-{partner.id}.json"
        return request.make_response(
            body,
            headers=[
                ("Content-Type", "application/json; charset=utf-8"),
                ("Content-Disposition", content_disposition(filename)),
                ("Cache-Control", "no-store"),
            ],
        )

import re

from odoo import http
from odoo.exceptions import UserError, ValidationError
from odoo.http import request

from ..community_work.ballot_choices import parse_whole_number

CHOICE_FIELD = re.compile(r"^choice_(\d{1,9})$")
# Left empty by people; filled in by robots that fill in every field.
HONEYPOT_FIELD = "website_url"


class RoundPage(http.Controller):
    """The public page of an open prioritisation round: residents raise an issue in their
    own words and make their choices; entries wait for a worker to confirm them.

    Shows the round's public title, introduction and candidate issues, nothing else. The
    round is read as superuser by its unguessable link, and the entry is checked and
    written by community.ballot._submit_online."""

    @http.route(
        "/community/vote/<string:token>",
        type="http",
        auth="public",
        website=True,
        methods=["GET"],
        sitemap=False,
    )
    def round_page(self, token, **kwargs):
        round_ = request.env["community.round"]._for_public_token(token)
        if not round_:
            raise request.not_found()
        return self._render_page(round_)

    @http.route(
        "/community/vote/<string:token>",
        type="http",
        auth="public",
        website=True,
        methods=["POST"],
        sitemap=False,
    )
    def round_submit(self, token, **post):
        round_ = request.env["community.round"]._for_public_token(token)
        if not round_:
            raise request.not_found()
        if post.get(HONEYPOT_FIELD):
            return request.render("community_work.round_page_thanks", {"voting_round": round_})
        choices, errors = self._read_choices(post)
        partner = self._known_partner()
        details = {
            "partner": partner,
            "name": post.get("name"),
            "email": post.get("email"),
            "phone": post.get("phone"),
            "consent": bool(post.get("consent")),
            "words": post.get("words"),
        }
        if not errors:
            address = request.httprequest.remote_addr
            try:
                with request.env.cr.savepoint():
                    errors = (
                        request.env["community.ballot"]
                        .sudo()
                        ._submit_online(round_, details, choices, address)
                    )
            except (UserError, ValidationError) as error:
                errors = [error.args[0]]
        if errors:
            return self._render_page(round_, errors=errors, posted=post, choices=choices)
        return request.render("community_work.round_page_thanks", {"voting_round": round_})

    def _known_partner(self):
        user = request.env.user
        return None if user._is_public() else user.partner_id

    def _read_choices(self, post):
        """{candidate id: whole number} from the posted fields, and what could not be read."""
        choices, errors = {}, []
        for key, text in post.items():
            if not key.startswith("choice_"):
                continue
            match = CHOICE_FIELD.match(key)
            try:
                if not match:
                    raise ValueError(key)
                value = parse_whole_number(text)
            except ValueError:
                errors = [request.env._("Enter whole numbers only.")]
                continue
            if value:
                choices[int(match.group(1))] = value
        return choices, errors

    def _render_page(self, round_, errors=(), posted=None, choices=None):
        closed = round_._online_closed_reasons()
        return request.render(
            "community_work.round_page",
            {
                "voting_round": round_,
                "candidates": round_.candidate_ids,
                "result": round_.candidate_ids.sorted(lambda c: (c.result_rank, c.sequence))
                if round_.state == "closed" and round_.results_public
                else [],
                "closed_reasons": closed,
                "errors": errors,
                "posted": posted or {},
                "choices": choices or {},
                "partner": self._known_partner(),
                "res_company": round_.company_id,
            },
        )

import json

from odoo.tests import HttpCase, tagged
from odoo.tools import mute_logger

from .common_security import TwoCompaniesCase
from .erasure_common import ErasureCase


@tagged("post_install", "-at_install")
class TestAccessRequestDownload(HttpCase, ErasureCase, TwoCompaniesCase):
    """The machine-readable file is for managers, and for contacts of their companies."""

    def _get(self, login, partner):
        self.authenticate(login, login)
        return self.url_open(f"/community_work/access_request/{partner.id}")

    def test_manager_downloads_the_file(self):
        response = self._get("cw_manager", self.person)
        self.assertEqual(response.status_code, 200)
        self.assertIn("attachment", response.headers["Content-Disposition"])
        data = json.loads(response.text)
        self.assertEqual(data["contact"]["email"], "petra@example.com")
        self.assertEqual(data["attendance"][0]["meeting_id"], "Residents' evening")
        self.assertEqual(data["memberships"][0]["note"], "Flat 4B")

    # Debian's wkhtmltopdf (unpatched Qt) warns that it ignores some switches.
    @mute_logger("odoo.addons.base.models.ir_actions_report")
    def test_pdf_renders(self):
        reports = self.env["ir.actions.report"].with_context(force_report_rendering=True)
        pdf, kind = reports.with_user(self.manager)._render_qweb_pdf(
            "community_work.community_access_request_report", self.person.ids
        )
        self.assertEqual(kind, "pdf")
        self.assertTrue(pdf.startswith(b"%PDF"))

    @mute_logger("odoo.http")
    def test_others_are_refused(self):
        for login in ("cw_worker", "cw_outsider"):
            response = self._get(login, self.person)
            self.assertEqual(response.status_code, 403, login)
            self.assertNotIn("petra@example.com", response.text)
        response = self._get("cw_manager", self.far_resident)
        self.assertEqual(response.status_code, 403)
        self.assertNotIn("Fiona", response.text)
        self.authenticate(None, None)
        response = self.url_open(f"/community_work/access_request/{self.person.id}")
        self.assertNotIn("petra@example.com", response.text)

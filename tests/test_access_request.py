from odoo import Command
from odoo.tests import tagged

from .erasure_common import ErasureCase

REPORT = "community_work.community_access_request_report"


@tagged("post_install", "-at_install")
class TestAccessRequest(ErasureCase):
    """Everything the addon holds about a person, gathered once for the PDF and the file."""

    def _sections(self, partner):
        data = partner.with_user(self.manager)._community_access_data()[partner.id]
        return data, {section["key"]: section["rows"] for section in data["sections"]}

    def test_export_holds_the_whole_profile(self):
        purpose = self.env.ref("community_work.community_consent_purpose_photos")
        self.env["community.consent"].create(
            {"partner_id": self.person.id, "purpose_id": purpose.id, "channel": "verbal"}
        )
        data, sections = self._sections(self.person)
        profile = data["profile"]
        self.assertEqual(profile["name"], "Petra Private")
        self.assertEqual(profile["email"], "petra@example.com")
        self.assertEqual(profile["comment"], "Lives with her mother")
        self.assertEqual(profile["community_skill_ids"], ["Cooking"])
        self.assertEqual(profile["community_level_id"], "Participant")
        self.assertEqual(sections["memberships"][0]["community_id"], "Testville / North")
        self.assertEqual(sections["level_history"][0]["reason"], "Came twice")
        [line] = sections["attendance"]
        self.assertEqual(line["meeting_id"], "Residents' evening")
        self.assertEqual(line["status"], "Came")
        self.assertEqual(sections["needs_raised"][0]["words"], "Too many lorries")
        self.assertEqual(sections["initiatives"][0]["name"], "Playground campaign")
        self.assertEqual(sections["ballots"], [])
        [consent] = sections["consents"]
        self.assertEqual((consent["purpose_id"], consent["channel"]), (purpose.name, "Verbal"))
        # Nothing of another person.
        self.assertNotIn("Rita Resident", str(data))

    def test_readable_report(self):
        html = (
            self.env["ir.actions.report"]
            .with_user(self.manager)
            ._render_qweb_html(REPORT, self.person.ids)[0]
            .decode()
        )
        for text in ("Petra Private", "petra@example.com", "Meetings and Roll Calls",
                     "Residents&#39; evening", "Too many lorries", "Came twice"):  # fmt: skip
            self.assertIn(text, html)
        self.assertNotIn("Rita Resident", html)

    def test_reads_do_not_grow_with_the_lines(self):
        def export():
            self.env.invalidate_all()
            self.person.with_user(self.manager)._community_access_data()

        export()  # warm up the caches that do not depend on the person
        with self.assertQueryCount(37):
            export()
        kind = self.env.ref("community_work.community_meeting_kind_residents")
        communities = self.env["community.community"].create(
            [{"name": f"Estate {n}", "parent_id": self.district.id} for n in range(5)]
        )
        self.person.community_membership_ids = [
            Command.create({"community_id": community.id}) for community in communities
        ]
        self.env["community.meeting"].create(
            [
                {
                    "name": f"Meeting {n}",
                    "kind_id": kind.id,
                    "community_id": communities[n].id,
                    "start": f"2026-02-0{n + 1} 18:00:00",
                    "attendance_ids": [Command.create({"partner_id": self.person.id})],
                }
                for n in range(5)
            ]
        )
        with self.assertQueryCount(37):
            export()

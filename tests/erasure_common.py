from odoo import Command
from odoo.tests import Form

from .common import CommunityWorkCase

# A one-pixel PNG, base64-encoded.
PIXEL = (
    b"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9aw"
    b"AAAABJRU5ErkJggg=="
)


class ErasureCase(CommunityWorkCase):
    """A resident with a full community profile: contact details, tags, skills, a
    membership, a level history, a roll call, an issue raised, messages and files."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        env = cls.env
        ref = env.ref
        cls.tag = env["res.partner.category"].create({"name": "Tenant"})
        cls.skill = env["community.skill"].create({"name": "Cooking"})
        cls.person = env["res.partner"].create(
            {
                "name": "Petra Private",
                "email": "petra@example.com",
                "phone": "+36 1 555 0101",
                "mobile": "+36 30 555 0101",
                "street": "1 Quay Street",
                "city": "Northbridge",
                "zip": "1010",
                "website": "https://petra.example.com",
                "comment": "<p>Lives with her mother</p>",
                "function": "Teacher",
                "image_1920": PIXEL,
                "category_id": [Command.link(cls.tag.id)],
                "community_skill_ids": [Command.link(cls.skill.id)],
                "community_role_ids": [
                    Command.link(ref("community_work.community_role_resident").id)
                ],
                "community_membership_ids": [
                    Command.create({"community_id": cls.district.id, "note": "Flat 4B"})
                ],
            }
        )
        cls.person.with_context(
            community_level_reason="Came twice"
        ).community_level_id = cls.level_participant
        cls.initiative = cls._create_initiative(activist_ids=[Command.link(cls.person.id)])
        cls.meeting = env["community.meeting"].create(
            {
                "name": "Residents' evening",
                "kind_id": ref("community_work.community_meeting_kind_residents").id,
                "initiative_id": cls.initiative.id,
                "start": "2026-01-10 18:00:00",
                "user_id": cls.worker.id,
                "attendance_ids": [
                    Command.create(
                        {
                            "partner_id": cls.person.id,
                            "status": "attended",
                            "note": "Her son's school",
                        }
                    ),
                    Command.create({"partner_id": cls.resident.id, "status": "attended"}),
                ],
            }
        )
        cls.need = env["community.need"].create(
            {"name": "Lorries on Quay Street", "community_id": cls.district.id}
        )
        env["community.need.raising"].create(
            {"need_id": cls.need.id, "partner_id": cls.person.id, "words": "Too many lorries"}
        )

    def _mail_about_person(self):
        """Messages, a file, a follower line and an activity about the person."""
        person = self.person
        person.message_post(body="Called her about the evening")
        self.env["ir.attachment"].create(
            {"name": "sign-in.pdf", "raw": b"%PDF", "res_model": "res.partner", "res_id": person.id}
        )
        self.initiative.message_subscribe(partner_ids=person.ids)
        self.initiative.message_post(body="I can bring chairs", author_id=person.id)

    def _erase(self, partners, user=None):
        wizard = Form(
            self.env["community.erasure.wizard"]
            .with_user(user or self.manager)
            .with_context(default_partner_ids=partners.ids)
        )
        wizard.confirm = True
        return wizard.save().action_erase()

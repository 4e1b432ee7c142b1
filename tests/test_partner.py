from odoo.exceptions import ValidationError
from odoo.tests import Form, tagged

from .common import CommunityWorkCase


@tagged("post_install", "-at_install")
class TestPartner(CommunityWorkCase):
    def test_first_level_is_recorded(self):
        partner = self.env["res.partner"].create(
            {"name": "Pia", "community_level_id": self.level_contact.id}
        )
        change = partner.community_level_change_ids
        self.assertEqual(len(change), 1)
        self.assertFalse(change.level_from_id)
        self.assertEqual(change.level_to_id, self.level_contact)
        self.assertEqual(change.direction, "start")

    def test_every_level_change_is_kept_with_who_and_why(self):
        self.resident.community_level_id = self.level_contact
        self.resident.with_user(self.worker).with_context(
            community_level_reason="Came to three meetings"
        ).write({"community_level_id": self.level_participant.id})
        self.resident.community_level_id = self.level_contact
        changes = self.resident.community_level_change_ids.sorted("id")
        self.assertEqual(len(changes), 3)
        self.assertEqual(changes[1].level_from_id, self.level_contact)
        self.assertEqual(changes[1].level_to_id, self.level_participant)
        self.assertEqual(changes[1].user_id, self.worker)
        self.assertEqual(changes[1].reason, "Came to three meetings")
        self.assertEqual(changes.mapped("direction"), ["start", "up", "down"])

    def test_writing_the_same_level_adds_no_history(self):
        self.resident.community_level_id = self.level_contact
        self.resident.write({"community_level_id": self.level_contact.id, "phone": "123"})
        self.resident.write({"name": "Rita R."})
        self.assertEqual(len(self.resident.community_level_change_ids), 1)

    def test_unknown_or_archived_level_is_refused(self):
        with self.assertRaises(ValidationError):
            self.resident.write({"community_level_id": 999999})
        archived = self.env["community.ladder.level"].create(
            {"name": "Retired rung", "active": False}
        )
        with self.assertRaises(ValidationError):
            self.env["res.partner"].create({"name": "Tom", "community_level_id": archived.id})
        self.assertFalse(self.resident.community_level_id)
        self.assertFalse(self.resident.community_level_change_ids)

    def test_level_wizard_moves_several_people_with_a_reason(self):
        partners = self.resident | self.env["res.partner"].create({"name": "Sam"})
        wizard = Form(
            self.env["community.level.wizard"]
            .with_user(self.worker)
            .with_context(default_partner_ids=partners.ids)
        )
        wizard.level_id = self.level_activist
        wizard.reason = "Led the petition"
        wizard.save().action_apply()
        self.assertEqual(partners.community_level_id, self.level_activist)
        self.assertEqual(
            partners.community_level_change_ids.mapped("reason"), ["Led the petition"] * 2
        )

    def test_level_wizard_takes_the_selected_contacts(self):
        partners = self.resident | self.env["res.partner"].create({"name": "Sam"})
        wizard = (
            self.env["community.level.wizard"]
            .with_context(active_model="res.partner", active_ids=partners.ids)
            .create({"level_id": self.level_participant.id, "reason": "Joined the clean-up"})
        )
        self.assertEqual(wizard.partner_ids, partners)

    def test_reordering_the_ladder_keeps_past_moves(self):
        self.resident.community_level_id = self.level_contact
        self.resident.community_level_id = self.level_participant
        move = self.resident.community_level_change_ids[0]
        self.assertEqual(move.direction, "up")
        self.level_contact.sequence = 99
        self.assertEqual(move.direction, "up")

    def test_merging_contacts_keeps_one_membership_per_community(self):
        duplicate = self.env["res.partner"].create({"name": "Rita Resident (old)"})
        Membership = self.env["community.membership"]
        Membership.create(
            [
                {"community_id": self.district.id, "partner_id": self.resident.id},
                {"community_id": self.district.id, "partner_id": duplicate.id},
                {"community_id": self.city.id, "partner_id": duplicate.id},
            ]
        )
        self.resident.community_level_id = self.level_activist
        self.env["base.partner.merge.automatic.wizard"]._merge(
            (self.resident | duplicate).ids, self.resident, extra_checks=False
        )
        self.assertFalse(duplicate.exists())
        self.assertEqual(
            self.resident.community_membership_ids.community_id, self.district | self.city
        )
        self.assertEqual(self.resident.community_ids, self.district | self.city)
        self.assertEqual(self.resident.community_membership_ids.level_id, self.level_activist)

    def test_contacts_group_by_level_role_and_community(self):
        activist_role = self.env.ref("community_work.community_role_resident")
        self.resident.write(
            {
                "community_level_id": self.level_activist.id,
                "community_role_ids": [(4, activist_role.id)],
            }
        )
        self.env["community.membership"].create(
            {"community_id": self.district.id, "partner_id": self.resident.id}
        )
        self.env.flush_all()
        Partner = self.env["res.partner"]
        domain = [("id", "=", self.resident.id)]
        self.assertEqual(
            Partner._read_group(domain, ["community_level_id"], ["__count"]),
            [(self.level_activist, 1)],
        )
        self.assertEqual(
            Partner._read_group(domain, ["community_role_ids"], ["__count"]), [(activist_role, 1)]
        )
        self.assertEqual(
            Partner._read_group(domain, ["community_ids"], ["__count"]), [(self.district, 1)]
        )

    def test_ladder_level_counts_its_people(self):
        before = self.level_participant.partner_count
        people = self.env["res.partner"].create(
            [{"name": f"P{i}", "community_level_id": self.level_participant.id} for i in range(2)]
        )
        self.level_participant.invalidate_recordset(["partner_count"])
        self.assertEqual(self.level_participant.partner_count, before + 2)
        action = self.level_participant.action_view_partners()
        self.assertLessEqual(people, self.env["res.partner"].search(action["domain"]))

    def test_organisation_type_and_skills(self):
        school_type = self.env.ref("community_work.organisation_type_school")
        school = self.env["res.partner"].create(
            {
                "name": "Hill School",
                "is_company": True,
                "community_organisation_type_id": school_type.id,
            }
        )
        skill = self.env["community.skill"].create({"name": "Translation"})
        interest = self.env["community.interest"].create({"name": "Gardening"})
        self.resident.write(
            {"community_skill_ids": [(4, skill.id)], "community_interest_ids": [(4, interest.id)]}
        )
        self.assertEqual(
            self.env["res.partner"].search(
                [("community_organisation_type_id", "=", school_type.id)]
            )
            & school,
            school,
        )
        self.assertEqual(
            self.env["res.partner"].search([("community_skill_ids", "=", skill.id)]), self.resident
        )
        self.assertTrue(1 <= skill.color <= 11)

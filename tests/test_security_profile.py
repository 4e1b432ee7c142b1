from datetime import timedelta

from odoo import Command, fields
from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from .common_security import TwoCompaniesCase


@tagged("post_install", "-at_install")
class TestLevelHistoryIntegrity(TwoCompaniesCase):
    """The level history is written by the system, with who moved the person and when."""

    def test_workers_cannot_write_the_history_themselves(self):
        History = self.env["community.ladder.change"].with_user(self.worker)
        with self.assertRaises(AccessError):
            History.create(
                {
                    "partner_id": self.resident.id,
                    "level_to_id": self.level_activist.id,
                    "user_id": self.other_worker.id,
                    "date": "2020-01-01 10:00:00",
                }
            )
        with self.assertRaises(AccessError):
            self.resident.with_user(self.worker).community_level_change_ids = [
                Command.create({"level_to_id": self.level_activist.id})
            ]
        self.assertFalse(self.resident.community_level_change_ids)

    def test_a_move_is_recorded_with_its_real_author_and_date(self):
        before = fields.Datetime.now() - timedelta(seconds=1)
        self.resident.with_user(self.worker).community_level_id = self.level_participant
        change = self.resident.community_level_change_ids
        self.assertEqual(change.user_id, self.worker)
        self.assertGreaterEqual(change.date, before)
        change.with_user(self.manager).reason = "Corrected: came to two meetings"
        self.assertEqual(change.reason, "Corrected: came to two meetings")

    def test_level_wizard_refuses_the_whole_batch_naming_who_is_out_of_reach(self):
        wizard = (
            self.env["community.level.wizard"]
            .with_user(self.worker)
            .create(
                {
                    "partner_ids": [Command.set([self.resident.id, self.far_resident.id])],
                    "level_id": self.level_activist.id,
                    "reason": "Spoke at the council",
                }
            )
        )
        with self.assertRaisesRegex(AccessError, "Fiona Far"):
            wizard.action_apply()
        self.assertFalse(self.resident.community_level_id)
        self.assertFalse(self.resident.community_level_change_ids)


class ContactsCase(TwoCompaniesCase):
    """Adds a clerk: an Odoo user outside community work who manages contacts."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.clerk = cls.outsider
        cls.clerk.groups_id = [Command.link(cls.env.ref("base.group_partner_manager").id)]


@tagged("post_install", "-at_install")
class TestContactDeletion(ContactsCase):
    """Contacts with a community profile are archived, not deleted, except by managers."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.resident.community_level_id = cls.level_participant
        cls.member = cls.env["res.partner"].create({"name": "Mo Member"})
        cls.env["community.membership"].create(
            {"community_id": cls.district.id, "partner_id": cls.member.id}
        )

    def test_other_users_and_workers_cannot_delete_contacts_with_a_profile(self):
        for user in (self.clerk, self.worker):
            for partner in (self.resident, self.member):
                with (
                    self.subTest(user=user.login, partner=partner.name),
                    self.assertRaises(UserError),
                ):
                    partner.with_user(user).unlink()
        self.assertTrue((self.resident | self.member).exists())
        self.assertEqual(len(self.resident.community_level_change_ids), 1)
        self.assertEqual(len(self.member.community_membership_ids), 1)
        self.member.with_user(self.worker).active = False
        self.assertFalse(self.member.active)

    def test_manager_deletes_a_contact_with_its_profile(self):
        history = self.resident.community_level_change_ids
        (self.resident | self.member).with_user(self.manager).unlink()
        self.assertFalse(history.exists())
        self.assertFalse(self.district.membership_ids)

    def test_contacts_without_a_profile_are_deleted_as_before(self):
        supplier = self.env["res.partner"].create({"name": "Supplier Ltd"})
        supplier.with_user(self.clerk).unlink()
        self.assertFalse(supplier.exists())


@tagged("post_install", "-at_install")
class TestContactMerge(ContactsCase):
    """Only community workers merge contacts that community work refers to."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.duplicate = cls.env["res.partner"].create({"name": "Rita Resident (old)"})
        cls.duplicate.community_level_id = cls.level_activist

    def _merge(self, user, partners, destination):
        wizard = self.env["base.partner.merge.automatic.wizard"].with_user(user)
        wizard._merge(partners.ids, destination.with_user(user), extra_checks=False)

    def test_other_users_cannot_merge_contacts_community_work_refers_to(self):
        history = self.duplicate.community_level_change_ids
        with self.assertRaises(UserError):
            self._merge(self.clerk, self.resident | self.duplicate, self.resident)
        self.assertTrue(self.duplicate.exists())
        self.assertEqual(history.partner_id, self.duplicate)
        initiative = self._create_initiative(activist_ids=[Command.link(self.resident.id)])
        stranger = self.env["res.partner"].create({"name": "R. Resident"})
        with self.assertRaises(UserError):
            self._merge(self.clerk, stranger | self.resident, stranger)
        self.assertEqual(initiative.activist_ids, self.resident)

    def test_worker_merges_duplicates_keeping_the_history(self):
        history = self.duplicate.community_level_change_ids
        self._merge(self.worker, self.resident | self.duplicate, self.resident)
        self.assertFalse(self.duplicate.exists())
        self.assertEqual(history.partner_id, self.resident)
        self.assertEqual(self.resident.community_level_id, self.level_activist)

    def test_other_users_still_merge_ordinary_contacts(self):
        first, second = self.env["res.partner"].create([{"name": "Acme"}, {"name": "ACME"}])
        self._merge(self.clerk, first | second, first)
        self.assertFalse(second.exists())

from odoo import Command
from odoo.exceptions import AccessError, UserError
from odoo.tests import new_test_user, tagged

from .participation_common import ParticipationCase


@tagged("post_install", "-at_install")
class TestMeetingSecurity(ParticipationCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.south = cls.env["community.community"].create(
            {"name": "South", "parent_id": cls.city.id}
        )
        cls.south_group = cls._create_initiative(
            name="South group", community_id=cls.south.id, user_id=cls.other_worker.id
        )
        cls.own = cls._meeting(people=cls.ada)
        cls.colleagues = cls._meeting(
            people=cls.ben, initiative_id=cls.south_group.id, user_id=cls.other_worker.id
        )
        cls.portal = new_test_user(cls.env, "cw_portal", groups="base.group_portal")

    def test_workers_read_every_roll_call_but_change_their_own(self):
        meeting = self.colleagues.with_user(self.worker)
        self.assertEqual(meeting.attendance_ids.partner_id.name, "Ben")
        with self.assertRaises(AccessError):
            meeting.name = "Renamed"
        with self.assertRaises(AccessError):
            meeting.write({"attendance_ids": [Command.create({"partner_id": self.cleo.id})]})
        with self.assertRaises(AccessError):
            meeting.attendance_ids.status = "absent"
        with self.assertRaises(AccessError):
            meeting.attendance_ids.unlink()
        own = self.own.with_user(self.worker)
        own.write({"attendance_ids": [Command.create({"partner_id": self.cleo.id})]})
        own.attendance_ids.filtered(lambda a: a.partner_id == self.ada).unlink()
        self.assertEqual(self.own.attendance_ids.partner_id, self.cleo)

    def test_responsibility_for_the_initiative_or_the_community_gives_the_pen(self):
        meeting = self.colleagues.with_user(self.worker)
        self.south_group.user_id = self.worker
        meeting.action_mark_held()
        self.south_group.user_id = self.other_worker
        self.south.user_ids = [Command.link(self.worker.id)]
        meeting.write({"attendance_ids": [Command.create({"partner_id": self.cleo.id})]})
        self.assertEqual(self.colleagues.attendance_ids.partner_id, self.ben | self.cleo)

    def test_workers_plan_meetings_they_organise_and_cancel_rather_than_delete(self):
        Meeting = self.env["community.meeting"].with_user(self.worker)
        meeting = Meeting.create({"name": "Street stall", "community_id": self.south.id})
        self.assertEqual(meeting.user_id, self.worker)
        with self.assertRaises(AccessError):
            Meeting.create(
                {"name": "For Otto", "community_id": self.south.id, "user_id": self.other_worker.id}
            )
        with self.assertRaises(AccessError):
            meeting.unlink()
        meeting.action_cancel()
        self.own.with_user(self.manager).unlink()
        self.colleagues.with_user(self.manager).write({"name": "Managers change all"})
        self.assertFalse(self.own.exists())

    def test_people_who_took_part_are_archived_rather_than_deleted(self):
        with self.assertRaises(UserError):
            self.ben.with_user(self.worker).unlink()
        self.ben.with_user(self.worker).action_archive()
        self.assertEqual(self.colleagues.attendance_ids.partner_id, self.ben)
        self.ben.with_user(self.manager).unlink()
        self.assertFalse(self.colleagues.attendance_ids)
        self.assertEqual(self.colleagues.attended_count, 0)

    def test_other_users_see_no_meeting_and_no_attendance(self):
        for user in (self.outsider, self.portal):
            for model in (
                "community.meeting",
                "community.attendance",
                "community.ladder.suggestion",
            ):
                with self.subTest(user=user.login, model=model), self.assertRaises(AccessError):
                    self.env[model].with_user(user).search([])
            with self.assertRaises(AccessError):
                self.env["community.attendance"].with_user(user).read_group(
                    [], ["partner_id"], ["community_id"]
                )
            with self.assertRaises(AccessError):
                self.env["community.meeting"].with_user(user).name_search("Tenants")
        ada = self.ada.with_user(self.outsider)
        self.assertEqual(ada.name, "Ada")
        with self.assertRaises(AccessError):
            ada.read(["community_attendance_ids"])
        with self.assertRaises(AccessError):
            ada.search([("community_meeting_count", ">", 0)])
        self.assertNotIn("community_meeting_count", ada.fields_get())

    def test_another_company_sees_none_of_this_one(self):
        other_company = self.env["res.company"].create({"name": "Other NGO"})
        far_worker = new_test_user(
            self.env,
            "cw_far",
            groups="community_work.group_community_user",
            company_id=other_company.id,
            company_ids=[Command.set(other_company.ids)],
        )
        self.ada.company_id = self.env.company
        self.own.attendance_ids.role_ids = self.role_chair
        self.env["community.ladder.suggestion"]._suggest_moves()
        for model in (
            "community.meeting",
            "community.attendance",
            "community.attendance.tally",
            "community.ladder.suggestion",
        ):
            with self.subTest(model=model):
                Model = self.env[model].with_user(far_worker)
                self.assertFalse(
                    Model.search(
                        [("partner_id", "in", self.ada.ids)] if model != "community.meeting" else []
                    )
                )
        groups = (
            self.env["community.attendance"]
            .with_user(far_worker)
            .read_group([], ["partner_id"], ["community_id"])
        )
        self.assertFalse(groups)
        shared = self.ben.with_user(far_worker)  # a contact of no company
        self.assertFalse(shared.community_attendance_ids)

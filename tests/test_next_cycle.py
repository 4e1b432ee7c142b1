from odoo import fields
from odoo.exceptions import AccessError, UserError
from odoo.tests import new_test_user, tagged

from .common import CommunityWorkCase


@tagged("post_install", "-at_install")
class TestNextCycle(CommunityWorkCase):
    def _closing_initiative(self, **values):
        initiative = self._create_initiative(**values)
        initiative.stage_id = self.stage_close
        return initiative

    def test_next_cycle_is_logged_as_a_note_without_an_email(self):
        worker = new_test_user(
            self.env,
            "cw_no_email",
            groups="community_work.group_community_user",
            name="Nora No-Email",
            email=False,
        )
        self.assertFalse(worker.email)
        initiative = self._closing_initiative(user_id=worker.id).with_context(
            tracking_disable=False
        )
        action = initiative.with_user(worker).action_start_next_cycle()
        follow_up = self.env["community.initiative"].browse(action["res_id"])
        note = initiative.message_ids.filtered(lambda m: f'data-oe-id="{follow_up.id}"' in m.body)
        self.assertEqual(len(note), 1)
        self.assertEqual(note.subtype_id, self.env.ref("mail.mt_note"))
        self.assertEqual(note.author_id, worker.partner_id)

    def test_next_cycle_closes_the_initiative_once(self):
        initiative = self._closing_initiative()
        initiative.with_user(self.worker).action_start_next_cycle()
        self.assertFalse(initiative.active)
        self.assertEqual(initiative.date_end, fields.Date.context_today(initiative))
        self.assertTrue(initiative.is_closed)
        with self.assertRaises(UserError):
            initiative.with_user(self.worker).action_start_next_cycle()
        self.assertEqual(len(initiative.child_ids), 1)

    def test_closing_without_a_next_cycle(self):
        initiative = self._closing_initiative()
        initiative.with_user(self.worker).action_close()
        self.assertFalse(initiative.active)
        self.assertTrue(initiative.is_closed)
        self.assertFalse(initiative.child_ids)
        with self.assertRaises(UserError):
            initiative.action_start_next_cycle()
        with self.assertRaises(UserError):
            self._create_initiative().action_close()

    def test_colleague_cannot_close_or_continue_someone_elses_initiative(self):
        south = self.env["community.community"].create({"name": "South"})
        initiative = self._closing_initiative(community_id=south.id, user_id=self.other_worker.id)
        with self.assertRaises(AccessError):
            initiative.with_user(self.worker).action_start_next_cycle()
        self.assertTrue(initiative.active)
        self.assertFalse(initiative.child_ids)


@tagged("post_install", "-at_install")
class TestInitiativeEditable(CommunityWorkCase):
    def test_editable_follows_the_access_rules(self):
        south = self.env["community.community"].create({"name": "South"})
        own = self._create_initiative()
        foreign = self._create_initiative(community_id=south.id, user_id=self.other_worker.id)
        initiatives = (own | foreign).with_user(self.worker)
        self.assertEqual(initiatives.mapped("can_edit"), [True, False])
        self.assertTrue(foreign.with_user(self.manager).can_edit)
        south.user_ids = self.worker
        foreign.invalidate_recordset(["can_edit"])
        self.assertTrue(foreign.with_user(self.worker).can_edit)

    def test_assignee_can_edit_their_item_of_a_read_only_initiative(self):
        south = self.env["community.community"].create({"name": "South"})
        foreign = self._create_initiative(community_id=south.id, user_id=self.other_worker.id)
        foreign.task_ids[0].user_id = self.worker
        tasks = foreign.with_user(self.worker).task_ids
        self.assertEqual(tasks.mapped("can_edit"), [True, False])

    def test_new_initiative_is_editable(self):
        new = self.env["community.initiative"].with_user(self.worker).new({"name": "Draft"})
        self.assertTrue(new.can_edit)

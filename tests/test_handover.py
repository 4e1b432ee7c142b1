from odoo.exceptions import UserError
from odoo.tests import tagged

from .handover_common import HandoverCase


@tagged("post_install", "-at_install")
class TestHandover(HandoverCase):
    """A worker hands their initiatives over to a colleague."""

    def test_initiatives_change_hands_with_the_note(self):
        initiatives = self.playground | self.tenants
        self._handover(self.worker, initiatives).action_hand_over()
        activity_type = self.env.ref("community_work.mail_activity_type_handover")
        for initiative in initiatives:
            self.assertEqual(initiative.user_id, self.other_worker)
            note = initiative.message_ids[:1]
            self.assertIn("Twelve tenants meet monthly.", note.body)
            self.assertIn("over the parking rota", note.body)
            self.assertIn("Handed over by Wanda Worker to Otto Other.", note.body)
            self.assertEqual(note.author_id, self.worker.partner_id)
            activity = initiative.activity_ids.filtered(
                lambda a, activity_type=activity_type: a.activity_type_id == activity_type
            )
            self.assertEqual(len(activity), 1)
            self.assertEqual(activity.user_id, self.other_worker)
            followers = initiative.message_partner_ids
            self.assertIn(self.other_worker.partner_id, followers)
            self.assertIn(self.worker.partner_id, followers, "they stay to answer questions")
        # The communities and coalitions stay in Wanda's hands unless asked.
        self.assertEqual(self.district.user_ids, self.worker)
        self.assertEqual(self.coalition.user_id, self.worker)

    def test_history_keeps_who_was_responsible_when(self):
        self._handover(self.worker, self.playground).action_hand_over()
        before, after = self._history(self.playground)
        self.assertEqual(before.user_id, self.worker)
        self.assertTrue(before.date_end)
        self.assertFalse(before.note)
        self.assertEqual(after.user_id, self.other_worker)
        self.assertEqual(after.previous_user_id, self.worker)
        self.assertEqual(after.recorded_by_id, self.worker)
        self.assertFalse(after.date_end)
        self.assertIn("Twelve tenants meet monthly.", after.note)
        self.assertEqual(after.date_start, before.date_end)

    def test_communities_and_coalitions_go_along_when_asked(self):
        handover = self._handover(self.worker, self.playground, include_communities=True)
        self.assertEqual(handover.community_ids, self.district)
        self.assertEqual(handover.coalition_ids, self.coalition)
        handover.action_hand_over()
        self.assertEqual(self.district.user_ids, self.other_worker)
        self.assertEqual(self.coalition.user_id, self.other_worker)
        self.assertEqual(self.tenants.user_id, self.worker, "not chosen, not handed over")
        for record in (self.district, self.coalition):
            history = self._history(record)
            self.assertEqual(history.mapped("user_id"), self.worker | self.other_worker)
            self.assertIn("Twelve tenants", history[-1].note)
            self.assertEqual(record.activity_ids.user_id, self.other_worker)

    def test_one_record_that_cannot_be_handed_over_stops_them_all(self):
        handover = self._handover(
            self.manager, self.playground | self.colleague_initiative, from_user_id=self.worker.id
        )
        handover.to_user_id = self.manager
        messages, activities = self.playground.message_ids, self.playground.activity_ids
        with self.assertRaisesRegex(UserError, "not responsible for “Otto's group”"):
            handover.action_hand_over()
        self.assertEqual(self.playground.user_id, self.worker)
        self.assertEqual(self.playground.message_ids, messages)
        self.assertEqual(self.playground.activity_ids, activities)
        self.assertEqual(len(self.playground.responsibility_ids), 1)

    def test_bad_hand_overs_are_refused(self):
        cases = (
            ({"to_user_id": self.worker.id}, "Choose another worker"),
            ({"to_user_id": self.outsider.id}, "Oscar Outsider is not a community worker"),
            ({"note_done": False, "note_risks": False}, "Write the hand-over note"),
        )
        for values, message in cases:
            with self.subTest(message=message):
                handover = self._handover(self.worker, self.playground, **values)
                with self.assertRaisesRegex(UserError, message):
                    handover.action_hand_over()
        empty = self._handover(self.worker, self.playground.browse())
        with self.assertRaisesRegex(UserError, "Choose at least one"):
            empty.action_hand_over()
        self.assertEqual(self.playground.user_id, self.worker)


@tagged("post_install", "-at_install")
class TestLeavingWorker(HandoverCase):
    """When a worker leaves, a manager hands all their work over from their user form."""

    def test_manager_hands_over_all_their_work(self):
        closed = self._create_initiative(name="Old campaign", active=False)
        handover = (
            self.env["community.handover"]
            .with_user(self.manager)
            .with_context(default_from_user_id=self.worker.id, default_leaving=True)
            .create({"to_user_id": self.other_worker.id, "note_open": "The survey."})
        )
        self.assertEqual(handover.initiative_ids, self.playground | self.tenants)
        self.assertEqual(handover.community_ids, self.district)
        self.assertEqual(handover.coalition_ids, self.coalition)
        self.assertFalse(handover.keep_follower)
        handover.action_hand_over()
        for record in (self.playground, self.tenants, self.district, self.coalition):
            self.assertNotIn(self.worker.partner_id, record.message_partner_ids)
            self.assertIn(self.other_worker.partner_id, record.message_partner_ids)
            self.assertEqual(record.activity_ids.user_id, self.other_worker)
        self.assertEqual((self.playground | self.tenants).user_id, self.other_worker)
        self.assertEqual(closed.user_id, self.worker, "closed work keeps its history")

    def test_the_button_is_on_the_user_form_for_managers(self):
        form = self.env.ref("base.view_users_form")
        for user, shown in ((self.manager, True), (self.worker, False)):
            with self.subTest(user=user.name):
                arch = self.env["res.users"].with_user(user).get_view(form.id, "form")["arch"]
                self.assertEqual("Hand Over All Their Work" in arch, shown)

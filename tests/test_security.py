from odoo import Command
from odoo.exceptions import AccessError, UserError
from odoo.tests import Form, tagged

from .common import CommunityWorkCase

# Operations each role may perform on each model: (read, write, create, unlink).
WORKER_RIGHTS = {
    "community.role": "r---",
    "community.ladder.level": "r---",
    "community.ladder.change": "r---",
    "community.skill": "rwc-",
    "community.interest": "rwc-",
    "community.organisation.type": "r---",
    "community.community": "rwc-",
    "community.membership": "rwcu",
    "community.need": "rwcu",
    "community.asset": "rwcu",
    "community.method": "r---",
    "community.stage": "r---",
    "community.stage.task": "r---",
    "community.stage.indicator": "r---",
    "community.initiative.tag": "rwc-",
    "community.initiative": "rwc-",
    "community.initiative.task": "rwcu",
    "community.initiative.indicator": "rwcu",
    "community.level.wizard": "rwc-",
    "community.meeting.kind": "r---",
    "community.attendance.role": "r---",
    "community.meeting": "rwc-",
    "community.attendance": "rwcu",
    "community.attendance.tally": "r---",
    "community.ladder.suggestion": "r---",
    "community.coalition.ladder": "r---",
    "community.coalition.stage": "r---",
    "community.coalition.tag": "rwc-",
    "community.coalition.role": "r---",
    "community.coalition": "rwc-",
    "community.coalition.member": "rwcu",
    "community.coalition.pledge": "rwcu",
    "community.coalition.contribution": "rwcu",
    "community.coalition.health.factor": "r---",
    "community.coalition.health.round": "rwcu",
    "community.coalition.health.score": "rwcu",
    "community.coalition.health.result": "r---",
    "community.coalition.pledge.analysis": "r---",
    "community.power.target": "rwc-",
    "community.power.assessment": "r-c-",
    "community.need.raising": "rwcu",
    "community.need.merge": "rwc-",
    "community.round": "rwcu",
    "community.round.candidate": "rwcu",
    "community.ballot": "rwcu",
    "community.ballot.choice": "rwcu",
    "community.ballot.analysis": "r---",
    "community.review": "rwcu",
    "community.review.indicator": "rwcu",
    "community.review.story": "rwcu",
    "community.review.achievement": "rwcu",
    "community.review.indicator.analysis": "r---",
    "community.initiative.spin.off": "rwc-",
    "community.initiative.stage.analysis": "r---",
    "community.participation.analysis": "r---",
    "community.ladder.analysis": "r---",
    # Erasure is for managers only.
    "community.erasure.log": "----",
    "community.erasure.wizard": "----",
    "community.consent.purpose": "r---",
    "community.consent": "r-c-",
    "community.consent.sheet.wizard": "rwcu",
    "community.retention.review": "----",
    "community.responsibility": "r---",
    "community.handover": "rwc-",
}
OPERATIONS = ("read", "write", "create", "unlink")


@tagged("post_install", "-at_install")
class TestAccessRights(CommunityWorkCase):
    def _assert_rights(self, user, expected_rights):
        for model, rights in expected_rights.items():
            for operation, flag in zip(OPERATIONS, rights, strict=True):
                with self.subTest(user=user.login, model=model, operation=operation):
                    allowed = self.env[model].with_user(user).has_access(operation)
                    self.assertEqual(allowed, flag != "-")

    def test_every_model_is_covered(self):
        models = self.env["ir.model"].search([("model", "=like", "community.%")])
        addon_models = {m.model for m in models if not self.env[m.model]._abstract}
        self.assertEqual(addon_models, set(WORKER_RIGHTS))

    def test_worker_rights(self):
        self._assert_rights(self.worker, WORKER_RIGHTS)

    def test_manager_rights(self):
        self._assert_rights(
            self.manager,
            dict.fromkeys(WORKER_RIGHTS, "rwcu")
            | {
                "community.level.wizard": "rwc-",
                "community.attendance.tally": "r---",
                "community.ladder.suggestion": "r--u",
                "community.coalition.health.result": "r---",
                "community.coalition.pledge.analysis": "r---",
                "community.need.merge": "rwc-",
                "community.ballot.analysis": "r---",
                "community.erasure.log": "r---",
                "community.handover": "rwc-",
                "community.review.indicator.analysis": "r---",
                "community.initiative.spin.off": "rwc-",
                "community.initiative.stage.analysis": "r---",
                "community.participation.analysis": "r---",
                "community.ladder.analysis": "r---",
            },
        )

    def test_other_users_rights(self):
        self._assert_rights(self.outsider, dict.fromkeys(WORKER_RIGHTS, "----"))


@tagged("post_install", "-at_install")
class TestSecurity(CommunityWorkCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.own = cls._create_initiative(name="Own")
        cls.south = cls.env["community.community"].create(
            {"name": "South", "parent_id": cls.city.id}
        )
        cls.foreign = cls._create_initiative(
            name="Someone else's", community_id=cls.south.id, user_id=cls.other_worker.id
        )

    def test_worker_moves_own_initiatives_and_ticks_their_checklist(self):
        own = self.own.with_user(self.worker)
        own.stage_id = self.stage_organise
        own.task_ids.filtered(lambda t: t.stage_id == self.stage_organise).is_done = True
        own.indicator_ids[0].status = "met"
        self.assertEqual(self.own.task_done_count, 1)

    def test_worker_creates_initiatives_communities_and_members(self):
        Initiative = self.env["community.initiative"].with_user(self.worker)
        initiative = Initiative.create(
            {"name": "New group", "community_id": self.district.id, "method_id": self.method.id}
        )
        self.assertEqual(initiative.user_id, self.worker)
        self.assertEqual(len(initiative.task_ids), 2)
        community = (
            self.env["community.community"].with_user(self.worker).create({"name": "Riverside"})
        )
        self.env["community.membership"].with_user(self.worker).create(
            {"community_id": community.id, "partner_id": self.resident.id}
        )
        self.assertEqual(community.member_count, 1)

    def test_worker_reads_but_does_not_change_colleagues_initiatives(self):
        foreign = self.foreign.with_user(self.worker)
        self.assertEqual(foreign.name, "Someone else's")
        with self.assertRaises(AccessError):
            foreign.stage_id = self.stage_organise
        with self.assertRaises(AccessError):
            foreign.task_ids[0].is_done = True
        self.assertEqual(self.foreign.stage_id, self.stage_listen)

    def test_worker_responsible_for_the_community_takes_over(self):
        self.south.user_ids = [Command.link(self.worker.id)]
        self.foreign.with_user(self.worker).stage_id = self.stage_organise
        self.assertEqual(self.foreign.stage_id, self.stage_organise)

    def test_assigned_checklist_item_can_be_ticked_by_its_assignee(self):
        task = self.foreign.task_ids[0]
        task.user_id = self.worker
        task.with_user(self.worker).is_done = True
        self.assertTrue(task.is_done)

    def test_assignee_ticks_an_item_from_the_initiative_form(self):
        task = self.foreign.task_ids[0]
        task.user_id = self.worker
        with Form(self.foreign.with_user(self.worker)) as form:
            with form.task_ids.edit(0) as line:
                line.is_done = True
        self.assertTrue(task.is_done)
        # Items assigned to nobody, or to someone else, show read-only to the worker...
        self.assertFalse(self.foreign.task_ids[1].with_user(self.worker).can_edit)
        # ... and the record rules refuse them all the same.
        with self.assertRaises(AccessError):
            self.foreign.with_user(self.worker).write(
                {"task_ids": [Command.update(self.foreign.task_ids[1].id, {"is_done": True})]}
            )
        self.assertFalse(self.foreign.task_ids[1].is_done)

    def test_worker_does_not_delete_or_configure(self):
        with self.assertRaises(AccessError):
            self.own.with_user(self.worker).unlink()
        with self.assertRaises(AccessError):
            self.method.with_user(self.worker).write({"name": "Mine"})
        with self.assertRaises(AccessError):
            self.env["community.stage"].with_user(self.worker).create(
                {"name": "X", "method_id": self.method.id}
            )
        with self.assertRaises(AccessError):
            self.level_contact.with_user(self.worker).write({"name": "Anyone"})
        with self.assertRaises(AccessError):
            self.env.ref("community_work.community_role_resident").with_user(self.worker).unlink()

    def test_level_history_cannot_be_rewritten_by_workers(self):
        self.resident.with_user(self.worker).community_level_id = self.level_contact
        change = self.resident.community_level_change_ids.with_user(self.worker)
        self.assertEqual(change.level_to_id, self.level_contact)
        with self.assertRaises(AccessError):
            change.reason = "Edited"
        with self.assertRaises(AccessError):
            change.unlink()

    def test_manager_configures_and_deletes(self):
        Stage = self.env["community.stage"].with_user(self.manager)
        stage = Stage.create({"name": "Celebrate", "method_id": self.method.id})
        self.foreign.with_user(self.manager).stage_id = self.stage_organise
        self.foreign.with_user(self.manager).unlink()
        stage.unlink()
        self.env.ref("community_work.community_level_leader").with_user(
            self.manager
        ).name = "Core member"
        self.assertFalse(self.foreign.exists())

    def test_outsider_sees_no_community_work(self):
        for model in (
            "community.initiative",
            "community.community",
            "community.ladder.change",
            "community.method",
        ):
            with self.subTest(model=model), self.assertRaises(AccessError):
                self.env[model].with_user(self.outsider).search([])

    def test_resident_community_profile_is_hidden_from_outsiders(self):
        self.resident.community_level_id = self.level_activist
        resident = self.resident.with_user(self.outsider)
        self.assertEqual(resident.name, "Rita Resident")
        with self.assertRaises(AccessError):
            resident.read(["community_level_id"])
        with self.assertRaises(AccessError):
            resident.search([("community_level_id", "=", self.level_activist.id)])
        self.assertNotIn("community_level_id", resident.fields_get())

    def test_other_users_still_manage_ordinary_contacts(self):
        clerk = self.outsider
        clerk.groups_id = [Command.link(self.env.ref("base.group_partner_manager").id)]
        partner = self.env["res.partner"].with_user(clerk).create({"name": "Supplier Ltd"})
        partner.write({"phone": "555 0101"})
        self.resident.with_user(clerk).write({"email": "rita@example.com"})
        self.assertEqual(partner.phone, "555 0101")
        self.assertFalse(partner.community_level_change_ids)

    def test_contact_views_hide_the_community_profile_from_other_users(self):
        self.outsider.groups_id = [Command.link(self.env.ref("base.group_partner_manager").id)]
        Partner = self.env["res.partner"].with_user(self.outsider)
        views = Partner.get_views([(False, "form"), (False, "search"), (False, "list")])["views"]
        for view_type, view in views.items():
            with self.subTest(view=view_type):
                self.assertNotIn('name="community_', view["arch"])
        with Form(Partner) as form:
            form.name = "Walk-in Visitor"
        self.assertEqual(form.record.name, "Walk-in Visitor")
        worker_form = self.env["res.partner"].with_user(self.worker).get_views([(False, "form")])
        self.assertIn("community_level_id", worker_form["views"]["form"]["arch"])

    def test_other_company_initiatives_are_invisible(self):
        other_company = self.env["res.company"].create({"name": "Other NGO"})
        community = self.env["community.community"].create(
            {"name": "Elsewhere", "company_id": other_company.id}
        )
        hidden = self._create_initiative(community_id=community.id, user_id=False)
        visible = self.env["community.initiative"].with_user(self.manager).search([])
        self.assertIn(self.own, visible)
        self.assertNotIn(hidden, visible)

    def test_initiative_belongs_to_the_company_of_its_community(self):
        other_company = self.env["res.company"].create({"name": "Other NGO"})
        village = self.env["community.community"].create({"name": "Village"})
        initiative = self._create_initiative(community_id=village.id, user_id=False)
        self.assertEqual(initiative.company_id, self.env.company)
        village.company_id = other_company
        self.assertEqual(initiative.company_id, other_company)
        other_method = self.env["community.method"].create(
            {"name": "Their Method", "company_id": self.env.company.id}
        )
        with self.assertRaises(UserError):
            initiative.method_id = other_method

    def test_worker_starts_an_initiative_for_a_colleague(self):
        initiative = (
            self.env["community.initiative"]
            .with_user(self.worker)
            .create(
                {
                    "name": "For Otto",
                    "community_id": self.south.id,
                    "method_id": self.method.id,
                    "user_id": self.other_worker.id,
                }
            )
        )
        self.assertEqual(len(initiative.task_ids), 2)
        self.assertEqual(len(initiative.indicator_ids), 1)

    def test_worker_discusses_a_colleagues_initiative(self):
        foreign = self.foreign.with_user(self.worker)
        message = foreign.message_post(body="I met the group on Tuesday.", message_type="comment")
        self.assertEqual(message.author_id, self.worker.partner_id)

    def test_level_history_of_another_company_is_hidden(self):
        other_company = self.env["res.company"].create({"name": "Other NGO"})
        stranger = self.env["res.partner"].create(
            {
                "name": "Far Away",
                "company_id": other_company.id,
                "community_level_id": self.level_contact.id,
            }
        )
        self.resident.community_level_id = self.level_contact
        history = self.env["community.ladder.change"].with_user(self.manager).search([])
        self.assertIn(self.resident.community_level_change_ids, history)
        self.assertNotIn(stranger.community_level_change_ids, history)

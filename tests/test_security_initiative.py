from odoo import Command
from odoo.exceptions import AccessError, UserError
from odoo.tests import new_test_user, tagged

from .common_security import ColleagueCommunityCase, TwoCompaniesCase


@tagged("post_install", "-at_install")
class TestInitiativeCompanies(TwoCompaniesCase):
    """An initiative changes company only with its community, and only when its method,
    stage, people and issues fit the new company."""

    def test_worker_cannot_move_an_initiative_to_a_community_they_cannot_read(self):
        initiative = self._create_initiative(method_id=self.private_method.id)
        with self.assertRaises(AccessError):
            initiative.with_user(self.worker).community_id = self.far_community
        self.assertEqual(initiative.community_id, self.district)
        with self.assertRaises(AccessError):
            self.env["community.initiative"].with_user(self.worker).create(
                {"name": "Sneaky", "community_id": self.far_community.id}
            )

    def test_private_method_does_not_follow_an_initiative_to_another_company(self):
        both = new_test_user(
            self.env,
            "cw_both",
            groups="community_work.group_community_manager",
            company_ids=[Command.set((self.company | self.other_company).ids)],
        )
        initiative = self._create_initiative(method_id=self.private_method.id, user_id=False)
        as_both = initiative.with_user(both).with_context(
            allowed_company_ids=(self.company | self.other_company).ids
        )
        with self.assertRaises(UserError), self.cr.savepoint():
            as_both.community_id = self.far_community
        self.assertEqual(initiative.company_id, self.company)
        # With a shared method the initiative moves, and its company with it.
        as_both.method_id = self.method
        as_both.community_id = self.far_community
        self.assertEqual(initiative.company_id, self.other_company)
        self.assertNotIn(
            "Secret", str(self.env["community.stage"].with_user(self.far_worker).search_read([]))
        )

    def test_community_changing_company_takes_only_fitting_initiatives(self):
        village = self.env["community.community"].create({"name": "Village"})
        self._create_initiative(
            community_id=village.id, method_id=self.private_method.id, user_id=False
        )
        with self.assertRaises(UserError), self.cr.savepoint():
            village.company_id = self.other_company
        self.assertEqual(village.company_id, self.company)

    def test_method_used_by_another_company_stays_shared(self):
        self._create_initiative(community_id=self.far_community.id, user_id=False)
        with self.assertRaises(UserError):
            self.method.company_id = self.company
        self.assertFalse(self.method.company_id)
        self.other_method.company_id = self.company
        self.assertEqual(self.other_method.stage_ids.company_id, self.company)


@tagged("post_install", "-at_install")
class TestChecklistAccess(ColleagueCommunityCase):
    """Only who may change an initiative adds, moves or deletes its checklist items and
    indicators; the worker an item is assigned to ticks it."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.own = cls._create_initiative(name="Own")
        cls.foreign = cls.colleague_initiative
        cls.assigned = cls.foreign.task_ids[0]
        cls.assigned.user_id = cls.worker

    def test_worker_cannot_add_items_to_a_colleagues_initiative(self):
        for model in ("community.initiative.task", "community.initiative.indicator"):
            with self.subTest(model=model), self.assertRaises(AccessError):
                values = {"initiative_id": self.foreign.id, "name": "Planted"}
                if model == "community.initiative.task":
                    values["user_id"] = self.worker.id
                self.env[model].with_user(self.worker).create(values)
        self.assertEqual(len(self.foreign.task_ids), 2)
        self.assertEqual(len(self.foreign.indicator_ids), 1)

    def test_worker_cannot_move_their_items_into_a_colleagues_initiative(self):
        task = self.own.task_ids[0]
        task.is_done = True
        indicator = self.own.indicator_ids[0]
        for item in (task, indicator):
            with self.subTest(model=item._name):
                with self.assertRaises(AccessError):
                    item.with_user(self.worker).initiative_id = self.foreign
                self.assertEqual(item.initiative_id, self.own)
        self.assertEqual(self.foreign.task_done_count, 0)

    def test_assignee_only_ticks_their_item(self):
        item = self.assigned.with_user(self.worker)
        item.is_done = True
        self.assertTrue(self.assigned.is_done)
        for values in (
            {"name": "Renamed"},
            {"user_id": self.other_worker.id},
            {"date_deadline": "2030-01-01"},
            {"initiative_id": self.own.id},
            {"is_done": False, "name": "Renamed"},
        ):
            with self.subTest(values=values), self.assertRaises(AccessError):
                item.write(values)
        with self.assertRaises(AccessError):
            item.unlink()
        self.assertEqual(
            (self.assigned.name, self.assigned.user_id, self.assigned.initiative_id),
            ("Knock on doors", self.worker, self.foreign),
        )

    def test_worker_manages_the_items_of_the_initiatives_they_change(self):
        other_own = self._create_initiative(name="Second own")
        Task = self.env["community.initiative.task"].with_user(self.worker)
        task = Task.create(
            {"initiative_id": self.own.id, "name": "Book a hall", "user_id": self.other_worker.id}
        )
        task.write({"name": "Book the church hall", "date_deadline": "2030-01-01"})
        task.initiative_id = other_own
        self.assertEqual(task.initiative_id, other_own)
        task.unlink()
        self.own.indicator_ids.with_user(self.worker).unlink()
        self.assertFalse(self.own.indicator_ids)

    def test_manager_moves_items_anywhere(self):
        task = self.own.task_ids[0].with_user(self.manager)
        task.initiative_id = self.foreign
        self.assertIn(task, self.foreign.task_ids)

from odoo import Command
from odoo.exceptions import AccessError
from odoo.tests import Form, tagged

from .common import CommunityWorkCase
from .common_security import ColleagueCommunityCase


@tagged("post_install", "-at_install")
class TestCommunityAccess(ColleagueCommunityCase):
    """A community is changed by its responsible workers and by managers."""

    def test_worker_cannot_join_a_colleagues_community_to_take_its_initiatives(self):
        south = self.south.with_user(self.worker)
        with self.assertRaises(AccessError):
            south.user_ids = [Command.link(self.worker.id)]
        with self.assertRaises(AccessError):
            south.write({"name": "Mine now"})
        self.assertEqual(self.south.user_ids, self.other_worker)
        with self.assertRaises(AccessError):
            self.colleague_initiative.with_user(self.worker).stage_id = self.stage_organise

    def test_nobody_but_managers_changes_a_community_without_responsible_workers(self):
        self.city.user_ids = False
        with self.assertRaises(AccessError):
            self.city.with_user(self.worker).user_ids = [Command.link(self.worker.id)]
        self.city.with_user(self.manager).user_ids = [Command.link(self.worker.id)]
        self.assertEqual(self.city.user_ids, self.worker)

    def test_responsible_worker_hands_over_to_a_colleague(self):
        district = self.district.with_user(self.worker)
        district.write(
            {"population_estimate": 1200, "user_ids": [Command.link(self.other_worker.id)]}
        )
        self.assertEqual(self.district.user_ids, self.worker | self.other_worker)
        self.colleague_initiative.with_user(self.manager).community_id = self.district
        self.colleague_initiative.with_user(self.worker).stage_id = self.stage_organise
        self.assertEqual(self.colleague_initiative.stage_id, self.stage_organise)

    def test_worker_creating_a_community_looks_after_it(self):
        Community = self.env["community.community"].with_user(self.worker)
        riverside = Community.create({"name": "Riverside"})
        self.assertEqual(riverside.user_ids, self.worker)
        riverside.description = "<p>Flats along the river</p>"
        quick_id, _name = Community.name_create("Hillside")
        self.assertEqual(Community.browse(quick_id).user_ids, self.worker)
        for_colleague = Community.create(
            {"name": "Docks", "user_ids": [Command.set(self.other_worker.ids)]}
        )
        self.assertEqual(for_colleague.user_ids, self.other_worker)
        with self.assertRaises(AccessError):
            for_colleague.name = "My docks"


@tagged("post_install", "-at_install")
class TestCommunityLinesAccess(ColleagueCommunityCase):
    """Workers add and edit members, needs and resources in every community of their
    company; deleting them is for the community's responsible workers and managers."""

    def _lines(self, community, user):
        values = {"community_id": community.id}
        return (
            self.env["community.membership"]
            .with_user(user)
            .create({**values, "partner_id": self.resident.id}),
            self.env["community.need"].with_user(user).create({**values, "name": "Dark path"}),
            self.env["community.asset"].with_user(user).create({**values, "name": "Old library"}),
        )

    def test_worker_adds_and_edits_lines_of_a_colleagues_community_but_does_not_delete(self):
        for line in self._lines(self.south, self.worker):
            with self.subTest(model=line._name):
                field = "note" if line._name == "community.membership" else "description"
                line[field] = "Checked on Tuesday"
                with self.assertRaises(AccessError):
                    line.unlink()
                self.assertTrue(line.exists())

    def test_responsible_worker_and_manager_delete_lines(self):
        for line in self._lines(self.district, self.worker):
            with self.subTest(model=line._name):
                line.unlink()
                self.assertFalse(line.exists())
        for line in self._lines(self.south, self.worker):
            with self.subTest(model=line._name):
                line.with_user(self.manager).unlink()
                self.assertFalse(line.exists())

    def test_worker_records_members_and_needs_from_a_colleagues_community_form(self):
        with Form(self.south.with_user(self.worker)) as form:
            with form.need_ids.new() as need:
                need.name = "Flooded cellars"
            with form.membership_ids.new() as member:
                member.partner_id = self.resident
        self.assertEqual(self.south.need_ids.name, "Flooded cellars")
        self.assertEqual(self.south.membership_ids.partner_id, self.resident)
        with self.assertRaises(AccessError), Form(self.south.with_user(self.worker)) as form:
            form.population_estimate = 5000
            with form.asset_ids.new() as asset:
                asset.name = "Community hall"
        self.assertFalse(self.south.asset_ids, "nothing of the refused save is kept")

    def test_removing_a_member_from_a_colleagues_community_form_is_refused(self):
        membership = self.env["community.membership"].create(
            {"community_id": self.south.id, "partner_id": self.resident.id}
        )
        with self.assertRaises(AccessError):
            self.south.with_user(self.worker).membership_ids = [Command.delete(membership.id)]
        self.assertTrue(membership.exists())


@tagged("post_install", "-at_install")
class TestNeedLinks(CommunityWorkCase):
    """A need's "Tackled By" is the initiatives' "Issues Tackled": only who may change an
    initiative links needs to it or unlinks them."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.own = cls._create_initiative(name="Own")
        cls.foreign = cls._create_initiative(
            name="Otto's", community_id=cls.city.id, user_id=cls.other_worker.id
        )
        cls.need = cls.env["community.need"].create(
            {"community_id": cls.city.id, "name": "No youth club"}
        )

    def test_worker_cannot_link_or_unlink_a_colleagues_initiative_from_the_need(self):
        need = self.need.with_user(self.worker)
        for commands in (
            [Command.link(self.foreign.id)],
            [Command.set([self.own.id, self.foreign.id])],
            [self.foreign.id],
        ):
            with self.subTest(commands=commands), self.assertRaises(AccessError):
                need.initiative_ids = commands
        with self.assertRaises(AccessError):
            self.env["community.need"].with_user(self.worker).create(
                {
                    "community_id": self.city.id,
                    "name": "Broken lifts",
                    "initiative_ids": [Command.link(self.foreign.id)],
                }
            )
        self.assertFalse(self.foreign.need_ids)
        self.need.initiative_ids = [Command.link(self.foreign.id)]
        for commands in ([Command.unlink(self.foreign.id)], [Command.clear()]):
            with self.subTest(commands=commands), self.assertRaises(AccessError):
                need.initiative_ids = commands
        self.assertEqual(self.foreign.need_ids, self.need)

    def test_worker_links_needs_to_the_initiatives_they_change(self):
        need = self.need.with_user(self.worker)
        need.initiative_ids = [Command.link(self.own.id)]
        self.assertEqual(self.own.need_ids, self.need)
        need.write({"name": "No youth club nearby", "priority": "2"})
        need.initiative_ids = [Command.unlink(self.own.id)]
        self.assertFalse(self.own.need_ids)
        self.own.with_user(self.worker).need_ids = [Command.link(self.need.id)]
        self.assertEqual(self.need.initiative_ids, self.own)

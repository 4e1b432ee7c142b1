from odoo import Command
from odoo.exceptions import ValidationError
from odoo.tests import tagged

from .common import CommunityWorkCase


@tagged("post_install", "-at_install")
class TestClearErrors(CommunityWorkCase):
    """Bad input gets a clear message, never a raw database or Python error."""

    def test_checklist_item_without_an_initiative(self):
        for model in ("community.initiative.task", "community.initiative.indicator"):
            with self.subTest(model=model):
                with self.assertRaisesRegex(ValidationError, "from an initiative"):
                    self.env[model].with_user(self.worker).create({"name": "Loose item"})
                with self.assertRaisesRegex(ValidationError, "does not exist"):
                    self.env[model].create({"name": "Lost item", "initiative_id": 999999999})

    def test_participation_level_given_as_text(self):
        for value in ("leader", "3"):
            with self.subTest(value=value), self.assertRaises(ValidationError):
                self.resident.with_user(self.worker).write({"community_level_id": value})
        with self.assertRaises(ValidationError):
            self.env["res.partner"].create({"name": "Tom", "community_level_id": "leader"})
        self.assertFalse(self.resident.community_level_change_ids)

    def test_population_estimate_out_of_range(self):
        for population in (-5, 2**31, 10**12, 1e12):
            with self.subTest(population=population):
                with self.assertRaises(ValidationError):
                    self.district.with_user(self.worker).population_estimate = population
                with self.assertRaises(ValidationError):
                    self.env["community.community"].create(
                        {"name": "Metropolis", "population_estimate": population}
                    )
        self.district.population_estimate = 2**31 - 1
        self.assertEqual(self.district.population_estimate, 2**31 - 1)

    def test_community_or_method_that_does_not_exist(self):
        Initiative = self.env["community.initiative"].with_user(self.worker)
        for values in (
            {"community_id": 999999999, "method_id": self.method.id},
            {"community_id": self.district.id, "method_id": 999999999},
        ):
            with self.subTest(values=values), self.assertRaisesRegex(ValidationError, "999999999"):
                Initiative.create({"name": "Ghost", **values})
        for model, values in (
            ("community.membership", {"partner_id": self.resident.id}),
            ("community.need", {"name": "Ghost need"}),
            ("community.asset", {"name": "Ghost asset"}),
        ):
            with self.subTest(model=model), self.assertRaisesRegex(ValidationError, "999999999"):
                self.env[model].with_user(self.worker).create({"community_id": 999999999, **values})


@tagged("post_install", "-at_install")
class TestRefusedValues(CommunityWorkCase):
    """Values that make no sense are refused."""

    def test_nothing_new_in_an_archived_community(self):
        self.district.active = False
        with self.assertRaisesRegex(ValidationError, "archived"):
            self._create_initiative()
        with self.assertRaisesRegex(ValidationError, "archived"):
            self.env["community.membership"].with_user(self.worker).create(
                {"community_id": self.district.id, "partner_id": self.resident.id}
            )
        initiative = self._create_initiative(community_id=self.city.id)
        with self.assertRaisesRegex(ValidationError, "archived"):
            initiative.community_id = self.district
        initiative.name = "Still editable"
        self.assertEqual(initiative.community_id, self.city)

    def test_no_new_initiative_with_an_archived_method(self):
        self.other_method.active = False
        with self.assertRaisesRegex(ValidationError, "archived"):
            self._create_initiative(method_id=self.other_method.id)
        initiative = self._create_initiative()
        with self.assertRaisesRegex(ValidationError, "archived"):
            initiative.method_id = self.other_method
        self.assertEqual(initiative.method_id, self.method)

    def test_names_have_a_sensible_length(self):
        long_name = "x" * 5_000_000
        with self.assertRaisesRegex(ValidationError, "at most 200 characters"):
            self._create_initiative(name=long_name)
        initiative = self._create_initiative(name="y" * 200)
        with self.assertRaisesRegex(ValidationError, "at most 200 characters"):
            initiative.with_user(self.worker).name = "z" * 201
        # Unique names are indexed: the check comes before the database sees them.
        for model in ("community.skill", "community.initiative.tag", "community.role"):
            with self.subTest(model=model), self.assertRaises(ValidationError):
                self.env[model].create({"name": long_name})
        with self.assertRaises(ValidationError):
            self.env["community.community"].with_user(self.worker).name_create(long_name)
        with self.assertRaises(ValidationError):
            initiative.task_ids = [Command.create({"name": long_name})]
        self.assertEqual(initiative.name, "y" * 200)

from datetime import date

from freezegun import freeze_time

from odoo.exceptions import ValidationError
from odoo.tests import Form, tagged

from .coalition_common import CoalitionCase


@tagged("post_install", "-at_install")
@freeze_time("2024-09-15")
class TestPowerMap(CoalitionCase):
    def _target(self, **values):
        return self.env["community.power.target"].create(
            {
                "partner_id": self.decision_maker.id,
                "coalition_id": self.coalition.id,
                "ask": "Fund two youth workers",
                "stance": "opponent",
                "influence": 4,
                "evidence": "Said youth work is not a priority",
                **values,
            }
        )

    def test_a_target_starts_with_a_dated_assessment(self):
        target = self._target()
        first = target.assessment_ids
        self.assertEqual((target.stance, target.influence), ("opponent", 4))
        self.assertEqual((first.date, first.user_id), (date(2024, 9, 15), self.env.user))
        self.assertEqual(first.evidence, "Said youth work is not a priority")
        self.assertFalse(first.stance_before)
        self.assertEqual(target.company_id, self.coalition.company_id)

    def test_reassessing_keeps_the_history(self):
        target = self._target()
        target.reassess("neutral", 4, "Agreed to look at our survey")
        target.write({"influence": 5, "evidence": "Became head of department"})
        history = target.assessment_ids.sorted("id")
        self.assertEqual(history.mapped("stance"), ["opponent", "neutral", "neutral"])
        self.assertEqual(history.mapped("influence"), [4, 4, 5])
        self.assertEqual(history[1].stance_before, "opponent")
        self.assertEqual(history[1].stance_shift, 1)
        self.assertEqual(
            (target.stance, target.influence, target.last_stance_shift), ("neutral", 5, 0)
        )

    def test_a_backdated_assessment_does_not_replace_the_latest(self):
        target = self._target()
        self.env["community.power.assessment"].create(
            {
                "target_id": target.id,
                "date": "2024-01-10",
                "stance": "active_opponent",
                "influence": 3,
                "evidence": "Voted against the youth budget in January",
            }
        )
        self.assertEqual(target.stance, "opponent")
        self.assertEqual(len(target.assessment_ids), 2)

    def test_influence_outside_one_to_five_is_refused(self):
        target = self._target()
        for influence in (0, 6):
            with (
                self.subTest(influence=influence),
                self.assertRefused(ValidationError, "Influence goes from 1"),
            ):
                target.reassess("ally", influence, "Promised support")
        with self.assertRefused(ValidationError, "Influence goes from 1"):
            self._target(partner_id=self.teacher.id, influence=9)
        self.assertEqual(len(target.assessment_ids), 1)
        self.assertFalse(
            self.env["community.power.target"].search([("partner_id", "=", self.teacher.id)])
        )

    def test_every_assessment_has_its_evidence(self):
        target = self._target()
        with self.assertRefused(ValidationError, "needs its evidence"):
            target.reassess("ally", 4, "  ")
        with self.assertRefused(ValidationError, "needs its evidence"):
            target.stance = "ally"

    def test_a_target_is_on_one_map(self):
        with self.assertRefused(ValidationError, "either a coalition or an initiative"):
            self._target(initiative_id=self._create_initiative().id)
        with self.assertRefused(ValidationError, "either a coalition or an initiative"):
            self._target(coalition_id=False)
        self._target()
        with self.assertRefused(ValidationError, "already on this power map"):
            self._target()

    def test_whoever_is_on_a_map_is_a_decision_maker(self):
        self._target(partner_id=self.teacher.id)
        role = self.env.ref("community_work.community_role_decision_maker")
        self.assertIn(role, self.teacher.community_role_ids)

    def test_maps_go_stale_without_reassessment(self):
        target = self._target()
        self.assertFalse(target.is_stale)
        with freeze_time("2025-04-01"):
            target.invalidate_recordset(["is_stale"])
            self.assertTrue(target.is_stale)

    def test_initiatives_have_power_maps_too(self):
        initiative = self._create_initiative()
        target = self._target(coalition_id=False, initiative_id=initiative.id)
        self.assertEqual(initiative.power_target_count, 1)
        action = initiative.action_open_power_map()
        self.assertEqual(action["tag"], "community_work.power_map")
        self.assertEqual(
            action["context"], {"active_model": "community.initiative", "active_id": initiative.id}
        )
        self.assertEqual(target.company_id, initiative.company_id)

    def test_a_reassessment_is_added_from_the_target_form(self):
        target = self._target()
        with Form(target) as form:
            with form.assessment_ids.new() as line:
                self.assertEqual((line.stance, line.influence), ("opponent", 4))
                line.stance = "ally"
                line.evidence = "Spoke for us at the council"
        self.assertEqual(target.stance, "ally")
        self.assertEqual(len(target.assessment_ids), 2)

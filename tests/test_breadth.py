from odoo.tests import Form, tagged

from .participation_common import ParticipationCase


@tagged("post_install", "-at_install")
class TestParticipationBreadth(ParticipationCase):
    def _meetings(self, rows):
        """One meeting per row of people, the most recent last."""
        for days_ago, people in zip(range(len(rows) * 7, 0, -7), rows, strict=True):
            self._meeting(days_ago=days_ago, people=people)

    def test_a_few_regulars_hold_most_attendances(self):
        core = self.ada | self.ben | self.cleo
        self._meetings([core, core, core | self.dev, core, core | self.eli])
        initiative = self.initiative
        self.assertEqual(initiative.participant_recent_count, 5)
        self.assertEqual(initiative.newcomer_recent_count, 5)
        self.assertAlmostEqual(initiative.top_participant_share, 15 / 17)
        self.assertTrue(initiative.is_participation_narrow)
        self.assertEqual(initiative.meeting_count, 5)
        # The district holds the same meetings.
        self.assertEqual(self.district.participant_recent_count, 5)
        self.assertTrue(self.district.is_participation_narrow)
        narrow = self.env["community.initiative"].search([("is_participation_narrow", "=", True)])
        self.assertIn(initiative, narrow)

    def test_wide_participation_is_not_flagged(self):
        everyone = self.people
        self._meetings([everyone[:4], everyone[3:], everyone[1:6], everyone])
        self.assertEqual(self.initiative.participant_recent_count, 7)
        self.assertLess(self.initiative.top_participant_share, 0.6)
        self.assertFalse(self.initiative.is_participation_narrow)

    def test_newcomers_are_new_to_the_initiative_in_the_last_90_days(self):
        self._meeting(days_ago=200, people=self.ada)
        self._meeting(days_ago=10, people=self.ada | self.ben)
        self._meeting(days_ago=5, people=self.cleo, initiative_id=False, community_id=self.city.id)
        self.assertEqual(self.initiative.participant_recent_count, 2)
        self.assertEqual(self.initiative.newcomer_recent_count, 1)
        self.assertEqual(self.city.participant_recent_count, 1)

    def test_thresholds_come_from_the_settings(self):
        core = self.ada | self.ben | self.cleo
        self._meetings([core, core | self.dev])
        self.assertTrue(self.initiative.is_participation_narrow)
        with Form(self.env["res.config.settings"]) as settings:
            settings.community_breadth_min_participants = 3
            settings.community_breadth_max_top_share = 0.95
        settings.record.execute()
        self.assertFalse(self.initiative.is_participation_narrow)
        with Form(self.env["res.config.settings"]) as settings:
            settings.community_breadth_max_top_share = 0.5
        settings.record.execute()
        self.assertTrue(self.initiative.is_participation_narrow)

    def test_impossible_thresholds_are_refused(self):
        with self.assertRefused("at least one participant"):
            self.env["res.config.settings"].create({"community_breadth_min_participants": 0})
        with self.assertRefused("between 0 and 100%"):
            self.env["res.config.settings"].create({"community_breadth_max_top_share": 1.5})

from datetime import timedelta

from odoo import Command, fields
from odoo.tests import tagged

from .common import CommunityWorkCase


@tagged("post_install", "-at_install")
class TestLadderAnalysis(CommunityWorkCase):
    """People reaching each level, and people on each level over time."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Analysis = cls.env["community.ladder.analysis"]
        cls.people = cls.env["res.partner"].create([{"name": n} for n in ("Ann", "Bo", "Cy")])
        cls.ann, cls.bo, cls.cy = cls.people
        cls.env["community.membership"].create(
            {"community_id": cls.district.id, "partner_id": cls.ann.id}
        )
        for person in cls.people:
            person.community_level_id = cls.level_participant
        (cls.ann | cls.bo).community_level_id = cls.level_activist
        cls.bo.community_level_id = cls.level_participant
        cls.scope = [("partner_id", "in", cls.people.ids)]

    def _per_level(self, domain=()):
        groups = self.Analysis._read_group(
            self.scope + list(domain), ["level_id"], ["reached_count:sum", "net_count:sum"]
        )
        return {level: (reached, net) for level, reached, net in groups}

    def test_reached_and_standing_per_level(self):
        figures = self._per_level()
        # Reached: three first levels, two moves up to activist; Bo's move down is no reach.
        self.assertEqual(figures[self.level_participant], (3, 2))
        self.assertEqual(figures[self.level_activist], (2, 1))
        self.assertEqual(
            figures[self.level_activist][1],
            len(self.people.filtered(lambda p: p.community_level_id == self.level_activist)),
        )

    def test_activists_and_leaders(self):
        activists = self._per_level([("is_activist", "=", True)])
        self.assertEqual(set(activists), {self.level_activist})

    def test_people_on_a_level_at_a_past_date(self):
        # Ann became an activist a month ago; the others moved today.
        self.ann.community_level_change_ids.filtered(
            lambda c: c.level_to_id == self.level_activist
        ).date = fields.Datetime.now() - timedelta(days=30)
        before = self._per_level([("date", "<", fields.Datetime.now() - timedelta(days=7))])
        self.assertEqual(before[self.level_activist], (1, 1))

    def test_filtered_per_community_method_and_worker(self):
        in_district = self.Analysis.search(
            self.scope + [("community_ids", "child_of", self.city.id)]
        )
        self.assertEqual(in_district.partner_id, self.ann)
        initiative = self._create_initiative(activist_ids=[Command.link(self.cy.id)])
        self.assertEqual(
            self.Analysis.search(
                self.scope + [("method_id", "=", initiative.method_id.id)]
            ).partner_id,
            self.cy,
        )
        self.assertFalse(
            self.Analysis.search(self.scope + [("method_id", "=", self.other_method.id)])
        )
        self.assertFalse(
            self.Analysis.search(self.scope + [("user_id", "=", self.other_worker.id)])
        )

from odoo.modules.migration import load_script
from odoo.tests import tagged

from .common import CommunityWorkCase

LADDER_CRITERIA = "community_work/migrations/18.0.1.2.0/post-migrate.py"
NO_CRITERIA = {"min_meeting_weight": 0, "min_role_count": 0, "dormant_days": 0}


@tagged("post_install", "-at_install")
class TestLadderCriteriaMigration(CommunityWorkCase):
    """Databases of 18.0.1.1.0 had a ladder without criteria: the shipped levels get
    theirs, levels someone already gave criteria to keep them."""

    def test_shipped_levels_get_their_criteria_once(self):
        volunteer = self.env.ref("community_work.community_level_volunteer")
        (self.level_participant | self.level_activist).write(NO_CRITERIA)
        volunteer.write({"min_meeting_weight": 12, "min_role_count": 0, "dormant_days": 0})

        load_script(LADDER_CRITERIA, "ladder_criteria").migrate(self.cr, "18.0.1.1.0")

        self.assertEqual(
            (self.level_participant.min_meeting_weight, self.level_participant.dormant_days),
            (3, 180),
        )
        self.assertEqual(self.level_activist.min_role_count, 3)
        self.assertEqual(volunteer.min_meeting_weight, 12)
        self.assertEqual(volunteer.dormant_days, 0)
        self.assertEqual(self.level_contact.min_meeting_weight, 0)

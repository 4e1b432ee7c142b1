from odoo.tests import HttpCase, tagged

from .common import CommunityWorkCase


@tagged("post_install", "-at_install")
class TestRightToLeftTour(HttpCase, CommunityWorkCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["res.lang"]._activate_lang("he_IL")
        cls.env["ir.module.module"]._load_module_terms(["web", "community_work"], ["he_IL"])
        cls.worker.lang = "he_IL"
        cls.cycle = cls.env.ref("community_work.community_method_cycle")

    def test_board_and_initiative_in_hebrew_read_right_to_left(self):
        self._create_initiative(name="Tenants of Linden Court", method_id=self.cycle.id)
        self.start_tour(
            f"/odoo/community-boards/{self.cycle.id}/community-board",
            "community_work_rtl_tour",
            login="cw_worker",
        )

from odoo.tests import HttpCase, tagged

from .common import CommunityWorkCase


@tagged("post_install", "-at_install")
class TestBoardTour(HttpCase, CommunityWorkCase):
    def test_worker_moves_an_initiative_and_ticks_its_checklist(self):
        self.method.name = "Tour Method"
        self.stage_organise.name = "Tour Organise"
        initiative = self._create_initiative(name="Tour Initiative")
        self.start_tour(
            "/odoo/action-community_work.community_method_action_boards",
            "community_work_board_tour",
            login="cw_worker",
        )
        self.assertEqual(initiative.stage_id, self.stage_organise)
        ticked = initiative.task_ids.filtered("is_done")
        self.assertEqual(ticked.mapped("name"), ["Hold a first meeting"])
        self.assertEqual((initiative.task_count, initiative.task_done_count), (1, 1))

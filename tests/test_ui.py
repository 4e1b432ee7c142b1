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
        quick = self.env["community.initiative"].search([("name", "=", "Tour Quick Group")])
        self.assertEqual(quick.method_id, self.method)
        self.assertEqual(quick.stage_id, self.stage_organise)
        self.assertEqual(quick.community_id, self.district)
        self.assertEqual(quick.task_ids.mapped("name"), ["Hold a first meeting"])

    def test_worker_moves_a_resident_up_the_ladder_from_the_contact_form(self):
        self.resident.community_level_id = self.level_participant
        self.start_tour(
            f"/odoo/action-community_work.res_partner_action_community/{self.resident.id}",
            "community_work_contact_tour",
            login="cw_worker",
        )
        self.assertEqual(self.resident.community_level_id, self.level_activist)
        last_move = self.resident.community_level_change_ids[0]
        self.assertEqual(last_move.level_from_id, self.level_participant)
        self.assertEqual(last_move.reason, "Chaired the spring meeting")
        self.assertEqual(last_move.user_id, self.worker)

    def test_worker_records_a_need_from_the_community_form(self):
        self._create_initiative(name="Tour Initiative")
        self.start_tour(
            f"/odoo/action-community_work.community_community_action/{self.district.id}",
            "community_work_community_tour",
            login="cw_worker",
        )
        self.assertEqual(self.district.need_ids.mapped("name"), ["No safe place for teenagers"])

from odoo.tests import HttpCase, new_test_user, tagged

from .common import CommunityWorkCase

BOARDS = "/odoo/action-community_work.community_method_action_boards"


@tagged("post_install", "-at_install")
class TestBoardTour(HttpCase, CommunityWorkCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.method.name = "Tour Method"
        cls.stage_organise.name = "Tour Organise"
        cls.other_method.stage_ids[0].name = "Other Stage"
        cls.south = cls.env["community.community"].create(
            {"name": "South", "parent_id": cls.city.id}
        )

    def test_worker_moves_an_initiative_and_ticks_its_checklist(self):
        initiative = self._create_initiative(name="Tour Initiative")
        self.start_tour(BOARDS, "community_work_board_tour", login="cw_worker")
        self.assertEqual(initiative.stage_id, self.stage_organise)
        ticked = initiative.task_ids.filtered("is_done")
        self.assertEqual(ticked.mapped("name"), ["Hold a first meeting"])
        self.assertEqual((initiative.task_count, initiative.task_done_count), (1, 1))
        quick = self.env["community.initiative"].search([("name", "=", "Tour Quick Group")])
        self.assertEqual(quick.method_id, self.method)
        self.assertEqual(quick.stage_id, self.stage_organise)
        self.assertEqual(quick.community_id, self.district)
        self.assertEqual(quick.task_ids.mapped("name"), ["Hold a first meeting"])

    def test_board_keeps_its_method_across_a_reload(self):
        self._create_initiative(name="Tour Initiative")
        self._create_initiative(name="Other Initiative", method_id=self.other_method.id)
        self.start_tour(BOARDS, "community_work_board_reload_tour", login="cw_worker")
        quick = self.env["community.initiative"].search([("name", "=", "Reloaded Group")])
        self.assertEqual(quick.stage_id, self.stage_organise)

    def test_worker_drags_own_card_next_to_a_colleagues(self):
        mine = self._create_initiative(name="My Card", community_id=self.south.id)
        colleagues = self._create_initiative(
            name="Colleague Card",
            community_id=self.south.id,
            user_id=self.other_worker.id,
            stage_id=self.stage_organise.id,
        )
        colleagues_before = colleagues.read(["write_date", "write_uid"])
        self.start_tour(BOARDS, "community_work_board_drag_tour", login="cw_worker")
        self.assertEqual(mine.stage_id, self.stage_organise)
        colleagues.invalidate_recordset()
        self.assertEqual(colleagues.read(["write_date", "write_uid"]), colleagues_before)

    def test_colleagues_initiative_reads_as_read_only(self):
        foreign = self._create_initiative(
            name="Someone else's", community_id=self.south.id, user_id=self.other_worker.id
        )
        mine, theirs = foreign.task_ids
        mine.user_id = self.worker
        theirs.user_id = self.other_worker
        self.start_tour(
            f"/odoo/action-community_work.community_initiative_action/{foreign.id}",
            "community_work_readonly_initiative_tour",
            login="cw_worker",
        )
        self.assertTrue(mine.is_done)
        self.assertFalse(theirs.is_done)
        self.assertEqual(foreign.stage_id, self.stage_listen)
        self.assertIn("Met the group at the market", foreign.message_ids[0].body)


@tagged("post_install", "-at_install")
class TestPeopleTour(HttpCase, CommunityWorkCase):
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

    def test_membership_lookup_finds_existing_communities(self):
        communities_before = self.env["community.community"].search_count([])
        self.start_tour(
            f"/odoo/action-community_work.res_partner_action_community/{self.resident.id}",
            "community_work_membership_lookup_tour",
            login="cw_worker",
        )
        self.assertEqual(self.resident.community_membership_ids.community_id, self.district)
        self.assertEqual(self.env["community.community"].search_count([]), communities_before)

    def test_worker_records_a_need_from_the_community_form(self):
        self._create_initiative(name="Tour Initiative")
        self.start_tour(
            f"/odoo/action-community_work.community_community_action/{self.district.id}",
            "community_work_community_tour",
            login="cw_worker",
        )
        self.assertEqual(self.district.need_ids.mapped("name"), ["No safe place for teenagers"])


@tagged("post_install", "-at_install")
class TestEveryMenuTour(HttpCase):
    """A newcomer opens every menu of the app on the demo data: no error anywhere."""

    def _visible_menus(self, user):
        root = self.env.ref("community_work.community_work_menu_root")
        menus = self.env["ir.ui.menu"].with_user(user).search([("id", "child_of", root.id)])
        return menus.filtered("action")

    def test_fresh_worker_opens_every_menu(self):
        worker = new_test_user(
            self.env, "cw_fresh", groups="community_work.group_community_user", name="Fay Fresh"
        )
        self.start_tour("/odoo", "community_work_every_menu_tour", login="cw_fresh", timeout=600)
        self.assertGreaterEqual(len(self._visible_menus(worker)), 10)

    def test_manager_opens_every_menu(self):
        manager = new_test_user(
            self.env,
            "cw_fresh_manager",
            groups="community_work.group_community_manager",
            name="Max Fresh",
        )
        self.start_tour(
            "/odoo", "community_work_every_menu_tour", login="cw_fresh_manager", timeout=600
        )
        self.assertGreater(len(self._visible_menus(manager)), 15)

from lxml import etree

from odoo import fields
from odoo.exceptions import UserError, ValidationError
from odoo.tests import Form, tagged
from odoo.tools.safe_eval import safe_eval

from .common import CommunityWorkCase


@tagged("post_install", "-at_install")
class TestInitiative(CommunityWorkCase):
    def test_new_initiative_starts_at_first_stage_with_its_checklist(self):
        initiative = self._create_initiative()
        self.assertEqual(initiative.stage_id, self.stage_listen)
        self.assertEqual(initiative.task_ids.mapped("name"), ["Knock on doors", "Map local groups"])
        self.assertEqual(initiative.task_ids.stage_id, self.stage_listen)
        self.assertEqual(initiative.indicator_ids.mapped("name"), ["Residents bring problems"])
        self.assertEqual(initiative.indicator_ids.status, "not_yet")
        self.assertEqual((initiative.task_count, initiative.task_done_count), (2, 0))

    def test_entering_a_stage_adds_its_checklist_once(self):
        initiative = self._create_initiative()
        initiative.stage_id = self.stage_organise
        organise_tasks = initiative.task_ids.filtered(lambda t: t.stage_id == self.stage_organise)
        self.assertEqual(organise_tasks.mapped("name"), ["Hold a first meeting"])
        self.assertEqual(
            len(initiative.indicator_ids.filtered(lambda i: i.stage_id == self.stage_organise)), 2
        )
        # Going back and forth does not copy the stages' items again.
        initiative.stage_id = self.stage_listen
        initiative.stage_id = self.stage_organise
        self.assertEqual(len(initiative.task_ids), 3)
        self.assertEqual(len(initiative.indicator_ids), 3)

    def test_items_added_by_hand_do_not_stop_the_stage_checklist(self):
        initiative = self._create_initiative()
        self.env["community.initiative.task"].create(
            {
                "initiative_id": initiative.id,
                "stage_id": self.stage_organise.id,
                "name": "Book a hall",
            }
        )
        initiative.stage_id = self.stage_organise
        organise_tasks = initiative.task_ids.filtered(lambda t: t.stage_id == self.stage_organise)
        self.assertEqual(
            set(organise_tasks.mapped("name")), {"Hold a first meeting", "Book a hall"}
        )

    def test_checklist_progress_counts_the_current_stage(self):
        initiative = self._create_initiative()
        initiative.task_ids[0].is_done = True
        self.assertEqual((initiative.task_count, initiative.task_done_count), (2, 1))
        initiative.stage_id = self.stage_organise
        self.assertEqual((initiative.task_count, initiative.task_done_count), (1, 0))
        self.env["community.initiative.task"].create(
            {
                "name": "Book the hall",
                "initiative_id": initiative.id,
                "user_id": self.other_worker.id,
            }
        )
        self.assertEqual(initiative.task_count, 2, "an added item belongs to the current stage")

    def test_current_stage_items_come_first(self):
        initiative = self._create_initiative()
        initiative.stage_id = self.stage_organise
        initiative.invalidate_recordset(["task_ids"])
        self.assertEqual(
            initiative.task_ids.mapped("name"),
            ["Hold a first meeting", "Knock on doors", "Map local groups"],
        )
        self.assertEqual(initiative.task_ids.mapped("is_current_stage"), [True, False, False])
        initiative.stage_id = self.stage_listen
        initiative.invalidate_recordset(["task_ids"])
        self.assertEqual(
            initiative.task_ids[:2].mapped("name"), ["Knock on doors", "Map local groups"]
        )

    def test_my_checklist_holds_my_items_and_those_of_my_initiatives(self):
        mine = self._create_initiative()
        south = self.env["community.community"].create({"name": "South"})
        colleagues = self._create_initiative(community_id=south.id, user_id=self.other_worker.id)
        assigned = colleagues.task_ids[0]
        assigned.user_id = self.worker
        closed = self._create_initiative(stage_id=self.stage_close.id, name="Closed")
        self.env["community.initiative.task"].create(
            {"initiative_id": closed.id, "name": "Thank the volunteers"}
        )
        closed.action_close()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "community_work.community_initiative_task_action"
        )
        search_view = self.env["community.initiative.task"].get_view(view_type="search")
        my_filter = etree.fromstring(search_view["arch"]).find(".//filter[@name='my_items']")
        Task = self.env["community.initiative.task"].with_user(self.worker)
        domain = safe_eval(action["domain"]) + safe_eval(
            my_filter.get("domain"), {"uid": self.worker.id}
        )
        self.assertEqual(Task.search(domain), mine.task_ids | assigned)

        initiative = self._create_initiative()
        with self.assertRaises(ValidationError):
            initiative.stage_id = self.other_method.stage_ids[0]
        with self.assertRaises(ValidationError):
            self._create_initiative(stage_id=self.other_method.stage_ids[0].id)

    def test_changing_method_moves_to_its_first_stage(self):
        initiative = self._create_initiative()
        initiative.method_id = self.other_method
        self.assertEqual(initiative.stage_id, self.other_method.stage_ids[0])

    def test_close_date_before_start_date_is_refused(self):
        with self.assertRaises(ValidationError):
            self._create_initiative(date_start="2026-03-01", date_end="2026-02-28")
        initiative = self._create_initiative(date_start="2026-03-01")
        with self.assertRaises(ValidationError):
            initiative.date_end = "2026-01-01"
        self.assertFalse(initiative.date_end, "nothing of the refused write is kept")

    def test_form_shows_stage_guidance_and_cautions(self):
        with Form(self.env["community.initiative"]) as form:
            form.name = "Lift repairs"
            form.community_id = self.district
            form.method_id = self.method
            self.assertEqual(form.stage_id, self.stage_listen)
            self.assertIn("Walk the streets", form.stage_guidance)
            self.assertIn("Do not rush", form.stage_caution)
            form.method_id = self.other_method
            self.assertEqual(form.stage_id, self.other_method.stage_ids[0])
        self.assertEqual(form.record.stage_id.method_id, self.other_method)

    def test_next_cycle_only_from_a_closing_stage(self):
        initiative = self._create_initiative()
        with self.assertRaises(UserError):
            initiative.action_start_next_cycle()
        self.assertFalse(initiative.child_ids)

    def test_next_cycle_creates_a_linked_follow_up(self):
        activist = self.env["res.partner"].create({"name": "Ada Activist"})
        initiative = self._create_initiative(
            activist_ids=[fields.Command.link(activist.id)], date_start="2025-01-10"
        )
        initiative.stage_id = self.stage_close
        action = initiative.action_start_next_cycle()
        follow_up = self.env["community.initiative"].browse(action["res_id"])
        self.assertEqual(follow_up.parent_id, initiative)
        self.assertEqual(initiative.child_ids, follow_up)
        self.assertEqual(initiative.child_count, 1)
        self.assertEqual(follow_up.stage_id, self.stage_listen)
        self.assertEqual(follow_up.community_id, initiative.community_id)
        self.assertEqual(follow_up.activist_ids, activist)
        self.assertEqual(follow_up.date_start, fields.Date.context_today(follow_up))
        self.assertEqual(len(follow_up.task_ids), 2, "the follow-up gets its own first checklist")
        self.assertEqual(initiative.stage_id, self.stage_close)
        self.assertIn(f'data-oe-id="{follow_up.id}"', initiative.message_ids[0].body)
        follow_ups = initiative.action_view_follow_ups()
        self.assertEqual(self.env["community.initiative"].search(follow_ups["domain"]), follow_up)

    def test_initiative_cannot_follow_up_on_itself(self):
        initiative = self._create_initiative()
        follow_up = self._create_initiative(parent_id=initiative.id)
        with self.assertRaises(ValidationError):
            initiative.parent_id = follow_up

    def test_board_shows_all_stages_of_one_method_only(self):
        self._create_initiative()
        self._create_initiative(method_id=self.other_method.id)
        Initiative = self.env["community.initiative"].with_context(default_method_id=self.method.id)
        groups = Initiative.read_group(
            [("method_id", "=", self.method.id)], ["stage_id"], ["stage_id"]
        )
        self.assertEqual([g["stage_id"][0] for g in groups], self.method.stage_ids.ids)
        self.assertEqual([g["stage_id_count"] for g in groups], [1, 0, 0])

    def test_board_method_is_found_in_the_domain(self):
        self._create_initiative()
        groups = self.env["community.initiative"].read_group(
            [("method_id", "=", self.other_method.id)], ["stage_id"], ["stage_id"]
        )
        self.assertEqual([g["stage_id"][0] for g in groups], self.other_method.stage_ids.ids)

    def test_board_without_a_method_does_not_add_empty_stages(self):
        self._create_initiative()
        self._create_initiative(method_id=self.other_method.id)
        groups = self.env["community.initiative"].read_group(
            [("community_id", "=", self.district.id)], ["stage_id"], ["stage_id"]
        )
        self.assertEqual(
            {g["stage_id"][0] for g in groups},
            {self.stage_listen.id, self.other_method.stage_ids[0].id},
        )

    def test_time_in_stage_is_tracked(self):
        initiative = (
            self.env["community.initiative"]
            .with_context(tracking_disable=False)
            .create(
                {"name": "Tracked", "community_id": self.district.id, "method_id": self.method.id}
            )
        )
        self.cr.precommit.run()
        initiative.stage_id = self.stage_organise
        self.env.flush_all()
        self.cr.precommit.run()
        initiative.invalidate_recordset(["duration_tracking"])
        self.assertEqual(
            set(initiative.duration_tracking),
            {str(self.stage_listen.id), str(self.stage_organise.id)},
        )

    def test_partner_counts_initiatives_as_activist_or_organisation(self):
        organisation = self.env["res.partner"].create(
            {"name": "Tenants' Association", "is_company": True}
        )
        self._create_initiative(
            activist_ids=[fields.Command.link(self.resident.id)],
            organisation_ids=[fields.Command.link(organisation.id)],
        )
        self._create_initiative(activist_ids=[fields.Command.link(self.resident.id)])
        self.assertEqual(self.resident.community_initiative_count, 2)
        self.assertEqual(organisation.community_initiative_count, 1)
        action = self.resident.action_view_community_initiatives()
        self.assertEqual(len(self.env["community.initiative"].search(action["domain"])), 2)

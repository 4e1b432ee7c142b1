from lxml import etree

from odoo import Command
from odoo.tests import tagged, users

from .common import CommunityWorkCase


def view_specification(model, view_type):
    """What the web client reads for a view: its fields, with the names of related records."""
    arch = etree.fromstring(model.get_view(view_type=view_type)["arch"])
    specification = {}
    for node in arch.iter("field"):
        field = model._fields[node.get("name")]
        specification[field.name] = {"fields": {"display_name": {}}} if field.relational else {}
    return specification


@tagged("post_install", "-at_install")
class TestBoardPerformance(CommunityWorkCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.tags = cls.env["community.initiative.tag"].create(
            [{"name": f"Tag {i}"} for i in range(3)]
        )
        cls.communities = cls.env["community.community"].create(
            [{"name": f"Estate {i}", "parent_id": cls.district.id} for i in range(4)]
        )
        cls.workers = cls.worker | cls.other_worker | cls.manager
        cls.board_specification = view_specification(cls.env["community.initiative"], "kanban")

    def _add_initiatives(self, count):
        initiatives = (
            self.env["community.initiative"]
            .sudo()
            .create(
                [
                    {
                        "name": f"Group {i}",
                        "community_id": self.communities[i % 4].id,
                        "method_id": self.method.id,
                        "user_id": self.workers[i % 3].id,
                        "stage_id": self.method.stage_ids[i % 3].id,
                        "tag_ids": [Command.set(self.tags[: i % 3 + 1].ids)],
                    }
                    for i in range(count)
                ]
            )
        )
        for initiative in initiatives:
            initiative.activity_schedule("mail.mail_activity_data_todo", user_id=self.worker.id)
        self.env.flush_all()
        self.env.invalidate_all()
        return initiatives

    def _read_board(self):
        Initiative = self.env["community.initiative"].with_context(default_method_id=self.method.id)
        domain = [("method_id", "=", self.method.id)]
        groups = Initiative.web_read_group(domain, ["stage_id"], ["stage_id"])
        for group in groups["groups"]:
            Initiative.web_search_read(group["__domain"], self.board_specification, limit=40)

    @users("cw_worker")
    def test_board_queries_do_not_grow_with_initiatives(self):
        self._add_initiatives(3)
        self._read_board()  # warm the caches that do not depend on the records
        for added in (0, 30):
            self._add_initiatives(added)
            # Which cards the worker may change is read per column (a few queries
            # depending on how communities spread over the columns), never per card.
            with self.assertQueryCount(cw_worker=39):
                self._read_board()

    @users("cw_worker")
    def test_initiative_list_queries_do_not_grow_with_initiatives(self):
        specification = view_specification(self.env["community.initiative"], "list")
        self._add_initiatives(3)
        Initiative = self.env["community.initiative"]
        Initiative.web_search_read([], specification, limit=80)  # warm the caches
        for added in (0, 30):
            self._add_initiatives(added)
            # One more than before the reviews: the user's time zone, to know whether
            # the next review is overdue today.
            with self.assertQueryCount(cw_worker=15):
                Initiative.web_search_read([], specification, limit=80)

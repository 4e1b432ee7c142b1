from odoo import Command
from odoo.tests import tagged, users

from .coalition_common import CoalitionCase
from .test_performance import view_specification


@tagged("post_install", "-at_install")
class TestCoalitionPerformance(CoalitionCase):
    """The coalition board and the member list cost the same number of queries whatever
    the number of coalitions, members, pledges and activities.

    Columns and pages are kept short and full (every column holds more cards than it
    shows), so that what is measured is the cost of the cards shown, not whether a
    column needs its count."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.coalition.user_id = False
        cls.organisations = cls.env["res.partner"].create(
            [{"name": f"Organisation {i}", "is_company": True} for i in range(12)]
        )
        cls.representatives = cls.env["res.partner"].create(
            [
                {"name": f"Representative {i}", "parent_id": organisation.id}
                for i, organisation in enumerate(cls.organisations)
            ]
        )
        cls.tags = cls.env["community.coalition.tag"].create(
            [{"name": f"Field {i}"} for i in range(3)]
        )
        cls.board_specification = view_specification(cls.env["community.coalition"], "kanban")
        cls.member_specification = view_specification(cls.env["community.coalition.member"], "list")

    def _add_coalitions(self, count, members_each=4):
        stages = self.ladder.stage_ids
        coalitions = (
            self.env["community.coalition"]
            .sudo()
            .create(
                [
                    {
                        "name": f"Coalition {i}",
                        "user_id": self.other_worker.id,
                        "stage_id": stages[i % len(stages)].id,
                        "lead_partner_id": self.organisations[i % 12].id,
                        "tag_ids": [Command.set(self.tags.ids)],
                        "member_ids": [
                            Command.create(
                                {
                                    "partner_id": self.organisations[(i + j) % 12].id,
                                    "representative_ids": [
                                        Command.link(self.representatives[(i + j) % 12].id)
                                    ],
                                }
                            )
                            for j in range(members_each)
                        ],
                    }
                    for i in range(count)
                ]
            )
        )
        self.env["community.coalition.pledge"].sudo().create(
            [
                {
                    "coalition_id": coalition.id,
                    "member_id": member.id,
                    "name": "Rooms",
                    "kind": "rooms",
                    "quantity": 4,
                    "date": "2024-01-01",
                    "date_due": "2024-02-01",
                }
                for coalition in coalitions
                for member in coalition.member_ids[:2]
            ]
        )
        for coalition in coalitions:
            coalition.activity_schedule("mail.mail_activity_data_todo", user_id=self.worker.id)
        self.env.flush_all()
        self.env.invalidate_all()
        return coalitions

    def _read_board(self):
        Coalition = self.env["community.coalition"]
        groups = Coalition.web_read_group([], ["stage_id"], ["stage_id"])
        for group in groups["groups"]:
            Coalition.web_search_read(group["__domain"], self.board_specification, limit=5)

    @users("cw_worker")
    def test_board_queries_do_not_grow_with_coalitions_or_members(self):
        self._add_coalitions(30)  # more cards than a column shows, in every column
        self._read_board()  # warm the caches that do not depend on the records
        for added, members_each in ((0, 0), (20, 4), (5, 10)):
            self._add_coalitions(added, members_each)
            with self.assertQueryCount(cw_worker=58):
                self._read_board()

    @users("cw_worker")
    def test_member_list_queries_do_not_grow_with_members(self):
        Member = self.env["community.coalition.member"]
        self._add_coalitions(10)  # more members than a page shows
        Member.web_search_read([], self.member_specification, limit=20)  # warm the caches
        for added in (0, 15):
            self._add_coalitions(added, members_each=6)
            with self.assertQueryCount(cw_worker=11):
                Member.web_search_read([], self.member_specification, limit=20)

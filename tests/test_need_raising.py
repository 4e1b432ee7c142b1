from odoo import Command
from odoo.exceptions import AccessError, UserError
from odoo.modules.migration import load_script
from odoo.tests import Form, tagged

from .round_common import RoundCase

RAISED_BY_MANY = "community_work/migrations/18.0.1.3.0/post-migrate.py"


@tagged("post_install", "-at_install")
class TestNeedRaising(RoundCase):
    """Issues are raised by one or many people, where and in their own words."""

    def _raise(self, need, partner=None, **values):
        return self.env["community.need.raising"].create(
            {"need_id": need.id, "partner_id": partner.id if partner else False, **values}
        )

    def test_the_count_grows_with_each_person_once_and_the_unnamed(self):
        ada, ben = self.voters[:2]
        self._raise(self.need_lifts, ada, channel="door", words="The lift smells and stops.")
        self.assertEqual(self.need_lifts.raised_count, 1)
        self._raise(self.need_lifts, ada, channel="online")
        self.assertEqual(self.need_lifts.raised_count, 1, "the same person twice counts once")
        self._raise(self.need_lifts, ben)
        self._raise(self.need_lifts, channel="survey", people_count=12)
        self.assertEqual(self.need_lifts.raised_count, 14)
        self.assertEqual(self.need_lifts.raised_partner_ids, ada | ben)
        self.assertEqual(
            self.env["community.need"].search([("raised_partner_ids", "=", ben.id)]),
            self.need_lifts,
        )
        with self.assertRefused("a line with a name counts one"):
            self._raise(self.need_lifts, ada, people_count=3)
        with self.assertRefused("at least one person"):
            self._raise(self.need_lifts, people_count=0)

    def test_raised_at_a_meeting(self):
        meeting = self.env["community.meeting"].create(
            {"name": "Open evening", "community_id": self.district.id}
        )
        with Form(self.need_lifts.with_user(self.worker)) as need:
            with need.raising_ids.new() as raising:
                raising.partner_id = self.voters[0]
                raising.meeting_id = meeting
                raising.words = "We wait for the lift for twenty minutes."
        raising = self.need_lifts.raising_ids
        self.assertEqual(raising.channel, "meeting")
        self.assertEqual(raising.user_id, self.worker)

    def test_merging_keeps_everyone_who_raised_either_issue(self):
        ada, ben, cleo = self.voters[:3]
        self._raise(self.need_lifts, ada)
        self._raise(self.need_damp, ben)
        self._raise(self.need_damp, ada)
        self._raise(self.need_damp, channel="survey", people_count=5)
        initiative = self._create_initiative(need_ids=[Command.link(self.need_damp.id)])
        round_ = self._round("dots", needs=self.need_damp | self.need_bins)
        merge = (
            self.env["community.need.merge"]
            .with_user(self.worker)
            .with_context(
                active_model="community.need", active_ids=(self.need_lifts | self.need_damp).ids
            )
            .create({})
        )
        self.assertEqual(merge.target_id, self.need_damp, "the issue most people share stays")
        merge.target_id = self.need_lifts
        merge.action_merge()
        self.assertFalse(self.need_damp.exists())
        self.assertEqual(self.need_lifts.raised_partner_ids, ada | ben)
        self.assertEqual(self.need_lifts.raised_count, 7)
        self.assertEqual(self.need_lifts.priority, "2", "the higher priority of the two")
        self.assertEqual(initiative.need_ids, self.need_lifts)
        self.assertIn(self.need_lifts, round_.candidate_ids.need_id)
        self.assertFalse(cleo.id in self.need_lifts.raised_partner_ids.ids)

    def test_issues_chosen_between_in_one_round_are_not_merged(self):
        self._round("dots", needs=self.need_lifts | self.need_damp)
        merge = self.env["community.need.merge"].create(
            {"need_ids": [Command.set((self.need_lifts | self.need_damp).ids)]}
        )
        with self.assertRefused("were both candidates of the round", UserError):
            merge.action_merge()
        other = self.env["community.need"].create({"community_id": self.city.id, "name": "Lifts"})
        merge = self.env["community.need.merge"].create(
            {"need_ids": [Command.set((self.need_bins | other).ids)]}
        )
        with self.assertRefused("Only issues of the same community", UserError):
            merge.action_merge()

    def test_only_who_may_delete_issues_merges_them(self):
        south = self.env["community.community"].create(
            {"name": "South", "user_ids": [Command.set(self.other_worker.ids)]}
        )
        needs = self.env["community.need"].create(
            [{"community_id": south.id, "name": name} for name in ("Rats", "Rats in the yard")]
        )
        merge = (
            self.env["community.need.merge"]
            .with_user(self.worker)
            .create({"need_ids": [Command.set(needs.ids)]})
        )
        with self.assertRaises(AccessError), self.cr.savepoint():
            merge.action_merge()
        self.assertEqual(len(needs.exists()), 2)

    def test_an_issue_voted_on_is_not_deleted_nor_moved(self):
        round_ = self._round("dots")
        with self.assertRefused("cannot be deleted. Merge it", UserError):
            self.need_lifts.unlink()
        with self.assertRefused("it stays in that community", UserError):
            self.need_lifts.community_id = self.city
        self.assertEqual(round_.candidate_ids[0].need_id.community_id, self.district)

    def test_contacts_who_raised_or_chose_have_a_community_profile(self):
        ada, ben = self.voters[:2]
        self._raise(self.need_lifts, ada)
        self._ballot(self._round("dots"), ben, {self.need_lifts: 1})
        for person in (ada, ben):
            with self.subTest(person=person.name):
                with self.assertRefused("Archive the contact instead", UserError):
                    person.with_user(self.worker).unlink()
        (ada | ben).with_user(self.manager).unlink()
        self.assertFalse(self.need_lifts.raising_ids)
        self.assertEqual(self.need_lifts.raised_count, 0)

    def test_merging_contacts_keeps_one_ballot_per_round_and_recounts(self):
        ada, ada_again = self.voters[:2]
        round_ = self._round("dots")
        first = self._ballot(round_, ada, {self.need_lifts: 1})
        self._ballot(round_, ada_again, {self.need_damp: 3})
        self._raise(self.need_bins, ada)
        self._raise(self.need_bins, ada_again)
        self.assertEqual(self.need_bins.raised_count, 2)
        self.env["base.partner.merge.automatic.wizard"]._merge((ada | ada_again).ids, ada)
        self.assertEqual(round_.ballot_ids, first, "the first ballot counts")
        self.assertEqual(self.need_bins.raised_count, 1)
        self.assertEqual(len(self.need_bins.raising_ids), 2, "both occasions are kept")

    def test_former_single_raiser_becomes_the_first_line(self):
        self.cr.execute("ALTER TABLE community_need ADD COLUMN raised_by_id integer")
        self.env.flush_all()
        self.cr.execute(
            "UPDATE community_need SET raised_by_id = %s WHERE id = %s",
            (self.voters[3].id, self.need_lifts.id),
        )
        load_script(RAISED_BY_MANY, "raised_by_many").migrate(self.cr, "18.0.1.2.0")
        self.env.invalidate_all()
        raising = self.need_lifts.raising_ids
        self.assertEqual(raising.partner_id, self.voters[3])
        self.assertEqual(raising.channel, "conversation")
        self.assertEqual(raising.date, self.need_lifts.create_date.date())
        self.assertEqual(self.need_lifts.raised_count, 1)
        self.assertFalse(self.need_damp.raising_ids)
        self.cr.execute(
            "SELECT 1 FROM information_schema.columns"
            " WHERE table_name = 'community_need' AND column_name = 'raised_by_id'"
        )
        self.assertFalse(self.cr.rowcount)

    def test_a_raiser_of_another_company_is_refused(self):
        other_company = self.env["res.company"].create({"name": "Other NGO"})
        stranger = self.env["res.partner"].create(
            {"name": "Stranger", "company_id": other_company.id}
        )
        with self.assertRaises(UserError), self.cr.savepoint():
            self._raise(self.need_lifts, stranger)

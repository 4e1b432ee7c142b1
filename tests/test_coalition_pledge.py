from freezegun import freeze_time

from odoo import Command
from odoo.exceptions import ValidationError
from odoo.tests import Form, tagged

from .coalition_common import CoalitionCase


@tagged("post_install", "-at_install")
@freeze_time("2024-09-15")
class TestCoalitionPledge(CoalitionCase):
    def _contribute(self, pledge, **values):
        return self.env["community.coalition.contribution"].create(
            {"pledge_id": pledge.id, "date": "2024-03-01", **values}
        )

    def test_pledged_against_delivered_per_member_and_coalition(self):
        hours = self._pledge(quantity=40)
        money = self._pledge(member=self.school_member, kind="money", amount=1000, quantity=0)
        self.assertEqual(hours.unit, "hours")
        self.assertFalse(money.unit)
        self._contribute(hours, quantity=15, note="Easter camp")
        self._contribute(money, amount=1000)
        self.assertEqual((hours.state, hours.delivered_quantity), ("partial", 15))
        self.assertAlmostEqual(hours.delivered_percent, 37.5)
        self.assertEqual(money.state, "delivered")
        self.assertEqual(self.club_member.pledge_count, 1)
        self.assertEqual(self.school_member.pledge_delivered_count, 1)
        self.assertEqual(self.school_member.delivered_amount, 1000)
        coalition = self.coalition
        self.assertEqual((coalition.pledge_count, coalition.pledge_delivered_count), (2, 1))
        self.assertEqual((coalition.pledged_amount, coalition.delivered_amount), (1000, 1000))
        self.assertEqual(coalition.contribution_count, 2)

    def test_overdue_pledges_are_highlighted(self):
        late = self._pledge(date_due="2024-09-01")
        self._pledge(member=self.school_member, date_due="2024-10-01")
        delivered = self._pledge(member=self.library_member, date_due="2024-08-01", quantity=5)
        self._contribute(delivered, quantity=5)
        Pledge = self.env["community.coalition.pledge"]
        self.assertEqual(
            Pledge.search([("coalition_id", "=", self.coalition.id), ("is_overdue", "=", True)]),
            late,
        )
        self.assertNotIn(late, Pledge.search([("is_overdue", "=", False)]))
        self.assertEqual(self.coalition.overdue_pledge_count, 1)
        Coalition = self.env["community.coalition"]
        self.assertIn(self.coalition, Coalition.search([("overdue_pledge_count", ">", 0)]))

    def test_the_coordinator_gets_one_reminder_per_overdue_pledge(self):
        late = self._pledge(date_due="2024-09-01")
        Pledge = self.env["community.coalition.pledge"]
        Pledge._cron_remind_overdue_pledges()
        Pledge._cron_remind_overdue_pledges()
        reminder = late.reminder_activity_id
        self.assertEqual(reminder.user_id, self.coordinator)
        self.assertEqual(reminder.res_model, "community.coalition")
        self.assertEqual(reminder.res_id, self.coalition.id)
        self.assertEqual(len(self.coalition.activity_ids), 1)
        self._contribute(late, quantity=40)
        self.assertFalse(reminder.exists(), "a delivered pledge closes its reminder")
        self.assertFalse(self.coalition.activity_ids)

    def test_a_pledge_promises_something(self):
        with self.assertRefused(ValidationError, "positive quantity"):
            self._pledge(quantity=-5)
        with self.assertRefused(ValidationError, "positive amount"):
            self._pledge(kind="money", amount=0)

    def test_a_pledge_belongs_to_a_member_of_its_coalition(self):
        other = self.env["community.coalition"].create({"name": "Other"})
        with self.assertRefused(ValidationError, "not a member"):
            self._pledge(coalition_id=other.id)

    def test_contributions_stay_within_the_pledge(self):
        pledge = self._pledge(quantity=10)
        self._contribute(pledge, quantity=6)
        with self.assertRefused(ValidationError, "more than was pledged"):
            self._contribute(pledge, quantity=5)
        with self.assertRefused(ValidationError, "more than was pledged"):
            pledge.quantity = 4
        with self.assertRefused(ValidationError, "positive quantity"):
            self._contribute(pledge, quantity=-1)
        self.assertEqual(pledge.delivered_quantity, 6)

    def test_a_contribution_does_not_come_before_the_pledge(self):
        pledge = self._pledge()
        with self.assertRefused(ValidationError, "before the pledge"):
            self._contribute(pledge, quantity=1, date="2024-01-15")
        self._contribute(pledge, quantity=1)
        with self.assertRefused(ValidationError, "before the pledge"):
            pledge.date = "2024-04-01"

    def test_pledge_and_contribution_recorded_from_the_coalition_form(self):
        with Form(self.coalition.with_user(self.coordinator)) as form:
            with form.pledge_ids.new() as pledge:
                pledge.member_id = self.school_member
                pledge.name = "Rooms for the homework club"
                pledge.kind = "rooms"
                pledge.quantity = 20
                pledge.unit = "sessions"
                with pledge.contribution_ids.new() as contribution:
                    contribution.quantity = 8
        pledge = self.coalition.pledge_ids
        self.assertEqual(pledge.partner_id, self.school)
        self.assertEqual((pledge.delivered_quantity, pledge.state), (8, "partial"))

    def test_the_analysis_shows_pledged_and_delivered_over_time(self):
        pledge = self._pledge(quantity=10)
        self._contribute(pledge, quantity=4, date="2024-03-01")
        self._contribute(pledge, quantity=3, date="2024-05-01")
        Analysis = self.env["community.coalition.pledge.analysis"]
        groups = Analysis._read_group(
            [("pledge_id", "=", pledge.id)],
            ["date:month"],
            ["pledged_quantity:sum", "delivered_quantity:sum"],
        )
        self.assertEqual(
            [(date.month, pledged, delivered) for date, pledged, delivered in groups],
            [(2, 10, 0), (3, 0, 4), (5, 0, 3)],
        )

    def test_leaving_members_keep_their_pledges(self):
        pledge = self._pledge()
        self.club_member.date_left = "2024-08-01"
        self.assertEqual(self.coalition.pledge_ids, pledge)
        self.assertEqual(self.club_member.pledge_ids, pledge)
        self.coalition.write(
            {"member_ids": [Command.update(self.school_member.id, {"role_id": False})]}
        )
        self.assertFalse(self.school_member.role_id)

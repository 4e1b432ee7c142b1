from datetime import date

from dateutil.relativedelta import relativedelta

from odoo import Command, fields
from odoo.exceptions import UserError
from odoo.tests import tagged

from .consent_common import ConsentCase


@tagged("post_install", "-at_install")
class TestRetention(ConsentCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.longest = max(cls.env["community.consent.purpose"].search([]).mapped("retention_months"))
        cls.long_ago = date.today() - relativedelta(months=cls.longest + 2)
        cls.Review = cls.env["community.retention.review"]
        cls.quiet = cls._resident("Quentin Quiet")

    @classmethod
    def _resident(cls, name, since=None):
        return cls.env["res.partner"].create(
            {
                "name": name,
                "community_membership_ids": [
                    Command.create({"community_id": cls.district.id, "date_start": since or cls.long_ago})
                ],
            }
        )

    def _listed(self):
        return self.Review._cron_find_candidates().partner_id

    def test_a_quiet_resident_without_consent_is_listed_once(self):
        self.assertIn(self.quiet, self._listed())
        review = self.Review.search([("partner_id", "=", self.quiet.id)])
        self.assertEqual(review.state, "review")
        self.assertEqual(review.last_activity_date, self.long_ago)
        self.assertIn(str(self.longest), review.reason)
        self.assertNotIn(self.quiet, self._listed(), "a pending review is not listed again")

    def test_people_who_take_part_or_consent_are_not_listed(self):
        newcomer = self._resident("Nina New", since=date.today())
        comes = self._resident("Carl Comes")
        self._meeting(days_ago=30, people=comes)
        consents = self._resident("Connie Consents")
        self._consent(
            consents,
            self.purpose_research,
            day=self.long_ago,
            expiry_date=date.today() + relativedelta(months=1),
        )
        organisation = self._resident("Old Club")
        organisation.is_company = True
        listed = self._listed()
        self.assertIn(self.quiet, listed)
        self.assertFalse(listed & (newcomer | comes | consents | organisation | self.people))

    def test_an_expired_or_withdrawn_consent_is_no_basis(self):
        expired = self._resident("Edna Expired")
        self._consent(expired, self.purpose_phone, day=self.long_ago)
        withdrawn = self._resident("Walt Withdrawn")
        self._consent(withdrawn, self.purpose_phone, day=self.long_ago)
        self._consent(withdrawn, self.purpose_phone, state="withdrawn", day=self.long_ago)
        listed = self._listed()
        self.assertIn(expired, listed)
        self.assertIn(withdrawn, listed)

    def test_the_retention_period_is_that_of_the_purposes_consented_to(self):
        """A phone consent (24 months) that lapsed two and a half years ago: due."""
        lapsed = self._resident("Lars Lapsed", since=date.today() - relativedelta(months=31))
        self._consent(lapsed, self.purpose_phone, day=date.today() - relativedelta(months=30))
        self.assertIn(lapsed, self._listed())

    def test_keep_needs_a_reason_and_holds_for_a_period(self):
        review = self.Review._cron_find_candidates().filtered(lambda r: r.partner_id == self.quiet)
        with self.assertRefused("Say why", UserError):
            review.with_user(self.manager).action_keep()
        review.kept_reason = "Treasurer of the tenants' group"
        review.with_user(self.manager).action_keep()
        self.assertEqual(review.state, "kept")
        self.assertEqual(review.decided_by_id, self.manager)
        self.assertNotIn(self.quiet, self._listed())
        review.decided_on = fields.Datetime.now() - relativedelta(months=self.longest + 1)
        self.assertIn(self.quiet, self._listed(), "listed again a period after being kept")

    def test_queries_do_not_grow_with_the_people_listed(self):
        self._listed()
        for count in (2, 20):
            self._resident_batch(count)
            self.env.flush_all()
            self.env.invalidate_all()
            with self.assertQueryCount(5):
                found = self.Review._cron_find_candidates()
            self.assertEqual(len(found), count)

    def _resident_batch(self, count):
        self.Review.search([]).write({"state": "kept", "decided_on": fields.Datetime.now()})
        return self.env["res.partner"].create(
            [
                {
                    "name": f"Quiet {count}-{i}",
                    "community_membership_ids": [
                        Command.create({"community_id": self.district.id, "date_start": self.long_ago})
                    ],
                }
                for i in range(count)
            ]
        )

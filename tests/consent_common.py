from datetime import date

from .participation_common import ParticipationCase


class ConsentCase(ParticipationCase):
    """The shipped purposes, and people with email addresses."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        ref = cls.env.ref
        cls.purpose_email = ref("community_work.community_consent_purpose_email")
        cls.purpose_phone = ref("community_work.community_consent_purpose_phone")
        cls.purpose_photos = ref("community_work.community_consent_purpose_photos")
        cls.purpose_research = ref("community_work.community_consent_purpose_research")
        for person in cls.people:
            person.email = f"{person.name.lower()}@example.com"

    @classmethod
    def _consent(cls, person, purpose, state="given", day=None, **values):
        return cls.env["community.consent"].create(
            {
                "partner_id": person.id,
                "purpose_id": purpose.id,
                "state": state,
                "date": day or date.today(),
                **values,
            }
        )

    def _blacklisted(self, person):
        return bool(
            self.env["mail.blacklist"].search([("email", "=", person.email_normalized)])
        )

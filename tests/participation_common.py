from contextlib import contextmanager
from datetime import timedelta

from odoo import Command, fields
from odoo.exceptions import ValidationError

from .common import CommunityWorkCase


class ParticipationCase(CommunityWorkCase):
    """Meetings of an initiative in the district, and people to put on their roll calls."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        ref = cls.env.ref
        cls.kind_meeting = ref("community_work.community_meeting_kind_residents")
        cls.kind_action = ref("community_work.community_meeting_kind_collective_action")
        cls.kind_party = ref("community_work.community_meeting_kind_celebration")
        cls.role_spoke = ref("community_work.community_attendance_role_spoke")
        cls.role_task = ref("community_work.community_attendance_role_task")
        cls.role_chair = ref("community_work.community_attendance_role_chaired")
        cls.initiative = cls._create_initiative(name="Tenants' group")
        cls.people = cls.env["res.partner"].create(
            [{"name": name} for name in ("Ada", "Ben", "Cleo", "Dev", "Eli", "Fay", "Gus")]
        )
        cls.ada, cls.ben, cls.cleo, cls.dev, cls.eli, cls.fay, cls.gus = cls.people

    @classmethod
    def _meeting(cls, days_ago=7, people=(), status="attended", **values):
        """A meeting `days_ago` days ago (negative: to come), with `people` on its roll call."""
        start = fields.Datetime.now().replace(microsecond=0) - timedelta(days=days_ago)
        return cls.env["community.meeting"].create(
            {
                "name": "Tenants' meeting",
                "kind_id": cls.kind_meeting.id,
                "initiative_id": cls.initiative.id,
                "start": start,
                "user_id": cls.worker.id,
                "attendance_ids": [
                    Command.create({"partner_id": person.id, "status": status}) for person in people
                ],
                **values,
            }
        )

    @contextmanager
    def assertRefused(self, message, exception=ValidationError):
        """Expect `exception` saying `message`; what the block wrote is rolled back."""
        with self.assertRaises(exception) as raised:
            yield
        self.assertIn(message, str(raised.exception))

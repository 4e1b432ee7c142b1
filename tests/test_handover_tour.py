from odoo.tests import HttpCase, tagged

from .handover_common import HandoverCase

INITIATIVES = "/odoo/action-community_work.community_initiative_action"


@tagged("post_install", "-at_install")
class TestHandoverTour(HttpCase, HandoverCase):
    def test_worker_hands_their_initiatives_to_a_colleague(self):
        self.playground.name = "Tour Playground"
        self.tenants.name = "Tour Tenants"
        self.start_tour(INITIATIVES, "community_work_handover_tour", login="cw_worker")
        activity_type = self.env.ref("community_work.mail_activity_type_handover")
        for initiative in self.playground | self.tenants:
            self.assertEqual(initiative.user_id, self.other_worker)
            notes = initiative.message_ids.filtered(lambda m: "The survey of the estate" in m.body)
            self.assertEqual(notes.author_id, self.worker.partner_id)
            self.assertIn(activity_type, initiative.activity_ids.activity_type_id)
            self.assertIn("The hall closes in August.", initiative.responsibility_ids[0].note)

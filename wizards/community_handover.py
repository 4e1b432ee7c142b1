from markupsafe import Markup

from odoo import Command, api, fields, models
from odoo.exceptions import AccessError, UserError
from odoo.tools import plaintext2html

WORKER_GROUP = "community_work.group_community_user"
MANAGER_GROUP = "community_work.group_community_manager"
# The sections of a hand-over note, in the order they are written.
NOTE_FIELDS = ("note_done", "note_open", "note_people", "note_risks")


class CommunityHandover(models.TransientModel):
    """Hand initiatives (and the communities and coalitions that go with them) from one
    worker to another, with a note that stays on each record and in its history."""

    _name = "community.handover"
    _description = "Hand Over Work"

    from_user_id = fields.Many2one(
        "res.users",
        string="From",
        required=True,
        default=lambda self: self._default_from_user_id(),
        domain="[('share', '=', False)]",
    )
    to_user_id = fields.Many2one(
        "res.users",
        string="To",
        required=True,
        domain=lambda self: [("share", "=", False), ("groups_id", "in", self._worker_group())],
    )
    leaving = fields.Boolean(
        string="All Their Work",
        help="The worker leaves: everything they are responsible for is handed over.",
    )
    initiative_ids = fields.Many2many(
        "community.initiative",
        string="Initiatives",
        default=lambda self: self._default_initiative_ids(),
    )
    include_communities = fields.Boolean(
        string="Also Their Communities and Coalitions",
        compute="_compute_include_communities",
        store=True,
        readonly=False,
        help="Also hand over the responsibility for the communities these initiatives are "
        "held in and the coalitions they are linked to, where it is the worker's.",
    )
    community_ids = fields.Many2many(
        "community.community",
        string="Communities",
        compute="_compute_communities_and_coalitions",
        store=True,
        readonly=False,
    )
    coalition_ids = fields.Many2many(
        "community.coalition",
        string="Coalitions",
        compute="_compute_communities_and_coalitions",
        store=True,
        readonly=False,
    )
    keep_follower = fields.Boolean(
        string="Keep Them as Follower",
        compute="_compute_keep_follower",
        store=True,
        readonly=False,
        help="The worker handing over keeps following the records, to answer questions. "
        "Off when they leave.",
    )
    note_done = fields.Text(string="What Has Been Done")
    note_open = fields.Text(string="Open Items")
    note_people = fields.Text(string="People to Know")
    note_risks = fields.Text(string="Risks")

    def _worker_group(self):
        return self.env.ref(WORKER_GROUP).ids

    def _default_from_user_id(self):
        context = self.env.context
        if context.get("active_model") == "community.initiative":
            users = self.env["community.initiative"].browse(context.get("active_ids")).user_id
            if len(users) == 1:
                return users
        return self.env.user

    def _default_initiative_ids(self):
        context = self.env.context
        if context.get("default_leaving"):
            initiatives = self.env["community.initiative"].search(
                [("user_id", "=", context.get("default_from_user_id"))]
            )
            return [Command.set(initiatives.ids)]
        if context.get("active_model") == "community.initiative":
            return [Command.set(context.get("active_ids") or [])]
        return []

    @api.depends("leaving")
    def _compute_include_communities(self):
        for handover in self:
            handover.include_communities = handover.leaving

    @api.depends("leaving")
    def _compute_keep_follower(self):
        for handover in self:
            handover.keep_follower = not handover.leaving

    @api.depends("include_communities", "initiative_ids", "from_user_id", "leaving")
    def _compute_communities_and_coalitions(self):
        Community, Coalition = self.env["community.community"], self.env["community.coalition"]
        for handover in self:
            user = handover.from_user_id
            if not handover.include_communities:
                handover.community_ids = handover.coalition_ids = False
            elif handover.leaving:
                handover.community_ids = Community.search([("user_ids", "in", user.ids)])
                handover.coalition_ids = Coalition.search([("user_id", "=", user.id)])
            else:
                initiatives = handover.initiative_ids._origin
                handover.community_ids = initiatives.community_id.filtered_domain(
                    [("user_ids", "in", user.ids)]
                )
                handover.coalition_ids = Coalition.search(
                    [("user_id", "=", user.id), ("initiative_ids", "in", initiatives.ids)]
                )

    def action_hand_over(self):
        """Hand everything over, or nothing: every record is checked before any changes."""
        self.ensure_one()
        initiatives = self.initiative_ids._origin
        communities = self.community_ids._origin
        coalitions = self.coalition_ids._origin
        records = [initiatives, communities, coalitions]
        self._check_handover(records)
        note = self._note_html()
        with self.env.cr.savepoint():
            for batch in records:
                self._hand_over_records(batch, note)
        return {"type": "ir.actions.act_window_close"}

    def _check_handover(self, records):
        old, new = self.from_user_id, self.to_user_id
        if old != self.env.user and not self.env.user.has_group(MANAGER_GROUP):
            raise AccessError(
                self.env._("Only community managers hand over the work of another worker.")
            )
        if not any(records):
            raise UserError(self.env._("Choose at least one initiative, community or coalition."))
        if old == new:
            raise UserError(self.env._("Choose another worker to hand the work over to."))
        if new.share or not new.has_group(WORKER_GROUP):
            raise UserError(self.env._("%(worker)s is not a community worker.", worker=new.name))
        if not any(getattr(self, name) for name in NOTE_FIELDS):
            raise UserError(
                self.env._("Write the hand-over note: what your colleague needs to know.")
            )
        for batch in records:
            for record in batch:
                if old not in record[record._responsible_field]:
                    raise UserError(
                        self.env._(
                            "%(worker)s is not responsible for “%(record)s”.",
                            worker=old.name,
                            record=record.display_name,
                        )
                    )
                if record.company_id not in new.company_ids:
                    raise UserError(
                        self.env._(
                            "%(worker)s does not work for %(company)s, to which “%(record)s” "
                            "belongs.",
                            worker=new.name,
                            company=record.company_id.name,
                            record=record.display_name,
                        )
                    )
            batch.check_access("write")

    def _note_html(self):
        sections = [
            Markup("<p><b>%s</b></p>%s") % (self._fields[name].string, plaintext2html(value))
            for name in NOTE_FIELDS
            if (value := self[name])
        ]
        title = Markup("<p>%s</p>") % self.env._(
            "Handed over by %(old)s to %(new)s.",
            old=self.from_user_id.name,
            new=self.to_user_id.name,
        )
        return title + Markup().join(sections)

    def _hand_over_records(self, records, note):
        """Post the note, plan the reading for the new worker and set the followers while
        the current user may still change the records, then move the responsibility."""
        if not records:
            return
        old, new = self.from_user_id, self.to_user_id
        for record in records:
            record.message_post(body=note, subtype_xmlid="mail.mt_note")
            record.activity_schedule(
                "community_work.mail_activity_type_handover",
                user_id=new.id,
                note=note,
            )
        if self.keep_follower:
            records.message_subscribe(partner_ids=(old | new).partner_id.ids)
        else:
            records.message_subscribe(partner_ids=new.partner_id.ids)
            records.message_unsubscribe(partner_ids=old.partner_id.ids)
        field = records._responsible_field
        values = (
            {field: [Command.unlink(old.id), Command.link(new.id)]}
            if records._fields[field].type == "many2many"
            else {field: new.id}
        )
        records.with_context(community_handover_note=note, community_handover_from=old.id).write(
            values
        )
        if records._name == "community.initiative":
            # The planned review goes with the work, quietly: the note tells the new worker.
            reviews = records.sudo()._review_activities()
            reviews.with_context(mail_activity_quick_update=True).user_id = new

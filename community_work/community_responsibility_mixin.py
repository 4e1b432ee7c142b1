from odoo import api, fields, models


class CommunityResponsibilityMixin(models.AbstractModel):
    """Keeps the responsibility history of a record: every change of its responsible
    worker(s), through a hand-over or a plain edit, closes and opens history lines."""

    _name = "community.responsibility.mixin"
    _description = "Community Responsibility History Mixin"
    # The users field saying who is responsible, and the history line's link to the record.
    _responsible_field = "user_id"
    _responsibility_link = "initiative_id"

    @api.model_create_multi
    def create(self, vals_list):
        records = super().create(vals_list)
        nobody = self.env["res.users"]
        records._record_responsibility_changes({record: nobody for record in records})
        return records

    def write(self, vals):
        if self._responsible_field not in vals:
            return super().write(vals)
        before = {record: record[self._responsible_field] for record in self}
        result = super().write(vals)
        self._record_responsibility_changes(before)
        return result

    def _record_responsibility_changes(self, before):
        """Close the lines of the workers who left and open lines for those who came.

        A hand-over passes its note and the worker handing over in the context
        (community_handover_note, community_handover_from)."""
        History = self.env["community.responsibility"].sudo()
        link = self._responsibility_link
        now = fields.Datetime.now()
        left, came = [], []
        for record in self:
            users = record[self._responsible_field]
            left += [(record.id, user.id) for user in before[record] - users]
            came += [(record, user) for user in users - before[record]]
        if left:
            open_lines = History.search(
                [
                    (link, "in", self.ids),
                    ("date_end", "=", False),
                    ("user_id", "in", [user_id for _record_id, user_id in left]),
                ]
            )
            open_lines.filtered(lambda line: (line[link].id, line.user_id.id) in left).write(
                {"date_end": now}
            )
        if came:
            context = self.env.context
            History.create(
                [
                    {
                        link: record.id,
                        "user_id": user.id,
                        "date_start": now,
                        "previous_user_id": context.get("community_handover_from")
                        or record._responsible_replaced(before[record]).id,
                        "note": context.get("community_handover_note"),
                        "recorded_by_id": self.env.uid,
                    }
                    for record, user in came
                ]
            )

    def _responsible_replaced(self, before):
        """The one worker this change replaced, if it replaced exactly one."""
        left = before - self[self._responsible_field]
        return left if len(left) == 1 else left.browse()

from datetime import datetime, time, timedelta

from odoo import Command, fields, models
from odoo.tools import SQL


class CommunityInitiative(models.Model):
    """Demo data: initiatives with a past, as if the workers had used the addon for
    two years. Only the demo files call this."""

    _inherit = "community.initiative"

    def _demo_walk_stages(self, days_in_stages, done_in_stage=0, closed_days_ago=None):
        """Move the initiative through the first stages of its method, backdating the
        stage changes the way the statusbar reads them (tracking values dated when the
        initiative entered each stage), and tick what a worker would have ticked.

        :param days_in_stages: days spent in each stage, from the first one up to the
            current one (the last figure is the time spent in the current stage)
        :param done_in_stage: checklist items done (and indicators assessed) in the
            current stage; those of the stages left behind are done
        :param closed_days_ago: close the initiative that many days ago
        """
        self.ensure_one()
        initiative = self.with_context(tracking_disable=True)
        stages = initiative.method_id.stage_ids[: len(days_in_stages)]
        end = datetime.combine(fields.Date.today(), time(9, 30)) - timedelta(
            days=closed_days_ago or 0
        )
        entered = [end - timedelta(days=sum(days_in_stages[i:])) for i in range(len(stages))]
        field = self.env["ir.model.fields"]._get(self._name, "stage_id")
        initiative.write({"stage_id": stages[0].id, "date_start": entered[0].date()})
        self._demo_backdate(self.message_ids, entered[0])
        self.env.cr.execute(
            SQL(
                "UPDATE community_initiative SET create_date = %s WHERE id = %s",
                entered[0],
                self.id,
            )
        )
        for previous, stage, date in zip(stages, stages[1:], entered[1:], strict=False):
            initiative.stage_id = stage
            message = initiative._message_log(
                tracking_value_ids=[
                    Command.create(
                        self.env["mail.tracking.value"]._create_tracking_values(
                            previous, stage, "stage_id", {"type": "many2one"}, self
                        )
                        | {"field_id": field.id}
                    )
                ]
            )
            self._demo_backdate(message, date)
        for stage in stages:
            current = stage == initiative.stage_id
            tasks = initiative.task_ids.filtered(lambda t, s=stage: t.stage_id == s)
            indicators = initiative.indicator_ids.filtered(lambda i, s=stage: i.stage_id == s)
            (tasks[:done_in_stage] if current else tasks).is_done = True
            assessed = indicators[:done_in_stage] if current else indicators
            assessed.status = "met"
            # Not everything is fully reached, in the current stage least of all.
            assessed[-1:].status = "partly"
        if closed_days_ago is not None:
            initiative.write({"active": False, "date_end": end.date()})
        self.invalidate_recordset()

    def _demo_backdate(self, messages, date):
        """Date the messages, and the stage changes they track, as of `date`."""
        self.env.flush_all()
        ids = tuple(messages.ids) or (0,)
        self.env.cr.execute(
            SQL(
                "UPDATE mail_message SET date = %(date)s, create_date = %(date)s"
                " WHERE id IN %(ids)s;"
                " UPDATE mail_tracking_value SET create_date = %(date)s"
                " WHERE mail_message_id IN %(ids)s",
                date=date,
                ids=ids,
            )
        )
        messages.invalidate_recordset()

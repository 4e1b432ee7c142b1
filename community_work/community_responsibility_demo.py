from datetime import datetime, time, timedelta

from markupsafe import Markup

from odoo import api, fields, models
from odoo.tools import SQL


class CommunityResponsibility(models.Model):
    """Demo data: a hand-over in the past. Only the demo files call this."""

    _inherit = "community.responsibility"

    @api.model
    def _demo_handed_over(self, model, record_id, from_user_id, days_ago, sections):
        """Rewrite the history of a demo record as if `from_user_id` had looked after it
        since it began and handed it over `days_ago` days ago to the worker responsible
        now, with the note made of `sections` (pairs of heading and text)."""
        record = self.env[model].browse(record_id)
        link = record._responsibility_link
        date = datetime.combine(fields.Date.today(), time(10, 0)) - timedelta(days=days_ago)
        note = Markup().join(
            Markup("<p><b>%s</b></p><p>%s</p>") % (heading, text) for heading, text in sections
        )
        current = self.search([(link, "=", record.id), ("date_end", "=", False)])
        self.create(
            {
                link: record.id,
                "user_id": from_user_id,
                # Communities are not backdated in the demo: give them a year before.
                "date_start": min(record.create_date, date - timedelta(days=365)),
                "date_end": date,
                "recorded_by_id": from_user_id,
            }
        )
        current.write(
            {
                "date_start": date,
                "previous_user_id": from_user_id,
                "note": note,
                "recorded_by_id": from_user_id,
            }
        )
        message = record.with_user(from_user_id)._message_log(body=note)
        self.env.flush_all()
        self.env.cr.execute(
            SQL(
                "UPDATE mail_message SET date = %(date)s, create_date = %(date)s WHERE id = %(id)s",
                date=date,
                id=message.id,
            )
        )

"""Needs were raised by one contact (raised_by_id); they are now raised by many people, each
on a line of its own with where and in which words. Each former contact becomes the first
line of its need, dated when the need was recorded, and the former column goes."""

from odoo import SUPERUSER_ID, api
from odoo.tools.sql import column_exists


def migrate(cr, version):
    if not column_exists(cr, "community_need", "raised_by_id"):
        return
    cr.execute(
        """
        INSERT INTO community_need_raising (need_id, partner_id, people_count, channel, date,
                                            user_id, community_id, company_id, create_uid,
                                            create_date, write_uid, write_date)
        SELECT need.id, need.raised_by_id, 1, 'conversation', need.create_date::date,
               need.create_uid, need.community_id, need.company_id, need.create_uid,
               need.create_date, need.write_uid, need.write_date
          FROM community_need need
         WHERE need.raised_by_id IS NOT NULL
     RETURNING need_id
        """
    )
    need_ids = [row[0] for row in cr.fetchall()]
    cr.execute("ALTER TABLE community_need DROP COLUMN raised_by_id")
    env = api.Environment(cr, SUPERUSER_ID, {})
    env.invalidate_all()
    needs = env["community.need"].browse(need_ids)
    env.add_to_compute(needs._fields["raised_count"], needs)
    needs.flush_recordset(["raised_count"])

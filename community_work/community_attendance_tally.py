from odoo import api, fields, models
from odoo.tools import SQL

from .participation import ATTENDED


class CommunityAttendanceTally(models.Model):
    """How many times a person took a role at meetings: kept from the roll calls, so
    that people can be searched by the roles they take."""

    _name = "community.attendance.tally"
    _description = "Times in a Role at Meetings"
    _order = "times desc, role_id"
    _rec_name = "role_id"

    partner_id = fields.Many2one(
        "res.partner", string="Person", required=True, index=True, ondelete="cascade", readonly=True
    )
    role_id = fields.Many2one(
        "community.attendance.role", required=True, ondelete="cascade", readonly=True
    )
    times = fields.Integer(readonly=True)
    last_date = fields.Date(string="Last Time", readonly=True)

    _sql_constraints = [
        ("partner_role_uniq", "unique (partner_id, role_id)", "One tally per person and role."),
    ]

    @api.model
    def _update_tallies(self, partner_ids=None):
        """Recount the roles of `partner_ids` (of everyone when None) from their lines."""
        if partner_ids is None:
            partner_filter = SQL()
        else:
            partner_filter = SQL("AND partner_id = ANY(%s)", list(partner_ids))
        self.env.cr.execute(
            SQL(
                """
                DELETE FROM community_attendance_tally WHERE TRUE %(partner_filter)s;
                INSERT INTO community_attendance_tally
                       (partner_id, role_id, times, last_date,
                        create_uid, write_uid, create_date, write_date)
                SELECT a.partner_id, r.role_id, COUNT(*), MAX(a.date)::date,
                       %(uid)s, %(uid)s, %(now)s, %(now)s
                  FROM community_attendance a
                  JOIN community_attendance_role_rel r ON r.attendance_id = a.id
                 WHERE %(attended)s %(partner_filter)s
              GROUP BY a.partner_id, r.role_id
                """,
                attended=ATTENDED,
                partner_filter=partner_filter,
                uid=self.env.uid,
                now=self.env.cr.now(),
            )
        )
        self.invalidate_model()
        self.env["res.partner"].invalidate_model(["community_attendance_tally_ids"])

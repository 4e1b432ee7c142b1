from odoo import api, fields, models


class CommunityEditableMixin(models.AbstractModel):
    """Tells the views whether the current user may change a record, so that records
    they may only read show as read-only instead of failing on save."""

    _name = "community.editable.mixin"
    _description = "Community Editable Mixin"

    can_edit = fields.Boolean(
        compute="_compute_can_edit",
        default=True,  # a record being created is the user's to fill in
        help="Whether you may change this record; the others read and discuss it.",
    )

    @api.depends_context("uid")
    def _compute_can_edit(self):
        # Odoo's access rights and record rules decide, whatever they say.
        editable = self._origin._filtered_access("write")
        for record in self:
            record.can_edit = not record._origin or record._origin in editable

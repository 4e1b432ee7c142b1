from odoo import fields, models


class CommunityErasureLog(models.Model):
    """Who erased which contact, and when: the audit trail of erasures.

    It holds none of the erased data, only the contact's id and how many records were
    kept anonymously or removed. Written by the system; nobody changes or deletes it."""

    _name = "community.erasure.log"
    _description = "Erasure Record"
    _order = "date desc, id desc"
    _rec_name = "erased_partner_ref"

    date = fields.Datetime(string="Erased On", required=True, readonly=True)
    user_id = fields.Many2one(
        "res.users", string="Erased By", required=True, readonly=True, ondelete="restrict"
    )
    # The id, not a link: the log must outlive the contact without naming anyone.
    erased_partner_ref = fields.Integer(
        string="Contact ID", required=True, readonly=True, aggregator=False
    )
    anonymised_count = fields.Integer(
        string="Records Kept Anonymously",
        readonly=True,
        help="The contact and the lines that stay for the figures: memberships, level "
        "history, attendance, ballots, issues raised, coalition and power-map entries...",
    )
    removed_count = fields.Integer(
        string="Messages and Files Removed",
        readonly=True,
        help="Messages, attachments, followers, activities and tracked values about the "
        "person that were deleted.",
    )
    company_id = fields.Many2one(
        "res.company",
        required=True,
        readonly=True,
        index=True,
        default=lambda self: self.env.company,
        ondelete="restrict",
    )

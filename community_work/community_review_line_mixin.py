from odoo import api, fields, models


class CommunityReviewLineMixin(models.AbstractModel):
    """A line of a review (an indicator score, a story, an achievement): it changes with
    its review while the review is a draft, and is kept as it was once the review is done."""

    _name = "community.review.line.mixin"
    _description = "Review Line"

    review_id = fields.Many2one("community.review", required=True, index=True, ondelete="cascade")
    initiative_id = fields.Many2one(related="review_id.initiative_id", store=True, index=True)
    community_id = fields.Many2one(related="review_id.community_id", store=True, index=True)
    company_id = fields.Many2one(related="review_id.company_id", store=True, index=True)
    date = fields.Date(related="review_id.date", store=True)

    @api.model_create_multi
    def create(self, vals_list):
        lines = super().create(vals_list)
        lines.review_id._check_draft()
        return lines

    def write(self, vals):
        self.review_id._check_draft()
        result = super().write(vals)
        self.review_id._check_draft()
        return result

    @api.ondelete(at_uninstall=False)
    def _unlink_except_done_review(self):
        if not self.env.user.has_group("community_work.group_community_manager"):
            self.review_id._check_draft()

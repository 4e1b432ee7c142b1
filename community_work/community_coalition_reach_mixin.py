from odoo import api, models


class CommunityCoalitionReachMixin(models.AbstractModel):
    """Records that change how many people a coalition reaches (its members, its
    meetings): saving them recounts the coalitions concerned."""

    _name = "community.coalition.reach.mixin"
    _description = "Coalition Reach Trigger"
    # The fields whose change alters the reach; the inheriting model has coalition_id.
    _reach_fields = frozenset()

    @api.model_create_multi
    def create(self, vals_list):
        records = super().create(vals_list)
        records.coalition_id._refresh_residents_reached()
        return records

    def write(self, vals):
        coalitions = self.coalition_id
        result = super().write(vals)
        if self._reach_fields & vals.keys():
            (coalitions | self.coalition_id)._refresh_residents_reached()
        return result

    def unlink(self):
        coalitions = self.coalition_id
        result = super().unlink()
        coalitions._refresh_residents_reached()
        return result

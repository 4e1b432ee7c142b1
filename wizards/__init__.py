from . import base_partner_merge_automatic_wizard
from . import community_level_wizard
from . import base_partner_merge_attendance

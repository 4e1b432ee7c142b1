from . import base_partner_merge_automatic_wizard
from . import community_level_wizard
from . import base_partner_merge_attendance
from . import base_partner_merge_round
from . import community_need_merge
from . import community_erasure_wizard
from . import community_consent_sheet_wizard
from . import community_handover

from . import community_coalition_report_mixin
from . import community_coalition_health_result
from . import community_coalition_pledge_analysis
from . import community_ballot_analysis
from . import community_median_report_mixin
from . import community_initiative_stage_analysis
from . import community_participation_analysis
from . import community_ladder_analysis

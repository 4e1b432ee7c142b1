from . import community_coalition_health_result
from . import community_coalition_pledge_analysis
from . import community_ballot_analysis
from . import community_access_request

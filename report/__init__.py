from . import community_ballot_analysis

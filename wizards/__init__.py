from . import community_level_wizard

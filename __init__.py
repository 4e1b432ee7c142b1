from . import community_work, wizards

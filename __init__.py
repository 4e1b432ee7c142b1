from . import community_work, report, wizards

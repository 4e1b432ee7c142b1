from . import community_work, controllers, report, wizards

from . import community_work
from . import wizards

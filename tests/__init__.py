from . import test_community
from . import test_initiative
from . import test_method
from . import test_partner
from . import test_performance
from . import test_security
from . import test_ui

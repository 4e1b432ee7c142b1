from . import (
    test_community,
    test_initiative,
    test_meeting,
    test_method,
    test_partner,
    test_performance,
    test_security,
    test_ui,
)

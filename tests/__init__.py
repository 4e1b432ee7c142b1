from . import (
    test_community,
    test_initiative,
    test_method,
    test_migration,
    test_next_cycle,
    test_partner,
    test_performance,
    test_reports,
    test_security,
    test_ui,
)

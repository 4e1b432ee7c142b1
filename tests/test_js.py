from odoo.tests import HttpCase, tagged

from odoo.addons.web.tests.test_js import unit_test_error_checker

SUITE = "@community_work"


def hoot_hash(name):
    """The id HOOT gives a suite or a test, as web's HOOTCommon computes it."""
    value = 0
    for char in name:
        value = ((value << 5) - value + ord(char)) & 0xFFFFFFFF
    return f"{value:08x}"


@tagged("post_install", "-at_install")
class TestUnitJs(HttpCase):
    """The addon's JavaScript unit tests (HOOT, static/tests/*.test.js), in the browser."""

    def test_hoot_suite(self):
        self.browser_js(
            f"/web/tests?headless&loglevel=2&preset=desktop&timeout=15000&suite={hoot_hash(SUITE)}",
            "",
            "",
            login="admin",
            timeout=600,
            success_signal="[HOOT] test suite succeeded",
            error_checker=unit_test_error_checker,
        )

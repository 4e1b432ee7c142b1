"""Odoo's own tests of contacts and their merge, run again with this addon loaded.

Odoo runs them at install time, before any other addon is installed, so they would
never see what this addon changes on contacts (fields, create/write/unlink, the merge
wizard). Subclassed here and run after installation, they fail when the addon breaks
Odoo's own behaviour. Odoo's post-install checks (views, the contact form, the
Contacts app) are selected by tag in scripts/test.

`allow_inherited_tests_method` is how Odoo's test loader runs inherited tests."""

from odoo.tests import tagged

from odoo.addons.base.tests import test_res_partner, test_res_partner_merge
from odoo.addons.mail.tests import test_res_partner as mail_test_res_partner


@tagged("post_install", "-at_install")
class TestOdooPartner(test_res_partner.TestPartner):
    allow_inherited_tests_method = True


@tagged("post_install", "-at_install")
class TestOdooPartnerAddressCompany(test_res_partner.TestPartnerAddressCompany):
    allow_inherited_tests_method = True


@tagged("post_install", "-at_install")
class TestOdooPartnerRecursion(test_res_partner.TestPartnerRecursion):
    allow_inherited_tests_method = True


@tagged("post_install", "-at_install")
class TestOdooPartnerMerge(test_res_partner_merge.TestMergePartner):
    allow_inherited_tests_method = True


@tagged("post_install", "-at_install")
class TestOdooMailPartner(mail_test_res_partner.TestPartner):
    allow_inherited_tests_method = True

"""The addon in the five languages of its sources: the template lists every term the
addon shows, each language translates all of them without breaking a placeholder or a
tag, and the files load into the records and the code."""

import html
import re
from collections import Counter, defaultdict
from pathlib import Path

import polib
from lxml import etree

from odoo.modules.module import get_manifest, get_module_path
from odoo.tests import TransactionCase, tagged
from odoo.tools.translate import TranslationModuleReader, code_translations

# The file of each language (i18n/<file>.po) and the Odoo language that loads it.
LANGUAGES = {"hu": "hu_HU", "zh_CN": "zh_CN", "sv": "sv_SE", "he": "he_IL", "pl": "pl_PL"}
PLACEHOLDER = re.compile(r"%\([a-zA-Z0-9_]+\)[sdfr]|%[sdfr]|\{\{.*?\}\}|\{[a-zA-Z0-9_]*\}")
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?/?>")
# "model[_terms]:<model>,<field>:<module>.<xmlid>": where a record shows the term.
RECORD_TERM = re.compile(r"^(model|model_terms):([\w.]+),(\w+):community_work\.(\w+)$")


def _translated(entry):
    return bool(entry and entry.msgstr.strip()) and "fuzzy" not in entry.flags


def _msgstr(catalogue, term):
    """The translation the files give for the term, the term itself when they give none
    (as Odoo shows it)."""
    entry = catalogue.get(term)
    return entry.msgstr if _translated(entry) else term


@tagged("post_install", "-at_install")
class TestTranslations(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.i18n = Path(get_module_path("community_work")) / "i18n"
        cls.template = polib.pofile(str(cls.i18n / "community_work.pot"))
        cls.terms = [entry for entry in cls.template if not entry.obsolete]
        cls.catalogues = {lang: cls._catalogue(cls.i18n / f"{lang}.po") for lang in LANGUAGES}

    @staticmethod
    def _catalogue(path):
        """{English term: its entry} of a language's file (none when the file is missing)."""
        entries = polib.pofile(str(path)) if path.exists() else []
        return {entry.msgid: entry for entry in entries}

    def _demo_xmlids(self):
        """The external ids that the demo files define: demo is not translated."""
        root = Path(get_module_path("community_work"))
        xmlids = set()
        for path in get_manifest("community_work")["demo"]:
            for node in etree.parse(str(root / path)).iter("record", "menuitem", "template"):
                xmlids.add(f"community_work.{node.get('id')}")
        return xmlids

    def test_template_lists_every_term_the_addon_shows(self):
        demo = self._demo_xmlids()
        shown = {
            source
            for _module, _kind, _name, res_id, source, _value, _comments in TranslationModuleReader(
                self.env.cr, ["community_work"]
            )
            if res_id not in demo
        }
        template = {entry.msgid for entry in self.terms}
        self.assertFalse(
            sorted(shown - template)[:10],
            "i18n/community_work.pot misses terms: run scripts/i18n_export",
        )
        self.assertFalse(
            sorted(template - shown)[:10],
            "i18n/community_work.pot holds terms no longer shown: run scripts/i18n_export",
        )

    def test_every_term_is_translated_in_each_language(self):
        for lang, catalogue in self.catalogues.items():
            with self.subTest(lang=lang):
                missing = [e.msgid for e in self.terms if not _translated(catalogue.get(e.msgid))]
                self.assertFalse(missing[:5], f"{len(missing)} terms lack a {lang} translation")

    def test_translations_keep_placeholders_and_markup(self):
        for lang, catalogue in self.catalogues.items():
            broken = []
            for entry in self.terms:
                translation = catalogue.get(entry.msgid)
                if not _translated(translation):
                    continue
                for pattern in (PLACEHOLDER, TAG):
                    if Counter(pattern.findall(entry.msgid)) != Counter(
                        pattern.findall(translation.msgstr)
                    ):
                        broken.append(entry.msgid)
            with self.subTest(lang=lang):
                self.assertFalse(
                    broken[:5], f"{len(broken)} {lang} translations break a placeholder or a tag"
                )

    def test_each_language_loads_into_records_and_code(self):
        for code in LANGUAGES.values():
            self.env["res.lang"]._activate_lang(code)
        self.env["ir.module.module"]._load_module_terms(
            ["community_work"], list(LANGUAGES.values())
        )
        record_terms = defaultdict(list)
        code_terms = {"odoo-python": [], "odoo-javascript": []}
        for entry in self.terms:
            for occurrence, _line in entry.occurrences:
                if match := RECORD_TERM.match(occurrence):
                    record_terms[match.groups()].append(entry.msgid)
            for kind, terms in code_terms.items():
                if kind in entry.comment:
                    terms.append(entry.msgid)
        self.assertTrue(record_terms and all(code_terms.values()))
        for lang, catalogue in self.catalogues.items():
            code = LANGUAGES[lang]
            with self.subTest(lang=lang):
                python = code_translations.get_python_translations("community_work", code)
                web = code_translations.get_web_translations("community_work", code)
                web = {message["id"]: message["string"] for message in web["messages"]}
                for loaded, terms in (
                    (python, code_terms["odoo-python"]),
                    (web, code_terms["odoo-javascript"]),
                ):
                    unloaded = [t for t in terms if loaded.get(t, t) != _msgstr(catalogue, t)]
                    self.assertFalse(unloaded[:5], f"{len(unloaded)} {lang} code terms do not load")
                wrong = []
                for (_kind, _model, field, name), sources in record_terms.items():
                    record = self.env.ref(f"community_work.{name}").with_context(lang=code)
                    # A term is a record field's whole value, or a part of a view or html
                    # field, where an attribute holds it escaped.
                    value = record[field] or ""
                    value += html.unescape(value)
                    wrong += [s for s in sources if _msgstr(catalogue, s) not in value]
                self.assertFalse(wrong[:5], f"{len(wrong)} {lang} record terms do not load")

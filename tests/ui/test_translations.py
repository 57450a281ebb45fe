"""The Catalan and English translations, and the Spanish plural forms.

Spanish is the source language: counter_es.ts only carries the plural
forms of `%n` strings. counter_ca.ts and counter_en.ts must translate
everything, keep every `{placeholder}` and HTML tag of the source, and
their compiled .qm must match the .ts (run scripts/translations.sh).
"""

from __future__ import annotations

import re
import shutil
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QLabel

from pos_client.app import TRANSLATIONS, build_context, install_translations
from pos_client.config import Settings
from pos_client.ui.main_window import MainWindow

pytestmark = pytest.mark.raw_messages  # it installs (and checks) translators itself

ROOT = Path(__file__).resolve().parents[2]
TRANSLATED = ("ca", "en")
PLURAL_POINTS = ("IdentifyPanel", "%n punto(s)")
PLURAL_PENDING = ("SyncStatusWidget", "%n cambio(s) pendiente(s) de sincronizar")

EXPECTED = {
    # (context, source) -> translation, per language
    "ca": {
        ("LoginScreen", "Entrar"): "Entrar",
        ("CartPanel", "Cobrar (F9)"): "Cobrar (F9)",
        ("IdentifyPanel", "Socia del club"): "Sòcia del club",
        ("IdentifyPanel", "Últimas compras"): "Últimes compres",
        ("ReturnDialog", "Devolución"): "Devolució",
        ("PaymentDialog", "Cambio: {c}"): "Canvi: {c}",
        ("MainWindow", "● Sin conexión"): "● Sense connexió",
        ("Errors", "Código o PIN incorrecto."): "Codi o PIN incorrecte.",
        ("ConsentDialog", "Firmar y aceptar"): "Signar i acceptar",
        ("EnrolmentLabels", "mismo teléfono"): "mateix telèfon",
    },
    "en": {
        ("LoginScreen", "Entrar"): "Log in",
        ("CartPanel", "Cobrar (F9)"): "Take payment (F9)",
        ("IdentifyPanel", "Socia del club"): "Club member",
        ("HistoryDialog", "Ticket"): "Receipt",
        ("CartTableModel", "Dto."): "Disc.",
        ("PaymentDialog", "Cambio: {c}"): "Change: {c}",
        ("ReceiptDialog", "Nueva venta"): "New sale",
        ("Errors", "Código o PIN incorrecto."): "Wrong code or PIN.",
        ("ConsentDialog", "Firmar y aceptar"): "Sign and accept",
        ("RegistrationDialog", "— sin indicar —"): "— not stated —",
    },
}

PLURALS = {
    # language -> {(context, source): (n=1, n=5)}
    "es": {
        PLURAL_POINTS: ("1 punto", "5 puntos"),
        PLURAL_PENDING: (
            "1 cambio pendiente de sincronizar",
            "5 cambios pendientes de sincronizar",
        ),
    },
    "ca": {
        PLURAL_POINTS: ("1 punt", "5 punts"),
        PLURAL_PENDING: (
            "1 canvi pendent de sincronitzar",
            "5 canvis pendents de sincronitzar",
        ),
    },
    "en": {
        PLURAL_POINTS: ("1 point", "5 points"),
        PLURAL_PENDING: ("1 change waiting to sync", "5 changes waiting to sync"),
    },
}


# -- reading the .ts files ------------------------------------------------------
@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    unfinished: bool
    forms: tuple[str, ...]  # the translation, or its plural forms

    def __str__(self) -> str:
        return f"{self.context}: {self.source!r}"


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"counter_{language}.ts"


def read_ts(language: str) -> list[Message]:
    return read_ts_file(ts_path(language), language)


def read_ts_file(path: Path, language: str) -> list[Message]:
    root = ET.parse(path).getroot()
    assert root.get("language") == language
    assert root.get("sourcelanguage") == "es"
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            forms = (
                tuple(f.text or "" for f in translation.iter("numerusform"))
                if numerus
                else (translation.text or "",)
            )
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source", ""),
                    numerus=numerus,
                    unfinished=translation.get("type") is not None,
                    forms=forms,
                )
            )
    return messages


def fields(text: str) -> set[str]:
    """The `{names}` str.format fills in (raises ValueError on stray braces)."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def tags(text: str) -> list[str]:
    return re.findall(r"</?[a-zA-Z][^>]*>", text)


# -- installing translators -------------------------------------------------------
@pytest.fixture
def install(qapp: QApplication) -> Iterator[Callable[[str], list[QTranslator]]]:
    """Install a language's translators; they are removed after the test."""
    installed: list[QTranslator] = []
    locale = QLocale()

    def _install(language: str) -> list[QTranslator]:
        translators = install_translations(qapp, language)
        installed.extend(translators)
        return translators

    yield _install
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


def translate(context: str, source: str, n: int = -1) -> str:
    return QCoreApplication.translate(context, source, None, n)


# -- the tests --------------------------------------------------------------------
@pytest.mark.parametrize("language", TRANSLATED)
def test_words_and_plurals_come_out_translated(install, language):
    assert install(language), "counter_<lang>.qm did not load"
    for (context, source), expected in EXPECTED[language].items():
        assert translate(context, source) == expected
    for (context, source), (one, five) in PLURALS[language].items():
        assert translate(context, source, 1) == one
        assert translate(context, source, 5) == five


def test_spanish_plurals_come_from_counter_es(install):
    assert translate(*PLURAL_POINTS, 5) == "5 punto(s)"  # no translator: the raw source
    install("es")
    for (context, source), (one, five) in PLURALS["es"].items():
        assert translate(context, source, 1) == one
        assert translate(context, source, 5) == five
    # Everything else is the Spanish source itself.
    assert translate("LoginScreen", "Entrar") == "Entrar"


def test_translators_are_removed_after_each_test():
    assert translate("LoginScreen", "Entrar") == "Entrar"
    assert translate(*PLURAL_POINTS, 5) == "5 punto(s)"


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_message_is_translated(language):
    messages = read_ts(language)
    assert messages
    unfinished = [str(m) for m in messages if m.unfinished or not all(f.strip() for f in m.forms)]
    assert unfinished == []


def test_spanish_translates_only_plural_forms():
    messages = read_ts("es")
    plurals = [m for m in messages if m.numerus]
    assert {(m.context, m.source) for m in plurals} >= set(PLURALS["es"])
    assert [str(m) for m in plurals if m.unfinished or not all(m.forms)] == []
    assert [str(m) for m in messages if not m.numerus and (m.forms[0] or not m.unfinished)] == []


@pytest.mark.parametrize("language", ("es", *TRANSLATED))
def test_translations_keep_placeholders_and_tags(language):
    broken = []
    for m in read_ts(language):
        for index, form in enumerate(m.forms):
            if not form:
                continue  # Spanish: the source is used as it is
            try:
                same_fields = fields(form) == fields(m.source)
            except ValueError:
                same_fields = False
            if not same_fields or tags(form) != tags(m.source):
                broken.append(f"{m} -> {form!r}")
            # The first form is for exactly one in all three languages: it may say "one"
            # ("Una incidencia abierta.") instead of the number; every other form shows it.
            if m.numerus and index > 0 and "%n" not in form.replace("%Ln", "%n"):
                broken.append(f"{m} -> {form!r} (no %n)")
    assert broken == []


@pytest.mark.parametrize("language", ("es", *TRANSLATED))
def test_compiled_qm_matches_the_ts(language):
    """The .qm was compiled from the current .ts (scripts/translations.sh)."""
    translator = QTranslator()
    assert translator.load(f"counter_{language}", str(TRANSLATIONS))
    stale = []
    for m in read_ts(language):
        if m.unfinished:
            continue
        counts = (1, 5) if m.numerus else (-1,)
        wanted = (m.forms[0], m.forms[-1]) if m.numerus else m.forms
        for n, form in zip(counts, wanted, strict=True):
            got = translator.translate(m.context, m.source, None, n)
            if got != form:  # the raw form: %n is filled in by QCoreApplication
                stale.append(f"{m}: {got!r}")
    assert stale == []


@pytest.fixture
def english_window(install, store, qtbot) -> Iterator[MainWindow]:
    install("en")
    ctx = build_context(Settings(data_dir=store.path.parent), inline=True)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    yield window
    window.wedge.enabled = False
    QApplication.instance().removeEventFilter(window.wedge)


def test_screens_are_built_in_the_installed_language(english_window):
    window = english_window
    assert window.login.enter.text() == "Log in"
    assert window.login.code.placeholderText() == "Staff code"
    assert window.counter.cart_panel.pay.text() == "Take payment (F9)"
    assert window.counter.cart_panel.model.headerData(3, Qt.Orientation.Horizontal) == "Disc."
    assert window.windowTitle() == "Loyalty Counter — Bellesa Rambla"


def test_status_bar_shows_the_role_translated(english_window):
    login = english_window.login
    login.code.setText("1003")  # Carmen Ruiz, encargada
    login.pin.setText("3456")
    login.enter.click()
    texts = [label.text() for label in english_window.statusBar().findChildren(QLabel)]
    assert "User: Carmen Ruiz (manager)" in texts


def test_lupdate_keeps_every_message(tmp_path):
    """Reading the code again finds every message the .ts holds: none would be dropped.

    lupdate's Python parser skips some call forms (a plural through
    `QCoreApplication.translate(ctx, text, None, n)` was dropped, translations and all).
    """
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (ROOT / "pos_client" / "ui").rglob("*.py"))
    copy = tmp_path / "counter_ca.ts"
    shutil.copyfile(ts_path("ca"), copy)
    options = ["-source-language", "es", "-target-language", "ca", "-no-obsolete", "-silent"]
    subprocess.run(
        [str(lupdate), *sources, *options, "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    ET.parse(copy)  # still well formed

    def keys(messages: list[Message]) -> set[tuple[str, str, bool]]:
        return {(m.context, m.source, m.numerus) for m in messages}

    before, after = keys(read_ts("ca")), keys(read_ts_file(copy, "ca"))
    assert sorted(before - after) == []  # dropped
    assert sorted(after - before) == []  # new, not yet translated (run scripts/translations.sh)

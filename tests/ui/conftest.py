"""The screens under test speak Spanish as the app does: its translators are installed.

Spanish is the source language, but its plural forms ("%n punto(s)" -> "1 punto",
"5 puntos") come from counter_es.qm, which the app installs at start
(`pos_client.app.install_translations`). A test module that checks the translators
themselves opts out with `pytestmark = pytest.mark.raw_messages`.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from pos_client.app import install_translations


@pytest.fixture(autouse=True)
def spanish(request: pytest.FixtureRequest) -> Iterator[None]:
    if request.node.get_closest_marker("raw_messages"):
        yield
        return
    qapp = request.getfixturevalue("qapp")
    assert isinstance(qapp, QApplication)
    locale = QLocale()
    translators = install_translations(qapp, "es")
    assert translators, "counter_es.qm did not load"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)

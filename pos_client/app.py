"""Composition root: build settings, store, runner and screens; run the app."""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from pos_client.config import Settings
from pos_client.context import AppContext
from pos_client.devices.sound import ErrorSound
from pos_client.services.setup import device_info, ensure_device, is_set_up
from pos_client.store.database import open_store
from pos_client.ui.feedback import Cues
from pos_client.ui.runner import InlineRunner, Runner
from pos_client.ui.signals import AppSignals

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
TRANSLATIONS = RESOURCES / "translations"
STYLE_SHEET = RESOURCES / "styles" / "counter.qss"
log = logging.getLogger(__name__)


def _setup_logging(settings: Settings) -> None:
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(
        settings.data_dir / "pos-client.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[handler])


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """Load our strings and Qt's own for the language (Spanish is the source)."""
    translators = []
    QLocale.setDefault(QLocale({"es": "es_ES", "ca": "ca_ES", "en": "en_GB"}[language]))
    for name, folder in (
        (f"counter_{language}", TRANSLATIONS),
        (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ):
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            translators.append(translator)
    return translators


def build_context(settings: Settings, *, inline: bool = False) -> AppContext:
    """Open (and migrate) the store and wire the pieces together."""
    sessions = open_store(settings.store_path)
    with sessions.begin() as session:
        if not is_set_up(session):
            # Until the device is registered with the server (sync issue),
            # it runs as a stand-alone counter of a default store.
            ensure_device(
                session,
                store_code="S001",
                device_code="D01",
                store_name="Bellesa",
                store_address="",
                store_tax_id="",
            )
        device = device_info(session)
    signals = AppSignals()
    runner = (InlineRunner if inline else Runner)(sessions, signals)
    return AppContext(
        settings=settings,
        sessions=sessions,
        runner=runner,
        signals=signals,
        cues=Cues(ErrorSound(settings.data_dir)),
        device=device,
    )


def run(settings: Settings) -> int:
    """Open the app window and run until it is closed."""
    started = time.perf_counter()
    _setup_logging(settings)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Loyalty Counter")
    install_translations(app, settings.language)
    if STYLE_SHEET.exists():
        app.setStyleSheet(STYLE_SHEET.read_text(encoding="utf-8"))
    from pos_client.ui.main_window import MainWindow

    context = build_context(settings)
    window = MainWindow(context)
    window.show()
    _AfterFirstPaint(window, lambda: context.runner.run_io(_import_receipt_libraries))
    log.info("login screen shown after %.0f ms", (time.perf_counter() - started) * 1000)
    code = app.exec()
    context.runner.wait()
    return code


def _import_receipt_libraries() -> None:
    """Import what the first receipt needs (reportlab, pypdfium2, Pillow: ~0.3 s).

    The counter imports them at first use, so they cost the start nothing;
    done on the I/O pool once the login screen is up, the first receipt does
    not wait for them either.
    """
    from pos_client.documents import preview, receipt_pdf  # noqa: F401


class _AfterFirstPaint(QObject):
    """Call `then` once, after `window` has painted for the first time.

    Not a zero timer after `show()`: that fires before the first paint, and
    background imports then compete with it for the GIL.
    """

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)  # when this paint is done
        return False

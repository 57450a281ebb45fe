"""Composition root: build settings, store, runner, sync and screens; run the app."""

from __future__ import annotations

import logging
import platform
import sys
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, TextIO

from PySide6.QtCore import (
    QDir,
    QEvent,
    QLibraryInfo,
    QLocale,
    QMessageLogContext,
    QObject,
    QTimer,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
    qVersion,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from sqlalchemy.orm import Session, sessionmaker

from loyalty_core.version import VERSION
from pos_client.config import Settings
from pos_client.context import AppContext
from pos_client.devices.sound import ErrorSound
from pos_client.services.setup import device_info, ensure_device, is_set_up
from pos_client.services.support_log import FAULT_LOG_NAME, LOG_NAME, mask_personal
from pos_client.store.database import open_store
from pos_client.sync import credentials
from pos_client.ui.feedback import Cues
from pos_client.ui.runner import InlineRunner, Runner
from pos_client.ui.signals import AppSignals

if TYPE_CHECKING:
    from pos_client.sync.scheduler import SyncScheduler

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
TRANSLATIONS = RESOURCES / "translations"
STYLE_SHEET = RESOURCES / "styles" / "counter.qss"
ICON = RESOURCES / "icons" / "loyalty-counter-256.png"
EXIT_STORE_UNAVAILABLE = 3
"""`run`'s exit code when the store cannot be opened (its key, or another copy holding it)."""
log = logging.getLogger(__name__)


LOG_FORMAT = "%(asctime)s %(levelname)s [%(threadName)s] %(name)s: %(message)s"
QUIET_LOGGERS = ("apscheduler", "pos_client.sync.scheduler.apscheduler")
"""At INFO they wrote four lines a minute ('Running job...'): a week of them pushed
everything else out of the rotating log."""
_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
_fault_file: TextIO | None = None  # open for the life of the process: faulthandler writes to it


class SupportLogFormatter(logging.Formatter):
    """UTC times with their offset (tablets' clocks and time zones differ), and the whole
    record, traceback included, masked of personal data (`support_log.mask_personal`)."""

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:
        return datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds")

    def format(self, record: logging.LogRecord) -> str:
        return mask_personal(super().format(record))


def _setup_logging(settings: Settings) -> RotatingFileHandler:
    """Log to a rotating file in the data folder, what support reads (and the archive holds).

    Six files of 2 MB at most. Besides the app's own records: uncaught
    exceptions on any thread with their traceback, Qt's and Python's
    warnings, and a crash of the process itself (`pos-client-faults.log`).
    Returns the handler (tests remove it again).
    """
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(
        settings.data_dir / LOG_NAME, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(SupportLogFormatter(LOG_FORMAT))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    logging.captureWarnings(True)
    _log_uncaught_exceptions()
    qInstallMessageHandler(_log_qt_message)
    _log_native_crashes(settings.data_dir)
    log.info(
        "Loyalty Counter %s starting: Python %s, Qt %s, %s; data folder %s",
        VERSION,
        platform.python_version(),
        qVersion(),
        platform.platform(),
        settings.data_dir,
    )
    return handler


def _log_uncaught_exceptions() -> None:
    """Log what nothing caught (a slot's bug, a worker thread's), then do what was done before."""
    if getattr(sys.excepthook, "logs_to_support", False):
        return
    previous, previous_in_thread = sys.excepthook, threading.excepthook

    def hook(
        kind: type[BaseException], value: BaseException, traceback: TracebackType | None
    ) -> None:
        if not issubclass(kind, KeyboardInterrupt):
            log.critical("uncaught exception", exc_info=(kind, value, traceback))
        previous(kind, value, traceback)

    def hook_in_thread(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is not SystemExit:
            name = args.thread.name if args.thread is not None else "?"
            exc_info = (args.exc_type, args.exc_value, args.exc_traceback)
            log.critical("uncaught exception in thread %s", name, exc_info=exc_info)  # type: ignore[arg-type]
        previous_in_thread(args)

    hook.logs_to_support = True  # type: ignore[attr-defined]
    sys.excepthook = hook
    threading.excepthook = hook_in_thread


def _log_qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's own warnings (a missing plugin, a style sheet error) into the same log."""
    category = context.category if context.category not in (None, "default") else ""
    logging.getLogger("qt").log(
        _QT_LEVELS.get(kind, logging.WARNING), "%s%s", message, f" [{category}]" if category else ""
    )


def _log_native_crashes(data_dir: Path) -> None:
    """Have a crash in native code (Qt, PDFium) leave every thread's Python stack in a file.

    Left alone when something already does it (a developer's -X faulthandler, pytest).
    """
    global _fault_file
    import faulthandler

    if faulthandler.is_enabled():
        return
    _fault_file = (data_dir / FAULT_LOG_NAME).open("a", encoding="utf-8")
    faulthandler.enable(_fault_file, all_threads=True)


def _log_device(context: AppContext) -> None:
    """Who this tablet is and where it syncs, once per start, after the store is open."""
    device, sync = context.device, context.sync
    log.info(
        "device %s (%s) of store %s (%s); %s",
        device.device_code,
        device.id,
        device.store_code,
        device.store_name,
        f"syncs with {sync.engine.api.base_url}" if sync is not None else "not registered",
    )


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


def apply_style_sheet(app: QApplication) -> None:
    """Use the counter's style sheet; the images it names as `styles:<file>` sit beside it."""
    QDir.addSearchPath("styles", str(STYLE_SHEET.parent))
    app.setStyleSheet(STYLE_SHEET.read_text(encoding="utf-8"))


def build_context(
    settings: Settings, *, inline: bool = False, sessions: sessionmaker[Session] | None = None
) -> AppContext:
    """Open (and migrate) the store and wire the pieces together; sync is built, not started."""
    sessions = sessions or open_store(settings.store_path)
    with sessions.begin() as session:
        if not is_set_up(session):
            # Only when built without the set-up wizard (tools, tests): a stand-alone
            # counter of a default store, which never syncs.
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
        sync=build_sync(settings, sessions),
    )


def build_sync(settings: Settings, sessions: sessionmaker[Session]) -> SyncScheduler | None:
    """Build the background sync of a registered tablet; None without device credentials.

    Requests and APScheduler are imported here, so a tablet without a server
    (the demo) never loads them.
    """
    saved = credentials.load(settings.data_dir)
    if saved is None:
        return None
    from pos_client.sync.api import SyncApi
    from pos_client.sync.engine import SyncEngine
    from pos_client.sync.scheduler import SyncScheduler

    return SyncScheduler(SyncEngine(sessions, SyncApi(saved.server_url, saved.token)))


def needs_setup(sessions: sessionmaker[Session]) -> bool:
    """First run on this tablet: no device in the store yet, so register it with the server."""
    with sessions.begin() as session:
        return not is_set_up(session)


def set_up_with_wizard(
    app: QApplication, settings: Settings, sessions: sessionmaker[Session]
) -> bool:
    """Show the set-up wizard; return whether the tablet is now registered."""
    from pos_client.ui.screens.setup.setup_wizard import SetupWizard

    runner = Runner(sessions, AppSignals())
    wizard = SetupWizard(data_dir=settings.data_dir, sessions=sessions, runner=runner)
    quits = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)  # the main window is still to come
    try:
        accepted = wizard.exec() == QDialog.DialogCode.Accepted
    finally:
        app.setQuitOnLastWindowClosed(quits)
    runner.wait()
    wizard.deleteLater()
    return accepted


def run(settings: Settings) -> int:
    """Open the app window and run until it is closed.

    The store is opened on a worker thread (an old plain store is encrypted
    first, with a window that says so); if it cannot be opened, a dialog says
    what to do and `run` returns `EXIT_STORE_UNAVAILABLE`.
    """
    started = time.perf_counter()
    _setup_logging(settings)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Loyalty Counter")
    app.setApplicationVersion(VERSION)
    app.setDesktopFileName("loyalty-counter")  # the installed .desktop entry: its icon in docks
    app.setWindowIcon(QIcon(str(ICON)))
    install_translations(app, settings.language)
    if STYLE_SHEET.exists():
        apply_style_sheet(app)
    from pos_client.ui.main_window import MainWindow
    from pos_client.ui.screens.startup.store_opening import open_store_at_start

    quits = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)  # the protecting window is not the last one
    try:
        sessions = open_store_at_start(settings.store_path)
    finally:
        app.setQuitOnLastWindowClosed(quits)
    if sessions is None:
        return EXIT_STORE_UNAVAILABLE
    if needs_setup(sessions) and not set_up_with_wizard(app, settings, sessions):
        log.info("set-up wizard closed without registering")
        return 0
    context = build_context(settings, sessions=sessions)
    _log_device(context)
    window = MainWindow(context)
    window.show()
    _AfterFirstPaint(window, lambda: _after_first_paint(context))
    log.info("login screen shown after %.0f ms", (time.perf_counter() - started) * 1000)
    code = app.exec()
    if context.sync is not None:
        context.sync.shutdown()  # already done when the window closed; harmless twice
    context.runner.wait()
    return code


def _after_first_paint(context: AppContext) -> None:
    context.runner.run_io(_import_receipt_libraries)
    if context.sync is not None:
        context.sync.start()


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

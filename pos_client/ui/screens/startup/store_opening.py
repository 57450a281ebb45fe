"""Opening the store at start-up: off the GUI thread, a word while an old store is
protected, and a clear stop when the store cannot be opened.

Contract:
- `open_store` runs on a worker thread while a nested event loop keeps the
  GUI thread drawing. It may take long the first time: a plain store from an
  older version is encrypted in place (about 45 s for 1 GB, a million
  customers), then migrated. A plain file therefore shows
  `ProtectingStoreWindow` meanwhile; an encrypted store opens in a moment and
  nothing extra is shown.
- A key problem (`StoreKeyMismatch`, `StoreKeyUnavailable`, `StoreInUse`) is
  shown in `StoreErrorDialog`, which says what to do, and `open_store_at_start`
  returns None: the caller exits with a non-zero code. Nothing is created or
  replaced (never a new key, never an empty store over the old one).
- So is a failed schema upgrade (`StoreUpgradeFailed`: the store was put back
  from its backup, which the dialog names for support) or a backup that could
  not be written before it (`StoreBackupFailed`: nothing was changed). The
  app never goes on with a half-upgraded store.
- Anything else is a bug: it is raised, as a bug at start-up always was.
Pitfall: the worker touches no widget; only `_Finished.done` crosses back.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QProgressBar, QVBoxLayout, QWidget
from sqlalchemy.orm import Session, sessionmaker

from loyalty_core.errors import UserFacingError
from pos_client.store import database
from pos_client.store.database import StoreInUse, StoreKeyMismatch
from pos_client.store.db_key import StoreKeyUnavailable, key_location
from pos_client.store.migrate import StoreUpgradeFailed
from pos_client.store.store_backup import StoreBackupFailed, backup_folder
from pos_client.ui.errors import message_for

STORE_ERRORS = (
    StoreKeyMismatch,
    StoreKeyUnavailable,
    StoreInUse,
    StoreUpgradeFailed,
    StoreBackupFailed,
)
"""What stops the start: shown to the user with what to do, never a bug report."""

log = logging.getLogger(__name__)
T = TypeVar("T")
Opener = Callable[[Path], sessionmaker[Session]]


class ProtectingStoreWindow(QDialog):
    """'Protegiendo los datos de la tienda…' with a busy bar, until `finish` is called."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._finished = False
        self.setWindowTitle("Loyalty Counter")
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.title = QLabel(
            self.tr("Protegiendo los datos de la tienda…"), objectName="dialogTitle"
        )
        self.hint = QLabel(
            self.tr(
                "Esta versión cifra los datos de la tienda la primera vez que se abre. Con "
                "muchos clientes puede tardar cerca de un minuto: no apague la tableta ni "
                "cierre la aplicación."
            ),
            objectName="hintLabel",
        )
        self.hint.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy: how far the export is, SQLite does not say
        self.bar.setTextVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(14)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.bar)
        self.setFixedWidth(560)

    def finish(self) -> None:
        self._finished = True
        self.close()
        self.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._finished:
            super().closeEvent(event)
        else:
            event.ignore()  # the store is being written: it closes itself when done

    def reject(self) -> None:
        if self._finished:  # Esc does nothing meanwhile
            super().reject()


class StoreErrorDialog(QMessageBox):
    """Why the store cannot be opened and what to do; technical details for support."""

    def __init__(self, error: UserFacingError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storeErrorDialog")  # counter.qss: a heading, room for the path
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle("Loyalty Counter")
        if isinstance(error, StoreUpgradeFailed | StoreBackupFailed):
            self.setText(self.tr("No se han podido actualizar los datos de la tienda"))
            self.setInformativeText(self._upgrade_message(error))
        else:
            self.setText(self.tr("No se pueden abrir los datos de la tienda"))
            self.setInformativeText(message_for(error) or "")
        self.setDetailedText(_details(error))
        self.close_button = self.addButton(
            self.tr("Cerrar la aplicación"), QMessageBox.ButtonRole.AcceptRole
        )
        self.setDefaultButton(self.close_button)
        self.setEscapeButton(self.close_button)

    def _upgrade_message(self, error: UserFacingError) -> str:
        """What happened to the data (nothing lost), then what to do and what to tell support."""
        folder = str(backup_folder(Path(str(error.params.get("path", "")))))
        if isinstance(error, StoreBackupFailed):
            return self.tr(
                "Esta versión de la aplicación tiene que actualizar los datos de la tienda y "
                "antes guarda una copia de seguridad, pero no se ha podido guardar (¿queda "
                "espacio en el disco?). No se ha cambiado nada.\n\n"
                "Libere espacio y vuelva a abrir la aplicación. Si sigue igual, llame a soporte."
            )
        return self.tr(
            "La actualización de los datos de la tienda ha fallado. No se ha perdido nada: "
            "los datos siguen como estaban con la versión anterior, también las ventas que "
            "aún no se han sincronizado.\n\n"
            "Llame a soporte y dé el nombre de la copia de seguridad: {backup} (en {folder}). "
            "No borre la carpeta de datos."
        ).format(backup=error.params.get("backup", ""), folder=folder)


def _details(error: UserFacingError) -> str:
    """For support: the error's code and words, and where this installation's key is."""
    try:
        key = key_location()
    except Exception as exc:  # a broken keyring must not hide the message itself
        key = f"(unknown: {exc})"
    return f"{error.code}: {error.message}\nkey: {key}"


def open_store_at_start(
    path: Path, *, opener: Opener | None = None
) -> sessionmaker[Session] | None:
    """Open the store off the GUI thread; on a key problem say what to do and return None."""
    opener = opener or database.open_store
    window = ProtectingStoreWindow() if database.is_plain_file(path) else None
    if window is not None:
        window.show()
    try:
        return run_in_worker(lambda: opener(path))
    except STORE_ERRORS as error:
        log.error(
            "the store cannot be opened (%s): %s",
            error.code,
            error.message,
            exc_info=error if isinstance(error, StoreUpgradeFailed) else None,  # the cause
        )
        if window is not None:
            window.finish()
            window = None
        StoreErrorDialog(error).exec()
        return None
    finally:
        if window is not None:
            window.finish()


class _Finished(QObject):
    done = Signal()


def run_in_worker(work: Callable[[], T]) -> T:
    """Run `work` on a thread of its own while this (GUI) thread handles events; return its
    result or raise its exception here."""
    outcome: dict[str, Any] = {}
    loop = QEventLoop()
    finished = _Finished()
    # Queued: delivered inside loop.exec() even when the work ends before the loop starts.
    finished.done.connect(loop.quit, Qt.ConnectionType.QueuedConnection)

    def target() -> None:
        try:
            outcome["result"] = work()
        except BaseException as exc:  # handed to the GUI thread, never lost
            outcome["error"] = exc
        finally:
            finished.done.emit()

    thread = threading.Thread(target=target, name="open-store", daemon=True)
    thread.start()
    loop.exec()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]  # type: ignore[no-any-return]

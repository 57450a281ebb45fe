"""First run on a tablet: the server, the store, a registration code, then the first download.

Registration and the first sync run on the I/O pool, never on the GUI
thread. The first download shows a progress dialog whose Cancel stops it
between pages; whatever arrived is kept and the background sync goes on
from there once the app is open.
"""

from __future__ import annotations

import logging
import re
import socket
import threading
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from pos_client.services.setup import DeviceInfo
from pos_client.sync import credentials
from pos_client.sync.api import Offline, Refused, ServerTrouble, SyncApi, UpdateRequired
from pos_client.sync.engine import SyncEngine, SyncReport
from pos_client.sync.registration import AlreadyRegistered, register_device
from pos_client.ui.errors import message_for
from pos_client.ui.runner import Runner

log = logging.getLogger(__name__)

DEFAULT_SERVER = "http://127.0.0.1:8000"
_STORE_CODE = re.compile(r"[A-Z0-9]{1,10}")
CODE_LENGTH = 12  # the server's codes: 12 letters and digits, shown as XXXX-XXXX-XXXX


def normalise_code(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch.isalnum())


class SetupWizard(QDialog):
    """Register this tablet with the server and download its store's data."""

    def __init__(
        self,
        *,
        data_dir: Path,
        sessions: sessionmaker[Session],
        runner: Runner,
        server_url: str = DEFAULT_SERVER,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._sessions = sessions
        self._runner = runner
        self._busy = False
        self._cancel = threading.Event()
        self.device: DeviceInfo | None = None
        self.progress: QProgressDialog | None = None
        self.setWindowTitle(self.tr("Configurar este terminal"))
        self.setMinimumWidth(560)
        # The counter's style sheet draws a disabled primary button as an enabled one.
        self.setStyleSheet("QPushButton#primaryButton:disabled { background: #c7a9b6; }")

        title = QLabel(self.tr("Registrar este terminal"), objectName="loginTitle")
        intro = QLabel(
            self.tr(
                "Es la primera vez que se abre la aplicación en este terminal. Escriba la "
                "dirección del servidor, el código de la tienda y el código de registro que "
                "le ha dado la central."
            ),
            objectName="hintLabel",
        )
        intro.setWordWrap(True)
        self.server = QLineEdit(server_url)
        self.store = QLineEdit(placeholderText="S001")
        self.code = QLineEdit(placeholderText="ABCD-EFGH-JKLM")
        form = QGridLayout()
        form.setColumnStretch(1, 1)
        rows = (
            (self.tr("Dirección del servidor"), self.server),
            (self.tr("Código de tienda"), self.store),
            (self.tr("Código de registro"), self.code),
        )
        for row, (caption, field) in enumerate(rows):
            label = QLabel(caption)
            label.setBuddy(field)
            form.addWidget(label, row, 0, Qt.AlignmentFlag.AlignVCenter)
            form.addWidget(field, row, 1)
        self.hint = QLabel(objectName="hintLabel")
        self.hint.setWordWrap(True)
        self.error = QLabel(objectName="errorLabel")
        self.error.setWordWrap(True)
        self.cancel = QPushButton(self.tr("Cancelar"))
        self.cancel.clicked.connect(self.reject)
        self.register = QPushButton(self.tr("Registrar"), objectName="primaryButton")
        self.register.setDefault(True)
        self.register.clicked.connect(self._on_register_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.register)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        for field in (self.server, self.store, self.code):
            field.textChanged.connect(self._on_field_text_changed)
        self.store.textEdited.connect(self._on_store_text_edited)
        self._on_field_text_changed()
        self.store.setFocus()

    # -- validation as typed ----------------------------------------------------------
    def problems(self) -> list[str]:
        """What is wrong with the fields as they are, for fields that have been filled in."""
        found = []
        url = urlsplit(self.server.text().strip())
        if url.scheme not in ("http", "https") or not url.hostname or " " in url.netloc:
            found.append(
                self.tr(
                    "La dirección del servidor empieza por http:// o https://, "
                    "por ejemplo http://192.168.1.10:8000."
                )
            )
        store = self.store.text().strip()
        if store and not _STORE_CODE.fullmatch(store.upper()):
            found.append(self.tr("El código de tienda solo lleva letras y números, como S001."))
        code = normalise_code(self.code.text())
        if code and len(code) != CODE_LENGTH:
            found.append(
                self.tr("El código de registro tiene 12 letras y números: XXXX-XXXX-XXXX.")
            )
        return found

    def _on_field_text_changed(self) -> None:
        problems = self.problems()
        self.hint.setText("\n".join(problems))
        complete = bool(self.store.text().strip() and self.code.text().strip())
        self.register.setEnabled(complete and not problems and not self._busy)
        self.error.clear()

    def _on_store_text_edited(self, text: str) -> None:
        if text != text.upper():
            position = self.store.cursorPosition()
            self.store.setText(text.upper())
            self.store.setCursorPosition(position)

    # -- registering ------------------------------------------------------------------
    def _on_register_clicked(self) -> None:
        if not self.register.isEnabled():
            return
        server_url = self.server.text().strip().rstrip("/")
        store_code = self.store.text().strip().upper()
        registration_code = self.code.text().strip()
        self._set_busy(True)
        self.hint.setText(self.tr("Registrando el terminal…"))
        sessions, data_dir = self._sessions, self._data_dir
        self._runner.run_io(
            lambda: register_device(
                sessions,
                data_dir,
                server_url=server_url,
                store_code=store_code,
                registration_code=registration_code,
                device_name=socket.gethostname(),
            ),
            success=self._on_registered,
            failure=self._on_register_failed,
        )

    def _on_register_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.hint.clear()
        self.error.setText(self.plain_message(exc))

    def plain_message(self, exc: BaseException) -> str:
        """The plain sentence for a registration that did not work."""
        code = getattr(exc, "code", "")
        if isinstance(exc, Offline):
            return self.tr(
                "No se puede conectar con el servidor {url}. Compruebe la dirección y que el "
                "terminal tenga red."
            ).format(url=self.server.text().strip())
        if isinstance(exc, UpdateRequired):
            return self.tr(
                "El servidor necesita una versión más nueva de esta aplicación. Actualícela "
                "antes de registrar el terminal."
            )
        if isinstance(exc, ServerTrouble):
            return self.tr("El servidor no responde bien ahora. Inténtelo en unos minutos.")
        if isinstance(exc, AlreadyRegistered):
            return self.tr("Este terminal ya está registrado.")
        if isinstance(exc, Refused):
            return {
                "bad_registration_code": self.tr(
                    "El código de registro no es válido para la tienda {store}. Compruebe los "
                    "dos códigos o pida uno nuevo a la central."
                ).format(store=self.store.text().strip().upper()),
                "registration_code_used": self.tr(
                    "Este código de registro ya se ha usado. Pida uno nuevo a la central."
                ),
                "registration_code_expired": self.tr(
                    "Este código de registro ha caducado. Pida uno nuevo a la central."
                ),
            }.get(
                code,
                self.tr("El servidor no ha aceptado el registro ({detail}).").format(
                    detail=str(exc)
                ),
            )
        return message_for(exc) or ""

    # -- the first download -------------------------------------------------------------
    def _on_registered(self, device: DeviceInfo) -> None:
        self.device = device
        self.hint.setText(
            self.tr("Terminal {device} de {store} registrado.").format(
                device=device.device_code, store=device.store_name
            )
        )
        progress = QProgressDialog(
            self.tr("Descargando los datos de la tienda: catálogo, personal y clientes…"),
            self.tr("Cancelar"),
            0,
            0,
            self,
        )
        progress.setWindowTitle(self.tr("Primera sincronización"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setMinimumWidth(480)
        progress.canceled.connect(self._on_progress_canceled)
        self.progress = progress
        progress.show()
        sessions, data_dir, cancelled = self._sessions, self._data_dir, self._cancel.is_set
        self._runner.run_io(
            lambda: first_sync(sessions, data_dir, cancelled=cancelled),
            success=self._on_first_sync_done,
            failure=self._on_first_sync_done,
        )

    def _on_progress_canceled(self) -> None:
        self._cancel.set()
        self.hint.setText(self.tr("Deteniendo la descarga; seguirá en segundo plano…"))

    def _on_first_sync_done(self, result: SyncReport | BaseException) -> None:
        if isinstance(result, BaseException):
            log.warning("first sync did not finish: %s", result)
        if self.progress is not None:
            self.progress.canceled.disconnect(self._on_progress_canceled)
            self.progress.close()
        self._busy = False
        self.accept()

    # -- busy -------------------------------------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.server, self.store, self.code, self.cancel):
            widget.setEnabled(not busy)
        self.register.setEnabled(not busy and not self.problems())

    def reject(self) -> None:
        if not self._busy:  # a request on its way cannot be taken back
            super().reject()


def first_sync(
    sessions: sessionmaker[Session], data_dir: Path, *, cancelled: Callable[[], bool]
) -> SyncReport:
    """Download the store's data once with the credentials just saved (on the I/O pool)."""
    saved = credentials.load(data_dir)
    if saved is None:
        raise RuntimeError("no device credentials after registering")
    api = SyncApi(saved.server_url, saved.token)
    try:
        return SyncEngine(sessions, api).sync_once(cancelled=cancelled)
    finally:
        api.close()

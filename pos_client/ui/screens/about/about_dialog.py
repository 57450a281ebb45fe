"""About and diagnostics: what support asks on the phone, and an archive to send them.

Version, schema, device, store, server, sync (state, last sync, changes
waiting, refused), data folder, free disk, Qt/Python/OS; reached from the
status bar or F1 on every screen, the log-in screen too (support is often
called when nobody can log in). "Guardar archivo de diagnóstico…" writes the
support archive (`services.support_archive`: no personal data) to a folder
the person picks and says where; "Copiar resumen" puts the same lines on the
clipboard. The facts are read off the GUI thread (`about_ops`); the sync
state is the scheduler's, followed while the screen is open.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import PySide6
from PySide6.QtCore import QLocale, QStandardPaths, Qt, QTimer, Signal, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from pos_client.context import AppContext
from pos_client.services.support_archive import default_folder
from pos_client.sync.scheduler import Phase, SyncState
from pos_client.ui.errors import message_for
from pos_client.ui.screens.about import about_ops
from pos_client.ui.screens.about.about_ops import AboutFacts
from pos_client.ui.widgets.note import NoteLabel

NOT_YET = "…"


def qt_environment() -> dict[str, str]:
    """The Qt side of the versions (the service knows Python's and the system's)."""
    return {
        "qt": qVersion(),
        "pyside6": PySide6.__version__,
        "qt_platform": QGuiApplication.platformName(),
    }


def documents_folder() -> Path | None:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else None


class AboutDialog(QDialog):
    """The About and diagnostics screen; `values[key]` is the label showing each fact."""

    state_received = Signal(object)  # SyncState, from the scheduler's thread

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.facts: AboutFacts | None = None
        self.archive: Path | None = None
        self.folder_dialog: QFileDialog | None = None
        self._state: SyncState | None = ctx.sync.state if ctx.sync is not None else None
        self._listener: Callable[[SyncState], None] | None = None
        self.values: dict[str, QLabel] = {}
        self._captions: dict[str, QLabel] = {}
        self._sections: list[tuple[str, list[str]]] = []
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("Acerca de y diagnóstico"))
        title = QLabel(self.tr("Acerca de y diagnóstico"), objectName="dialogTitle")
        hint = QLabel(
            self.tr(
                "Si llama a soporte, léales estos datos o guarde el archivo de diagnóstico y "
                "envíeselo: no contiene datos de clientes."
            ),
            objectName="hintLabel",
            wordWrap=True,
        )
        # Who this tablet is and how its sync goes side by side, as support asks; the
        # machine below, full width for a long data folder.
        left = QVBoxLayout()
        left.addWidget(self._section(self.tr("Terminal y tienda"), self._device_rows()))
        left.addWidget(self._section(self.tr("Aplicación"), self._application_rows()))
        left.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(14)
        top.addLayout(left, 1)
        top.addWidget(self._section(self.tr("Sincronización"), self._sync_rows()), 1)
        machine = self._section(self.tr("Equipo"), self._machine_rows())
        self.save_button = QPushButton(
            self.tr("Guardar archivo de diagnóstico…"), objectName="primaryButton"
        )
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.copy_button = QPushButton(self.tr("Copiar resumen"))
        self.copy_button.clicked.connect(self.copy_summary)
        close = QPushButton(self.tr("Cerrar"))
        close.clicked.connect(self.accept)
        for button in (self.save_button, self.copy_button, close):
            button.setAutoDefault(False)
        self.note = NoteLabel()
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(top)
        layout.addWidget(machine)
        layout.addStretch(1)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.resize(1060, 560)
        self._ages = QTimer(self, interval=30_000, timeout=self._show_all)  # "hace N min"
        self._ages.start()
        if ctx.sync is not None:
            self._listener = self.state_received.emit
            self.state_received.connect(self._on_state_received)
            ctx.sync.subscribe(self._listener)
        self.finished.connect(self._detach)
        self._show_all()
        self.refresh()

    # -- building ---------------------------------------------------------------------
    def _application_rows(self) -> list[tuple[str, str]]:
        return [("version", self.tr("Versión")), ("schema", self.tr("Esquema de datos"))]

    def _device_rows(self) -> list[tuple[str, str]]:
        return [
            ("device", self.tr("Terminal")),
            ("store", self.tr("Tienda")),
            ("server", self.tr("Servidor")),
            ("registration", self.tr("Registro")),
        ]

    def _sync_rows(self) -> list[tuple[str, str]]:
        return [
            ("sync_state", self.tr("Estado")),
            ("sync_message", self.tr("Detalle")),
            ("update", self.tr("Actualización")),
            ("last_sync", self.tr("Última sincronización")),
            ("waiting", self.tr("Cambios por enviar")),
            ("rejected", self.tr("Cambios rechazados")),
            ("review", self.tr("Pendientes de revisar")),
        ]

    def _machine_rows(self) -> list[tuple[str, str]]:
        return [
            ("data_dir", self.tr("Carpeta de datos")),
            ("disk", self.tr("Espacio libre")),
            ("store_file", self.tr("Base de datos")),
            ("backups", self.tr("Copias de la base de datos")),
            ("versions", self.tr("Versiones")),
            ("system", self.tr("Sistema")),
        ]

    def _section(self, title: str, rows: list[tuple[str, str]]) -> QFrame:
        frame = QFrame(objectName="aboutSection")
        form = QFormLayout(frame)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(6)
        form.addRow(QLabel(title, objectName="sectionTitle"))
        for key, caption in rows:
            name = QLabel(caption, objectName="aboutCaption")
            value = QLabel(NOT_YET, objectName="aboutValue", wordWrap=True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(name, value)
            self.values[key], self._captions[key] = value, name
        self._sections.append((title, [key for key, _caption in rows]))
        return frame

    # -- reading ----------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the facts again (store thread, then the I/O pool)."""
        about_ops.load_about(self._ctx, success=self._on_loaded, failure=self._on_load_failed)

    def _on_loaded(self, facts: AboutFacts) -> None:
        if not isValid(self):
            return  # closed (and deleted) while the facts were read
        self.facts = facts
        self._show_all()

    def _on_load_failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self.note.say_problem(
            self.tr("No se pudieron leer los datos del terminal: {error}").format(
                error=message_for(exc) or ""
            )
        )

    def _on_state_received(self, state: SyncState) -> None:
        shown = self.facts.store if self.facts is not None else None
        self._state = state
        self._show_sync()
        if shown is not None and (state.last_sync, state.waiting) != (
            shown.last_sync,
            shown.waiting,
        ):
            self.refresh()  # a sync went through: the counts and feeds moved

    def _detach(self) -> None:
        self._ages.stop()
        if self._ctx.sync is not None and self._listener is not None:
            self._ctx.sync.unsubscribe(self._listener)
            self._listener = None

    # -- showing ----------------------------------------------------------------------
    def _set(self, key: str, text: str, *, shown: bool = True) -> None:
        self.values[key].setText(text)
        self.values[key].setVisible(shown)
        self._captions[key].setVisible(shown)

    def _show_all(self) -> None:
        self._show_application()
        self._show_sync()
        self._show_machine()

    def _show_application(self) -> None:
        from loyalty_core.version import VERSION

        device = self._ctx.device
        self._set("version", VERSION)
        self._set(
            "device", self.tr("{code} · id {id}").format(code=device.device_code, id=device.id)
        )
        self._set(
            "store",
            self.tr("{code} · {name}").format(code=device.store_code, name=device.store_name),
        )
        if self.facts is None:
            return
        store, where = self.facts.store, self.facts.installation
        revision = store.schema_revision or "—"
        self._set(
            "schema",
            self.tr("{revision} (al día)").format(revision=revision)
            if store.schema_current
            else self.tr("{revision} (la aplicación espera {head})").format(
                revision=revision, head=store.schema_head or "?"
            ),
        )
        self._set("server", where.server_url or "—")
        self._set(
            "registration",
            {
                "registered": self.tr("Registrado en el servidor"),
                "not_registered": self.tr("Sin registrar: demostración o tienda sin servidor"),
                "unreadable": self.tr(
                    "Registrado, pero las credenciales no se pueden leer con la clave de esta "
                    "instalación"
                ),
            }.get(where.registration, where.registration),
        )

    def _show_sync(self) -> None:
        state = self._state
        self._set("sync_state", self._phase_text(state))
        message = state.message if state is not None else ""
        self._set("sync_message", message, shown=bool(message))
        self._show_update(state)
        if self.facts is None:
            return
        store = self.facts.store
        self._set(
            "last_sync",
            self._moment(store.last_sync) if store.last_sync is not None else self.tr("Nunca"),
        )
        if store.waiting and store.oldest_waiting is not None:
            self._set(
                "waiting",
                self.tr("%n cambio(s); el más antiguo, {when}", "", store.waiting).format(
                    when=self._moment(store.oldest_waiting)
                ),
            )
        else:
            self._set("waiting", self.tr("Ninguno"))
        none = self.tr("Ninguno")
        rejected, review = store.rejected, store.review_open
        self._set("rejected", self.tr("%n cambio(s)", "", rejected) if rejected else none)
        self._set("review", self.tr("%n caso(s)", "", review) if review else none)

    def _show_update(self, state: SyncState | None) -> None:
        """An update head office asks for: by a day it announced, or now (it refuses this one)."""
        if state is not None and state.phase is Phase.UPDATE_REQUIRED:
            self._set("update", self.tr("Necesaria ya: la central no admite esta versión"))
        elif state is not None and state.update_by is not None:
            self._set(
                "update",
                self.tr(
                    "Necesaria antes del {date}: desde ese día este terminal no recibirá "
                    "datos nuevos"
                ).format(date=state.update_by.strftime("%d/%m/%Y")),
            )
        else:
            self._set("update", "", shown=False)

    def _phase_text(self, state: SyncState | None) -> str:
        if self._ctx.sync is None or state is None:
            return self.tr("Sin servidor: este terminal no se sincroniza")
        text = {
            Phase.IDLE: self.tr("En línea"),
            Phase.SYNCING: self.tr("Sincronizando…"),
            Phase.OFFLINE: self.tr("Sin conexión con el servidor"),
            Phase.STALLED: self.tr("La sincronización no avanza"),
            Phase.REVOKED: self.tr("Terminal dado de baja por la central"),
            Phase.UPDATE_REQUIRED: self.tr("Hay que actualizar la aplicación"),
        }[state.phase]
        if state.retry_at is not None:
            text += " · " + self.tr("siguiente intento a las {time}").format(
                time=state.retry_at.astimezone().strftime("%H:%M:%S")
            )
        return text

    def _show_machine(self) -> None:
        environment = qt_environment()
        if self.facts is None:
            self._set("data_dir", str(self._ctx.settings.data_dir))
        else:
            where, locale = self.facts.installation, QLocale()
            size = QLocale.DataSizeFormat.DataSizeTraditionalFormat
            self._set("data_dir", str(where.data_dir))
            self._set(
                "disk",
                self.tr("{free} libres de {total}").format(
                    free=locale.formattedDataSize(where.disk_free_bytes, 1, size),
                    total=locale.formattedDataSize(where.disk_total_bytes, 1, size),
                ),
            )
            self._set("store_file", locale.formattedDataSize(where.store_file_bytes, 1, size))
            self._set(
                "backups",
                self.tr("%n copia(s); la última, {name}", "", len(where.backups)).format(
                    name=where.backups[-1][0] if where.backups else ""
                )
                if where.backups
                else self.tr("Ninguna"),
            )
            self._set("system", where.system)
            environment["python"] = where.python
        self._set(
            "versions",
            " · ".join(
                f"{name} {environment[key]}"
                for key, name in (("qt", "Qt"), ("pyside6", "PySide6"), ("python", "Python"))
                if key in environment
            ),
        )

    def _moment(self, moment: datetime) -> str:
        """'24/11/2026 10:25 (hace 5 min)', in local time."""
        age = self._ctx.now() - moment
        return self.tr("{time} ({age})").format(
            time=moment.astimezone().strftime("%d/%m/%Y %H:%M"), age=self._age(age)
        )

    def _age(self, age: timedelta) -> str:
        minutes = int(age.total_seconds() // 60)
        if minutes < 1:
            return self.tr("hace un momento")
        if minutes < 60:
            return self.tr("hace %n min", "", minutes)
        if minutes < 48 * 60:
            return self.tr("hace %n h", "", minutes // 60)
        return self.tr("hace %n día(s)", "", minutes // (24 * 60))

    # -- the summary and the archive ----------------------------------------------------
    def summary_text(self) -> str:
        """The screen as lines of text: what "Copiar resumen" puts on the clipboard."""
        now = self._ctx.now().astimezone(UTC)
        lines = [
            self.tr("Loyalty Counter · Acerca de y diagnóstico · {time} UTC").format(
                time=now.strftime("%Y-%m-%d %H:%M")
            )
        ]
        for title, keys in self._sections:
            lines.append("")
            lines.append(title)
            for key in keys:
                if not self.values[key].isHidden():
                    lines.append(f"  {self._captions[key].text()}: {self.values[key].text()}")
        return "\n".join(lines) + "\n"

    def copy_summary(self) -> None:
        QGuiApplication.clipboard().setText(self.summary_text())
        self.note.say(self.tr("Resumen copiado: péguelo en el correo o el chat de soporte."))

    def _on_save_button_clicked(self) -> None:
        start = default_folder(self._ctx.settings.data_dir, documents_folder())
        start.mkdir(parents=True, exist_ok=True)
        if self.folder_dialog is not None:
            self.folder_dialog.deleteLater()
        chooser = QFileDialog(self, self.tr("Carpeta donde guardar el archivo de diagnóstico"))
        chooser.setFileMode(QFileDialog.FileMode.Directory)
        chooser.setOption(QFileDialog.Option.ShowDirsOnly, True)
        chooser.setDirectory(str(start))
        chooser.fileSelected.connect(lambda folder: self.save_archive(Path(folder)))
        self.folder_dialog = chooser
        chooser.open()

    def save_archive(self, folder: Path) -> None:
        """Write the support archive into `folder` and say where it went."""
        self.save_button.setEnabled(False)
        self.note.say(self.tr("Guardando el archivo de diagnóstico…"))
        about_ops.save_support_archive(
            self._ctx,
            folder=folder,
            environment=qt_environment(),
            success=self._on_archive_saved,
            failure=lambda exc: self._on_archive_failed(folder, exc),
        )

    def _on_archive_saved(self, path: Path) -> None:
        if not isValid(self):
            return  # closed meanwhile: the archive is written all the same
        self.archive = path
        self.save_button.setEnabled(True)
        self.note.say(self.tr("Archivo de diagnóstico guardado en:\n{path}").format(path=path))

    def _on_archive_failed(self, folder: Path, exc: BaseException) -> None:
        if not isValid(self):
            return
        self.save_button.setEnabled(True)
        reason = message_for(exc) or ""
        if isinstance(exc, OSError) and exc.strerror:
            reason = exc.strerror  # 'Permission denied', 'No space left on device'
        self.note.say_problem(
            self.tr("No se pudo guardar el archivo en {folder}: {reason}").format(
                folder=folder, reason=reason
            )
        )


def open_about(ctx: AppContext, parent: QWidget | None = None) -> AboutDialog:
    """Open the About screen over `parent`, window-modal; it deletes itself when closed."""
    dialog = AboutDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog

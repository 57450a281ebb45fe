"""The sync indicator in the status bar: connection, changes waiting, last sync, 'sync now'.

The scheduler calls its listener on a scheduler thread; the widget only
re-emits the state through `state_received`, a Qt signal that a queued
connection delivers on the GUI thread, where the labels are drawn. A revoked
device or an app too old for the server is said once, in a message box, and
then stays red in the bar; nothing else ever opens a dialog from here. An
update head office has announced (`SyncState.update_by`) is said beside the
badge, in amber, while sync still works: no dialog, it is not urgent yet.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from pos_client.sync.scheduler import HALTED, Phase, SyncState

if TYPE_CHECKING:
    from pos_client.sync.scheduler import SyncScheduler

# "● En línea" and "● Sin conexión" were drawn by MainWindow before this widget
# existed: they keep its translation context, as literals for lupdate, so that
# their translations carry over. The long count of changes waiting (shown
# without a server) is this widget's own `tr`: lupdate's Python parser takes no
# plural from `QCoreApplication.translate(ctx, text, None, n)` (it dropped that
# call, or read it without plural forms), only from `self.tr(text, "", n)`.

_STYLE = """
QLabel#syncBadge { font-size: 14px; font-weight: bold; color: #1e7b34; }
QLabel#syncBadge[phase="syncing"] { color: #555; }
QLabel#syncBadge[phase="offline"], QLabel#syncBadge[phase="stalled"] { color: #b06f00; }
QLabel#syncBadge[phase="revoked"], QLabel#syncBadge[phase="update_required"] { color: #b03a2e; }
QLabel#syncBadge[phase="none"] { color: #777; }
QLabel#syncDetails { font-size: 13px; }
QPushButton#syncNowButton { min-height: 26px; padding: 2px 10px; font-size: 13px; }
QLabel#updateNotice { font-size: 13px; font-weight: bold; color: #b06f00; }
"""


def utc_now() -> datetime:
    return datetime.now(UTC)


class SyncStatusWidget(QWidget):
    """Shows the scheduler's state; without a scheduler, 'Sin servidor' and the local count."""

    state_received = Signal(object)  # SyncState, emitted from any thread
    attention_requested = Signal()

    def __init__(
        self,
        scheduler: SyncScheduler | None,
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] = utc_now,
    ) -> None:
        super().__init__(parent)
        self._scheduler = scheduler
        self._now = now
        self._told: set[Phase] = set()
        self._local_pending = 0
        self.setStyleSheet(_STYLE)
        self.badge = QLabel(objectName="syncBadge")
        self.details = _ElidedLabel(objectName="syncDetails")
        self.update_notice = QLabel(objectName="updateNotice")
        self.update_notice.hide()
        self.sync_button = QPushButton(self.tr("Sincronizar ahora"), objectName="syncNowButton")
        self.sync_button.clicked.connect(self._on_sync_button_clicked)
        self.attention_button = QPushButton(objectName="attentionButton")
        self.attention_button.clicked.connect(self.attention_requested)
        self.attention_button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.badge)
        layout.addWidget(self.update_notice)
        layout.addWidget(self.details)
        layout.addWidget(self.attention_button)
        layout.addWidget(self.sync_button)
        self._state: SyncState | None = None
        self._ages = QTimer(self, interval=30_000, timeout=self._redraw)  # "hace N min" moves on
        self._ages.start()
        self._listener: Callable[[SyncState], None] | None = None
        if scheduler is None:
            self.sync_button.hide()
        else:
            self._listener = self.state_received.emit
            self.state_received.connect(self._on_state_received)
            scheduler.subscribe(self._listener)
            self._state = scheduler.state
        self._redraw()

    @property
    def waiting(self) -> int:
        """Changes not yet on the server, as last shown."""
        return self._state.waiting if self._state is not None else self._local_pending

    @property
    def state(self) -> SyncState | None:
        return self._state

    def show_local_pending(self, count: int) -> None:
        """Without a server: the changes kept on this tablet."""
        self._local_pending = count
        if self._scheduler is None:
            self._redraw()

    def detach(self) -> None:
        """Stop listening to the scheduler (before the scheduler or the widget goes)."""
        if self._scheduler is not None and self._listener is not None:
            self._scheduler.unsubscribe(self._listener)
            self._listener = None

    def _on_state_received(self, state: SyncState) -> None:
        self._state = state
        self._redraw()
        if state.halted and state.phase not in self._told:
            self._told.add(state.phase)  # before the box: its event loop may deliver more
            self._tell(state.phase)

    def _on_sync_button_clicked(self) -> None:
        if self._scheduler is not None:
            self.sync_button.setEnabled(False)  # until the next state says otherwise
            self._scheduler.sync_now()

    # -- drawing --------------------------------------------------------------------
    def _redraw(self) -> None:
        state = self._state
        attention = state.attention if state is not None else 0
        self.attention_button.setVisible(attention > 0)
        self.attention_button.setText(self.tr("Revisar (%n)", "", attention))
        self._show_update_notice(state)
        if self._scheduler is None or state is None:
            self._set_badge("none", self.tr("● Sin servidor"))
            self.details.setText(
                self.tr("%n cambio(s) pendiente(s) de sincronizar", "", self._local_pending)
            )
            self.details.setToolTip(
                self.tr("Este terminal no está registrado en ningún servidor: no se sincroniza.")
            )
            return
        self._set_badge(str(state.phase), self._badge_text(state.phase))
        details = " · ".join(self._detail_parts(state))
        self.details.setText(details)
        # The whole line again, in case a narrow screen clips it, and what the state means.
        self.details.setToolTip("\n".join(filter(None, (details, self._tooltip(state)))))
        self.badge.setToolTip(self.details.toolTip())
        self.sync_button.setEnabled(state.phase not in (Phase.SYNCING, *HALTED))

    def _show_update_notice(self, state: SyncState | None) -> None:
        """'Actualice la aplicación antes del <día>…' while an announced update is ahead."""
        day = state.update_by if state is not None else None
        if day is None or state is None or state.phase is Phase.UPDATE_REQUIRED:
            self.update_notice.hide()  # none announced, or already refused: the badge says it
            return
        when = day.strftime("%d/%m/%Y")
        self.update_notice.setText(
            self.tr(
                "Actualice la aplicación antes del {date}: desde ese día no se sincronizará"
            ).format(date=when)
        )
        self.update_notice.setToolTip(
            self.tr(
                "La central dejará de admitir esta versión de la aplicación el {date}. Hasta "
                "entonces todo funciona igual; después, las ventas se seguirán enviando, pero "
                "esta tableta no recibirá datos nuevos. Avise a soporte para actualizarla."
            ).format(date=when)
        )
        self.update_notice.show()

    def _set_badge(self, phase: str, text: str) -> None:
        self.badge.setText(text)
        if self.badge.property("phase") != phase:
            self.badge.setProperty("phase", phase)
            self.badge.style().unpolish(self.badge)
            self.badge.style().polish(self.badge)

    def _badge_text(self, phase: Phase) -> str:
        return {
            Phase.IDLE: QCoreApplication.translate("MainWindow", "● En línea"),
            Phase.SYNCING: self.tr("● Sincronizando…"),
            Phase.OFFLINE: QCoreApplication.translate("MainWindow", "● Sin conexión"),
            Phase.STALLED: self.tr("● La sincronización no avanza"),
            Phase.REVOKED: self.tr("● Terminal dado de baja"),
            Phase.UPDATE_REQUIRED: self.tr("● Hay que actualizar la aplicación"),
        }[phase]

    def _detail_parts(self, state: SyncState) -> list[str]:
        if state.waiting:
            parts = [self.tr("%n cambio(s) pendiente(s)", "", state.waiting)]
            age = self._now() - state.oldest_waiting if state.oldest_waiting else timedelta(0)
            if age >= timedelta(minutes=1):  # younger says nothing a person needs
                parts[0] += " " + self.tr("(desde {age})").format(age=self._age(age))
        else:
            parts = [self.tr("Sin cambios pendientes")]
        if state.rejected:
            parts.append(self.tr("%n cambio(s) rechazado(s)", "", state.rejected))
        if state.last_sync is not None:
            parts.append(
                self.tr("última sincronización {time}").format(time=self._clock(state.last_sync))
            )
        else:
            parts.append(self.tr("aún sin sincronizar"))
        return parts

    def _tooltip(self, state: SyncState) -> str:
        if state.phase is Phase.OFFLINE:
            text = self.tr("No se puede contactar con el servidor. Las ventas se guardan aquí.")
            if state.retry_at is not None:
                text += " " + self.tr("Siguiente intento: {time}.").format(
                    time=self._clock(state.retry_at, seconds=True)
                )
            return text
        if state.phase is Phase.STALLED:
            return self.tr(
                "El servidor responde, pero hay cambios que no se envían. Avise a soporte."
            )
        if state.phase is Phase.REVOKED:
            return self.tr("La central ha dado de baja este terminal. Avise a soporte.")
        if state.phase is Phase.UPDATE_REQUIRED:
            return self.tr("El servidor no admite esta versión de la aplicación. Avise a soporte.")
        return ""

    def _age(self, age: timedelta) -> str:
        minutes = int(age.total_seconds() // 60)
        if minutes < 60:
            return self.tr("hace %n min", "", minutes)
        if minutes < 48 * 60:
            return self.tr("hace %n h", "", minutes // 60)
        return self.tr("hace %n día(s)", "", minutes // (24 * 60))

    def _clock(self, moment: datetime, *, seconds: bool = False) -> str:
        local, today = moment.astimezone(), self._now().astimezone().date()
        time_format = "%H:%M:%S" if seconds else "%H:%M"
        if local.date() == today:
            return local.strftime(time_format)
        return local.strftime(f"%d/%m {time_format}")

    def _tell(self, phase: Phase) -> None:
        if phase is Phase.REVOKED:
            title = self.tr("Terminal dado de baja")
            text = self.tr(
                "La central ha dado de baja este terminal y ya no se sincroniza con el "
                "servidor.\n\nLas ventas se siguen guardando aquí y no se pierde nada. "
                "Avise a soporte para volver a registrarlo."
            )
        else:
            title = self.tr("Hay que actualizar la aplicación")
            text = self.tr(
                "El servidor ya no admite esta versión de la aplicación.\n\nLas ventas se "
                "siguen guardando aquí y se enviarán cuando la aplicación esté actualizada. "
                "Avise a soporte para actualizarla."
            )
        QMessageBox.warning(self.window(), title, text)


class _ElidedLabel(QLabel):
    """One line that ends in '…' when the status bar is short of room; `text()` stays whole."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), 120), hint.height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            rect,
            int(self.alignment()),
            self.palette(),
            self.isEnabled(),
            shown,
            self.foregroundRole(),
        )

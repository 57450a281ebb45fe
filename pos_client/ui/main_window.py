"""The main window: log-in, then the counter, with the status bar below."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QStyle,
    QWidget,
)

from pos_client.context import AppContext
from pos_client.services.staff import StaffMember
from pos_client.ui import ops
from pos_client.ui.screens.counter.counter_screen import CounterScreen
from pos_client.ui.screens.login.login_screen import LoginScreen
from pos_client.ui.signals import Changes
from pos_client.ui.sync_status import SyncStatusWidget
from pos_client.ui.wedge import WedgeScanner

if TYPE_CHECKING:
    from pos_client.sync.scheduler import SyncState
    from pos_client.ui.screens.about import AboutDialog


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(
            self.tr("Loyalty Counter — {store}").format(store=ctx.device.store_name)
        )
        self.resize(1280, 800)
        self.login = LoginScreen(ctx)
        self.counter = CounterScreen(ctx)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.login)
        self.stack.addWidget(self.counter)
        self.setCentralWidget(self.stack)
        self.login.logged_in.connect(self._on_login_logged_in)
        self.counter.logout_requested.connect(self.log_out)

        self.wedge = WedgeScanner(self)
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.wedge.install(app)
        self.wedge.scanned.connect(self._on_wedge_scanned)

        self._user = QLabel()
        # The tablet's name opens the About and diagnostics screen (so does F1), on every
        # screen, the log-in one too: support is often called when nobody can log in. Not a
        # button of its own: the status bar has no room to spare from the changes waiting.
        self.about_button = QPushButton(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
            self.tr("Tienda {store} · Terminal {device}").format(
                store=ctx.device.store_code, device=ctx.device.device_code
            ),
            objectName="aboutButton",
        )
        self.about_button.setIconSize(QSize(18, 18))
        self.about_button.setToolTip(self.tr("Acerca de y diagnóstico (F1)"))
        self.about_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.about_button.clicked.connect(self.open_about)
        self.about_dialog: AboutDialog | None = None
        self.sync_status = SyncStatusWidget(ctx.sync)
        self.sync_status.attention_requested.connect(self._on_sync_status_attention_requested)
        self.sync_status.state_received.connect(self._on_sync_state_received)
        self._last_sync = ctx.sync.state.last_sync if ctx.sync is not None else None
        self.manage_button = QPushButton(
            self.tr("Gestión de tienda (F11)"), objectName="toolButton"
        )
        self.manage_button.clicked.connect(self.open_manager_menu)
        self.manage_button.hide()
        bar = self.statusBar()
        for label in (self._user, self.about_button):
            bar.addWidget(label)
        bar.addPermanentWidget(self.manage_button)
        bar.addPermanentWidget(self.sync_status)
        QShortcut(QKeySequence("F12"), self, activated=self.log_out)
        QShortcut(QKeySequence("F11"), self, activated=self.open_manager_menu)
        QShortcut(QKeySequence("F1"), self, activated=self.open_about)
        ctx.signals.changed.connect(self._on_signals_changed)
        self._refresh_status()
        # Without a server nothing else counts the changes kept here: poll them.
        self._poll = QTimer(self, interval=30_000, timeout=self._refresh_pending)
        if ctx.sync is None:
            self._refresh_pending()
            self._poll.start()
        self.login.reset()

    def _on_login_logged_in(self, member: StaffMember) -> None:
        self._ctx.staff = member
        self._ctx.signals.session_started.emit(member)
        self.counter.start_session(member)
        self.stack.setCurrentWidget(self.counter)
        self._refresh_status()
        self.manage_button.show()

    def log_out(self) -> None:
        """Leave the counter; the cart in progress is kept for the next user."""
        if self._ctx.staff is None:
            return
        self._ctx.staff = None
        self._ctx.signals.session_ended.emit()
        self.stack.setCurrentWidget(self.login)
        self.login.reset()
        self.manage_button.hide()
        self._refresh_status()

    def _on_wedge_scanned(self, code: str) -> None:
        if self.stack.currentWidget() is self.counter and self._ctx.staff is not None:
            self.counter.handle_scan(code)

    def _on_signals_changed(self, changes: Changes) -> None:
        if changes & Changes.OUTBOX:
            if self._ctx.sync is not None:
                self._ctx.sync.poke()  # sync soon, and show the change waiting meanwhile
            else:
                self._refresh_pending()

    def _refresh_status(self) -> None:
        staff = self._ctx.staff
        self._user.setText(
            self.tr("Usuario: {name} ({role})").format(name=staff.name, role=self._role_name(staff))
            if staff
            else self.tr("Sin usuario")
        )

    def _refresh_pending(self) -> None:
        ops.count_pending(self._ctx, success=self._on_pending_counted)

    def _on_pending_counted(self, count: int) -> None:
        self.sync_status.show_local_pending(count)

    def _role_name(self, staff: StaffMember) -> str:
        # tr() must be called on the class itself so lupdate and run time agree on the context.
        names = {
            "assistant": self.tr("dependiente"),
            "advisor": self.tr("asesora de belleza"),
            "manager": self.tr("encargada"),
        }
        return names.get(str(staff.role), str(staff.role))

    def _on_sync_state_received(self, state: SyncState) -> None:
        """A sync that reached the server may have brought answers, balances, cases: the
        screens showing a customer read them again."""
        if state.last_sync is not None and state.last_sync != self._last_sync:
            self._last_sync = state.last_sync
            self._ctx.signals.changed.emit(Changes.CUSTOMERS | Changes.LEDGER)

    def _on_sync_status_attention_requested(self) -> None:
        from pos_client.ui.screens.manager import open_review

        open_review(self._ctx, self)

    def open_manager_menu(self) -> None:
        """The manager's tasks: review list, figures, staff, till import, gift stock.

        Anyone logged in may open it: the review list is read-only for others,
        and each task says what it needs.
        """
        if self._ctx.staff is None or self.stack.currentWidget() is not self.counter:
            return
        from pos_client.ui.screens.gifts import open_stock
        from pos_client.ui.screens.manager import ManagerMenu

        menu = ManagerMenu(
            self._ctx, self, on_gift_stock=lambda: open_stock(self._ctx, parent=self).open()
        )
        menu.open()

    def open_about(self) -> None:
        """The About and diagnostics screen, whoever is (or is not) logged in."""
        from pos_client.ui.screens.about import open_about

        if self.about_dialog is not None and self.about_dialog.isVisible():
            self.about_dialog.raise_()
            return
        self.about_dialog = open_about(self._ctx, self)
        self.about_dialog.destroyed.connect(self._on_about_dialog_destroyed)

    def _on_about_dialog_destroyed(self) -> None:
        self.about_dialog = None

    def closeEvent(self, event: QCloseEvent) -> None:
        sync = self._ctx.sync
        waiting = self._waiting_now() if sync is not None else 0
        if waiting and not self._confirm_close(waiting):
            event.ignore()
            return
        self._poll.stop()
        self.sync_status.detach()
        if sync is not None:
            sync.shutdown()  # a run in progress stops between pages; nothing is lost
        self._ctx.runner.wait()
        super().closeEvent(event)

    def _waiting_now(self) -> int:
        """Count the changes not on the server yet.

        Read now, not taken from the status bar, which a sale finished a moment
        ago may not have reached: one indexed count, only when closing.
        """
        from pos_client.sync.engine import sync_status

        with self._ctx.sessions.begin() as session:
            return sync_status(session).waiting

    def _confirm_close(self, waiting: int) -> bool:
        """Ask before closing with changes not yet on the server (they stay safe here)."""
        answer = QMessageBox.question(
            self,
            self.tr("Cambios sin enviar"),
            self.tr(
                "Hay %n cambio(s) sin enviar al servidor. Se enviarán la próxima vez que se "
                "abra la aplicación con conexión. ¿Cerrar igualmente?",
                "",
                waiting,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

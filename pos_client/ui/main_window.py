"""The main window: log-in, then the counter, with the status bar below."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QWidget

from pos_client.context import AppContext
from pos_client.services.staff import StaffMember
from pos_client.ui import ops
from pos_client.ui.screens.counter.counter_screen import CounterScreen
from pos_client.ui.screens.login.login_screen import LoginScreen
from pos_client.ui.signals import Changes
from pos_client.ui.wedge import WedgeScanner


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
        self._place = QLabel(
            self.tr("Tienda {store} · Terminal {device}").format(
                store=ctx.device.store_code, device=ctx.device.device_code
            )
        )
        self._connection = QLabel(objectName="offlineBadge")
        self._pending = QLabel()
        bar = self.statusBar()
        for label in (self._user, self._place):
            bar.addWidget(label)
        bar.addPermanentWidget(self._connection)
        bar.addPermanentWidget(self._pending)
        QShortcut(QKeySequence("F12"), self, activated=self.log_out)
        ctx.signals.changed.connect(self._on_signals_changed)
        self._refresh_status()
        self._refresh_pending()
        self._poll = QTimer(self, interval=30_000, timeout=self._refresh_pending)
        self._poll.start()
        self.login.reset()

    def _on_login_logged_in(self, member: StaffMember) -> None:
        self._ctx.staff = member
        self._ctx.signals.session_started.emit(member)
        self.counter.start_session(member)
        self.stack.setCurrentWidget(self.counter)
        self._refresh_status()

    def log_out(self) -> None:
        """Leave the counter; the cart in progress is kept for the next user."""
        if self._ctx.staff is None:
            return
        self._ctx.staff = None
        self._ctx.signals.session_ended.emit()
        self.stack.setCurrentWidget(self.login)
        self.login.reset()
        self._refresh_status()

    def _on_wedge_scanned(self, code: str) -> None:
        if self.stack.currentWidget() is self.counter and self._ctx.staff is not None:
            self.counter.handle_scan(code)

    def _on_signals_changed(self, changes: Changes) -> None:
        if changes & Changes.OUTBOX:
            self._refresh_pending()

    def _refresh_status(self) -> None:
        staff = self._ctx.staff
        self._user.setText(
            self.tr("Usuario: {name} ({role})").format(name=staff.name, role=self._role_name(staff))
            if staff
            else self.tr("Sin usuario")
        )
        self._connection.setText(
            self.tr("● En línea") if self._ctx.online else self.tr("● Sin conexión")
        )

    def _refresh_pending(self) -> None:
        ops.count_pending(self._ctx, success=self._on_pending_counted)

    def _on_pending_counted(self, count: int) -> None:
        self._pending.setText(self.tr("%n cambio(s) pendiente(s) de sincronizar", "", count))
        self._pending.setProperty("count", count)

    def _role_name(self, staff: StaffMember) -> str:
        # tr() must be called on the class itself so lupdate and run time agree on the context.
        names = {
            "assistant": self.tr("dependiente"),
            "advisor": self.tr("asesora de belleza"),
            "manager": self.tr("encargada"),
        }
        return names.get(str(staff.role), str(staff.role))

    def closeEvent(self, event: object) -> None:
        self._poll.stop()
        self._ctx.runner.wait()
        super().closeEvent(event)  # type: ignore[arg-type]

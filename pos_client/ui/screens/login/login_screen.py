"""Log-in: a staff code and a PIN, on a keypad big enough for a finger."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_client.context import AppContext
from pos_client.services.staff import StaffMember
from pos_client.ui import ops
from pos_client.ui.errors import message_for


class LoginScreen(QWidget):
    logged_in = Signal(object)  # StaffMember

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setObjectName("LoginScreen")
        panel = QFrame(objectName="loginPanel")
        title = QLabel(ctx.device.store_name, objectName="loginTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setWordWrap(True)  # long store names wrap instead of being clipped
        subtitle = QLabel(self.tr("Identifíquese para empezar"), objectName="loginSubtitle")
        subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code = QLineEdit(placeholderText=self.tr("Código de empleado"))
        self.pin = QLineEdit(placeholderText=self.tr("PIN"))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        for field in (self.code, self.pin):
            field.setObjectName("bigField")
            field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error = QLabel(objectName="errorLabel")
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error.setWordWrap(True)
        self.enter = QPushButton(self.tr("Entrar"), objectName="primaryButton")
        self.enter.setDefault(True)
        self.enter.clicked.connect(self._on_enter_clicked)
        self.code.returnPressed.connect(self.pin.setFocus)
        self.pin.returnPressed.connect(self._on_enter_clicked)

        layout = QVBoxLayout(panel)
        layout.setSpacing(12)
        for widget in (title, subtitle, self.code, self.pin):
            layout.addWidget(widget)
        layout.addLayout(self._keypad())
        layout.addWidget(self.error)
        layout.addWidget(self.enter)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(panel, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        panel.setFixedWidth(380)

    def _keypad(self) -> QGridLayout:
        grid = QGridLayout()
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "C"]
        for i, key in enumerate(keys):
            button = QPushButton(key, objectName="keypadButton")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, k=key: self._on_key(k))
            grid.addWidget(button, i // 3, i % 3)
        return grid

    def _on_key(self, key: str) -> None:
        # Keypad buttons never take the focus, so it stays in the field in use.
        field = self.pin if self.pin.hasFocus() else self.code
        if key == "⌫":
            field.backspace()
        elif key == "C":
            field.clear()
        else:
            field.insert(key)

    def reset(self) -> None:
        self.code.clear()
        self.pin.clear()
        self.error.clear()
        self.code.setFocus()

    def _on_enter_clicked(self) -> None:
        code, pin = self.code.text().strip(), self.pin.text()
        if not code or not pin:
            self.error.setText(self.tr("Escriba su código y su PIN."))
            return
        self.enter.setEnabled(False)
        ops.log_in(
            self._ctx, code=code, pin=pin, success=self._on_login_ok, failure=self._on_login_failed
        )

    def _on_login_ok(self, member: StaffMember) -> None:
        self.enter.setEnabled(True)
        self.reset()
        self.logged_in.emit(member)

    def _on_login_failed(self, exc: BaseException) -> None:
        self.enter.setEnabled(True)
        self.pin.clear()
        self.pin.setFocus()
        self.error.setText(message_for(exc) or "")
        self._ctx.cues.error(self.pin)

"""A manager approves a gift (or its cancellation) with their code and PIN.

When the person logged in is a manager, they approve themselves and no
dialog opens. Otherwise a manager types their code and PIN here, on a
keypad big enough for a finger: the PIN is checked as at log-in (a wrong
one counts towards that code's lock-out) but nobody is logged in or out,
and someone who is not a manager is told so.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_client.context import AppContext
from pos_client.services.staff import StaffMember
from pos_client.ui import gift_ops
from pos_client.ui.screens.advisor.parts import PenButton
from pos_client.ui.screens.gifts import GiftTexts

KEYS = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "C"]


class ApprovalDialog(QDialog):
    """Ask a manager's code and PIN; `approved` gives the manager once they check out."""

    approved = Signal(object)  # StaffMember, a manager

    def __init__(self, ctx: AppContext, *, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.texts = GiftTexts(self)
        self.setWindowTitle(self.tr("Aprobación de un encargado"))
        title = QLabel(self.tr("Aprobación de un encargado"), objectName="dialogTitle")
        subject = QLabel(what, objectName="signer")
        subject.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "Un encargado escribe su código y su PIN para aprobarlo. La sesión abierta "
                "no cambia."
            ),
            objectName="hintLabel",
        )
        hint.setWordWrap(True)
        self.code = QLineEdit(placeholderText=self.tr("Código del encargado"))
        self.pin = QLineEdit(placeholderText=self.tr("PIN"))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        for field in (self.code, self.pin):
            field.setObjectName("bigField")
            field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.returnPressed.connect(self.pin.setFocus)
        self.pin.returnPressed.connect(self.approve)
        self._typing: QLineEdit = self.code
        self.code.installEventFilter(self)
        self.pin.installEventFilter(self)
        self.error = QLabel(objectName="errorLabel")
        self.error.setWordWrap(True)
        self.cancel_button = PenButton(self.tr("Cancelar"), object_name="actionButton")
        self.cancel_button.clicked.connect(self.reject)
        self.approve_button = PenButton(self.tr("Aprobar"), object_name="primaryButton")
        self.approve_button.clicked.connect(self.approve)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.approve_button, 1)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        for widget in (title, subject, hint, self.code, self.pin):
            layout.addWidget(widget)
        layout.addLayout(self._keypad())
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.setMinimumWidth(420)
        self.code.setFocus()

    def _keypad(self) -> QGridLayout:
        grid = QGridLayout()
        self.keys: dict[str, QPushButton] = {}
        for i, key in enumerate(KEYS):
            button = PenButton(key, object_name="keypadButton")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the field in use keeps the focus
            button.clicked.connect(lambda _=False, k=key: self._on_key(k))
            self.keys[key] = button
            grid.addWidget(button, i // 3, i % 3)
        return grid

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The keypad types into the field touched last (its keys never take the focus).
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QLineEdit):
            self._typing = watched
        return super().eventFilter(watched, event)

    def _on_key(self, key: str) -> None:
        field = self._typing
        if key == "⌫":
            field.backspace()
        elif key == "C":
            field.clear()
        else:
            field.insert(key)

    def approve(self) -> None:
        code, pin = self.code.text().strip(), self.pin.text()
        if not code or not pin:
            self.error.setText(self.tr("Escriba el código y el PIN del encargado."))
            return
        self.approve_button.setEnabled(False)
        gift_ops.check_manager(
            self._ctx, code=code, pin=pin, success=self._on_checked, failure=self._on_refused
        )

    def _on_checked(self, manager: StaffMember) -> None:
        self.approve_button.setEnabled(True)
        self.error.clear()
        self.pin.clear()
        self.accept()
        self.approved.emit(manager)

    def _on_refused(self, exc: BaseException) -> None:
        self.approve_button.setEnabled(True)
        self.pin.clear()
        self.pin.setFocus()
        self.error.setText(self.texts.error(exc))
        self._ctx.cues.error(self.pin)


def with_approval(
    ctx: AppContext, *, what: str, parent: QWidget, then: Callable[[StaffMember], None]
) -> ApprovalDialog | None:
    """Call `then(manager)`: at once if a manager is logged in, else once one approves here.

    Returns the dialog opened (None when none was needed); closing it calls nothing.
    """
    if gift_ops.is_manager(ctx.staff):
        assert ctx.staff is not None
        then(ctx.staff)
        return None
    dialog = ApprovalDialog(ctx, what=what, parent=parent)
    dialog.approved.connect(then)
    dialog.finished.connect(lambda _r: dialog.deleteLater())
    dialog.open()
    return dialog

"""The store's staff and their PINs: a new PIN, a temporary one read out once, an unlock.

A manager sets anybody's PIN (typed twice, refused with the reason when it
is one people guess first), resets it to a temporary PIN shown once and
never again (it must be changed at the next log-in), and unlocks a code
locked after too many wrong PINs. Anybody else sees the list and may give
themselves a new PIN. Every change syncs to the store's other tablets.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QFont, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from loyalty_core.errors import UserFacingError
from loyalty_core.pins import MAX_LENGTH, MIN_LENGTH, BadPin, WeakPin, check_new_pin
from loyalty_core.roles import Role
from pos_client.context import AppContext
from pos_client.services.staff_admin import StaffView
from pos_client.ui import manager_ops
from pos_client.ui.errors import message_for
from pos_client.ui.widgets.confirm import ask
from pos_client.ui.widgets.note import NoteLabel

ROW_HEIGHT = 48


class StaffDialog(QDialog):
    """The staff list and, for a manager, what can be done to each code."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.staff: list[StaffView] = []
        self.pin_dialog: NewPinDialog | None = None
        self.temporary_dialog: TemporaryPinDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("Personal y PIN"))
        title = QLabel(self.tr("Personal y PIN"), objectName="dialogTitle")
        self.read_only_line = QLabel(
            self.tr(
                "Solo la encargada o el encargado cambia los PIN del personal. "
                "Usted puede elegir un PIN nuevo para su propio código."
            ),
            objectName="alertsArea",
            wordWrap=True,
        )
        self.read_only_line.setVisible(not self.is_manager)
        self.table = QTableWidget(0, 4, objectName="staffTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Código"), self.tr("Nombre"), self.tr("Perfil"), self.tr("Estado")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)

        self.new_pin_button = QPushButton(self.tr("Nuevo PIN"), objectName="actionButton")
        self.reset_button = QPushButton(self.tr("Restablecer PIN"), objectName="actionButton")
        self.unlock_button = QPushButton(self.tr("Desbloquear"), objectName="actionButton")
        self.new_pin_button.clicked.connect(self.new_pin)
        self.reset_button.clicked.connect(self.reset_pin)
        self.unlock_button.clicked.connect(self.unlock)
        self.message = NoteLabel()
        close = QPushButton(self.tr("Cerrar"))
        close.clicked.connect(self.accept)
        actions = QHBoxLayout()
        for button in (self.new_pin_button, self.reset_button, self.unlock_button):
            button.setMinimumWidth(190)
            actions.addWidget(button)
        actions.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addStretch(0)  # the buttons keep their size while the note is hidden
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.read_only_line)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addLayout(bottom)
        self.resize(980, 600)
        self._update_buttons()
        self.reload()

    @property
    def is_manager(self) -> bool:
        staff = self._ctx.staff
        return staff is not None and staff.role == Role.MANAGER

    def role_name(self, role: Role) -> str:
        names = {
            Role.ASSISTANT: self.tr("Dependiente"),
            Role.ADVISOR: self.tr("Asesora de belleza"),
            Role.MANAGER: self.tr("Encargada"),
        }
        return names.get(role, str(role))

    def state_text(self, member: StaffView) -> str:
        now = self._ctx.now()
        if not member.active:
            return self.tr("De baja")
        if member.locked(now) and member.locked_until is not None:
            return self.tr("Bloqueado hasta las {time}").format(
                time=member.locked_until.astimezone().strftime("%H:%M")
            )
        if member.must_change:
            return self.tr("Debe cambiar el PIN al entrar")
        return self.tr("Activo")

    # -- the list ------------------------------------------------------------------
    def reload(self) -> None:
        manager_ops.load_staff(self._ctx, success=self._on_loaded, failure=self._fail)

    def _on_loaded(self, staff: list[StaffView]) -> None:
        chosen = self.selected()
        self.staff = staff
        self.table.blockSignals(True)
        self.table.setRowCount(len(staff))
        for i, member in enumerate(staff):
            cells = (member.code, member.name, self.role_name(member.role), self.state_text(member))
            for col, text in enumerate(cells):
                self.table.setItem(i, col, QTableWidgetItem(text))
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        if chosen is not None:
            self.select(chosen.id)
        self._update_buttons()

    def select(self, staff_id: uuid.UUID) -> None:
        rows = [m.id for m in self.staff]
        if staff_id in rows:
            self.table.selectRow(rows.index(staff_id))
        self._update_buttons()

    def selected(self) -> StaffView | None:
        model = self.table.selectionModel()
        rows = model.selectedRows() if model is not None else []
        return self.staff[rows[0].row()] if rows and rows[0].row() < len(self.staff) else None

    def _on_table_selection_changed(self) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        member = self.selected()
        me = self._ctx.staff
        usable = member is not None and member.active
        own = usable and me is not None and member is not None and member.id == me.id
        self.new_pin_button.setEnabled(usable and (self.is_manager or own))
        self.reset_button.setEnabled(usable and self.is_manager)
        locked = member is not None and member.locked(self._ctx.now())
        self.unlock_button.setEnabled(usable and self.is_manager and locked)

    # -- the actions ---------------------------------------------------------------
    def new_pin(self) -> None:
        member = self.selected()
        if member is None:
            return
        self.pin_dialog = NewPinDialog(self._ctx, member, parent=self)
        self.pin_dialog.accepted.connect(
            lambda: self._done(self.tr("PIN nuevo guardado para {name}.").format(name=member.name))
        )
        self.pin_dialog.open()

    def reset_pin(self) -> None:
        member = self.selected()
        if member is None or not self.is_manager:
            return
        self.confirm_box = ask(
            self,
            title=self.tr("Restablecer PIN"),
            text=self.tr(
                "¿Dar a {name} un PIN temporal? Su PIN actual deja de valer ahora."
            ).format(name=member.name),
            yes=self.tr("Restablecer PIN"),
            no=self.tr("Volver"),
            on_yes=lambda: manager_ops.reset_pin(
                self._ctx,
                staff_id=member.id,
                success=lambda pin: self._on_reset(member, pin),
                failure=self._fail,
            ),
        )

    def _on_reset(self, member: StaffView, pin: str) -> None:
        self.temporary_dialog = TemporaryPinDialog(member.name, pin, parent=self)
        self.temporary_dialog.open()
        self._done(self.tr("{name} tiene un PIN temporal.").format(name=member.name))

    def unlock(self) -> None:
        member = self.selected()
        if member is None or not self.is_manager:
            return
        manager_ops.unlock(
            self._ctx,
            staff_id=member.id,
            success=lambda _none: self._done(
                self.tr("{name} ya puede volver a entrar.").format(name=member.name)
            ),
            failure=self._fail,
        )

    def _done(self, text: str) -> None:
        self.message.say(text)
        self.reload()

    def _fail(self, exc: BaseException) -> None:
        self.message.say_problem(message_for(exc) or "")
        self._ctx.cues.error()


class NewPinDialog(QDialog):
    """A new PIN typed twice; what is wrong with it is said under the fields."""

    def __init__(self, ctx: AppContext, member: StaffView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self.member = ctx, member
        self.setWindowTitle(self.tr("Nuevo PIN"))
        title = QLabel(
            self.tr("Nuevo PIN para {name}").format(name=member.name), objectName="dialogTitle"
        )
        hint = QLabel(
            self.tr(
                "De {minimum} a {maximum} cifras. No valen las que se adivinan primero: "
                "una cifra repetida, una serie seguida o un año."
            ).format(minimum=MIN_LENGTH, maximum=MAX_LENGTH),
            objectName="hintLabel",
            wordWrap=True,
        )
        digits = QRegularExpressionValidator(QRegularExpression(rf"\d{{0,{MAX_LENGTH}}}"), self)
        self.pin = QLineEdit(objectName="bigField")
        self.again = QLineEdit(objectName="bigField")
        for field in (self.pin, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setValidator(digits)
            field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
            field.returnPressed.connect(self.save)
        self.error = QLabel(objectName="fieldError", wordWrap=True)
        self.error.hide()
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("PIN nuevo"), objectName="fieldCaption"), 0, 0)
        grid.addWidget(self.pin, 0, 1)
        grid.addWidget(QLabel(self.tr("Repítalo"), objectName="fieldCaption"), 1, 0)
        grid.addWidget(self.again, 1, 1)
        cancel = QPushButton(self.tr("Cancelar"))
        cancel.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Guardar PIN"), objectName="primaryButton")
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.resize(560, 360)
        self.pin.setFocus()

    def save(self) -> None:
        pin = self.pin.text()
        if pin != self.again.text():
            self.say(self.tr("Los dos PIN no coinciden: escríbalo otra vez."))
            self.again.clear()
            return
        try:
            check_new_pin(pin)
        except UserFacingError as exc:
            self._refused(exc)
            return
        self.save_button.setEnabled(False)
        manager_ops.set_pin(
            self._ctx,
            staff_id=self.member.id,
            pin=pin,
            success=lambda _none: self.accept(),
            failure=self._refused,
        )

    def _refused(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.say(self.pin_problem(exc) or message_for(exc) or "")
        self.pin.clear()
        self.again.clear()
        self.pin.setFocus()

    def pin_problem(self, exc: BaseException) -> str | None:
        """Why a PIN may not be chosen, in words; None for any other error."""
        if isinstance(exc, WeakPin):
            reason = exc.params.get("reason")
            if reason == "repeated":
                return self.tr("Un PIN no puede ser una sola cifra repetida, como 1111.")
            if reason == "run":
                return self.tr("Un PIN no puede ser una serie seguida, como 1234 o 9876.")
            if reason == "year":
                return self.tr("Un PIN de 4 cifras no puede parecer un año, como 1987 o 2024.")
            return self.tr("Ese PIN es demasiado fácil de adivinar: elija otro.")
        if isinstance(exc, BadPin):
            return self.tr("Un PIN tiene de {minimum} a {maximum} cifras, solo números.").format(
                minimum=MIN_LENGTH, maximum=MAX_LENGTH
            )
        return None

    def say(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        if text:
            self._ctx.cues.error()


class TemporaryPinDialog(QDialog):
    """The temporary PIN, big, shown this once."""

    def __init__(self, name: str, pin: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("PIN temporal"))
        title = QLabel(
            self.tr("PIN temporal de {name}").format(name=name), objectName="dialogTitle"
        )
        self.pin_label = QLabel(pin, objectName="temporaryPin")
        self.pin_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        font = QFont(self.pin_label.font())
        font.setPixelSize(64)
        font.setBold(True)
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 14)
        self.pin_label.setFont(font)
        note = QLabel(
            self.tr(
                "Dígaselo ahora: no se volverá a mostrar. Al entrar con él, tendrá que elegir "
                "un PIN nuevo."
            ),
            wordWrap=True,
        )
        done = QPushButton(self.tr("Ya se lo he dicho"), objectName="primaryButton")
        done.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.pin_label)
        layout.addWidget(note)
        layout.addWidget(done)
        self.resize(520, 360)

    def done(self, result: int) -> None:
        self.pin_label.clear()  # gone from memory's widgets once read out
        super().done(result)

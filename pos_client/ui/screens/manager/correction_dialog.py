"""Correcting a customer change the server rejected, and sending it again.

The form holds the values the rejected change carried, each checked as the
server checks it, its problem said under it at once; "Reenviar corregido"
queues a corrected change and settles the review entry as resent.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from loyalty_core.errors import UserFacingError
from loyalty_core.profile import MAX_LENGTH, BadProfileValue, normalise_field
from pos_client.context import AppContext
from pos_client.services.review import ReviewEntry
from pos_client.ui import manager_ops
from pos_client.ui.errors import message_for
from pos_client.ui.screens.enrolment import labels as enrolment_labels
from pos_client.ui.widgets.note import NoteLabel

FIELD_ORDER = (
    "first_name",
    "last_names",
    "national_id",
    "phone",
    "email",
    "birth_date",
    "postal_code",
    "language",
    "gender",
)
"""The fields the form shows, top to bottom (those the rejected change carried)."""
_DAY = re.compile(  # a birth date as typed: 14/03/1991, 14.3.1991, 14-03-1991
    r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\s*$"
)


class CorrectionDialog(QDialog):
    """The values a rejected customer change carried, to correct; each problem under its field."""

    resent = Signal(object)  # the new change's id

    def __init__(
        self,
        ctx: AppContext,
        entry: ReviewEntry,
        *,
        reason: str,
        note: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx, self.entry, self._note = ctx, entry, note
        self.setWindowTitle(self.tr("Corregir y reenviar"))
        title = QLabel(self.tr("Corregir y reenviar"), objectName="dialogTitle")
        why = QLabel(
            self.tr("La central lo rechazó: {reason}. Corrija el dato y vuelva a enviarlo.").format(
                reason=reason[:1].lower() + reason[1:]
            ),
            wordWrap=True,
        )
        self.fields: dict[str, QLineEdit | QComboBox] = {}
        self.errors: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(2)
        captions = self._captions()
        row = 0
        for name in (n for n in FIELD_ORDER if n in entry.correctable):
            field = self._field(name, entry.correctable[name])
            error = QLabel(objectName="fieldError", wordWrap=True)
            error.hide()
            grid.addWidget(QLabel(captions[name], objectName="fieldCaption"), row, 0)
            grid.addWidget(field, row, 1)
            grid.addWidget(error, row + 1, 1)
            self.fields[name], self.errors[name] = field, error
            row += 2
        self.message = NoteLabel()
        cancel = QPushButton(self.tr("Cancelar"))
        cancel.clicked.connect(self.reject)
        self.send_button = QPushButton(self.tr("Reenviar corregido"), objectName="primaryButton")
        self.send_button.clicked.connect(self.send)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addStretch(0)
        buttons.addWidget(cancel)
        buttons.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(why)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.resize(720, 640)
        self.check()  # what is wrong shows at once, under its field
        wrong = [n for n, label in self.errors.items() if not label.isHidden()]
        if wrong:
            self.fields[wrong[0]].setFocus()

    def _captions(self) -> dict[str, str]:
        return {
            "first_name": self.tr("Nombre"),
            "last_names": self.tr("Apellidos"),
            "national_id": self.tr("DNI/NIE"),
            "phone": self.tr("Teléfono"),
            "email": self.tr("E-mail"),
            "birth_date": self.tr("Fecha de nacimiento"),
            "postal_code": self.tr("Código postal"),
            "language": self.tr("Idioma"),
            "gender": self.tr("Género"),
        }

    def _field(self, name: str, value: str | None) -> QLineEdit | QComboBox:
        if name in ("language", "gender"):
            combo = QComboBox()
            if name == "gender":
                combo.addItem(self.tr("— sin indicar —"), None)
                for code, text in enrolment_labels.GENDERS:
                    combo.addItem(enrolment_labels.tr(str(text)), code)
            else:
                for code, text in enrolment_labels.LANGUAGES:
                    combo.addItem(text, code)
            if value is not None and combo.findData(value) < 0:
                combo.addItem(value, value)  # what was sent, even if it is not an option
            combo.setCurrentIndex(max(0, combo.findData(value)))
            return combo
        text = value or ""
        if name == "birth_date" and value:
            parts = value.split("-")
            if len(parts) == 3 and all(p.isdigit() for p in parts):
                text = f"{parts[2]}/{parts[1]}/{parts[0]}"
        edit = QLineEdit(text)
        edit.setObjectName(f"field_{name}")
        if name == "birth_date":
            edit.setPlaceholderText(self.tr("dd/mm/aaaa"))
        return edit

    def values(self) -> dict[str, str | None]:
        """The form's values as the service takes them (a date as yyyy-mm-dd)."""
        out: dict[str, str | None] = {}
        for name, field in self.fields.items():
            if isinstance(field, QComboBox):
                out[name] = field.currentData()
                continue
            text = field.text().strip()
            day = _DAY.match(text) if name == "birth_date" else None
            if day is not None:
                text = f"{day[3]}-{int(day[2]):02d}-{int(day[1]):02d}"
            out[name] = text or None
        return out

    def check(self) -> bool:
        """Show each value's problem under it; True when none has one."""
        ok = True
        for name, value in self.values().items():
            try:
                normalise_field(name, value)
            except BadProfileValue as exc:
                self.show_problem(name, exc)
                ok = False
            else:
                self.show_problem(name, None)
        return ok

    def show_problem(self, name: str, exc: BadProfileValue | None) -> None:
        label, field = self.errors[name], self.fields[name]
        text = "" if exc is None else self.problem_text(name, exc)
        label.setText(text)
        label.setVisible(bool(text))
        field.setProperty("invalid", bool(text))
        field.style().unpolish(field)
        field.style().polish(field)

    def problem_text(self, name: str, exc: BadProfileValue) -> str:
        """A value's problem in words: the counter's own sentence when there is one."""
        cause = exc.__context__
        if isinstance(cause, UserFacingError):
            return message_for(cause) or str(exc)
        text = str(exc)
        if "cannot be empty" in text:
            return self.tr("Este dato es obligatorio.")
        if "longer than" in text:
            return self.tr("Demasiado largo: caben {limit} caracteres.").format(
                limit=MAX_LENGTH.get(name, 0)
            )
        if "control characters" in text:
            return self.tr("Lleva caracteres que no se pueden guardar: escríbalo de nuevo.")
        if name == "birth_date":
            return self.tr("Escriba la fecha como día/mes/año, por ejemplo 14/03/1991.")
        if name == "postal_code":
            return self.tr("Un código postal son 5 cifras, por ejemplo 08007.")
        if name in ("language", "gender"):
            return self.tr("Elija una de las opciones de la lista.")
        return self.tr("Revise este dato.")

    def send(self) -> None:
        if not self.check():
            self.message.say_problem(self.tr("Corrija los datos marcados."))
            self._ctx.cues.error()
            return
        self.send_button.setEnabled(False)
        manager_ops.resend_corrected(
            self._ctx,
            entry=self.entry,
            values=self.values(),
            note=self._note,
            success=self._on_resent,
            failure=self._on_failed,
        )

    def _on_resent(self, change_id: uuid.UUID) -> None:
        self.resent.emit(change_id)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.send_button.setEnabled(True)
        if isinstance(exc, BadProfileValue):
            name = _field_named(str(exc), self.fields)
            if name is not None:
                self.show_problem(name, exc)
                return
        self.message.say_problem(message_for(exc) or "")
        self._ctx.cues.error()


def _field_named(text: str, fields: Mapping[str, object]) -> str | None:
    """The field a `BadProfileValue` message is about ('phone: ...', 'postal code ...')."""
    head = text.split(":", 1)[0].split(" ", 1)[0]
    if head in fields:
        return head
    spaced = text.replace(" ", "_")
    return next((name for name in fields if spaced.startswith(name)), None)

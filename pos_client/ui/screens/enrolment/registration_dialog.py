"""Registering a new customer: the form, checked as it is typed, and possible duplicates.

Every edit checks every field with `loyalty_core.registration` (cheap, on the
GUI thread) and says under the field what is wrong; "obligatorio" only once a
field has been touched, so an empty form is not a wall of red. "Continuar"
is enabled only when `validate` gives a registration and the person is old
enough to consent. Meanwhile the known customers who may be this person are
looked up on the store thread (debounced; only the latest answer is shown),
and "Abrir ficha" closes the form with `OPEN_EXISTING` instead.

A known customer who is not a member joins with the same form (`joining`):
`prefill` shows their details to check with them, every problem at once (a
store holding only their slim record has little more than the name, so the
form asks for the rest), and they are never listed as their own duplicate.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from loyalty_core.contact import format_phone
from loyalty_core.errors import UserFacingError
from loyalty_core.registration import (
    FIELDS,
    ContactRequired,
    MissingField,
    Registration,
    check_field,
    check_may_consent,
    validate,
)
from pos_client.context import AppContext
from pos_client.services.duplicates import PossibleDuplicate
from pos_client.ui import ops
from pos_client.ui.errors import message_for
from pos_client.ui.screens.enrolment.duplicate_list import DuplicateList
from pos_client.ui.screens.enrolment.labels import GENDERS, LANGUAGES
from pos_client.ui.screens.enrolment.labels import tr as label_tr
from pos_client.ui.widgets.confirm import ask

OPEN_EXISTING = 2
"""The dialog's result when the assistant opened an existing customer's card instead."""
DUPLICATES_DEBOUNCE_MS = 350
DUPLICATE_FIELDS = frozenset(
    {"first_name", "last_names", "national_id", "phone", "email", "birth_date"}
)
"""The fields `possible_duplicates` compares: an edit elsewhere does not ask again."""

_HINTS = Qt.InputMethodHint
_INPUT_HINTS = {
    "national_id": _HINTS.ImhPreferUppercase | _HINTS.ImhNoPredictiveText,
    "phone": _HINTS.ImhPreferNumbers | _HINTS.ImhNoPredictiveText,
    "email": _HINTS.ImhEmailCharactersOnly | _HINTS.ImhNoAutoUppercase,
    "postal_code": _HINTS.ImhDigitsOnly,
    "birth_date": _HINTS.ImhPreferNumbers,
}


class RegistrationDialog(QDialog):
    """The new customer's data; `registration` holds it, checked, when accepted.

    `joining`: the id of a known customer who joins the club (see `prefill`).
    """

    existing_chosen = Signal(object)  # customer id

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        joining: uuid.UUID | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.joining = joining
        self.registration: Registration | None = None
        self.chosen_id: object = None
        self.confirmation: QMessageBox | None = None
        self._touched: set[str] = set()
        self._prefilled: dict[str, str | None] | None = None
        self._query_no = 0
        self.setWindowTitle(
            self.tr("Nuevo cliente") if joining is None else self.tr("Hacerse socio/a")
        )
        self.fields: dict[str, QLineEdit | QComboBox] = {}
        self.errors: dict[str, QLabel] = {}
        labels = {
            "first_name": self.tr("Nombre"),
            "last_names": self.tr("Apellidos"),
            "national_id": self.tr("DNI/NIE (opcional)"),
            "birth_date": self.tr("Fecha de nacimiento"),
            "phone": self.tr("Teléfono"),
            "email": self.tr("E-mail"),
            "postal_code": self.tr("Código postal"),
            "language": self.tr("Idioma preferido"),
            "gender": self.tr("Género (opcional)"),
        }
        self.labels = labels
        self.short_labels = labels | {
            "national_id": self.tr("DNI/NIE"),
            "gender": self.tr("Género"),
        }
        placeholders = {
            "national_id": "12345678Z",
            "birth_date": self.tr("dd/mm/aaaa"),
            "phone": "612 34 56 78",
            "email": self.tr("nombre@dominio.es"),
            "postal_code": "28004",
        }
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(2)
        order = (
            ("first_name", "last_names"),
            ("national_id", "birth_date"),
            ("phone", "email"),
            ("postal_code", "language"),
            ("gender", None),
        )
        for row, pair in enumerate(order):
            for col, name in enumerate(pair):
                if name is None:
                    contact = QLabel(
                        self.tr("Teléfono o e-mail: al menos uno de los dos."),
                        objectName="hintLabel",
                    )
                    contact.setWordWrap(True)
                    grid.addWidget(contact, row * 3 + 1, col)
                    continue
                field = self._make_field(name, placeholders.get(name, ""))
                caption = QLabel(labels[name], objectName="fieldCaption")
                caption.setContentsMargins(0, 6, 0, 0)
                caption.setBuddy(field)
                error = QLabel(objectName="fieldError")
                error.setWordWrap(True)
                error.setMinimumHeight(2 * error.fontMetrics().lineSpacing() + 2)
                error.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                self.fields[name], self.errors[name] = field, error
                grid.addWidget(caption, row * 3, col)
                grid.addWidget(field, row * 3 + 1, col)
                grid.addWidget(error, row * 3 + 2, col)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnMinimumWidth(0, 300)
        grid.setColumnMinimumWidth(1, 300)

        self.duplicates = DuplicateList()
        self.duplicates.setMinimumWidth(330)
        self.duplicates.open_requested.connect(self._on_duplicates_open_requested)
        self._debounce = QTimer(self, singleShot=True, interval=DUPLICATES_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._look_for_duplicates)

        self.heading = QLabel(self.tr("Datos del nuevo cliente"), objectName="dialogTitle")
        self.heading.setWordWrap(True)
        rule = QLabel(
            self.tr(
                "El alta en el club se completa al cobrar la compra de esta visita; "
                "si no hay compra, no se guarda nada."
            )
            if joining is None
            else self.tr(
                "Compruebe sus datos con el cliente y complete los que falten. Se hace "
                "socio/a al cobrar la compra de esta visita; si no hay compra, no cambia nada."
            ),
            objectName="hintLabel",
        )
        rule.setWordWrap(True)
        self.missing = QLabel(objectName="hintLabel")
        self.missing.setWordWrap(True)
        cancel = QPushButton(self.tr("Cancelar"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        self.continue_button = QPushButton(
            self.tr("Continuar: consentimiento"), objectName="payButton"
        )
        self.continue_button.setDefault(True)
        self.continue_button.clicked.connect(self._on_continue_clicked)
        bottom = QHBoxLayout()
        bottom.addWidget(cancel)
        bottom.addWidget(self.missing, 1)
        bottom.addWidget(self.continue_button)
        fields = QWidget(objectName="formPage")
        form = QVBoxLayout(fields)
        form.setContentsMargins(0, 0, 8, 0)
        form.addWidget(self.heading)
        form.addWidget(rule)
        form.addSpacing(8)
        form.addLayout(grid)
        form.addStretch(1)
        # Long reasons in a long language never push a field out of sight: it scrolls.
        scroll = QScrollArea(objectName="formScroll")
        scroll.setWidget(fields)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        columns = QHBoxLayout()
        columns.addWidget(scroll, 2)
        columns.addSpacing(12)
        columns.addWidget(self.duplicates, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(bottom)
        self.resize(1120, 730)
        self._check()
        self.fields["first_name"].setFocus()

    # -- building -------------------------------------------------------------
    def _make_field(self, name: str, placeholder: str) -> QLineEdit | QComboBox:
        if name in ("language", "gender"):
            combo = QComboBox()
            if name == "language":
                for code, own_name in LANGUAGES:
                    combo.addItem(own_name, code)
            else:
                combo.addItem(self.tr("— sin indicar —"), "")
                for code, text in GENDERS:
                    combo.addItem(label_tr(text), code)
            combo.currentIndexChanged.connect(lambda _i, n=name: self._on_field_edited(n))
            return combo
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        if name in _INPUT_HINTS:
            edit.setInputMethodHints(_INPUT_HINTS[name])
        edit.textChanged.connect(lambda _t, n=name: self._on_field_edited(n))
        edit.returnPressed.connect(self._on_field_return_pressed)
        edit.editingFinished.connect(lambda n=name: self._on_field_left(n))
        return edit

    # -- the form's values --------------------------------------------------------
    def form(self) -> dict[str, str | None]:
        """The form as typed, for `loyalty_core.registration` (None: an option not chosen)."""
        values: dict[str, str | None] = {}
        for name, field in self.fields.items():
            if isinstance(field, QComboBox):
                values[name] = field.currentData() or None
            else:
                values[name] = field.text()
        return values

    def set_form(self, values: dict[str, str]) -> None:
        """Fill fields as if typed (tests, screenshots)."""
        for name, value in values.items():
            field = self.fields[name]
            if isinstance(field, QComboBox):
                field.setCurrentIndex(max(0, field.findData(value)))
            else:
                field.setText(value)

    def prefill(self, values: Mapping[str, str | None]) -> None:
        """Show a known customer's details to check and complete, every problem at once."""
        shown = {
            name: (format_phone(value) if name == "phone" and value else value or "")
            for name, value in values.items()
            if name in self.fields
        }
        self.set_form(shown)
        self._touched.update(FIELDS)  # what is missing is asked for at once
        self._check()
        self._prefilled = self.form()
        name = f"{values.get('first_name') or ''} {values.get('last_names') or ''}".strip()
        self.heading.setText(self.tr("Hacerse socio/a: {name}").format(name=name))
        problems = self.problems()
        first = next((n for n in FIELDS if n in problems), None)
        (self.fields[first] if first else self.continue_button).setFocus()

    def is_dirty(self) -> bool:
        form = self.form()
        if self._prefilled is not None:
            return form != self._prefilled
        return any((form[name] or "").strip() for name in FIELDS if name != "language")

    def _today(self) -> date:
        return self._ctx.now().astimezone().date()

    # -- checking -----------------------------------------------------------------
    def _on_field_edited(self, name: str) -> None:
        self._touched.add(name)
        self._check()
        if name in DUPLICATE_FIELDS:
            self._debounce.start()

    def _on_field_left(self, name: str) -> None:
        self._touched.add(name)
        self._check()

    def _on_field_return_pressed(self) -> None:
        if not self.continue_button.isEnabled():
            self.focusNextChild()  # Enter moves on, as Tab does; the dialog presses Continuar

    def problems(self) -> dict[str, UserFacingError]:
        """Each field's problem now, whether shown yet or not."""
        today = self._today()
        form = self.form()
        problems = dict(validate(form, today=today)[1])
        for name in FIELDS:
            if name in problems:
                continue
            try:
                value = check_field(name, form[name], today=today)
                if name == "birth_date" and isinstance(value, date):
                    check_may_consent(value, today=today)
            except UserFacingError as exc:
                problems[name] = exc
        return problems

    def _check(self) -> None:
        problems = self.problems()
        for name in FIELDS:
            problem = problems.get(name)
            untouched = name not in self._touched
            if isinstance(problem, MissingField) and untouched:
                problem = None  # not typed yet: no red on an empty form
            elif isinstance(problem, ContactRequired) and not {"phone", "email"} <= self._touched:
                problem = None  # said once both ways to reach the customer were left empty
            self._show_problem(name, problem)
        self.continue_button.setEnabled(not problems)
        if problems:
            names = ", ".join(self.short_labels[n] for n in FIELDS if n in problems)
            self.missing.setText(self.tr("Para continuar, complete o revise: {f}").format(f=names))
        else:
            self.missing.clear()

    def _show_problem(self, name: str, problem: UserFacingError | None) -> None:
        text = (message_for(problem) or "") if problem is not None else ""
        self.errors[name].setText(text)
        field = self.fields[name]
        field.setAccessibleDescription(text)
        if field.property("invalid") != bool(text):
            field.setProperty("invalid", bool(text))
            field.style().unpolish(field)
            field.style().polish(field)

    # -- duplicates ---------------------------------------------------------------
    def _look_for_duplicates(self) -> None:
        self._debounce.stop()
        self._query_no += 1
        number, form = self._query_no, self.form()
        if not any((form[name] or "").strip() for name in DUPLICATE_FIELDS):
            self.duplicates.show_duplicates([])
            return
        ops.find_duplicates(
            self._ctx,
            form=form,
            success=lambda found: self._on_duplicates_found(number, found),
            failure=lambda exc: self._on_duplicates_failed(number, exc),
        )

    def _on_duplicates_found(self, number: int, found: list[PossibleDuplicate]) -> None:
        if number == self._query_no:  # else a newer question is on its way
            # A customer who joins matches their own record: they are not a duplicate.
            self.duplicates.show_duplicates([d for d in found if d.id != self.joining])

    def _on_duplicates_failed(self, number: int, exc: BaseException) -> None:
        if number == self._query_no:
            self.duplicates.show_duplicates([])
            self.duplicates.hint.setText(message_for(exc) or "")

    def _on_duplicates_open_requested(self, customer_id: object) -> None:
        self.chosen_id = customer_id
        self._debounce.stop()
        self.existing_chosen.emit(customer_id)
        self.done(OPEN_EXISTING)

    # -- leaving --------------------------------------------------------------------
    def _on_continue_clicked(self) -> None:
        registration, _ = validate(self.form(), today=self._today())
        if registration is None or self.problems():
            self._touched.update(FIELDS)
            self._check()
            self._ctx.cues.error(self.continue_button)
            return
        self.registration = registration
        self._debounce.stop()
        self.accept()

    def reject(self) -> None:
        """Close; what was typed is thrown away only once the assistant says so."""
        if not self.is_dirty():
            super().reject()
            return
        self.confirmation = ask(
            self,
            title=self.tr("Descartar el alta"),
            text=self.tr("Se perderán los datos escritos. ¿Descartar este nuevo cliente?")
            if self.joining is None
            else self.tr("Se perderán los cambios en sus datos. ¿Dejar el alta en el club?"),
            yes=self.tr("Descartar"),
            no=self.tr("Seguir con el alta"),
            on_yes=lambda: QDialog.reject(self),
        )

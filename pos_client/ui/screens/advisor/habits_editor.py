"""The customer's routine step by step, and their preferences, as the advisor asks about them.

Each habit is a field of its own (`loyalty_core.habits`): `edits` gives only
the fields the advisor changed, in their stored form, so a change made
meanwhile on another tablet to another field is never overwritten. A step
names a product of ours (from the catalogue, by id) or any text the
customer says ("la de Mercadona"); editing a catalogue product's text
makes it free text. A month is typed as people say it, MM/AAAA.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from loyalty_core.habits import (
    MAX_PRODUCT_NAME,
    PREF_PREFIX,
    PRICE_RANGES,
    STEP_PREFIX,
    BadHabitValue,
    Frequency,
    Preference,
    RoutineStep,
    Step,
    check_since,
    normalise_habit,
)
from pos_client.ui.screens.advisor import labels
from pos_client.ui.screens.advisor.parts import Choices, PenButton, label, touch_scroll_page

FLAGS = (Preference.FRAGRANCE_FREE, Preference.VEGAN, Preference.SENSITIVE_SKIN)
FLAG_FIELDS = tuple(PREF_PREFIX + p for p in FLAGS)
PRICE_FIELD = PREF_PREFIX + Preference.PRICE_RANGE
_MONTH_TYPED = re.compile(r"^\s*(?P<m>\d{1,2})\s*[/.\-]\s*(?P<y>\d{4})\s*$")


def _shown(name: str, brand: str) -> str:
    """How a product reads in its field: 'Sérum Hidratante · Aurélie'."""
    return " · ".join(part for part in (name, brand) if part)


def _set_flag(widget: QWidget, name: str, on: bool) -> None:
    if widget.property(name) != on:
        widget.setProperty(name, on)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


@dataclass
class _StepRow:
    """One step's widgets, and the product the field shows while its text is untouched."""

    step: Step
    product: QLineEdit
    catalogue: PenButton
    frequency: QComboBox
    since: QLineEdit
    changed_on: QLabel
    error: QLabel
    picked: RoutineStep | None = None
    picked_text: str = ""
    loaded_state: tuple[str, str, str] = ("", "", "")

    @property
    def field(self) -> str:
        return STEP_PREFIX + self.step

    def state(self) -> tuple[str, str, str]:
        """What the row shows: product text, frequency code, month as typed."""
        return (
            self.product.text().strip(),
            str(self.frequency.currentData() or ""),
            self.since.text().strip(),
        )


class HabitsEditor(QWidget):
    """The habit fields of one customer: `load` them, let the advisor edit, read `edits`.

    `pick_product_requested(step)` asks for a catalogue product for a step
    ('serum'); the catalogue answers with `set_step_product`. `changed` is
    emitted for the advisor's edits, not for `load`. `today` is the clock a
    month typed is checked against when the field is left.
    """

    pick_product_requested = Signal(str)
    changed = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._loaded: dict[str, str | None] = {}
        self._loaded_prefs: tuple[tuple[str, ...], str | None] = ((), None)
        self._changed_on: dict[str, date] = {}
        self._loading = False
        self.rows: dict[str, _StepRow] = {}

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        for column, caption in enumerate(
            (
                self.tr("Paso de la rutina"),
                self.tr("Producto o marca"),
                "",
                self.tr("Frecuencia"),
                self.tr("Desde (MM/AAAA)"),
            )
        ):
            grid.addWidget(label(caption, "fieldCaption"), 0, column)
        for index, step in enumerate(Step):
            self._add_row(grid, 1 + 2 * index, step)
        grid.setColumnStretch(1, 1)

        self.flags = Choices(
            [(str(p), labels.tr(labels.PREFERENCES[p])) for p in FLAGS],
            columns=3,
            exclusive=False,
        )
        self.price = Choices(
            [(band, labels.tr(labels.PRICE_RANGES[band])) for band in PRICE_RANGES],
            columns=3,
            exclusive=True,
        )
        self.flags_changed_on = label("", "changedOn")
        self.price_changed_on = label("", "changedOn")
        for choices in (self.flags, self.price):
            choices.changed.connect(self._on_edited)
        prefs = QGridLayout()
        prefs.setHorizontalSpacing(16)
        prefs.setVerticalSpacing(4)
        prefs.addWidget(label(self.tr("Prefiere productos"), "sectionTitle"), 0, 0)
        prefs.addWidget(label(self.tr("Precio habitual"), "sectionTitle"), 0, 1)
        prefs.addWidget(self.flags, 1, 0)
        prefs.addWidget(self.price, 1, 1)
        prefs.addWidget(self.flags_changed_on, 2, 0)
        prefs.addWidget(self.price_changed_on, 2, 1)
        prefs.setColumnStretch(0, 3)
        prefs.setColumnStretch(1, 3)

        page = QWidget()
        page.setObjectName("formPage")
        body = QVBoxLayout(page)
        body.setContentsMargins(12, 8, 12, 8)
        body.addLayout(grid)
        body.addSpacing(14)
        body.addLayout(prefs)
        body.addStretch(1)
        self.page_scroll = touch_scroll_page(self, page)
        self.load({}, {})

    def _add_row(self, grid: QGridLayout, at: int, step: Step) -> None:
        name = labels.tr(labels.STEPS[step])
        title = label(name, "stepName")
        changed_on = label("", "changedOn")
        heading = QWidget()
        stacked = QVBoxLayout(heading)
        stacked.setContentsMargins(0, 0, 0, 0)
        stacked.setSpacing(0)
        stacked.addWidget(title)
        stacked.addWidget(changed_on)
        product = QLineEdit()
        product.setAccessibleName(name)
        product.setPlaceholderText(self.tr("Producto o marca que usa"))
        catalogue = PenButton(self.tr("Catálogo"))
        catalogue.setAccessibleName(self.tr("Elegir del catálogo: {step}").format(step=name))
        catalogue.clicked.connect(lambda _c=False, s=str(step): self.pick_product_requested.emit(s))
        frequency = QComboBox()
        frequency.setAccessibleName(self.tr("Frecuencia: {step}").format(step=name))
        frequency.addItem("—", "")
        for code in Frequency:
            frequency.addItem(labels.tr(labels.FREQUENCIES[code]), str(code))
        frequency.setMinimumContentsLength(20)
        frequency.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        since = QLineEdit()
        since.setAccessibleName(self.tr("Desde: {step}").format(step=name))
        since.setPlaceholderText(self.tr("MM/AAAA"))
        since.setFixedWidth(124)
        since.setInputMethodHints(Qt.InputMethodHint.ImhPreferNumbers)
        error = label("", "fieldError", wrap=True)
        error.hide()
        row = _StepRow(step, product, catalogue, frequency, since, changed_on, error)
        self.rows[str(step)] = row
        product.textEdited.connect(lambda _t, r=row: self._on_row_edited(r))
        frequency.activated.connect(lambda _i, r=row: self._on_row_edited(r))
        since.textEdited.connect(lambda _t, r=row: self._on_row_edited(r))
        since.editingFinished.connect(lambda r=row: self._on_since_left(r))
        grid.addWidget(heading, at, 0, Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(product, at, 1)
        grid.addWidget(catalogue, at, 2)
        grid.addWidget(frequency, at, 3)
        grid.addWidget(since, at, 4)
        grid.addWidget(error, at + 1, 1, 1, 4)

    # -- in and out ---------------------------------------------------------------------
    def load(self, values: Mapping[str, str | None], changed_on: Mapping[str, date]) -> None:
        """Show a customer's stored habit fields ('step.serum', 'pref.vegan'...)."""
        self._loading = True
        try:
            self._loaded = dict(values)
            self._changed_on = dict(changed_on)
            for row in self.rows.values():
                self._show_step(row, values.get(row.field))
                row.loaded_state = row.state()
                self._show_error(row, "")
            self.flags.set_values(str(p) for p in FLAGS if values.get(PREF_PREFIX + p) == "true")
            price = values.get(PRICE_FIELD)
            self.price.set_value(price if price in PRICE_RANGES else None)
            self._loaded_prefs = (self.flags.values(), self.price.value())
            self._refresh_changed_on()
        finally:
            self._loading = False

    def set_step_product(self, step: str, product_id: uuid.UUID, name: str, brand: str) -> None:
        """Fill a step with one of our products, picked from the catalogue."""
        row = self.rows[step]
        row.picked = RoutineStep(name, brand, product_id)
        row.picked_text = _shown(name, brand)
        row.product.setText(row.picked_text)
        self._on_row_edited(row)

    def edits(self, today: date) -> dict[str, str | None]:
        """The changed fields in their stored form; a bad row is said in place and raised.

        Raises `BadHabitValue` (the first problem, every one shown under its row).
        """
        changes: dict[str, str | None] = {}
        problems: list[BadHabitValue] = []
        for row in self.rows.values():
            try:
                value = self._step_value(row, today)
            except BadHabitValue as exc:
                problems.append(exc)
                continue
            self._show_error(row, "")
            if value != self._stored(row.field):
                changes[row.field] = value
        if problems:
            raise problems[0]
        for preference in FLAGS:
            field = PREF_PREFIX + preference
            loaded = self._loaded.get(field)
            on = str(preference) in self.flags.values()
            # Unticked stays "not said" (None) unless it was said before.
            value = "true" if on else ("false" if loaded is not None else None)
            if value != loaded:
                changes[field] = normalise_habit(field, value)
        price = self.price.value()
        if price != self._loaded.get(PRICE_FIELD):
            changes[PRICE_FIELD] = normalise_habit(PRICE_FIELD, price)
        return changes

    def problems_shown(self) -> list[str]:
        """The sentences under the rows now, top to bottom."""
        return [row.error.text() for row in self.rows.values() if row.error.text()]

    # -- a step ---------------------------------------------------------------------------
    def _show_step(self, row: _StepRow, text: str | None) -> None:
        row.picked, row.picked_text = None, ""
        step = None
        if text:
            try:
                step = RoutineStep.from_text(text)
            except (ValueError, KeyError, TypeError, AttributeError):
                step = None  # unreadable: shown empty, and replaced only if edited
        if step is None:
            row.product.clear()
            row.frequency.setCurrentIndex(0)
            row.since.clear()
            return
        row.picked = RoutineStep(step.product_name, step.brand, step.product_id)
        row.picked_text = _shown(step.product_name, step.brand)
        row.product.setText(row.picked_text)
        row.frequency.setCurrentIndex(max(0, row.frequency.findData(str(step.frequency or ""))))
        month = step.since or ""
        row.since.setText(f"{month[5:7]}/{month[:4]}" if len(month) == 7 else month)

    def _step_value(self, row: _StepRow, today: date) -> str | None:
        """The row's stored text, or None when it is empty; a problem is shown and raised."""
        text, frequency, since_text = row.state()
        if not (text or frequency or since_text):
            return None
        try:
            since = self._month(since_text, today)
        except BadHabitValue as exc:
            self._show_error(row, str(exc), row.since)
            raise
        if not text:
            problem = BadHabitValue(self.tr("Escriba el producto o la marca que usa."))
        elif len(text) > MAX_PRODUCT_NAME:
            problem = BadHabitValue(
                self.tr("Demasiado largo: caben {limit} caracteres.").format(limit=MAX_PRODUCT_NAME)
            )
        else:
            picked = row.picked if text == row.picked_text else None
            step = RoutineStep(
                picked.product_name if picked else text,
                picked.brand if picked else "",
                picked.product_id if picked else None,
                Frequency(frequency) if frequency else None,
                since,
            )
            try:
                return normalise_habit(row.field, step.to_text())
            except BadHabitValue:
                problem = BadHabitValue(self.tr("Revise el producto o la marca de este paso."))
        self._show_error(row, str(problem), row.product)
        raise problem

    def _month(self, typed: str, today: date) -> str | None:
        """'3/2025' → '2025-03'; raise BadHabitValue with the reason in the user's words."""
        if not typed:
            return None
        match = _MONTH_TYPED.match(typed)
        if match is None:
            raise BadHabitValue(self.tr("Escriba el mes y el año así: 03/2025."))
        month, year = int(match["m"]), int(match["y"])
        if not 1 <= month <= 12 or year < 1900:
            raise BadHabitValue(self.tr("«{text}» no es un mes que exista.").format(text=typed))
        try:
            return check_since(f"{year:04d}-{month:02d}", today)
        except BadHabitValue:
            raise BadHabitValue(self.tr("Ese mes aún no ha llegado.")) from None

    def _stored(self, field: str) -> str | None:
        """The loaded value as `normalise_habit` would store it (as loaded, if unreadable)."""
        loaded = self._loaded.get(field)
        try:
            return normalise_habit(field, loaded)
        except BadHabitValue:
            return loaded

    # -- the advisor's edits ----------------------------------------------------------------
    def _on_row_edited(self, row: _StepRow) -> None:
        if row.error.text():
            self._show_error(row, "")  # said again when the field is left, if still wrong
        self._refresh_changed_on()
        if not self._loading:
            self.changed.emit()

    def _on_since_left(self, row: _StepRow) -> None:
        try:
            self._month(row.since.text().strip(), self._today())
        except BadHabitValue as exc:
            self._show_error(row, str(exc), row.since)

    def _on_edited(self) -> None:
        self._refresh_changed_on()
        if not self._loading:
            self.changed.emit()

    def _show_error(self, row: _StepRow, text: str, field: QLineEdit | None = None) -> None:
        row.error.setText(text)
        row.error.setVisible(bool(text))
        for edit in (row.product, row.since):
            wrong = bool(text) and edit is field
            edit.setAccessibleDescription(text if wrong else "")
            _set_flag(edit, "invalid", wrong)

    def _refresh_changed_on(self) -> None:
        unsaved = self.tr("cambiado ahora, sin guardar")
        for row in self.rows.values():
            edited = row.state() != row.loaded_state
            row.changed_on.setText(unsaved if edited else self._when(row.field))
            _set_flag(row.changed_on, "unsaved", edited)
        loaded_flags, loaded_price = self._loaded_prefs
        for target, edited, fields in (
            (self.flags_changed_on, self.flags.values() != loaded_flags, FLAG_FIELDS),
            (self.price_changed_on, self.price.value() != loaded_price, (PRICE_FIELD,)),
        ):
            target.setText(unsaved if edited else self._when(*fields))
            _set_flag(target, "unsaved", edited)

    def _when(self, *fields: str) -> str:
        """'cambiado el 12/03/2026': the last change of these fields, if known."""
        days = [day for field in fields if (day := self._changed_on.get(field))]
        if not days:
            return ""
        return self.tr("cambiado el {day}").format(day=max(days).strftime("%d/%m/%Y"))

"""The skin diagnostic an advisor fills in during a treatment: few taps, big targets, a pen.

Choices on the left (skin type, sensitivity, phototype, concerns, areas),
measures and words on the right (levels, notes, products, next appointment).
Every value is checked as it is typed with `loyalty_core.skin` and the reason
is said under the field; `draft` says every problem at once and raises the
first, so a diagnostic is either complete and valid or not stored.

A skin analyser that acts as a keyboard types its reading into "Lectura del
medidor" and presses Enter; the levels it gives are marked as measured by
the device. Note: the counter's wedge scanner (`pos_client.ui.wedge`) takes
any fast burst ending in Enter as a scan wherever the focus is, so whoever
shows this form routes such a burst here with `take_reading` while it is up.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QLocale, QSize, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from loyalty_core.errors import UserFacingError
from loyalty_core.skin import (
    LEVELS,
    MAX_NOTES,
    MAX_RECOMMENDED,
    PHOTOTYPES,
    ROMAN,
    Concern,
    FaceArea,
    LevelSource,
    Sensitivity,
    SkinType,
    TooManyProducts,
    check_appointment,
    check_choices,
    check_notes,
    parse_level,
    parse_reading,
)
from pos_client.services.diagnostics import DiagnosticDraft
from pos_client.ui.errors import message_for
from pos_client.ui.screens.advisor import labels
from pos_client.ui.screens.advisor.parts import Choices, PenButton, label, touch_scroll_page

APPOINTMENT_STEP_MINUTES = 30
"""Quick appointments fall on the next half hour: nobody books 11:37."""
PRODUCT_ROW = 56
PRODUCT_ROWS_SHOWN = 3
"""Recommended products listed before the list scrolls."""


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _to_qt(moment: datetime) -> QDateTime:
    local = moment.astimezone()
    return QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second)
    )


def _from_qt(value: QDateTime) -> datetime:
    """An aware datetime for what the edit shows in local time."""
    day, clock = value.date(), value.time()
    naive = datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute())
    return naive.astimezone()


def _error_label() -> QLabel:
    error = label("", "fieldError", wrap=True)
    error.setMinimumHeight(error.fontMetrics().lineSpacing() + 2)
    error.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return error


def _set_flag(widget: QWidget, name: str, on: bool) -> None:
    """Set a style property (`invalid`, `device`...) and let the style sheet see it."""
    if widget.property(name) != on:
        widget.setProperty(name, on)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


class _NotesEdit(QPlainTextEdit):
    """Notes that ask for a few lines and take whatever room the form has left."""

    def sizeHint(self) -> QSize:
        return QSize(400, 80)


class DiagnosticForm(QWidget):
    """One diagnostic being filled in; `draft` gives it checked, or raises the first problem.

    `now` is the clock for the quick appointment buttons and the live check
    of the appointment. `changed` is emitted for the advisor's edits, not
    for `load`. "Añadir del catálogo" emits `pick_product_requested`; the
    catalogue answers with `add_product`.
    """

    changed = Signal()
    pick_product_requested = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, now: Callable[[], datetime] = _utc_now
    ) -> None:
        super().__init__(parent)
        self._now = now
        self._loading = False
        self._asked = False  # "draft" was asked once: a missing skin type is said from then on
        self._supersedes: uuid.UUID | None = None
        self._sources: dict[str, LevelSource | None] = dict.fromkeys(LEVELS)
        self._products: list[tuple[uuid.UUID, str]] = []
        self.errors: dict[str, QLabel] = {}
        self.product_labels: list[QLabel] = []

        left = QVBoxLayout()
        left.setSpacing(4)
        self._build_choices(left)
        right = QVBoxLayout()
        right.setSpacing(4)
        self._build_levels(right)
        self._build_notes(right)
        self._build_products(right)
        self._build_appointment(right)

        page = QWidget()
        page.setObjectName("formPage")
        columns = QHBoxLayout(page)
        columns.setContentsMargins(12, 8, 12, 8)
        columns.setSpacing(28)
        columns.addLayout(left, 5)
        columns.addLayout(right, 6)
        self.page_scroll = touch_scroll_page(self, page)
        self._refresh_products()
        self._show_appointment()

    # -- building -------------------------------------------------------------------
    def _section(self, layout: QVBoxLayout, title: str, *, first: bool = False) -> QLabel:
        heading = label(title, "sectionTitle")
        if not first:
            layout.addSpacing(10)
        layout.addWidget(heading)
        return heading

    def _build_choices(self, left: QVBoxLayout) -> None:
        def options(names: dict[str, str], codes: Iterable[str]) -> list[tuple[str, str]]:
            return [(str(code), labels.tr(names[code])) for code in codes]

        self._section(left, self.tr("Tipo de piel"), first=True)
        self.skin_type = Choices(
            options(labels.SKIN_TYPES, SkinType), columns=4, exclusive=True, clearable=False
        )
        left.addWidget(self.skin_type)
        self.errors["skin_type"] = _error_label()
        left.addWidget(self.errors["skin_type"])
        self._section(left, self.tr("Sensibilidad"))
        self.sensitivity = Choices(
            options(labels.SENSITIVITIES, Sensitivity), columns=3, exclusive=True
        )
        left.addWidget(self.sensitivity)
        self._section(left, self.tr("Fototipo"))
        self.phototype = Choices(
            [(str(n), ROMAN[n]) for n in PHOTOTYPES],
            columns=6,
            exclusive=True,
            tooltips={str(n): labels.tr(labels.PHOTOTYPE_HINTS[n]) for n in PHOTOTYPES},
        )
        left.addWidget(self.phototype)
        self._section(left, self.tr("Preocupaciones"))
        self.concerns = Choices(options(labels.CONCERNS, Concern), columns=3, exclusive=False)
        left.addWidget(self.concerns)
        self._section(left, self.tr("Zonas tratadas"))
        self.areas = Choices(options(labels.AREAS, FaceArea), columns=4, exclusive=False)
        left.addWidget(self.areas)
        left.addStretch(1)
        for choices in (self.skin_type, self.sensitivity, self.phototype, self.concerns):
            choices.changed.connect(self._on_choices_changed)
        self.areas.changed.connect(self._on_choices_changed)

    def _build_levels(self, right: QVBoxLayout) -> None:
        self._section(right, self.tr("Niveles (0 a 100)"), first=True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(0)
        captions = {"hydration": self.tr("Hidratación"), "oiliness": self.tr("Grasa")}
        self.level_edits: dict[str, QLineEdit] = {}
        self.level_sources: dict[str, QLabel] = {}
        for index, name in enumerate(LEVELS):
            edit = QLineEdit()
            edit.setAccessibleName(captions[name])
            edit.setPlaceholderText("0–100")
            edit.setFixedWidth(96)
            edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            edit.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
            edit.textEdited.connect(lambda _t, n=name: self._on_level_edited(n))
            edit.textChanged.connect(lambda _t, n=name: self._check_level(n))
            caption = label(captions[name], "fieldCaption")
            caption.setBuddy(edit)
            source = label("", "levelSource")
            self.level_edits[name], self.level_sources[name] = edit, source
            self.errors[name] = _error_label()
            column = index * 3
            grid.addWidget(caption, 0, column)
            grid.addWidget(edit, 0, column + 1)
            grid.addWidget(source, 0, column + 2)
            grid.addWidget(self.errors[name], 1, column, 1, 3)
            grid.setColumnStretch(column + 2, 1)
        right.addLayout(grid)
        reading = QHBoxLayout()
        caption = label(self.tr("Lectura del medidor"), "fieldCaption")
        self.reading_edit = QLineEdit()
        self.reading_edit.setAccessibleName(caption.text())
        self.reading_edit.setPlaceholderText(self.tr("Toque aquí y mida con el analizador"))
        self.reading_edit.setInputMethodHints(Qt.InputMethodHint.ImhNoPredictiveText)
        self.reading_edit.returnPressed.connect(self._on_reading_edit_return_pressed)
        self.reading_edit.textEdited.connect(lambda _t: self._show("reading", ""))
        caption.setBuddy(self.reading_edit)
        reading.addWidget(caption)
        reading.addWidget(self.reading_edit, 1)
        right.addLayout(reading)
        self.errors["reading"] = _error_label()
        self.reading_hint = label("", "hintLabel")
        self.reading_hint.setMinimumHeight(self.reading_hint.fontMetrics().lineSpacing() + 2)
        reading_notes = QStackedWidget()
        reading_notes.addWidget(self.reading_hint)
        reading_notes.addWidget(self.errors["reading"])
        reading_notes.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._reading_notes = reading_notes
        right.addWidget(reading_notes)

    def _build_notes(self, right: QVBoxLayout) -> None:
        head = QHBoxLayout()
        head.addWidget(label(self.tr("Notas"), "sectionTitle"))
        head.addStretch(1)
        self.notes_count = label("", "countLabel")
        head.addWidget(self.notes_count)
        right.addSpacing(10)
        right.addLayout(head)
        self.notes = _NotesEdit()
        self.notes.setObjectName("notesEdit")
        self.notes.setAccessibleName(self.tr("Notas"))
        self.notes.setPlaceholderText(
            self.tr("Lo que observa, lo que cuenta el cliente, lo que le ha aconsejado…")
        )
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(80)
        self.notes.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.notes.textChanged.connect(self._on_notes_text_changed)
        right.addWidget(self.notes, 1)
        self.errors["notes"] = _error_label()
        right.addWidget(self.errors["notes"])
        self._check_notes()

    def _build_products(self, right: QVBoxLayout) -> None:
        head = QHBoxLayout()
        self.products_title = label("", "sectionTitle")
        head.addWidget(self.products_title)
        head.addStretch(1)
        self.add_product_button = PenButton(self.tr("Añadir del catálogo"))
        self.add_product_button.clicked.connect(self.pick_product_requested)
        head.addWidget(self.add_product_button)
        right.addSpacing(6)
        right.addLayout(head)
        self._product_rows = QVBoxLayout()
        self._product_rows.setContentsMargins(0, 0, 4, 0)
        self._product_rows.setSpacing(4)
        holder = QWidget()
        holder.setObjectName("productHolder")
        outer = QVBoxLayout(holder)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)  # three rows fill the list exactly, with no scroll bar
        outer.addLayout(self._product_rows)
        outer.addStretch(1)
        self.products_scroll = QScrollArea()
        self.products_scroll.setObjectName("productScroll")
        self.products_scroll.setWidget(holder)
        self.products_scroll.setWidgetResizable(True)
        self.products_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.products_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        QScroller.grabGesture(
            self.products_scroll.viewport(), QScroller.ScrollerGestureType.TouchGesture
        )
        right.addWidget(self.products_scroll)
        self.errors["products"] = _error_label()
        right.addWidget(self.errors["products"])

    def _build_appointment(self, right: QVBoxLayout) -> None:
        self._section(right, self.tr("Próxima cita"))
        quick = QHBoxLayout()
        quick.setSpacing(8)
        self.quick_buttons: dict[str, PenButton] = {}
        for key, text in (
            ("2w", self.tr("+2 semanas")),
            ("1m", self.tr("+1 mes")),
            ("3m", self.tr("+3 meses")),
            ("other", self.tr("Otra fecha")),
        ):
            button = PenButton(text)
            button.clicked.connect(lambda _c=False, k=key: self._on_quick_clicked(k))
            self.quick_buttons[key] = button
            quick.addWidget(button, 1)
        right.addLayout(quick)
        self.appointment_edit = QDateTimeEdit()
        self.appointment_edit.setObjectName("appointmentEdit")
        self.appointment_edit.setCalendarPopup(True)
        self.appointment_edit.setDisplayFormat("ddd dd/MM/yyyy  HH:mm")
        self.appointment_edit.setMinimumDateTime(QDateTime(QDate(2000, 1, 1), QTime(0, 0)))
        self.appointment_edit.setAccessibleName(self.tr("Próxima cita"))
        self.appointment_edit.dateTimeChanged.connect(self._on_appointment_edit_changed)
        self.remove_appointment = PenButton(self.tr("Quitar cita"))
        self.remove_appointment.clicked.connect(self._on_remove_appointment_clicked)
        chosen = QWidget()
        row = QHBoxLayout(chosen)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.appointment_edit, 1)
        row.addWidget(self.remove_appointment)
        self.no_appointment = label(self.tr("Sin próxima cita"), "hintLabel")
        self._appointment_stack = QStackedWidget()
        self._appointment_stack.addWidget(self.no_appointment)
        self._appointment_stack.addWidget(chosen)
        self._appointment_stack.setSizePolicy(
            QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed
        )
        right.addWidget(self._appointment_stack)
        self.errors["appointment"] = _error_label()
        right.addWidget(self.errors["appointment"])
        self._has_appointment = False

    # -- reading the form -------------------------------------------------------------
    def appointment(self) -> datetime | None:
        """The next appointment as an aware datetime, or None."""
        if not self._has_appointment:
            return None
        return _from_qt(self.appointment_edit.dateTime())

    def products(self) -> list[tuple[uuid.UUID, str]]:
        """The recommended products (id, label), in the order they were added."""
        return list(self._products)

    def draft(self, now: datetime) -> DiagnosticDraft:
        """Return the diagnostic as filled in; show every problem in place and raise the first."""
        self._asked = True
        problems = self._check_all(now)
        if problems:
            raise problems[0]
        levels = {name: parse_level(name, self.level_edits[name].text()) for name in LEVELS}
        sources = {n: self._sources[n] if levels[n] is not None else None for n in LEVELS}
        skin_type = self.skin_type.value()
        sensitivity = self.sensitivity.value()
        phototype = self.phototype.value()
        return DiagnosticDraft(
            skin_type=SkinType(skin_type) if skin_type else None,
            sensitivity=Sensitivity(sensitivity) if sensitivity else None,
            hydration=levels["hydration"],
            hydration_source=sources["hydration"],
            oiliness=levels["oiliness"],
            oiliness_source=sources["oiliness"],
            phototype=int(phototype) if phototype else None,
            concerns=tuple(Concern(c) for c in self.concerns.values()),
            areas=tuple(FaceArea(a) for a in self.areas.values()),
            notes=self.notes.toPlainText().strip(),
            recommended=tuple(product_id for product_id, _ in self._products),
            next_appointment=self.appointment(),
            supersedes=self._supersedes,
        )

    def problems_shown(self) -> list[str]:
        """The sentences under the fields now, top to bottom, left column first."""
        order = ("skin_type", "hydration", "oiliness", "reading", "notes", "products")
        return [t for n in (*order, "appointment") if (t := self.errors[n].text())]

    # -- filling the form -------------------------------------------------------------
    def load(
        self,
        draft: DiagnosticDraft,
        *,
        product_labels: Mapping[uuid.UUID, str] | None = None,
    ) -> None:
        """Show a diagnostic to correct (its `supersedes` is kept for `draft`).

        `product_labels` names the recommended products; an unnamed one shows
        its id. `load(DiagnosticDraft(skin_type=None))` empties the form.
        """
        self._loading = True
        try:
            self._supersedes = draft.supersedes
            self.skin_type.set_value(draft.skin_type)
            self.sensitivity.set_value(draft.sensitivity)
            self.phototype.set_value(str(draft.phototype) if draft.phototype else None)
            self.concerns.set_values(draft.concerns)
            self.areas.set_values(draft.areas)
            for name, value, source in (
                ("hydration", draft.hydration, draft.hydration_source),
                ("oiliness", draft.oiliness, draft.oiliness_source),
            ):
                self.level_edits[name].setText("" if value is None else str(value))
                self._sources[name] = source if value is not None else None
                self._show_source(name)
            self.reading_edit.clear()
            self.reading_hint.clear()
            self._show("reading", "")
            self.notes.setPlainText(draft.notes)
            names = product_labels or {}
            self._products = [(p, names.get(p) or str(p)) for p in draft.recommended]
            self._refresh_products()
            self._show("products", "")
            self._has_appointment = draft.next_appointment is not None
            if draft.next_appointment is not None:
                self.appointment_edit.setDateTime(_to_qt(draft.next_appointment))
            self._show_appointment()
            self._asked = False
            self._show("skin_type", "")
            self._check_appointment(self._now())
        finally:
            self._loading = False

    def add_product(self, product_id: uuid.UUID, label: str) -> bool:
        """Add a recommended product from the catalogue; False (and why, in place) if not."""
        if any(p == product_id for p, _ in self._products):
            self._show("products", self.tr("«{name}» ya está en la lista.").format(name=label))
            return False
        if len(self._products) >= MAX_RECOMMENDED:
            too_many = TooManyProducts(
                "too many products", count=len(self._products) + 1, limit=MAX_RECOMMENDED
            )
            self._show("products", message_for(too_many) or "")
            return False
        self._products.append((product_id, label))
        self._refresh_products()
        self._show("products", "")
        self._emit_changed()
        QTimer.singleShot(0, self._show_last_product)  # once laid out
        return True

    def remove_product(self, product_id: uuid.UUID) -> None:
        self._products = [(p, label) for p, label in self._products if p != product_id]
        self._refresh_products()
        self._show("products", "")
        self._emit_changed()

    def take_reading(self, text: str) -> bool:
        """Fill the levels from a skin analyser's reading; False (and why, in place) if refused."""
        try:
            reading = parse_reading(text)
        except UserFacingError as exc:
            # A level out of 0–100 is said as for a typed one; anything else is not a reading.
            return self._refuse_reading(text, exc if exc.code == "level_out_of_range" else None)
        values = {"hydration": reading.hydration, "oiliness": reading.oiliness}
        if all(value is None for value in values.values()):
            return self._refuse_reading(text, None)  # 'HYD=': nothing measured
        read = []
        for name, value in values.items():
            if value is None:
                continue
            self.level_edits[name].setText(str(value))
            self._sources[name] = LevelSource.DEVICE
            self._show_source(name)
            read.append(f"{self.level_edits[name].accessibleName().lower()} {value}")
        self.reading_edit.clear()
        self._show("reading", "")
        self.reading_hint.setText(
            self.tr("Leído del medidor: {levels}.").format(levels=", ".join(read))
        )
        self._emit_changed()
        return True

    def _refuse_reading(self, text: str, problem: UserFacingError | None) -> bool:
        reason = (message_for(problem) if problem is not None else None) or self.tr(
            "No se entiende «{text}»: vuelva a medir o escriba los niveles a mano."
        ).format(text=text.strip()[:30])
        self._show("reading", reason)
        self.reading_edit.selectAll()  # the next reading replaces it
        return False

    # -- checking -------------------------------------------------------------------
    def _check_all(self, now: datetime) -> list[UserFacingError]:
        problems: list[UserFacingError] = []
        try:
            check_choices(
                skin_type=self.skin_type.value(),
                sensitivity=self.sensitivity.value(),
                phototype=None,
                concerns=self.concerns.values(),
                areas=self.areas.values(),
                recommended=self._products,
            )
            self._show("skin_type", "")
        except UserFacingError as exc:
            if exc.code == "too_many_products":
                self._show("products", message_for(exc) or "")
            else:
                self._show("skin_type", message_for(exc) or "")
            problems.append(exc)
        for problem in (
            self._check_level("hydration"),
            self._check_level("oiliness"),
            self._check_notes(),
            self._check_appointment(now),
        ):
            if problem is not None:
                problems.append(problem)
        return problems

    def _check_level(self, name: str) -> UserFacingError | None:
        edit = self.level_edits[name]
        try:
            parse_level(name, edit.text())
        except UserFacingError as exc:
            self._show(name, message_for(exc) or "", edit)
            return exc
        self._show(name, "", edit)
        return None

    def _check_notes(self) -> UserFacingError | None:
        length = len(self.notes.toPlainText())
        locale = QLocale()
        self.notes_count.setText(f"{locale.toString(length)}/{locale.toString(MAX_NOTES)}")
        _set_flag(self.notes_count, "over", length > MAX_NOTES)
        try:
            check_notes(self.notes.toPlainText())
        except UserFacingError as exc:
            self._show("notes", message_for(exc) or "")
            return exc
        self._show("notes", "")
        return None

    def _check_appointment(self, now: datetime) -> UserFacingError | None:
        try:
            check_appointment(self.appointment(), now)
        except UserFacingError as exc:
            self._show("appointment", message_for(exc) or "", self.appointment_edit)
            return exc
        self._show("appointment", "", self.appointment_edit)
        return None

    def _show(self, name: str, text: str, field: QWidget | None = None) -> None:
        self.errors[name].setText(text)
        if name == "reading":  # a refused reading hides what the last good one said
            self._reading_notes.setCurrentIndex(1 if text else 0)
        if field is not None:
            field.setAccessibleDescription(text)
            _set_flag(field, "invalid", bool(text))

    def _show_source(self, name: str) -> None:
        source = self._sources[name]
        label = self.level_sources[name]
        label.setText(
            self.tr("del medidor")
            if source == LevelSource.DEVICE
            else self.tr("a mano")
            if source == LevelSource.TYPED
            else ""
        )
        _set_flag(label, "device", source == LevelSource.DEVICE)

    # -- the advisor's edits ------------------------------------------------------------
    def _emit_changed(self) -> None:
        if not self._loading:
            self.changed.emit()

    def _on_choices_changed(self) -> None:
        if self._asked:
            self._check_all(self._now())
        self._emit_changed()

    def _on_level_edited(self, name: str) -> None:
        typed = bool(self.level_edits[name].text().strip())
        self._sources[name] = LevelSource.TYPED if typed else None
        self._show_source(name)
        self._emit_changed()

    def _on_reading_edit_return_pressed(self) -> None:
        if self.reading_edit.text().strip():
            self.take_reading(self.reading_edit.text())

    def _on_notes_text_changed(self) -> None:
        self._check_notes()
        self._emit_changed()

    def _refresh_products(self) -> None:
        while (item := self._product_rows.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        self.product_labels = []
        for product_id, text in self._products:
            row = QFrame()
            row.setObjectName("productRow")
            row.setFixedHeight(PRODUCT_ROW)
            line = QHBoxLayout(row)
            line.setContentsMargins(10, 3, 3, 3)
            name = label(text, "productName")
            name.setTextFormat(Qt.TextFormat.PlainText)
            name.setToolTip(text)
            name.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            remove = PenButton(self.tr("Quitar"))
            remove.setAccessibleName(self.tr("Quitar {name}").format(name=text))
            remove.clicked.connect(lambda _c=False, p=product_id: self.remove_product(p))
            line.addWidget(name, 1)
            line.addWidget(remove)
            self._product_rows.addWidget(row)
            self.product_labels.append(name)
        if not self._products:
            empty = label(
                self.tr("Ninguno todavía: «Añadir del catálogo» para recomendar un producto."),
                "hintLabel",
                wrap=True,
            )
            self._product_rows.addWidget(empty)
        shown = max(1, min(len(self._products), PRODUCT_ROWS_SHOWN))
        spacing = self._product_rows.spacing()
        self.products_scroll.setFixedHeight(shown * (PRODUCT_ROW + spacing) - spacing)
        self.products_title.setText(
            self.tr("Productos recomendados ({n}/{limit})").format(
                n=len(self._products), limit=MAX_RECOMMENDED
            )
        )

    def _show_last_product(self) -> None:
        bar = self.products_scroll.verticalScrollBar()
        bar.setValue(bar.maximum())

    def _on_quick_clicked(self, key: str) -> None:
        local = self._now().astimezone()
        if key == "2w":
            moment = local + timedelta(days=14)
        elif key in ("1m", "3m"):
            months = 1 if key == "1m" else 3
            day = QDate(local.year, local.month, local.day).addMonths(months)
            moment = local.replace(year=day.year(), month=day.month(), day=day.day())
        else:
            moment = local + timedelta(days=1)
        step = APPOINTMENT_STEP_MINUTES
        moment = moment.replace(second=0, microsecond=0)
        moment += timedelta(minutes=(-moment.minute) % step)
        self._has_appointment = True
        self.appointment_edit.setDateTime(_to_qt(moment))
        self._show_appointment()
        self._check_appointment(self._now())
        if key == "other":
            self.appointment_edit.setFocus()
        self._emit_changed()

    def _on_appointment_edit_changed(self, _value: QDateTime) -> None:
        if self._loading or not self._has_appointment:
            return
        self._check_appointment(self._now())
        self._emit_changed()

    def _on_remove_appointment_clicked(self) -> None:
        self._has_appointment = False
        self._show_appointment()
        self._check_appointment(self._now())
        self._emit_changed()

    def _show_appointment(self) -> None:
        self._appointment_stack.setCurrentIndex(1 if self._has_appointment else 0)

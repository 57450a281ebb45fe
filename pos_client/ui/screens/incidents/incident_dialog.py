"""Opening an incident for a customer, maybe about a product they bought, maybe with a photo.

The assistant taps the kind of incident (its priority follows, and an
allergic reaction is never low), says what happened (counted as typed, the
limits said under the field), may point at a line of one of the customer's
receipts (listed, or found by the receipt's number or QR) and may add a
photo: from the camera when the tablet has one, else an image file. The
reference shown at the end is the customer's: head office answers on it,
and the answer shows on the customer's card.

The product (`BoughtLinePicker`) and the photo (`PhotoPicker`, `PhotoDialog`)
are parts of their own beside this module.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from loyalty_core.errors import UserFacingError
from loyalty_core.incidents import (
    MAX_DESCRIPTION,
    BadIncident,
    Category,
    Priority,
    check_description,
    check_priority,
    default_priority,
)
from pos_client.context import AppContext
from pos_client.services.incidents import BoughtLine, IncidentView
from pos_client.ui import incident_ops
from pos_client.ui.errors import message_for
from pos_client.ui.incident_ops import IncidentDraft
from pos_client.ui.screens.advisor.parts import Choices, label
from pos_client.ui.screens.incidents import category_name, priority_name
from pos_client.ui.screens.incidents.bought_line_picker import BoughtLinePicker
from pos_client.ui.screens.incidents.photo_dialog import PhotoDialog, camera_present
from pos_client.ui.screens.incidents.photo_picker import PhotoPicker
from pos_client.ui.widgets.note import NoteLabel

if TYPE_CHECKING:
    from pos_client.devices.camera import FrameSource


class IncidentDialog(QDialog):
    """`incident_opened(IncidentView)` once it is recorded; the dialog then shows its reference."""

    incident_opened = Signal(object)  # IncidentView

    def __init__(
        self,
        ctx: AppContext,
        *,
        customer_id: uuid.UUID | None,
        customer_name: str = "",
        line: BoughtLine | None = None,
        parent: QWidget | None = None,
        has_camera: Callable[[], bool] | None = None,
        frame_source: FrameSource | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.customer_id = customer_id
        self.opened: IncidentView | None = None
        self._tried = False
        self.setWindowTitle(self.tr("Nueva incidencia"))
        self.resize(1180, 720)
        title = (
            self.tr("Nueva incidencia de {name}").format(name=customer_name)
            if customer_name
            else self.tr("Nueva incidencia")
        )
        self.title = label(title, "dialogTitle", wrap=True)

        # `camera_present` is looked up here, at each opening (tests replace it).
        has = (has_camera or camera_present)()
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_form(has_camera=has, frame_source=frame_source))
        self.pages.addWidget(self._build_done())
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.pages, 1)

        if line is not None:
            self.line_picker.choose_line(line)
            self.category.set_value(str(Category.PRODUCT_DEFECT))
            self._on_category_changed()
        else:
            self._show_priority_rule()
        self._count()
        if customer_id is not None:
            self.line_picker.load_customer_lines(customer_id)

    # -- the parts' state and actions, as the dialog's callers (tests, the counter) use them --
    @property
    def line(self) -> BoughtLine | None:
        return self.line_picker.line

    @property
    def photo(self) -> bytes | None:
        return self.photo_picker.photo

    @property
    def photo_dialog(self) -> PhotoDialog | None:
        return self.photo_picker.photo_dialog

    def find_receipt(self, reference: str) -> None:
        """List a receipt's lines (typed, or its QR scanned while the dialog is open)."""
        self.line_picker.find_receipt(reference)

    def set_photo(self, data: bytes | None) -> None:
        """Attach a photo (any image's bytes; kept as JPEG), or drop it with None."""
        self.photo_picker.set_photo(data)

    def load_image(self, path: str) -> None:
        """Attach an image file (read and made JPEG on the I/O pool)."""
        self.photo_picker.load_image(path)

    # -- building ---------------------------------------------------------------------
    def _build_form(self, *, has_camera: bool, frame_source: FrameSource | None) -> QWidget:
        page = QWidget()
        left, right = QVBoxLayout(), QVBoxLayout()
        self._build_kind(left)
        self._build_description(left)
        self.note = NoteLabel()
        self._build_parts(right, has_camera=has_camera, frame_source=frame_source)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(16)
        columns.addLayout(right, 1)
        cancel = QPushButton(self.tr("Cancelar"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        self.open_button = QPushButton(self.tr("Abrir incidencia"), objectName="primaryButton")
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self.submit)
        self.open_button.setMinimumWidth(320)
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 3)
        bottom.addStretch(1)
        bottom.addWidget(cancel)
        bottom.addWidget(self.open_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(columns, 1)
        layout.addLayout(bottom)
        return page

    def _build_parts(
        self, right: QVBoxLayout, *, has_camera: bool, frame_source: FrameSource | None
    ) -> None:
        self.line_picker = BoughtLinePicker(self._ctx)
        self.line_picker.receipt_found.connect(self.note.clear)
        self.line_picker.failed.connect(self._say_problem)
        right.addWidget(self.line_picker, 1)
        right.addSpacing(8)
        self.photo_picker = PhotoPicker(self._ctx, has_camera=has_camera, frame_source=frame_source)
        self.photo_picker.attached.connect(self.note.clear)
        self.photo_picker.problem.connect(self.note.say_problem)
        self.photo_picker.failed.connect(self._say_problem)
        right.addWidget(self.photo_picker)
        # The parts' widgets, under the names the dialog's callers (tests, screenshots) use.
        self.lines, self.chosen = self.line_picker.lines, self.line_picker.chosen
        photo = self.photo_picker
        self.thumb, self.drop_photo_button = photo.thumb, photo.drop_photo_button
        self.camera_button, self.file_button = photo.camera_button, photo.file_button

    def _build_kind(self, left: QVBoxLayout) -> None:
        left.addWidget(label(self.tr("Tipo de incidencia"), "sectionTitle"))
        self.category = Choices(
            [(str(c), category_name(c)) for c in Category],
            columns=2,
            exclusive=True,
            clearable=False,
        )
        self.category.changed.connect(self._on_category_changed)
        left.addWidget(self.category)
        left.addSpacing(8)
        left.addWidget(label(self.tr("Prioridad"), "sectionTitle"))
        self.priority = Choices(
            [(str(p), priority_name(p)) for p in Priority],
            columns=4,
            exclusive=True,
            clearable=False,
        )
        self.priority.set_value(str(Priority.NORMAL))
        self.priority.changed.connect(self._show_priority_rule)
        left.addWidget(self.priority)
        self.priority_rule = label("", "hintLabel", wrap=True)
        left.addWidget(self.priority_rule)

    def _build_description(self, left: QVBoxLayout) -> None:
        left.addSpacing(8)
        head = QHBoxLayout()
        head.addWidget(label(self.tr("Qué ha pasado"), "sectionTitle"))
        head.addStretch(1)
        self.count = label("", "countLabel")
        head.addWidget(self.count)
        left.addLayout(head)
        self.description = QPlainTextEdit(objectName="notesEdit")
        self.description.setAccessibleName(self.tr("Qué ha pasado"))
        self.description.setPlaceholderText(
            self.tr("Qué le ha pasado al cliente, con qué producto, desde cuándo, qué pide…")
        )
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(110)
        self.description.textChanged.connect(self._count)
        left.addWidget(self.description, 1)
        self.description_error = label("", "fieldError", wrap=True)
        self.description_error.setMinimumHeight(
            self.description_error.fontMetrics().lineSpacing() + 2
        )
        left.addWidget(self.description_error)

    def _build_done(self) -> QWidget:
        page = QWidget()
        caption = label(self.tr("Referencia de la incidencia, para el cliente:"), "sectionTitle")
        self.reference = QLabel(objectName="incidentReference")
        self.reference.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reference.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_summary = label("", "customerDetails", wrap=True)
        after = label(
            self.tr(
                "Dé esta referencia al cliente (puede anotarla en su ticket). La central de "
                "atención al cliente estudiará la incidencia y responderá: su respuesta "
                "aparecerá en la ficha del cliente, aquí o en cualquier tienda."
            ),
            "consentText",
            wrap=True,
        )
        close = QPushButton(self.tr("Cerrar"), objectName="payButton")
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(caption)
        layout.addWidget(self.reference)
        layout.addSpacing(12)
        layout.addWidget(self.done_summary)
        layout.addWidget(after)
        layout.addStretch(2)
        layout.addWidget(close)
        return page

    # -- category, priority, description ----------------------------------------------------
    def _on_category_changed(self) -> None:
        code = self.category.value()
        if code is not None:
            self.priority.set_value(str(default_priority(Category(code))))
        self._show_priority_rule()
        self.note.clear()

    def _show_priority_rule(self) -> None:
        allergic = self.category.value() == Category.ALLERGIC_REACTION
        self.priority.buttons[Priority.LOW].setEnabled(not allergic)
        self.priority_rule.setText(
            self.tr(
                "Una reacción alérgica nunca tiene prioridad baja: la central la atiende antes "
                "que las demás."
            )
            if allergic
            else ""
        )
        self.priority_rule.setVisible(allergic)

    def _count(self) -> None:
        text = self.description.toPlainText().strip()
        locale = QLocale()
        self.count.setText(f"{locale.toString(len(text))}/{locale.toString(MAX_DESCRIPTION)}")
        over = len(text) > MAX_DESCRIPTION
        if self.count.property("over") != over:
            self.count.setProperty("over", over)
            self.count.style().unpolish(self.count)
            self.count.style().polish(self.count)
        if self._tried or over:
            self._check_description()
        else:
            self.description_error.clear()

    def _check_description(self) -> str | None:
        """The description as stored, or None with the reason said under the field."""
        try:
            text = check_description(self.description.toPlainText())
        except BadIncident as exc:
            self.description_error.setText(self.incident_message(exc))
            return None
        self.description_error.clear()
        return text

    def incident_message(self, exc: BaseException) -> str:
        """The sentence for an incident's refusal (`BadIncident` codes), else the usual one."""
        if not isinstance(exc, UserFacingError):
            return message_for(exc) or ""
        params = exc.params
        locale = QLocale()
        length = locale.toString(int(params.get("length", 0)))
        limit = locale.toString(int(params.get("limit", 0)))
        code = getattr(exc, "code", "")
        if code == "description_required":
            return self.tr("Cuente qué ha pasado: la central lo necesita para atender al cliente.")
        if code == "description_too_short":
            return self.tr(
                "Cuente algo más: lleva {length} caracteres y hacen falta al menos {limit}."
            ).format(length=length, limit=limit)
        if code == "description_too_long":
            return self.tr(
                "Demasiado larga: lleva {length} caracteres y caben {limit}. Resúmala."
            ).format(length=length, limit=limit)
        if code == "description_bad_characters":
            return self.tr(
                "Hay un carácter que no se puede enviar en la posición {n}: bórrelo."
            ).format(n=params.get("position", "?"))
        if code == "priority_too_low":
            return self.tr("Una reacción alérgica no puede tener prioridad baja.")
        return message_for(exc) or ""

    # -- opening it ---------------------------------------------------------------------
    def draft(self) -> IncidentDraft | None:
        """What the assistant filled in, checked; None with the reason shown."""
        self._tried = True
        text = self._check_description()
        code = self.category.value()
        if code is None:
            self.note.say_problem(self.tr("Elija el tipo de incidencia."))
            return None
        category, priority = Category(code), Priority(self.priority.value() or Priority.NORMAL)
        try:
            check_priority(category, priority)
        except BadIncident as exc:
            self.note.say_problem(self.incident_message(exc))
            return None
        if text is None:
            self.note.say_problem(self.tr("Revise la descripción."))
            self.description.setFocus()
            return None
        self.note.clear()
        return IncidentDraft(
            customer_id=self.customer_id,
            category=category,
            priority=priority,
            description=text,
            line_id=self.line.line_id if self.line else None,
            photo=self.photo,
        )

    def submit(self) -> None:
        draft = self.draft()
        if draft is None:
            self._ctx.cues.error(self.open_button)
            return
        self.open_button.setEnabled(False)
        incident_ops.open_incident(
            self._ctx, draft=draft, success=self._on_opened, failure=self._on_open_failed
        )

    def _on_opened(self, view: IncidentView) -> None:
        self.opened = view
        self.reference.setText(view.reference)
        parts = [
            category_name(view.category),
            self.tr("prioridad {p}").format(p=priority_name(view.priority).lower()),
        ]
        if view.product_name:
            parts.append(view.product_name)
        if view.receipt_number:
            parts.append(self.tr("ticket {n}").format(n=view.receipt_number))
        if self.photo is not None:
            parts.append(self.tr("con foto"))
        self.done_summary.setText(" · ".join(parts))
        self.title.setText(self.tr("Incidencia abierta"))
        self.pages.setCurrentIndex(1)
        self.incident_opened.emit(view)

    def _on_open_failed(self, exc: BaseException) -> None:
        self.open_button.setEnabled(True)
        if isinstance(exc, BadIncident) and exc.code.startswith("description"):
            self.description_error.setText(self.incident_message(exc))
        self._say_problem(exc)

    def _say_problem(self, exc: BaseException) -> None:
        self.note.say_problem(self.incident_message(exc))

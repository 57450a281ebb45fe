"""Opening an incident for a customer, maybe about a product they bought, maybe with a photo.

The assistant taps the kind of incident (its priority follows, and an
allergic reaction is never low), says what happened (counted as typed, the
limits said under the field), may point at a line of one of the customer's
receipts (listed, or found by the receipt's number or QR) and may add a
photo: from the camera when the tablet has one, else an image file. The
reference shown at the end is the customer's: head office answers on it,
and the answer shows on the customer's card.
"""

from __future__ import annotations

import sys
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, Qt, Signal
from PySide6.QtGui import QImage, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
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
from loyalty_core.wire import MAX_ATTACHMENT_BYTES
from pos_client.context import AppContext
from pos_client.services.incidents import BoughtLine, IncidentView
from pos_client.ui import incident_ops
from pos_client.ui.errors import message_for
from pos_client.ui.incident_ops import IncidentDraft
from pos_client.ui.screens.advisor.parts import Choices, PenButton, label
from pos_client.ui.screens.incidents import category_name, priority_name
from pos_client.ui.widgets.note import NoteLabel

if TYPE_CHECKING:
    from pos_client.devices.camera import CameraScanner, FrameSource

PHOTO_SIDE = 1600
"""Pixels of a photo's longer side as kept: enough to see a batch number, small to sync."""
JPEG_QUALITY = 85
THUMB = 150

STYLE = """
QLabel#incidentReference {
    font-size: 40px; font-weight: bold; color: #8c3b5e; padding: 12px 18px;
    background: white; border: 2px solid #8c3b5e; border-radius: 10px;
}
QLabel#chosenLine { background: #fbf3f7; border: 1px solid #8c3b5e; border-radius: 8px;
    padding: 6px 10px; font-weight: bold; }
QLabel#chosenLine[empty="true"] { background: transparent; border: 1px dashed #c9bfb8;
    font-weight: normal; color: #666; }
QLabel#photoThumb { background: white; border: 1px dashed #c9bfb8; border-radius: 8px; }
"""


def camera_present() -> bool:
    """Whether the tablet seems to have a camera (on Linux, a video device; elsewhere, try)."""
    if sys.platform.startswith("linux"):
        return any(Path("/dev").glob("video*"))
    return True


def jpeg_bytes(image: QImage) -> bytes:
    """A photo as kept: JPEG, its longer side at most `PHOTO_SIDE` pixels."""
    if max(image.width(), image.height()) > PHOTO_SIDE:
        image = image.scaled(
            PHOTO_SIDE,
            PHOTO_SIDE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.convertToFormat(QImage.Format.Format_RGB888).save(buffer, "JPEG", JPEG_QUALITY)
    buffer.close()
    return bytes(data.data())


def jpeg_of(data: bytes) -> bytes | None:
    """JPEG bytes as given; any other image converted; None when it is no image at all."""
    if data[:3] == b"\xff\xd8\xff" and len(data) <= MAX_ATTACHMENT_BYTES:
        return data
    image = QImage.fromData(data)
    return None if image.isNull() else jpeg_bytes(image)


def jpeg_of_file(path: str) -> bytes | None:
    """Read an image file and make it a photo to keep (on the I/O pool)."""
    image = QImage(path)
    return None if image.isNull() else jpeg_bytes(image)


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
        self.line: BoughtLine | None = None
        self.photo: bytes | None = None
        self.opened: IncidentView | None = None
        self.photo_dialog: PhotoDialog | None = None
        self._frame_source = frame_source
        self._tried = False
        self.setWindowTitle(self.tr("Nueva incidencia"))
        self.setStyleSheet(STYLE)
        self.resize(1180, 720)
        title = (
            self.tr("Nueva incidencia de {name}").format(name=customer_name)
            if customer_name
            else self.tr("Nueva incidencia")
        )
        self.title = label(title, "dialogTitle", wrap=True)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_form())
        self.pages.addWidget(self._build_done())
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.pages, 1)

        has = (has_camera or camera_present)()
        self.camera_button.setVisible(has)
        self.file_button.setVisible(not has)
        if line is not None:
            self.choose_line(line)
            self.category.set_value(str(Category.PRODUCT_DEFECT))
            self._on_category_changed()
        else:
            self._show_priority_rule()
        self._count()
        if customer_id is not None:
            incident_ops.load_bought_lines(
                ctx, customer_id=customer_id, success=self._show_lines, failure=self._say_problem
            )

    # -- building ---------------------------------------------------------------------
    def _build_form(self) -> QWidget:
        page = QWidget()
        left, right = QVBoxLayout(), QVBoxLayout()
        self._build_kind(left)
        self._build_description(left)
        self._build_product(right)
        right.addSpacing(8)
        self._build_photo(right)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(16)
        columns.addLayout(right, 1)
        self.note = NoteLabel()
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
        self.choose_line(None)
        return page

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

    def _build_product(self, right: QVBoxLayout) -> None:
        right.addWidget(label(self.tr("Producto comprado (opcional)"), "sectionTitle"))
        self.chosen = label("", "chosenLine", wrap=True)
        self.unchoose_button = PenButton(self.tr("Quitar"))
        self.unchoose_button.clicked.connect(lambda: self.choose_line(None))
        chosen_row = QHBoxLayout()
        chosen_row.addWidget(self.chosen, 1)
        chosen_row.addWidget(self.unchoose_button)
        right.addLayout(chosen_row)
        self.receipt = QLineEdit()
        self.receipt.setPlaceholderText(self.tr("Nº de ticket, o escanee su QR"))
        self.receipt.returnPressed.connect(lambda: self.find_receipt(self.receipt.text()))
        find = PenButton(self.tr("Buscar"))
        find.clicked.connect(lambda: self.find_receipt(self.receipt.text()))
        search_row = QHBoxLayout()
        search_row.addWidget(self.receipt, 1)
        search_row.addWidget(find)
        right.addLayout(search_row)
        self.lines_caption = label("", "hintLabel", wrap=True)
        right.addWidget(self.lines_caption)
        self.lines = QListWidget()
        self.lines.itemClicked.connect(self._on_lines_item_clicked)
        self.lines.itemActivated.connect(self._on_lines_item_clicked)
        right.addWidget(self.lines, 1)

    def _build_photo(self, right: QVBoxLayout) -> None:
        right.addWidget(label(self.tr("Foto (opcional)"), "sectionTitle"))
        self.thumb = QLabel(self.tr("Sin foto"), objectName="photoThumb")
        self.thumb.setFixedSize(THUMB * 4 // 3, THUMB)
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.camera_button = PenButton(self.tr("Hacer foto"), object_name="actionButton")
        self.camera_button.clicked.connect(self.take_photo)
        self.file_button = PenButton(self.tr("Elegir imagen"), object_name="actionButton")
        self.file_button.clicked.connect(self.choose_image)
        self.drop_photo_button = PenButton(self.tr("Quitar foto"))
        self.drop_photo_button.clicked.connect(lambda: self.set_photo(None))
        self.drop_photo_button.hide()
        photo_buttons = QVBoxLayout()
        for button in (self.camera_button, self.file_button, self.drop_photo_button):
            photo_buttons.addWidget(button)
        photo_buttons.addStretch(1)
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.thumb)
        photo_row.addLayout(photo_buttons, 1)
        right.addLayout(photo_row)

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

    # -- the product bought -------------------------------------------------------------
    def _show_lines(self, lines: list[BoughtLine], *, receipt: str = "") -> None:
        self.lines.clear()
        for line in lines:
            text = self.tr("{name} ×{q}\n{day} · ticket {receipt}").format(
                name=line.product_name,
                q=line.quantity,
                day=line.day.strftime("%d/%m/%Y"),
                receipt=line.receipt_number,
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, line)
            self.lines.addItem(item)
        if receipt:
            self.lines_caption.setText(
                self.tr("Líneas del ticket {n}: toque el producto.").format(n=receipt)
            )
        elif lines:
            self.lines_caption.setText(
                self.tr("Sus últimas compras en esta tienda: toque el producto.")
            )
        else:
            self.lines_caption.setText(
                self.tr("No tiene compras en esta tableta: busque el ticket por su número.")
            )

    def find_receipt(self, reference: str) -> None:
        """List a receipt's lines (typed, or its QR scanned while the dialog is open)."""
        if not reference.strip():
            return
        self.receipt.setText(reference.strip())
        incident_ops.find_receipt_lines(
            self._ctx,
            reference=reference,
            success=lambda lines: self._on_receipt_found(lines),
            failure=self._say_problem,
        )

    def _on_receipt_found(self, lines: list[BoughtLine]) -> None:
        self.note.clear()
        number = lines[0].receipt_number if lines else self.receipt.text()
        self._show_lines(lines, receipt=number)
        if len(lines) == 1:
            self.choose_line(lines[0])

    def _on_lines_item_clicked(self, item: QListWidgetItem) -> None:
        self.choose_line(item.data(Qt.ItemDataRole.UserRole))

    def choose_line(self, line: BoughtLine | None) -> None:
        """The product the incident is about (None: no product)."""
        self.line = line
        if line is None:
            self.chosen.setText(self.tr("Ningún producto elegido"))
            self.lines.clearSelection()
        else:
            self.chosen.setText(
                self.tr("{name} — ticket {receipt} del {day}").format(
                    name=line.product_name,
                    receipt=line.receipt_number,
                    day=line.day.strftime("%d/%m/%Y"),
                )
            )
        self.unchoose_button.setVisible(line is not None)
        if self.chosen.property("empty") != (line is None):
            self.chosen.setProperty("empty", line is None)
            self.chosen.style().unpolish(self.chosen)
            self.chosen.style().polish(self.chosen)

    # -- the photo ----------------------------------------------------------------------
    def set_photo(self, data: bytes | None) -> None:
        """Attach a photo (any image's bytes; kept as JPEG), or drop it with None."""
        if data is not None:
            kept = jpeg_of(data)
            if kept is None or len(kept) > MAX_ATTACHMENT_BYTES:
                self.note.say_problem(self.tr("Ese archivo no es una imagen que se pueda enviar."))
                return
            data = kept
        self.photo = data
        self.drop_photo_button.setVisible(data is not None)
        if data is None:
            self.thumb.setPixmap(QPixmap())
            self.thumb.setText(self.tr("Sin foto"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(data)
        self.thumb.setPixmap(
            pixmap.scaled(
                self.thumb.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        self.note.clear()

    def take_photo(self) -> None:
        self.photo_dialog = PhotoDialog(self, frame_source=self._frame_source)
        self.photo_dialog.finished.connect(self._on_photo_dialog_finished)
        self.photo_dialog.open()

    def _on_photo_dialog_finished(self, _result: int) -> None:
        dialog = self.photo_dialog
        if dialog is None:
            return
        if dialog.photo is not None:
            self.set_photo(dialog.photo)
        elif dialog.failed:
            self.file_button.show()  # no camera after all: a file instead
            self.note.say_problem(
                self.tr("No se puede usar la cámara. Elija una imagen guardada en su lugar.")
            )

    def choose_image(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Elegir imagen"),
            str(Path.home()),
            self.tr("Imágenes (*.jpg *.jpeg *.png *.webp *.bmp *.heic)"),
        )
        if path:
            self.load_image(path)

    def load_image(self, path: str) -> None:
        """Attach an image file (read and made JPEG on the I/O pool)."""
        self._ctx.runner.run_io(
            lambda: jpeg_of_file(path),
            success=self._on_image_loaded,
            failure=self._say_problem,
        )

    def _on_image_loaded(self, data: bytes | None) -> None:
        if data is None:
            self.note.say_problem(self.tr("Ese archivo no es una imagen que se pueda enviar."))
        else:
            self.set_photo(data)

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


class PhotoDialog(QDialog):
    """The camera's picture, live; "Hacer foto" keeps the current frame as `photo` (JPEG).

    The camera runs on `CameraScanner`'s own thread (opened there, released
    there), from when the dialog is shown to when it closes. `failed` is set
    when there is no camera to open. `frame_source` replaces the camera
    (tests).
    """

    def __init__(
        self, parent: QWidget | None = None, *, frame_source: FrameSource | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hacer foto"))
        self.photo: bytes | None = None
        self.failed = False
        self.frame: QImage | None = None
        self._frame_source = frame_source
        self.scanner: CameraScanner | None = None
        self.view = QLabel(self.tr("Abriendo la cámara…"), objectName="photoThumb")
        self.view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view.setMinimumSize(640, 400)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.take_button = QPushButton(self.tr("Hacer foto"), objectName="primaryButton")
        self.take_button.setEnabled(False)
        self.take_button.clicked.connect(self._on_take_clicked)
        cancel = QPushButton(self.tr("Cancelar"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.take_button)
        frame = QFrame()
        frame_layout = QVBoxLayout(frame)
        frame_layout.addWidget(self.view)
        layout = QVBoxLayout(self)
        layout.addWidget(frame, 1)
        layout.addLayout(buttons)
        self.setStyleSheet(STYLE)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.scanner is None:
            from pos_client.devices.camera import CameraScanner  # OpenCV: loaded when used

            self.scanner = CameraScanner(frame_source=self._frame_source, preview=True, parent=self)
            self.scanner.frame_ready.connect(self._on_frame)
            self.scanner.failed.connect(self._on_failed)
            self.scanner.start()

    def _on_frame(self, image: QImage) -> None:
        self.frame = image
        self.view.setPixmap(
            QPixmap.fromImage(image).scaled(
                self.view.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.FastTransformation,
            )
        )
        self.take_button.setEnabled(True)

    def _on_failed(self, _reason: str) -> None:
        self.failed = True
        self.reject()  # the incident dialog says so and offers an image file

    def _on_take_clicked(self) -> None:
        if self.frame is not None:
            self.photo = jpeg_bytes(self.frame)
            self.accept()

    def done(self, result: int) -> None:
        if self.scanner is not None:
            self.scanner.stop()
        super().done(result)

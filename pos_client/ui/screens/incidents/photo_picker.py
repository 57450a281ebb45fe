"""An incident's optional photo: its thumbnail, and where to take it from.

From the camera when the tablet has one (`PhotoDialog`), else from an image
file, read and made JPEG on the I/O pool. The picker says its problems
through signals: the incident dialog shows them in its note.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from loyalty_core.wire import MAX_ATTACHMENT_BYTES
from pos_client.context import AppContext
from pos_client.ui.screens.advisor.parts import PenButton, label
from pos_client.ui.screens.incidents.photo_dialog import PhotoDialog, jpeg_of, jpeg_of_file

if TYPE_CHECKING:
    from pos_client.devices.camera import FrameSource

THUMB = 150
"""The thumbnail's height in pixels (4:3)."""


class PhotoPicker(QWidget):
    """The photo (`photo`, JPEG bytes or None) and its buttons.

    `attached()` once a photo is attached; `problem(text)` when one cannot be;
    `failed(exc)` when reading an image file failed.
    """

    attached = Signal()
    problem = Signal(str)
    failed = Signal(object)  # BaseException

    def __init__(
        self,
        ctx: AppContext,
        *,
        has_camera: bool,
        frame_source: FrameSource | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._frame_source = frame_source
        self.photo: bytes | None = None
        self.photo_dialog: PhotoDialog | None = None
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
        buttons = QVBoxLayout()
        for button in (self.camera_button, self.file_button, self.drop_photo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.thumb)
        row.addLayout(buttons, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label(self.tr("Foto (opcional)"), "sectionTitle"))
        layout.addLayout(row)
        self.camera_button.setVisible(has_camera)
        self.file_button.setVisible(not has_camera)

    def set_photo(self, data: bytes | None) -> None:
        """Attach a photo (any image's bytes; kept as JPEG), or drop it with None."""
        if data is not None:
            kept = jpeg_of(data)
            if kept is None or len(kept) > MAX_ATTACHMENT_BYTES:
                self.problem.emit(self.tr("Ese archivo no es una imagen que se pueda enviar."))
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
        self.attached.emit()

    def take_photo(self) -> None:
        self.photo_dialog = PhotoDialog(self.window(), frame_source=self._frame_source)
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
            self.problem.emit(
                self.tr("No se puede usar la cámara. Elija una imagen guardada en su lugar.")
            )

    def choose_image(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window(),
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
            failure=self.failed.emit,
        )

    def _on_image_loaded(self, data: bytes | None) -> None:
        if data is None:
            self.problem.emit(self.tr("Ese archivo no es una imagen que se pueda enviar."))
        else:
            self.set_photo(data)

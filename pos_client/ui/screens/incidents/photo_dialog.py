"""Taking an incident's photo: the camera's live picture, and how a photo is kept.

A photo is kept as JPEG, its longer side at most `PHOTO_SIDE` pixels, small
enough to sync and big enough to read a batch number; any image (a camera
frame, a chosen file) is made into one here.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from loyalty_core.wire import MAX_ATTACHMENT_BYTES

if TYPE_CHECKING:
    from pos_client.devices.camera import CameraScanner, FrameSource

PHOTO_SIDE = 1600
"""Pixels of a photo's longer side as kept: enough to see a batch number, small to sync."""
JPEG_QUALITY = 85


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

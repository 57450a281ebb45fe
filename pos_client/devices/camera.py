"""The camera scanner: webcam frames decoded off the GUI thread, one signal per product shown."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

import cv2
import numpy as np
from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtGui import QImage

from pos_client.devices.decoder import PresentationFilter, decode_frame

log = logging.getLogger(__name__)

FrameSource = Callable[[], np.ndarray | None]  # the next BGR/grey frame, None at the end

_MAX_FAILED_READS = 30  # about a second of a camera sending nothing: it is gone


class CameraScanner(QThread):
    """Read barcodes from a camera on its own thread and emit each product shown once.

    `start()` returns at once: the camera is opened on the worker thread (opening a
    V4L2 device can take a second) and a failure arrives as `failed(message)`. Each
    frame goes through `decode_frame` and a `PresentationFilter`, so holding a
    product up emits `code_scanned` once, and showing it again after a pause emits
    it again. `stop()` asks the thread to finish and joins it (the camera is
    released on the worker thread); it is safe before `start()` and twice.

    Signals are emitted from the worker thread; receivers in the GUI thread get them
    queued, so slots never run concurrently with the GUI. `frame_ready` carries a
    copied QImage, only when `preview` is true. `frame_source` replaces the camera
    (tests feed photos): it is called on the worker thread for each frame and
    returns None at the end of its stream.
    """

    code_scanned = Signal(str)
    frame_ready = Signal(QImage)
    failed = Signal(str)

    def __init__(
        self,
        camera: int | str = 0,
        *,
        frame_source: FrameSource | None = None,
        presentation: PresentationFilter | None = None,
        budget_ms: float = 40.0,
        preview: bool = False,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._camera = camera
        self._frame_source = frame_source
        self._presentation = presentation or PresentationFilter()
        self._budget_ms = budget_ms
        self._preview = preview
        self._clock = clock

    def stop(self, timeout_ms: int = 3000) -> bool:
        """Ask the worker to finish and wait for it; False if it did not stop in time."""
        self.requestInterruption()
        return self.wait(timeout_ms)

    def run(self) -> None:
        try:
            if self._frame_source is not None:
                self._scan(self._frame_source)
                return
            capture = self._open_camera()
            if capture is None:
                return
            try:
                self._scan(self._camera_frames(capture))
            finally:
                capture.release()
        except Exception:
            log.exception("camera scanner stopped")
            self.failed.emit("The camera scanner stopped after an unexpected error.")

    def _scan(self, next_frame: FrameSource) -> None:
        while not self.isInterruptionRequested():
            frame = next_frame()
            if frame is None:
                return
            texts = [d.text for d in decode_frame(frame, budget_ms=self._budget_ms)]
            for text in self._presentation.accept(texts, self._clock()):
                self.code_scanned.emit(text)
            if self._preview:
                self.frame_ready.emit(_to_qimage(frame))

    def _open_camera(self) -> cv2.VideoCapture | None:
        capture = cv2.VideoCapture(self._camera)
        if not capture.isOpened():
            capture.release()
            self.failed.emit(f"Camera {self._camera} could not be opened.")
            return None
        capture.set(cv2.CAP_PROP_FRAME_WIDTH, 1280)
        capture.set(cv2.CAP_PROP_FRAME_HEIGHT, 720)
        capture.set(cv2.CAP_PROP_BUFFERSIZE, 1)  # decode the newest frame, not a queue
        return capture

    def _camera_frames(self, capture: cv2.VideoCapture) -> FrameSource:
        def next_frame() -> np.ndarray | None:
            for _ in range(_MAX_FAILED_READS):
                ok, frame = capture.read()
                if ok and frame is not None:
                    return frame
                if self.isInterruptionRequested():
                    return None
                time.sleep(0.03)
            self.failed.emit(f"Camera {self._camera} stopped sending pictures.")
            return None

        return next_frame


def _to_qimage(frame: np.ndarray) -> QImage:
    if frame.ndim == 3 and frame.shape[2] == 4:
        frame = cv2.cvtColor(frame, cv2.COLOR_BGRA2BGR)
    frame = np.ascontiguousarray(frame)
    h, w = frame.shape[:2]
    if frame.ndim == 2:
        image = QImage(frame.data, w, h, frame.strides[0], QImage.Format.Format_Grayscale8)
    else:
        image = QImage(frame.data, w, h, frame.strides[0], QImage.Format.Format_BGR888)
    return image.copy()  # own the pixels: the array is gone once the next frame comes

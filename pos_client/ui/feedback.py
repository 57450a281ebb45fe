"""The audible and visible cue that something was refused."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from pos_client.devices.sound import ErrorSound


class Cues(QObject):
    """Plays the error cue (our tone, else the desktop's bell); tests count `error_played`."""

    error_played = Signal()

    def __init__(self, sound: ErrorSound | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sound = sound

    def error(self, widget: QWidget | None = None) -> None:
        if self._sound is None or not self._sound.play():
            QApplication.beep()
        if widget is not None:
            _flash(widget)
        self.error_played.emit()


def _flash(widget: QWidget) -> None:
    widget.setProperty("flash", True)
    widget.style().unpolish(widget)
    widget.style().polish(widget)

    def restore() -> None:
        widget.setProperty("flash", False)
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    QTimer.singleShot(600, widget, restore)

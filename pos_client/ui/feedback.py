"""The audible and visible cue that something was refused."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget


class Cues(QObject):
    """Plays the error cue; tests count `error_played`."""

    error_played = Signal()

    def error(self, widget: QWidget | None = None) -> None:
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

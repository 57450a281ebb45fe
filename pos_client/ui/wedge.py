"""The keyboard-wedge scanner: a fast burst of keys ending in Enter.

A USB scanner types like a keyboard, only much faster (a few ms between
keys). This application-wide event filter holds printable keys for a few
milliseconds; if they keep coming at scanner speed and end with Enter,
the whole burst is taken as one scan and emitted as `scanned`, wherever
the focus was, and nothing reaches the focused widget. If the burst stops
(a person typing), the held keys are replayed to the widget they were
meant for, in order, so typing works as usual.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

MAX_GAP_MS = 35
"""Keys closer than this are a scanner; people type at 80 ms and more."""
MIN_LENGTH = 6
"""Shorter bursts are people (a 4-digit PIN typed fast); codes are 8+ chars."""


class WedgeScanner(QObject):
    scanned = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        max_gap_ms: int = MAX_GAP_MS,
        min_length: int = MIN_LENGTH,
    ) -> None:
        super().__init__(parent)
        self._max_gap = max_gap_ms / 1000
        self._min_length = min_length
        self._held: list[tuple[QWidget, QKeyEvent]] = []
        self._last = 0.0
        self._replaying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._replay)
        self.enabled = True

    def install(self, app: QApplication) -> None:
        app.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if self._replaying or not self.enabled or event.type() != QEvent.Type.KeyPress:
            return False
        focus = QApplication.focusWidget()
        if focus is None or obj is not focus:
            return False
        assert isinstance(event, QKeyEvent)
        now = time.monotonic()
        fast = bool(self._held) and now - self._last <= self._max_gap
        key = event.key()
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and fast and len(self._held) >= self._min_length:
            code = "".join(e.text() for _, e in self._held)
            self._held.clear()
            self._timer.stop()
            self.scanned.emit(code)
            return True
        text = event.text()
        printable = (
            bool(text)
            and text.isprintable()
            and not (
                event.modifiers()
                & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
            )
        )
        if not printable:
            self._replay()
            return False
        if self._held and not fast:
            self._replay()
        self._held.append((focus, QKeyEvent(event.type(), key, event.modifiers(), text)))
        self._last = now
        self._timer.start(int(self._max_gap * 1000) + 5)
        return True

    def _replay(self) -> None:
        """Give held keys back to their widgets: it was a person typing."""
        self._timer.stop()
        held, self._held = self._held, []
        self._replaying = True
        try:
            for widget, event in held:
                QApplication.sendEvent(widget, event)
        finally:
            self._replaying = False

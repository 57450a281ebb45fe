"""Small parts of the advisor's screens: big toggles and buttons a pen taps, named labels.

A pen's tap reaches a widget as tablet events first; left alone, Qt turns
them into a mouse click only after the platform's mouse emulation, which
some drivers hold back (Windows turns a pen held still into a right
click). `PenButton` acts on the pen's own press and release instead, so a
tap is a tap whatever the driver does; a finger and a mouse work as usual.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QTabletEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)


def label(text: str = "", name: str = "", *, wrap: bool = False) -> QLabel:
    """A label with the object name the style sheet knows it by (`fieldCaption`...)."""
    widget = QLabel(text)
    if name:
        widget.setObjectName(name)
    widget.setWordWrap(wrap)
    return widget


class PenButton(QPushButton):
    """A push button that a pen presses on touch and clicks on lift, inside the button."""

    def __init__(
        self,
        text: str = "",
        parent: QWidget | None = None,
        *,
        object_name: str = "toolButton",
        checkable: bool = False,
    ) -> None:
        super().__init__(text, parent)
        self.setObjectName(object_name)
        self.setCheckable(checkable)
        self.setAutoDefault(False)
        self._pen_down = False

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        inside = self.rect().contains(event.position().toPoint())
        if kind == QEvent.Type.TabletPress and event.button() == Qt.MouseButton.LeftButton:
            if not self.isEnabled():
                event.ignore()
                return
            self._pen_down = True
            if self.focusPolicy() & Qt.FocusPolicy.ClickFocus:
                self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.setDown(True)
            event.accept()
        elif kind == QEvent.Type.TabletMove and self._pen_down:
            self.setDown(inside)  # sliding off the button cancels, as with a finger
            event.accept()
        elif kind == QEvent.Type.TabletRelease and self._pen_down:
            self._pen_down = False
            self.setDown(False)
            if inside and self.isEnabled():
                self.click()
            event.accept()
        else:
            event.ignore()  # hovering, the barrel button: Qt's usual handling


class Choices(QWidget):
    """A grid of big toggles over fixed codes: one at most (`exclusive`) or several.

    An exclusive choice that is `clearable` is cleared by tapping the chosen
    toggle again; one that is not (a required choice) stays chosen.
    `changed` is emitted for the advisor's taps, not for `set_value(s)`.
    """

    changed = Signal()

    def __init__(
        self,
        options: Sequence[tuple[str, str]],
        *,
        columns: int,
        exclusive: bool,
        clearable: bool = True,
        tooltips: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._exclusive = exclusive
        self._clearable = clearable
        self.buttons: dict[str, PenButton] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(8)
        for index, (code, text) in enumerate(options):
            button = PenButton(text, object_name="choiceButton", checkable=True)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setAccessibleName(text)
            if tooltips and code in tooltips:
                button.setToolTip(tooltips[code])
            button.clicked.connect(lambda checked, c=code: self._on_button_clicked(c, checked))
            self.buttons[code] = button
            grid.addWidget(button, index // columns, index % columns)
        for column in range(columns):
            grid.setColumnStretch(column, 1)

    def value(self) -> str | None:
        """The chosen code of an exclusive choice, or None."""
        return next((code for code, b in self.buttons.items() if b.isChecked()), None)

    def values(self) -> tuple[str, ...]:
        """The chosen codes, in the order the options are shown."""
        return tuple(code for code, b in self.buttons.items() if b.isChecked())

    def set_value(self, code: str | None) -> None:
        self.set_values(() if code is None else (code,))

    def set_values(self, codes: Iterable[str]) -> None:
        chosen = set(codes)
        for code, button in self.buttons.items():
            button.setChecked(code in chosen)

    def _on_button_clicked(self, code: str, checked: bool) -> None:
        if self._exclusive:
            if checked:
                for other, button in self.buttons.items():
                    if other != code:
                        button.setChecked(False)
            elif not self._clearable:
                self.buttons[code].setChecked(True)  # a required choice is changed, not cleared
                return
        self.changed.emit()


def touch_scroll_page(owner: QWidget, page: QWidget) -> QScrollArea:
    """Put `page` in a frameless vertical scroll area filling `owner`, scrolled by touch.

    The advisor's forms fit a 1200×760 tablet as they are; a larger font or a
    longer language scrolls instead of clipping.
    """
    scroll = QScrollArea()
    scroll.setObjectName("formScroll")
    scroll.setWidget(page)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    QScroller.grabGesture(scroll.viewport(), QScroller.ScrollerGestureType.TouchGesture)
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(scroll)
    return scroll

"""Asking before something that cannot be taken back, without blocking the event loop."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget


def ask(
    parent: QWidget, *, title: str, text: str, yes: str, no: str, on_yes: Callable[[], None]
) -> QMessageBox:
    """Show a question whose safe answer ("no") is the default; call `on_yes` if confirmed.

    The box is window-modal and opened, not executed: the caller keeps it
    (tests press its buttons) and nothing waits in a nested event loop.
    """
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton)
    box.setParent(parent, box.windowFlags())
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)

    def on_finished(_result: int) -> None:
        if box.clickedButton() is yes_button:
            on_yes()
        box.deleteLater()

    box.finished.connect(on_finished)
    box.open()
    return box

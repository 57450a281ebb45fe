"""A line beside the buttons that says how an action went: a notice, or a problem."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


class NoteLabel(QLabel):
    """Word-wrapped; hidden while empty; a problem is drawn red (`problem` property)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="noteLabel")
        self.setWordWrap(True)
        self.setProperty("problem", False)
        self.hide()

    def say(self, text: str, *, problem: bool = False) -> None:
        self.setText(text)
        self.setVisible(bool(text))
        if self.property("problem") != problem:
            self.setProperty("problem", problem)
            self.style().unpolish(self)
            self.style().polish(self)

    def say_problem(self, text: str) -> None:
        self.say(text, problem=True)

    def clear(self) -> None:
        self.say("")

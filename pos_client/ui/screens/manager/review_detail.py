"""The chosen review entry, in detail: its facts, the decisions that fit it, an answer box.

The panel only shows: a decision's button says `action_chosen`, the answer's
button `answer_requested`, and the dialog asks, records and reloads.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from loyalty_core.wire import SettleAction
from pos_client.services import review
from pos_client.services.review import ReviewEntry
from pos_client.ui.screens.manager.review_texts import ReviewTexts, local_time

ACTION_ORDER = (
    SettleAction.RECOVER,
    SettleAction.WRITE_OFF,
    SettleAction.RESENT,
    SettleAction.VOID,
    SettleAction.MERGE,
    SettleAction.NOT_DUPLICATE,
    SettleAction.CHECKED,
)
ACTION_WIDTH = 280
"""The decisions' buttons: one column of one width, their hints beside."""


class ReviewDetailPanel(QScrollArea):
    """One entry's facts and decisions; `action_chosen(SettleAction)`, `answer_requested()`."""

    action_chosen = Signal(object)  # SettleAction
    answer_requested = Signal()

    def __init__(self, texts: ReviewTexts, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="formScroll")
        self._texts = texts
        self.shown_key: str | None = None
        self.card = QFrame(objectName="customerCard")
        self.kind_title = QLabel(objectName="customerName", wordWrap=True)
        self.when_label = QLabel(objectName="hintLabel")
        self.nothing = QLabel(self.tr("Elija un caso de la lista."), objectName="hintLabel")
        column = QVBoxLayout(self.card)
        column.addWidget(self.kind_title)
        column.addWidget(self.when_label)
        column.addWidget(self.nothing)
        column.addLayout(self._facts())
        column.addSpacing(8)
        self._add_decisions(column)
        self._add_answer(column)
        column.addStretch(1)
        self.setWidget(self.card)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(440)

    # -- building ------------------------------------------------------------------
    def _facts(self) -> QGridLayout:
        facts = QGridLayout()
        facts.setColumnStretch(1, 1)
        self.facts: dict[str, tuple[QLabel, QLabel]] = {}
        for row, (key, caption) in enumerate(
            (
                ("subject", self.tr("Sobre")),
                ("customer", self.tr("Cliente")),
                ("reason", self.tr("Motivo")),
                ("detail", self.tr("Detalle")),
            )
        ):
            name = QLabel(caption, objectName="fieldCaption")
            value = QLabel(wordWrap=True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            facts.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            facts.addWidget(value, row, 1)
            self.facts[key] = (name, value)
        return facts

    def _add_decisions(self, column: QVBoxLayout) -> None:
        self.decision_title = QLabel(self.tr("Decisión"), objectName="sectionTitle")
        self.action_buttons: dict[SettleAction, QPushButton] = {}
        self.action_rows: dict[SettleAction, QWidget] = {}
        actions = QVBoxLayout()
        actions.setSpacing(6)
        for action in ACTION_ORDER:
            holder = QWidget()
            line = QHBoxLayout(holder)
            line.setContentsMargins(0, 0, 0, 0)
            button = QPushButton(self._texts.action_name(action), objectName="actionButton")
            button.setFixedWidth(ACTION_WIDTH)
            button.clicked.connect(lambda _checked=False, a=action: self.action_chosen.emit(a))
            hint = QLabel(self._texts.action_hint(action), objectName="hintLabel", wordWrap=True)
            line.addWidget(button)
            line.addWidget(hint, 1)
            actions.addWidget(holder)
            self.action_buttons[action] = button
            self.action_rows[action] = holder
        self.note_caption = QLabel(
            self.tr("Nota para la central (opcional)"), objectName="fieldCaption"
        )
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Por qué se decide así…"))
        self.note.setMaxLength(500)
        column.addWidget(self.decision_title)
        column.addLayout(actions)
        column.addWidget(self.note_caption)
        column.addWidget(self.note)

    def _add_answer(self, column: QVBoxLayout) -> None:
        self.answer_title = QLabel(self.tr("Respuesta a la central"), objectName="sectionTitle")
        self.answer = QPlainTextEdit(objectName="notesEdit")
        self.answer.setPlaceholderText(self.tr("Escriba lo que la central ha preguntado…"))
        self.answer.setMinimumHeight(110)
        self.answer_button = QPushButton(self.tr("Enviar respuesta"), objectName="primaryButton")
        self.answer_button.clicked.connect(self.answer_requested)
        column.addWidget(self.answer_title)
        column.addWidget(self.answer)
        column.addWidget(self.answer_button, 0, Qt.AlignmentFlag.AlignRight)

    # -- showing -------------------------------------------------------------------
    def show_entry(
        self, entry: ReviewEntry | None, *, names: Mapping[uuid.UUID, str], may_decide: bool
    ) -> None:
        """Show an entry (None: nothing chosen); the decisions are enabled for a manager."""
        key = entry.key if entry is not None else None
        if key != self.shown_key:
            self.note.clear()  # a note is for the case it was written on
            self.answer.clear()
        self.shown_key = key
        chosen = entry is not None
        self.nothing.setVisible(not chosen)
        for widget in (self.kind_title, self.when_label):
            widget.setVisible(chosen)
        if entry is None:
            self._show_nothing()
            return
        texts = self._texts
        self.kind_title.setText(texts.kind_name(entry.kind))
        self.when_label.setText(local_time(entry))
        subject = texts.subject_text(entry, names)
        about_customer = entry.customer_id is not None and subject == names.get(entry.customer_id)
        self.set_fact("subject", "" if subject == "—" or about_customer else subject)
        self.set_fact("reason", texts.long_reason(entry))
        self.set_fact("detail", texts.detail_text(entry))
        self.set_fact("customer", "")  # the dialog fills it in once the card is read
        self.decision_title.setVisible(bool(entry.actions))
        for action, row in self.action_rows.items():
            row.setVisible(action in entry.actions)
            self.action_buttons[action].setEnabled(may_decide)
        for widget in (self.note_caption, self.note):
            widget.setVisible(bool(entry.actions) and may_decide)
        incident = entry.kind == review.INCIDENT
        for widget in (self.answer_title, self.answer, self.answer_button):
            widget.setVisible(incident)
        self.answer.setReadOnly(not may_decide)
        self.answer_button.setEnabled(may_decide)

    def _show_nothing(self) -> None:
        for name, value in self.facts.values():
            name.hide()
            value.hide()
        hidden = (self.decision_title, self.note_caption, self.note)
        for widget in (*hidden, self.answer_title, self.answer, self.answer_button):
            widget.hide()
        for row in self.action_rows.values():
            row.hide()

    def set_fact(self, key: str, text: str) -> None:
        """One fact's text; an empty one hides the fact and its caption."""
        name, value = self.facts[key]
        value.setText(text)
        name.setVisible(bool(text))
        value.setVisible(bool(text))

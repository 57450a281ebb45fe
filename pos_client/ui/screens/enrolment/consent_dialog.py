"""The consent form the customer reads, ticks and signs on the tablet.

The text is the customer's language (the registration's), whatever the
counter's; each purpose is a large box, never ticked beforehand, with its
full text under it. "Firmar y aceptar" is enabled once every required
purpose is ticked (the club's terms at enrolment), at least one is, and
the pad holds ink; on press the signature is checked and `finish` is
called with the signed consent (`enrolment.prepare` at enrolment): what
they refuse is said in place and nothing closes. The dialog is reused when
the assistant goes back to the form, so ticks and signature are not lost.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from loyalty_core.consent import PURPOSES, ConsentText, Purpose
from loyalty_core.errors import UserFacingError
from loyalty_core.signature import check_signature
from pos_client.context import AppContext
from pos_client.services.consents import SignedConsent
from pos_client.ui.errors import message_for
from pos_client.ui.screens.enrolment.labels import language_name
from pos_client.ui.widgets.signature_pad import SignaturePad

SIGNATURE_COLUMN = 540
"""Pixels: the pad's 480 minimum and its margins."""
TABLET = QSize(1200, 760)
"""The size without a window to cover (the form shown on its own)."""


class _TapLabel(QLabel):
    """A label that ticks its box when tapped, as the box itself does."""

    tapped = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.tapped.emit()
        super().mouseReleaseEvent(event)


class PurposeChoice(QFrame):
    """One purpose: a large box, its label (tap to tick) and its full text."""

    toggled = Signal(bool)

    def __init__(self, label: str, text: str, *, required_note: str = "") -> None:
        super().__init__(objectName="purposeChoice")
        self.box = QCheckBox(objectName="purposeBox")
        self.box.setAccessibleName(label)
        self.box.toggled.connect(self._on_box_toggled)
        self.label = _TapLabel(label, objectName="purposeLabel")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.tapped.connect(self.box.toggle)
        body = QLabel(text, objectName="purposeText")
        body.setWordWrap(True)
        body.setTextFormat(Qt.TextFormat.PlainText)
        head = QHBoxLayout()
        head.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.label, 1)
        if required_note:
            tag = QLabel(required_note, objectName="requiredTag")
            head.addWidget(tag, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(body)

    def _on_box_toggled(self, on: bool) -> None:
        self.setProperty("ticked", on)
        self.style().unpolish(self)
        self.style().polish(self)
        self.toggled.emit(on)


class ConsentDialog(QDialog):
    """Read, tick, sign; `result_value` is what `finish` returned, once accepted."""

    def __init__(
        self,
        ctx: AppContext,
        text: ConsentText,
        signer: str,
        *,
        finish: Callable[[SignedConsent], object],
        purposes: Sequence[Purpose] = PURPOSES,
        required: Collection[Purpose] = (Purpose.CLUB,),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.text = text
        self._finish = finish
        self._required = frozenset(required)
        self.result_value: object = None
        self.setWindowTitle(self.tr("Consentimiento"))
        title = QLabel(text.title, objectName="consentTitle")
        title.setWordWrap(True)
        version = QLabel(
            self.tr("Texto versión {v} · {language}").format(
                v=text.version, language=language_name(text.language)
            ),
            objectName="hintLabel",
        )
        self.choices: dict[Purpose, PurposeChoice] = {}
        reading = QVBoxLayout()
        reading.setSpacing(10)
        for part, name in ((text.controller, "consentSmall"), (text.intro, "consentText")):
            reading.addWidget(_paragraphs(part, name))
        for purpose in purposes:
            wording = text.purposes[purpose]
            choice = PurposeChoice(
                wording.label,
                wording.text,
                required_note=self.tr("Obligatorio para ser socio/a")
                if purpose in self._required
                else "",
            )
            choice.toggled.connect(lambda _on: self._update())
            self.choices[purpose] = choice
            reading.addWidget(choice)
        reading.addWidget(_paragraphs(text.rights, "consentSmall"))
        reading.addStretch(1)
        holder = QWidget(objectName="consentPage")
        holder.setLayout(reading)
        self.scroll = QScrollArea(objectName="consentScroll")
        self.scroll.setWidget(holder)
        # The customer reads with a finger: a swipe scrolls (a tap still ticks a box).
        QScroller.grabGesture(self.scroll.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.signer = QLabel(self.tr("Firma de {name}").format(name=signer), objectName="signer")
        self.signer.setWordWrap(True)
        self.pad = SignaturePad()
        self.pad.changed.connect(lambda _ink: self._update())
        self.clear_button = QPushButton(self.tr("Borrar"), objectName="actionButton")
        self.undo_button = QPushButton(self.tr("Deshacer trazo"), objectName="actionButton")
        self.clear_button.clicked.connect(self._on_clear_clicked)
        self.undo_button.clicked.connect(self.pad.undo_stroke)
        self.needed = QLabel(objectName="hintLabel")
        self.needed.setWordWrap(True)
        self.error = QLabel(objectName="errorLabel")
        self.error.setWordWrap(True)
        self.sign_button = QPushButton(self.tr("Firmar y aceptar"), objectName="payButton")
        self.sign_button.clicked.connect(self._on_sign_clicked)
        back = QPushButton(self.tr("Volver"))
        back.clicked.connect(self.reject)
        for button in (self.clear_button, self.undo_button, self.sign_button, back):
            button.setAutoDefault(False)
        pad_buttons = QHBoxLayout()
        pad_buttons.addWidget(self.clear_button)
        pad_buttons.addWidget(self.undo_button)
        signing = QVBoxLayout()
        signing.addWidget(self.signer)
        signing.addWidget(self.pad, 1)
        signing.addLayout(pad_buttons)
        signing.addWidget(self.needed)
        signing.addWidget(self.error)
        signing.addWidget(self.sign_button)
        signing.addWidget(back)
        side = QWidget()
        side.setLayout(signing)
        side.setFixedWidth(SIGNATURE_COLUMN)

        columns = QHBoxLayout()
        columns.addWidget(self.scroll, 1)
        columns.addWidget(side)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(version)
        layout.addLayout(columns, 1)
        self.resize(_main_window_size(parent))
        self._update()

    def set_signer(self, name: str) -> None:
        """The registration was corrected: show the name as it is now."""
        self.signer.setText(self.tr("Firma de {name}").format(name=name))

    def chosen(self) -> dict[Purpose, bool]:
        return {purpose: choice.box.isChecked() for purpose, choice in self.choices.items()}

    def _update(self) -> None:
        chosen = self.chosen()
        missing = []
        if not all(chosen[p] for p in self._required):
            missing.append(self.tr("marcar las condiciones del club"))
        elif not any(chosen.values()):
            missing.append(self.tr("marcar lo que acepta"))
        if not self.pad.has_ink():
            missing.append(self.tr("firmar en el recuadro"))
        self.needed.setText(
            self.tr("Para aceptar falta: {what}.").format(what=", ".join(missing))
            if missing
            else ""
        )
        self.sign_button.setEnabled(not missing)
        if not missing:
            self.error.clear()

    def _on_clear_clicked(self) -> None:
        self.pad.clear()
        self.error.clear()

    def _on_sign_clicked(self) -> None:
        signature = self.pad.signature()
        consent = SignedConsent(self.text, self.chosen(), signature, self._ctx.now())
        try:
            check_signature(signature)
            self.result_value = self._finish(consent)
        except UserFacingError as exc:
            self.error.setText(message_for(exc) or "")
            self._ctx.cues.error(self.sign_button)
            return
        self.accept()


def _main_window_size(parent: QWidget | None) -> QSize:
    """The size of the window the dialog covers: the app's, even when opened over a dialog."""
    if parent is None:
        return TABLET
    while parent.parentWidget() is not None:
        parent = parent.parentWidget()
    return parent.window().size()


def _paragraphs(text: str, name: str) -> QLabel:
    label = QLabel(text, objectName=name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label

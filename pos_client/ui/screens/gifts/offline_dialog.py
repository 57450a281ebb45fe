"""No answer from head office: what the store's offline caps allow, and the manager's choice.

A refusal (too few points, a customer found by a name search, an overdraft
under review) means the gift stays in the store: only "No entregar" is
offered. Over a cap (per redemption, per customer, the tablet's budget, a
balance not confirmed lately) the manager may still hand it over with a
reason of at least five characters, sent to head office with it. Within
the caps the gift may be handed over as it is. Not handing it over (or
closing the dialog) leaves the request for the sync to settle with head
office, which gives the points back if they were taken.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QFrame, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from loyalty_core.offline_caps import OfflineCaps
from pos_client.context import AppContext
from pos_client.services import gifts
from pos_client.services.staff import StaffMember
from pos_client.ui import gift_ops
from pos_client.ui.screens.advisor.parts import PenButton
from pos_client.ui.screens.gifts import REASON_MIN, GiftTexts
from pos_client.ui.widgets.note import NoteLabel


class OfflineDialog(QDialog):
    """`delivered(Done, reason or None)` when handed over; `gave_up()` when not."""

    delivered = Signal(object, object)
    gave_up = Signal()

    def __init__(
        self,
        ctx: AppContext,
        *,
        pending: gifts.NoAnswer,
        approver: StaffMember,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.pending = pending
        self.approver = approver
        self.decision = pending.decision
        self.texts = GiftTexts(self)
        self._settled = False
        payload = pending.asking.payload
        self.setWindowTitle(self.tr("Sin conexión con la central"))
        title = QLabel(self.tr("Sin conexión con la central"), objectName="dialogTitle")
        intro = QLabel(
            self.tr(
                "No se ha podido confirmar con la central el canje de «{gift}» ({points}). "
                "Esto es lo que permiten los límites sin conexión de la tienda:"
            ).format(gift=payload.gift_name, points=self.texts.points(payload.points)),
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)

        self.refusal_labels = [
            _bullet(self.texts.refusal(r), "errorLabel") for r in self.decision.refusals
        ]
        if self.refusal_labels:
            layout.addWidget(
                _box(self.tr("No se puede entregar sin conexión"), self.refusal_labels)
            )
        self.cap_labels = [
            _bullet(self.texts.cap(c, None), "duplicateReasons") for c in self.decision.caps
        ]
        self.reason = QLineEdit(objectName="bigField")
        self.reason.setPlaceholderText(self.tr("Motivo del encargado"))
        self.reason.setMaxLength(300)
        self.reason.textChanged.connect(self._update)
        self.reason_hint = QLabel(objectName="hintLabel")
        self.reason_hint.setWordWrap(True)
        if self.decision.caps and not self.decision.refusals:
            approve = QLabel(
                self.tr(
                    "Un encargado ({name}) puede entregarlo igualmente: escriba el motivo, "
                    "que se envía a la central con el canje."
                ).format(name=approver.name)
            )
            approve.setWordWrap(True)
            layout.addWidget(
                _box(
                    self.tr("Supera los límites sin conexión"),
                    [*self.cap_labels, approve, self.reason, self.reason_hint],
                )
            )
        elif self.decision.caps:
            layout.addWidget(_box(self.tr("Supera los límites sin conexión"), self.cap_labels))
        if self.decision.allowed:
            within = _bullet(
                self.tr(
                    "Está dentro de los límites de la tienda: se puede entregar ahora. "
                    "El canje se confirmará con la central cuando vuelva la conexión."
                ),
                "noticeLabel",
            )
            layout.addWidget(_box(self.tr("Se puede entregar sin conexión"), [within]))
        self.reason.setVisible(self.decision.needs_manager)
        self.reason_hint.setVisible(self.decision.needs_manager)

        self.note = NoteLabel()
        self.keep_button = PenButton(self.tr("No entregar"), object_name="actionButton")
        self.keep_button.setMinimumWidth(200)
        self.keep_button.clicked.connect(self.keep_gift)
        self.deliver_button = PenButton(
            self.tr("Entregar sin conexión"), object_name="primaryButton"
        )
        self.deliver_button.clicked.connect(self.deliver)
        self.deliver_button.setVisible(not self.decision.refusals)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addStretch(1)
        buttons.addWidget(self.deliver_button)
        keep_hint = QLabel(
            self.tr(
                "Si no se entrega, la aplicación lo consultará con la central y devolverá los "
                "puntos si llegaron a descontarse."
            ),
            objectName="hintLabel",
        )
        keep_hint.setWordWrap(True)
        layout.addStretch(1)
        layout.addWidget(keep_hint)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.setMinimumWidth(720)
        self._update()
        gift_ops.load_offline_caps(ctx, success=self._show_caps, failure=lambda _e: None)
        if self.decision.needs_manager:
            self.reason.setFocus()

    def _show_caps(self, caps: OfflineCaps) -> None:
        for label, cap in zip(self.cap_labels, self.decision.caps, strict=True):
            label.setText("• " + self.texts.cap(cap, caps))

    def reason_text(self) -> str:
        return self.reason.text().strip()

    def _update(self) -> None:
        if self.decision.refusals:
            self.deliver_button.setEnabled(False)
            return
        if not self.decision.needs_manager:
            self.deliver_button.setEnabled(True)
            return
        missing = REASON_MIN - len(self.reason_text())
        self.deliver_button.setEnabled(missing <= 0)
        self.reason_hint.setText(
            self.tr("Escriba al menos %n carácter(es) más.", "", missing)
            if missing > 0
            else self.tr("Se entregará con este motivo, aprobado por {name}.").format(
                name=self.approver.name
            )
        )

    # -- the manager's choice -----------------------------------------------------------
    def deliver(self) -> None:
        if not self.deliver_button.isEnabled() or self._settled:
            return
        self.deliver_button.setEnabled(False)
        reason = self.reason_text() if self.decision.needs_manager else ""
        gift_ops.redeem_offline(
            self._ctx,
            pending=self.pending,
            approver=self.approver,
            reason=reason,
            success=lambda done: self._on_delivered(done, reason),
            failure=self._fail,
        )

    def _on_delivered(self, done: gifts.Done, reason: str) -> None:
        self._settled = True
        self.accept()
        self.delivered.emit(done, reason or None)

    def keep_gift(self) -> None:
        """Not handed over: the sync settles the request with head office."""
        if self._settled:
            return
        self.keep_button.setEnabled(False)
        gift_ops.give_up(self._ctx, pending=self.pending, success=self._on_kept, failure=self._fail)

    def _on_kept(self, _result: object) -> None:
        self._settled = True
        super().reject()
        self.gave_up.emit()

    def reject(self) -> None:
        """Esc or the window's close button: the gift is not handed over."""
        if self._settled:
            super().reject()
        else:
            self.keep_gift()

    def _fail(self, exc: BaseException) -> None:
        self.keep_button.setEnabled(True)
        self._update()
        self.note.say_problem(self.texts.error(exc))
        self._ctx.cues.error()


def _bullet(text: str, name: str) -> QLabel:
    label = QLabel("• " + text, objectName=name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _box(title: str, widgets: Sequence[QWidget]) -> QFrame:
    box = QFrame(objectName="customerCard")
    layout = QVBoxLayout(box)
    layout.addWidget(QLabel(title, objectName="sectionTitle"))
    for widget in widgets:
        layout.addWidget(widget)
    return box

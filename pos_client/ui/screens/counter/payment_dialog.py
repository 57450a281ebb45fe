"""Taking payment: card, cash with change, or both.

A sale without a customer offers "Dar de alta en el club" (the counter runs
the enrolment and comes back here, to the same amounts): enrolling at
payment, the second of the two orders a visit can take.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from loyalty_core.errors import UserFacingError
from loyalty_core.money import format_euros, parse_euros
from pos_client.services.sales import PaymentInput, split_payment
from pos_client.ui.errors import message_for

QUICK_NOTES = (500, 1000, 2000, 5000, 10000)


class PaymentDialog(QDialog):
    """Ask how the customer pays; `payment` is set when accepted."""

    enrol_requested = Signal()

    def __init__(
        self, total_cents: int, parent: QWidget | None = None, *, offer_enrolment: bool = False
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cobrar"))
        self.setMinimumWidth(480)
        self.total_cents = total_cents
        self.payment: PaymentInput | None = None
        total = QLabel(
            self.tr("Total a cobrar: {t}").format(t=format_euros(total_cents)),
            objectName="totalLabel",
        )
        self.card = QLineEdit(objectName="bigField")
        self.card.setPlaceholderText("0,00")
        self.cash = QLineEdit(objectName="bigField")
        self.cash.setPlaceholderText("0,00")
        self.change = QLabel(objectName="changeLabel")
        self.error = QLabel(objectName="errorLabel")
        self.error.setWordWrap(True)
        for field in (self.card, self.cash):
            field.textChanged.connect(self._update)
            field.setAlignment(Qt.AlignmentFlag.AlignRight)

        all_card = QPushButton(self.tr("Todo con tarjeta"), objectName="actionButton")
        all_card.clicked.connect(self._on_all_card_clicked)
        exact = QPushButton(self.tr("Efectivo exacto"), objectName="actionButton")
        exact.clicked.connect(self._on_exact_clicked)
        notes = QHBoxLayout()
        for cents in QUICK_NOTES:
            button = QPushButton(format_euros(cents), objectName="keypadButton")
            button.clicked.connect(lambda _=False, c=cents: self._on_note_clicked(c))
            notes.addWidget(button)
        self.confirm = QPushButton(self.tr("Confirmar cobro"), objectName="payButton")
        self.confirm.setDefault(True)
        self.confirm.clicked.connect(self._on_confirm_clicked)
        cancel = QPushButton(self.tr("Volver"))
        cancel.clicked.connect(self.reject)
        self.enrol_button = QPushButton(
            self.tr("Dar de alta en el club"), objectName="actionButton"
        )
        self.enrol_button.setAutoDefault(False)
        self.enrol_button.setToolTip(
            self.tr("Registrar al cliente y darle de alta: los puntos de esta compra serán suyos")
        )
        self.enrol_button.clicked.connect(self.enrol_requested)
        self.enrol_button.setVisible(offer_enrolment)
        self.member = QLabel(objectName="pointsLabel")
        self.member.setWordWrap(True)
        self.member.hide()

        form = QGridLayout()
        form.addWidget(QLabel(self.tr("Tarjeta (€)")), 0, 0)
        form.addWidget(self.card, 0, 1)
        form.addWidget(all_card, 0, 2)
        form.addWidget(QLabel(self.tr("Efectivo entregado (€)")), 1, 0)
        form.addWidget(self.cash, 1, 1)
        form.addWidget(exact, 1, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(cancel)
        bottom.addWidget(self.confirm, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(total)
        layout.addWidget(self.enrol_button)
        layout.addWidget(self.member)
        layout.addLayout(form)
        layout.addLayout(notes)
        layout.addWidget(self.change)
        layout.addWidget(self.error)
        layout.addLayout(bottom)
        self.cash.setFocus()
        self._update()

    def show_customer(self, text: str) -> None:
        """Who the sale is for now (a new member enrolled here): no more enrolment to offer."""
        self.enrol_button.hide()
        self.member.setText(text)
        self.member.show()
        self.cash.setFocus()

    def _amount(self, field: QLineEdit) -> int:
        return parse_euros(field.text()) if field.text().strip() else 0

    def current(self) -> PaymentInput:
        return PaymentInput(
            card_cents=self._amount(self.card), cash_tendered_cents=self._amount(self.cash)
        )

    def _update(self) -> None:
        try:
            payments = split_payment(self.total_cents, self.current())
        except UserFacingError as exc:
            self.change.clear()
            self.error.setText(message_for(exc) or "")
            self.confirm.setEnabled(False)
            return
        self.error.clear()
        change = sum(p.change_cents or 0 for p in payments)
        self.change.setText(self.tr("Cambio: {c}").format(c=format_euros(change)))
        self.confirm.setEnabled(True)

    def _on_all_card_clicked(self) -> None:
        self.cash.clear()
        self.card.setText(format_euros(self.total_cents).replace(" €", ""))

    def _on_exact_clicked(self) -> None:
        due = self.total_cents - (self._safe(self.card))
        self.cash.setText(format_euros(max(due, 0)).replace(" €", ""))

    def _on_note_clicked(self, cents: int) -> None:
        self.cash.setText(format_euros(self._safe(self.cash) + cents).replace(" €", ""))

    def _safe(self, field: QLineEdit) -> int:
        try:
            return self._amount(field)
        except UserFacingError:
            return 0

    def _on_confirm_clicked(self) -> None:
        try:
            split_payment(self.total_cents, self.current())
        except UserFacingError as exc:
            self.error.setText(message_for(exc) or "")
            return
        self.payment = self.current()
        self.accept()

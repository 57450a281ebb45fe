"""Taking payment: card, cash with change, or both.

A sale without a customer offers "Dar de alta en el club" (the counter runs
the enrolment and comes back here, to the same amounts): enrolling at
payment, the second of the two orders a visit can take.

"¿Viene por una campaña?" lists the campaigns on today (`set_campaigns`),
those targeting the customer first, marked, and the first of them chosen
as a suggestion; the assistant may choose another or "No". `campaign_id`
is the answer, which the counter puts on the cart before the sale.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
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
from pos_client.services.campaigns import CampaignView
from pos_client.services.sales import PaymentInput, split_payment
from pos_client.ui.errors import message_for
from pos_client.ui.screens.advisor.parts import PenButton

QUICK_NOTES = (500, 1000, 2000, 5000, 10000)
NO_CAMPAIGN = "no"
MAX_CAMPAIGNS = 5
"""Campaigns offered at most (targeted first): the dialog still fits a tablet's screen."""


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
        self.campaigns: list[CampaignView] = []
        self.campaign_buttons: dict[str, PenButton] = {}
        self._campaign_touched = False
        self.campaign_box = QFrame(objectName="customerCard")
        self.campaign_grid = QGridLayout()
        self.campaign_grid.setSpacing(8)
        self.campaign_hint = QLabel(objectName="hintLabel")
        self.campaign_hint.setWordWrap(True)
        campaign_layout = QVBoxLayout(self.campaign_box)
        campaign_layout.addWidget(QLabel(self.tr("¿Viene por una campaña?"), objectName="signer"))
        campaign_layout.addLayout(self.campaign_grid)
        campaign_layout.addWidget(self.campaign_hint)
        self.campaign_box.hide()

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
        layout.addWidget(self.campaign_box)
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

    # -- the campaign the visit responds to ---------------------------------------------
    def set_campaigns(self, campaigns: Sequence[CampaignView]) -> None:
        """Offer today's campaigns (targeted first); suggest the first targeted one.

        Called again when the customer changes: the assistant's own choice
        stays if that campaign is still offered.
        """
        kept = self.campaign_id if self._campaign_touched else None
        self.campaigns = list(campaigns)[:MAX_CAMPAIGNS]
        for button in self.campaign_buttons.values():
            self.campaign_grid.removeWidget(button)
            button.deleteLater()
        self.campaign_buttons = {}
        options = [(NO_CAMPAIGN, self.tr("No"))]
        for c in self.campaigns:
            text = c.name
            if c.targeted:
                text += "\n" + self.tr("Dirigida a este cliente")
            options.append((str(c.id), text))
        for index, (code, text) in enumerate(options):
            button = PenButton(text, object_name="choiceButton", checkable=True)
            button.clicked.connect(lambda _c=False, code=code: self._on_campaign_clicked(code))
            self.campaign_buttons[code] = button
            self.campaign_grid.addWidget(button, index // 2, index % 2)
        suggested = next((c.id for c in self.campaigns if c.targeted), None)
        if kept is not None and any(c.id == kept for c in self.campaigns):
            self._choose_campaign(str(kept))
        elif self._campaign_touched and kept is None:
            self._choose_campaign(NO_CAMPAIGN)
        else:
            self._choose_campaign(str(suggested) if suggested else NO_CAMPAIGN)
        self.campaign_box.setVisible(bool(self.campaigns))

    @property
    def campaign_id(self) -> uuid.UUID | None:
        """The campaign chosen (None: "No", or none on today)."""
        for code, button in self.campaign_buttons.items():
            if button.isChecked() and code != NO_CAMPAIGN:
                return uuid.UUID(code)
        return None

    def choose_campaign(self, campaign_id: uuid.UUID | None) -> None:
        """The assistant's choice (None: "No")."""
        self._on_campaign_clicked(str(campaign_id) if campaign_id else NO_CAMPAIGN)

    def _on_campaign_clicked(self, code: str) -> None:
        self._campaign_touched = True
        self._choose_campaign(code)

    def _choose_campaign(self, code: str) -> None:
        for other, button in self.campaign_buttons.items():
            button.setChecked(other == code)
        chosen = next((c for c in self.campaigns if str(c.id) == code), None)
        self.campaign_hint.setText(self._campaign_hint(chosen))

    def _campaign_hint(self, c: CampaignView | None) -> str:
        if c is None:
            return self.tr("La venta no se anotará como respuesta a una campaña.")
        gives = []
        if c.multiplier != 1:
            gives.append(self.tr("puntos ×{m}").format(m=QLocale().toString(float(c.multiplier))))
        if c.bonus_per_unit:
            gives.append(self.tr("+{n} puntos por unidad").format(n=c.bonus_per_unit))
        parts = [
            self.tr("Hasta el {d}").format(d=c.ends_on.strftime("%d/%m/%Y")),
            *gives,
        ]
        text = " · ".join(parts)
        if c.targeted and not self._campaign_touched:
            text = self.tr("Sugerida: está dirigida a este cliente.") + " " + text
        return text + (f"\n«{c.message}»" if c.message else "")

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

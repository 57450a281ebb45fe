"""Small dialogs for a quantity or a discount (percent or amount)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from loyalty_core.cart import Discount
from loyalty_core.errors import InvalidAmount, UserFacingError
from loyalty_core.money import parse_euros
from pos_client.ui.errors import message_for


class DiscountDialog(QDialog):
    """Ask for a discount as a percentage or an amount in euros."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.discount: Discount | None = None
        self.percent = QRadioButton(self.tr("Porcentaje (%)"))
        self.amount = QRadioButton(self.tr("Importe (€)"))
        self.percent.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.percent)
        group.addButton(self.amount)
        self.value = QLineEdit(objectName="bigField")
        self.value.setPlaceholderText(self.tr("0 para quitar el descuento"))
        self.error = QLabel(objectName="errorLabel")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        kinds = QHBoxLayout()
        kinds.addWidget(self.percent)
        kinds.addWidget(self.amount)
        layout = QVBoxLayout(self)
        layout.addLayout(kinds)
        layout.addWidget(self.value)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.value.setFocus()

    def _on_buttons_accepted(self) -> None:
        text = self.value.text().strip()
        try:
            if self.percent.isChecked():
                try:
                    pct = Decimal(text.replace(",", ".").replace("%", "").strip() or "x")
                except InvalidOperation:
                    raise InvalidAmount("bad percent", text=text) from None
                self.discount = Discount.percent(pct) if pct else None
            else:
                cents = parse_euros(text)
                self.discount = Discount.amount(cents) if cents else None
        except UserFacingError as exc:
            self.error.setText(message_for(exc) or "")
            return
        self.accept()

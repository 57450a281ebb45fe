"""The product an incident is about: a line the customer bought, or none.

The customer's latest purchases here are listed; any receipt can be found by
its number or its QR (typed, or scanned while the incident dialog is open),
and a receipt with one line chooses it at once.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_client.context import AppContext
from pos_client.services.incidents import BoughtLine
from pos_client.ui import incident_ops
from pos_client.ui.screens.advisor.parts import PenButton, label

DAY_FORMAT = "%d/%m/%Y"


class BoughtLinePicker(QWidget):
    """The chosen line (`line`, or None) and where to choose it from.

    `receipt_found()` when a receipt looked up was found; `failed(exc)` when
    a lookup failed (the incident dialog says why).
    """

    receipt_found = Signal()
    failed = Signal(object)  # BaseException

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.line: BoughtLine | None = None
        self.chosen = label("", "chosenLine", wrap=True)
        self.unchoose_button = PenButton(self.tr("Quitar"))
        self.unchoose_button.clicked.connect(lambda: self.choose_line(None))
        chosen_row = QHBoxLayout()
        chosen_row.addWidget(self.chosen, 1)
        chosen_row.addWidget(self.unchoose_button)
        self.receipt = QLineEdit()
        self.receipt.setPlaceholderText(self.tr("Nº de ticket, o escanee su QR"))
        self.receipt.returnPressed.connect(lambda: self.find_receipt(self.receipt.text()))
        find = PenButton(self.tr("Buscar"))
        find.clicked.connect(lambda: self.find_receipt(self.receipt.text()))
        search_row = QHBoxLayout()
        search_row.addWidget(self.receipt, 1)
        search_row.addWidget(find)
        self.lines_caption = label("", "hintLabel", wrap=True)
        self.lines = QListWidget()
        self.lines.itemClicked.connect(self._on_lines_item_clicked)
        self.lines.itemActivated.connect(self._on_lines_item_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label(self.tr("Producto comprado (opcional)"), "sectionTitle"))
        layout.addLayout(chosen_row)
        layout.addLayout(search_row)
        layout.addWidget(self.lines_caption)
        layout.addWidget(self.lines, 1)
        self.choose_line(None)

    def load_customer_lines(self, customer_id: uuid.UUID) -> None:
        """List the customer's latest purchases at this store."""
        incident_ops.load_bought_lines(
            self._ctx, customer_id=customer_id, success=self.show_lines, failure=self.failed.emit
        )

    def show_lines(self, lines: list[BoughtLine], *, receipt: str = "") -> None:
        """List lines to choose from: a receipt's (its number given) or the latest purchases."""
        self.lines.clear()
        for line in lines:
            text = self.tr("{name} ×{q}\n{day} · ticket {receipt}").format(
                name=line.product_name,
                q=line.quantity,
                day=line.day.strftime(DAY_FORMAT),
                receipt=line.receipt_number,
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, line)
            self.lines.addItem(item)
        if receipt:
            self.lines_caption.setText(
                self.tr("Líneas del ticket {n}: toque el producto.").format(n=receipt)
            )
        elif lines:
            self.lines_caption.setText(
                self.tr("Sus últimas compras en esta tienda: toque el producto.")
            )
        else:
            self.lines_caption.setText(
                self.tr("No tiene compras en esta tableta: busque el ticket por su número.")
            )

    def find_receipt(self, reference: str) -> None:
        """List a receipt's lines (typed, or its QR scanned while the dialog is open)."""
        if not reference.strip():
            return
        self.receipt.setText(reference.strip())
        incident_ops.find_receipt_lines(
            self._ctx,
            reference=reference,
            success=lambda lines: self._on_receipt_found(lines),
            failure=self.failed.emit,
        )

    def _on_receipt_found(self, lines: list[BoughtLine]) -> None:
        self.receipt_found.emit()
        number = lines[0].receipt_number if lines else self.receipt.text()
        self.show_lines(lines, receipt=number)
        if len(lines) == 1:
            self.choose_line(lines[0])

    def _on_lines_item_clicked(self, item: QListWidgetItem) -> None:
        self.choose_line(item.data(Qt.ItemDataRole.UserRole))

    def choose_line(self, line: BoughtLine | None) -> None:
        """The product the incident is about (None: no product)."""
        self.line = line
        if line is None:
            self.chosen.setText(self.tr("Ningún producto elegido"))
            self.lines.clearSelection()
        else:
            self.chosen.setText(
                self.tr("{name} — ticket {receipt} del {day}").format(
                    name=line.product_name,
                    receipt=line.receipt_number,
                    day=line.day.strftime(DAY_FORMAT),
                )
            )
        self.unchoose_button.setVisible(line is not None)
        if self.chosen.property("empty") != (line is None):
            self.chosen.setProperty("empty", line is None)
            self.chosen.style().unpolish(self.chosen)
            self.chosen.style().polish(self.chosen)

"""The store's customers running out of something this week, for a call or a message.

A reminder is marketing: each customer shows the channels they agreed to
(SMS, e-mail); those who agreed to none are listed for a word at the counter.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from loyalty_core.contact import format_phone
from pos_client.context import AppContext
from pos_client.services.advice import DueCustomer
from pos_client.ui import advisor_ops
from pos_client.ui.errors import message_for


class DueListDialog(QDialog):
    """`customer_chosen(id)` opens that customer's card at the counter."""

    customer_chosen = Signal(object)  # uuid.UUID

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reposiciones de la semana"))
        self.customers: list[DueCustomer] = []
        self.status = QLabel(self.tr("Buscando…"), objectName="hintLabel")
        self.status.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Cliente"), self.tr("Contacto"), self.tr("Se le acaba"), self.tr("Avisar por")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.cellDoubleClicked.connect(self._on_row_chosen)
        open_card = QPushButton(self.tr("Abrir ficha"), objectName="actionButton")
        open_card.clicked.connect(lambda: self._on_row_chosen(self.table.currentRow(), 0))
        close = QPushButton(self.tr("Cerrar"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(close)
        buttons.addStretch(1)
        buttons.addWidget(open_card)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Reposiciones de la semana"), objectName="dialogTitle"))
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(1000, 620)
        advisor_ops.load_due_this_week(ctx, success=self._on_loaded, failure=self._on_failed)

    def _on_loaded(self, customers: list[DueCustomer]) -> None:
        self.customers = customers
        reachable = sum(1 for c in customers if c.channels)
        self.status.setText(
            self.tr(
                "%n cliente(s) con algún producto que se acaba en los próximos 7 días, "
                "{r} de ellos con permiso para recibir avisos. A los demás, dígaselo cuando "
                "vengan.",
                "",
                len(customers),
            ).format(r=reachable)
            if customers
            else self.tr("A nadie se le acaba nada esta semana.")
        )
        self.table.setRowCount(len(customers))
        channel_names = {"sms": self.tr("SMS"), "email": self.tr("e-mail")}
        for row, customer in enumerate(customers):
            contact = "\n".join(
                part
                for part in (
                    format_phone(customer.phone) if customer.phone else "",
                    customer.email or "",
                )
                if part
            )
            products = "\n".join(f"{r.name} · {r.runs_out:%d/%m}" for r in customer.reminders)
            channels = ", ".join(channel_names[c] for c in customer.channels) or self.tr(
                "En tienda"
            )
            for column, text in enumerate((customer.name, contact, products, channels)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, customer.customer_id)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()

    def _on_failed(self, exc: BaseException) -> None:
        self.status.setObjectName("errorLabel")
        self.status.setText(message_for(exc) or "")
        self.status.style().polish(self.status)

    def _on_row_chosen(self, row: int, _column: int) -> None:
        item = self.table.item(row, 0)
        if item is None:
            return
        customer_id = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(customer_id, uuid.UUID):
            self.customer_chosen.emit(customer_id)
            self.accept()

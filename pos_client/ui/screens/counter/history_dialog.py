"""This device's receipts, newest first, to reprint one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from loyalty_core.money import format_euros
from pos_client.context import AppContext
from pos_client.services.receipts import ReceiptSummary
from pos_client.ui import ops


class HistoryDialog(QDialog):
    reprint_requested = Signal(object)  # sale id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Historial de tickets"))
        self.resize(760, 520)
        self.rows: list[ReceiptSummary] = []
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Ticket"), self.tr("Fecha"), self.tr("Cliente"), self.tr("Importe")]
        )
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.doubleClicked.connect(lambda _i: self._on_reprint_clicked())
        reprint = QPushButton(self.tr("Reimprimir"), objectName="actionButton")
        reprint.clicked.connect(self._on_reprint_clicked)
        close = QPushButton(self.tr("Cerrar"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(reprint)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        ops.recent_receipts(ctx, success=self._on_loaded, failure=lambda _e: None)

    def _on_loaded(self, rows: list[ReceiptSummary]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            values = (
                r.receipt_number,
                r.occurred_at.astimezone().strftime("%d/%m/%Y %H:%M"),
                r.customer_name or "—",
                format_euros(r.total_cents),
            )
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(i, col, item)
        if rows:
            self.table.selectRow(0)

    def _on_reprint_clicked(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            self.reprint_requested.emit(self.rows[row].sale_id)
            self.accept()

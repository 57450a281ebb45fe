"""Returns: find the receipt, choose lines and units, refund."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_client.context import AppContext
from pos_client.services.receipts import Receipt
from pos_client.services.returns import ReturnableSale
from pos_client.ui import ops
from pos_client.ui.errors import message_for


class ReturnDialog(QDialog):
    returned = Signal(object)  # Receipt

    def __init__(self, ctx: AppContext, reference: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.sale: ReturnableSale | None = None
        self.setWindowTitle(self.tr("Devolución"))
        self.resize(760, 520)
        self.reference = QLineEdit(objectName="bigField")
        self.reference.setPlaceholderText(self.tr("Escanee el QR del ticket o escriba su número"))
        self.reference.returnPressed.connect(self._on_find_clicked)
        find = QPushButton(self.tr("Buscar"))
        find.clicked.connect(self._on_find_clicked)
        self.info = QLabel()
        self.error = QLabel(objectName="errorLabel")
        self.error.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Producto"), self.tr("Vendidas"), self.tr("Ya devueltas"), self.tr("Devolver")]
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.method = QComboBox()
        self.method.addItem(self.tr("Reembolso en efectivo"), "cash")
        self.method.addItem(self.tr("Reembolso a tarjeta"), "card")
        self.confirm = QPushButton(self.tr("Devolver"), objectName="payButton")
        self.confirm.setEnabled(False)
        self.confirm.clicked.connect(self._on_confirm_clicked)
        cancel = QPushButton(self.tr("Cancelar"))
        cancel.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.reference, 1)
        top.addWidget(find)
        bottom = QHBoxLayout()
        bottom.addWidget(self.method)
        bottom.addStretch(1)
        bottom.addWidget(cancel)
        bottom.addWidget(self.confirm)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.info)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        if reference:
            self.reference.setText(reference)
            self._on_find_clicked()

    def _on_find_clicked(self) -> None:
        ops.find_returnable(
            self._ctx,
            reference=self.reference.text(),
            success=self._on_found,
            failure=self._on_failed,
        )

    def _on_found(self, sale: ReturnableSale) -> None:
        self.sale = sale
        self.error.clear()
        self.info.setText(
            self.tr("Ticket {n} del {d}").format(
                n=sale.receipt_number, d=sale.occurred_at.astimezone().strftime("%d/%m/%Y %H:%M")
            )
        )
        self.table.setRowCount(len(sale.lines))
        self.spins: list[QSpinBox] = []
        for row, line in enumerate(sale.lines):
            self.table.setItem(row, 0, QTableWidgetItem(line.name))
            self.table.setItem(row, 1, QTableWidgetItem(str(line.sold)))
            self.table.setItem(row, 2, QTableWidgetItem(str(line.returned)))
            spin = QSpinBox()
            spin.setRange(0, line.returnable)
            spin.setEnabled(line.returnable > 0)
            self.table.setCellWidget(row, 3, spin)
            self.spins.append(spin)
        self.confirm.setEnabled(any(line.returnable for line in sale.lines))

    def _on_failed(self, exc: BaseException) -> None:
        self.error.setText(message_for(exc) or "")
        self._ctx.cues.error(self.reference)

    def set_quantity(self, row: int, quantity: int) -> None:
        self.spins[row].setValue(quantity)

    def _on_confirm_clicked(self) -> None:
        if self.sale is None:
            return
        quantities = {
            line.line_id: spin.value()
            for line, spin in zip(self.sale.lines, self.spins, strict=True)
            if spin.value()
        }
        if not quantities:
            self.error.setText(self.tr("Indique cuántas unidades se devuelven."))
            return
        self.confirm.setEnabled(False)
        ops.record_return(
            self._ctx,
            sale_id=self.sale.sale_id,
            quantities=quantities,
            refund_method=self.method.currentData(),
            success=self._on_returned,
            failure=self._on_return_failed,
        )

    def _on_returned(self, receipt: Receipt) -> None:
        self.returned.emit(receipt)
        self.accept()

    def _on_return_failed(self, exc: BaseException) -> None:
        self.confirm.setEnabled(True)
        self._on_failed(exc)

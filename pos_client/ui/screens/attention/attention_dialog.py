"""What needs a person: changes the server rejected, and the store's open cases."""

from __future__ import annotations

from PySide6.QtWidgets import (
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

from pos_client.context import AppContext
from pos_client.services.attention import AttentionItem
from pos_client.ui import ops


class AttentionDialog(QDialog):
    """A read-only list; settling the cases comes with the manager's review list."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Necesita atención"))
        self.resize(900, 480)
        self.items: list[AttentionItem] = []
        self.intro = QLabel(
            self.tr(
                "Cambios que el servidor no aceptó (se conservan aquí y no se reenvían) "
                "y casos abiertos de la tienda. La central los revisa."
            ),
            wordWrap=True,
        )
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Fecha"), self.tr("Tipo"), self.tr("Sobre"), self.tr("Motivo")]
        )
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        close = QPushButton(self.tr("Cerrar"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        ops.attention_items(ctx, success=self._on_loaded, failure=lambda _e: None)

    def kind_label(self, kind: str) -> str:
        labels = {
            "rejected_change": self.tr("Cambio rechazado"),
            "overdraft": self.tr("Saldo de puntos en negativo"),
            "flagged_sale": self.tr("Venta a revisar"),
        }
        return labels.get(kind, kind)

    def _on_loaded(self, items: list[AttentionItem]) -> None:
        self.items = items
        self.table.setRowCount(len(items))
        for i, item in enumerate(items):
            values = (
                item.when.astimezone().strftime("%d/%m/%Y %H:%M"),
                self.kind_label(item.kind),
                item.subject or "—",
                item.reason,
            )
            for col, value in enumerate(values):
                self.table.setItem(i, col, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

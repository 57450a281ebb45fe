"""Picking a product from the catalogue by typing part of its name, or scanning it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from loyalty_core.money import format_euros
from pos_client.context import AppContext
from pos_client.services.catalogue import ProductInfo
from pos_client.ui import advisor_ops
from pos_client.ui.errors import message_for

DEBOUNCE_MS = 250


class ProductPicker(QDialog):
    """Search as the advisor types; tapping a product picks it and closes."""

    picked = Signal(object)  # ProductInfo

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._asked = 0
        self.setWindowTitle(title)
        self.search = QLineEdit(objectName="bigField")
        self.search.setPlaceholderText(self.tr("Nombre, marca o código del producto"))
        self.search.setClearButtonEnabled(True)
        self.hint = QLabel(objectName="hintLabel")
        self.hint.setWordWrap(True)
        self.results = QListWidget(objectName="resultsList")
        self.results.itemClicked.connect(self._on_item_chosen)
        self.results.itemActivated.connect(self._on_item_chosen)
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.run_search)
        self.search.textEdited.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self.run_search)
        close = QPushButton(self.tr("Cancelar"))
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(title, objectName="dialogTitle"))
        layout.addWidget(self.search)
        layout.addWidget(self.hint)
        layout.addWidget(self.results, 1)
        layout.addWidget(close)
        self.resize(640, 560)

    def run_search(self) -> None:
        self._debounce.stop()
        text = self.search.text().strip()
        if len(text) < 2:
            self.results.clear()
            self.hint.setText(self.tr("Escriba al menos dos letras o escanee el producto."))
            return
        self._asked += 1
        asked = self._asked
        advisor_ops.search_products(
            self._ctx,
            text=text,
            success=lambda found: self._on_found(asked, found),
            failure=lambda exc: self.hint.setText(message_for(exc) or ""),
        )

    def _on_found(self, asked: int, found: list[ProductInfo]) -> None:
        if asked != self._asked:  # an answer to an older search
            return
        self.results.clear()
        for product in found:
            item = QListWidgetItem(
                f"{product.display_name}  ·  {format_euros(product.price_cents)}"
            )
            item.setData(Qt.ItemDataRole.UserRole, product)
            self.results.addItem(item)
        self.hint.setText("" if found else self.tr("Ningún producto a la venta coincide."))

    def _on_item_chosen(self, item: QListWidgetItem) -> None:
        self.picked.emit(item.data(Qt.ItemDataRole.UserRole))
        self.accept()

"""The cart as a table: product, quantity, price, discount, amount."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from loyalty_core.cart import DiscountKind, PricedCart
from loyalty_core.money import format_euros
from pos_client.services.cart import Cart

Index = QModelIndex | QPersistentModelIndex


class CartTableModel(QAbstractTableModel):
    """Shows a `Cart`; every change to the cart goes through this model."""

    COLUMNS = ("product", "quantity", "price", "discount", "amount")

    def __init__(self, cart: Cart) -> None:
        super().__init__()
        self.cart = cart
        self._priced: PricedCart = cart.priced()
        self._headers = (
            self.tr("Producto"),
            self.tr("Cant."),
            self.tr("Precio"),
            self.tr("Dto."),
            self.tr("Importe"),
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.cart.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        priced = self._priced.lines[index.row()]
        line = priced.line
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "product":
                return f"{line.name}\n{line.code}"
            if column == "quantity":
                return str(line.quantity)
            if column == "price":
                return format_euros(line.unit_price_cents)
            if column == "discount":
                if not priced.line_discount_cents:
                    return ""
                if line.discount and line.discount.kind is DiscountKind.PERCENT:
                    return f"-{line.discount.value.normalize():f} %"
                return "-" + format_euros(priced.line_discount_cents)
            if column == "amount":
                return format_euros(line.gross_cents - priced.line_discount_cents)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != "product":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @property
    def priced(self) -> PricedCart:
        return self._priced

    def refresh(self) -> None:
        """Re-price and redraw after any change to the cart."""
        self.beginResetModel()
        self._priced = self.cart.priced()
        self.endResetModel()

    def append_or_update(self, changed_row: int, previous_rows: int) -> None:
        """Tell views about one line added or changed, without a full reset."""
        self._priced = self.cart.priced()
        if len(self.cart.lines) > previous_rows:
            self.beginInsertRows(QModelIndex(), changed_row, changed_row)
            self.endInsertRows()
        self.dataChanged.emit(
            self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
        )

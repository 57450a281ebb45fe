"""The cart as a table: product, quantity, price, discount, amount."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from loyalty_core.cart import Discount, DiscountKind, PricedCart
from loyalty_core.money import format_euros
from loyalty_core.roles import Role
from pos_client.services.cart import Cart, new_line
from pos_client.services.catalogue import ProductInfo

Index = QModelIndex | QPersistentModelIndex


class CartTableModel(QAbstractTableModel):
    """Shows a `Cart`; every change to the cart goes through this model.

    Qt's model contract: rows are inserted or removed only between
    `begin...Rows` and `end...Rows` (views ask `rowCount` at `begin` and
    expect the old count), and a line changed in place is announced with
    `dataChanged` on its row alone. A refused change (a `UserFacingError`)
    leaves the cart as it was and tells the views nothing.
    """

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

    # -- changes to the cart ------------------------------------------------
    def add_product(self, product: ProductInfo) -> int:
        """Add one unit of a product: one more on its line, or a new row; return the row."""
        row = self.cart.line_for(product)
        if row is not None:
            self.cart.add_product(product)  # refuses past the maximum, unchanged
            self._row_changed(row)
            return row
        line = new_line(product)  # validated before views hear of a new row
        row = len(self.cart.lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self.cart.lines.append(line)
        self._priced = self.cart.priced()
        self.endInsertRows()
        return row

    def set_quantity(self, row: int, quantity: int) -> None:
        """Set a line's units (validated: refused quantities change nothing)."""
        self.cart.set_quantity(row, quantity)
        self._row_changed(row)

    def remove(self, row: int) -> None:
        """Take a line out of the cart."""
        if not 0 <= row < len(self.cart.lines):
            raise IndexError(f"no cart line {row}")
        self.beginRemoveRows(QModelIndex(), row, row)
        self.cart.remove(row)
        self._priced = self.cart.priced()
        self.endRemoveRows()

    def set_line_discount(self, row: int, discount: Discount | None, *, role: Role) -> None:
        """Discount a line, within what `role` may give (else refused, unchanged)."""
        self.cart.set_line_discount(row, discount, role=role)
        self._row_changed(row)

    def set_ticket_discount(self, discount: Discount | None, *, role: Role) -> None:
        """Discount the whole ticket, within what `role` may give (else refused, unchanged)."""
        self.cart.set_ticket_discount(discount, role=role)
        # No row changes: the table shows line discounts, not each line's
        # share of the ticket discount (the totals below it show that).
        self._priced = self.cart.priced()

    def clear(self) -> None:
        """Empty the cart (lines, ticket discount and customer), for the next sale."""
        if not self.cart.lines:
            self.cart.clear()
            self._priced = self.cart.priced()
            return
        self.beginRemoveRows(QModelIndex(), 0, len(self.cart.lines) - 1)
        self.cart.clear()
        self._priced = self.cart.priced()
        self.endRemoveRows()

    def _row_changed(self, row: int) -> None:
        self._priced = self.cart.priced()
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

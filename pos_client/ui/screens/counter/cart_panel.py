"""The sale being rung up: code entry, lines, discounts and totals."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from loyalty_core.errors import UserFacingError
from loyalty_core.money import format_euros
from loyalty_core.points import PointsRule
from loyalty_core.roles import Role
from pos_client.context import AppContext
from pos_client.services.cart import Cart
from pos_client.services.catalogue import ProductInfo
from pos_client.services.enrolment import PendingEnrolment
from pos_client.ui import ops
from pos_client.ui.errors import message_for
from pos_client.ui.screens.counter.cart_table_model import CartTableModel
from pos_client.ui.widgets.amount_dialog import DiscountDialog


class CartPanel(QWidget):
    line_added = Signal(int)  # row
    pay_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.cart = Cart()
        self.points_rule = PointsRule()
        self.model = CartTableModel(self.cart)
        self.code = QLineEdit(objectName="codeField")
        self.code.setPlaceholderText(self.tr("Código de producto (F3) y Intro"))
        self.code.returnPressed.connect(self._on_code_return_pressed)
        add = QPushButton(self.tr("Añadir"))
        add.clicked.connect(self._on_code_return_pressed)
        self.message = QLabel(objectName="errorLabel")
        self.message.setWordWrap(True)
        self.table = QTableView(objectName="cartTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(52)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)

        entry = QHBoxLayout()
        entry.addWidget(self.code, 1)
        entry.addWidget(add)
        buttons = QGridLayout()
        actions = [
            ("−", self.tr("Una unidad menos"), self._on_minus_clicked),
            ("+", self.tr("Una unidad más"), self._on_plus_clicked),
            (self.tr("Cantidad…"), "", self._on_quantity_clicked),
            (self.tr("Dto. línea…"), "", self._on_line_discount_clicked),
            (self.tr("Quitar línea"), "", self._on_remove_clicked),
            (self.tr("Dto. ticket…"), "", self._on_ticket_discount_clicked),
        ]
        self.action_buttons: dict[str, QPushButton] = {}
        for i, (text, tip, slot) in enumerate(actions):
            button = QPushButton(text, objectName="actionButton")
            button.setToolTip(tip)
            button.clicked.connect(slot)
            buttons.addWidget(button, 0, i)
            self.action_buttons[text] = button

        totals = QFrame(objectName="totalsFrame")
        grid = QGridLayout(totals)
        self.subtotal = QLabel()
        self.discounts = QLabel()
        self.vat = QLabel(objectName="vatLabel")
        self.total = QLabel(objectName="totalLabel")
        self.points = QLabel(objectName="pointsLabel")
        for label in (self.subtotal, self.discounts, self.total):
            label.setAlignment(Qt.AlignmentFlag.AlignRight)
        grid.addWidget(QLabel(self.tr("Subtotal")), 0, 0)
        grid.addWidget(self.subtotal, 0, 1)
        grid.addWidget(QLabel(self.tr("Descuentos")), 1, 0)
        grid.addWidget(self.discounts, 1, 1)
        grid.addWidget(self.vat, 2, 0, 1, 2)
        grid.addWidget(QLabel(self.tr("TOTAL"), objectName="totalCaption"), 3, 0)
        grid.addWidget(self.total, 3, 1)
        grid.addWidget(self.points, 4, 0, 1, 2)
        self.pay = QPushButton(self.tr("Cobrar (F9)"), objectName="payButton")
        self.pay.clicked.connect(self.pay_requested)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Venta"), objectName="sectionTitle"))
        layout.addLayout(entry)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(totals)
        layout.addWidget(self.pay)
        self.update_totals()

    # -- adding products -------------------------------------------------
    def add_code(self, code: str) -> None:
        """Look a code up on the store thread and add one unit of it."""
        code = code.strip()
        if not code:
            return
        ops.find_product(self._ctx, code=code, success=self._on_product_found, failure=self._refuse)

    def _on_code_return_pressed(self) -> None:
        code = self.code.text()
        self.code.clear()
        self.add_code(code)

    def _on_product_found(self, product: ProductInfo) -> None:
        try:
            row = self.model.add_product(product)
        except UserFacingError as exc:
            self._refuse(exc)
            return
        self.table.selectRow(row)
        self.message.clear()
        self.update_totals()
        self.line_added.emit(row)

    def _refuse(self, exc: BaseException) -> None:
        self.message.setText(message_for(exc) or "")
        self._ctx.cues.error(self.code)

    # -- editing lines ---------------------------------------------------
    def _selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            return rows[0].row()
        return len(self.cart.lines) - 1 if self.cart.lines else None

    def _edit(self, change: object) -> None:
        """Apply one change through the model; on refusal show why (the cart is unchanged)."""
        row = self._selected_row()
        if row is None:
            return
        try:
            change(row)  # type: ignore[operator]
        except UserFacingError as exc:
            self._refuse(exc)
            return
        self.message.clear()
        if self.cart.lines:
            self.table.selectRow(min(row, len(self.cart.lines) - 1))
        self.update_totals()

    def _on_plus_clicked(self) -> None:
        self._edit(lambda r: self.model.set_quantity(r, self.cart.lines[r].quantity + 1))

    def _on_minus_clicked(self) -> None:
        def minus(r: int) -> None:
            if self.cart.lines[r].quantity == 1:
                self.model.remove(r)
            else:
                self.model.set_quantity(r, self.cart.lines[r].quantity - 1)

        self._edit(minus)

    def _on_quantity_clicked(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        value, ok = QInputDialog.getText(
            self, self.tr("Cantidad"), self.tr("Unidades:"), text=str(self.cart.lines[row].quantity)
        )
        if ok:
            self.set_quantity_text(row, value)

    def set_quantity_text(self, row: int, text: str) -> None:
        """Set a typed quantity; blank, zero, negative or absurd ones are refused."""
        text = text.strip()
        quantity = int(text) if text.lstrip("-").isdigit() else text
        self._edit(lambda _r: self.model.set_quantity(row, quantity))  # type: ignore[arg-type]

    def _on_remove_clicked(self) -> None:
        self._edit(self.model.remove)

    def _on_line_discount_clicked(self) -> None:
        dialog = DiscountDialog(self.tr("Descuento de línea"), self)
        if dialog.exec():
            self._edit(
                lambda r: self.model.set_line_discount(r, dialog.discount, role=self._role())
            )

    def _on_ticket_discount_clicked(self) -> None:
        if not self.cart.lines:
            return
        dialog = DiscountDialog(self.tr("Descuento de ticket"), self)
        if dialog.exec():
            self._edit(
                lambda _r: self.model.set_ticket_discount(dialog.discount, role=self._role())
            )

    def _role(self) -> Role:
        assert self._ctx.staff is not None
        return self._ctx.staff.role

    # -- customer and totals ------------------------------------------------
    def set_customer(self, customer_id: uuid.UUID | None) -> None:
        """Sell to a known customer, or to nobody; a pending enrolment is dropped."""
        self.cart.set_customer(customer_id)
        self.update_totals()

    def enrol(self, pending: PendingEnrolment) -> None:
        """Sell to a new member, enrolled when the sale is finished."""
        self.cart.enrol(pending)
        self.update_totals()

    def clear(self) -> None:
        """Empty the cart for the next sale: lines, discounts, customer, pending enrolment."""
        self.model.clear()
        self.message.clear()
        self.update_totals()

    def update_totals(self) -> None:
        priced = self.model.priced
        self.subtotal.setText(format_euros(priced.gross_cents))
        self.discounts.setText(
            format_euros(-(priced.line_discounts_cents + priced.ticket_discount_cents))
        )
        self.vat.setText(
            "   ".join(
                self.tr("IVA {rate} %: {vat}").format(rate=v.rate, vat=format_euros(v.vat_cents))
                for v in priced.vat
            )
        )
        self.total.setText(format_euros(priced.total_cents))
        earned = sum(p.total for p in self.cart.points(self.points_rule))
        if self.cart.enrolment is not None:
            self.points.setText(
                self.tr("Puntos de esta venta: {n}, para el nuevo socio/a {name}").format(
                    n=earned, name=self.cart.enrolment.name
                )
            )
        elif self.cart.customer_id is None:
            self.points.setText(self.tr("Sin cliente: esta venta no suma puntos"))
        else:
            self.points.setText(self.tr("Puntos de esta venta: {n}").format(n=earned))
        self.pay.setEnabled(bool(self.cart.lines))

"""The store manager's menu: big buttons to the review list, figures, staff, till and gifts.

The review button says how many entries wait, recounted whenever a change
is made here (a decision, a PIN, an import). Each screen opens over the
menu as a window-modal dialog; the gift stock screen belongs to another
part of the app and is reached through a callback, when one is given.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from pos_client.context import AppContext
from pos_client.ui import manager_ops
from pos_client.ui.screens.manager.figures_dialog import FiguresDialog
from pos_client.ui.screens.manager.review_dialog import ReviewDialog
from pos_client.ui.screens.manager.staff_dialog import StaffDialog
from pos_client.ui.screens.manager.till_dialog import TillDialog
from pos_client.ui.signals import Changes


def open_review(ctx: AppContext, parent: QWidget | None = None) -> ReviewDialog:
    """Open the review list over `parent` (the sync status' "needs attention" button).

    The dialog is window-modal, not run in a nested event loop, and deletes itself when
    closed: each opening reads the list afresh.
    """
    dialog = ReviewDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class ManagerMenu(QDialog):
    """The manager's tasks, one big button each; `on_gift_stock` opens the gift stock screen."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        on_gift_stock: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._on_gift_stock = on_gift_stock
        self.waiting: int | None = None
        self.review_dialog: ReviewDialog | None = None
        self.figures_dialog: FiguresDialog | None = None
        self.staff_dialog: StaffDialog | None = None
        self.till_dialog: TillDialog | None = None
        self.setWindowTitle(self.tr("Gestión de la tienda"))
        title = QLabel(self.tr("Gestión de la tienda"), objectName="dialogTitle")
        where = QLabel(
            self.tr("{store} · tienda {code}").format(
                store=ctx.device.store_name, code=ctx.device.store_code
            ),
            objectName="hintLabel",
        )
        self.review_button = self._button(self.tr("Revisar pendientes"), self.open_review)
        self.figures_button = self._button(self.tr("Cifras de la tienda"), self.open_figures)
        self.staff_button = self._button(self.tr("Personal y PIN"), self.open_staff)
        self.till_button = self._button(self.tr("Importar ventas del TPV"), self.open_till)
        self.gift_button = self._button(self.tr("Stock de regalos"), self.open_gift_stock)
        self.gift_button.setVisible(on_gift_stock is not None)
        grid = QGridLayout()
        grid.setSpacing(14)
        buttons = [
            self.review_button,
            self.figures_button,
            self.staff_button,
            self.till_button,
        ]
        if on_gift_stock is not None:
            buttons.append(self.gift_button)
        for i, button in enumerate(buttons):
            grid.addWidget(button, i // 2, i % 2)
        close = QPushButton(self.tr("Cerrar"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(where)
        layout.addSpacing(8)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addLayout(bottom)
        self.resize(820, 480)
        ctx.signals.changed.connect(self._on_signals_changed)
        self.recount()

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, objectName="menuButton")
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # -- the count ---------------------------------------------------------------------
    def recount(self) -> None:
        manager_ops.count_review(self._ctx, success=self._on_counted, failure=lambda _e: None)

    def _on_counted(self, waiting: int) -> None:
        self.waiting = waiting
        self.review_button.setText(self.tr("Revisar pendientes ({n})").format(n=waiting))
        self.review_button.setProperty("waiting", waiting > 0)
        self.review_button.style().unpolish(self.review_button)
        self.review_button.style().polish(self.review_button)

    def _on_signals_changed(self, changes: Changes) -> None:
        if changes & (Changes.OUTBOX | Changes.CUSTOMERS | Changes.LEDGER):
            self.recount()

    # -- the screens -------------------------------------------------------------------
    def open_review(self) -> None:
        self._replace(self.review_dialog)
        self.review_dialog = ReviewDialog(self._ctx, self)
        self.review_dialog.finished.connect(lambda _r: self.recount())
        self.review_dialog.open()

    def open_figures(self) -> None:
        self._replace(self.figures_dialog)
        self.figures_dialog = FiguresDialog(self._ctx, self)
        self.figures_dialog.open()

    def open_staff(self) -> None:
        self._replace(self.staff_dialog)
        self.staff_dialog = StaffDialog(self._ctx, self)
        self.staff_dialog.open()

    def open_till(self) -> None:
        self._replace(self.till_dialog)
        self.till_dialog = TillDialog(self._ctx, self)
        self.till_dialog.open()

    def open_gift_stock(self) -> None:
        if self._on_gift_stock is not None:
            self._on_gift_stock()

    @staticmethod
    def _replace(old: QDialog | None) -> None:
        """A screen opened before is dropped: each opening shows fresh figures."""
        if old is not None:
            old.deleteLater()

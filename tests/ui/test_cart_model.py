"""The cart table model keeps Qt's model contract through everything the counter does.

Qt's own `QAbstractItemModelTester` watches the real cart model of a real
counter while a logged-in assistant scans (keyboard-wedge bursts), repeats a
scan, changes quantities, discounts, removes lines and starts a new sale.
Every failure it reports fails the test; the signals the views receive are
checked too (rows inserted or removed where they were, dataChanged on one row).
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QPushButton

from loyalty_core.cart import Discount
from loyalty_core.money import format_euros
from pos_client.app import build_context
from pos_client.config import Settings
from pos_client.ui.main_window import MainWindow
from pos_client.ui.screens.counter import cart_panel

Mode = QAbstractItemModelTester.FailureReportingMode


@pytest.fixture
def counter(store, qtbot):
    """A shown main window, logged in through the login screen (inline runner)."""
    ctx = build_context(Settings(data_dir=store.path.parent), inline=True)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.login.code.setText("1001")
    win.login.pin.setText("1234")
    qtbot.mouseClick(win.login.enter, Qt.MouseButton.LeftButton)
    assert win.stack.currentWidget() is win.counter
    yield win.counter
    ctx.runner.wait()
    win.wedge.enabled = False
    QApplication.instance().removeEventFilter(win.wedge)


@pytest.fixture
def tested(counter, qtlog):
    """The counter's cart model under Qt's tester, what the views were told, and a check.

    The tester (in Warning mode: Fatal would abort the whole run) reports each
    broken rule as a "FAIL!" warning; `check()` turns those into a test failure.
    """
    model = counter.cart_panel.model
    tester = QAbstractItemModelTester(model, Mode.Warning)
    told: list[tuple[str, int, int]] = []
    model.rowsInserted.connect(lambda _p, first, last: told.append(("inserted", first, last)))
    model.rowsRemoved.connect(lambda _p, first, last: told.append(("removed", first, last)))
    model.modelReset.connect(lambda: told.append(("reset", -1, -1)))
    model.dataChanged.connect(
        lambda top, bottom, _roles: told.append(("changed", top.row(), bottom.row()))
    )

    def check() -> None:
        failures = [r.message for r in qtlog.records if "FAIL!" in r.message]
        assert failures == [], "\n".join(failures)

    yield model, told, check
    check()
    del tester


def scan(qtbot, code: str) -> None:
    """Type a code as a USB scanner does: a burst of keys and Enter, into the focus."""
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClicks(target, code)
    qtbot.keyClick(target, Qt.Key.Key_Return)


def lines(model) -> list[tuple[str, str]]:
    """What the table shows: (code, quantity) per row, read through the model."""
    rows = []
    for row in range(model.rowCount(QModelIndex())):
        product = model.data(model.index(row, 0))
        rows.append((product.split("\n")[1], model.data(model.index(row, 1))))
    return rows


def click(qtbot, counter, text: str) -> None:
    qtbot.mouseClick(counter.cart_panel.action_buttons[text], Qt.MouseButton.LeftButton)


def test_scans_edits_removals_and_a_new_sale_keep_the_model_contract(
    counter, tested, store, qtbot, monkeypatch
):
    model, told, check = tested
    serum, cream, soap = (store.products[k] for k in ("serum", "cream", "soap"))

    # New lines: one row inserted each, at the end, and nothing else.
    for i, code in enumerate((serum, cream, soap)):
        scan(qtbot, code)
        qtbot.waitUntil(lambda n=i + 1: model.rowCount(QModelIndex()) == n)
        check()
    assert told == [("inserted", 0, 0), ("inserted", 1, 1), ("inserted", 2, 2)]
    assert lines(model) == [(serum, "1"), (cream, "1"), (soap, "1")]

    # A repeat scan: one more unit on its row, told as a change of that row only.
    told.clear()
    scan(qtbot, cream)
    qtbot.waitUntil(lambda: bool(told))
    assert told == [("changed", 1, 1)]
    assert lines(model) == [(serum, "1"), (cream, "2"), (soap, "1")]
    check()

    # + and − on the selected row (the last scanned), a typed quantity.
    told.clear()
    click(qtbot, counter, "+")
    click(qtbot, counter, "−")
    click(qtbot, counter, "−")
    counter.cart_panel.set_quantity_text(0, "3")
    counter.cart_panel.set_quantity_text(0, "1000")  # refused: nothing told
    assert told == [("changed", 1, 1)] * 3 + [("changed", 0, 0)]
    assert lines(model) == [(serum, "3"), (cream, "1"), (soap, "1")]
    assert "entre 1 y 999" in counter.cart_panel.message.text()
    check()

    # A line discount within the assistant's limit changes its row; beyond, nothing.
    # A ticket discount changes no row: the table shows line discounts only.
    discounts = iter(
        [Discount.percent(Decimal(10)), Discount.percent(Decimal(20)), Discount.amount(100)]
    )

    class Typed:
        def __init__(self, *_args):
            self.discount = next(discounts)

        def exec(self):
            return True

    monkeypatch.setattr(cart_panel, "DiscountDialog", Typed)
    told.clear()
    counter.cart_panel.table.selectRow(0)
    click(qtbot, counter, "Dto. línea…")
    click(qtbot, counter, "Dto. línea…")  # 20 %: refused for an assistant
    assert told == [("changed", 0, 0)]
    assert model.data(model.index(0, 3)) == "-10 %"
    assert "10" in counter.cart_panel.message.text()
    total = model.priced.total_cents
    click(qtbot, counter, "Dto. ticket…")
    assert told == [("changed", 0, 0)]
    assert model.priced.total_cents == total - 100
    assert counter.cart_panel.total.text() == format_euros(total - 100)
    check()

    # − on a one-unit line removes it; so does "Quitar línea".
    told.clear()
    counter.cart_panel.table.selectRow(1)
    click(qtbot, counter, "−")
    assert told == [("removed", 1, 1)]
    assert lines(model) == [(serum, "3"), (soap, "1")]
    counter.cart_panel.table.selectRow(0)
    click(qtbot, counter, "Quitar línea")
    assert told == [("removed", 1, 1), ("removed", 0, 0)]
    assert lines(model) == [(soap, "1")]
    check()

    # A new sale empties the cart: its rows removed at once; an empty cart tells nothing.
    scan(qtbot, serum)
    qtbot.waitUntil(lambda: model.rowCount(QModelIndex()) == 2)
    told.clear()
    (new_sale,) = [b for b in counter.findChildren(QPushButton) if b.text() == "Nueva venta"]
    qtbot.mouseClick(new_sale, Qt.MouseButton.LeftButton)
    assert told == [("removed", 0, 1)]
    assert lines(model) == []
    assert model.priced.total_cents == 0
    qtbot.mouseClick(new_sale, Qt.MouseButton.LeftButton)
    assert told == [("removed", 0, 1)]
    check()

    # And the cart starts again from row 0.
    scan(qtbot, cream)
    qtbot.waitUntil(lambda: model.rowCount(QModelIndex()) == 1)
    assert told[-1] == ("inserted", 0, 0)
    check()

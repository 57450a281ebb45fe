"""Returns and reprints from the counter screen (inline runner, real store)."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from loyalty_core.money import format_euros
from pos_client.app import build_context
from pos_client.config import Settings
from pos_client.services import catalogue, sales
from pos_client.services.cart import Cart
from pos_client.ui.main_window import MainWindow


@pytest.fixture
def counter(store, qtbot):
    ctx = build_context(Settings(data_dir=store.path.parent), inline=True)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win._on_login_logged_in(store.assistant)
    yield win.counter
    QApplication.instance().removeEventFilter(win.wedge)


@pytest.fixture
def sold(store, now):
    with store.sessions.begin() as s:
        cart = Cart(customer_id=store.customer_id)
        cart.add_product(catalogue.find_product(s, code=store.products["serum"]), 2)
        cart.add_product(catalogue.find_product(s, code=store.products["soap"]))
        return sales.finish(
            s,
            cart=cart,
            payment=sales.PaymentInput(card_cents=7585),
            staff=store.assistant,
            now=now,
        )


def test_scanning_a_receipt_qr_opens_the_return_and_refunds_the_units_chosen(counter, sold, qtbot):
    counter.handle_scan(sold.qr_text)
    dialog = counter.return_dialog
    assert dialog is not None and dialog.sale is not None
    assert dialog.sale.receipt_number == sold.receipt_number
    assert [spin.maximum() for spin in dialog.spins] == [2, 1]
    dialog.set_quantity(0, 1)
    dialog.method.setCurrentIndex(1)  # back to the card
    dialog.confirm.click()
    receipt = counter.receipt_dialog.receipt
    assert receipt.kind == "return"
    assert receipt.receipt_number.endswith("-R000001")
    assert receipt.total_cents == -3495
    assert receipt.payments[0].method == "card"
    assert receipt.points_earned < 0
    qtbot.waitUntil(lambda: counter.receipt_dialog.pdf_path is not None)
    text = PdfReader(counter.receipt_dialog.pdf_path).pages[0].extract_text()
    assert sold.receipt_number in text  # "Ref." to the original sale
    assert format_euros(-3495) in text

    # What is left to return shrinks; the rest cannot be returned twice.
    counter.open_return(sold.receipt_number)
    again = counter.return_dialog
    assert [spin.maximum() for spin in again.spins] == [1, 1]


def test_an_unknown_receipt_is_said_in_plain_words(counter):
    counter.open_return("S001-D01-999999")
    assert "S001-D01-999999" in counter.return_dialog.error.text()
    assert not counter.return_dialog.confirm.isEnabled()


def test_history_reprints_a_receipt_with_the_same_balance_as_the_original(counter, sold, qtbot):
    counter.open_history()
    dialog = counter.history_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.rows[0].receipt_number == sold.receipt_number
    dialog._on_reprint_clicked()
    reprint = counter.receipt_dialog.receipt
    assert reprint.receipt_number == sold.receipt_number
    assert reprint.points_balance == sold.points_balance
    assert reprint.record_hash == sold.record_hash

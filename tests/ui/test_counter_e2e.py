"""End to end at the counter, on the real threaded runner and a real store file.

Log in, identify the customer by phone, scan three products with wedge
key bursts (wherever the focus is), pay cash, and read the receipt PDF back.
"""

from __future__ import annotations

import subprocess

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from loyalty_core.money import format_euros
from pos_client.app import build_context
from pos_client.config import Settings
from pos_client.store.models import LAST_SYNC_KEY, LedgerEntry, OutboxEntry, Sale, Setting
from pos_client.ui.main_window import MainWindow

HUMAN_PAUSE_MS = 120  # longer than the wedge's burst gap: people type slower


def scan(qtbot, code: str) -> None:
    """Type a code as a USB scanner does: a burst of keys and Enter, into the focus."""
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClicks(target, code)
    qtbot.keyClick(target, Qt.Key.Key_Return)


def type_as_person(qtbot, widget, text: str) -> None:
    for ch in text:
        qtbot.keyClicks(widget, ch)
        qtbot.wait(45)  # slower than a scanner
    qtbot.wait(HUMAN_PAUSE_MS)


@pytest.fixture
def window(store, qtbot):
    ctx = build_context(Settings(data_dir=store.path.parent))
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    ctx.runner.wait()
    win.wedge.enabled = False
    QApplication.instance().removeEventFilter(win.wedge)


def test_sale_from_login_to_receipt_pdf(window, store, qtbot):
    login = window.login
    type_as_person(qtbot, login.code, "1001")
    login.pin.setFocus()
    type_as_person(qtbot, login.pin, "1234")
    qtbot.keyClick(login.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.counter, timeout=5000)
    counter = window.counter

    # Identify by phone, written the way the customer says it.
    counter.identify.search.setFocus()
    type_as_person(qtbot, counter.identify.search, "612 34 56 78")
    qtbot.waitUntil(lambda: counter.identify.card is not None, timeout=5000)
    assert counter.identify.card.name == "María José Núñez Pujol"
    assert counter.identify.card.points_balance == 120

    # Scan three products while the focus is in the customer search box.
    counter.identify.search.setFocus()
    search_text = counter.identify.search.text()
    for name in ("serum", "cream", "soap"):
        scan(qtbot, store.products[name])
    qtbot.waitUntil(lambda: len(counter.cart_panel.cart.lines) == 3, timeout=5000)
    assert counter.identify.search.text() == search_text  # nothing leaked into the field
    total = counter.cart_panel.model.priced.total_cents
    assert total == 3495 + 2250 + 595
    assert counter.cart_panel.total.text() == format_euros(total)
    expected_points = 10 + total // 100  # serum's 10 per unit + 1 per full euro
    assert str(expected_points) in counter.cart_panel.points.text()

    # Pay cash with a 100 € note.
    qtbot.keyClick(counter, Qt.Key.Key_F9)
    qtbot.waitUntil(
        lambda: counter.payment_dialog is not None and counter.payment_dialog.isVisible(),
        timeout=3000,
    )
    dialog = counter.payment_dialog
    dialog.cash.setText("100")
    assert format_euros(10000 - total) in dialog.change.text()
    dialog.confirm.click()
    qtbot.waitUntil(
        lambda: counter.receipt_dialog is not None and counter.receipt_dialog.pdf_path is not None,
        timeout=15000,
    )
    receipt = counter.receipt_dialog.receipt
    pdf = counter.receipt_dialog.pdf_path

    # The sale is on disk, whole, before the receipt is shown.
    with store.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Sale)) == 1
        assert s.scalar(select(func.sum(LedgerEntry.points))) == expected_points
        assert s.scalar(select(func.count()).select_from(OutboxEntry)) == 2

    # Read the receipt back as the customer would.
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    layout = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for content in (text, layout):
        assert receipt.receipt_number in content
        assert format_euros(total) in content
        assert format_euros(10000 - total) in content  # change
        assert "Sérum Hidratante" in content
        assert str(expected_points) in content
        assert str(120 + expected_points) in content  # new balance
    assert receipt.points_balance == 120 + expected_points
    assert len(counter.cart_panel.cart.lines) == 0  # ready for the next customer


def test_a_tablet_a_week_out_of_touch_says_why_its_pins_stopped_working(window, store, qtbot):
    with store.sessions.begin() as s:
        s.merge(Setting(key=LAST_SYNC_KEY, value="2020-01-01T00:00:00+00:00"))
    login = window.login
    type_as_person(qtbot, login.code, "1001")
    login.pin.setFocus()
    type_as_person(qtbot, login.pin, "1234")
    qtbot.keyClick(login.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "7 días" in login.error.text(), timeout=5000)
    assert "sincronice" in login.error.text()
    assert window.stack.currentWidget() is login  # still at the login screen

"""Open the main screens on a real (virtual) screen and save PNGs to look at.

Run under Xvfb:  xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/screenshots.py
Saves login, customer search, counter with a cart and customer card, payment,
receipt dialog, and the receipt PDF rendered to PNG, in docs/screenshots/.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from pos_client.app import STYLE_SHEET, build_context, install_translations
from pos_client.config import Settings
from pos_client.demo.loader import fill_demo_data
from pos_client.store.database import open_store
from pos_client.store.models import Customer, Product, PurchaseHistory
from pos_client.ui.main_window import MainWindow

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def pause(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def until(condition, timeout_ms: int = 10_000) -> None:
    waited = 0
    while not condition():
        if waited > timeout_ms:
            raise TimeoutError("screen did not get ready")
        pause(50)
        waited += 50


def shot(app: QApplication, name: str) -> None:
    pause(300)
    app.primaryScreen().grabWindow(0).save(str(OUT / f"{name}.png"))
    print(f"saved {OUT / name}.png")


def main() -> int:
    language = sys.argv[1] if len(sys.argv) > 1 else "es"
    OUT.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp(prefix="screens-"))
    sessions = open_store(data / "store.db")
    fill_demo_data(sessions, customers=3000, products=600, seed=7)
    with sessions() as s:
        customer = s.scalars(
            select(Customer).where(
                Customer.club_member.is_(True), Customer.id.in_(select(PurchaseHistory.customer_id))
            )
        ).first()
        codes = s.scalars(
            select(Product.code)
            .where(Product.active.is_(True), Product.code_kind == "ean13")
            .limit(3)
        ).all()
    assert customer is not None and len(codes) == 3

    app = QApplication(sys.argv)
    install_translations(app, language)
    app.setStyleSheet(STYLE_SHEET.read_text(encoding="utf-8"))
    ctx = build_context(Settings(data_dir=data, language=language))
    window = MainWindow(ctx)
    window.resize(1280, 770)
    window.move(0, 0)
    window.show()
    shot(app, f"login-{language}" if language != "es" else "login")

    window.login.code.setText("1001")
    window.login.pin.setText("1234")
    window.login.enter.click()
    until(lambda: window.stack.currentWidget() is window.counter)
    counter = window.counter
    counter.identify.search.setText(customer.last_names.split()[0][:5])
    counter.identify.find(counter.identify.search.text())
    until(lambda: counter.identify.results.count() > 0)
    if language == "es":
        shot(app, "search")
    counter.identify.find(customer.card_number or "")
    until(lambda: counter.identify.card is not None)
    for code in codes:
        counter.handle_scan(code)
    counter.handle_scan(codes[0])
    until(lambda: len(counter.cart_panel.cart.lines) == 3)
    shot(app, f"counter-{language}" if language != "es" else "counter")
    if language != "es":
        app.quit()
        return 0

    counter.start_payment()
    until(lambda: counter.payment_dialog is not None and counter.payment_dialog.isVisible())
    counter.payment_dialog.cash.setText("200")
    shot(app, "payment")
    counter.payment_dialog.confirm.click()
    until(lambda: counter.receipt_dialog is not None and counter.receipt_dialog.pdf_path)
    shot(app, "receipt-dialog")
    pdf = counter.receipt_dialog.pdf_path
    subprocess.run(
        ["pdftoppm", "-png", "-r", "110", "-singlefile", str(pdf), str(OUT / "receipt")], check=True
    )
    print(f"saved {OUT / 'receipt'}.png")
    counter.receipt_dialog.accept()
    ctx.runner.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())

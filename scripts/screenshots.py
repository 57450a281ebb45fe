"""Open the main screens on a real (virtual) screen and save PNGs to look at.

Run under Xvfb:  xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/screenshots.py
Saves login, customer search, counter with a cart and customer card, payment,
receipt dialog, and the receipt PDF rendered to PNG, in docs/screenshots/; then
the enrolment: the registration form (a live error, a duplicate listed), the
consent signed with a pen, the new member's card PDF and the consent history;
then a known customer who is not a member joining (their card with "Hacerse
socio/a" above the form as it opens, pre-filled), and the dialog shown at
start-up when the store was encrypted under another installation's key.

The store's key goes to $LOYALTY_KEY_DIR (else the OS keyring or the user's
config folder): point it at a throw-away folder, e.g.
  LOYALTY_KEY_DIR=$(mktemp -d) PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring
"""

from __future__ import annotations

import math
import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, QPointF, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QInputDevice, QPainter, QPointingDevice, QTabletEvent
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from loyalty_core.consent import Purpose
from loyalty_core.contact import format_phone
from pos_client.app import apply_style_sheet, build_context, install_translations
from pos_client.config import Settings
from pos_client.demo.loader import fill_demo_data
from pos_client.store.database import open_store
from pos_client.store.models import Customer, Product, PurchaseHistory
from pos_client.ui.main_window import MainWindow
from pos_client.ui.screens.startup.store_opening import (
    ProtectingStoreWindow,
    StoreErrorDialog,
    open_store_at_start,
)

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
        known = s.scalars(select(Customer).where(Customer.phone.is_not(None))).first()
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
    assert customer is not None and known is not None and len(codes) == 3

    app = QApplication(sys.argv)
    install_translations(app, language)
    apply_style_sheet(app)
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
    enrolment_shots(app, counter, codes, known_phone=format_phone(known.phone or ""))
    join_shots(app, counter, sessions)
    ctx.runner.wait()
    window.hide()
    start_up_shots(app, data)
    return 0


def enrolment_shots(app: QApplication, counter, codes, *, known_phone: str) -> None:
    """A new member at the counter: form, consent, card, and their consent history."""
    counter.start_enrolment()
    form = counter.enrolment_flow.registration_dialog
    until(form.isVisible)
    form.set_form(
        {
            "first_name": "Lucía",
            "last_names": "Fernández Ortega",
            "national_id": "12345678A",  # a wrong letter: said under the field
            "birth_date": "14/03/1991",
            "phone": known_phone,  # the phone of a known customer: listed as a duplicate
            "email": "lucia.fernandez@example.es",
            "postal_code": "28004",
            "gender": "female",
        }
    )
    until(lambda: bool(form.duplicates.found))
    shot(app, "registration")
    form.set_form({"national_id": "", "phone": "655 443 322"})
    form.continue_button.click()
    until(lambda: counter.enrolment_flow.consent_dialog is not None)
    consent = counter.enrolment_flow.consent_dialog
    until(consent.isVisible)
    consent.choices[Purpose.CLUB].box.click()
    consent.choices[Purpose.EMAIL].box.click()
    consent.choices[Purpose.PROFILING].box.click()
    pause(100)
    draw_signature(consent.pad)
    shot(app, "consent")
    consent.sign_button.click()
    until(lambda: counter.cart_panel.cart.enrolment is not None)
    for code in codes[:2]:
        counter.handle_scan(code)
    until(lambda: len(counter.cart_panel.cart.lines) == 2)
    look(app, "pending-member")
    counter.receipt_dialog = None  # the first sale's, closed
    counter.start_payment()
    until(lambda: counter.payment_dialog is not None and counter.payment_dialog.isVisible())
    counter.payment_dialog.card.setText(
        f"{counter.payment_dialog.total_cents / 100:.2f}".replace(".", ",")
    )
    counter.payment_dialog.confirm.click()
    until(lambda: counter.receipt_dialog is not None and counter.receipt_dialog.pdf_path)
    receipt = counter.receipt_dialog
    look(app, "receipt-new-member")
    receipt.print_card_button.click()
    until(lambda: receipt.documents.dialog is not None and receipt.documents.dialog.pdf)
    look(app, "card-dialog")
    with tempfile.TemporaryDirectory() as folder:
        card_pdf = Path(folder) / "card.pdf"
        card_pdf.write_bytes(receipt.documents.dialog.pdf)
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "200",
                "-singlefile",
                str(card_pdf),
                str(OUT / "member-card"),
            ],
            check=True,
        )
    print(f"saved {OUT / 'member-card'}.png")
    receipt.documents.dialog.accept()
    consent_pdf_shots(counter.ctx.sessions, receipt.receipt.card_number)
    card_number = receipt.receipt.card_number
    receipt.accept()

    counter.identify.find(card_number or "")
    until(lambda: counter.identify.card is not None)
    look(app, "new-member-card")
    counter.identify.consents_button.click()
    history = counter.consent_history_dialog
    until(lambda: history.overview is not None)
    history.change_button.click()
    history.boxes[Purpose.PROFILING].click()  # withdrawn: saved at once, unsigned
    history.save_button.click()
    until(lambda: history.table.rowCount() == 2)
    shot(app, "consent-history")
    history.accept()


def consent_pdf_shots(sessions, card_number) -> None:
    """The signed consent document, both pages, as the customer takes it home."""
    from sqlalchemy import select

    from pos_client.services.consents import document
    from pos_client.store.models import Consent, Customer

    with sessions.begin() as s:
        member = select(Customer.id).where(Customer.card_number == card_number)
        consent_id = s.scalars(
            select(Consent.id).where(Consent.customer_id == member.scalar_subquery())
        ).one()
        _sha, pdf = document(s, consent_id)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "consent.pdf"
        path.write_bytes(pdf)
        subprocess.run(
            ["pdftoppm", "-png", "-r", "80", str(path), str(OUT / "consent-pdf")], check=True
        )
    print(f"saved {OUT / 'consent-pdf'}-1.png, -2.png")


def join_shots(app: QApplication, counter, sessions) -> None:
    """A known customer who is not a member: their card, then the form as it opens."""
    with sessions() as s:
        joining = s.scalars(
            select(Customer).where(
                Customer.club_member.is_(False),
                Customer.birth_date.is_(None),  # the form asks for it
                Customer.phone.is_not(None),
                Customer.email.is_not(None),
                Customer.id.in_(select(PurchaseHistory.customer_id)),
            )
        ).first()
    assert joining is not None
    counter.identify.clear_customer()
    counter.identify.select(joining.id)
    until(lambda: counter.identify.card is not None and counter.identify.join_button.isVisible())
    area = counter.window().frameGeometry()  # the window, not the screen's empty strip
    card = screen(app).copy(area)
    counter.identify.join_button.click()
    until(lambda: counter.enrolment_flow is not None)
    form = counter.enrolment_flow.registration_dialog
    until(lambda: form.isVisible() and not form._debounce.isActive())
    opened = screen(app).copy(area)
    stacked = QImage(card.width(), card.height() + 12 + opened.height(), QImage.Format.Format_RGB32)
    stacked.fill(QColor("#3b3b3b"))
    painter = QPainter(stacked)
    painter.drawImage(0, 0, card)
    painter.drawImage(0, card.height() + 12, opened)
    painter.end()
    stacked.save(str(OUT / "join-club.png"))
    print(f"saved {OUT / 'join-club'}.png")
    form.reject()  # untouched: closes without asking
    until(lambda: counter.enrolment_flow is None)


def start_up_shots(app: QApplication, data: Path) -> None:
    """Start-up: an old plain store being protected (to look at); a store under another key."""
    old = data / "old-version" / "store.db"
    open_store(old, encrypted=False).kw["bind"].dispose()
    go = threading.Event()

    def opener(path: Path):
        go.wait(30)
        return open_store(path)

    def look_at_protecting() -> None:
        if not any(isinstance(w, ProtectingStoreWindow) for w in app.topLevelWidgets()):
            QTimer.singleShot(50, look_at_protecting)
            return
        look(app, "protecting-store")
        go.set()

    QTimer.singleShot(0, look_at_protecting)
    open_store_at_start(old, opener=opener)

    other = data / "other-installation"
    keys = os.environ.get("LOYALTY_KEY_DIR")
    os.environ["LOYALTY_KEY_DIR"] = str(other / "keys")  # made by another installation
    try:
        open_store(other / "data" / "store.db").kw["bind"].dispose()
    finally:
        if keys is None:
            del os.environ["LOYALTY_KEY_DIR"]
        else:
            os.environ["LOYALTY_KEY_DIR"] = keys

    def shoot_error() -> None:
        box = app.activeModalWidget()
        if not isinstance(box, StoreErrorDialog):
            QTimer.singleShot(50, shoot_error)
            return
        pause(300)
        box.grab().save(str(OUT / "store-key-error.png"))
        print(f"saved {OUT / 'store-key-error'}.png")
        box.close_button.click()

    QTimer.singleShot(0, shoot_error)
    assert open_store_at_start(other / "data" / "store.db") is None


def screen(app: QApplication) -> QImage:
    pause(300)
    return app.primaryScreen().grabWindow(0).toImage()


def look(app: QApplication, name: str) -> None:
    """A screen to look at while working on it, not for the README."""
    pause(300)
    folder = Path(tempfile.gettempdir()) / "look-enrolment"
    folder.mkdir(exist_ok=True)
    app.primaryScreen().grabWindow(0).save(str(folder / f"{name}.png"))


def draw_signature(pad: QWidget) -> None:
    """Sign with a pen (real tablet events): a cursive name and a flourish."""
    pen = QPointingDevice(
        "screenshot pen",
        4242,
        QInputDevice.DeviceType.Stylus,
        QPointingDevice.PointerType.Pen,
        QInputDevice.Capability.Position | QInputDevice.Capability.Pressure,
        1,
        3,
    )
    left, right, middle = 40, pad.width() - 50, pad.height() * 0.45
    name = []
    for i in range(90):
        s = i / 89
        x = left + (right - left) * 0.8 * s + 16 * math.cos(9 * math.pi * s)
        y = middle - 0.22 * pad.height() * math.sin(9 * math.pi * s) * (1 - 0.4 * s)
        name.append((x, y))
    flourish = [(left + 30 + i * (right - left - 60) / 20, middle + 52 - i) for i in range(21)]
    for stroke in (name, flourish):
        for i, xy in enumerate(stroke):
            kind = QEvent.Type.TabletPress if i == 0 else QEvent.Type.TabletMove
            _pen_event(pad, pen, kind, xy, 0.35 + 0.5 * abs(math.sin(i / 6)))
        _pen_event(pad, pen, QEvent.Type.TabletRelease, stroke[-1], 0.0)


def _pen_event(pad: QWidget, pen: QPointingDevice, kind, xy, pressure: float) -> None:
    down = kind != QEvent.Type.TabletRelease
    button = (
        Qt.MouseButton.NoButton if kind == QEvent.Type.TabletMove else Qt.MouseButton.LeftButton
    )
    event = QTabletEvent(
        kind,
        pen,
        QPointF(*xy),
        pad.mapToGlobal(QPointF(*xy)),
        pressure,
        0.0,
        0.0,
        0.0,
        0.0,
        0.0,
        Qt.KeyboardModifier.NoModifier,
        button,
        Qt.MouseButton.LeftButton if down else Qt.MouseButton.NoButton,
    )
    QApplication.sendEvent(pad, event)


if __name__ == "__main__":
    sys.exit(main())

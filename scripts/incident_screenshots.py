"""Incidents and campaigns at the counter on a real (virtual) screen, saved as PNGs to look at.

Run under Xvfb:
  LOYALTY_KEY_DIR=$(mktemp -d) PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring \
  xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/incident_screenshots.py
Saves in docs/screenshots/: the customer card with head office's answer to
an incident and a campaign aimed at her (incident-card), a new incident
filled in about a product she bought, with a photo (incident-open; before
it, an allergic reaction's priority rule and a description too short:
incident-allergic), its
reference to give her (incident-reference), the store's open incidents
(incident-list), and the payment asking whether she came for a campaign
(campaign-payment).
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QLinearGradient, QPainter
from PySide6.QtWidgets import QApplication
from screenshots import OUT, shot, until  # run from scripts/: its neighbour
from sqlalchemy import select

from loyalty_core.feeds import CampaignRow, Feed, IncidentEventRow, IncidentRow, TargetRow
from loyalty_core.incidents import Category, Priority, Status
from pos_client.app import apply_style_sheet, build_context, install_translations
from pos_client.config import Settings
from pos_client.demo.loader import fill_demo_data
from pos_client.services import incidents, sales
from pos_client.services.campaigns import MADRID
from pos_client.services.cart import Cart
from pos_client.services.catalogue import find_product
from pos_client.services.staff import login
from pos_client.store.database import open_store
from pos_client.store.models import Customer, Product
from pos_client.sync.replica_manager import ROW_APPLIERS
from pos_client.ui.main_window import MainWindow

HYDRATION_MESSAGE = (
    "Doble de puntos en sérums e hidratantes hasta el domingo: te esperamos en tu tienda."
)


def feed(s, which: Feed, row: object) -> None:
    ROW_APPLIERS[which](s, row.model_dump(mode="json"))  # type: ignore[attr-defined]


def prepare(data: Path) -> tuple[Customer, list[Product]]:
    """A member who bought here, an incident head office answered, two live campaigns."""
    sessions = open_store(data / "store.db")
    fill_demo_data(sessions, customers=2000, products=800, seed=11)
    now = datetime.now(UTC)
    today = now.astimezone(MADRID).date()
    with sessions.begin() as s:
        customer = s.scalars(
            select(Customer).where(Customer.club_member.is_(True), Customer.phone.is_not(None))
        ).first()
        assert customer is not None
        products = list(
            s.scalars(
                select(Product)
                .where(Product.active.is_(True), Product.kind.in_(("serum", "moisturiser")))
                .limit(3)
            )
        )
        assistant = login(s, code="1001", pin="1234", now=now)
        for days, bought in ((20, products[:2]), (6, products[2:3])):
            cart = Cart(customer_id=customer.id)
            for product in bought:
                cart.add_product(find_product(s, code=product.code), 1)
            sales.finish(
                s,
                cart=cart,
                payment=sales.PaymentInput(card_cents=cart.priced().total_cents),
                staff=assistant,
                now=now - timedelta(days=days),
            )
        opened = incidents.open_incident(
            s,
            customer_id=customer.id,
            category=Category.SERVICE_COMPLAINT,
            priority=Priority.NORMAL,
            description="No le aplicaron el descuento de socia en su última compra online.",
            staff=assistant,
            now=now - timedelta(days=4),
        )
        answered = now - timedelta(days=1)
        feed(
            s,
            Feed.INCIDENTS,
            IncidentRow(
                id=opened.id,
                reference=opened.reference,
                customer_id=customer.id,
                category=opened.category,
                priority=opened.priority,
                status=Status.WAITING_CUSTOMER,
                description=opened.description,
                assigned_to="Atención al cliente",
                opened_at=opened.opened_at,
                updated_at=answered,
                events=[
                    IncidentEventRow(
                        at=answered,
                        status=Status.WAITING_CUSTOMER,
                        note="Le devolvemos 6,20 € a su tarjeta; que nos confirme el último "
                        "número de la tarjeta con la que pagó.",
                        by="Atención al cliente",
                        from_store=False,
                    )
                ],
            ),
        )
        hydration = CampaignRow(
            id=products[0].id,  # any id: the screenshot's store has no other campaign
            code="HIDRA",
            name="Semana de la hidratación",
            starts_on=today - timedelta(days=2),
            ends_on=today + timedelta(days=5),
            channel="email",
            multiplier="2",
            categories=[products[0].category],
            message=HYDRATION_MESSAGE,
        )
        window = CampaignRow(
            id=products[1].id,
            code="ESCAP",
            name="Escaparate de invierno",
            starts_on=today - timedelta(days=10),
            ends_on=today + timedelta(days=12),
            channel="in_store",
            multiplier="1",
            bonus_per_unit=5,
        )
        feed(s, Feed.CAMPAIGNS, hydration)
        feed(s, Feed.CAMPAIGNS, window)
        feed(s, Feed.TARGETS, TargetRow(customer_id=customer.id, campaigns=[hydration.id]))
        s.flush()  # before the rows leave the session: the target is still pending
        s.expunge_all()
    sessions.kw["bind"].dispose()
    return customer, products


def a_photo() -> bytes:
    """What the customer shows: a pump bottle with its batch number, as a JPEG."""
    image = QImage(1200, 900, QImage.Format.Format_RGB888)
    painter = QPainter(image)
    shade = QLinearGradient(QPointF(0, 0), QPointF(0, 900))
    shade.setColorAt(0, QColor("#efe6df"))
    shade.setColorAt(1, QColor("#c9bfb8"))
    painter.fillRect(image.rect(), shade)
    painter.setBrush(QColor("#f7f3ef"))
    painter.setPen(QColor("#8c3b5e"))
    painter.drawRoundedRect(460, 200, 280, 560, 40, 40)
    painter.setBrush(QColor("#444444"))
    painter.drawRect(560, 120, 80, 90)
    painter.setFont(QFont("DejaVu Sans", 28, QFont.Weight.Bold))
    painter.drawText(470, 420, 260, 60, Qt.AlignmentFlag.AlignCenter, "SÉRUM")
    painter.setFont(QFont("DejaVu Sans", 18))
    painter.drawText(470, 640, 260, 40, Qt.AlignmentFlag.AlignCenter, "LOTE 2407B")
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG", 85)
    return bytes(data.data())


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp(prefix="incident-screens-"))
    customer, products = prepare(data)

    app = QApplication(sys.argv)
    install_translations(app, "es")
    apply_style_sheet(app)
    ctx = build_context(Settings(data_dir=data, language="es"))
    window = MainWindow(ctx)
    window.resize(1280, 770)
    window.move(0, 0)
    window.show()
    window.login.code.setText("1001")
    window.login.pin.setText("1234")
    window.login.enter.click()
    until(lambda: window.stack.currentWidget() is window.counter)
    counter = window.counter
    counter.handle_scan(customer.card_number or "")
    until(lambda: counter.identify.extras is not None)
    shot(app, "incident-card")

    counter.identify.incident_button.click()
    until(lambda: counter.incident_dialog is not None and counter.incident_dialog.lines.count())
    dialog = counter.incident_dialog
    dialog.move(0, 0)
    dialog.category.buttons[Category.ALLERGIC_REACTION].click()
    dialog.description.setPlainText("Picor")
    dialog.open_button.click()  # too short: said under the field
    shot(app, "incident-allergic")
    dialog.category.buttons[Category.PRODUCT_DEFECT].click()
    dialog.priority.buttons[Priority.HIGH].click()
    dialog.description.setPlainText(
        "El dosificador no bombea desde que lo abrió: sale el producto a golpes y se ha "
        "derramado medio envase. Trae el envase; pide que se lo cambien por uno nuevo."
    )
    dialog.lines.setCurrentRow(dialog.lines.count() - 1)
    dialog.lines.itemClicked.emit(dialog.lines.currentItem())
    dialog.set_photo(a_photo())
    shot(app, "incident-open")
    dialog.open_button.click()
    until(lambda: dialog.pages.currentIndex() == 1)
    shot(app, "incident-reference")
    dialog.accept()

    until(
        lambda: counter.identify.extras is not None and len(counter.identify.extras.incidents) == 2
    )
    counter.open_incident_list()
    until(lambda: counter.incident_list is not None and bool(counter.incident_list.rows))
    counter.incident_list.move(0, 0)
    shot(app, "incident-list")
    counter.incident_list.accept()

    for product in products[:2]:
        counter.handle_scan(product.code)
    until(lambda: len(counter.cart_panel.cart.lines) == 2)
    counter.start_payment()
    until(lambda: counter.payment_dialog is not None and bool(counter.payment_dialog.campaigns))
    counter.payment_dialog.cash.setText("100")
    shot(app, "campaign-payment")
    counter.payment_dialog.reject()
    ctx.runner.wait()
    window.hide()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The gift redemption screens on a real (virtual) screen, saved as PNGs to look at.

Run under Xvfb:
  LOYALTY_KEY_DIR=$(mktemp -d) PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring \
  xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/gift_screenshots.py
Saves in docs/screenshots/: the gifts offered to a member (one too dear, one
sold out, one chosen), the manager's approval on the keypad, the offline
screen over a cap with the manager's reason, the voucher's preview, the
voucher PDF rendered to PNG, the cancellation list, and the stock.
"""

from __future__ import annotations

import io
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PIL import Image, ImageDraw
from PySide6.QtWidgets import QApplication
from screenshots import OUT, shot, until  # run from scripts/: its neighbour
from sqlalchemy import select

from loyalty_core.ids import uuid7
from loyalty_core.offline_caps import Identified
from pos_client.app import apply_style_sheet, build_context, install_translations
from pos_client.config import Settings
from pos_client.demo.loader import fill_demo_data
from pos_client.documents.preview import render_pages
from pos_client.services import gifts
from pos_client.services.staff import login
from pos_client.store.attachments import keep
from pos_client.store.database import open_store
from pos_client.store.manager_models import Gift, GiftStock
from pos_client.store.models import LAST_SYNC_KEY, Customer, Setting
from pos_client.ui.main_window import MainWindow
from pos_client.ui.screens import gifts as gift_screens

PLUM, ROSE, SAND, GOLD = (140, 59, 94), (217, 184, 199), (236, 224, 214), (201, 162, 92)


def _canvas() -> tuple[Image.Image, ImageDraw.ImageDraw]:
    image = Image.new("RGB", (336, 224), (246, 240, 236))
    return image, ImageDraw.Draw(image)


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def bag_picture() -> bytes:
    image, draw = _canvas()
    draw.rounded_rectangle((78, 70, 258, 190), 26, fill=PLUM)
    draw.rectangle((78, 92, 258, 98), fill=(170, 90, 125))
    draw.arc((128, 30, 208, 110), 180, 360, fill=PLUM, width=10)
    draw.ellipse((160, 86, 176, 102), fill=GOLD)
    return _png(image)


def perfume_picture() -> bytes:
    image, draw = _canvas()
    draw.rounded_rectangle((118, 84, 218, 200), 18, fill=ROSE, outline=PLUM, width=4)
    draw.rectangle((150, 58, 186, 86), fill=GOLD)
    draw.rectangle((142, 36, 194, 60), fill=PLUM)
    draw.rectangle((136, 120, 200, 160), fill=(250, 245, 242))
    return _png(image)


def tote_picture() -> bytes:
    image, draw = _canvas()
    draw.polygon([(98, 80), (238, 80), (226, 200), (110, 200)], fill=SAND, outline=(170, 150, 130))
    draw.arc((128, 30, 208, 130), 180, 360, fill=(170, 150, 130), width=8)
    draw.text((140, 132), "BELLESA", fill=PLUM)
    return _png(image)


def prepare(data: Path) -> Customer:
    """Demo data, four gifts (one with no picture, one sold out), a member with points."""
    sessions = open_store(data / "store.db")
    fill_demo_data(sessions, customers=500, products=200, seed=7)
    now = datetime.now(UTC)
    with sessions.begin() as s:
        for code, name, points, stock, picture, description in (
            ("BOLSA", "Bolsa de tela Bellesa", 300, 0, tote_picture(), "Algodón orgánico"),
            ("NECESER", "Neceser de viaje", 900, 4, bag_picture(), "Con cremallera dorada"),
            ("MUESTRAS", "Kit de muestras de tratamiento", 1200, 12, None, "Cinco minitallas"),
            ("PERFUME", "Perfume miniatura Aurélie 15 ml", 2500, 3, perfume_picture(), ""),
        ):
            sha = keep(s, picture, "image/png", now, uploaded=True) if picture else None
            gift = Gift(
                id=uuid7(),
                code=code,
                name=name,
                description=description,
                points=points,
                starts_on=None,
                ends_on=None,
                picture_sha256=sha,
                active=True,
            )
            s.add(gift)
            s.add(GiftStock(gift_id=gift.id, quantity=stock))
        customer = s.scalars(
            select(Customer).where(
                Customer.club_member.is_(True), Customer.card_number.is_not(None)
            )
        ).first()
        assert customer is not None
        customer.confirmed_points = 1850
        s.merge(Setting(key=LAST_SYNC_KEY, value=(now - timedelta(hours=3)).isoformat()))
        s.merge(Setting(key=gifts.CAPS_KEY, value={"per_redemption": 800}))
        s.expunge(customer)
    sessions.kw["bind"].dispose()
    return customer


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp(prefix="gift-screens-"))
    customer = prepare(data)

    app = QApplication(sys.argv)
    install_translations(app, "es")
    apply_style_sheet(app)
    ctx = build_context(Settings(data_dir=data, language="es"))
    window = MainWindow(ctx)
    window.resize(1280, 770)
    window.move(0, 0)
    window.show()
    window.login.code.setText("1001")  # an assistant: a manager approves on the keypad
    window.login.pin.setText("1234")
    window.login.enter.click()
    until(lambda: window.stack.currentWidget() is window.counter)
    counter = window.counter
    counter.identify.select(customer.id)
    until(lambda: counter.identify.card is not None)

    dialog = gift_screens.open_redemption(
        ctx, customer_id=customer.id, identified=Identified.CARD, parent=window
    )
    dialog.open()
    dialog.move(90, 20)
    until(lambda: dialog.shelf is not None)
    dialog.tile("Neceser de viaje").click()
    shot(app, "gifts-redeem")

    dialog.redeem_button.click()
    until(lambda: dialog.approval is not None and dialog.approval.isVisible())
    approval = dialog.approval
    approval.code.setText("1003")
    approval.pin.setText("3456")
    shot(app, "gifts-approval")
    approval.approve_button.click()
    until(lambda: dialog.offline_dialog is not None and dialog.offline_dialog.isVisible())
    offline = dialog.offline_dialog
    until(lambda: "800" in offline.cap_labels[0].text())
    offline.reason.setText("Clienta habitual; la central no responde")
    shot(app, "gifts-offline")

    offline.deliver_button.click()
    until(lambda: dialog.slip_dialog is not None and dialog.slip_dialog.pdf is not None)
    voucher = dialog.slip_dialog
    voucher.move(380, 10)
    shot(app, "gifts-voucher")
    for i, page in enumerate(render_pages(voucher.pdf, dpi=160), start=1):
        page.save(OUT / f"gifts-voucher-pdf-{i}.png")
        print(f"saved {OUT / f'gifts-voucher-pdf-{i}.png'}")
    voucher.close()
    dialog.close()

    cancel = gift_screens.open_cancellation(ctx, customer_id=customer.id, parent=window)
    cancel.open()
    cancel.move(150, 40)
    until(lambda: cancel.history is not None)
    cancel.table.selectRow(0)
    cancel.reason.setText("No le gusta el color")
    cancel.returned.setChecked(True)
    shot(app, "gifts-cancel")
    cancel.close()

    with ctx.sessions.begin() as s:  # the manager keeps the stock
        ctx.staff = login(s, code="1003", pin="3456", now=datetime.now(UTC))
    stock = gift_screens.open_stock(ctx, parent=window)
    stock.open()
    stock.move(150, 40)
    until(lambda: bool(stock.lines))
    stock.select("Neceser de viaje")
    stock.quantity.setValue(6)
    stock.note_field.setText("Albarán 2211")
    shot(app, "gifts-stock")
    stock.close()
    ctx.runner.wait()
    window.hide()
    return 0


if __name__ == "__main__":
    sys.exit(main())

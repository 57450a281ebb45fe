"""The store manager's screens on a real (virtual) screen, saved as PNGs to look at.

Run under Xvfb:
  LOYALTY_KEY_DIR=$(mktemp -d) PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring \
  xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/manager_screenshots.py
Saves in docs/screenshots/: the manager's menu; the review list (an overdraft,
a rejected registration, a possible duplicate, a flagged sale, an incident
head office waits on) and the correction form; the store's figures for the
last 30 days of sales; the staff with a locked code and a temporary PIN;
a till export previewed; and the figures report's first page.
"""

from __future__ import annotations

import contextlib
import random
import sys
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication
from screenshots import OUT, shot, until  # run from scripts/: its neighbour
from sqlalchemy import select

from loyalty_core.errors import StaffLocked, WrongPin
from loyalty_core.feeds import CampaignRow, Feed, GiftRow, GiftStockRow, ReviewRow
from loyalty_core.ids import uuid7
from loyalty_core.store_time import MADRID
from loyalty_core.sync_protocol import ChangeResult, ChangeStatus, FeedPage, FeedRow
from loyalty_core.wire import CustomerPayload, Operation
from pos_client.app import apply_style_sheet, build_context, install_translations
from pos_client.config import Settings
from pos_client.demo.loader import fill_demo_data
from pos_client.documents.preview import render_pages
from pos_client.documents.store_figures_pdf import render_store_figures_pdf
from pos_client.services import sales
from pos_client.services.cart import Cart
from pos_client.services.catalogue import find_product
from pos_client.services.staff import StaffMember, login
from pos_client.services.store_figures import store_figures
from pos_client.store.database import open_store
from pos_client.store.manager_models import Incident
from pos_client.store.models import Customer, Product
from pos_client.store.outbox import NewChange, append_changes
from pos_client.sync.outbox_push import record_answers
from pos_client.sync.replica import apply_page
from pos_client.sync.replica_manager import ROW_APPLIERS
from pos_client.ui.screens.manager import ManagerMenu

AUTUMN = uuid7()
HEADER = "ticket;fecha;caja;codigo;cantidad;precio;descuento;importe;total;tarjeta;telefono;pago"


def review_case(s, now: datetime, kind: str, customer, detail: dict, hours: int) -> None:
    row = ReviewRow(
        id=uuid7(),
        kind=kind,
        status="open",
        customer_id=customer.id if customer is not None else None,
        change_id=None,
        subject_id=uuid7(),
        detail=detail,
        created_at=now - timedelta(hours=hours),
    )
    page = FeedPage(
        feed=str(Feed.REVIEW),
        rows=[FeedRow(key=str(row.id), version=1, data=row.model_dump(mode="json"))],
        cursor=str(row.id),
        more=False,
        server_time=now,
    )
    apply_page(s, Feed.REVIEW, page)


def the_review_list(s, now: datetime, manager: StaffMember, people: list[Customer]) -> None:
    """One entry of each kind, as head office and this tablet's outbox leave them."""
    review_case(s, now, "overdraft", people[0], {"points": -500, "balance_after": -380}, 5)
    review_case(
        s,
        now,
        "possible_duplicate",
        people[1],
        {
            "reasons": ["phone", "name_and_birth_date"],
            "names": [f"{people[1].first_name} {people[1].last_names}"] * 2,
        },
        26,
    )
    review_case(
        s,
        now,
        "flagged_sale",
        people[2],
        {"flags": ["discount_over_limit", "points_mismatch"], "receipt_number": "T01-000412"},
        50,
    )
    change_id = uuid7()
    payload = CustomerPayload(
        customer_id=uuid7(),
        first_name="Lucía",
        last_names="Fernández Ortega",
        phone="+34 65544",
        email="lucia.fernandez@example.es",
        postal_code="28004",
        language="es",
        store_code="S001",
        registered_at=now - timedelta(hours=2),
    )
    change = NewChange(
        change_id,
        payload,
        payload.customer_id,
        Operation.CREATE,
        now - timedelta(hours=2),
        manager.id,
    )
    append_changes(s, [change])
    answer = ChangeResult(
        change_id=change_id,
        status=ChangeStatus.REJECTED,
        code="bad_value",
        message="phone: not a valid phone number: '+34 65544'",
    )
    record_answers(s, [answer], server_time=now, now=now)
    asked = now - timedelta(hours=1)
    s.add(
        Incident(
            id=uuid7(),
            reference="INC-S001-D01-000007-K",
            customer_id=people[3].id,
            category="product_defect",
            priority="normal",
            status="waiting_store",
            description="El dosificador del sérum llegó roto.",
            opened_at=now - timedelta(days=2),
            updated_at=asked,
            events=[
                {
                    "at": asked.isoformat(),
                    "status": "waiting_store",
                    "note": "¿Pueden decirnos el lote que figura en la caja del producto?",
                    "by": "Atención al cliente",
                    "from_store": False,
                }
            ],
        )
    )


def gifts_and_campaign(s, today: date) -> None:
    for name, points, stock in (
        ("Neceser de viaje", 100, 6),
        ("Mascarilla de arcilla (muestra)", 40, 0),
        ("Bolsa de tela Club Lumen", 250, 12),
    ):
        gift = GiftRow(id=uuid7(), code=name[:6], name=name, points=points, active=True)
        ROW_APPLIERS[Feed.GIFTS](s, gift.model_dump(mode="json"))
        row = GiftStockRow(gift_id=gift.id, quantity=stock)
        ROW_APPLIERS[Feed.GIFT_STOCK](s, row.model_dump(mode="json"))
    categories = sorted(set(s.scalars(select(Product.category))))
    campaign = CampaignRow(
        id=AUTUMN,
        code="OTONO",
        name="Otoño hidratado",
        starts_on=today - timedelta(days=40),
        ends_on=today + timedelta(days=10),
        channel="in_store",
        multiplier="1",
        bonus_per_unit=0,
        categories=categories,
    )
    ROW_APPLIERS[Feed.CAMPAIGNS](s, campaign.model_dump(mode="json"))


def a_month_of_sales(s, now: datetime, staff: StaffMember, people: list[Customer]) -> None:
    rng = random.Random(7)
    products = s.scalars(select(Product).where(Product.active.is_(True)).limit(200)).all()
    today = now.astimezone(MADRID).date()
    for back in range(29, -1, -1):
        day = today - timedelta(days=back)
        for _ in range(rng.randint(2, 9) if day.weekday() != 6 else 1):
            at = datetime(day.year, day.month, day.day, rng.randint(10, 19), rng.randint(0, 59))
            when = at.replace(tzinfo=MADRID).astimezone(UTC)
            if when > now:
                continue
            cart = Cart(customer_id=rng.choice(people).id)
            cart.campaign_id = AUTUMN if rng.random() < 0.3 else None
            for product in rng.sample(products, rng.randint(1, 3)):
                cart.add_product(find_product(s, code=product.code), 1)
            sales.finish(
                s,
                cart=cart,
                payment=sales.PaymentInput(card_cents=cart.priced().total_cents),
                staff=staff,
                now=when,
            )


def euros(cents: int) -> str:
    """'34,95': an amount as the till writes it."""
    return f"{cents // 100},{cents % 100:02d}"


def till_export(data: Path, products: list[Product], card: str, phone: str) -> Path:
    """Yesterday's tickets from the till: a member by card, one by phone, one without; two
    refused rows (a product the catalogue lacks, a day that does not exist)."""
    d = f"{datetime.now(MADRID) - timedelta(days=1):%d/%m/%Y}"
    a, b, c = (p.price_cents for p in products[:3])
    codes = [p.code for p in products[:3]]
    rows = [
        f"701;{d} 10:05;1;{codes[0]};2;{euros(a)};0,00;{euros(2 * a)};{euros(2 * a)};"
        f"{card};;tarjeta",
        f"702;{d} 11:20;1;{codes[1]};1;{euros(b)};0,00;{euros(b)};{euros(b)};;{phone};efectivo",
        f"703;{d} 12:00;2;{codes[2]};1;{euros(c)};0,00;{euros(c)};{euros(c)};;;efectivo",
        f"704;{d} 13:00;1;8437000000013;1;5,95;0,00;5,95;5,95;;;tarjeta",
        f"705;31/11/2026 14:00;1;{codes[0]};1;{euros(a)};0,00;{euros(a)};{euros(a)};;;tarjeta",
    ]
    path = data / "caja-ayer.csv"
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def prepare(data: Path) -> tuple[StaffMember, Path]:
    sessions = open_store(data / "store.db")
    fill_demo_data(sessions, customers=2000, products=600, seed=7)
    now = datetime.now(UTC)
    with sessions.begin() as s:
        manager = login(s, code="1003", pin="3456", now=now)
        people = list(
            s.scalars(
                select(Customer)
                .where(Customer.club_member.is_(True), Customer.phone.is_not(None))
                .limit(40)
            )
        )
        gifts_and_campaign(s, now.astimezone(MADRID).date())
        a_month_of_sales(s, now, manager, people)
        the_review_list(s, now, manager, people)
        products = list(s.scalars(select(Product).where(Product.active.is_(True)).limit(3)))
        card, phone = people[0].card_number or "", people[1].phone or ""
        s.expunge_all()
    for _ in range(5):  # Pau types a wrong PIN five times: his code is locked
        # Suppressed inside the transaction: the wrong try is counted, and committed.
        with sessions.begin() as s, contextlib.suppress(WrongPin, StaffLocked):
            login(s, code="1004", pin="0000", now=now)
    sessions.kw["bind"].dispose()
    return manager, till_export(data, products, card, phone)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp(prefix="manager-screens-"))
    manager, export = prepare(data)

    app = QApplication(sys.argv)
    install_translations(app, "es")
    apply_style_sheet(app)
    ctx = build_context(Settings(data_dir=data, language="es"))
    ctx.staff = manager
    menu = ManagerMenu(ctx, on_gift_stock=lambda: None)
    menu.move(0, 0)
    menu.show()
    until(lambda: menu.waiting is not None)
    shot(app, "manager-menu")

    menu.open_review()
    review = menu.review_dialog
    assert review is not None
    review.move(0, 0)
    until(lambda: bool(review.entries))
    overdraft = next(e.key for e in review.entries if e.kind == "overdraft")
    review.select_entry(overdraft)
    review.note.setText("Clienta habitual: lo recupera con sus compras.")
    shot(app, "manager-review")
    rejected = next(e.key for e in review.entries if e.kind == "rejected_change")
    review.select_entry(rejected)
    review.open_correction()
    assert review.correction is not None
    review.correction.move(280, 60)
    shot(app, "manager-review-correct")
    review.correction.reject()
    waiting = next(e.key for e in review.entries if e.kind == "incident_waiting")
    review.select_entry(waiting)
    review.answer.setPlainText("Lote L2406B, caducidad 09/2027. Guardamos el envase.")
    shot(app, "manager-review-incident")
    review.close()

    menu.open_figures()
    figures = menu.figures_dialog
    assert figures is not None
    figures.move(0, 0)
    until(lambda: figures.figures is not None)
    shot(app, "manager-figures")
    figures.tabs.setCurrentIndex(1)
    shot(app, "manager-figures-table")
    figures.close()

    menu.open_staff()
    staff = menu.staff_dialog
    assert staff is not None
    staff.move(0, 0)
    until(lambda: bool(staff.staff))
    staff.select(next(m.id for m in staff.staff if m.code == "1004"))
    shot(app, "manager-staff")
    staff.select(next(m.id for m in staff.staff if m.code == "1001"))
    staff.reset_button.click()
    assert staff.confirm_box is not None
    next(b for b in staff.confirm_box.buttons() if b.text() == "Restablecer PIN").click()
    until(lambda: staff.temporary_dialog is not None and staff.temporary_dialog.isVisible())
    assert staff.temporary_dialog is not None
    staff.temporary_dialog.move(380, 200)
    shot(app, "manager-staff-pin")
    staff.temporary_dialog.accept()
    staff.close()

    menu.open_till()
    till = menu.till_dialog
    assert till is not None
    till.move(0, 0)
    till.load_file(export)
    until(lambda: till.preview is not None)
    shot(app, "manager-till")
    till.tabs.setCurrentIndex(1)
    shot(app, "manager-till-rejected")
    till.close()
    ctx.runner.wait()

    with ctx.sessions.begin() as s:
        today = ctx.now().astimezone(MADRID).date()
        shown = store_figures(
            s, first_day=today - timedelta(days=29), last_day=today, now=ctx.now(), language="es"
        )
    first_page = render_pages(render_store_figures_pdf(shown), dpi=110)[0]
    first_page.save(OUT / "manager-figures-report-1.png")
    print(f"saved {OUT / 'manager-figures-report-1.png'}")
    menu.hide()
    return 0


if __name__ == "__main__":
    sys.exit(main())

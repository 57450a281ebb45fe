"""The beauty advisor's screens on a real (virtual) screen, saved as PNGs to look at.

Run under Xvfb:
  LOYALTY_KEY_DIR=$(mktemp -d) PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring \
  xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/advisor_screenshots.py
Saves in docs/screenshots/: the customer card with what is running out, the
diagnostic form filled in, the history with its chart, the advice, the
consent gate, the store's list of customers to call, and the customer's
report PDF rendered to PNG.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication
from screenshots import OUT, shot, until  # run from scripts/: its neighbour
from sqlalchemy import select

from loyalty_core.habits import Frequency, RoutineStep
from loyalty_core.replenishment import duration_days
from loyalty_core.skin import Concern, FaceArea, LevelSource, Sensitivity, SkinType
from pos_client.app import apply_style_sheet, build_context, install_translations
from pos_client.config import Settings
from pos_client.demo.loader import fill_demo_data
from pos_client.documents.preview import render_pages
from pos_client.documents.skin_report_pdf import render_skin_report_pdf
from pos_client.services import habits, sales
from pos_client.services.advice import care_guide
from pos_client.services.cart import Cart
from pos_client.services.catalogue import find_product
from pos_client.services.diagnostics import DiagnosticDraft, record_diagnostic
from pos_client.services.skin_report import skin_report
from pos_client.services.staff import login
from pos_client.store.database import open_store
from pos_client.store.models import Customer, Product
from pos_client.ui.main_window import MainWindow


def prepare(data: Path) -> tuple[Customer, Customer, list[Product]]:
    """A member with skin consent, two earlier visits, habits and a serum running out."""
    sessions = open_store(data / "store.db")
    fill_demo_data(sessions, customers=2000, products=1500, seed=7)
    now = datetime.now(UTC)
    with sessions.begin() as s:
        members = s.scalars(
            select(Customer).where(Customer.club_member.is_(True), Customer.phone.is_not(None))
        ).all()
        customer, other = members[0], members[1]
        customer.consent_state = {
            "club": True, "email": True, "sms": True, "profiling": False, "skin_data": True
        }  # fmt: skip
        other.consent_state = {
            "club": True, "email": False, "sms": False, "profiling": False, "skin_data": False
        }  # fmt: skip
        serums = s.scalars(
            select(Product).where(Product.kind == "serum", Product.active.is_(True)).limit(3)
        ).all()
        creams = s.scalars(
            select(Product).where(Product.kind == "moisturiser", Product.active.is_(True)).limit(1)
        ).all()
        advisor = login(s, code="1002", pin="2345", now=now)
        guide = care_guide()
        # One runs out in three days, the other ran out four days ago: both on this week's list.
        timing = []
        for product, offset in ((serums[0], -3), (creams[0], 4)):
            life = duration_days(guide, kind=product.kind, size=product.size) or 60
            timing.append((product, life + offset))
        for product, days in timing:
            cart = Cart(customer_id=customer.id)
            cart.add_product(find_product(s, code=product.code), 1)
            sales.finish(
                s,
                cart=cart,
                payment=sales.PaymentInput(card_cents=cart.priced().total_cents),
                staff=advisor,
                now=now - timedelta(days=days),
            )
        for days, hydration, oiliness in ((84, 29, 38), (42, 36, 33)):
            record_diagnostic(
                s,
                customer_id=customer.id,
                draft=DiagnosticDraft(
                    skin_type=SkinType.COMBINATION,
                    sensitivity=Sensitivity.MEDIUM,
                    hydration=hydration,
                    hydration_source=LevelSource.DEVICE,
                    oiliness=oiliness,
                    oiliness_source=LevelSource.DEVICE,
                    phototype=3,
                    concerns=(Concern.DEHYDRATION, Concern.PORES),
                    areas=(FaceArea.CHEEKS, FaceArea.NOSE),
                    notes="Zona T brillante, mejillas tirantes tras la limpieza.",
                    recommended=(serums[1].id,),
                ),
                staff=advisor,
                now=now - timedelta(days=days),
            )
        habits.update_habits(
            s,
            customer_id=customer.id,
            edits={
                "step.cleansing": RoutineStep("Gel de farmacia", "Otra marca", None,
                                              Frequency.TWICE_DAILY, "2024-01").to_text(),
                "step.moisturiser": RoutineStep(creams[0].name, creams[0].brand, creams[0].id,
                                                Frequency.DAILY, "2025-06").to_text(),
                "pref.fragrance_free": "true",
                "pref.price_range": "mid",
            },
            staff=advisor,
            now=now - timedelta(days=42),
        )  # fmt: skip
        s.expunge_all()
    sessions.kw["bind"].dispose()
    return customer, other, serums


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp(prefix="advisor-screens-"))
    customer, other, _serums = prepare(data)

    app = QApplication(sys.argv)
    install_translations(app, "es")
    apply_style_sheet(app)
    ctx = build_context(Settings(data_dir=data, language="es"))
    window = MainWindow(ctx)
    window.resize(1280, 770)
    window.move(0, 0)
    window.show()
    window.login.code.setText("1002")
    window.login.pin.setText("2345")
    window.login.enter.click()
    until(lambda: window.stack.currentWidget() is window.counter)
    counter = window.counter
    counter.identify.select(customer.id)
    until(lambda: counter.identify.card is not None)
    shot(app, "advisor-card-alerts")

    counter.identify.advice_button.click()
    until(lambda: counter.advisor_dialog is not None and counter.advisor_dialog.overview)
    dialog = counter.advisor_dialog
    dialog.move(0, 0)
    form = dialog.form
    form.skin_type.buttons["combination"].click()
    form.sensitivity.buttons["medium"].click()
    form.phototype.buttons["3"].click()
    for concern in ("dehydration", "pores", "fine_lines"):
        form.concerns.buttons[concern].click()
    for area in ("cheeks", "nose", "forehead"):
        form.areas.buttons[area].click()
    counter.handle_scan("HYD=44.6;OIL=30")  # the analyser types like the scanner
    form.notes.setPlainText(
        "Mejora la hidratación en mejillas desde la última visita. Mantener el sérum por la "
        "noche; protector solar a diario."
    )
    form.quick_buttons["1m"].click()
    offered = [row for row in dialog.advice_rows() if hasattr(row, "recommend_button")]
    for row in offered[:3]:
        row.recommend_button.click()  # from the suggestions into the diagnostic
    dialog.tabs.setCurrentIndex(0)
    shot(app, "advisor-diagnostic-form")
    dialog.save_button.click()
    until(lambda: dialog.tabs.currentIndex() == 1 and len(dialog.history.column_ids()) == 3)
    shot(app, "advisor-history-chart")
    dialog.tabs.setCurrentIndex(2)
    shot(app, "advisor-habits")
    dialog.tabs.setCurrentIndex(3)
    shot(app, "advisor-advice")
    dialog.close()

    counter.identify.select(other.id)
    until(lambda: counter.identify.card is not None and counter.identify.card.id == other.id)
    counter.identify.advice_button.click()
    until(lambda: counter.advisor_dialog is not None and counter.advisor_dialog.overview)
    counter.advisor_dialog.move(0, 0)
    shot(app, "advisor-consent-gate")
    counter.advisor_dialog.close()

    counter.open_due_list()
    until(lambda: counter.due_dialog is not None and counter.due_dialog.customers)
    counter.due_dialog.move(0, 0)
    shot(app, "advisor-due-list")
    counter.due_dialog.close()
    ctx.runner.wait()

    with ctx.sessions.begin() as s:
        report = skin_report(s, customer.id)
    for i, page in enumerate(render_pages(render_skin_report_pdf(report), dpi=110), start=1):
        page.save(OUT / f"skin-report-{i}.png")
        print(f"saved {OUT / f'skin-report-{i}.png'}")
    window.hide()
    return 0


if __name__ == "__main__":
    sys.exit(main())

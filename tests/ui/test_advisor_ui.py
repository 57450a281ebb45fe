"""The beauty advisor at the counter, on real widgets and a real store file.

An advisor logs in, opens a customer, records a diagnostic with the pen,
sees the history and its chart, puts two suggested products into the sale
and prints the customer's report, which is read back and looked at.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from members import a_signature
from pen import a_stylus, pen_stroke, sign
from pypdf import PdfReader
from PySide6.QtGui import QPointingDevice
from PySide6.QtWidgets import QLabel, QPushButton
from sqlalchemy import func, select

from loyalty_core.consent import Purpose
from loyalty_core.skin import Concern, SkinType
from pos_client.documents.consent_texts import load_consent_text
from pos_client.documents.preview import render_pages
from pos_client.services.cart import Cart
from pos_client.services.catalogue import find_product
from pos_client.services.consents import change_consent
from pos_client.services.diagnostics import DiagnosticDraft, record_diagnostic
from pos_client.services.sales import PaymentInput, finish
from pos_client.store.models import Customer, Diagnostic, OutboxEntry
from pos_client.ui.screens.advisor import advisor_dialog as advisor_module
from pos_client.ui.screens.enrolment import documents
from ui.test_enrolment_ui import NOW, close_counter, open_counter, type_text


def tap(button: QPushButton, pen: QPointingDevice) -> None:
    """The pen touches the middle of a button and lifts."""
    middle = (button.width() / 2, button.height() / 2)
    pen_stroke(button, pen, [middle, middle])


def give_skin_consent(store) -> None:
    with store.sessions.begin() as s:
        change_consent(
            s,
            customer_id=store.customer_id,
            changes={Purpose.CLUB: True, Purpose.SKIN_DATA: True, Purpose.EMAIL: True},
            text=load_consent_text("es"),
            signature=a_signature(),
            staff=store.advisor,
            now=NOW - timedelta(days=60),
        )


def an_earlier_visit(store) -> None:
    with store.sessions.begin() as s:
        record_diagnostic(
            s,
            customer_id=store.customer_id,
            draft=DiagnosticDraft(skin_type=SkinType.DRY, hydration=28, oiliness=25),
            staff=store.advisor,
            now=NOW - timedelta(days=42),
        )


def open_advice(qtbot, counter, store) -> advisor_module.AdvisorDialog:
    counter.identify.select(store.customer_id)
    qtbot.waitUntil(lambda: counter.identify.card is not None)
    assert counter.identify.advice_button.isVisible()
    counter.identify.advice_button.click()
    dialog = counter.advisor_dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.waitUntil(lambda: dialog.overview is not None)
    return dialog


def test_an_advisor_records_a_diagnostic_with_the_pen_and_sells_and_prints_the_advice(
    store, qtbot, monkeypatch, tmp_path: Path
) -> None:
    give_skin_consent(store)
    an_earlier_visit(store)
    window = open_counter(store, qtbot, inline=True)
    window._on_login_logged_in(store.advisor)
    counter = window.counter
    try:
        dialog = open_advice(qtbot, counter, store)
        assert dialog.gate.isHidden()
        pen = a_stylus()
        form = dialog.form
        tap(form.skin_type.buttons[SkinType.DRY], pen)
        tap(form.concerns.buttons[Concern.DEHYDRATION], pen)
        tap(form.concerns.buttons[Concern.FINE_LINES], pen)
        tap(form.phototype.buttons["2"], pen)
        type_text(qtbot, form.level_edits["hydration"], "41")
        counter.handle_scan("OIL=24")  # the skin analyser types its reading like a scanner
        assert form.level_edits["oiliness"].text() == "24"
        tap(form.quick_buttons["1m"], pen)
        form.notes.setPlainText("Tirantez en mejillas; mejora desde la última visita.")
        assert form.skin_type.value() == SkinType.DRY
        dialog.save_button.click()

        with store.sessions.begin() as s:
            assert s.scalar(select(func.count()).select_from(Diagnostic)) == 2
            queued = s.scalar(
                select(func.count())
                .select_from(OutboxEntry)
                .where(OutboxEntry.entity == "diagnostic")
            )
            assert queued == 2
        qtbot.waitUntil(lambda: dialog.tabs.currentIndex() == advisor_module.TAB_HISTORY)
        assert len(dialog.history.column_ids()) == 2
        chart = dialog.chart.series_points()
        assert [value for _, value in chart["hydration"]] == [28, 41]
        assert dialog.chart.showing_chart()

        # Two of the suggestions go into the sale on the counter.
        dialog.tabs.setCurrentIndex(advisor_module.TAB_ADVICE)
        suggested = [
            row
            for row in dialog.advice_rows()
            if hasattr(row, "recommend_button")  # suggestions, not reminders
        ]
        assert len(suggested) >= 2
        for row in suggested[:2]:
            row.sell_button.click()
        qtbot.waitUntil(lambda: len(counter.cart_panel.cart.lines) == 2)
        names = {line.name for line in counter.cart_panel.cart.lines}
        assert names == {"Aurélie Sérum Hidratante 50 ml", "Aurélie Crema de Día SPF15 50 ml"}

        # The report: previewed, printed, and what it says read back.
        printed: list[int] = []
        monkeypatch.setattr(
            documents,
            "print_pages",
            lambda _parent, pages, _title, dpi=None: printed.append(len(pages)),
        )
        dialog.report_button.click()
        report = dialog.report_dialog
        assert report is not None
        qtbot.waitUntil(lambda: report.pdf is not None, timeout=10_000)
        report.print_button.click()
        assert printed and printed[0] >= 1
        path = tmp_path / "informe.pdf"
        path.write_bytes(report.pdf)
        text = " ".join(page.extract_text() for page in PdfReader(path).pages)
        assert "María José Núñez Pujol" in text
        assert "41" in text and "28" in text  # today's hydration beside the last visit's
        assert "Tirantez en mejillas" in text
        first_page = render_pages(path)[0]
        first_page.save(tmp_path / "informe.png")
        assert first_page.convert("L").getextrema()[0] < 100  # ink on the page
        report.close()
    finally:
        if counter.advisor_dialog is not None:
            counter.advisor_dialog.close()
        close_counter(window)


def test_without_skin_consent_the_advisor_is_told_why_and_collects_it_there_and_then(
    store, qtbot
) -> None:
    with store.sessions.begin() as s:  # a member who joined on paper, before the app
        customer = s.scalars(select(Customer).where(Customer.id == store.customer_id)).one()
        customer.consent_state = {p.value: p == Purpose.CLUB for p in Purpose}
    window = open_counter(store, qtbot, inline=True)
    window._on_login_logged_in(store.advisor)
    counter = window.counter
    try:
        dialog = open_advice(qtbot, counter, store)
        assert dialog.gate.isVisible()
        assert not dialog.tabs.isTabEnabled(advisor_module.TAB_DIAGNOSTIC)
        assert "no ha dado su consentimiento" in dialog.gate_text.text()
        dialog.collect_button.click()
        consent = dialog.consent_dialog
        assert consent is not None
        qtbot.waitUntil(consent.isVisible)
        assert list(consent.choices) == [Purpose.SKIN_DATA]  # only what is asked now
        consent.choices[Purpose.SKIN_DATA].box.click()
        sign(consent.pad, a_stylus())
        consent.sign_button.click()
        qtbot.waitUntil(lambda: dialog.overview is not None and dialog.overview.allowed)
        assert dialog.gate.isHidden() and dialog.tabs.isTabEnabled(advisor_module.TAB_DIAGNOSTIC)
        with store.sessions.begin() as s:
            held = s.scalars(select(Customer).where(Customer.id == store.customer_id)).one()
            assert held.club_member  # still a member: the paper state stands for the club
            assert held.consent_state is not None and held.consent_state["skin_data"] is True
        dialog.close()
    finally:
        close_counter(window)


def test_an_assistant_sees_what_is_running_out_and_rings_it_up_but_no_skin_data(
    store, qtbot
) -> None:
    with store.sessions.begin() as s:  # the serum (50 ml, 0.5 ml a day) bought 95 days ago
        cart = Cart(customer_id=store.customer_id)
        cart.add_product(find_product(s, code=store.products["serum"]), 1)
        finish(
            s,
            cart=cart,
            payment=PaymentInput(card_cents=cart.priced().total_cents),
            staff=store.assistant,
            now=NOW - timedelta(days=95),
        )
    window = open_counter(store, qtbot, inline=True)  # logged in as the assistant
    counter = window.counter
    try:
        counter.identify.select(store.customer_id)
        qtbot.waitUntil(lambda: counter.identify.card is not None)
        assert not counter.identify.advice_button.isVisible()  # skin data: advisors only
        assert counter.identify.reminders_frame.isVisible()
        (label,) = counter.identify.reminders_frame.findChildren(QLabel, "reminderLabel")
        assert label.text().startswith("Se le acaba Aurélie Sérum Hidratante 50 ml")
        (add,) = counter.identify.reminders_frame.findChildren(QPushButton)
        add.click()
        qtbot.waitUntil(lambda: len(counter.cart_panel.cart.lines) == 1)
        assert counter.cart_panel.cart.lines[0].name == "Aurélie Sérum Hidratante 50 ml"
    finally:
        close_counter(window)

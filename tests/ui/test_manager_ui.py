"""The store manager's screens on real widgets and a real store file.

The review list shows an overdraft as head office's feed brings it and a
change the server rejected; a manager writes the overdraft off (it leaves
the list, a settlement is queued) and corrects a registration's phone and
sends it again; an assistant sees the list and cannot decide. Staff: a
reset PIN is shown once and logs in, must then be changed; a PIN anybody
would guess is refused with its reason; a locked code is unlocked. The
figures of a range add up to the sales made, and the PDF says the same.
A till export is previewed and imported, and a second import brings in
nothing new.
"""

from __future__ import annotations

import io
import json
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from loyalty_core.errors import StaffLocked, WrongPin
from loyalty_core.feeds import CampaignRow, Feed, GiftRow, GiftStockRow, ReviewRow
from loyalty_core.ids import uuid7
from loyalty_core.money import format_euros
from loyalty_core.sync_protocol import ChangeResult, ChangeStatus, FeedPage, FeedRow
from loyalty_core.wire import CustomerPayload, Operation, SettleAction
from pos_client.app import build_context
from pos_client.config import Settings
from pos_client.services import sales
from pos_client.services.cart import Cart
from pos_client.services.catalogue import find_product
from pos_client.services.receipts import Receipt
from pos_client.services.staff import login
from pos_client.services.staff_admin import must_change
from pos_client.store.manager_models import Incident
from pos_client.store.models import OutboxEntry
from pos_client.store.outbox import NewChange, append_changes
from pos_client.sync.outbox_push import record_answers
from pos_client.sync.replica import apply_page
from pos_client.sync.replica_manager import ROW_APPLIERS
from pos_client.ui.screens.manager import ManagerMenu, open_review
from pos_client.ui.screens.manager.figures_dialog import FiguresDialog
from pos_client.ui.screens.manager.review_dialog import ReviewDialog
from pos_client.ui.screens.manager.staff_dialog import StaffDialog
from pos_client.ui.screens.manager.till_dialog import TillDialog

NOW = datetime(2026, 11, 24, 11, 30, tzinfo=UTC)
SPRING = uuid.UUID("0195f000-0000-7000-8000-0000000000c1")
NECESER = uuid.UUID("0195f000-0000-7000-8000-000000000001")
SAMPLE = uuid.UUID("0195f000-0000-7000-8000-000000000002")
HEADER = "ticket;fecha;caja;codigo;cantidad;precio;descuento;importe;total;tarjeta;telefono;pago"
MISSING_CODE = "8437000000013"


def make_ctx(store, staff, *, inline: bool = True):
    ctx = build_context(Settings(data_dir=store.path.parent), inline=inline)
    ctx.now = lambda: NOW
    ctx.staff = staff
    return ctx


@pytest.fixture
def manager_ctx(store):
    ctx = make_ctx(store, store.manager)
    yield ctx
    ctx.runner.wait()
    ctx.sessions.kw["bind"].dispose()


def show(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def press_yes(box: QMessageBox | None) -> None:
    """Confirm a question asked with `widgets.confirm.ask` (its yes is the destructive one)."""
    assert box is not None and box.isVisible()
    yes = next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
    )
    yes.click()


# -- what the review list is made of ----------------------------------------------------
def an_overdraft(store) -> uuid.UUID:
    """An overdraft case as head office's review feed brings it down."""
    row = ReviewRow(
        id=uuid7(),
        kind="overdraft",
        status="open",
        customer_id=store.customer_id,
        change_id=None,
        subject_id=uuid7(),
        detail={"points": -500, "balance_after": -400},
        created_at=NOW - timedelta(hours=3),
    )
    page = FeedPage(
        feed=str(Feed.REVIEW),
        rows=[FeedRow(key=str(row.id), version=1, data=row.model_dump(mode="json"))],
        cursor="1",
        more=False,
        server_time=NOW,
    )
    with store.sessions.begin() as s:
        apply_page(s, Feed.REVIEW, page)
    return row.id


def a_rejected_registration(store) -> uuid.UUID:
    """A customer registered here with a phone the server refused, as its answer left it."""
    change_id = uuid7()
    payload = CustomerPayload(
        customer_id=uuid7(),
        first_name="Lucía",
        last_names="Fernández Ortega",
        phone="+34 12",
        email="lucia.fernandez@example.es",
        postal_code="28004",
        language="es",
        store_code="S001",
        registered_at=NOW - timedelta(hours=1),
    )
    answer = ChangeResult(
        change_id=change_id,
        status=ChangeStatus.REJECTED,
        code="bad_value",
        message="phone: not a valid phone number: '+34 12'",
    )
    with store.sessions.begin() as s:
        change = NewChange(
            change_id,
            payload,
            payload.customer_id,
            Operation.CREATE,
            NOW - timedelta(hours=1),
            store.assistant.id,
        )
        append_changes(s, [change])
        record_answers(s, [answer], server_time=NOW, now=NOW)
    return change_id


def queued(store, entity: str) -> list[dict]:
    with store.sessions() as s:
        rows = s.scalars(
            select(OutboxEntry).where(OutboxEntry.entity == entity).order_by(OutboxEntry.seq)
        ).all()
        return [json.loads(r.payload) for r in rows]


# -- the review list --------------------------------------------------------------------
def test_a_manager_writes_an_overdraft_off_and_it_leaves_the_list(store, qtbot, manager_ctx):
    case_id = an_overdraft(store)
    change_id = a_rejected_registration(store)
    dialog = show(qtbot, open_review(manager_ctx))
    assert isinstance(dialog, ReviewDialog)
    assert dialog.keys() == [str(change_id), str(case_id)]  # newest first
    assert dialog.read_only_line.isHidden()
    rows = [
        [dialog.table.item(r, c).text() for c in range(4)] for r in range(dialog.table.rowCount())
    ]
    assert rows[0][1:] == ["Cambio rechazado", "Lucía Fernández Ortega", "Un dato no es válido"]
    assert rows[1][1:] == ["Saldo negativo", "María José Núñez Pujol", "Saldo de -400 puntos"]

    dialog.select_entry(str(case_id))
    assert dialog.kind_title.text() == "Saldo de puntos en negativo"
    assert dialog.facts["reason"][1].text() == "Saldo de -400 puntos"
    assert dialog.facts["customer"][1].text().startswith("María José Núñez Pujol")
    visible = [a for a, row in dialog.action_rows.items() if not row.isHidden()]
    assert visible == [SettleAction.RECOVER, SettleAction.WRITE_OFF]
    dialog.note.setText("Clienta de siempre; lo asume la tienda.")
    dialog.action_buttons[SettleAction.WRITE_OFF].click()
    press_yes(dialog.confirm_box)

    assert dialog.keys() == [str(change_id)]
    assert "Asumir el descubierto" in dialog.message.text()
    (settlement,) = queued(store, "settlement")
    assert settlement["action"] == "write_off"
    assert settlement["case_id"] == str(case_id)
    assert settlement["note"] == "Clienta de siempre; lo asume la tienda."
    dialog.close()


def test_a_rejected_registration_is_corrected_and_sent_again(store, qtbot, manager_ctx):
    change_id = a_rejected_registration(store)
    dialog = show(qtbot, ReviewDialog(manager_ctx))
    dialog.select_entry(str(change_id))
    assert "phone: not a valid phone number" in dialog.facts["detail"][1].text()
    visible = [a for a, row in dialog.action_rows.items() if not row.isHidden()]
    assert visible == [SettleAction.RESENT, SettleAction.VOID]
    dialog.action_buttons[SettleAction.RESENT].click()
    form = dialog.correction
    assert form is not None and form.isVisible()
    assert form.fields["first_name"].text() == "Lucía"
    assert form.fields["phone"].text() == "+34 12"
    # What the server refused is said at once, under its field, in Spanish.
    assert not form.errors["phone"].isHidden()
    assert "no es un teléfono válido" in form.errors["phone"].text()
    assert form.errors["email"].isHidden()

    form.fields["postal_code"].setText("2800")  # a new mistake is caught before sending
    form.send_button.click()
    assert "5 cifras" in form.errors["postal_code"].text()
    assert len(queued(store, "customer")) == 1

    form.fields["postal_code"].setText("28004")
    form.fields["phone"].setText("655 443 322")
    form.send_button.click()
    assert not form.isVisible()
    first, second = queued(store, "customer")
    assert second["customer_id"] == first["customer_id"]
    assert second["phone"] == "+34655443322"
    assert second["first_name"] == "Lucía" and second["email"] == "lucia.fernandez@example.es"
    (settlement,) = queued(store, "settlement")
    assert settlement["action"] == "resent"
    assert settlement["change_id"] == str(change_id)
    assert dialog.keys() == []
    assert dialog.empty.isVisible()
    dialog.close()


def test_an_incident_waiting_for_the_store_is_answered(store, qtbot, manager_ctx):
    incident_id = uuid7()
    asked = NOW - timedelta(hours=2)
    with store.sessions.begin() as s:
        s.add(
            Incident(
                id=incident_id,
                reference="INC-S001-D01-000007-K",
                customer_id=store.customer_id,
                category="product_defect",
                priority="normal",
                status="waiting_store",
                description="El dosificador del sérum llegó roto.",
                opened_at=NOW - timedelta(days=2),
                updated_at=asked,
                events=[
                    {
                        "at": asked.isoformat(),
                        "status": "waiting_store",
                        "note": "¿Qué lote figura en la caja?",
                        "by": "Atención al cliente",
                        "from_store": False,
                    }
                ],
            )
        )
    dialog = show(qtbot, ReviewDialog(manager_ctx))
    assert dialog.keys() == [str(incident_id)]
    assert dialog.facts["reason"][1].text() == "La central pregunta: «¿Qué lote figura en la caja?»"
    assert dialog.answer.isVisible() and dialog.decision_title.isHidden()
    dialog.answer_button.click()  # nothing written yet
    assert dialog.message.text() == "Escriba la respuesta antes de enviarla."
    dialog.answer.setPlainText("Lote L2406B, caducidad 09/2027.")
    dialog.answer_button.click()
    (note,) = queued(store, "incident_note")
    assert note["incident_id"] == str(incident_id)
    assert note["text"] == "Lote L2406B, caducidad 09/2027."
    assert dialog.keys() == []
    assert dialog.message.text().startswith("Respuesta guardada")
    dialog.close()


def test_an_assistant_sees_the_list_but_cannot_decide(store, qtbot):
    an_overdraft(store)
    ctx = make_ctx(store, store.assistant)
    try:
        dialog = show(qtbot, ReviewDialog(ctx))
        assert len(dialog.keys()) == 1
        assert dialog.read_only_line.isVisible()
        assert "no cambiarlos" in dialog.read_only_line.text()
        shown = [
            b for a, b in dialog.action_buttons.items() if not dialog.action_rows[a].isHidden()
        ]
        assert shown and not any(b.isEnabled() for b in shown)
        assert dialog.note.isHidden()
        dialog.decide(SettleAction.WRITE_OFF)  # even called directly, nothing happens
        assert dialog.confirm_box is None
        assert queued(store, "settlement") == []
        dialog.close()
    finally:
        ctx.sessions.kw["bind"].dispose()


def test_the_menu_counts_what_waits_and_opens_each_screen(store, qtbot, manager_ctx):
    an_overdraft(store)
    a_rejected_registration(store)
    opened: list[str] = []
    menu = show(qtbot, ManagerMenu(manager_ctx, on_gift_stock=lambda: opened.append("gifts")))
    assert menu.review_button.text() == "Revisar pendientes (2)"
    menu.gift_button.click()
    assert opened == ["gifts"]
    menu.review_button.click()
    review = menu.review_dialog
    assert review is not None and review.isVisible()
    review.select_entry(review.keys()[1])
    review.action_buttons[SettleAction.RECOVER].click()
    press_yes(review.confirm_box)
    assert menu.review_button.text() == "Revisar pendientes (1)"
    review.close()
    for button, name in (
        (menu.figures_button, "figures_dialog"),
        (menu.staff_button, "staff_dialog"),
        (menu.till_button, "till_dialog"),
    ):
        button.click()
        screen = getattr(menu, name)
        assert screen is not None and screen.isVisible()
        screen.close()
    menu.close()
    without = show(qtbot, ManagerMenu(manager_ctx))
    assert without.gift_button.isHidden()
    without.close()


# -- staff and PINs ------------------------------------------------------------------------
def test_a_reset_pin_is_shown_once_logs_in_and_must_be_changed(store, qtbot, manager_ctx):
    dialog = show(qtbot, StaffDialog(manager_ctx))
    assert [m.code for m in dialog.staff] == ["1001", "1002", "1003"]
    dialog.select(store.assistant.id)
    dialog.reset_button.click()
    press_yes(dialog.confirm_box)
    shown = dialog.temporary_dialog
    assert shown is not None and shown.isVisible()
    pin = shown.pin_label.text()
    assert pin.isdigit() and len(pin) == 6
    assert dialog.table.item(0, 3).text() == "Debe cambiar el PIN al entrar"
    with store.sessions.begin() as s:
        assert login(s, code="1001", pin=pin, now=NOW).id == store.assistant.id
        assert must_change(s, store.assistant.id)
    shown.accept()
    assert shown.pin_label.text() == ""  # never shown again
    (change,) = queued(store, "staff_pin")
    assert change["must_change"] is True and change["staff_id"] == str(store.assistant.id)
    dialog.close()


def test_a_pin_anybody_would_guess_is_refused_with_its_reason(store, qtbot, manager_ctx):
    dialog = show(qtbot, StaffDialog(manager_ctx))
    dialog.select(store.advisor.id)
    dialog.new_pin_button.click()
    form = dialog.pin_dialog
    assert form is not None and form.isVisible()
    form.pin.setText("1234")
    form.again.setText("1234")
    form.save_button.click()
    assert form.error.text() == "Un PIN no puede ser una serie seguida, como 1234 o 9876."
    form.pin.setText("4826")
    form.again.setText("4862")
    form.save_button.click()
    assert form.error.text() == "Los dos PIN no coinciden: escríbalo otra vez."
    form.pin.setText("7777")
    form.again.setText("7777")
    form.save_button.click()
    assert "cifra repetida" in form.error.text()
    assert queued(store, "staff_pin") == []
    form.pin.setText("4826")
    form.again.setText("4826")
    form.save_button.click()
    assert not form.isVisible()
    assert "PIN nuevo guardado para Marc Puig" in dialog.message.text()
    with store.sessions.begin() as s:
        assert login(s, code="1002", pin="4826", now=NOW).id == store.advisor.id
        assert not must_change(s, store.advisor.id)
    assert len(queued(store, "staff_pin")) == 1
    dialog.close()


def test_a_locked_code_is_unlocked(store, qtbot, manager_ctx):
    for _ in range(5):
        with store.sessions.begin() as s, pytest.raises((WrongPin, StaffLocked)):
            login(s, code="1001", pin="9999", now=NOW)
    dialog = show(qtbot, StaffDialog(manager_ctx))
    dialog.select(store.assistant.id)
    assert dialog.table.item(0, 3).text().startswith("Bloqueado hasta las")
    assert dialog.unlock_button.isEnabled()
    dialog.select(store.advisor.id)
    assert not dialog.unlock_button.isEnabled()  # nothing to unlock there
    dialog.select(store.assistant.id)
    dialog.unlock_button.click()
    assert dialog.table.item(0, 3).text() == "Activo"
    assert not dialog.unlock_button.isEnabled()
    with store.sessions.begin() as s:
        assert login(s, code="1001", pin="1234", now=NOW).id == store.assistant.id
    (change,) = queued(store, "staff_pin")
    assert change["unlock"] is True
    dialog.close()


def test_somebody_else_sees_the_staff_and_may_change_only_their_own_pin(store, qtbot):
    ctx = make_ctx(store, store.advisor)
    try:
        dialog = show(qtbot, StaffDialog(ctx))
        assert dialog.read_only_line.isVisible()
        dialog.select(store.assistant.id)
        assert not dialog.new_pin_button.isEnabled()
        assert not dialog.reset_button.isEnabled()
        dialog.select(store.advisor.id)
        assert dialog.new_pin_button.isEnabled()
        assert not dialog.reset_button.isEnabled()
        dialog.close()
    finally:
        ctx.sessions.kw["bind"].dispose()


# -- the store's figures ------------------------------------------------------------------
def sell(store, when: datetime, items: dict[str, int], *, campaign=None) -> Receipt:
    with store.sessions.begin() as s:
        cart = Cart(customer_id=store.customer_id)
        cart.campaign_id = campaign
        for short, quantity in items.items():
            cart.add_product(find_product(s, code=store.products[short]), quantity)
        return sales.finish(
            s,
            cart=cart,
            payment=sales.PaymentInput(card_cents=cart.priced().total_cents),
            staff=store.assistant,
            now=when,
        )


def gifts_and_a_campaign(store) -> None:
    with store.sessions.begin() as s:
        for gid, name, points, stock in (
            (NECESER, "Neceser de viaje", 100, 5),
            (SAMPLE, "Mascarilla de arcilla (muestra)", 40, 0),
        ):
            gift = GiftRow(id=gid, code=name[:6], name=name, points=points, active=True)
            ROW_APPLIERS[Feed.GIFTS](s, gift.model_dump(mode="json"))
            stock_row = GiftStockRow(gift_id=gid, quantity=stock)
            ROW_APPLIERS[Feed.GIFT_STOCK](s, stock_row.model_dump(mode="json"))
        campaign = CampaignRow(
            id=SPRING,
            code="OTONO",
            name="Otoño hidratado",
            starts_on=date(2026, 11, 1),
            ends_on=date(2026, 11, 30),
            channel="in_store",
            multiplier="1",
            bonus_per_unit=0,
            categories=["skincare"],
        )
        ROW_APPLIERS[Feed.CAMPAIGNS](s, campaign.model_dump(mode="json"))


def test_the_figures_of_a_range_add_up_and_export_to_pdf(store, qtbot):
    gifts_and_a_campaign(store)
    sell(store, datetime(2026, 11, 19, 12, tzinfo=UTC), {"serum": 3})  # before the range
    first = sell(store, datetime(2026, 11, 20, 10, tzinfo=UTC), {"soap": 2, "book": 1})
    second = sell(store, datetime(2026, 11, 23, 17, tzinfo=UTC), {"serum": 1}, campaign=SPRING)
    third = sell(store, datetime(2026, 11, 23, 18, tzinfo=UTC), {"cream": 1})
    total = first.total_cents + second.total_cents + third.total_cents
    ctx = make_ctx(store, store.manager, inline=False)  # as it runs: store thread, I/O pool
    try:
        dialog = show(qtbot, FiguresDialog(ctx))
        qtbot.waitUntil(lambda: dialog.figures is not None)
        assert dialog.chosen_range() == (date(2026, 10, 26), date(2026, 11, 24))  # last 30 days
        dialog.show_range(date(2026, 11, 20), date(2026, 11, 24))
        qtbot.waitUntil(
            lambda: dialog.figures is not None and dialog.figures.first_day == date(2026, 11, 20)
        )
        assert dialog.tiles["sales"].value.text() == format_euros(total)
        assert dialog.tiles["sales"].sub.text() == "3 tickets"
        assert dialog.tiles["campaign"].sub.text() == format_euros(second.total_cents)
        bars = dialog.chart.bars()
        assert [b[0] for b in bars] == ["20/11", "21/11", "22/11", "23/11", "24/11"]
        assert bars[0] == ("20/11", 0, first.total_cents)
        assert bars[3] == ("23/11", second.total_cents, third.total_cents)
        assert dialog.chart.showing_chart()
        table = dialog.table_rows(dialog.day_table)
        assert table[-1][0] == "Total" and table[-1][3] == format_euros(total)
        assert table[0][0] == "vi 20/11/2026"
        gifts = dialog.table_rows(dialog.gift_table)
        assert gifts == [
            ["Mascarilla de arcilla (muestra)", "40", "Agotado"],
            ["Neceser de viaje", "100", "5"],
        ]
        assert dialog.table_rows(dialog.campaign_table) == [
            ["Otoño hidratado", "1", format_euros(second.total_cents)]
        ]

        dialog.choose("today")
        qtbot.waitUntil(lambda: dialog.figures.first_day == date(2026, 11, 24))
        assert dialog.tiles["sales"].value.text() == format_euros(0)
        assert not dialog.chart.showing_chart()
        dialog.show_range(date(2026, 11, 24), date(2026, 11, 20))
        qtbot.waitUntil(lambda: dialog.message.isVisible())
        assert "anterior" in dialog.message.text()
        assert not dialog.export_button.isEnabled()

        dialog.show_range(date(2026, 11, 20), date(2026, 11, 24))
        qtbot.waitUntil(lambda: dialog.export_button.isEnabled())
        dialog.export_button.click()
        report = dialog.pdf_dialog
        assert report is not None
        qtbot.waitUntil(lambda: report.pdf is not None, timeout=15_000)
        assert report.pages and report.print_button.isEnabled()
        text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(report.pdf)).pages)
        assert "Cifras de la tienda" in text
        assert "20/11/2026" in text and "24/11/2026" in text
        assert format_euros(total) in text
        assert "Otoño hidratado" in text
        report.close()
        dialog.close()
    finally:
        ctx.runner.wait()
        ctx.sessions.kw["bind"].dispose()


# -- the till's export ----------------------------------------------------------------------
def till_export(store, path: Path) -> Path:
    rows = [
        # lines 2-3: María by her card
        "501;23/11/2026 10:05;1;{serum};2;34,95;0,00;69,90;74,90;{card};;tarjeta",
        "501;23/11/2026 10:05;1;{soap};1;5,95;0,95;5,00;74,90;{card};;tarjeta",
        # line 4: María by her phone as the till's assistant typed it
        "502;23/11/2026 11:20;1;{cream};1;22,50;0,00;22,50;22,50;;612 34 56 78;efectivo",
        # line 5: nobody
        "503;23/11/2026 12:00;2;{book};1;12,00;0,00;12,00;12,00;;;efectivo",
        # line 6: a product the catalogue lacks; line 7: a day that does not exist
        f"505;23/11/2026 13:00;1;{MISSING_CODE};1;5,95;0,00;5,95;5,95;;;tarjeta",
        "506;31/11/2026 14:00;1;{soap};1;5,95;0,00;5,95;5,95;;;tarjeta",
    ]
    names = {**store.products, "card": store.customer_card}
    text = "\n".join([HEADER, *(row.format(**names) for row in rows)]) + "\n"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_till_export_is_previewed_imported_and_not_twice(store, qtbot, manager_ctx, tmp_path):
    path = till_export(store, tmp_path / "caja-23-11.csv")
    dialog = show(qtbot, TillDialog(manager_ctx))
    assert not dialog.import_button.isEnabled()
    dialog.load_file(path)
    preview = dialog.preview
    assert preview is not None
    assert [t.ticket for t in preview.tickets] == ["501", "502", "503"]
    assert dialog.ticket_table.rowCount() == 3
    clients = [dialog.ticket_table.item(r, 5).text() for r in range(3)]
    assert clients == [
        "María José Núñez Pujol (por tarjeta)",
        "María José Núñez Pujol (por teléfono)",
        "Sin socio",
    ]
    assert [dialog.ticket_table.item(r, 7).text() for r in range(3)] == ["Por importar"] * 3
    rejected = [
        (dialog.rejected_table.item(r, 0).text(), dialog.rejected_table.item(r, 1).text())
        for r in range(dialog.rejected_table.rowCount())
    ]
    assert rejected == [
        ("6", "El producto no está en el catálogo"),
        ("7", "La fecha u hora no es válida"),
    ]
    points = sum(t.points for t in preview.tickets)
    assert points > 0
    assert "3 por importar" in dialog.summary.text()
    assert "2 filas rechazadas" in dialog.summary.text()
    assert dialog.tabs.tabText(1) == "Filas rechazadas (2)"
    assert dialog.import_button.isEnabled()

    dialog.import_button.click()
    report = dialog.report
    assert report is not None and report.imported == 3 and report.points == points
    assert dialog.report_line.text().startswith("Importados 3 tickets (2 con socio, 1 sin socio)")
    assert len(queued(store, "till_sale")) == 3
    assert [dialog.ticket_table.item(r, 7).text() for r in range(3)] == ["Ya importado"] * 3
    assert not dialog.import_button.isEnabled()
    dialog.close()

    again = show(qtbot, TillDialog(manager_ctx))
    again.load_file(path)
    assert again.preview is not None and again.preview.to_import == ()
    assert again.before_line.isVisible() and "ya se importó" in again.before_line.text()
    assert not again.import_button.isEnabled()
    again.import_file()  # even so: nothing new comes in, and it says so
    assert again.report is not None and again.report.imported == 0
    assert again.report_line.text() == (
        "No se ha importado nada nuevo: los 3 tickets de este archivo ya estaban importados."
    )
    assert len(queued(store, "till_sale")) == 3
    again.close()


def test_an_unreadable_file_is_said_in_words(store, qtbot, manager_ctx, tmp_path):
    dialog = show(qtbot, TillDialog(manager_ctx))
    dialog.load_file(tmp_path / "no-existe.csv")
    assert dialog.message.isVisible()
    assert dialog.message.text().startswith("No se puede leer el archivo")
    assert not dialog.import_button.isEnabled()
    dialog.close()

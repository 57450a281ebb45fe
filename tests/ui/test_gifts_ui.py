"""Gifts for points on real widgets and a real store file.

An assistant is logged in; a manager approves on the keypad with their code
and PIN (a wrong PIN is refused and counted towards their lock-out). With no
server the offline caps decide: within them the gift is handed over and the
voucher printed (read back from the PDF); over one, only with a manager's
reason; a customer found by a name search is refused. Head office's refusal
says its balance and changes nothing. A cancellation gives the points back
and prints its slip; the manager keeps the stock. Ops run inline, except
the first test, on the real store thread and I/O pool.
"""

from __future__ import annotations

import io
import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QPushButton, QWidget
from sqlalchemy import select

from loyalty_core.ids import uuid7
from loyalty_core.offline_caps import Identified
from loyalty_core.sync_protocol import RedemptionAnswer, RedemptionRequest
from pos_client.app import build_context
from pos_client.config import Settings
from pos_client.context import AppContext
from pos_client.services import gifts
from pos_client.services.receipts import customer_on_receipt
from pos_client.services.staff import StaffMember
from pos_client.store.manager_models import Gift, GiftStock, Redemption
from pos_client.store.models import (
    LAST_SYNC_KEY,
    Customer,
    LedgerEntry,
    OutboxEntry,
    Setting,
    Staff,
)
from pos_client.sync.api import Refused
from pos_client.ui.screens import gifts as gift_screens
from pos_client.ui.screens.enrolment import documents
from pos_client.ui.screens.gifts.approval import ApprovalDialog
from pos_client.ui.screens.gifts.redeem_dialog import RedeemDialog
from pos_client.ui.signals import Changes
from ui.test_enrolment_ui import type_text

NOW = datetime(2026, 11, 24, 11, 30, tzinfo=UTC)
NECESER, PERFUME, BOLSA = "Neceser de viaje", "Perfume miniatura", "Bolsa de tela"
OFFLINE_NOTE = "Canje sin conexión: se confirmará con la central"


# -- the store ----------------------------------------------------------------------
def stock_gifts(store, *, balance: int = 900) -> dict[str, uuid.UUID]:
    """Three gifts (one too dear, one sold out), points for the customer, a recent sync."""
    ids = {}
    with store.sessions.begin() as s:
        for code, name, points, count in (
            ("NECESER", NECESER, 500, 3),
            ("PERFUME", PERFUME, 2000, 5),
            ("BOLSA", BOLSA, 100, 0),
        ):
            gift = Gift(
                id=uuid7(),
                code=code,
                name=name,
                description="",
                points=points,
                starts_on=None,
                ends_on=None,
                picture_sha256=None,
                active=True,
            )
            s.add(gift)
            s.add(GiftStock(gift_id=gift.id, quantity=count))
            ids[name] = gift.id
        customer = s.scalars(select(Customer).where(Customer.id == store.customer_id)).one()
        customer.confirmed_points = balance
        s.add(Setting(key=LAST_SYNC_KEY, value=(NOW - timedelta(hours=2)).isoformat()))
    return ids


def set_caps(store, **caps: int) -> None:
    with store.sessions.begin() as s:
        s.add(Setting(key=gifts.CAPS_KEY, value=caps))


def balance(store) -> int:
    with store.sessions.begin() as s:
        return customer_on_receipt(s, store.customer_id)[1]


def outbox(store, entity: str) -> list[dict]:
    with store.sessions.begin() as s:
        rows = s.scalars(select(OutboxEntry.payload).where(OutboxEntry.entity == entity)).all()
    return [json.loads(p) for p in rows]


def pdf_text(pdf: bytes | None) -> str:
    assert pdf is not None
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


# -- the counter ----------------------------------------------------------------------
def make_context(store, staff: StaffMember, *, inline: bool) -> AppContext:
    ctx = build_context(Settings(data_dir=store.path.parent), inline=inline)
    ctx.now = lambda: NOW
    ctx.staff = staff
    return ctx


@pytest.fixture(autouse=True)
def spanish_numbers() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("es_ES"))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def printed(monkeypatch) -> list[str]:
    """Titles of what was sent to a printer (no print dialog in tests)."""
    titles: list[str] = []
    monkeypatch.setattr(
        documents, "print_pages", lambda _parent, _pages, title, dpi=None: titles.append(title)
    )
    return titles


def click(qtbot, button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def show(qtbot, dialog: QWidget) -> None:
    qtbot.addWidget(dialog)
    dialog.open()  # type: ignore[attr-defined]
    qtbot.waitExposed(dialog)


def open_redeem(qtbot, ctx, store, identified=Identified.CARD) -> RedeemDialog:
    dialog = gift_screens.open_redemption(
        ctx, customer_id=store.customer_id, identified=identified, parent=None
    )
    show(qtbot, dialog)
    # Tiles added to a dialog on screen are shown by the next turn of the event loop.
    qtbot.waitUntil(lambda: dialog.shelf is not None and all(t.isVisible() for t in dialog.tiles))
    return dialog


def choose_and_redeem(qtbot, dialog: RedeemDialog, name: str) -> None:
    click(qtbot, dialog.tile(name))
    assert dialog.chosen() is not None and dialog.chosen().name == name
    click(qtbot, dialog.redeem_button)


def approval_of(qtbot, owner) -> ApprovalDialog:
    approval = owner.approval
    assert isinstance(approval, ApprovalDialog)
    qtbot.waitExposed(approval)
    return approval


def key_in(qtbot, approval: ApprovalDialog, code: str, pin: str) -> None:
    """The manager types their code on the keyboard and their PIN on the keypad."""
    approval.code.clear()
    qtbot.keyClicks(approval.code, code)
    approval.pin.setFocus()
    qtbot.waitUntil(lambda: approval._typing is approval.pin)
    for key in pin:
        click(qtbot, approval.keys[key])
    assert approval.pin.text() == pin
    click(qtbot, approval.approve_button)


# -- the tests --------------------------------------------------------------------------
def test_an_assistant_hands_a_gift_over_offline_with_a_managers_pin_and_prints_the_voucher(
    store, qtbot, printed
) -> None:
    ids = stock_gifts(store)
    ctx = make_context(store, store.assistant, inline=False)
    changes: list[Changes] = []
    ctx.signals.changed.connect(changes.append)
    dialog = open_redeem(qtbot, ctx, store)
    try:
        assert dialog.name.text() == "María José Núñez Pujol"
        assert dialog.balance.text() == "900 puntos"
        # Cheapest first; what cannot be taken is greyed with the reason.
        assert [t.offer.name for t in dialog.tiles] == [BOLSA, NECESER, PERFUME]
        assert not dialog.tile(BOLSA).isEnabled()
        assert dialog.tile(BOLSA).stock.text() == "Agotado"
        assert not dialog.tile(PERFUME).isEnabled()
        assert dialog.tile(PERFUME).stock.text() == "Quedan 5"
        assert dialog.tile(PERFUME).shortfall.text() == "Faltan 1100 puntos"
        assert dialog.tile(NECESER).stock.text() == "Quedan 3"
        assert dialog.tile(NECESER).shortfall.isHidden()
        assert not dialog.redeem_button.isEnabled()

        choose_and_redeem(qtbot, dialog, NECESER)
        assert "le quedarán 400 puntos" in dialog.summary.text()
        approval = approval_of(qtbot, dialog)
        assert "Neceser de viaje" in approval.findChild(QWidget, "signer").text()
        key_in(qtbot, approval, "1003", "3456")

        # No server: the caps decide, and this is within them.
        qtbot.waitUntil(lambda: dialog.offline_dialog is not None, timeout=10_000)
        offline = dialog.offline_dialog
        qtbot.waitExposed(offline)
        assert offline.decision.allowed
        assert not offline.reason.isVisible()
        click(qtbot, offline.deliver_button)
        qtbot.waitUntil(lambda: dialog.slip_dialog is not None, timeout=10_000)
        slip_dialog = dialog.slip_dialog
        qtbot.waitUntil(lambda: slip_dialog.pdf is not None, timeout=15_000)

        with store.sessions.begin() as s:
            redemption = s.scalars(select(Redemption)).one()
            assert (redemption.state, redemption.offline) == ("waiting", True)
            entry = s.get(LedgerEntry, redemption.id)
            assert entry is not None and entry.points == -500
            manager = s.scalars(select(Staff).where(Staff.code == "1003")).one()
            assert manager.failed_attempts == 0
        assert balance(store) == 400
        (queued,) = outbox(store, "redemption")
        assert queued["redemption_id"] == str(redemption.id)
        assert queued["offline"] is True
        assert queued["approved_by"] == str(store.manager.id)
        assert queued["staff_id"] == str(store.assistant.id)
        assert queued["gift_id"] == str(ids[NECESER]) and queued["points"] == 500
        assert queued["caps_exceeded"] == [] and queued["identified"] == "card"

        text = pdf_text(slip_dialog.pdf)
        for expected in (
            "Canje de regalo",
            NECESER,
            "NECESER",
            "-500",
            "Saldo anterior 900",
            "Saldo actual 400",
            OFFLINE_NOTE,
            "Le atendió Laura Gómez",
            "Aprobado por Carmen Ruiz",
            "María José Núñez Pujol",
            redemption.reference,
            "Bellesa Rambla",
        ):
            assert expected in text, expected
        assert store.customer_card not in text  # masked: the last four digits only
        click(qtbot, slip_dialog.print_button)
        assert printed == [f"Canje {redemption.reference}"]

        # The card refreshes from the changes; the screen shows the stock one less.
        assert any(c & Changes.LEDGER for c in changes)
        qtbot.waitUntil(lambda: dialog.balance.text() == "400 puntos")
        assert dialog.tile(NECESER).stock.text() == "Quedan 2"
        assert dialog.tile(NECESER).shortfall.text() == "Faltan 100 puntos"
        assert "Entregado sin conexión" in dialog.note.text()
        slip_dialog.close()
    finally:
        dialog.close()
        ctx.runner.wait()


def test_a_wrong_manager_pin_is_refused_and_counted_and_an_assistant_cannot_approve(
    store, qtbot
) -> None:
    stock_gifts(store)
    ctx = make_context(store, store.assistant, inline=True)
    dialog = open_redeem(qtbot, ctx, store)
    choose_and_redeem(qtbot, dialog, NECESER)
    approval = approval_of(qtbot, dialog)
    errors: list[None] = []
    ctx.cues.error_played.connect(lambda: errors.append(None))

    key_in(qtbot, approval, "1003", "9999")
    assert approval.isVisible()
    assert approval.error.text() == "Código o PIN incorrecto."
    assert approval.pin.text() == ""
    assert errors
    with store.sessions.begin() as s:
        assert s.scalars(select(Staff.failed_attempts).where(Staff.code == "1003")).one() == 1
        assert s.scalars(select(Redemption)).all() == []

    key_in(qtbot, approval, "1002", "2345")  # the advisor: right PIN, not a manager
    assert approval.isVisible()
    assert "Marc Puig no es encargado/a" in approval.error.text()
    assert dialog.offline_dialog is None
    assert ctx.staff == store.assistant  # nobody logged in or out

    click(qtbot, approval.cancel_button)
    assert not approval.isVisible()
    assert dialog.offline_dialog is None and balance(store) == 900
    dialog.close()


def test_over_an_offline_cap_the_manager_must_give_a_reason_which_goes_with_the_redemption(
    store, qtbot, printed
) -> None:
    stock_gifts(store)
    set_caps(store, per_redemption=400)
    ctx = make_context(store, store.manager, inline=True)  # a manager approves themselves
    dialog = open_redeem(qtbot, ctx, store)
    choose_and_redeem(qtbot, dialog, NECESER)
    assert dialog.approval is None
    offline = dialog.offline_dialog
    assert offline is not None
    qtbot.waitExposed(offline)
    assert offline.decision.needs_manager
    assert [label.text() for label in offline.cap_labels] == [
        "• Supera el máximo por canje sin conexión: 400 puntos."
    ]
    assert not offline.deliver_button.isEnabled()
    type_text(qtbot, offline.reason, "Clie")
    assert not offline.deliver_button.isEnabled()
    assert "al menos 1 carácter más" in offline.reason_hint.text()
    type_text(qtbot, offline.reason, "nta de siempre; la central no responde")
    assert offline.deliver_button.isEnabled()
    click(qtbot, offline.deliver_button)

    (queued,) = outbox(store, "redemption")
    assert queued["caps_exceeded"] == ["per_redemption"]
    assert queued["reason"] == "Clienta de siempre; la central no responde"
    assert queued["approved_by"] == str(store.manager.id)
    slip_dialog = dialog.slip_dialog
    assert slip_dialog is not None
    text = pdf_text(slip_dialog.pdf)
    assert OFFLINE_NOTE in text
    assert "Motivo de la aprobación: Clienta de siempre; la central no responde" in text
    assert balance(store) == 400
    slip_dialog.close()
    dialog.close()


def test_a_customer_found_by_name_is_refused_offline_and_nothing_is_handed_over(
    store, qtbot
) -> None:
    stock_gifts(store)
    ctx = make_context(store, store.manager, inline=True)
    dialog = open_redeem(qtbot, ctx, store, identified=Identified.NAME_SEARCH)
    choose_and_redeem(qtbot, dialog, NECESER)
    offline = dialog.offline_dialog
    assert offline is not None
    qtbot.waitExposed(offline)
    (refusal,) = offline.refusal_labels
    assert "identifíquelo con la tarjeta o el documento" in refusal.text()
    assert not offline.deliver_button.isVisible()
    click(qtbot, offline.keep_button)

    assert not offline.isVisible()
    assert "consultará con la central" in dialog.note.text()
    with store.sessions.begin() as s:
        assert s.scalars(select(Redemption.state)).one() == "unanswered"
        assert s.scalars(select(LedgerEntry)).all() == []
    assert outbox(store, "redemption") == []
    assert balance(store) == 900 and dialog.slip_dialog is None
    dialog.close()


def fake_head_office(answer) -> SimpleNamespace:
    """A `SyncScheduler` stand-in whose server answers a redemption with `answer(request)`."""
    asked: list[RedemptionRequest] = []

    def redeem(request: RedemptionRequest) -> RedemptionAnswer:
        asked.append(request)
        return answer(request)

    api = SimpleNamespace(twin=lambda *, timeout: SimpleNamespace(redeem=redeem))
    return SimpleNamespace(engine=SimpleNamespace(api=api), asked=asked)


def test_head_office_refuses_with_its_balance_and_nothing_happens(store, qtbot) -> None:
    stock_gifts(store)
    ctx = make_context(store, store.manager, inline=True)

    def refuse(_request: RedemptionRequest) -> RedemptionAnswer:
        raise Refused("not enough points", code="not_enough_points", detail={"balance": 300})

    ctx.sync = fake_head_office(refuse)  # type: ignore[assignment]
    dialog = open_redeem(qtbot, ctx, store)
    choose_and_redeem(qtbot, dialog, NECESER)
    assert len(ctx.sync.asked) == 1  # type: ignore[union-attr]
    assert "Saldo en la central: 300 puntos" in dialog.note.text()
    assert "No se ha canjeado nada" in dialog.note.text()
    assert dialog.offline_dialog is None and dialog.slip_dialog is None
    with store.sessions.begin() as s:
        assert s.scalars(select(Redemption.state)).one() == "void"
        assert s.scalars(select(LedgerEntry)).all() == []
    assert balance(store) == 900
    dialog.close()


def test_posted_online_the_voucher_has_no_offline_note(store, qtbot) -> None:
    ids = stock_gifts(store)
    ctx = make_context(store, store.manager, inline=True)
    ctx.sync = fake_head_office(  # type: ignore[assignment]
        lambda request: RedemptionAnswer(
            redemption_id=request.redemption.redemption_id,
            balance=400,
            balance_version=7,
            stock=2,
        )
    )
    dialog = open_redeem(qtbot, ctx, store)
    choose_and_redeem(qtbot, dialog, NECESER)
    slip_dialog = dialog.slip_dialog
    assert slip_dialog is not None
    text = pdf_text(slip_dialog.pdf)
    assert "Canje de regalo" in text and "-500" in text and OFFLINE_NOTE not in text
    assert outbox(store, "redemption") == []  # posted there at once
    assert dialog.balance.text() == "400 puntos"
    with store.sessions.begin() as s:
        assert gifts.stock_here(s)[ids[NECESER]] == 2
    assert dialog.tile(NECESER).stock.text() == "Quedan 2"
    slip_dialog.close()
    dialog.close()


def test_cancelling_gives_the_points_back_and_prints_a_cancellation_slip(
    store, qtbot, printed
) -> None:
    ids = stock_gifts(store)
    pending = gifts.redeem_gift(
        store.sessions,
        customer_id=store.customer_id,
        gift_id=ids[NECESER],
        staff=store.assistant,
        approver=store.manager,
        identified=Identified.CARD,
        ask=None,
        now=NOW - timedelta(hours=1),
    )
    assert isinstance(pending, gifts.NoAnswer)
    with store.sessions.begin() as s:
        gifts.redeem_offline(
            s, pending.asking, decision=pending.decision, approver=store.manager, reason="",
            now=NOW - timedelta(hours=1),
        )  # fmt: skip
    ctx = make_context(store, store.assistant, inline=True)
    dialog = gift_screens.open_cancellation(ctx, customer_id=store.customer_id, parent=None)
    show(qtbot, dialog)
    assert dialog.balance.text() == "400 puntos"
    row = dialog.row_of(NECESER)
    assert dialog.table.item(row, 0).text() == "24/11/2026 11:30"  # 10:30 UTC, in Madrid
    assert dialog.table.item(row, 3).text() == "Sin conexión: por confirmar"
    assert not dialog.cancel_button.isEnabled()
    dialog.table.selectRow(row)
    type_text(qtbot, dialog.reason, "No le gusta el color")
    box = dialog.returned  # tapped on its box, at the left
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(12, box.height() // 2))
    assert dialog.returned.isChecked()
    assert dialog.hint.text() == "Se devolverán 500 puntos a su saldo."
    click(qtbot, dialog.cancel_button)
    key_in(qtbot, approval_of(qtbot, dialog), "1003", "3456")

    assert balance(store) == 900
    assert dialog.balance.text() == "900 puntos"
    (cancel,) = outbox(store, "redemption_cancel")
    assert cancel["gift_returned"] is True
    assert cancel["approved_by"] == str(store.manager.id)
    assert cancel["staff_id"] == str(store.assistant.id)
    assert cancel["reason"] == "No le gusta el color"
    with store.sessions.begin() as s:
        assert gifts.stock_here(s)[ids[NECESER]] == 3  # back on the shelf
        reference = s.scalars(select(Redemption.reference)).one()
    slip_dialog = dialog.slip_dialog
    assert slip_dialog is not None
    text = pdf_text(slip_dialog.pdf)
    for expected in (
        "Anulación de canje",
        "los puntos vuelven a su saldo",
        "+500",
        "Saldo actual 900",
        "Devuelvo el regalo indicado.",
        "Aprobado por Carmen Ruiz",
        "Anulación sin conexión",
        reference,
    ):
        assert expected in text, expected
    click(qtbot, slip_dialog.print_button)
    assert printed == [f"Anulación de canje {reference}"]
    # Cancelled: shown as such, and cannot be picked again.
    assert dialog.table.item(row, 3).text() == "Anulado"
    dialog.table.selectRow(row)
    assert dialog.chosen() is None and not dialog.cancel_button.isEnabled()
    slip_dialog.close()
    dialog.close()


def test_a_manager_records_gifts_received_and_counted_and_an_assistant_may_not(
    store, qtbot
) -> None:
    ids = stock_gifts(store)
    ctx = make_context(store, store.assistant, inline=True)
    refused = gift_screens.open_stock(ctx, parent=None)
    show(qtbot, refused)
    assert refused.refused.isVisible()
    assert refused.table.rowCount() == 3
    refused.select(NECESER)
    assert not refused.record_button.isEnabled() and not refused.quantity.isEnabled()
    refused.close()

    ctx.staff = store.manager
    dialog = gift_screens.open_stock(ctx, parent=None)
    show(qtbot, dialog)
    assert not dialog.refused.isVisible()
    dialog.select(NECESER)
    click(qtbot, dialog.kind.buttons["received"])
    for _ in range(3):
        click(qtbot, dialog.more)
    assert dialog.quantity.value() == 4
    type_text(qtbot, dialog.note_field, "Albarán 2211")
    click(qtbot, dialog.record_button)
    assert "ahora hay 7 de «Neceser de viaje»" in dialog.note.text()
    assert dialog.table.item(dialog.table.currentRow(), 3).text() == "7"

    click(qtbot, dialog.kind.buttons["counted"])
    assert dialog.quantity_caption.text() == "Unidades en la estantería"
    dialog.quantity.setValue(6)
    click(qtbot, dialog.record_button)
    assert "ahora hay 6" in dialog.note.text()
    moves = outbox(store, "gift_stock")
    assert [(m["reason"], m["quantity"]) for m in moves] == [("received", 4), ("counted", -1)]
    assert moves[0]["note"] == "Albarán 2211"
    with store.sessions.begin() as s:
        assert gifts.stock_here(s)[ids[NECESER]] == 6
    dialog.close()


def test_a_customer_in_overdraft_is_told_why_every_gift_is_greyed(store, qtbot) -> None:
    stock_gifts(store, balance=-250)
    ctx = make_context(store, store.manager, inline=True)
    dialog = open_redeem(qtbot, ctx, store)
    assert dialog.balance.text() == "-250 puntos"
    assert not any(tile.isEnabled() for tile in dialog.tiles)
    assert "Su saldo está en negativo (-250 puntos)" in dialog.note.text()
    assert not dialog.redeem_button.isEnabled()
    dialog.close()

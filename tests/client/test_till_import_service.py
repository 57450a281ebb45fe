"""Importing the till's export at the tablet: previewed, queued whole with its points, once."""

from __future__ import annotations

import json
import shutil
import uuid
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from loyalty_core.cart import Discount
from loyalty_core.errors import NotAllowed
from loyalty_core.feeds import lookup_key
from loyalty_core.ids import uuid7
from loyalty_core.member_card import make_card_number
from loyalty_core.sync_protocol import ChangeResult, ChangeStatus
from loyalty_core.text import fold
from loyalty_core.till_import import RejectReason, load_mapping, till_sale_id
from loyalty_core.wire import Entity, TillSalePayload
from pos_client.services import customers, sales, till_import
from pos_client.services.cart import Cart
from pos_client.services.catalogue import find_product
from pos_client.services.sales import PaymentInput
from pos_client.services.setup import set_points_per_euro
from pos_client.services.till_import import MemberMatch, TillImportReport
from pos_client.store.database import open_store
from pos_client.store.manager_models import TillImport
from pos_client.store.models import Customer, Device, LedgerEntry, OutboxEntry, Product, Setting
from pos_client.sync.outbox_push import record_answers

HEADER = "ticket;fecha;caja;codigo;cantidad;precio;descuento;importe;total;tarjeta;telefono;pago"
MISSING_CODE = "8437000000013"
"""A well-formed EAN-13 the template's catalogue does not hold."""
OTHER_STORE_PHONE = "+34655443322"
UNKNOWN_CARD = make_card_number(0, 99)


def export(store, *rows: str) -> bytes:
    """A till export with the template's product codes put in ({serum}, {soap}...)."""
    names = {**store.products, "card": store.customer_card, "unknown_card": UNKNOWN_CARD}
    return ("\n".join([HEADER, *(row.format(**names) for row in rows)]) + "\n").encode()


def sample(store) -> bytes:
    """Six good tickets, five refused rows (lines 8 to 12)."""
    return export(
        store,
        # line 2-3: María by card, a line discount: 69,90 + 5,00
        "501;19/11/2026 10:05;1;{serum};2;34,95;0,00;69,90;74,90;{card};;tarjeta",
        "501;19/11/2026 10:05;1;{soap};1;5,95;0,95;5,00;74,90;{card};;tarjeta",
        # line 4: María by her phone, as the till's assistant typed it
        "502;19/11/2026 11:20;1;{cream};1;22,50;0,00;22,50;22,50;;612 34 56 78;efectivo",
        # line 5: a card nobody has: imported without a member
        "503;19/11/2026 12:00;1;{book};1;12,00;0,00;12,00;12,00;{unknown_card};;tarjeta",
        # line 6: no customer; a product retired since is still known
        "504;19/11/2026 12:30;2;{old};1;19,99;0,00;19,99;19,99;;;efectivo",
        # line 7: Ona, a customer of another store, by her phone's keyed hash
        f"510;19/11/2026 12:45;1;{{book}};1;12,00;0,00;12,00;12,00;;{OTHER_STORE_PHONE};tarjeta",
        # line 8-9: refused whole for its unknown product
        "505;19/11/2026 13:00;1;{serum};1;34,95;0,00;34,95;40,90;;;tarjeta",
        f"505;19/11/2026 13:00;1;{MISSING_CODE};1;5,95;0,00;5,95;40,90;;;tarjeta",
        "506;19/11/2026 13:30;1;{soap};2;5,95;0,00;11,90;12,00;;;tarjeta",
        "507;31/11/2026 14:00;1;{soap};1;5,95;0,00;5,95;5,95;;;tarjeta",
        "508;19/11/2026 14:30;1;{soap};1;5,95",
        # line 13: Jordi (this store's) by his phone
        "509;19/11/2026 15:00;1;{cream};1;22,50;0,00;22,50;22,50;;+34 699 111 222;tarjeta",
    )


REFUSED = [
    (8, RejectReason.TICKET_REJECTED),
    (9, RejectReason.UNKNOWN_PRODUCT),
    (10, RejectReason.BAD_TICKET_TOTAL),
    (11, RejectReason.BAD_DATE),
    (12, RejectReason.BAD_ROW),
]
ONA = uuid.UUID("01900000-0000-7000-8000-0000000000aa")


def add_other_store_customer(store) -> None:
    """The directory's slim row of a customer of another store: her phone only as a keyed hash."""
    secret = bytes(range(32))
    with store.sessions.begin() as s:
        s.add(Setting(key="lookup_secret", value=secret.hex()))
        s.add(
            Customer(
                id=ONA,
                card_number=None,
                first_name="Ona",
                last_names="Vila",
                search_name=fold("Ona Vila"),
                phone=None,
                phone_key=lookup_key(secret, "phone", OTHER_STORE_PHONE),
                phone_masked="•••••••••322",
                club_member=True,
                confirmed_points=40,
                created_at=datetime(2024, 1, 1, tzinfo=UTC),
            )
        )


def jordi(store) -> uuid.UUID:
    with store.sessions() as s:
        return s.scalars(select(Customer.id).where(Customer.first_name == "Jordi")).one()


def run_import(store, data: bytes, now: datetime, *, staff=None, name="caja.csv"):
    with store.sessions.begin() as s:
        return till_import.import_till_file(
            s, data, file_name=name, staff=staff or store.manager, now=now
        )


@dataclass(frozen=True)
class Counts:
    outbox: int
    ledger: int
    imports: int
    outbox_seq: int


def counts(store) -> Counts:
    with store.sessions() as s:

        def n(model: type) -> int:
            return s.scalar(select(func.count()).select_from(model)) or 0

        seq = s.scalars(select(Device.outbox_seq)).one()
        return Counts(n(OutboxEntry), n(LedgerEntry), n(TillImport), seq)


def queued(s: Session) -> dict[str, tuple[OutboxEntry, TillSalePayload]]:
    """The till sales in the outbox by ticket number."""
    rows = s.scalars(select(OutboxEntry).where(OutboxEntry.entity == str(Entity.TILL_SALE)))
    found = {}
    for row in rows:
        payload = TillSalePayload.model_validate(json.loads(row.payload))
        found[payload.ticket] = (row, payload)
    return found


def product_ids(s: Session) -> dict[str, uuid.UUID]:
    return {code: pid for code, pid in s.execute(select(Product.code, Product.id))}


def test_the_preview_says_what_an_import_brings_and_writes_nothing(store, now: datetime) -> None:
    add_other_store_customer(store)
    before = counts(store)
    with store.sessions.begin() as s:
        preview = till_import.preview_import(s, sample(store), file_name="caja.csv", now=now)
    assert counts(store) == before

    assert preview.file_name == "caja.csv" and preview.rows == 12
    assert preview.imported_before is None
    assert [(r.file_line, r.code) for r in preview.rejections] == REFUSED
    by_ticket = {t.ticket: t for t in preview.tickets}
    assert list(by_ticket) == ["501", "502", "503", "504", "510", "509"]
    assert {t: (p.match, p.customer_id, p.points) for t, p in by_ticket.items()} == {
        "501": (MemberMatch.CARD, store.customer_id, 94),
        "502": (MemberMatch.PHONE, store.customer_id, 22),
        "503": (MemberMatch.CARD_NOT_FOUND, None, 0),
        "504": (MemberMatch.NOT_GIVEN, None, 0),
        "510": (MemberMatch.PHONE, ONA, 12),
        "509": (MemberMatch.PHONE, jordi(store), 22),
    }
    t501 = by_ticket["501"]
    assert t501.sale_id == till_sale_id(
        "S001", "1", "501", datetime(2026, 11, 19, 9, 5, tzinfo=UTC)
    )
    assert (t501.lines, t501.total_cents, t501.payment) == (2, 7490, "card")
    assert t501.customer_name == "María José Núñez Pujol"
    assert by_ticket["504"].till == "2" and by_ticket["504"].payment == "cash"
    assert not any(t.already_imported for t in preview.tickets)
    assert preview.to_import == preview.tickets


def test_an_import_queues_each_ticket_whole_with_its_points(store, now: datetime) -> None:
    add_other_store_customer(store)
    maria_before = points(store, store.customer_id)

    report = run_import(store, sample(store), now)

    assert report == TillImportReport(
        file_name="caja.csv",
        file_sha256=report.file_sha256,
        imported=6,
        already_imported=0,
        with_member=4,
        without_member=2,
        points=94 + 22 + 12 + 22,
        rejections=report.rejections,
    )
    assert [(r.file_line, r.code) for r in report.rejections] == REFUSED
    assert report.rejections[1].detail == f"no product with code '{MISSING_CODE}'"

    with store.sessions() as s:
        sent = queued(s)
        ids = product_ids(s)
        assert set(sent) == {"501", "502", "503", "504", "509", "510"}
        row, sale = sent["501"]
        assert (row.entity_id, row.op, row.state) == (sale.sale_id, "create", "pending")
        assert row.staff_id == store.manager.id and row.depends_on is None
        assert (sale.store_code, sale.till, sale.total_cents, sale.payment) == (
            "S001",
            "1",
            7490,
            "card",
        )
        assert sale.occurred_at == datetime(2026, 11, 19, 9, 5, tzinfo=UTC)
        assert (sale.customer_id, sale.points_earned) == (store.customer_id, 94)
        assert (sale.imported_by, sale.imported_at) == (store.manager.id, now)
        assert sale.file_sha256 == report.file_sha256
        serum, soap = store.products["serum"], store.products["soap"]
        assert [
            (ln.line_no, ln.code, ln.product_id, ln.quantity, ln.unit_price_cents)
            for ln in sale.lines
        ] == [(1, serum, ids[serum], 2, 3495), (2, soap, ids[soap], 1, 595)]
        assert [(ln.discount_cents, ln.net_cents, ln.points) for ln in sale.lines] == [
            (0, 6990, 20 + 69),
            (95, 500, 5),
        ]
        assert [ln.line_id for ln in sale.lines] == [
            uuid.uuid5(sale.sale_id, "line:1"),
            uuid.uuid5(sale.sale_id, "line:2"),
        ]
        # Without a member, a sale earns nothing (the server expects exactly that).
        assert [(sent[t][1].customer_id, sent[t][1].points_earned) for t in ("503", "504")] == [
            (None, 0),
            (None, 0),
        ]
        assert all(ln.points == 0 for t in ("503", "504") for ln in sent[t][1].lines)
        assert sent["510"][1].customer_id == ONA

        # One local points entry per member's ticket, under the sale's id, the sale's time.
        entries = {e.id: e for e in s.scalars(select(LedgerEntry))}
        assert set(entries) == {sent[t][1].sale_id for t in ("501", "502", "509", "510")}
        earned = entries[sale.sale_id]
        assert (earned.customer_id, earned.kind, earned.points) == (store.customer_id, "earn", 94)
        assert earned.sale_id is None and not earned.confirmed
        assert earned.occurred_at == sale.occurred_at
        assert earned.lines == [
            {"line_id": str(sale.lines[0].line_id), "points": 89},
            {"line_id": str(sale.lines[1].line_id), "points": 5},
        ]

        record = s.get(TillImport, report.file_sha256)
        assert record is not None
        assert (record.file_name, record.staff_id, record.imported_at) == (
            "caja.csv",
            store.manager.id,
            now,
        )
        assert (record.tickets, record.rejected_rows) == (6, 5)
        assert record.report[1] == {
            "file_line": 9,
            "code": "unknown_product",
            "detail": f"no product with code '{MISSING_CODE}'",
        }
        assert [r["file_line"] for r in record.report] == [8, 9, 10, 11, 12]

    # The balances on this tablet include the points at once.
    assert points(store, store.customer_id) == maria_before + 94 + 22
    assert points(store, ONA) == 40 + 12
    assert points(store, jordi(store)) == 22


def points(store, customer_id: uuid.UUID) -> int:
    with store.sessions() as s:
        return customers.points_balance(s, customer_id)


def test_importing_the_same_tickets_again_adds_nothing(store, now: datetime) -> None:
    add_other_store_customer(store)
    first = run_import(store, sample(store), now)
    after_first = counts(store)
    balance = points(store, store.customer_id)

    again = run_import(store, sample(store), now.replace(hour=12), staff=store.assistant)

    assert (again.imported, again.already_imported, again.points) == (0, 6, 0)
    assert (again.with_member, again.without_member) == (0, 0)
    assert again.file_sha256 == first.file_sha256
    assert [(r.file_line, r.code) for r in again.rejections] == REFUSED
    assert counts(store) == after_first
    assert points(store, store.customer_id) == balance
    with store.sessions() as s:
        record = s.get(TillImport, first.file_sha256)
        assert record is not None
        assert (record.tickets, record.staff_id, record.imported_at) == (6, store.manager.id, now)
        preview = till_import.preview_import(s, sample(store), file_name="caja.csv", now=now)
    assert preview.imported_before == now
    assert all(t.already_imported for t in preview.tickets) and preview.to_import == ()

    # Another file (Windows line ends, the next day's export): two of those tickets, one new.
    other = export(
        store,
        "502;19/11/2026 11:20;1;{cream};1;22,50;0,00;22,50;22,50;;612 34 56 78;efectivo",
        "511;20/11/2026 09:10;1;{soap};1;5,95;0,00;5,95;5,95;{card};;tarjeta",
        "503;19/11/2026 12:00;1;{book};1;12,00;0,00;12,00;12,00;{unknown_card};;tarjeta",
    ).replace(b"\n", b"\r\n")
    report = run_import(store, other, now, name="caja-2.csv")
    assert (report.imported, report.already_imported, report.points) == (1, 2, 5)
    assert counts(store).outbox == after_first.outbox + 1
    assert counts(store).ledger == after_first.ledger + 1
    assert counts(store).imports == 2
    with store.sessions() as s:
        assert set(queued(s)) == {"501", "502", "503", "504", "509", "510", "511"}


def test_a_ticket_refused_at_first_comes_in_when_its_product_is_known(store, now: datetime) -> None:
    """The same bytes again bring in what was refused before (the hash does not block them)."""
    add_other_store_customer(store)
    first = run_import(store, sample(store), now)
    with store.sessions.begin() as s:
        s.add(
            Product(
                id=uuid7(),
                code=MISSING_CODE,
                code_kind="ean13",
                name="Jabón de Rosa",
                brand="Aurélie",
                category="skincare",
                size="100 g",
                price_cents=595,
                vat_rate=21,
                points_per_unit=0,
                active=True,
            )
        )

    again = run_import(store, sample(store), now, staff=store.assistant)

    assert (again.imported, again.already_imported) == (1, 6)
    assert [(r.file_line, r.code) for r in again.rejections] == REFUSED[2:]
    with store.sessions() as s:
        assert queued(s)["505"][1].total_cents == 4090
        record = s.get(TillImport, first.file_sha256)
        assert record is not None
        assert (record.tickets, record.rejected_rows, record.staff_id) == (7, 3, store.assistant.id)


def test_the_points_are_the_counters_by_the_stores_rule(store, now: datetime) -> None:
    with store.sessions.begin() as s:
        set_points_per_euro(s, 3)
    report = run_import(store, sample(store), now)
    with store.sessions() as s:
        till_sale = queued(s)["501"][1]

    # The same ticket rung up at the counter.
    with store.sessions.begin() as s:
        cart = Cart(customer_id=store.customer_id)
        cart.add_product(find_product(s, code=store.products["serum"]), 2)
        i = cart.add_product(find_product(s, code=store.products["soap"]), 1)
        cart.set_line_discount(i, Discount.amount(95))
        receipt = sales.finish(
            s, cart=cart, payment=PaymentInput(card_cents=7490), staff=store.manager, now=now
        )
    assert receipt.total_cents == till_sale.total_cents == 7490
    assert [ln.points for ln in till_sale.lines] == [ln.points for ln in receipt.lines]
    assert till_sale.points_earned == receipt.points_earned == 20 + 3 * 74
    assert report.points == till_sale.points_earned + 3 * 22 + 3 * 22 + 0


def test_an_advisor_may_not_import(store, now: datetime) -> None:
    before = counts(store)
    with pytest.raises(NotAllowed) as refused:
        run_import(store, sample(store), now, staff=store.advisor)
    assert refused.value.code == "not_allowed"
    assert counts(store) == before
    assert till_import.may_import(store.assistant.role)
    assert till_import.may_import(store.manager.role)
    assert not till_import.may_import(store.advisor.role)
    assert run_import(store, sample(store), now, staff=store.assistant).imported == 6


def test_a_crash_while_writing_the_points_leaves_nothing(
    store, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_other_store_customer(store)
    before = counts(store)
    written = []

    def fail_on_the_second(session: Session, entry) -> None:
        if written:
            raise RuntimeError("power cut")
        written.append(entry)
        sales.write_ledger_entry(session, entry)

    monkeypatch.setattr(till_import, "write_ledger_entry", fail_on_the_second)
    with pytest.raises(RuntimeError, match="power cut"):
        run_import(store, sample(store), now)
    assert len(written) == 1
    assert counts(store) == before
    monkeypatch.undo()

    # Nothing was half-imported: every ticket is still to import, and imports whole.
    with store.sessions() as s:
        preview = till_import.preview_import(s, sample(store), file_name="caja.csv", now=now)
    assert len(preview.to_import) == 6
    assert run_import(store, sample(store), now).imported == 6


def test_a_crash_after_queueing_leaves_nothing(
    store, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_other_store_customer(store)
    before = counts(store)
    maria = points(store, store.customer_id)
    real = till_import.append_changes

    def queue_then_fail(session: Session, changes, **kwargs) -> None:
        real(session, changes, **kwargs)
        assert session.scalar(select(func.count()).select_from(OutboxEntry)) == 6
        raise RuntimeError("killed")

    monkeypatch.setattr(till_import, "append_changes", queue_then_fail)
    with pytest.raises(RuntimeError, match="killed"):
        run_import(store, sample(store), now)
    assert counts(store) == before
    assert points(store, store.customer_id) == maria


def test_the_same_ticket_makes_the_same_payload_on_another_tablet(
    store, store_template, tmp_path: Path, now: datetime
) -> None:
    run_import(store, sample(store), now)
    copy = tmp_path / "other.db"
    shutil.copyfile(store_template.path, copy)
    other_sessions = open_store(copy)
    try:
        with other_sessions.begin() as s:
            till_import.import_till_file(
                s, sample(store), file_name="caja.csv", staff=store.manager, now=now
            )
        with other_sessions() as s:
            theirs = {t: (row.payload, row.payload_sha256) for t, (row, _) in queued(s).items()}
    finally:
        other_sessions.kw["bind"].dispose()
    with store.sessions() as s:
        ours = {t: (row.payload, row.payload_sha256) for t, (row, _) in queued(s).items()}
    # Ona is not in the template, so ticket 510 finds nobody in either store.
    assert ours == theirs and len(ours) == 6


def test_the_balance_counts_the_points_once_the_server_covers_them(store, now: datetime) -> None:
    run_import(store, sample(store), now)
    with store.sessions() as s:
        row, sale = queued(s)["501"]
    # The pull brought the server's balance, which includes ticket 501's 94 points.
    with store.sessions.begin() as s:
        maria = s.scalars(select(Customer).where(Customer.id == store.customer_id)).one()
        maria.confirmed_points, maria.balance_version = 120 + 94, 9
    answer = ChangeResult(
        change_id=row.change_id,
        status=ChangeStatus.APPLIED,
        balances={str(store.customer_id): 8},
    )
    with store.sessions.begin() as s:
        record_answers(s, [answer], server_time=now, now=now)
    with store.sessions() as s:
        entry = s.get(LedgerEntry, sale.sale_id)
        assert entry is not None and (entry.covered_version, entry.confirmed) == (8, True)
    # 501's entry drops out; 502's is not covered yet and still counts on top.
    assert points(store, store.customer_id) == 120 + 94 + 22


def test_a_file_in_another_encoding_comes_in_with_the_right_mapping(store, now: datetime) -> None:
    data = sample(store) + "512;Ñ\n".encode("cp1252")
    report = run_import(store, data, now)
    assert report.imported == 0
    assert [(r.file_line, r.code) for r in report.rejections] == [(1, RejectReason.BAD_ENCODING)]
    assert "line 14" in report.rejections[0].detail
    assert counts(store).outbox == 0

    # The same bytes, read as the Windows till writes them.
    default = till_import.default_mapping()
    cp1252 = replace(default, encoding="cp1252")
    with store.sessions.begin() as s:
        again = till_import.import_till_file(
            s, data, file_name="caja.csv", staff=store.manager, now=now, mapping=cp1252
        )
    assert again.imported == 6 and again.file_sha256 == report.file_sha256
    assert [(r.file_line, r.code) for r in again.rejections] == [
        *REFUSED,
        (14, RejectReason.BAD_ROW),
    ]
    with store.sessions() as s:
        record = s.get(TillImport, report.file_sha256)
        assert record is not None and (record.tickets, record.rejected_rows) == (6, 6)


def test_a_store_mapping_with_other_headers(store, now: datetime) -> None:
    mapping = load_mapping(
        """
delimiter = ","
date_format = "%Y-%m-%d %H:%M"
[columns]
ticket = "Num"
fecha = "Fecha y hora"
codigo = "EAN"
cantidad = "Uds"
precio = "PVP"
importe = "Neto"
total = "Total ticket"
tarjeta = "Socio"
"""
    )
    data = (
        "Num,Fecha y hora,EAN,Uds,PVP,Neto,Total ticket,Socio\n"
        f"77,2026-11-19 18:00,{store.products['serum']},1,34.95,34.95,34.95,{store.customer_card}\n"
    ).encode()
    with store.sessions.begin() as s:
        report = till_import.import_till_file(
            s, data, file_name="otra.csv", staff=store.manager, now=now, mapping=mapping
        )
        payload = queued(s)["77"][1]
    assert (report.imported, report.points) == (1, 10 + 34)
    assert (payload.till, payload.payment, payload.customer_id) == ("", "card", store.customer_id)


def test_a_phone_several_customers_share_names_nobody(store, now: datetime) -> None:
    with store.sessions.begin() as s:
        s.add(
            Customer(
                id=uuid7(),
                first_name="Jordi",
                last_names="Ferrer Pla",
                search_name=fold("Jordi Ferrer Pla"),
                phone="+34699111222",
                created_at=now,
            )
        )
    data = export(
        store, "520;19/11/2026 15:00;1;{cream};1;22,50;0,00;22,50;22,50;;699111222;tarjeta"
    )
    report = run_import(store, data, now)
    assert (report.imported, report.without_member, report.points) == (1, 1, 0)
    with store.sessions() as s:
        preview = till_import.preview_import(s, data, file_name="x.csv", now=now)
        assert queued(s)["520"][1].customer_id is None
    assert preview.tickets[0].match == MemberMatch.PHONE_AMBIGUOUS


def test_a_ticket_the_wire_cannot_carry_is_refused_whole(store, now: datetime) -> None:
    long_number = "9" * 41
    data = export(
        store,
        f"{long_number};19/11/2026 15:00;1;{{soap}};1;5,95;0,00;5,95;11,90;;;tarjeta",
        f"{long_number};19/11/2026 15:00;1;{{soap}};1;5,95;0,00;5,95;11,90;;;tarjeta",
        "530;19/11/2026 15:10;1;{soap};1;5,95;0,00;5,95;5,95;;;tarjeta",
    )
    report = run_import(store, data, now)
    assert report.imported == 1
    assert [(r.file_line, r.code) for r in report.rejections] == [
        (2, RejectReason.BAD_ROW),
        (3, RejectReason.TICKET_REJECTED),
    ]
    assert report.rejections[0].detail.startswith("cannot be sent: ticket:")

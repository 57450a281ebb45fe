"""The till's export imported at a tablet, across real processes: the sales reach the server
once, with source 'till', the points by the server's rule, and one balance on both sides."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from chain import CODES, JORDI, MARIA, ServerProcess, Tablet
from sqlalchemy import func, select

from loyalty_core.member_card import make_card_number
from loyalty_core.store_time import MADRID
from loyalty_core.wire import Entity
from pos_client.services import till_import
from pos_client.services.receipts import customer_on_receipt
from pos_client.services.till_import import MemberMatch, TillImportReport
from pos_client.store.models import OutboxEntry
from sync_server.customers.models import Balance, Customer
from sync_server.customers.service import give_card
from sync_server.ledger.models import LedgerEntry
from sync_server.sales.models import Sale
from sync_server.stores.models import Store
from sync_server.stores.service import publish_settings

MARIA_CARD = make_card_number(9, 1)
"""The card the till reads: a replacement for the one chain.py seeds, so that the
import finds her by the card she holds now."""
HEADER = "ticket;fecha;caja;codigo;cantidad;precio;descuento;importe;total;tarjeta;telefono;pago"


def till_file(*, line_ends: str = "\n") -> bytes:
    """Yesterday's export: María by card, Jordi (another store's) by phone, one without, one bad."""
    day = (datetime.now(MADRID) - timedelta(days=1)).strftime("%d/%m/%Y")
    serum, soap, cream = CODES["serum"], CODES["soap"], CODES["cream"]
    rows = [
        HEADER,
        f"701;{day} 10:05;1;{serum};2;34,95;0,00;69,90;74,90;{MARIA_CARD};;tarjeta",
        f"701;{day} 10:05;1;{soap};1;5,95;0,95;5,00;74,90;{MARIA_CARD};;tarjeta",
        f"702;{day} 11:20;1;{cream};1;22,50;0,00;22,50;22,50;;699 11 12 22;efectivo",
        f"703;{day} 12:00;2;{soap};1;5,95;0,00;5,95;5,95;;;efectivo",
        f"704;{day} 12:30;1;8437000000013;1;5,95;0,00;5,95;5,95;;;tarjeta",
    ]
    return (line_ends.join(rows) + line_ends).encode()


def import_file(tablet: Tablet, data: bytes, staff: str = "1003") -> TillImportReport:
    member = tablet.staff(staff)
    with tablet.sessions.begin() as s:
        return till_import.import_till_file(
            s, data, file_name="caja.csv", staff=member, now=datetime.now(UTC)
        )


def balance(tablet: Tablet, customer: uuid.UUID) -> int:
    with tablet.sessions.begin() as s:
        return customer_on_receipt(s, customer)[1]


def server_balance(server: ServerProcess, customer: uuid.UUID) -> int:
    with server.admin() as s:
        row = s.get(Balance, customer)
        return row.points if row else 0


def server_state(
    server: ServerProcess,
) -> tuple[dict[uuid.UUID, tuple[str, uuid.UUID | None]], int]:
    """The sales on the server (source, customer) and how many points entries it holds."""
    with server.admin() as s:
        sales = {
            sale_id: (source, customer)
            for sale_id, source, customer in s.execute(
                select(Sale.id, Sale.source, Sale.customer_id)
            )
        }
        entries = s.scalar(select(func.count()).select_from(LedgerEntry)) or 0
        return sales, entries


def answers(tablet: Tablet) -> dict[uuid.UUID, tuple[str, list[str]]]:
    with tablet.sessions.begin() as s:
        rows = s.execute(
            select(OutboxEntry.entity_id, OutboxEntry.state, OutboxEntry.server_answer).where(
                OutboxEntry.entity == str(Entity.TILL_SALE)
            )
        ).all()
    return {
        entity_id: (state, json.loads(answer)["flags"] if answer else [])
        for entity_id, state, answer in rows
    }


def give_maria_a_card(server: ServerProcess) -> None:
    with server.admin() as s:
        maria = s.get(Customer, MARIA)
        assert maria is not None
        assert give_card(s, maria, MARIA_CARD, now=datetime.now(UTC)) == ["card_replaced"]


def set_points_per_euro(server: ServerProcess, points: int) -> None:
    with server.admin() as s:
        store = s.get(Store, "S001")
        assert store is not None
        store.points_per_euro = points
        publish_settings(s, store, now=datetime.now(UTC))


def test_till_sales_reach_the_server_once_with_its_points(
    server: ServerProcess, new_tablet: Callable[..., Tablet]
) -> None:
    give_maria_a_card(server)
    tablet = new_tablet("S001")
    tablet.sync()
    # Head office doubled the store's points after this tablet last heard from it.
    set_points_per_euro(server, 2)

    with tablet.sessions.begin() as s:
        preview = till_import.preview_import(
            s, till_file(), file_name="caja.csv", now=datetime.now(UTC)
        )
    assert [(t.ticket, t.match, t.customer_id, t.points) for t in preview.tickets] == [
        ("701", MemberMatch.CARD, MARIA, 20 + 74),
        # Jordi is another store's customer: found by his phone's keyed hash.
        ("702", MemberMatch.PHONE, JORDI, 22),
        ("703", MemberMatch.NOT_GIVEN, None, 0),
    ]
    ids = {t.ticket: t.sale_id for t in preview.tickets}

    report = import_file(tablet, till_file())
    assert (report.imported, report.with_member, report.without_member) == (3, 2, 1)
    assert [(r.file_line, str(r.code)) for r in report.rejections] == [(6, "unknown_product")]
    assert (balance(tablet, MARIA), balance(tablet, JORDI)) == (94, 22)

    tablet.sync()

    sales, entries = server_state(server)
    assert sales == {
        ids["701"]: ("till", MARIA),
        ids["702"]: ("till", JORDI),
        ids["703"]: ("till", None),
    }
    assert entries == 2
    with server.admin() as s:
        earned = s.get(LedgerEntry, ids["701"])
        assert earned is not None
        assert (earned.customer_id, earned.kind, earned.sale_id) == (MARIA, "earn", ids["701"])
        assert "till" in earned.flags
    # The server's rule (2 per euro), not the tablet's stale one, and the tablet agrees after sync.
    assert server_balance(server, MARIA) == 20 + 2 * 74
    assert server_balance(server, JORDI) == 2 * 22
    assert (balance(tablet, MARIA), balance(tablet, JORDI)) == (168, 44)
    states = answers(tablet)
    assert {state for state, _ in states.values()} == {"acknowledged"}
    assert "points_adjusted" in states[ids["701"]][1]
    assert "points_adjusted" not in states[ids["703"]][1]

    # The same file again: nothing new is queued, sent or counted.
    again = import_file(tablet, till_file(), staff="1001")
    assert (again.imported, again.already_imported) == (0, 3)
    tablet.sync()
    assert server_state(server) == (sales, entries)
    assert (server_balance(server, MARIA), server_balance(server, JORDI)) == (168, 44)
    assert (balance(tablet, MARIA), balance(tablet, JORDI)) == (168, 44)
    assert len(answers(tablet)) == 3


@pytest.mark.sqlite_only
def test_another_tablet_importing_the_same_tickets_changes_nothing(
    server: ServerProcess, new_tablet: Callable[..., Tablet]
) -> None:
    give_maria_a_card(server)
    first, second = new_tablet("S001"), new_tablet("S001")
    first.sync()
    second.sync()
    ids = {t.sale_id for t in _preview(first)}
    assert import_file(first, till_file()).imported == 3
    first.sync()
    sales, entries = server_state(server)
    assert set(sales) == ids and entries == 2

    # The same tickets re-exported (another file), imported at the other tablet of the store.
    other = till_file(line_ends="\r\n")
    second.sync()
    report = import_file(second, other)
    # It knows the members' tickets from the purchases the server published back;
    # the ticket without a member it cannot know, and sends: the server has it already.
    assert (report.imported, report.already_imported) == (1, 2)
    second.sync()

    assert server_state(server) == (sales, entries)
    assert (server_balance(server, MARIA), server_balance(server, JORDI)) == (94, 22)
    for tablet in (first, second):
        tablet.sync()
        assert (balance(tablet, MARIA), balance(tablet, JORDI)) == (94, 22)
    assert [state for state, _ in answers(second).values()] == ["acknowledged"]


def _preview(tablet: Tablet) -> tuple[till_import.TicketPreview, ...]:
    with tablet.sessions.begin() as s:
        return till_import.preview_import(
            s, till_file(), file_name="caja.csv", now=datetime.now(UTC)
        ).tickets

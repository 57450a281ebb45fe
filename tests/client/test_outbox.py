"""The outbox: every finished sale queues its changes, in order, in its transaction."""

from __future__ import annotations

import hashlib
import itertools
import json
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select, update

from loyalty_core.cart import Discount
from loyalty_core.hlc import Hlc
from loyalty_core.wire import Entity, LedgerEntryPayload, SalePayload, decode_payload
from pos_client.services import returns, sales
from pos_client.services.cart import Cart
from pos_client.services.catalogue import find_product
from pos_client.services.sales import PaymentInput
from pos_client.store.models import Device, LedgerEntry, OutboxEntry, Sale
from pos_client.store.outbox import pending_count


def sell(store, when: datetime, customer: bool, *shorts: str):
    with store.sessions.begin() as s:
        cart = Cart(customer_id=store.customer_id if customer else None)
        for short in shorts:
            cart.add_product(find_product(s, code=store.products[short]))
        return sales.finish(
            s,
            cart=cart,
            payment=PaymentInput(card_cents=cart.priced().total_cents),
            staff=store.assistant,
            now=when,
        )


def outbox(store) -> list[OutboxEntry]:
    with store.sessions() as s:
        return list(s.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)).all())


def test_a_sale_with_points_queues_the_sale_then_its_ledger_entry(store, now: datetime) -> None:
    receipt = sell(store, now, True, "serum", "soap")
    rows = outbox(store)
    assert [(r.seq, r.entity, r.op, r.state) for r in rows] == [
        (1, "sale", "create", "pending"),
        (2, "ledger_entry", "create", "pending"),
    ]
    sale_row, ledger_row = rows
    assert sale_row.entity_id == receipt.sale_id
    assert sale_row.depends_on is None
    assert ledger_row.depends_on == sale_row.change_id
    assert sale_row.change_id != ledger_row.change_id
    assert {r.staff_id for r in rows} == {store.assistant.id}
    assert {r.occurred_at for r in rows} == {now}

    sale = decode_payload(Entity.SALE, sale_row.payload_version, json.loads(sale_row.payload))
    entry = decode_payload(
        Entity.LEDGER_ENTRY, ledger_row.payload_version, json.loads(ledger_row.payload)
    )
    assert isinstance(sale, SalePayload) and isinstance(entry, LedgerEntryPayload)
    assert (sale.sale_id, sale.receipt_number, sale.total_cents) == (
        receipt.sale_id,
        "S001-D01-000001",
        4090,
    )
    assert sale.points_earned == receipt.points_earned == 10 + 40
    assert (entry.sale_id, entry.customer_id, entry.points) == (
        receipt.sale_id,
        store.customer_id,
        50,
    )
    assert ledger_row.entity_id == entry.entry_id
    with store.sessions() as s:
        assert s.get(LedgerEntry, entry.entry_id) is not None
        assert s.get(Sale, sale.sale_id) is not None


def test_a_sale_without_points_queues_only_the_sale(store, now: datetime) -> None:
    sell(store, now, False, "serum")
    assert [r.entity for r in outbox(store)] == ["sale"]


def test_sequence_and_clock_always_increase(store, now: datetime) -> None:
    sell(store, now, True, "serum")
    sell(store, now, False, "soap")  # same millisecond
    sell(store, now - timedelta(hours=1), True, "book")  # the tablet's clock went back
    sell(store, now + timedelta(days=1), True, "cream")
    rows = outbox(store)
    assert [r.seq for r in rows] == list(range(1, 8))  # no gaps
    stamps = [Hlc.decode(r.hlc) for r in rows]
    assert all(a < b for a, b in itertools.pairwise(stamps))
    assert [r.hlc for r in rows] == sorted(r.hlc for r in rows)
    assert len({r.hlc for r in rows}) == len(rows)
    assert {st.device for st in stamps} == {"D01"}
    assert stamps[0].wall_ms == int(now.timestamp() * 1000)
    assert stamps[-1].wall_ms == int((now + timedelta(days=1)).timestamp() * 1000)
    with store.sessions() as s:
        device = s.scalars(select(Device)).one()
        assert device.outbox_seq == 7
        assert Hlc(device.hlc_wall_ms, device.hlc_counter, "D01") == stamps[-1]


def test_payload_hash_and_shape(store, now: datetime) -> None:
    sell(store, now, True, "serum", "book")
    sell(store, now, False, "soap")
    for row in outbox(store):
        assert row.payload_sha256 == hashlib.sha256(row.payload.encode("utf-8")).hexdigest()
        payload = decode_payload(Entity(row.entity), row.payload_version, json.loads(row.payload))
        assert row.payload_version == payload.VERSION == 1
        # canonical JSON: what is stored is what re-encoding gives
        assert (
            json.dumps(
                json.loads(row.payload), sort_keys=True, separators=(",", ":"), ensure_ascii=False
            )
            == row.payload
        )


def test_pending_count(store, now: datetime) -> None:
    with store.sessions() as s:
        assert pending_count(s) == 0
    sell(store, now, True, "serum")
    sell(store, now, False, "soap")
    with store.sessions() as s:
        assert pending_count(s) == 3
    with store.sessions.begin() as s:
        s.execute(update(OutboxEntry).where(OutboxEntry.seq == 1).values(state="acknowledged"))
        s.execute(update(OutboxEntry).where(OutboxEntry.seq == 2).values(state="failed"))
    with store.sessions() as s:
        assert pending_count(s) == 2  # a failed change still has to reach the server


def test_the_outbox_is_written_in_the_sale_transaction(store, now: datetime) -> None:
    sell(store, now, True, "soap")
    with pytest.raises(RuntimeError), store.sessions.begin() as s:
        cart = Cart(customer_id=store.customer_id)
        cart.add_product(find_product(s, code=store.products["serum"]))
        sales.finish(
            s, cart=cart, payment=PaymentInput(card_cents=3495), staff=store.assistant, now=now
        )
        assert len(s.scalars(select(OutboxEntry)).all()) == 4  # visible inside...
        raise RuntimeError("power cut before commit")
    assert [r.seq for r in outbox(store)] == [1, 2]  # ...and gone with the rollback
    receipt = sell(store, now, True, "serum")
    assert [r.seq for r in outbox(store)] == [1, 2, 3, 4]
    assert receipt.receipt_number == "S001-D01-000002"


def test_a_return_queues_the_return_then_the_points_reversal(store, now: datetime) -> None:
    receipt = sell(store, now, True, "serum")
    with store.sessions.begin() as s:
        sale = returns.returnable_sale(s, reference=receipt.receipt_number)
        back = returns.record_return(
            s,
            sale_id=sale.sale_id,
            quantities={sale.lines[0].line_id: 1},
            refund_method="card",
            staff=store.assistant,
            now=now + timedelta(days=2),
        )
    rows = outbox(store)
    assert [(r.seq, r.entity) for r in rows] == [
        (1, "sale"),
        (2, "ledger_entry"),
        (3, "sale"),
        (4, "ledger_entry"),
    ]
    assert rows[2].entity_id == back.sale_id
    assert rows[3].depends_on == rows[2].change_id
    reversal = decode_payload(Entity.LEDGER_ENTRY, 1, json.loads(rows[3].payload))
    assert isinstance(reversal, LedgerEntryPayload)
    assert (reversal.kind, reversal.points) == ("reverse", -receipt.points_earned)
    returned = decode_payload(Entity.SALE, 1, json.loads(rows[2].payload))
    assert isinstance(returned, SalePayload)
    assert (returned.kind, returned.original_sale_id) == ("return", receipt.sale_id)


def test_discounted_sale_payload_matches_the_receipt(store, now: datetime) -> None:
    with store.sessions.begin() as s:
        cart = Cart(customer_id=store.customer_id)
        cart.add_product(find_product(s, code=store.products["serum"]), 3)
        cart.set_line_discount(0, Discount.amount(500))
        cart.ticket_discount = Discount.percent(10)
        receipt = sales.finish(
            s, cart=cart, payment=PaymentInput(card_cents=8986), staff=store.manager, now=now
        )
    payload = decode_payload(Entity.SALE, 1, json.loads(outbox(store)[0].payload))
    assert isinstance(payload, SalePayload)
    assert (
        payload.total_cents == receipt.total_cents == 10485 - 500 - 999
    )  # 10 % of 99,85 = 9,985 -> 9,99
    assert [ln.net_cents for ln in payload.lines] == [ln.net_cents for ln in receipt.lines]
    assert [(v.rate, v.base_cents, v.vat_cents) for v in payload.vat] == [
        (v.rate, v.base_cents, v.vat_cents) for v in receipt.vat
    ]
    assert [p.amount_cents for p in payload.payments] == [8986]

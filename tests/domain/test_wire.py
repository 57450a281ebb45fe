"""The sync wire format: payloads survive the trip and hash the same."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta, timezone

import pytest
from pydantic import ValidationError

from loyalty_core.ids import uuid7
from loyalty_core.receipt_chain import sha256_hex
from loyalty_core.wire import (
    Entity,
    LedgerEntryPayload,
    LedgerKind,
    LedgerLinePayload,
    PaymentPayload,
    SaleLinePayload,
    SalePayload,
    VatPayload,
    decode_payload,
    encode_payload,
    utc_iso,
)

WHEN = datetime(2026, 11, 20, 10, 30, tzinfo=UTC)


def ids(n: int) -> list[uuid.UUID]:
    return [uuid7(1_763_634_600_000 + i, bytes([i]) * 10) for i in range(n)]


SALE_ID, LINE_ID, PRODUCT_ID, CUSTOMER_ID, STAFF_ID, ENTRY_ID = ids(6)


def sale(**changes: object) -> SalePayload:
    data: dict[str, object] = dict(
        sale_id=SALE_ID,
        kind="sale",
        receipt_number="S001-D01-000001",
        series="T",
        number=1,
        store_code="S001",
        device_code="D01",
        customer_id=CUSTOMER_ID,
        staff_id=STAFF_ID,
        occurred_at=WHEN,
        lines=[
            SaleLinePayload(
                line_id=LINE_ID,
                line_no=1,
                product_id=PRODUCT_ID,
                code="8412345000013",
                name="Aurélie Sérum Hidratante 50 ml",
                quantity=2,
                unit_price_cents=3495,
                vat_rate=21,
                line_discount_cents=699,
                ticket_discount_cents=314,
                net_cents=5977,
                points=79,
            )
        ],
        ticket_discount_cents=314,
        total_cents=5977,
        vat=[VatPayload(rate=21, base_cents=4940, vat_cents=1037, gross_cents=5977)],
        payments=[
            PaymentPayload(method="card", amount_cents=2000),
            PaymentPayload(
                method="cash", amount_cents=3977, tendered_cents=5000, change_cents=1023
            ),
        ],
        points_earned=79,
        previous_hash="0" * 64,
        record_hash="f" * 64,
    )
    data.update(changes)
    return SalePayload.model_validate(data)


def ledger() -> LedgerEntryPayload:
    return LedgerEntryPayload(
        entry_id=ENTRY_ID,
        customer_id=CUSTOMER_ID,
        kind=LedgerKind.EARN,
        points=79,
        sale_id=SALE_ID,
        lines=[LedgerLinePayload(line_id=LINE_ID, points=79)],
        occurred_at=WHEN,
    )


@pytest.mark.parametrize("payload", [sale(), ledger(), sale(customer_id=None, lines=[])])
def test_round_trip(payload: SalePayload | LedgerEntryPayload) -> None:
    text, digest = encode_payload(payload)
    assert digest == sha256_hex(text)
    back = decode_payload(payload.ENTITY, payload.VERSION, json.loads(text))
    assert back == payload
    assert type(back) is type(payload)
    assert encode_payload(back) == (text, digest)


def test_canonical_text() -> None:
    text, _ = encode_payload(ledger())
    assert text == (
        f'{{"customer_id":"{CUSTOMER_ID}","entry_id":"{ENTRY_ID}","kind":"earn",'
        f'"lines":[{{"line_id":"{LINE_ID}","points":79}}],'
        f'"occurred_at":"2026-11-20T10:30:00Z","points":79,"sale_id":"{SALE_ID}"}}'
    )


def test_any_change_changes_the_hash() -> None:
    _, digest = encode_payload(sale())
    assert encode_payload(sale(total_cents=5976))[1] != digest
    assert encode_payload(sale(points_earned=80))[1] != digest


@pytest.mark.parametrize("version", [0, 2, 99])
def test_wrong_version_is_refused(version: int) -> None:
    text, _ = encode_payload(sale())
    with pytest.raises(ValueError, match="version"):
        decode_payload(Entity.SALE, version, json.loads(text))


@pytest.mark.parametrize(
    "change",
    [
        {"extra_field": 1},
        {"kind": "gift"},
        {"number": 0},
        {"occurred_at": "2026-11-20T10:30:00"},  # no time zone
        {"sale_id": "not-a-uuid"},
        {"payments": [{"method": "cheque", "amount_cents": 1}]},
    ],
)
def test_bad_payloads_are_refused(change: dict[str, object]) -> None:
    data = json.loads(encode_payload(sale())[0])
    data.update(change)
    with pytest.raises(ValidationError):
        decode_payload(Entity.SALE, 1, data)


def test_a_ledger_entry_is_not_a_sale() -> None:
    data = json.loads(encode_payload(ledger())[0])
    with pytest.raises(ValidationError):
        decode_payload(Entity.SALE, 1, data)


def test_utc_iso() -> None:
    assert utc_iso(WHEN.astimezone(timezone(timedelta(hours=1)))) == "2026-11-20T10:30:00+00:00"
    with pytest.raises(ValueError):
        utc_iso(datetime(2026, 11, 20, 10, 30))

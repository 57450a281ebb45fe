"""Enrolling members in tests: a realistic hand signature, a registration, a sale."""

from __future__ import annotations

import math
import uuid
from datetime import UTC, date, datetime
from typing import Any

from chain import CODES, Tablet

from loyalty_core.consent import PURPOSES, Purpose
from loyalty_core.registration import Registration, validate
from loyalty_core.signature import PenPoint, Signature
from pos_client.documents.consent_texts import load_consent_text
from pos_client.services import enrolment, sales
from pos_client.services.cart import Cart
from pos_client.services.catalogue import find_product
from pos_client.services.consents import SignedConsent
from pos_client.services.receipts import Receipt
from pos_client.services.sales import PaymentInput

TODAY = date(2026, 11, 24)


def a_signature(width: int = 600, height: int = 200, *, loops: int = 3) -> Signature:
    """A cursive-looking signature across the pad, in two strokes, pressure varying."""
    strokes = []
    t = 0
    for part in range(2):
        points = []
        x0 = 40 + part * 280
        for i in range(80):
            angle = i / 80 * loops * 2 * math.pi
            x = x0 + i * 3.0 + 18 * math.cos(angle)
            y = height / 2 + 40 * math.sin(angle) * (1 - part * 0.3)
            points.append(PenPoint(x, y, 0.4 + 0.5 * abs(math.sin(angle / 2)), t))
            t += 8
        strokes.append(tuple(points))
        t += 200
    return Signature(width, height, tuple(strokes))


def a_registration(**overrides: str | None) -> Registration:
    form: dict[str, str | None] = {
        "first_name": "Lucía",
        "last_names": "Fernández Ortega",
        "national_id": "12345678Z",
        "phone": "655 443 322",
        "email": "lucia.fernandez@example.es",
        "postal_code": "28004",
        "birth_date": "14/03/1991",
        "language": "es",
        "gender": "female",
    }
    form.update(overrides)
    registration, problems = validate(form, today=TODAY)
    assert registration is not None, problems
    return registration


def a_consent(**choices: bool) -> SignedConsent:
    given = {p: False for p in PURPOSES} | {Purpose.CLUB: True}
    given |= {Purpose(k): v for k, v in choices.items()}
    return SignedConsent(load_consent_text("es"), given, a_signature(), datetime.now(UTC))


def enrol_with_sale(
    tablet: Tablet,
    items: dict[str, int],
    registration: Registration | None = None,
    *,
    staff: str = "1001",
    **choices: Any,
) -> tuple[uuid.UUID, Receipt]:
    """A new member signs and buys in one visit; return their id and the receipt."""
    member = tablet.staff(staff)
    pending = enrolment.prepare(registration or a_registration(), a_consent(**choices), today=TODAY)
    with tablet.sessions.begin() as s:
        cart = Cart()
        cart.enrol(pending)
        for short, quantity in items.items():
            cart.add_product(find_product(s, code=CODES[short]), quantity)
        receipt = sales.finish(
            s,
            cart=cart,
            payment=PaymentInput(card_cents=cart.priced().total_cents),
            staff=member,
            now=datetime.now(UTC),
        )
    return pending.customer_id, receipt

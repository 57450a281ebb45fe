"""Identifying a customer at the counter and showing their card (ficha).

One entry point, `identify`, reads what the assistant typed or scanned and
picks the lookup: member card, e-mail, DNI/NIE, phone, or name. Exact keys
use unique or plain B-tree indexes; names use the FTS5 index over folded
names, exact words ranked before word prefixes.
"""

from __future__ import annotations

import calendar
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import or_, select, text
from sqlalchemy.orm import Session

from loyalty_core.contact import looks_like_phone, normalise_email, normalise_phone
from loyalty_core.errors import InvalidPhone, UnknownCustomer
from loyalty_core.feeds import lookup_key
from loyalty_core.member_card import is_card_number
from loyalty_core.national_id import looks_like_national_id, normalise_national_id
from loyalty_core.text import tokens
from pos_client.services.advice import ReminderAdvice, reminders_for
from pos_client.services.receipts import customer_on_receipt
from pos_client.store.models import (
    Customer,
    CustomerRedirect,
    PurchaseHistory,
    Sale,
    SaleLine,
    Setting,
)

NAME_CANDIDATES = 200
"""How many name matches are ranked at most: bounds the work of a short fragment."""


class MatchKind(StrEnum):
    CARD = "card"
    PHONE = "phone"
    NATIONAL_ID = "national_id"
    EMAIL = "email"
    NAME = "name"


@dataclass(frozen=True)
class CustomerHit:
    id: uuid.UUID
    name: str
    card_number: str | None
    phone: str | None
    club_member: bool


@dataclass(frozen=True)
class Identification:
    kind: MatchKind
    hits: tuple[CustomerHit, ...]


def identify(session: Session, *, query: str, limit: int = 20) -> Identification:
    """Find customers by card, phone, DNI/NIE, e-mail or part of the name.

    A DNI/NIE with a wrong check letter raises `InvalidNationalId`; a
    number that cannot be a phone yet (still being typed) finds nothing.
    """
    q = query.strip()
    if not q:
        return Identification(MatchKind.NAME, ())
    if "@" in q:
        return _exact(session, MatchKind.EMAIL, Customer.email, normalise_email(q), "email")
    if is_card_number(q):
        found = _exact(session, MatchKind.CARD, Customer.card_number, q)
        if not found.hits:  # the card of a customer merged into another still works
            survivor = select(CustomerRedirect.to_id).where(CustomerRedirect.card_number == q)
            found = _exact(session, MatchKind.CARD, Customer.id, survivor.scalar_subquery())
        return found
    if looks_like_national_id(q):
        return _exact(
            session,
            MatchKind.NATIONAL_ID,
            Customer.national_id,
            normalise_national_id(q),
            "national_id",
        )
    if looks_like_phone(q):
        try:
            phone = normalise_phone(q)
        except InvalidPhone:
            return Identification(MatchKind.PHONE, ())
        return _exact(session, MatchKind.PHONE, Customer.phone, phone, "phone")
    return Identification(MatchKind.NAME, tuple(search_names(session, q, limit=limit)))


_KEY_COLUMNS = {
    "phone": Customer.phone_key,
    "email": Customer.email_key,
    "national_id": Customer.national_id_key,
}
_LOOKUP_SECRET = select(Setting.value).where(Setting.key == "lookup_secret")


def _exact(
    session: Session, kind: MatchKind, column: Any, value: Any, key_kind: str | None = None
) -> Identification:
    """Match the value in clear (this store's customers) or by its keyed hash (any store's)."""
    condition = column == value
    secret = session.scalar(_LOOKUP_SECRET) if key_kind else None
    if key_kind and isinstance(secret, str):
        key = lookup_key(bytes.fromhex(secret), key_kind, value)
        condition = or_(condition, _KEY_COLUMNS[key_kind] == key)
    rows = session.scalars(select(Customer).where(condition).limit(5)).all()
    return Identification(kind, tuple(_hit(r) for r in rows))


def _hit(row: Customer) -> CustomerHit:
    return CustomerHit(
        id=row.id,
        name=f"{row.first_name} {row.last_names}",
        card_number=row.card_number,
        phone=row.phone or row.phone_masked,
        club_member=row.club_member,
    )


def _fts_query(words: list[str], *, prefix: bool) -> str:
    star = "*" if prefix else ""
    return " ".join(f'"{w}"{star}' for w in words)


def search_names(session: Session, query: str, *, limit: int = 20) -> list[CustomerHit]:
    """Rank customers whose names contain every typed word or word start.

    Whole-word matches come first ('mar' finds Mar before Marta), then
    names where more typed words are whole words, members first, then
    alphabetically.
    """
    words = tokens(query)
    if not words:
        return []
    seqs: list[int] = []
    for prefix in (False, True):
        found = session.execute(
            text("SELECT rowid FROM customer_search WHERE customer_search MATCH :q LIMIT :n"),
            {"q": _fts_query(words, prefix=prefix), "n": NAME_CANDIDATES},
        ).scalars()
        seqs.extend(s for s in found if s not in seqs)
        if len(seqs) >= limit:
            break
    if not seqs:
        return []
    # Plain rows, not ORM objects: this runs on every keystroke.
    rows = session.execute(
        select(
            Customer.id,
            Customer.first_name,
            Customer.last_names,
            Customer.card_number,
            Customer.phone,
            Customer.club_member,
            Customer.search_name,
        ).where(Customer.seq.in_(seqs))
    ).all()

    def rank(row: Any) -> tuple[int, int, str]:
        name_words = row.search_name.split()
        whole = sum(1 for w in words if w in name_words)
        return (-whole, 0 if row.club_member else 1, row.search_name)

    return [
        CustomerHit(r.id, f"{r.first_name} {r.last_names}", r.card_number, r.phone, r.club_member)
        for r in sorted(rows, key=rank)[:limit]
    ]


def points_balance(session: Session, customer_id: uuid.UUID) -> int:
    """Return the balance: last confirmed by the server + this device's newer entries."""
    return customer_on_receipt(session, customer_id)[1]


@dataclass(frozen=True)
class PastPurchase:
    day: date
    place: str
    receipt_number: str
    summary: str
    total_cents: int
    points: int


class AlertKind(StrEnum):
    BIRTHDAY = "birthday"
    REPLENISH = "replenish"
    """A product the customer bought is running out (detail: its name; see `reminders`)."""


@dataclass(frozen=True)
class Alert:
    kind: AlertKind
    detail: str


@dataclass(frozen=True)
class CustomerCard:
    """The customer card (ficha) as the counter shows it."""

    id: uuid.UUID
    name: str
    card_number: str | None
    club_member: bool
    enrolled_on: date | None
    phone: str | None
    email: str | None
    national_id: str | None
    points_balance: int
    last_purchases: tuple[PastPurchase, ...]
    alerts: tuple[Alert, ...]
    reminders: tuple[ReminderAdvice, ...] = ()
    """Products running out, soonest first: the counter offers to add them to the sale."""


def customer_card(
    session: Session, *, customer_id: uuid.UUID, today: date, purchases: int = 5
) -> CustomerCard:
    """Gather what the counter shows about one customer."""
    row = session.scalars(select(Customer).where(Customer.id == customer_id)).one_or_none()
    if row is None:
        raise UnknownCustomer(f"no customer {customer_id}", id=str(customer_id))
    alerts = []
    if row.birth_date and _birthday_within(row.birth_date, today, days=7):
        alerts.append(Alert(AlertKind.BIRTHDAY, row.birth_date.strftime("%d/%m")))
    due = tuple(reminders_for(session, row.id, today=today))
    alerts += [Alert(AlertKind.REPLENISH, r.name) for r in due]
    return CustomerCard(
        id=row.id,
        name=f"{row.first_name} {row.last_names}",
        card_number=row.card_number,
        club_member=row.club_member,
        enrolled_on=row.enrolled_on,
        phone=row.phone,
        email=row.email,
        national_id=row.national_id,
        points_balance=points_balance(session, row.id),
        last_purchases=tuple(_last_purchases(session, row.id, purchases)),
        alerts=tuple(alerts),
        reminders=due,
    )


def _last_purchases(session: Session, customer_id: uuid.UUID, n: int) -> list[PastPurchase]:
    local = session.scalars(
        select(Sale)
        .where(Sale.customer_id == customer_id)
        .order_by(Sale.occurred_at.desc())
        .limit(n)
    ).all()
    from pos_client.services.setup import device_info

    here = device_info(session).store_name if local else ""
    items = [
        PastPurchase(
            day=_local_day(s.occurred_at),
            place=here,
            receipt_number=s.receipt_number,
            summary=_summary(session, s.id),
            total_cents=s.total_cents,
            points=s.points_earned,
        )
        for s in local
    ]
    history = session.scalars(
        select(PurchaseHistory)
        .where(PurchaseHistory.customer_id == customer_id)
        .order_by(PurchaseHistory.purchased_on.desc())
        .limit(n)
    ).all()
    items += [
        PastPurchase(
            h.purchased_on, h.store_name, h.receipt_number, h.summary, h.total_cents, h.points
        )
        for h in history
    ]
    items.sort(key=lambda p: p.day, reverse=True)
    return items[:n]


def _summary(session: Session, sale_id: uuid.UUID) -> str:
    """Name what was bought, shortly: 'Sérum Hidratante, Crema de Día +2'."""
    names = session.scalars(
        select(SaleLine.name).where(SaleLine.sale_id == sale_id).order_by(SaleLine.line_no)
    ).all()
    shown = ", ".join(names[:2])
    return f"{shown} +{len(names) - 2}" if len(names) > 2 else shown


def _local_day(moment: datetime) -> date:
    return moment.astimezone().date()


def _birthday_within(birth: date, today: date, *, days: int) -> bool:
    for offset in range(days + 1):
        day = date.fromordinal(today.toordinal() + offset)
        if (day.month, day.day) == _birthday_in(birth, day.year):
            return True
    return False


def _birthday_in(birth: date, year: int) -> tuple[int, int]:
    """Return (month, day) of the birthday in `year`: 29 February is the 28th otherwise."""
    if (birth.month, birth.day) == (2, 29) and not calendar.isleap(year):
        return (2, 28)
    return (birth.month, birth.day)

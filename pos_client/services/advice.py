"""Advice at the tablet: suggestions, 'bought together', replenishment reminders.

The rules and durations are the care guide's (`resources/advice/care_guide.toml`);
the purchases are this device's own sales plus what the server sends of
every other store's (the purchases feed), each sale counted once and its
returns taken off. All of it works offline on what the tablet holds.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from loyalty_core.advice import Candidate, matching_rules, suggest, wanted_kinds
from loyalty_core.care_guide import CareGuide, parse_care_guide
from loyalty_core.consent import Purpose, may_market
from loyalty_core.replenishment import (
    MAX_DAYS,
    Bought,
    Reminder,
    Status,
    reminders,
    still_in_use,
)
from pos_client.services import purchases
from pos_client.services.catalogue import display_name
from pos_client.services.diagnostics import SkinHistory, skin_history, skin_picture
from pos_client.services.habits import HabitsView, habits_of
from pos_client.store.models import Customer, Pairing, Product

# As consent_texts finds the consent texts (pos_client.app imports Qt; not imported here).
CARE_GUIDE = (
    Path(__file__).resolve().parent.parent.parent / "resources" / "advice" / "care_guide.toml"
)


@functools.cache
def care_guide(path: Path = CARE_GUIDE) -> CareGuide:
    """The shipped guide, read and checked once per process."""
    return parse_care_guide(path.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Known:
    """What advice reads of one customer: skin history, habits, purchases (read once)."""

    history: SkinHistory
    habits: HabitsView
    bought: list[Bought]

    @classmethod
    def read(cls, session: Session, customer_id: uuid.UUID, guide: CareGuide) -> Known:
        return cls(
            skin_history(session, customer_id),
            habits_of(session, customer_id),
            bought_by(session, customer_id, guide),
        )


@dataclass(frozen=True)
class ProductAdvice:
    """A product offered to the customer, and why, in one line."""

    product_id: uuid.UUID
    code: str
    name: str
    """As shown and printed: brand, name and size."""
    price_cents: int
    reason: str
    kind: str = ""


def suggestions_for(
    session: Session,
    customer_id: uuid.UUID,
    *,
    today: date,
    basket: Collection[uuid.UUID] = (),
    language: str = "es",
    limit: int = 8,
    guide: CareGuide | None = None,
    known: Known | None = None,
) -> list[ProductAdvice]:
    """Products for this customer's skin and habits, best first, each with its reason.

    Without skin-data consent the diagnostic and habits are not read, and
    no rule applies: nothing is suggested from them. `known` passes what the
    caller already read of the customer (the advisor's screen reads it once).
    """
    guide = guide or care_guide()
    known = known or Known.read(session, customer_id, guide)
    history = known.history
    if not history.allowed:
        return []
    habits = known.habits.habits()
    skin = skin_picture(history.latest)
    rules = matching_rules(guide, skin, habits)
    if not rules:
        return []
    kinds = sorted(wanted_kinds(rules))
    query = select(
        Product.id, Product.code, Product.brand, Product.name, Product.size, Product.kind,
        Product.tags, Product.price_cents,
    ).where(Product.kind.in_(kinds), Product.active.is_(True))  # fmt: skip
    band = guide.price_ranges.get(habits.price_range or "")
    if band is not None:  # a hard limit: read only what it lets through
        query = query.where(Product.price_cents >= band[0], Product.price_cents < band[1])
    codes: dict[uuid.UUID, str] = {}
    candidates = []
    for product_id, code, brand, name, size, kind, tags, price in session.execute(query):
        codes[product_id] = code
        candidates.append(
            Candidate(product_id, display_name(brand, name, size), brand, kind,
                      frozenset(tags or ()), price)
        )  # fmt: skip
    owned = {b.product_id for b in known.bought if still_in_use(guide, b, today)}
    found = suggest(
        guide,
        skin=skin,
        habits=habits,
        candidates=candidates,
        exclude=owned | set(basket),
        language=language,
        limit=limit,
    )
    return [
        ProductAdvice(
            s.product.id,
            codes[s.product.id],
            s.product.name,
            s.product.price_cents,
            s.reason,
            s.product.kind,
        )
        for s in found
    ]


BOUGHT_WITH = {
    "es": "se suele comprar con {name}",
    "ca": "se sol comprar amb {name}",
    "en": "often bought with {name}",
}


def bought_with(
    session: Session,
    product_ids: Iterable[uuid.UUID],
    *,
    exclude: Collection[uuid.UUID] = (),
    language: str = "es",
    limit: int = 4,
) -> list[ProductAdvice]:
    """'Bought together' partners of these products (the server's counts), on sale today."""
    sources = list(dict.fromkeys(product_ids))
    if not sources:
        return []
    pairings = {
        p.product_id: p.partners
        for p in session.scalars(select(Pairing).where(Pairing.product_id.in_(sources)))
    }
    wanted: dict[uuid.UUID, uuid.UUID] = {}
    for source in sources:
        for partner in pairings.get(source, []):
            partner_id = uuid.UUID(partner)
            if partner_id not in exclude and partner_id not in sources:
                wanted.setdefault(partner_id, source)
    rows = {
        p.id: p
        for p in session.scalars(select(Product).where(Product.id.in_(list(wanted) + sources)))
    }
    template = BOUGHT_WITH.get(language, BOUGHT_WITH["es"])
    found = []
    for partner_id, source in wanted.items():
        product = rows.get(partner_id)
        if product is None or not product.active:
            continue
        source_name = rows[source].name if source in rows else ""
        found.append(
            ProductAdvice(
                product.id,
                product.code,
                display_name(product.brand, product.name, product.size),
                product.price_cents,
                template.format(name=source_name),
                product.kind,
            )
        )
        if len(found) == limit:
            break
    return found


def bought_by(
    session: Session, customer_id: uuid.UUID, guide: CareGuide | None = None
) -> list[Bought]:
    """Every product the customer took home that the tablet knows of, returns taken off."""
    return purchases.bought(session, guide or care_guide(), customer_id=customer_id).get(
        customer_id, []
    )


@dataclass(frozen=True)
class ReminderAdvice:
    product_id: uuid.UUID
    code: str
    name: str
    price_cents: int
    last_bought: date
    runs_out: date
    overdue: bool


def reminders_for(
    session: Session,
    customer_id: uuid.UUID,
    *,
    today: date,
    horizon_days: int | None = None,
    bought: list[Bought] | None = None,
) -> list[ReminderAdvice]:
    """The products this customer is running out of (due or overdue), soonest first.

    `bought`: the customer's purchases when the caller already read them.
    """
    guide = care_guide()
    if bought is None:
        bought = bought_by(session, customer_id, guide)
    return _described(session, reminders(guide, bought, today=today, horizon_days=horizon_days))


def _described(session: Session, found: list[Reminder]) -> list[ReminderAdvice]:
    ids = sorted({r.product_id for r in found})
    products: dict[uuid.UUID, tuple[str, str, int]] = {}
    for start in range(0, len(ids), 500):
        query = select(
            Product.id, Product.code, Product.brand, Product.name, Product.size, Product.price_cents
        ).where(Product.id.in_(ids[start : start + 500]))
        for product_id, code, brand, name, size, price in session.execute(query):
            products[product_id] = (code, display_name(brand, name, size), price)
    return [
        ReminderAdvice(
            r.product_id,
            *products[r.product_id],
            r.last_bought,
            r.runs_out,
            r.status == Status.OVERDUE,
        )
        for r in found
    ]


@dataclass(frozen=True)
class DueCustomer:
    """A customer to call or message this week, and how they agreed to be reached."""

    customer_id: uuid.UUID
    name: str
    phone: str | None
    email: str | None
    channels: tuple[str, ...]
    """'sms', 'email': the marketing consents they gave (empty: mention it at the counter)."""
    reminders: tuple[ReminderAdvice, ...]


def due_this_week(session: Session, *, today: date, days: int = 7) -> list[DueCustomer]:
    """The store's customers whose products ran out in the past `days` or will in the next.

    Those who ran out long ago were on an earlier week's list (the counter's
    card still shows it when they come in). Only customers this store serves
    (their profile is here) and purchases the tablet holds. A reminder is
    marketing: the channels listed are the consents each customer gave; the
    others are for a word at the counter.
    """
    guide = care_guide()
    since = today - timedelta(days=MAX_DAYS + days)
    due = {
        who: soon
        for who, items in purchases.bought(session, guide, since=since).items()
        if (soon := reminders(guide, items, today=today, horizon_days=days, overdue_days=days))
    }
    people: dict[uuid.UUID, tuple[str, str | None, str | None, dict[str, bool] | None]] = {}
    ids = sorted(due)
    columns = (Customer.id, Customer.first_name, Customer.last_names, Customer.phone,
               Customer.email, Customer.consent_state)  # fmt: skip
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for who, first, last, phone, email, state in session.execute(
            select(*columns).where(Customer.id.in_(chunk))
        ):
            if phone or email:  # a customer this store serves (not the directory only)
                people[who] = (f"{first} {last}", phone, email, state)
    described = {
        r.product_id: r for r in _described(session, [r for who in people for r in due[who]])
    }
    found: list[DueCustomer] = []
    for who, (name, phone, email, state) in people.items():
        given = {Purpose(k): v for k, v in (state or {}).items()}
        channels = tuple(
            str(channel) for channel in (Purpose.SMS, Purpose.EMAIL) if may_market(given, channel)
        )
        found.append(
            DueCustomer(who, name, phone, email, channels, tuple(
                replace(described[r.product_id], last_bought=r.last_bought,
                        runs_out=r.runs_out, overdue=r.status == Status.OVERDUE)
                for r in due[who]
            ))
        )  # fmt: skip
    found.sort(key=lambda d: (d.reminders[0].runs_out, d.name))
    return found

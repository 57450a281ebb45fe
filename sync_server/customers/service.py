"""Customers on the server: creating them, publishing them, profile patches.

A profile patch resolves field by field: the edit with the greater
(HLC, device) wins, the clock of a tablet running ahead is clamped first,
and every losing edit is kept in `profile_loss` (rules 9 and 11).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from loyalty_core.contact import mask_phone
from loyalty_core.feeds import CHAIN_SCOPE, DirectoryRow, Feed, ProfileRow, lookup_key
from loyalty_core.ids import uuid7
from loyalty_core.member_card import is_card_number
from loyalty_core.profile import arbitration_stamp, normalise_field, wins
from loyalty_core.wire import PROFILE_FIELDS, CustomerPayload, ProfilePatchPayload
from sync_server.bulk import among, insert_rows
from sync_server.customers.models import Customer, CustomerStore, ProfileLoss
from sync_server.db import table_of
from sync_server.stores.service import lookup_secret
from sync_server.sync.feeds import publish, publish_many


def directory_row(customer: Customer, secret: bytes) -> DirectoryRow:
    """The slim record every tablet of the chain holds."""

    def key(kind: str, value: str | None) -> str | None:
        return None if value is None else lookup_key(secret, kind, value)

    return DirectoryRow(
        id=customer.id,
        first_name=customer.first_name,
        last_names=customer.last_names,
        card_number=customer.card_number,
        phone_key=key("phone", customer.phone),
        email_key=key("email", customer.email),
        national_id_key=key("national_id", customer.national_id),
        phone_masked=mask_phone(customer.phone) if customer.phone else None,
        club_member=customer.club_member,
        enrolled_on=customer.enrolled_on,
        language=customer.language,
        created_at=customer.created_at,
    )


def profile_row(
    customer: Customer,
    records: list[dict[str, object]] | None = None,
    diagnostics: list[dict[str, object]] | None = None,
    habits: list[dict[str, object]] | None = None,
) -> ProfileRow:
    """The full record, with the customer's consent records, diagnostics and habits."""
    return ProfileRow.model_validate(
        dict(
            id=customer.id,
            first_name=customer.first_name,
            last_names=customer.last_names,
            national_id=customer.national_id,
            phone=customer.phone,
            email=customer.email,
            birth_date=customer.birth_date,
            postal_code=customer.postal_code,
            language=customer.language,
            gender=customer.gender,
            consents=customer.consents,
            consent_records=records or [],
            diagnostics=diagnostics or [],
            habits=habits or [],
        )
    )


def full_profiles(session: Session, customers: list[Customer]) -> dict[uuid.UUID, dict[str, Any]]:
    """The profiles feed's rows of these customers, their related records read in batches."""
    from sync_server.advice.service import diagnostics_of, habits_of
    from sync_server.consents.service import histories

    ids = [c.id for c in customers]
    records = histories(session, ids)
    diagnostics = diagnostics_of(session, ids)
    habits = habits_of(session, ids)
    return {
        c.id: profile_row(c, records.get(c.id), diagnostics.get(c.id), habits.get(c.id)).model_dump(
            mode="json"
        )
        for c in customers
    }


def serving_stores(session: Session, customer_id: uuid.UUID) -> list[str]:
    return list(
        session.scalars(
            select(CustomerStore.store_code).where(CustomerStore.customer_id == customer_id)
        )
    )


def publish_customer(session: Session, customer: Customer, *, now: datetime) -> None:
    """Publish the directory row and the full profile to each store that serves them."""
    secret = lookup_secret(session)
    slim = directory_row(customer, secret).model_dump(mode="json")
    publish(session, Feed.DIRECTORY, CHAIN_SCOPE, str(customer.id), slim, now=now)
    full = full_profiles(session, [customer])[customer.id]
    for store in serving_stores(session, customer.id):
        publish(session, Feed.PROFILES, store, str(customer.id), full, now=now)


def serve_in_store(
    session: Session, customer_id: uuid.UUID, store_code: str, *, now: datetime
) -> None:
    """Make sure a store receives a customer's full profile (they shopped there)."""
    serve_in_stores(session, {(customer_id, store_code)}, now=now)


def serve_in_stores(session: Session, pairs: set[tuple[uuid.UUID, str]], *, now: datetime) -> None:
    """`serve_in_store` for many (customer, store) pairs at once (a pushed batch).

    A pair another transaction adds at the same moment is left to it (no
    IntegrityError); its profile is then published twice, which is harmless.
    """
    if not pairs:
        return
    customers = sorted({customer_id for customer_id, _ in pairs})
    rows = session.execute(
        select(CustomerStore.customer_id, CustomerStore.store_code).where(
            among(session, CustomerStore.customer_id, customers)
        )
    )
    served = {(customer_id, store) for customer_id, store in rows}
    new = sorted(pairs - served)
    if not new:
        return
    insert_rows(
        session,
        table_of(CustomerStore),
        [{"customer_id": customer_id, "store_code": store} for customer_id, store in new],
        unless_taken=("customer_id", "store_code"),
    )
    ids = sorted({customer_id for customer_id, _ in new})
    profiles = full_profiles(
        session, list(session.scalars(select(Customer).where(among(session, Customer.id, ids))))
    )
    by_store: dict[str, dict[str, dict[str, Any] | None]] = {}
    for customer_id, store in new:
        if customer_id in profiles:
            by_store.setdefault(store, {})[str(customer_id)] = profiles[customer_id]
    for store, published in by_store.items():
        publish_many(session, Feed.PROFILES, store, published, now=now)
    from sync_server.sales.purchases import past_purchases, purchase_store_rows

    bought = past_purchases(session, ids, now=now)
    for store, purchases in purchase_store_rows(bought, new).items():
        publish_many(session, Feed.PURCHASES, store, purchases, now=now)


@dataclass
class NewCustomer:
    first_name: str
    last_names: str
    home_store: str
    card_number: str | None = None
    phone: str | None = None
    email: str | None = None
    national_id: str | None = None
    birth_date: date | None = None
    postal_code: str | None = None
    language: str = "es"
    club_member: bool = False
    enrolled_on: date | None = None
    id: uuid.UUID = field(default_factory=uuid7)


def create_customer(session: Session, new: NewCustomer, *, now: datetime) -> Customer:
    """Create a customer known to head office (imports, demo data) and publish them."""
    return create_customers(session, [new], now=now)[0]


def create_customers(session: Session, news: list[NewCustomer], *, now: datetime) -> list[Customer]:
    """Create many new customers and publish them in a few statements (a head-office import).

    Each is served in its home store, so the directory row goes to the chain and
    the full profile to that store, as `publish_customer` would do one by one.
    """
    customers = [
        Customer(
            id=new.id,
            card_number=new.card_number,
            first_name=new.first_name,
            last_names=new.last_names,
            national_id=new.national_id,
            phone=new.phone,
            email=new.email,
            birth_date=new.birth_date,
            postal_code=new.postal_code,
            language=new.language,
            club_member=new.club_member,
            enrolled_on=new.enrolled_on,
            home_store=new.home_store,
            created_at=now,
            field_clocks={},
        )
        for new in news
    ]
    session.add_all(customers)
    session.add_all(CustomerStore(customer_id=c.id, store_code=c.home_store) for c in customers)
    session.flush()
    secret = lookup_secret(session)
    directory: dict[str, dict[str, Any] | None] = {
        str(c.id): directory_row(c, secret).model_dump(mode="json") for c in customers
    }
    publish_many(session, Feed.DIRECTORY, CHAIN_SCOPE, directory, now=now)
    profiles = full_profiles(session, customers)
    for store in sorted({c.home_store for c in customers}):
        rows: dict[str, dict[str, Any] | None] = {
            str(c.id): profiles[c.id] for c in customers if c.home_store == store
        }
        publish_many(session, Feed.PROFILES, store, rows, now=now)
    return customers


@dataclass(frozen=True)
class PatchOutcome:
    lost_fields: list[str]
    found: bool


def apply_patch(
    session: Session,
    patch: ProfilePatchPayload,
    *,
    hlc: str,
    change_id: uuid.UUID,
    now: datetime,
) -> PatchOutcome:
    """Apply the fields of a patch that win; keep the ones that lose, and say which."""
    query = select(Customer).where(Customer.id == patch.customer_id)
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update()
    customer = session.scalars(query).first()
    if customer is None:
        return PatchOutcome([], found=False)
    values = {name: normalise_field(name, value) for name, value in patch.fields.items()}
    stamp = arbitration_stamp(hlc, int(now.timestamp() * 1000))
    clocks = dict(customer.field_clocks or {})
    lost = []
    for name, value in sorted(values.items()):
        holder = clocks.get(name)
        if wins(stamp, holder):
            setattr(
                customer,
                name,
                date.fromisoformat(value) if name == "birth_date" and value else value,
            )
            clocks[name] = stamp
        else:
            lost.append(name)
            session.add(
                ProfileLoss(
                    id=uuid7(),
                    customer_id=customer.id,
                    field=name,
                    value=value,
                    hlc=stamp,
                    winner_hlc=str(holder),
                    change_id=change_id,
                    recorded_at=now,
                )
            )
    customer.field_clocks = clocks
    session.flush()
    # Republished even when every field lost: the tablet that sent the patch shows
    # its own value until a newer version of the record reaches it.
    publish_customer(session, customer, now=now)
    return PatchOutcome(lost, found=True)


@dataclass(frozen=True)
class Registered:
    customer: Customer
    flags: list[str]


def register_customer(
    session: Session,
    payload: CustomerPayload,
    *,
    hlc: str,
    store_code: str,
    now: datetime,
) -> Registered:
    """Create a customer registered at a counter, then settle whether they are somebody known.

    Raises BadProfileValue for a value no counter would have sent. A card
    number already taken (it cannot happen between registered devices) is
    not kept, and flagged.
    """
    if session.get(Customer, payload.customer_id) is not None:
        return Registered(session.get(Customer, payload.customer_id), ["already_recorded"])  # type: ignore[arg-type]
    values = {
        name: normalise_field(name, value) for name, value in payload.profile_fields().items()
    }
    flags = []
    card = payload.card_number
    if card is not None and (
        not is_card_number(card)
        or session.scalar(select(Customer.id).where(Customer.card_number == card)) is not None
    ):
        flags.append("card_number_refused")
        card = None
    stamp = arbitration_stamp(hlc, int(now.timestamp() * 1000))
    birth = values.pop("birth_date")
    customer = Customer(
        id=payload.customer_id,
        card_number=card,
        birth_date=date.fromisoformat(birth) if birth else None,
        **values,
        club_member=False,
        enrolled_on=None,
        home_store=store_code,
        created_at=payload.registered_at,
        field_clocks={name: stamp for name in PROFILE_FIELDS},
    )
    session.add(customer)
    session.add(CustomerStore(customer_id=customer.id, store_code=store_code))
    session.flush()
    from sync_server.customers.merge import settle_duplicates

    flags += settle_duplicates(session, customer, now=now)
    publish_customer(session, live_customer(session, customer.id) or customer, now=now)
    return Registered(customer, flags)


def live_customer(session: Session, customer_id: uuid.UUID) -> Customer | None:
    """The customer an id stands for now: a merged id leads to its survivor."""
    customer = session.get(Customer, customer_id)
    seen = set()
    while customer is not None and customer.merged_into is not None:
        if customer.id in seen:
            raise RuntimeError(f"customer merge loop at {customer.id}")
        seen.add(customer.id)
        customer = session.get(Customer, customer.merged_into)
    return customer


def merged_ids(session: Session, ids: set[uuid.UUID]) -> dict[uuid.UUID, uuid.UUID]:
    """Of these customer ids, those merged away, each with its survivor (one read, usually)."""
    if not ids:
        return {}
    merged = (
        session.execute(
            select(Customer.id).where(
                among(session, Customer.id, sorted(ids)), Customer.merged_into.is_not(None)
            )
        )
        .scalars()
        .all()
    )
    out = {}
    for customer_id in merged:
        survivor = live_customer(session, customer_id)
        if survivor is not None:
            out[customer_id] = survivor.id
    return out


def give_card(
    session: Session, customer: Customer, card_number: str, *, now: datetime
) -> list[str]:
    """A card issued at a counter to a known customer: theirs from now on (flags say why not).

    The card in the customer's hand wins over one they had before (an old
    member joining again); a number another customer holds, or one that is
    not a card number, cannot be theirs: kept out, and flagged.
    """
    if not is_card_number(card_number):
        return ["card_number_refused"]
    holder = session.scalar(select(Customer.id).where(Customer.card_number == card_number))
    if holder is not None and holder != customer.id:
        return ["card_number_refused"]
    flags = ["card_replaced"] if customer.card_number not in (None, card_number) else []
    customer.card_number = card_number
    session.flush()
    publish_customer(session, customer, now=now)
    return flags

"""One person registered twice (two tablets offline): merged, or put before a person.

SYNC.md, duplicate customers: both registrations are applied first (their
sales point at them); then a strong match with the same name merges
automatically and a weaker one opens a review case for the stores of both.

A merge keeps the older customer as the survivor. Each profile field goes
by the per-field rule (the later stamp wins) plus "non-empty beats empty";
consents and sales are the survivor's from then on (each consent keeps the
id it was signed for); the loser's points move over by two transfer
entries, so both ledgers still add up; the loser is marked merged into the
survivor (it keeps its card number, which keeps working: the redirect
carries it), and the redirect tells every tablet to remap the old id. Later changes that name
the loser are applied to the survivor, never refused.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from loyalty_core.duplicates import Decision, Person, decide, match_reasons
from loyalty_core.feeds import CHAIN_SCOPE, Feed, RedirectRow
from loyalty_core.profile import wins
from loyalty_core.wire import PROFILE_FIELDS
from sync_server.consents.models import Consent
from sync_server.customers.models import Balance, Customer, CustomerStore
from sync_server.ledger.service import LedgerBatch, NewEntry
from sync_server.review.service import NewCase, open_many
from sync_server.sales.models import Sale
from sync_server.sync.feeds import publish_many

MERGE_TRANSFER = "transfer"
POSSIBLE_DUPLICATE = "possible_duplicate"


def person(customer: Customer) -> Person:
    return Person(
        first_name=customer.first_name,
        last_names=customer.last_names,
        national_id=customer.national_id,
        phone=customer.phone,
        email=customer.email,
        birth_date=customer.birth_date,
    )


def candidates(session: Session, customer: Customer) -> list[Customer]:
    """Live customers sharing a key or the birth date with `customer` (the rules then decide)."""
    keys = []
    for column, value in (
        (Customer.national_id, customer.national_id),
        (Customer.phone, customer.phone),
        (Customer.email, customer.email),
        (Customer.birth_date, customer.birth_date),
    ):
        if value is not None:
            keys.append(column == value)
    if not keys:
        return []
    return list(
        session.scalars(
            select(Customer)
            .where(
                or_(*keys),
                Customer.id != customer.id,
                Customer.merged_into.is_(None),
                Customer.erased_at.is_(None),
            )
            .order_by(Customer.created_at, Customer.id)
            .limit(50)
        )
    )


def settle_duplicates(session: Session, customer: Customer, *, now: datetime) -> list[str]:
    """Merge `customer` with a sure match, open review cases for doubtful ones; return flags."""
    flags: list[str] = []
    cases = []
    me = person(customer)
    for other in candidates(session, customer):
        decision = decide(me, person(other))
        if decision is None:
            continue
        if decision == Decision.MERGE and customer.merged_into is None:
            survivor, loser = _older_first(other, customer)
            merge(session, survivor=survivor, loser=loser, now=now)
            flags.append(f"merged:{survivor.id}" if loser is customer else f"absorbed:{loser.id}")
            customer = survivor
            me = person(customer)
            continue
        reasons = sorted(match_reasons(me, person(other)))
        for store in sorted({customer.home_store, other.home_store}):
            cases.append(
                NewCase(
                    kind=POSSIBLE_DUPLICATE,
                    store_code=store,
                    customer_id=customer.id,
                    subject_id=other.id,
                    detail={
                        "reasons": [str(r) for r in reasons],
                        "names": [
                            f"{customer.first_name} {customer.last_names}",
                            f"{other.first_name} {other.last_names}",
                        ],
                    },
                )
            )
        flags.append("possible_duplicate")
    open_many(session, cases, now=now)
    return sorted(set(flags))


def _older_first(a: Customer, b: Customer) -> tuple[Customer, Customer]:
    return (a, b) if (a.created_at, a.id) <= (b.created_at, b.id) else (b, a)


def merge(session: Session, *, survivor: Customer, loser: Customer, now: datetime) -> None:
    """Merge `loser` into `survivor` and publish the result (see the module docstring)."""
    from sync_server.advice.service import move_skin_data
    from sync_server.consents.service import refresh_state
    from sync_server.customers.service import publish_customer, serve_in_stores

    _merge_fields(survivor, loser)
    loser.merged_into = survivor.id
    # Chains collapse: whatever was merged into the loser now leads to the survivor.
    earlier = list(session.scalars(select(Customer).where(Customer.merged_into == loser.id)))
    for customer in earlier:
        customer.merged_into = survivor.id
    session.flush()
    session.execute(
        update(Consent).where(Consent.customer_id == loser.id).values(customer_id=survivor.id)
    )
    session.execute(
        update(Sale).where(Sale.customer_id == loser.id).values(customer_id=survivor.id)
    )
    move_skin_data(session, loser.id, survivor.id)
    _transfer_points(session, survivor=survivor, loser=loser, now=now)
    stores = set(
        session.scalars(
            select(CustomerStore.store_code).where(CustomerStore.customer_id == loser.id)
        )
    )
    serve_in_stores(session, {(survivor.id, store) for store in stores}, now=now)
    refresh_state(session, survivor, now=now)
    # The loser's rows stay in the directory: a tablet drops them when it applies the
    # redirect (pulled after the directory), having first moved their data over.
    _publish_redirects(session, [loser, *earlier], survivor, now=now)
    publish_customer(session, survivor, now=now)


def _merge_fields(survivor: Customer, loser: Customer) -> None:
    clocks = dict(survivor.field_clocks or {})
    theirs = loser.field_clocks or {}
    for name in sorted(PROFILE_FIELDS):
        mine, other = getattr(survivor, name), getattr(loser, name)
        if other is None:
            continue
        if mine is None or wins(theirs.get(name, ""), clocks.get(name)):
            setattr(survivor, name, other)
            if name in theirs:
                clocks[name] = theirs[name]
    survivor.field_clocks = clocks


def _transfer_points(
    session: Session, *, survivor: Customer, loser: Customer, now: datetime
) -> None:
    """Move the loser's balance over with two entries: both ledgers still add up."""
    points = session.scalar(select(Balance.points).where(Balance.customer_id == loser.id)) or 0
    if not points:
        return
    batch = LedgerBatch(session, {survivor.id, loser.id})
    for customer_id, signed in ((loser.id, -points), (survivor.id, points)):
        batch.post(
            NewEntry(
                customer_id=customer_id,
                kind=MERGE_TRANSFER,
                points=signed,
                store_code=survivor.home_store,
                occurred_at=now,
                flags=("merge",),
            ),
            now=now,
        )
    batch.write(now=now)


def _publish_redirects(
    session: Session, losers: Iterable[Customer], survivor: Customer, *, now: datetime
) -> None:
    rows: dict[str, dict[str, Any] | None] = {
        str(c.id): RedirectRow(
            from_id=c.id, to_id=survivor.id, card_number=c.card_number
        ).model_dump(mode="json")
        for c in losers
    }
    publish_many(session, Feed.REDIRECTS, CHAIN_SCOPE, rows, now=now)

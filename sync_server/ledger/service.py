"""Posting points entries: the balance moves with its version, overdrafts open cases.

The balance row is locked (PostgreSQL) or the database is (SQLite) while
an entry is posted, so two stores spending one balance at once are
serialised: both entries are kept, and the one that takes it below zero
is the one flagged.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from loyalty_core.feeds import CHAIN_SCOPE, BalanceRow, Feed
from loyalty_core.ids import uuid7
from sync_server.customers.models import Balance
from sync_server.ledger.models import LedgerEntry
from sync_server.review.service import open_case
from sync_server.sync.feeds import publish

OVERDRAFT = "overdraft"


@dataclass(frozen=True)
class Posted:
    balance_after: int
    version: int
    flags: list[str]


def _lock_balance(session: Session, customer_id: uuid.UUID) -> Balance:
    pg = session.get_bind().dialect.name == "postgresql"
    query = select(Balance).where(Balance.customer_id == customer_id)
    if pg:
        query = query.with_for_update()
    row = session.scalars(query).first()
    if row is None:
        insert = (postgresql.insert if pg else sqlite.insert)(Balance)
        session.execute(
            insert.values(customer_id=customer_id, points=0, version=0).on_conflict_do_nothing()
        )
        row = session.scalars(query.execution_options(populate_existing=True)).one()
    return row


def post_entry(
    session: Session,
    *,
    entry_id: uuid.UUID,
    customer_id: uuid.UUID,
    kind: str,
    points: int,
    sale_id: uuid.UUID | None,
    store_code: str,
    device_id: uuid.UUID | None,
    occurred_at: datetime,
    now: datetime,
    flags: list[str] | None = None,
) -> Posted:
    """Record one ledger entry, move the balance, publish it, flag an overdraft."""
    balance = _lock_balance(session, customer_id)
    balance.points += points
    balance.version += 1
    entry_flags = list(flags or [])
    if points < 0 and balance.points < 0:
        entry_flags.append(OVERDRAFT)
    session.add(
        LedgerEntry(
            id=entry_id,
            customer_id=customer_id,
            kind=kind,
            points=points,
            sale_id=sale_id,
            store_code=store_code,
            device_id=device_id,
            occurred_at=occurred_at,
            balance_after=balance.points,
            flags=entry_flags,
            received_at=now,
        )
    )
    session.flush()
    if OVERDRAFT in entry_flags:
        open_case(
            session,
            kind=OVERDRAFT,
            store_code=store_code,
            customer_id=customer_id,
            subject_id=entry_id,
            detail={"points": points, "balance_after": balance.points},
            now=now,
        )
    row = BalanceRow(customer_id=customer_id, points=balance.points).model_dump(mode="json")
    # The version tablets compare with is the feed row's: an entry is covered once a
    # tablet holds this version of the balance or a later one.
    version = publish(session, Feed.BALANCES, CHAIN_SCOPE, str(customer_id), row, now=now)
    return Posted(balance.points, version, entry_flags)


def server_adjustment(
    session: Session,
    *,
    customer_id: uuid.UUID,
    points: int,
    sale_id: uuid.UUID,
    store_code: str,
    now: datetime,
    reason: str,
) -> Posted:
    """Post the difference between what a sale earned at the counter and the rule."""
    return post_entry(
        session,
        entry_id=uuid7(),
        customer_id=customer_id,
        kind="adjust",
        points=points,
        sale_id=sale_id,
        store_code=store_code,
        device_id=None,
        occurred_at=now,
        now=now,
        flags=[reason],
    )

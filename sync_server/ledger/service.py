"""Posting points entries: balances move with their versions, overdrafts open cases.

Entries are posted as a batch (`LedgerBatch`): the balances of its customers
are locked first, in customer order (PostgreSQL; on SQLite the database is
locked), then the entries are posted in memory, in the order given, and
written together. Two stores spending one balance at once are serialised:
both entries are kept, and the one that takes it below zero is the one
flagged.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from loyalty_core.feeds import CHAIN_SCOPE, BalanceRow, Feed
from loyalty_core.ids import uuid7
from sync_server.bulk import among, insert_rows, update_rows
from sync_server.customers.models import Balance
from sync_server.db import table_of
from sync_server.ledger.models import LedgerEntry
from sync_server.review.service import NewCase, open_many
from sync_server.sync.feeds import publish_many

OVERDRAFT = "overdraft"
ADJUST = "adjust"


@dataclass(frozen=True)
class NewEntry:
    customer_id: uuid.UUID
    kind: str
    points: int
    store_code: str
    occurred_at: datetime
    sale_id: uuid.UUID | None = None
    device_id: uuid.UUID | None = None
    flags: tuple[str, ...] = ()
    entry_id: uuid.UUID = field(default_factory=uuid7)


def adjustment(
    *, customer_id: uuid.UUID, points: int, sale_id: uuid.UUID, store_code: str, now: datetime
) -> NewEntry:
    """The server's entry for the difference between what a sale earned and the rule."""
    return NewEntry(
        customer_id=customer_id,
        kind=ADJUST,
        points=points,
        store_code=store_code,
        occurred_at=now,
        sale_id=sale_id,
        flags=("points_recomputed",),
    )


class LedgerBatch:
    """Entries posted against locked balances, then written in a few statements."""

    def __init__(self, session: Session, customer_ids: set[uuid.UUID]) -> None:
        self.session = session
        self.balances = _lock_balances(session, sorted(customer_ids))
        self._moved: set[uuid.UUID] = set()
        self._entries: list[dict[str, object]] = []
        self._cases: list[NewCase] = []

    def post(self, entry: NewEntry, *, now: datetime) -> list[str]:
        """Post one entry (its customer's balance was locked); return its flags."""
        points, version = self.balances[entry.customer_id]
        points += entry.points
        self.balances[entry.customer_id] = (points, version + 1)
        self._moved.add(entry.customer_id)
        flags = list(entry.flags)
        if entry.points < 0 and points < 0:
            flags.append(OVERDRAFT)
            self._cases.append(
                NewCase(
                    kind=OVERDRAFT,
                    store_code=entry.store_code,
                    customer_id=entry.customer_id,
                    subject_id=entry.entry_id,
                    detail={"points": entry.points, "balance_after": points},
                )
            )
        self._entries.append(
            {
                "id": entry.entry_id,
                "customer_id": entry.customer_id,
                "kind": entry.kind,
                "points": entry.points,
                "sale_id": entry.sale_id,
                "store_code": entry.store_code,
                "device_id": entry.device_id,
                "occurred_at": entry.occurred_at,
                "balance_after": points,
                "flags": flags,
                "received_at": now,
            }
        )
        return flags

    def write(self, *, now: datetime) -> dict[uuid.UUID, int]:
        """Write the entries, the balances and their feed rows; return each feed version.

        The version tablets compare with is the balance feed row's: an entry
        is covered once a tablet holds this version of the balance or a later one.
        """
        if not self._entries:
            return {}
        insert_rows(self.session, table_of(LedgerEntry), self._entries)
        moved = sorted(self._moved)
        update_rows(
            self.session,
            table_of(Balance),
            ("customer_id",),
            [
                {
                    "customer_id": customer_id,
                    "points": self.balances[customer_id][0],
                    "version": self.balances[customer_id][1],
                }
                for customer_id in moved
            ],
        )
        open_many(self.session, self._cases, now=now)
        rows: dict[str, dict[str, Any] | None] = {
            str(customer_id): BalanceRow(
                customer_id=customer_id, points=self.balances[customer_id][0]
            ).model_dump(mode="json")
            for customer_id in moved
        }
        versions = publish_many(self.session, Feed.BALANCES, CHAIN_SCOPE, rows, now=now)
        self._entries, self._cases, self._moved = [], [], set()
        return {uuid.UUID(key): version for key, version in versions.items()}


def _lock_balances(
    session: Session, customer_ids: list[uuid.UUID]
) -> dict[uuid.UUID, tuple[int, int]]:
    """Each customer's (points, version), the rows locked in customer order; created at 0."""
    if not customer_ids:
        return {}
    pg = session.get_bind().dialect.name == "postgresql"

    def read(ids: list[uuid.UUID]) -> dict[uuid.UUID, tuple[int, int]]:
        found: dict[uuid.UUID, tuple[int, int]] = {}
        for start in range(0, len(ids), 500):
            query = (
                select(Balance.customer_id, Balance.points, Balance.version)
                .where(among(session, Balance.customer_id, ids[start : start + 500]))
                .order_by(Balance.customer_id)
            )
            rows = session.execute(query.with_for_update() if pg else query)
            found.update({c: (int(p), int(v)) for c, p, v in rows})
        return found

    balances = read(customer_ids)
    if missing := [c for c in customer_ids if c not in balances]:
        insert_rows(
            session,
            table_of(Balance),
            [{"customer_id": c, "points": 0, "version": 0} for c in missing],
            unless_taken=("customer_id",),
        )
        balances.update(read(missing))
    return balances


def known_entries(session: Session, entry_ids: list[uuid.UUID]) -> set[uuid.UUID]:
    """Which of these entries the ledger already holds."""
    found: set[uuid.UUID] = set()
    for start in range(0, len(entry_ids), 500):
        found.update(
            session.scalars(
                select(LedgerEntry.id).where(
                    among(session, LedgerEntry.id, entry_ids[start : start + 500])
                )
            )
        )
    return found

"""A batch delivered twice at the same moment is applied once, even half way through.

A tablet whose answer was lost sends its batch again while the first
delivery may still be running. The server applies a batch as a set; when a
twin is written but not yet committed, the set's insert waits for it, fails,
is rolled back, and the changes are answered one by one as duplicates. The
test holds the first delivery open until the second one waits on it.
(test_feeds.py sends one batch to two server workers at once over HTTP.)
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from chain import JORDI, MARIA, ServerProcess, Tablet, server_counts
from sqlalchemy import select, text

from loyalty_core.sync_protocol import ChangeResult
from loyalty_core.wire import Change, Entity
from pos_client.sync.outbox_push import next_batch
from sync_server.db import Database
from sync_server.devices.models import Device
from sync_server.sync.push import push_batch

SALES = 24


def _sell(tablet: Tablet, n: int) -> int:
    """Ring up `n` sales, half for María; return the points María earned."""
    earned = 0
    for i in range(n):
        receipt = tablet.sell({"serum": 1 + i % 3, "cream": 1}, customer=MARIA if i % 2 else JORDI)
        earned += receipt.points_earned if i % 2 else 0
    return earned


def _waiting(tablet: Tablet) -> list[Change]:
    with tablet.sessions.begin() as s:
        batch = next_batch(s, limit=500)
    assert batch is not None
    return batch.changes()


def test_a_twin_that_commits_first_turns_the_set_into_duplicates(
    server: ServerProcess, new_tablet: Callable[..., Tablet]
) -> None:
    """The set's insert meets the twin's uncommitted rows, waits, fails, and falls back."""
    if not server.database_url.startswith("postgresql"):
        pytest.skip("SQLite serialises writers: a twin can never be half way")
    tablet = new_tablet("S001")
    tablet.sync()
    _sell(tablet, 6)
    # Sales only: no balance is locked, so nothing holds the second delivery back
    # before its insert meets the first one's rows.
    sales = [c for c in _waiting(tablet) if c.entity == Entity.SALE]
    database = Database(server.database_url)
    try:
        with database.session() as first, first.begin():
            device = first.scalars(select(Device).where(Device.store_code == "S001")).one()
            applied = push_batch(first, device, sales, now=datetime.now(UTC))
            assert {str(r.status) for r in applied} == {"applied"}

            second: list[ChangeResult] = []
            thread = threading.Thread(target=lambda: second.extend(_push(database, sales)))
            thread.start()
            _wait_until_blocked(database)
        thread.join(30)
    finally:
        database.dispose()

    assert [str(r.status) for r in second] == ["duplicate"] * len(sales)
    assert [r.code for r in second] == ["applied"] * len(sales)
    assert server_counts(server)[0] == 6


def _push(database: Database, changes: list[Change]) -> list[ChangeResult]:
    with database.session() as session, session.begin():
        device = session.scalars(select(Device).where(Device.store_code == "S001")).one()
        return push_batch(session, device, changes, now=datetime.now(UTC))


def _wait_until_blocked(database: Database) -> None:
    """Return once another backend waits on a lock (the twin's insert)."""
    deadline = time.monotonic() + 20
    with database.session(read_only=True) as watch:
        while time.monotonic() < deadline:
            waiting = watch.scalar(
                text("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")
            )
            watch.rollback()
            if waiting:
                return
            time.sleep(0.02)
    raise AssertionError("the second delivery never waited for the first")

"""First-download snapshots are written ahead by the server, and again once far behind."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from chain import ServerProcess, Tablet
from sqlalchemy import func, select

from pos_client.store.models import Customer
from sync_server.customers.service import NewCustomer, create_customer

AHEAD = {
    "catalogue-chain",
    "directory-chain",
    "balances-chain",
    "profiles-S001",
    "profiles-S002",
}


def _written(folder: Path) -> dict[str, set[str]]:
    """Snapshot files on the server, by feed and scope."""
    found: dict[str, set[str]] = {}
    for path in folder.glob("*.ndjson.gz"):
        feed_scope = path.name.rsplit("-", 1)[0]
        found.setdefault(feed_scope, set()).add(path.name)
    return found


def _wait_for_ahead(folder: Path) -> dict[str, set[str]]:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if set(written := _written(folder)) >= AHEAD:
            return written
        time.sleep(0.1)
    raise AssertionError(f"not written ahead: {AHEAD - set(_written(folder))}")


def test_a_new_tablet_downloads_the_snapshots_the_server_wrote_ahead(
    server: ServerProcess, new_tablet: Callable[..., Tablet]
) -> None:
    folder = server.data_dir / "snapshots"
    before = _wait_for_ahead(folder)  # written at the server's start, nobody asked
    tablet = new_tablet("S001")
    report = tablet.sync()
    assert _written(folder) == before  # the tablet waited for nothing to be written
    assert report.pulled["directory"] == 2
    with tablet.sessions.begin() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 2


@pytest.mark.sqlite_only
def test_a_snapshot_far_behind_its_feed_is_written_again(
    server: ServerProcess, new_tablet: Callable[..., Tablet]
) -> None:
    folder = server.data_dir / "snapshots"
    before = _wait_for_ahead(folder)
    with server.admin() as s:
        for i in range(30):
            create_customer(
                s,
                NewCustomer(first_name=f"Nova{i}", last_names="Alta", home_store="S002"),
                now=datetime.now(UTC),
            )
    tablet = new_tablet("S001")
    tablet.sync()
    after = _written(folder)
    # 30 new customers behind a snapshot of 2: the directory is packed again, the rest kept.
    assert len(after["directory-chain"] - before["directory-chain"]) == 1
    assert after["catalogue-chain"] == before["catalogue-chain"]
    with tablet.sessions.begin() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 32

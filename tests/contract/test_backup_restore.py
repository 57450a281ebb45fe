"""Head office loses its database and restores last night's backup, with tablets in the field.

A real server process and real tablets: they sell and sync; a backup is taken while the
server runs (on SQLite, many while a tablet pushes: each holds whole batches only); then
the tablets go on past the backup, the database is destroyed, `sync-server restore`
puts the backup back and the server starts again on it, under a new database epoch.
Head office's data is exactly what it was at the backup. At its next normal sync each
tablet sees the new epoch and sends again every change it held as acknowledged: what it
pushed after the backup is applied again, each change once, and the rest is answered
`duplicate`; its cursors are past the restored change log, so it is told so (410) and
downloads its feeds again. A tablet that broke after the backup brings its changes back
through `export-pending --since` and `import-pending`. Then everything agrees again and
the tablets go on selling. A property test splits random sales across the backup.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import threading
import uuid
from collections.abc import Callable
from contextlib import ExitStack
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import requests
from chain import CODES, MARIA, ROOT, ServerProcess, Tablet, seed_products
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from pg import drop_database, fresh_database, postgres_url
from server_cli import run_sync_server
from sqlalchemy import func, select

from loyalty_core.pending_changes import decode
from loyalty_core.sync_protocol import DATABASE_EPOCH_HEADER
from pos_client.services.receipts import customer_on_receipt
from pos_client.store.models import LedgerEntry as TabletEntry
from pos_client.store.models import OutboxEntry, Product
from pos_client.store.models import Sale as TabletSale
from pos_client.sync.engine import SyncReport
from sync_server.backup import after_restore, backup_sqlite, restore_sqlite
from sync_server.catalogue.models import Product as ServerProduct
from sync_server.config import load_settings
from sync_server.customers.models import Balance, Customer
from sync_server.devices.models import Device
from sync_server.ledger.models import LedgerEntry
from sync_server.sales.models import Sale
from sync_server.sync.models import Inbox
from sync_server.sync.pending_import import import_pending


def head_office(server: ServerProcess) -> dict[str, Any]:
    """What head office holds: ids of every record that matters, and every balance."""
    with server.admin() as s:
        return {
            "sales": sorted(s.scalars(select(Sale.id))),
            "entries": sorted(s.scalars(select(LedgerEntry.id))),
            "customers": sorted(s.scalars(select(Customer.id))),
            "products": sorted(s.scalars(select(ServerProduct.code))),
            "devices": sorted(s.scalars(select(Device.id))),
            "changes": sorted(s.scalars(select(Inbox.change_id))),
            "balances": {c: p for c, p in s.execute(select(Balance.customer_id, Balance.points))},
        }


def _backups_while_pushing(server: ServerProcess, tablet: Tablet, tmp_path: Path) -> list[int]:
    """Copy the live database again and again while the tablet pushes in small batches;
    return how many of its sales each copy holds."""
    for _ in range(24):
        tablet.sell({"soap": 1}, staff="2001")
    tablet.engine.batch_size = 2  # each batch one transaction at head office
    pushing = threading.Thread(target=tablet.sync)
    database = server.data_dir / "server.db"
    held = []
    pushing.start()
    while pushing.is_alive() or not held:
        copy = backup_sqlite(database, tmp_path / f"copy-{len(held)}.db")
        with sqlite3.connect(copy.path) as con:
            sales = con.execute("SELECT count(*) FROM sale WHERE store_code = 'S002'").fetchone()
            changes = con.execute(
                "SELECT count(*) FROM inbox JOIN device ON device.id = inbox.device_id"
                " WHERE device.store_code = 'S002'"
            ).fetchone()
        assert sales == changes  # each sale with its inbox row: whole transactions
        held.append(int(sales[0]))
        copy.path.unlink()
    pushing.join()
    return held


def _export_since(tablet: Tablet, since: datetime, file: Path) -> subprocess.CompletedProcess[str]:
    store = tablet.data_dir / "store.db"
    command = ["export-pending", str(file), "--store", str(store), "--since", since.isoformat()]
    return subprocess.run(
        [sys.executable, "-m", "pos_client.cli", *command],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        check=False,
    )


def test_a_restored_backup_brings_head_office_back_and_the_tablets_follow(
    server: ServerProcess,
    new_tablet: Callable[..., Tablet],
    database_kind: str,
    tmp_path: Path,
) -> None:
    counter, other, broken = new_tablet("S001"), new_tablet("S002"), new_tablet("S001")
    for tablet in (counter, other, broken):
        tablet.sync()
    counter.sell({"serum": 1}, customer=MARIA)
    counter.sync()
    if database_kind == "sqlite":
        held = _backups_while_pushing(server, other, tmp_path)
        assert held[-1] == 24 and all(n % 2 == 0 for n in held)
        assert any(0 < n < 24 for n in held), held  # at least one copy taken mid-push
    else:
        other.sell({"soap": 1}, staff="2001")
        other.sync()

    at_backup = head_office(server)
    lost_epoch = epoch_of(server)
    since = datetime.now(UTC)
    made = run_sync_server(
        server.data_dir,
        "backup",
        "--to",
        str(tmp_path / "backups"),
        database_url=server.database_url,
    )
    assert made.returncode == 0, made.stderr
    (backup_file,) = (tmp_path / "backups").iterdir()
    assert f"backup written: {backup_file} (" in made.stdout
    assert "@" not in made.stdout + made.stderr  # no credentials printed

    # After the backup: sales acknowledged by the database about to be lost, one of them
    # never confirmed by a pulled balance; a product head office added and tablets pulled;
    # and a tablet that breaks once it has synced.
    lost_sale = counter.sell({"serum": 2}, customer=MARIA)
    seed_products(server, 1)
    counter.sync()
    unconfirmed = counter.sell({"serum": 1}, customer=MARIA)
    push_only(counter)
    with counter.sessions.begin() as s:
        entry = s.scalars(select(TabletEntry).where(TabletEntry.sale_id == unconfirmed.sale_id))
        assert [(e.confirmed, e.covered_version is not None) for e in entry] == [(False, True)]
    broken_sale = broken.sell({"serum": 1}, customer=MARIA)
    broken.sync()
    other.sync()
    lost = head_office(server)
    assert set(lost["sales"]) - set(at_backup["sales"]) == {
        lost_sale.sale_id,
        unconfirmed.sale_id,
        broken_sale.sale_id,
    }
    lost_changes = set(lost["changes"]) - set(at_backup["changes"])
    assert len(lost_changes) == 6  # three sales, each with its points entry

    # The database is lost; the backup is restored; the server starts again on it.
    server.kill()
    url = original = server.database_url
    if database_kind == "sqlite":
        for name in ("server.db", "server.db-wal", "server.db-shm"):
            (server.data_dir / name).unlink(missing_ok=True)
    else:
        drop_database(url)
        base = postgres_url()
        assert base is not None
        url = fresh_database(base)  # a new, empty database on the same cluster
    try:
        restored = run_sync_server(server.data_dir, "restore", str(backup_file), database_url=url)
        assert restored.returncode == 0, restored.stderr
        assert "every tablet downloads its data again" in restored.stdout
        assert "new database epoch" in restored.stdout
        server.database_url = url
        server.start()
        assert head_office(server) == at_backup
        assert epoch_of(server) not in (None, lost_epoch)
        assert DATABASE_EPOCH_HEADER not in requests.get(server.url + "/health", timeout=5).headers

        # The counter sold on while head office was down. Its next normal sync sends that
        # sale, learns from the answer that the database was restored, and sends again every
        # change it held as acknowledged: the two sales head office lost are applied again,
        # the rest is answered duplicate. Its cursors are past the restored log: it downloads
        # again, and what head office no longer has leaves it too.
        offline = counter.sell({"serum": 1}, customer=MARIA)
        acknowledged = states(counter)["acknowledged"]
        report = counter.sync()
        # (The offline sale is sent twice: acknowledged by the first batch, whose answer told
        # of the restore, then queued again with the others: a duplicate.)
        assert report.resent == len(acknowledged) + 2 == 8
        assert report.pulled["catalogue"] == 3
        assert answers(counter, acknowledged) == {
            c: "applied" if c in lost_changes else "duplicate" for c in acknowledged
        }
        with counter.sessions.begin() as s:
            gone = s.scalars(select(Product.active).where(Product.code.not_in(CODES.values())))
            assert list(gone) == [False]
            shown = customer_on_receipt(s, MARIA)[1]
        with server.admin() as s:
            balance = s.get(Balance, MARIA)
            assert balance is not None
        # Each points entry counted once on the tablet too (the one never confirmed included).
        assert (
            shown
            == balance.points
            == at_backup["balances"][MARIA]
            + sum(r.points_earned for r in (lost_sale, unconfirmed, offline))
        )

        # The other store's tablet pushed nothing after the backup: it hears of the restore
        # from its first pull, and what it sends again is all duplicates.
        before = head_office(server)
        acknowledged = states(other)["acknowledged"]
        report = other.sync()
        assert report.resent == len(acknowledged) > 0
        assert set(answers(other, acknowledged).values()) == {"duplicate"}
        assert head_office(server) == before

        # The broken tablet's changes come back from its store file, once.
        file = tmp_path / "resend.json"
        exported = _export_since(broken, since, file)
        assert exported.returncode == 0, exported.stderr
        assert ": 2 changes (1 ledger_entry, 1 sale)" in exported.stdout
        imported = run_sync_server(server.data_dir, "import-pending", str(file), database_url=url)
        assert imported.returncode == 0, imported.stderr
        assert "2 accepted, 0 duplicates, 0 rejected, 0 waiting" in imported.stdout
        with server.database() as db:  # and again: nothing twice
            again = import_pending(db, decode(file.read_bytes()), now=datetime.now(UTC))
        assert (again.accepted, again.duplicates) == (0, 2)

        # Head office holds what the lost database held, plus the sale made during the
        # outage, each once; every balance is the sum of its ledger.
        now = head_office(server)
        offline_changes = states(counter)["acknowledged"] - set(lost["changes"])
        assert len(offline_changes) == 2
        assert now["sales"] == sorted([*lost["sales"], offline.sale_id])
        assert now["changes"] == sorted([*lost["changes"], *offline_changes])
        assert len(now["entries"]) == len(lost["entries"]) + 1
        assert {k: now[k] for k in ("customers", "devices")} == {
            k: lost[k] for k in ("customers", "devices")
        }
        assert now["products"] == at_backup["products"]
        assert now["balances"][MARIA] == lost["balances"][MARIA] + offline.points_earned
        assert now["balances"] == ledger_sums(server)

        # And the chain goes on: a new sale reaches head office; every tablet agrees.
        after = counter.sell({"serum": 1}, customer=MARIA)
        assert counter.sync(verify=True).repaired == []
        assert other.sync(verify=True).repaired == []
        with server.admin() as s:
            balance = s.get(Balance, MARIA)
            assert balance is not None
            assert s.get(Sale, after.sale_id) is not None
        assert balance.points == now["balances"][MARIA] + after.points_earned
        with counter.sessions.begin() as s:
            assert customer_on_receipt(s, MARIA)[1] == balance.points
        assert states(counter).keys() == {"acknowledged"}
    finally:
        if url != original:
            server.stop()
            drop_database(url)


def epoch_of(server: ServerProcess) -> str | None:
    """The database epoch the server says on its answers."""
    return requests.get(server.url + "/v1/info", timeout=5).headers.get(DATABASE_EPOCH_HEADER)


def push_only(tablet: Tablet) -> None:
    """Push without pulling: a points entry acknowledged, never confirmed by a pulled balance."""
    tablet.engine._take_lease()
    try:
        tablet.engine.push(SyncReport(), lambda: False)
    finally:
        tablet.engine._release_lease()


def states(tablet: Tablet) -> dict[str, set[uuid.UUID]]:
    """The tablet's outbox change ids by state."""
    held: dict[str, set[uuid.UUID]] = {}
    with tablet.sessions.begin() as s:
        for state, change_id in s.execute(select(OutboxEntry.state, OutboxEntry.change_id)):
            held.setdefault(state, set()).add(change_id)
    return held


def answers(tablet: Tablet, change_ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    """The status of the last answer to each of these changes."""
    with tablet.sessions.begin() as s:
        rows = s.execute(
            select(OutboxEntry.change_id, OutboxEntry.server_answer).where(
                OutboxEntry.change_id.in_(change_ids)
            )
        )
        return {c: json.loads(answer or "{}").get("status", "") for c, answer in rows}


def ledger_sums(server: ServerProcess) -> dict[uuid.UUID, int]:
    """Each customer's points as the sum of their ledger (those with a balance row)."""
    with server.admin() as s:
        rows = s.execute(
            select(LedgerEntry.customer_id, func.sum(LedgerEntry.points)).group_by(
                LedgerEntry.customer_id
            )
        )
        sums = {customer: int(points) for customer, points in rows}
        return {c: sums.get(c, 0) for c in s.scalars(select(Balance.customer_id))}


# -- property: whatever was sold around the backup is at head office once, after it --------

BEFORE, LOST, UNPULLED, WAITING = "before", "lost", "unpulled", "waiting"
"""When a sale reached head office: before the backup; after it (lost with the database),
with its balance pulled or not; or only after the restore (waiting in the outbox)."""
STAFF_OF = ("1001", "2001")
NOW = datetime(2026, 11, 24, 3, 0, tzinfo=UTC)


@pytest.mark.sqlite_only  # each example restores the database: PostgreSQL is the main case above
@settings(
    max_examples=5,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    derandomize=True,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],  # real processes: no long shrinking
)
@given(
    sales=st.lists(
        st.tuples(st.integers(0, 1), st.sampled_from([BEFORE, LOST, UNPULLED, WAITING])),
        min_size=1,
        max_size=8,
    ),
    first=st.integers(0, 1),
)
def test_whatever_was_sold_around_a_restored_backup_is_at_head_office_once(
    server: ServerProcess,
    tmp_path_factory: pytest.TempPathFactory,
    sales: list[tuple[int, str]],
    first: int,
) -> None:
    """One server for every example: each restores the backup it took (so head office's
    data before it is what earlier examples left, all of it converged)."""
    base = tmp_path_factory.mktemp("tablets")
    with ExitStack() as stack:
        tablets = []
        for i, store in enumerate(("S001", "S002")):
            tablet = Tablet.register(server, base / f"t{i}", store)
            stack.callback(tablet.close)
            tablet.sync()
            tablets.append(tablet)

        def sell(when: str) -> list[Tablet]:
            sold = sorted({i for i, phase in sales if phase == when})
            for i, phase in sales:
                if phase == when:
                    tablets[i].sell({"serum": 1}, customer=MARIA, staff=STAFF_OF[i])
            return [tablets[i] for i in sold]

        for tablet in sell(BEFORE):
            tablet.sync()
        at_backup = head_office(server)
        copy = backup_sqlite(server.data_dir / "server.db", base / "backup.db")
        for tablet in sell(LOST):
            tablet.sync()
        for tablet in sell(UNPULLED):
            push_only(tablet)
        sell(WAITING)
        acknowledged = [states(t).get("acknowledged", set()) for t in tablets]

        server.stop()
        settings_ = load_settings(server.data_dir, server.database_url)
        after_restore(settings_, kept_aside=restore_sqlite(settings_, copy.path, now=NOW))
        server.start()
        for tablet in (tablets[first], tablets[1 - first], *tablets):
            tablet.sync()

        now = head_office(server)
        made_sales, made_changes = set(), set()
        for tablet, before in zip(tablets, acknowledged, strict=True):
            assert states(tablet).keys() <= {"acknowledged"}
            # What the restored database held is answered duplicate, the rest applied again.
            assert answers(tablet, before) == {
                c: "duplicate" if c in at_backup["changes"] else "applied" for c in before
            }
            with tablet.sessions.begin() as s:
                made_sales |= set(s.scalars(select(TabletSale.id)))
                made_changes |= set(s.scalars(select(OutboxEntry.change_id)))
                shown = customer_on_receipt(s, MARIA)[1]
            assert shown == now["balances"][MARIA]
        assert now["sales"] == sorted(set(at_backup["sales"]) | made_sales)
        assert now["changes"] == sorted(set(at_backup["changes"]) | made_changes)
        assert now["balances"] == ledger_sums(server)

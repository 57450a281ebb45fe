"""Head office loses its database and restores last night's backup, with tablets in the field.

A real server process and real tablets: they sell and sync; a backup is taken while the
server runs (on SQLite, many while a tablet pushes: each holds whole batches only); then
the tablets go on past the backup, the database is destroyed, `sync-server restore`
puts the backup back and the server starts again on it. Head office's data is exactly
what it was at the backup. The tablets, whose cursors are past the restored change log,
are told so (410) and download their feeds again; what one of them pushed after the
backup was lost with the database, and comes back once through `export-pending --since`
and `import-pending`. Then everything agrees again and the tablets go on selling.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from chain import CODES, MARIA, ROOT, ServerProcess, Tablet, seed_products
from pg import drop_database, fresh_database, postgres_url
from server_cli import run_sync_server
from sqlalchemy import select

from loyalty_core.pending_changes import decode
from pos_client.services.receipts import customer_on_receipt
from pos_client.store.models import Product
from sync_server.backup import backup_sqlite
from sync_server.catalogue.models import Product as ServerProduct
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
    counter, other = new_tablet("S001"), new_tablet("S002")
    counter.sync()
    other.sync()
    counter.sell({"serum": 1}, customer=MARIA)
    counter.sync()
    if database_kind == "sqlite":
        held = _backups_while_pushing(server, other, tmp_path)
        assert held[-1] == 24 and all(n % 2 == 0 for n in held)
        assert any(0 < n < 24 for n in held), held  # at least one copy taken mid-push

    at_backup = head_office(server)
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

    # After the backup: a sale acknowledged, a product head office added and tablets pulled.
    lost_sale = counter.sell({"serum": 2}, customer=MARIA)
    seed_products(server, 1)
    counter.sync()
    other.sync()
    lost = head_office(server)
    assert lost["sales"] != at_backup["sales"]

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
        server.database_url = url
        server.start()
        assert head_office(server) == at_backup

        # The tablets' cursors are past the restored log: they download again, and what head
        # office no longer has leaves them too.
        report = counter.sync()
        assert report.pulled["catalogue"] == 3
        with counter.sessions.begin() as s:
            gone = s.scalars(select(Product.active).where(Product.code.not_in(CODES.values())))
            assert list(gone) == [False]
            assert customer_on_receipt(s, MARIA)[1] == at_backup["balances"][MARIA]
        other.sync()

        # What the counter pushed after the backup comes back from it, once.
        file = tmp_path / "resend.json"
        exported = _export_since(counter, since, file)
        assert exported.returncode == 0, exported.stderr
        assert ": 2 changes (1 ledger_entry, 1 sale)" in exported.stdout
        imported = run_sync_server(server.data_dir, "import-pending", str(file), database_url=url)
        assert imported.returncode == 0, imported.stderr
        assert "2 accepted, 0 duplicates, 0 rejected, 0 waiting" in imported.stdout
        with server.database() as db:  # and again: nothing twice
            again = import_pending(db, decode(file.read_bytes()), now=datetime.now(UTC))
        assert (again.accepted, again.duplicates) == (0, 2)
        now = head_office(server)
        assert {k: v for k, v in now.items() if k != "products"} == {
            k: v for k, v in lost.items() if k != "products"
        }
        assert now["products"] == at_backup["products"]

        # And the chain goes on: a new sale reaches head office; every tablet agrees.
        after = counter.sell({"serum": 1}, customer=MARIA)
        assert counter.sync(verify=True).repaired == []
        assert other.sync(verify=True).repaired == []
        with server.admin() as s:
            balance = s.get(Balance, MARIA)
            assert balance is not None
            assert s.get(Sale, after.sale_id) is not None
            assert s.get(Sale, lost_sale.sale_id) is not None
        assert balance.points == lost["balances"][MARIA] + after.points_earned
        with counter.sessions.begin() as s:
            assert customer_on_receipt(s, MARIA)[1] == balance.points
    finally:
        if url != original:
            server.stop()
            drop_database(url)

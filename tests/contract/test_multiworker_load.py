"""Several server workers on one PostgreSQL, many tablets at once: no change lost, none twice.

The server runs as in production: uvicorn with three worker processes on PostgreSQL,
metrics in multiprocess mode, JSON logs. Nine real tablets on three stores (real client
store files, the real sync engine; bench/sync_load_worker.py) run in three client
processes; each rings up its sales offline first, then releases a few every half second
and pushes them in batches, all at the same time. One client process reaches the server
through a FaultProxy that drops a push's answer after the server committed it, now and
then: that tablet sends the batch again and must get `duplicate`, not a second sale.

Then each tablet pulls and verifies every feed, and:
- every change a tablet wrote is in head office's inbox exactly once (ids and count),
  every sale and every points entry once;
- every customer's balance is the sum of their ledger, and the sum of what the tablets
  earned for them; every tablet shows that same balance, with nothing to repair;
- the metrics, summed across the workers, say the same: applied = changes made, and
  applied + duplicate = every change of every batch the server answered.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import requests
from chain import ROOT, ServerProcess, Tablet, seed_chain, seed_products
from faultproxy import FaultProxy
from pg import drop_database, fresh_database, postgres_url, require_postgres
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import func, select, update

from loyalty_core.roles import Role
from pos_client.services.receipts import customer_on_receipt
from pos_client.store.database import open_store
from pos_client.store.models import Customer as TabletCustomer
from pos_client.store.models import LedgerEntry as TabletEntry
from pos_client.store.models import OutboxEntry
from pos_client.sync.engine import SyncReport
from sync_server.customers.models import Balance
from sync_server.customers.service import NewCustomer, create_customer
from sync_server.devices.service import issue_code
from sync_server.ledger.models import LedgerEntry
from sync_server.sales.models import Sale
from sync_server.staff.service import add_staff
from sync_server.stores.service import create_store
from sync_server.sync.models import Inbox

SERVER_WORKERS = 3
CLIENT_PROCESSES = 3
STORES = {"S001": ("1001", "1234"), "S002": ("2001", "4567"), "S003": ("3001", "7890")}
TABLETS_PER_STORE = 3
SALES_PER_TABLET = 120
PER_TICK, INTERVAL, DURATION = 30, 0.5, 3.5
BATCH = 60
DROPPED_ANSWERS = 4
WORKER = ROOT / "bench" / "sync_load_worker.py"
HELD = "held"
"""The outbox state the load worker parks its pre-made sales in (bench/sync_load_worker.py)."""


@pytest.fixture
def postgres_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[ServerProcess]:
    """A seeded chain of three stores on a fresh PostgreSQL database, not started yet."""
    base = postgres_url()
    if base is None:
        if require_postgres():
            pytest.fail("PostgreSQL is required (LOYALTY_REQUIRE_POSTGRES=1) but not given")
        pytest.skip("no PostgreSQL given (scripts/test.sh starts one)")
    url = fresh_database(base)
    metrics = tmp_path / "metrics"
    metrics.mkdir()
    monkeypatch.setenv("PROMETHEUS_MULTIPROC_DIR", str(metrics))
    monkeypatch.setenv("LOYALTY_LOG_FORMAT", "json")
    server = ServerProcess(tmp_path / "server", url)
    server.data_dir.mkdir()
    try:
        server.prepare()
        seed(server)
        yield server
    finally:
        server.stop()
        drop_database(url)


def seed(server: ServerProcess) -> None:
    """tests/chain.py's chain, a third store, more products, and club members everywhere."""
    now = datetime.now(UTC)
    seed_chain(server, now)
    seed_products(server, 12)
    with server.admin() as s:
        create_store(s, code="S003", name="Bellesa Sants", now=now)
        add_staff(
            s, store_code="S003", code="3001", name="Núria Soler", role=Role.ASSISTANT,
            pin=STORES["S003"][1], now=now,
        )  # fmt: skip
        for i in range(60):
            create_customer(
                s,
                NewCustomer(
                    first_name=f"Clienta {i}",
                    last_names="Prueba Carga",
                    home_store=list(STORES)[i % len(STORES)],
                    club_member=True,
                ),
                now=now,
            )


@dataclass
class Clients:
    """The client processes (bench/sync_load_worker.py), driven through their stdin."""

    procs: list[subprocess.Popen[str]]
    logs: list[Path]

    def expect(self, proc: subprocess.Popen[str], prefix: str) -> dict[str, Any]:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith(prefix):
                return dict(json.loads(line[len(prefix) :]))
        log = self.logs[self.procs.index(proc)]
        raise RuntimeError(f"load worker ended ({proc.wait()}): {log.read_text()[-3000:]}")

    def tell(self, command: dict[str, Any]) -> None:
        for proc in self.procs:
            assert proc.stdin is not None
            proc.stdin.write(json.dumps(command) + "\n")
            proc.stdin.flush()


@contextmanager
def client_processes(specs: list[dict[str, Any]], work: Path) -> Iterator[Clients]:
    """Start one worker per spec; a watchdog kills them all if the test hangs."""
    clients = Clients([], [])
    for i, spec in enumerate(specs):
        path = work / f"worker-{i}.json"
        path.write_text(json.dumps(spec), encoding="utf-8")
        clients.logs.append(work / f"worker-{i}.log")
        clients.procs.append(
            subprocess.Popen(
                [sys.executable, str(WORKER), str(path)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=clients.logs[-1].open("w"),
                text=True,
                cwd=ROOT,
            )
        )
    watchdog = threading.Timer(300, lambda: [p.kill() for p in clients.procs])
    watchdog.start()
    try:
        yield clients
    finally:
        watchdog.cancel()
        for proc in clients.procs:
            try:
                if proc.poll() is None:
                    assert proc.stdin is not None
                    proc.stdin.write(json.dumps({"cmd": "quit"}) + "\n")
                    proc.stdin.flush()
                proc.wait(30)
            except (OSError, subprocess.TimeoutExpired):
                proc.kill()
                proc.wait(10)


def arm_drops(proxy: FaultProxy, start: float) -> threading.Thread:
    """Drop a push's answer at the start, then every half second (each fires once, on the
    next push through the proxy; one left over when nothing more goes through is harmless)."""

    def arm() -> None:
        for i in range(DROPPED_ANSWERS):
            time.sleep(max(0.0, start + i * 0.5 - time.time()))
            proxy.arm("drop_response", method="POST", path="/v1/sync/push")

    thread = threading.Thread(target=arm, daemon=True)
    thread.start()
    return thread


def metric_values(text: str) -> Counter[tuple[str, frozenset[tuple[str, str]]]]:
    values: Counter[tuple[str, frozenset[tuple[str, str]]]] = Counter()
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            values[(sample.name, frozenset(sample.labels.items()))] += sample.value
    return values


def total(values: Counter[tuple[str, frozenset[tuple[str, str]]]], name: str, **labels: str) -> int:
    wanted = set(labels.items())
    return int(sum(v for (n, ls), v in values.items() if n == name and wanted <= ls))


def test_many_tablets_on_several_workers_lose_nothing_and_count_nothing_twice(
    postgres_server: ServerProcess, tmp_path: Path
) -> None:
    server = postgres_server.start(workers=SERVER_WORKERS)
    entries = []
    with server.admin() as s:
        for i in range(TABLETS_PER_STORE * len(STORES)):
            store = list(STORES)[i % len(STORES)]
            entries.append(
                {
                    "dir": str(tmp_path / f"t{i:02d}"),
                    "store": store,
                    "code": issue_code(s, store_code=store, now=datetime.now(UTC)),
                    "staff_code": STORES[store][0],
                    "pin": STORES[store][1],
                }
            )
    with FaultProxy(("127.0.0.1", server.port)) as proxy:
        # The last client process goes through the proxy; the others straight to the server.
        specs = [
            {
                "server_url": proxy.url if p == CLIENT_PROCESSES - 1 else server.url,
                "tablets": entries[p::CLIENT_PROCESSES],
                "sales_per_tablet": SALES_PER_TABLET,
                "batch": BATCH,
                "seed": 7,
            }
            for p in range(CLIENT_PROCESSES)
        ]
        with client_processes(specs, tmp_path) as clients:
            infos = [clients.expect(proc, "READY ") for proc in clients.procs]
            start = time.time() + 1.0
            armer = arm_drops(proxy, start)
            clients.tell(
                {
                    "cmd": "run",
                    "start": start,
                    "duration": DURATION,
                    "interval": INTERVAL,
                    "per_tick": PER_TICK,
                }
            )
            results = [clients.expect(proc, "RESULT ") for proc in clients.procs]
            armer.join()
        dropped = [e for e in proxy.events if e.fault == "drop_response"]

    made = sum(info["made"] for info in infos)
    assert made == SALES_PER_TABLET * len(entries)
    assert all(r["waiting"] == 0 for r in results), results
    # On a busy machine a tick can overrun and leave sales parked: they go in the last sync.
    assert sum(r["released"] for r in results) > 0
    pushes = [push for r in results for push in r["pushes"]]
    failed = [push for push in pushes if push[3]]
    # The only pushes that failed are those whose answer the proxy dropped (after a 200).
    assert dropped and all(e.status == 200 for e in dropped)
    assert len(failed) == len(dropped), Counter(push[3] for push in failed)

    tablets = [
        Tablet.open(Path(e["dir"]), open_store(Path(e["dir"]) / "store.db"), server.url)
        for e in entries
    ]
    try:
        for tablet in tablets:  # what a slow tick left parked goes now, with the pulls
            with tablet.sessions.begin() as s:
                s.execute(update(OutboxEntry).where(OutboxEntry.state == HELD).values(
                    state="pending"))  # fmt: skip
        with ThreadPoolExecutor(len(tablets)) as pool:
            reports: list[SyncReport] = list(pool.map(lambda t: t.sync(verify=True), tablets))
        assert all(report.repaired == [] for report in reports), [r.repaired for r in reports]
        _assert_exactly_once(server, tablets, made)
        _assert_balances_add_up(server, tablets)
    finally:
        for tablet in tablets:
            tablet.close()

    changes = _changes_made(tablets_dirs=[Path(e["dir"]) for e in entries])
    scraped = metric_values(requests.get(server.url + "/metrics", timeout=10).text)
    applied = total(scraped, "loyalty_sync_changes_total", result="applied")
    duplicate = total(scraped, "loyalty_sync_changes_total", result="duplicate")
    assert applied == changes
    answered = sum(push[2] for push in pushes) + sum(report.pushed for report in reports)
    assert applied + duplicate == answered
    assert duplicate > 0  # the dropped answers' changes came again
    assert total(scraped, "loyalty_sync_changes_total", result="rejected") == 0
    assert total(scraped, "loyalty_sync_pushes_refused_total") == 0
    assert total(scraped, "loyalty_devices_seen", within="5m") == len(entries)
    assert total(scraped, "loyalty_sync_pull_pages_total") > 0
    pids = {int(p.stem.split("_")[-1]) for p in (tmp_path / "metrics").glob("counter_*.db")}
    assert len(pids) >= 2, pids  # several workers served, and the scrape summed them

    lines = [json.loads(line) for line in (server.data_dir / "server.log").read_text().splitlines()]
    assert not [line for line in lines if line["level"] in ("ERROR", "CRITICAL")]
    assert len({line["pid"] for line in lines if line["logger"] == "sync_server.push"}) >= 2


def _changes_made(tablets_dirs: list[Path]) -> int:
    count = 0
    for folder in tablets_dirs:
        sessions = open_store(folder / "store.db")
        try:
            with sessions.begin() as s:
                count += s.scalar(select(func.count()).select_from(OutboxEntry)) or 0
        finally:
            sessions.kw["bind"].dispose()
    return count


def _assert_exactly_once(server: ServerProcess, tablets: list[Tablet], made: int) -> None:
    """Every change of every tablet in the inbox once; every sale and points entry once."""
    written: list[uuid.UUID] = []
    sales: list[uuid.UUID] = []
    entries: list[uuid.UUID] = []
    for tablet in tablets:
        with tablet.sessions.begin() as s:
            rows = s.execute(select(OutboxEntry.change_id, OutboxEntry.entity,
                                    OutboxEntry.entity_id, OutboxEntry.state)).all()  # fmt: skip
        assert {row.state for row in rows} == {"acknowledged"}
        written += [row.change_id for row in rows]
        sales += [row.entity_id for row in rows if row.entity == "sale"]
        entries += [row.entity_id for row in rows if row.entity == "ledger_entry"]
    assert len(sales) == made and len(set(written)) == len(written)
    with server.admin() as s:
        inbox = list(s.scalars(select(Inbox.change_id)))
        server_sales = list(s.scalars(select(Sale.id)))
        server_entries = list(s.scalars(select(LedgerEntry.id)))
        statuses = set(s.scalars(select(Inbox.status).distinct()))
    assert len(inbox) == len(written) and set(inbox) == set(written)
    assert len(server_sales) == len(sales) and set(server_sales) == set(sales)
    assert len(server_entries) == len(entries) and set(server_entries) == set(entries)
    assert statuses == {"applied"}


def _assert_balances_add_up(server: ServerProcess, tablets: list[Tablet]) -> None:
    """Server balance = its ledger's sum = what the tablets earned; every tablet agrees."""
    earned: Counter[uuid.UUID] = Counter()
    for tablet in tablets:
        with tablet.sessions.begin() as s:
            own = set(
                s.scalars(select(OutboxEntry.entity_id).where(OutboxEntry.entity == "ledger_entry"))
            )
            for entry_id, customer_id, points in s.execute(
                select(TabletEntry.id, TabletEntry.customer_id, TabletEntry.points)
            ):
                if entry_id in own:
                    earned[customer_id] += points
    with server.admin() as s:
        balances = {row.customer_id: row.points for row in s.scalars(select(Balance))}
        by_customer = select(LedgerEntry.customer_id, func.sum(LedgerEntry.points)).group_by(
            LedgerEntry.customer_id
        )
        sums = {customer_id: int(points) for customer_id, points in s.execute(by_customer)}
    assert sum(earned.values()) > 0
    for customer_id, points in earned.items():
        assert balances[customer_id] == sums[customer_id] == points, customer_id
    for customer_id, points in balances.items():
        assert points == earned.get(customer_id, 0)
    for tablet in tablets:
        with tablet.sessions.begin() as s:
            for customer_id in s.scalars(select(TabletCustomer.id)):
                shown = customer_on_receipt(s, customer_id)[1]
                assert shown == balances.get(customer_id, 0), (tablet.data_dir.name, customer_id)

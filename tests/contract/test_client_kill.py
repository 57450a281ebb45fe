"""The tablet's app process SIGKILLed in the middle of a sync (SYNC.md, "Tests that prove it").

A child process (sync_worker.py) syncs a real tablet file through a small TCP proxy to a
real server process, and is SIGKILLed at an exact point: after its push was sent and
before the answer came back, or half-way through pulling a large catalogue import page by
page. Then the app "starts again" (a new engine on the same file) and syncs: nothing is
lost, nothing is counted twice, and the cursor kept after the kill covers exactly the rows
applied. Two app processes on one file at once: one pushes, the other is told the device
is busy.

A killed process leaves its sync lease behind; it runs out after `LEASE_SECONDS`. The
restarted app here runs with its clock past that moment instead of waiting two minutes.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from chain import MARIA, ROOT, ServerProcess, Tablet, assert_converged, seed_products, server_counts
from faultproxy import FaultProxy
from sqlalchemy import and_, func, or_, select
from store_files import read_store

from loyalty_core.feeds import CHAIN_SCOPE, Feed, format_checksum, row_hash
from pos_client.store.models import OutboxEntry, Product, SyncLease
from pos_client.sync.api import SyncApi
from pos_client.sync.credentials import load as load_credentials
from pos_client.sync.engine import LEASE_SECONDS, SyncEngine
from sync_server.sync.feeds import feed_state
from sync_server.sync.models import FeedRow

WORKER = Path(__file__).with_name("sync_worker.py")
EXIT_BUSY = 3  # sync_worker.py: another process holds the device's sync lease
PUSH = "/v1/sync/push"
EXTRA_PRODUCTS = 600
CATALOGUE_SIZE = EXTRA_PRODUCTS + 3  # and the three of the seeded chain
DEADLINE = 20.0  # seconds any single wait may take before the test gives up


@dataclass
class Worker:
    """A sync_worker.py child and the lines it printed so far."""

    process: subprocess.Popen[str]
    lines: list[str] = field(default_factory=list)
    ready: threading.Event = field(default_factory=threading.Event)

    def read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(line.rstrip("\n"))
            if line == "READY\n":
                self.ready.set()
        self.ready.set()  # EOF: it died before READY; the caller sees that

    def wait_ready(self) -> None:
        assert self.ready.wait(DEADLINE), "the sync worker never started"
        assert self.process.poll() is None, f"the sync worker exited: {self.lines}"

    def go(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write("GO\n")
        self.process.stdin.flush()

    def kill(self) -> None:
        """SIGKILL: no exception handler, no `finally`, no lease released."""
        assert self.process.poll() is None, f"the sync worker ended first: {self.lines}"
        os.kill(self.process.pid, signal.SIGKILL)
        assert self.process.wait(DEADLINE) == -signal.SIGKILL

    def finish(self) -> int:
        return self.process.wait(DEADLINE)

    def report(self) -> dict[str, object]:
        (done,) = [line for line in self.lines if line.startswith("DONE ")]
        result: dict[str, object] = json.loads(done.removeprefix("DONE "))
        return result


@pytest.fixture
def start_worker(tmp_path: Path) -> Iterator[Callable[..., Worker]]:
    """Start sync_worker.py on a tablet's data dir; leftovers are killed at the end."""
    started: list[Worker] = []
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))

    def start(tablet: Tablet, *options: str) -> Worker:
        tablet.sessions.kw["bind"].dispose()  # nothing of the parent's open on the file
        err = (tmp_path / f"worker-{len(started) + 1}.err").open("w")
        process = subprocess.Popen(
            [sys.executable, str(WORKER), str(tablet.data_dir), tablet.server_url, *options],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=err,
            env=env,
            cwd=ROOT,
            text=True,
        )
        err.close()
        worker = Worker(process)
        threading.Thread(target=worker.read, daemon=True).start()
        started.append(worker)
        return worker

    yield start
    for worker in started:
        if worker.process.poll() is None:
            worker.process.kill()
            worker.process.wait()
        for pipe in (worker.process.stdin, worker.process.stdout):
            if pipe is not None:
                pipe.close()


def wait_until(condition: Callable[[], bool], what: str, *, every: float = 0.01) -> None:
    deadline = time.monotonic() + DEADLINE
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting until {what}"
        time.sleep(every)


def restart_app(tablet: Tablet) -> SyncEngine:
    """The app started again on the same file, once the dead process's lease ran out."""
    tablet.engine.api.close()
    credentials = load_credentials(tablet.data_dir)
    assert credentials is not None
    api = SyncApi(tablet.server_url, credentials.token, timeout=(2.0, 10.0))
    tablet.engine = SyncEngine(tablet.sessions, api, clock=lambda: time.time() + LEASE_SECONDS + 1)
    return tablet.engine


def outbox(tablet: Tablet) -> list[tuple[str, str | None]]:
    with tablet.sessions.begin() as s:
        return [(o.state, o.server_answer) for o in s.scalars(select(OutboxEntry))]


def statuses(tablet: Tablet) -> list[str]:
    return [json.loads(answer or "{}").get("status", "") for _, answer in outbox(tablet)]


@pytest.mark.sqlite_only
def test_a_client_killed_after_sending_its_push_gets_duplicate_answers_on_restart(
    server: ServerProcess,
    proxy: FaultProxy,
    new_tablet: Callable[..., Tablet],
    start_worker: Callable[..., Worker],
) -> None:
    tablet = new_tablet("S001", url=proxy.url)
    tablet.sync()
    earned = sum(tablet.sell({"serum": 1}, customer=MARIA).points_earned for _ in range(3))
    assert earned > 0

    proxy.arm("delay", path=PUSH, seconds=1.5)  # the proxy reads the whole request, holds it
    worker = start_worker(tablet)
    worker.wait_ready()
    wait_until(lambda: proxy.armed == 0, "the proxy holds the push")
    worker.kill()  # the request is out; its answer will find nobody

    assert proxy.wait_for(
        lambda events: any(e.path == PUSH and e.status == 200 for e in events), DEADLINE
    ), proxy.events
    assert server_counts(server) == (3, 3, 6), "the server committed the push it received"
    assert {state for state, _ in outbox(tablet)} == {"pending"}, "no answer ever came back"

    report = restart_app(tablet).sync_once()
    assert (report.pushed, report.acknowledged, report.rejected) == (6, 6, 0)
    assert statuses(tablet) == ["duplicate"] * 6
    assert_converged(server, tablet, sales=3, points=earned)


@dataclass(frozen=True)
class Held:
    """What the tablet's file says about the catalogue feed, read in one snapshot."""

    cursor: str
    row_count: int
    checksum_sum: int
    versions: dict[str, int]
    products: int


def read_catalogue(store: Path) -> Held:
    """Read the tablet's file from outside the app, as another reader of its WAL would."""
    with read_store(store, timeout=5) as db:
        db.execute("BEGIN")  # one snapshot for every query below
        feed = db.execute(
            "SELECT cursor, row_count, checksum_sum FROM sync_feed WHERE feed = ?",
            (str(Feed.CATALOGUE),),
        ).fetchone() or ("", 0, 0)
        versions = dict(
            db.execute(
                "SELECT key, version FROM replica_row WHERE feed = ?", (str(Feed.CATALOGUE),)
            ).fetchall()
        )
        (products,) = db.execute("SELECT count(*) FROM product").fetchone()
    return Held(feed[0], feed[1], feed[2], versions, products)


def catalogue_replicas(store: Path) -> int:
    with read_store(store, timeout=5) as db:
        (count,) = db.execute(
            "SELECT count(*) FROM replica_row WHERE feed = ?", (str(Feed.CATALOGUE),)
        ).fetchone()
    return int(count)


def server_catalogue(server: ServerProcess, up_to: str | None = None) -> dict[str, int]:
    """The server's live catalogue rows (key: version), those up to a cursor if given."""
    where = [
        FeedRow.feed == str(Feed.CATALOGUE),
        FeedRow.scope == CHAIN_SCOPE,
        FeedRow.version > 0,
        FeedRow.deleted.is_(False),
    ]
    if up_to is not None:
        txid, log_id = (int(part) for part in up_to.split("."))
        where.append(or_(FeedRow.txid < txid, and_(FeedRow.txid == txid, FeedRow.log_id <= log_id)))
    with server.admin() as s:
        rows = s.execute(select(FeedRow.key, FeedRow.version).where(*where)).all()
    return {key: version for key, version in rows}


@pytest.mark.sqlite_only
def test_a_client_killed_in_the_middle_of_a_pull_resumes_from_what_it_applied(
    server: ServerProcess,
    proxy: FaultProxy,
    new_tablet: Callable[..., Tablet],
    start_worker: Callable[..., Worker],
) -> None:
    tablet = new_tablet("S001", url=proxy.url)
    tablet.sync()  # the first download (however it comes); what follows is page by page
    store = tablet.data_dir / "store.db"
    assert read_catalogue(store).row_count == 3
    seed_products(server, EXTRA_PRODUCTS)  # head office imports a large catalogue

    proxy.set_latency(0.03)  # a slow line: 20 pages of 30 take a while
    worker = start_worker(tablet, "--page-size", "30")
    worker.wait_ready()
    wait_until(lambda: catalogue_replicas(store) >= 200, "some pages are in")
    worker.kill()
    proxy.set_latency(0)

    held = read_catalogue(store)
    assert 200 <= held.row_count < CATALOGUE_SIZE, "killed in the middle of the catalogue"
    # The cursor kept covers exactly what was applied: the same rows, at the same versions,
    # as the server has up to that cursor; the count and checksum kept agree with them.
    assert held.versions == server_catalogue(server, up_to=held.cursor)
    assert held.row_count == len(held.versions) == held.products
    assert held.checksum_sum == sum(
        row_hash(str(Feed.CATALOGUE), key, version) for key, version in held.versions.items()
    )

    report = restart_app(tablet).sync_once(verify=True)
    assert report.pulled[str(Feed.CATALOGUE)] == CATALOGUE_SIZE - held.row_count, "resumed"
    assert report.repaired == [], "count and checksum equal the server's"

    final = read_catalogue(store)
    assert final.versions == server_catalogue(server)
    assert final.row_count == final.products == CATALOGUE_SIZE
    with tablet.sessions.begin() as s:
        assert s.scalar(select(func.count()).where(Product.active.is_(True))) == CATALOGUE_SIZE
    with server.admin() as s:
        state = feed_state(s, Feed.CATALOGUE, CHAIN_SCOPE)
    assert (state.count, state.checksum) == (CATALOGUE_SIZE, format_checksum(final.checksum_sum))


@pytest.mark.sqlite_only
def test_two_app_processes_on_one_file_push_the_outbox_once(
    server: ServerProcess,
    proxy: FaultProxy,
    new_tablet: Callable[..., Tablet],
    start_worker: Callable[..., Worker],
) -> None:
    tablet = new_tablet("S001", url=proxy.url)
    tablet.sync()
    earned = sum(tablet.sell({"serum": 1}, customer=MARIA).points_earned for _ in range(3))

    proxy.arm("delay", path=PUSH, seconds=1.0)  # the first push stays in flight a while
    workers = [start_worker(tablet, "--wait-go"), start_worker(tablet, "--wait-go")]
    for worker in workers:
        worker.wait_ready()
    for worker in workers:
        worker.go()
    codes = sorted(worker.finish() for worker in workers)

    assert codes == [0, EXIT_BUSY], [w.lines for w in workers]
    (winner,) = [w for w in workers if w.process.returncode == 0]
    assert winner.report()["pushed"] == 6
    assert [e.path for e in proxy.events].count(PUSH) == 1, "the outbox went out once"
    assert statuses(tablet) == ["applied"] * 6
    with tablet.sessions.begin() as s:
        assert s.get(SyncLease, "sync") is None, "the winner released the lease"

    report = tablet.sync()
    assert report.pushed == 0
    assert_converged(server, tablet, sales=3, points=earned)

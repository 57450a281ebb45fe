"""Tablets for bench/bench_sync.py: register, download, sell offline, push on a cadence.

The tablet side of the sync benchmark: real client store files, the real sync engine and
`SyncApi` (its `push` timed), sales made with `pos_client.services.sales.finish`. Used in
two ways:

- imported by bench_sync.py, which calls `setup_tablets` and `run_load` in its own
  process (one thread per tablet);
- as a worker process, so that the client side is not one GIL for 100 tablets:

      python bench/sync_load_worker.py SPEC.json

  sets up the tablets SPEC lists, prints `READY {...}`, then reads one JSON command a line
  on stdin: `{"cmd": "run", "start": t, "duration": s, "interval": s, "per_tick": 5}`
  answers `RESULT {...}`; `{"cmd": "quit"}` ends it.

Sales for the load are made before the clock starts and parked in the outbox as `held`
(a state the engine never sends); each tick releases the next few sales to `pending`
and pushes, so the run measures the push and not the making of sales.
"""

from __future__ import annotations

import json
import os
import random
import resource
import sys
import threading
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from loyalty_core.sync_protocol import PushResponse
from pos_client.services import sales
from pos_client.services.cart import Cart
from pos_client.services.catalogue import ProductInfo, find_product
from pos_client.services.staff import login
from pos_client.store.database import open_store
from pos_client.store.models import Customer, OutboxEntry, Product, ReplicaRow
from pos_client.sync.api import Batch, SyncApi, SyncError
from pos_client.sync.credentials import load as load_credentials
from pos_client.sync.engine import SyncEngine, SyncReport
from pos_client.sync.registration import register_device

HELD = "held"
RESULT = "RESULT "
READY = "READY "
SALES_PER_TRANSACTION = 50


class TimedApi(SyncApi):
    """The real client API; each push request is timed (the HTTP request itself)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # (wall clock at the start, milliseconds, changes sent, error class or "")
        self.pushes: list[tuple[float, float, int, str]] = []

    def push(self, batch: Batch) -> PushResponse:
        wall, t0, error = time.time(), time.perf_counter(), ""
        try:
            return super().push(batch)
        except SyncError as exc:
            error = type(exc).__name__
            raise
        finally:
            self.pushes.append((wall, (time.perf_counter() - t0) * 1000, len(batch), error))


@dataclass
class LoadTablet:
    name: str
    data_dir: Path
    sessions: sessionmaker[Session]
    api: TimedApi
    engine: SyncEngine
    store_code: str
    staff_code: str
    pin: str
    made: int = 0
    released: int = 0
    lag_ms: list[float] = field(default_factory=list)
    behind: int = 0
    dry: int = 0
    errors: dict[str, int] = field(default_factory=dict)

    def close(self) -> None:
        self.api.close()
        self.sessions.kw["bind"].dispose()


def open_tablet(
    data_dir: Path,
    server_url: str,
    *,
    store_code: str,
    registration_code: str,
    staff_code: str,
    pin: str,
    batch: int = 200,
) -> LoadTablet:
    """Register a new store file with the server and build its engine (nothing pulled yet)."""
    sessions = open_store(data_dir / "store.db")
    register_device(
        sessions,
        data_dir,
        server_url=server_url,
        store_code=store_code,
        registration_code=registration_code,
    )
    credentials = load_credentials(data_dir)
    assert credentials is not None
    # A longer read timeout than the app's: a saturated server must show up as latency,
    # not as requests given up and sent again.
    api = TimedApi(server_url, credentials.token, timeout=(5.0, 300.0))
    engine = SyncEngine(sessions, api, batch_size=batch)
    return LoadTablet(data_dir.name, data_dir, sessions, api, engine, store_code, staff_code, pin)


def make_sales(
    tablet: LoadTablet,
    n: int,
    rng: random.Random,
    *,
    hold: bool = False,
    home_share: float = 0.8,
    per_transaction: int = SALES_PER_TRANSACTION,
) -> int:
    """Ring up `n` sales of 1-5 lines (mean 3), each with a customer, paid by card.

    Customers: `home_share` of the sales go to customers this store serves (their full
    profile is on the tablet), the rest to anyone in the chain's directory. With `hold`,
    the new outbox rows are parked (`held`) until `release` lets them go.
    """
    now = datetime.now(UTC)
    with tablet.sessions.begin() as s:
        member = login(s, code=tablet.staff_code, pin=tablet.pin, now=now)
    with tablet.sessions.begin() as s:
        codes = list(
            s.scalars(
                select(Product.code)
                .where(Product.active.is_(True), Product.price_cents > 100)
                .order_by(func.random())
                .limit(400)
            )
        )
        products: list[ProductInfo] = [find_product(s, code=c) for c in codes]
        served = [
            uuid.UUID(k)
            for k in s.scalars(
                select(ReplicaRow.key)
                .where(ReplicaRow.feed == "profiles")
                .order_by(func.random())
                .limit(3000)
            )
        ]
        anyone = list(s.scalars(select(Customer.id).order_by(func.random()).limit(3000)))
    if len(products) < 5 or not anyone:
        raise RuntimeError(f"{tablet.name}: {len(products)} products, {len(anyone)} customers")
    made = 0
    while made < n:
        with tablet.sessions.begin() as s:
            for _ in range(min(per_transaction, n - made)):
                home = served and rng.random() < home_share
                cart = Cart(customer_id=rng.choice(served if home else anyone))
                for product in rng.sample(products, rng.randint(1, 5)):
                    cart.add_product(product)
                total = cart.priced().total_cents
                sales.finish(
                    s,
                    cart=cart,
                    payment=sales.PaymentInput(card_cents=total),
                    staff=member,
                    now=datetime.now(UTC),
                )
                made += 1
            if hold:
                s.execute(
                    update(OutboxEntry).where(OutboxEntry.state == "pending").values(state=HELD)
                )
    tablet.made += made
    return made


def release(tablet: LoadTablet, n_sales: int) -> int:
    """Let the next `n_sales` held sales (and their ledger entries) go; return how many."""
    with tablet.sessions.begin() as s:
        seqs = list(
            s.scalars(
                select(OutboxEntry.seq)
                .where(OutboxEntry.state == HELD, OutboxEntry.entity == "sale")
                .order_by(OutboxEntry.seq)
                .limit(n_sales + 1)
            )
        )
        if not seqs:
            return 0
        freed = update(OutboxEntry).where(OutboxEntry.state == HELD)
        if len(seqs) > n_sales:
            freed = freed.where(OutboxEntry.seq < seqs[n_sales])
        s.execute(freed.values(state="pending"))
    count = min(n_sales, len(seqs))
    tablet.released += count
    return count


def waiting(tablet: LoadTablet) -> int:
    with tablet.sessions.begin() as s:
        return int(
            s.scalar(
                select(func.count())
                .select_from(OutboxEntry)
                .where(OutboxEntry.state.in_(("pending", "deferred")))
            )
            or 0
        )


def acknowledged_sales(tablet: LoadTablet) -> int:
    with tablet.sessions.begin() as s:
        return int(
            s.scalar(
                select(func.count())
                .select_from(OutboxEntry)
                .where(OutboxEntry.entity == "sale", OutboxEntry.state == "acknowledged")
            )
            or 0
        )


def push_waiting(tablet: LoadTablet) -> None:
    """What `sync_once` does but the pull: take the device's lease, push, let it go.

    (The pull is left out: at an accelerated cadence every tablet would pull every
    other tablet's balance changes, far more than the chain would at its real pace.)
    """
    engine = tablet.engine
    try:
        engine._take_lease()
        try:
            engine.push(SyncReport(), lambda: False)
        finally:
            engine._release_lease()
    except SyncError as exc:
        kind = f"{type(exc).__name__}: {exc}"[:90]
        tablet.errors[kind] = tablet.errors.get(kind, 0) + 1


def _loop(
    tablet: LoadTablet,
    *,
    start: float,
    end: float,
    interval: float,
    per_tick: int,
    rng: random.Random,
) -> None:
    """Every `interval` (+-20 %), release `per_tick` sales and push what waits.

    A push that overruns its interval delays the next tick (no burst to catch up): each
    tablet has at most one request in flight, as the app's scheduler does.
    """
    due = start + rng.uniform(0, interval)
    while due < end:
        now = time.time()
        if due > now:
            time.sleep(due - now)
            tablet.lag_ms.append((time.time() - due) * 1000)
        else:
            tablet.behind += 1
        if release(tablet, per_tick) < per_tick:
            tablet.dry += 1
        push_waiting(tablet)
        due = max(due + interval * rng.uniform(0.8, 1.2), time.time())


def _drain(tablet: LoadTablet, deadline: float) -> None:
    while waiting(tablet) and time.time() < deadline:
        push_waiting(tablet)
        if waiting(tablet):
            time.sleep(0.2)


def run_load(
    tablets: Sequence[LoadTablet],
    *,
    start: float,
    duration: float,
    interval: float,
    per_tick: int,
    seed: int,
) -> dict[str, Any]:
    """Run every tablet on its own thread from `start` for `duration`; then drain."""
    marks = {t.name: (len(t.api.pushes), t.released, acknowledged_sales(t)) for t in tablets}
    for t in tablets:
        t.lag_ms.clear()
        t.behind = t.dry = 0
        t.errors.clear()
    cpu0 = _cpu_seconds()
    end = start + duration
    threads = [
        threading.Thread(
            target=_loop,
            args=(t,),
            kwargs=dict(
                start=start,
                end=end,
                interval=interval,
                per_tick=per_tick,
                rng=random.Random(f"{seed}:{t.name}:{interval}"),
            ),
            daemon=True,
        )
        for t in tablets
    ]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    loop_end = time.time()
    cpu1 = _cpu_seconds()
    drains = [
        threading.Thread(target=_drain, args=(t, time.time() + 600), daemon=True) for t in tablets
    ]
    for th in drains:
        th.start()
    for th in drains:
        th.join()
    pushes: list[tuple[float, float, int, str]] = []
    released = acknowledged = still_waiting = 0
    lag: list[float] = []
    behind = dry = 0
    errors: dict[str, int] = {}
    for t in tablets:
        n_pushes, was_released, was_acknowledged = marks[t.name]
        pushes += t.api.pushes[n_pushes:]
        released += t.released - was_released
        acknowledged += acknowledged_sales(t) - was_acknowledged
        still_waiting += waiting(t)
        lag += t.lag_ms
        behind += t.behind
        dry += t.dry
        for kind, count in t.errors.items():
            errors[kind] = errors.get(kind, 0) + count
    return {
        "pushes": pushes,
        "released": released,
        "acknowledged": acknowledged,
        "waiting": still_waiting,
        "lag_ms": lag,
        "behind": behind,
        "dry": dry,
        "errors": errors,
        "loop_end": loop_end,
        "cpu_s": cpu1 - cpu0,
        "device_ids": [],
    }


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def setup_tablets(spec: dict[str, Any]) -> tuple[list[LoadTablet], dict[str, Any]]:
    """Register, download and pre-sell every tablet of `spec` (one after the other)."""
    tablets: list[LoadTablet] = []
    t0 = time.perf_counter()
    sync_s = sell_s = 0.0
    for entry in spec["tablets"]:
        tablet = open_tablet(
            Path(entry["dir"]),
            spec["server_url"],
            store_code=entry["store"],
            registration_code=entry["code"],
            staff_code=entry["staff_code"],
            pin=entry["pin"],
            batch=spec["batch"],
        )
        t1 = time.perf_counter()
        tablet.engine.sync_once()
        t2 = time.perf_counter()
        make_sales(
            tablet,
            spec["sales_per_tablet"],
            random.Random(f"{spec['seed']}:{entry['dir']}"),
            hold=True,
        )
        sync_s += t2 - t1
        sell_s += time.perf_counter() - t2
        tablets.append(tablet)
    info = {
        "tablets": len(tablets),
        "seconds": time.perf_counter() - t0,
        "first_sync_s": sync_s,
        "selling_s": sell_s,
        "made": sum(t.made for t in tablets),
        "pid": os.getpid(),
    }
    return tablets, info


def main() -> int:
    spec = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    tablets, info = setup_tablets(spec)
    print(READY + json.dumps(info), flush=True)
    for line in sys.stdin:
        command = json.loads(line)
        if command["cmd"] == "quit":
            break
        result = run_load(
            tablets,
            start=command["start"],
            duration=command["duration"],
            interval=command["interval"],
            per_tick=command["per_tick"],
            seed=spec["seed"],
        )
        print(RESULT + json.dumps(result), flush=True)
    for t in tablets:
        t.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

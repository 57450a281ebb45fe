"""Crash safety: SIGKILL a process finishing sales at random moments, many times.

A worker (crash_worker.py) finishes sales in a loop on a real store file and
reports each one only after its commit returned. We kill it with SIGKILL at
random moments, round after round on the same file, then check that:

1. every reported sale is complete: lines, payments, ledger entry, outbox
   changes (payload hash matching), receipt number;
2. there is no half sale and nothing orphaned;
3. the receipt series has no gap, no duplicate, and its hash chain verifies;
4. the outbox sequence has no gap and its clock only moves forward;
5. SQLite finds the file intact.

Committed sales the worker never reported (killed between commit and print)
are allowed; they are counted and printed.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select, text

from loyalty_core.hlc import Hlc
from loyalty_core.receipt_chain import GENESIS_HASH, receipt_hash
from loyalty_core.wire import LedgerEntryPayload, SalePayload
from pos_client.services.setup import SALE_SERIES
from pos_client.store.models import (
    Customer,
    Device,
    LedgerEntry,
    OutboxEntry,
    Payment,
    ReceiptSeries,
    Sale,
    SaleLine,
)

WORKER = Path(__file__).with_name("crash_worker.py")
ROOT = Path(__file__).resolve().parents[2]

SEED = 20261120
ROUNDS = 40
KILL_AFTER_MS = (20, 300)  # after the worker reported READY
STARTUP_KILL_SHARE = 0.15  # rounds killed while the worker is still opening the store
STARTUP_KILL_MS = (0, 900)  # after the process started
READY_TIMEOUT_S = 30
MIN_REPORTED_SALES = 50


@dataclass(frozen=True)
class Reported:
    sale_id: uuid.UUID
    receipt_number: str
    points_earned: int
    n_lines: int
    round: int


@dataclass
class Round:
    startup_kill: bool
    delay_ms: int
    ready: bool
    finished: list[Reported]
    returncode: int | None
    stderr: str


def parse(line: str, round_no: int) -> Reported | None:
    """A complete FINISHED line; a line cut by the kill counts as not reported."""
    if not line.endswith("\n"):
        return None
    parts = line.split()
    if len(parts) != 5 or parts[0] != "FINISHED":
        return None
    return Reported(uuid.UUID(parts[1]), parts[2], int(parts[3]), int(parts[4]), round_no)


def run_round(
    args: list[str], env: dict[str, str], rng: random.Random, round_no: int, tmp: Path
) -> Round:
    startup_kill = rng.random() < STARTUP_KILL_SHARE
    delay_ms = rng.randint(*(STARTUP_KILL_MS if startup_kill else KILL_AFTER_MS))
    out: list[str] = []
    saw_ready: list[bool] = []
    ready = threading.Event()
    with (tmp / f"worker-{round_no}.err").open("w+") as err:
        proc = subprocess.Popen(
            [*args, str(SEED * 1000 + round_no)],
            stdout=subprocess.PIPE,
            stderr=err,
            env=env,
            text=True,
        )
        assert proc.stdout is not None
        stdout = proc.stdout

        def read() -> None:  # everything the worker writes, until the kill closes the pipe
            for line in stdout:
                if line == "READY\n":
                    saw_ready.append(True)
                    ready.set()
                else:
                    out.append(line)
            ready.set()  # EOF: the worker died (or was killed) before READY

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        try:
            if not startup_kill:
                assert ready.wait(READY_TIMEOUT_S), "worker never became ready"
            time.sleep(delay_ms / 1000)
            if proc.poll() is None:
                os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)
            reader.join(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            stdout.close()
        err.seek(0)
        stderr = err.read()
    finished = [r for r in (parse(ln, round_no) for ln in out) if r is not None]
    return Round(startup_kill, delay_ms, bool(saw_ready), finished, proc.returncode, stderr)


@pytest.mark.slow
def test_sigkill_while_finishing_sales_leaves_no_half_sale_and_no_gap(
    store, tmp_path: Path
) -> None:
    started = time.monotonic()
    rng = random.Random(SEED)
    print(f"\ncrash safety: seed {SEED}, {ROUNDS} rounds")

    with store.sessions() as s:
        customer_ids = [str(c) for c in s.scalars(select(Customer.id).order_by(Customer.seq))]
        outbox_before = s.scalar(select(Device.outbox_seq))
        sales_before = s.scalar(
            select(ReceiptSeries.last_number).where(ReceiptSeries.series == SALE_SERIES)
        )
    assert outbox_before == 0 and sales_before == 0, "the fixture store should start empty"
    store.sessions.kw["bind"].dispose()  # nothing of ours open while the worker runs

    codes = [c for short, c in store.products.items() if short != "old"]  # "old" is inactive
    args = [
        sys.executable,
        str(WORKER),
        str(store.path),
        str(store.advisor.id),
        ",".join(customer_ids),
        ",".join(codes),
    ]
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))

    rounds = [run_round(args, env, rng, i, tmp_path) for i in range(ROUNDS)]

    for i, r in enumerate(rounds):
        # The worker never exits by itself: anything but our SIGKILL is a crash.
        assert r.returncode == -signal.SIGKILL, (
            f"round {i}: worker exited {r.returncode} instead of being killed:\n{r.stderr}"
        )
    mid_run = [r for r in rounds if not r.startup_kill]
    productive = [r for r in mid_run if r.finished]
    assert all(r.ready for r in mid_run), "a worker never became ready"
    assert len(productive) >= 0.75 * len(mid_run), (
        f"only {len(productive)} of {len(mid_run)} mid-run rounds finished a sale: "
        "the kills are not landing while sales are being finished"
    )
    reported = {r.sale_id: r for rnd in rounds for r in rnd.finished}
    assert len(reported) == sum(len(rnd.finished) for rnd in rounds), "a sale reported twice"
    assert len(reported) >= MIN_REPORTED_SALES, f"only {len(reported)} sales reported"

    unreported = check_store(store, reported)

    elapsed = time.monotonic() - started
    print(
        f"crash safety: {len(rounds)} kills "
        f"({sum(r.startup_kill for r in rounds)} during start-up, "
        f"{len(mid_run)} mid-run of which {len(productive)} after finishing sales), "
        f"{len(reported)} sales reported finished, "
        f"{unreported} committed but unreported, {elapsed:.1f} s"
    )


def check_store(store, reported: dict[uuid.UUID, Reported]) -> int:
    """Check the store file after all the kills; return the unreported committed sales."""
    with store.sessions() as s:
        # 5. The file itself.
        assert s.execute(text("PRAGMA integrity_check")).scalars().all() == ["ok"]
        assert s.execute(text("PRAGMA foreign_key_check")).all() == []

        sales_rows = {r.id: r for r in s.scalars(select(Sale))}
        lines: dict[uuid.UUID, list[SaleLine]] = defaultdict(list)
        for ln in s.scalars(select(SaleLine)):
            lines[ln.sale_id].append(ln)
        payments: dict[uuid.UUID, list[Payment]] = defaultdict(list)
        for p in s.scalars(select(Payment)):
            payments[p.sale_id].append(p)
        ledger = list(s.scalars(select(LedgerEntry)))
        ledger_by_sale: dict[uuid.UUID | None, list[LedgerEntry]] = defaultdict(list)
        for e in ledger:
            ledger_by_sale[e.sale_id].append(e)
        outbox = list(s.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)))
        series = s.get(ReceiptSeries, SALE_SERIES)
        returns_series = s.get(ReceiptSeries, "R")
        device = s.scalars(select(Device)).one()
    assert series is not None and returns_series is not None

    # Outbox rows, decoded and checked against their own hash.
    sale_changes: dict[uuid.UUID, list[tuple[OutboxEntry, SalePayload]]] = defaultdict(list)
    ledger_changes: dict[uuid.UUID, list[tuple[OutboxEntry, LedgerEntryPayload]]] = defaultdict(
        list
    )
    for o in outbox:
        assert o.payload_sha256 == hashlib.sha256(o.payload.encode("utf-8")).hexdigest(), o.seq
        data = json.loads(o.payload)
        if o.entity == "sale":
            sp = SalePayload.model_validate(data)
            assert o.entity_id == sp.sale_id
            sale_changes[sp.sale_id].append((o, sp))
        elif o.entity == "ledger_entry":
            lp = LedgerEntryPayload.model_validate(data)
            assert o.entity_id == lp.entry_id
            ledger_changes[lp.entry_id].append((o, lp))
        else:
            pytest.fail(f"unexpected outbox entity {o.entity} at seq {o.seq}")

    # 1. Every reported sale is there, complete, as reported.
    for sale_id, r in reported.items():
        sale = sales_rows.get(sale_id)
        assert sale is not None, f"reported sale {r.receipt_number} (round {r.round}) is missing"
        assert sale.receipt_number == r.receipt_number
        assert sale.points_earned == r.points_earned
        assert len(lines[sale_id]) == r.n_lines, r.receipt_number
        assert payments[sale_id], r.receipt_number
        if sale.customer_id is not None and r.points_earned != 0:
            (entry,) = ledger_by_sale[sale_id]
            assert entry.points == r.points_earned
        assert len(sale_changes[sale_id]) == 1, r.receipt_number
        # (the rest of completeness is the no-half-sale check below, on every sale)

    # 2. No half sale, nothing orphaned.
    for sale_id, sale in sales_rows.items():
        name = sale.receipt_number
        assert sale.kind == "sale" and sale.series == SALE_SERIES, name
        sale_lines = sorted(lines[sale_id], key=lambda ln: ln.line_no)
        assert sale_lines, f"{name} has no lines"
        assert [ln.line_no for ln in sale_lines] == list(range(1, len(sale_lines) + 1)), name
        assert sum(ln.net_cents for ln in sale_lines) == sale.total_cents, name
        assert sum(ln.points for ln in sale_lines) == sale.points_earned, name
        assert sum(p.amount_cents for p in payments[sale_id]) == sale.total_cents, name
        entries = ledger_by_sale[sale_id]
        if sale.customer_id is not None and sale.points_earned:
            assert len(entries) == 1, f"{name}: {len(entries)} ledger entries"
            (entry,) = entries
            assert entry.points == sale.points_earned and entry.customer_id == sale.customer_id
            assert entry.kind == "earn", name
            assert sorted(str(x["line_id"]) for x in entry.lines) == sorted(
                str(ln.id) for ln in sale_lines if ln.points
            ), name
        else:
            assert entries == [], f"{name} has a ledger entry without points or customer"
        if sale.customer_id is None:
            assert sale.points_earned == 0 and sale.points_balance_after is None, name
        else:
            assert sale.points_balance_after is not None, name

        ((change, payload),) = sale_changes[sale_id]
        assert payload.number == sale.number and payload.receipt_number == name
        assert payload.record_hash == sale.record_hash, name
        assert payload.previous_hash == sale.previous_hash, name
        assert payload.total_cents == sale.total_cents, name
        assert payload.points_earned == sale.points_earned, name
        assert payload.customer_id == sale.customer_id, name
        assert [ln.line_id for ln in payload.lines] == [ln.id for ln in sale_lines], name
        assert sorted(
            (p.method, p.amount_cents, p.tendered_cents, p.change_cents) for p in payload.payments
        ) == sorted(
            (p.method, p.amount_cents, p.tendered_cents, p.change_cents) for p in payments[sale_id]
        ), name
        assert change.depends_on is None, name
        for entry in entries:
            ((lchange, lpayload),) = ledger_changes[entry.id]
            assert lpayload.sale_id == sale_id and lpayload.points == entry.points, name
            assert lchange.depends_on == change.change_id, name
            assert lchange.seq == change.seq + 1, name

    assert set(lines) <= set(sales_rows), "sale lines without their sale"
    assert set(payments) <= set(sales_rows), "payments without their sale"
    assert all(e.sale_id in sales_rows for e in ledger), "ledger entries without their sale"
    assert set(sale_changes) == set(sales_rows), "outbox and sales disagree"
    assert {e.id for e in ledger} == set(ledger_changes), "outbox and ledger disagree"

    # 3. The receipt series: 1..max, no gap, no duplicate, and the chain verifies.
    by_number = Counter(sale.number for sale in sales_rows.values())
    top = max(by_number, default=0)
    assert [n for n, c in by_number.items() if c > 1] == [], "duplicate receipt numbers"
    assert sorted(by_number) == list(range(1, top + 1)), "gap in the receipt series"
    assert series.last_number == top
    assert returns_series.last_number == 0
    ordered = sorted(sales_rows.values(), key=lambda sale: sale.number)
    previous = GENESIS_HASH
    for sale in ordered:
        assert sale.previous_hash == previous, f"chain broken at {sale.receipt_number}"
        ((_, payload),) = sale_changes[sale.id]
        record = payload.model_dump(mode="json", exclude={"previous_hash", "record_hash"})
        assert receipt_hash(record, previous) == sale.record_hash, sale.receipt_number
        previous = sale.record_hash
    assert series.last_hash == previous

    # 4. The outbox: seq 1..max with no gap, the clock strictly increasing.
    assert [o.seq for o in outbox] == list(range(1, len(outbox) + 1)), "gap in the outbox"
    assert device.outbox_seq == len(outbox)
    stamps = [Hlc.decode(o.hlc) for o in outbox]
    assert all(a < b for a, b in itertools.pairwise(stamps)), "HLC went backwards"
    assert all(a.hlc < b.hlc for a, b in itertools.pairwise(outbox))
    if stamps:
        assert (device.hlc_wall_ms, device.hlc_counter) == (stamps[-1].wall_ms, stamps[-1].counter)

    # 6. Committed but never reported: killed between the commit and the print.
    return len(set(sales_rows) - set(reported))

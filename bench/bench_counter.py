"""Measure the counter on a big store: identifying customers, scan-to-line, finishing a
sale, cold start and memory, each beside a floor measured in the same run.

The store (DIR/store.db; the issue's targets are for 1,000,000 customers and 50,000
products) is copied to a temporary folder first and everything runs on the copy, so the
store pointed at is never written. Queries are sampled from the store itself.

- identification: `customers.identify` in its own transaction, as the store thread runs
  it, by member card, by phone as people say it ('612 34 56 78'), by DNI/NIE, and by
  name fragments ('gonz', 'maria gonz'). Floor: the same indexed SELECT (or the same
  FTS5 MATCH queries and row fetch) in raw sqlcipher3.
- scan-to-line: real widgets offscreen, the threaded runner, a logged-in assistant; a
  product code typed as a keyboard-wedge burst into the focused widget, timed from the
  Enter key to the cart model's rowsInserted (dataChanged for a repeated product).
  Floor: the product SELECT by code.
- finishing a sale: `sales.finish` with a customer, 3 lines and cash, committed
  (WAL, synchronous=FULL). Floor: the same transaction in raw sqlcipher3: the reads a
  sale needs (points rule, device, receipt series, the customer with their balance),
  the rows that sale wrote (sale, lines, payment, ledger entry, two outbox changes)
  and the two counter updates, into copies of the tables with the same keys and
  indexes, one durable commit on the same file. Also printed: a bare durable commit
  of one small row.
- cold start: a fresh process running `pos_client.app.run` offscreen, from just before
  it is spawned to the first event-loop pass with the login screen shown. Floor: a
  process that shows an empty Qt window.
- memory: peak RSS (VmHWM in /proc/self/status) of a process that starts the app, logs
  in, identifies a few customers and rings up a sale through the UI, receipt preview
  included. Floor: a process with an empty Qt window reading the store with sqlcipher3.

Each sample and its floor run back to back, so other load on the machine weighs on
both. The copy goes to $TMPDIR (about the size of the store).

Encryption at rest: `--store both` (the default) measures a plain copy of the store,
then an encrypted one, and prints them side by side. Both use one driver (sqlcipher3;
plain is SQLCipher without a key), so the difference is the encryption alone. The plain
copy is the store as it is, or decrypted into a fresh file; the encrypted one is that
plain copy encrypted in place as a tablet's old store is on its first start (timed).
Floors are raw sqlcipher3 connections with the store's pragmas and, encrypted, the key
(pos_client.store.db_key: set LOYALTY_KEY_DIR as when the store was made).

    python bench/bench_counter.py [--data-dir DIR] [--samples 500] [--sales 200]
                                  [--starts 7] [--seed 7] [--store plain|encrypted|both]

Make the store with `pos-client --data-dir DIR demo-data --customers 1000000
--products 50000`. Not a test.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

# Only the standard library at module level: the child processes run this file, and
# what it imports would count in their cold start and their memory.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_stats import pcts, print_cells

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from pos_client.ui.main_window import MainWindow

FULL_STORE = 1_000_000
STAFF_CODE, STAFF_PIN = "1001", "1234"  # the demo assistant
NAME_CANDIDATES = 200  # as pos_client.services.customers
WARM_UP = 20
CHILD_TIMEOUT_S = 300
RESULT = "RESULT "

Floor = Callable[[sqlite3.Connection], object]  # sqlcipher3's: sqlite3's own interface


@dataclass(frozen=True)
class Probe:
    """One query as typed or scanned, and the same lookup in raw sqlite3."""

    query: str
    expect: str | None  # hex id of the customer that must be found; None for names
    floor: Floor


@dataclass(frozen=True)
class Row:
    name: str
    times: Sequence[float]
    floors: Sequence[float]
    target: str
    passed: bool
    unit: str = "ms"


# -- statistics and printing ------------------------------------------------------------


def fmt(value: float, unit: str) -> str:
    if math.isnan(value):
        return "-"
    if unit == "ms":
        return f"{value:.2f} ms" if value < 10 else f"{value:.1f} ms"
    if unit == "s":
        return f"{value / 1000:.2f} s"
    return f"{value:.0f} MB"


def print_table(rows: Sequence[Row]) -> None:
    head = ("measurement", "n", "p50", "p99", "max", "floor p50", "floor p99", "target", "")
    cells: list[tuple[str, ...]] = [head]
    for r in rows:
        p50, p99, top = pcts(r.times)
        f50, f99, _ = pcts(r.floors)
        cells.append(
            (
                r.name,
                str(len(r.times)),
                *(fmt(v, r.unit) for v in (p50, p99, top, f50, f99)),
                r.target,
                "PASS" if r.passed else "FAIL",
            )
        )
    print_cells(cells, left=(0, 7, 8))


def print_comparison(plain: Sequence[Row], encrypted: Sequence[Row]) -> None:
    """The same measurements on the plain and the encrypted store, and what encryption adds."""
    head = ("measurement", "plain p50", "p99", "floor p99", "encrypted p50", "p99", "floor p99")
    cells: list[tuple[str, ...]] = [(*head, "p50 x", "p99 x", "encrypted")]
    for a, b in zip(plain, encrypted, strict=True):
        (a50, a99, _), (b50, b99, _) = pcts(a.times), pcts(b.times)
        figures = (a50, a99, pcts(a.floors)[1], b50, b99, pcts(b.floors)[1])
        ratios = (f"{b50 / a50:.2f}", f"{b99 / a99:.2f}", "PASS" if b.passed else "FAIL")
        cells.append((a.name, *(fmt(v, a.unit) for v in figures), *ratios))
    print_cells(cells, left=(0, 9))


def ms_since(t0: float) -> float:
    return (time.perf_counter() - t0) * 1000


# -- the store copy and the samples ------------------------------------------------------


def copy_store(source: Path, into: Path) -> Path:
    """Copy the store file (and its WAL, if any) so nothing is written to the original.

    The copy is flushed to disk before anything is measured: otherwise the first WAL
    checkpoint's fsync would write back the whole freshly copied file inside one sale.
    """
    target = into / "store.db"
    copies = [(source, target)]
    wal = source.with_name(source.name + "-wal")
    if wal.exists():
        copies.append((wal, target.with_name(target.name + "-wal")))
    for src, dst in copies:
        shutil.copyfile(src, dst)
        with dst.open("rb+") as copied:
            os.fsync(copied.fileno())
    return target


def raw_connection(path: Path, encrypted: bool) -> sqlite3.Connection:
    """A raw sqlcipher3 connection set up as the store's own (WAL, synchronous=FULL,
    secure_delete), with the key first if the store is encrypted. Nothing but the driver
    and the key lookup is imported: the memory floor runs this."""
    import sqlcipher3.dbapi2 as sqlcipher

    con = sqlcipher.connect(path, isolation_level=None)
    if encrypted:
        from pos_client.store.db_key import find_key

        key = find_key()
        assert key is not None, "no database key here: set LOYALTY_KEY_DIR as for the store"
        con.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    con.row_factory = sqlcipher.Row
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "cache_size=-32000", "secure_delete=ON"):
        con.execute(f"PRAGMA {pragma}")
    return con


def sample_customers(con: sqlite3.Connection, rng: random.Random, n: int) -> list[sqlite3.Row]:
    top = con.execute("SELECT max(seq) FROM customer").fetchone()[0] or 0
    seqs = rng.sample(range(1, top + 1), min(top, n))
    rows: list[sqlite3.Row] = []
    for i in range(0, len(seqs), 500):
        chunk = seqs[i : i + 500]
        marks = ",".join("?" * len(chunk))
        rows += con.execute(f"SELECT * FROM customer WHERE seq IN ({marks})", chunk).fetchall()
    rng.shuffle(rows)
    return rows


def sample_codes(con: sqlite3.Connection, rng: random.Random, n: int, *, priced: bool) -> list[str]:
    sql = "SELECT code FROM product WHERE active" + (" AND price_cents > 0" if priced else "")
    codes = [r[0] for r in con.execute(sql + " ORDER BY code")]
    return [rng.choice(codes) for _ in range(n)] if n > len(codes) else rng.sample(codes, n)


def spoken_phone(e164: str, i: int) -> str:
    """A phone as a customer dictates it: '612 34 56 78', '612345678', '612 345 678'..."""
    n = e164.removeprefix("+34")
    if n == e164:
        return e164
    styles = (
        f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}",
        n,
        f"{n[:3]} {n[3:6]} {n[6:]}",
        f"+34 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}",
    )
    return styles[i % len(styles)]


def typed_national_id(stored: str, i: int) -> str:
    return (stored, stored.lower(), f"{stored[:-1]}-{stored[-1]}")[i % 3]


def floor_exact(column: str, value: str, con: sqlite3.Connection) -> object:
    return con.execute(f"SELECT * FROM customer WHERE {column} = ? LIMIT 5", (value,)).fetchall()


def floor_names(words: list[str], con: sqlite3.Connection, limit: int = 20) -> object:
    """The name search's own statements: exact words, then word starts, then the rows."""
    seqs: list[int] = []
    for star in ("", "*"):
        match = " ".join(f'"{w}"{star}' for w in words)
        found = con.execute(
            "SELECT rowid FROM customer_search WHERE customer_search MATCH ? LIMIT ?",
            (match, NAME_CANDIDATES),
        )
        seqs.extend(s for (s,) in found if s not in seqs)
        if len(seqs) >= limit:
            break
    if not seqs:
        return []
    marks = ",".join("?" * len(seqs))
    return con.execute(
        "SELECT id, first_name, last_names, card_number, phone, club_member, search_name"
        f" FROM customer WHERE seq IN ({marks})",
        seqs,
    ).fetchall()


def identification_probes(
    rows: Sequence[sqlite3.Row], rng: random.Random, n: int
) -> dict[str, list[Probe]]:
    """Card, phone, DNI/NIE and name queries for randomly chosen existing customers."""
    from loyalty_core.text import tokens

    probes: dict[str, list[Probe]] = {k: [] for k in ("card", "phone", "dni", "name1", "name2")}

    def add(kind: str, probe: Probe) -> None:
        if len(probes[kind]) < n:
            probes[kind].append(probe)

    for i, r in enumerate(rows):
        if r["card_number"]:
            floor = partial(floor_exact, "card_number", r["card_number"])
            add("card", Probe(r["card_number"], r["id"], floor))
        if r["phone"]:
            floor = partial(floor_exact, "phone", r["phone"])
            add("phone", Probe(spoken_phone(r["phone"], i), r["id"], floor))
        if r["national_id"]:
            floor = partial(floor_exact, "national_id", r["national_id"])
            add("dni", Probe(typed_national_id(r["national_id"], i), r["id"], floor))
        surnames, first = tokens(r["last_names"]), tokens(r["first_name"])
        if surnames and first:
            start = surnames[0][: rng.choice((3, 4))]
            add("name1", Probe(start, None, partial(floor_names, [start])))
            two = f"{first[0]} {start}"
            add("name2", Probe(two, None, partial(floor_names, [first[0], start])))
    return probes


# -- identification and sales, on the services ------------------------------------------


def bench_identify(
    sessions: sessionmaker[Session], con: sqlite3.Connection, probes: Sequence[Probe]
) -> tuple[list[float], list[float], list[float], int]:
    """Times in the transaction, times of `identify` alone, floor times, and hits found."""
    from pos_client.services.customers import identify

    timed, alone, floors, found = [], [], [], 0
    for i, probe in enumerate(probes):
        t0 = time.perf_counter()
        with sessions.begin() as session:
            t1 = time.perf_counter()
            result = identify(session, query=probe.query)
            inner = ms_since(t1)
        ours = ms_since(t0)
        t2 = time.perf_counter()
        probe.floor(con)
        floor = ms_since(t2)
        if i < WARM_UP:
            continue
        timed.append(ours)
        alone.append(inner)
        floors.append(floor)
        if probe.expect is None:
            found += bool(result.hits)
        else:
            found += any(hit.id.hex == probe.expect for hit in result.hits)
    return timed, alone, floors, found


SALE_TABLES = ("sale", "sale_line", "payment", "ledger_entry", "outbox")
"""What finishing a sale inserts; it also advances `receipt_series` and `device`."""


def mirror_tables(con: sqlite3.Connection) -> None:
    """Create empty `floor_<table>` copies with the same columns, keys and indexes."""
    names = (*SALE_TABLES, "receipt_series", "device")
    for name in names:
        for (sql,) in con.execute(
            "SELECT sql FROM sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL", (name,)
        ).fetchall():
            sql = sql.replace(f'"{name}"', f'"floor_{name}"').replace(
                f" {name} ", f" floor_{name} "
            )
            for other in names:  # foreign keys point at the copies
                sql = sql.replace(f"REFERENCES {other} ", f"REFERENCES floor_{other} ")
            con.execute(sql.replace("INDEX ", "INDEX floor_", 1) if "INDEX" in sql[:20] else sql)
    for name in ("receipt_series", "device"):
        con.execute(f"INSERT INTO floor_{name} SELECT * FROM {name}")


def rows_of_sale(con: sqlite3.Connection, sale_id: str) -> list[tuple[str, list[tuple]]]:
    """The rows one finished sale wrote, read back for the floor to write again."""
    by_sale = {
        "sale": "id = ?",
        "sale_line": "sale_id = ?",
        "payment": "sale_id = ?",
        "ledger_entry": "sale_id = ?",
    }
    rows = [
        (t, con.execute(f"SELECT * FROM {t} WHERE {w}", (sale_id,)).fetchall())
        for t, w in by_sale.items()
    ]
    rows.append(
        ("outbox", con.execute("SELECT * FROM outbox ORDER BY seq DESC LIMIT 2").fetchall())
    )
    return rows


FLOOR_READS = (
    "SELECT value FROM setting WHERE key = 'points_per_euro'",
    "SELECT * FROM device",
    "SELECT last_number, last_hash FROM receipt_series WHERE series = 'T'",
)
FLOOR_HOLDER = (
    "SELECT first_name, last_names, card_number, confirmed_points + (SELECT"
    " coalesce(sum(points), 0) FROM ledger_entry WHERE customer_id = ? AND confirmed = 0)"
    " FROM customer WHERE id = ?"
)


def floor_same_commit(
    con: sqlite3.Connection, customer_hex: str, rows: list[tuple[str, list[tuple]]]
) -> float:
    """The same transaction raw: the reads a sale needs (points rule, device, series,
    the customer and balance), the same rows, the same two counter updates, one
    durable commit."""
    t0 = time.perf_counter()
    con.execute("BEGIN IMMEDIATE")
    for sql in FLOOR_READS:
        con.execute(sql).fetchall()
    con.execute(FLOOR_HOLDER, (customer_hex, customer_hex)).fetchone()
    for table, values in rows:
        if values:
            marks = ",".join("?" * len(values[0]))
            con.executemany(f"INSERT INTO floor_{table} VALUES ({marks})", values)
    con.execute("UPDATE floor_receipt_series SET last_number = last_number + 1 WHERE series = 'T'")
    con.execute("UPDATE floor_device SET outbox_seq = outbox_seq + 2")
    con.execute("COMMIT")
    return ms_since(t0)


def bench_sales(
    sessions: sessionmaker[Session],
    con: sqlite3.Connection,
    customers: Sequence[sqlite3.Row],
    codes: Sequence[str],
    n: int,
) -> tuple[list[float], list[float], list[float], list[str]]:
    """Ring up `n` sales (after a warm-up); after each, the same rows and a bare commit raw."""
    from datetime import UTC, datetime

    from pos_client.services import catalogue, sales, staff
    from pos_client.services.cart import Cart

    with sessions.begin() as session:
        member = staff.login(session, code=STAFF_CODE, pin=STAFF_PIN, now=datetime.now(UTC))
        products = [catalogue.find_product(session, code=c) for c in codes]
    con.execute("CREATE TABLE bench_commit_floor (id INTEGER PRIMARY KEY, at REAL, note TEXT)")
    mirror_tables(con)
    timed, same_rows, bare, numbers = [], [], [], []
    try:
        for i in range(n + WARM_UP):
            cart = Cart(customer_id=uuid.UUID(hex=customers[i % len(customers)]["id"]))
            for k in range(3):
                cart.add_product(products[(3 * i + k) % len(products)])
            due = cart.priced().total_cents
            pay = sales.PaymentInput(cash_tendered_cents=(due // 5000 + 1) * 5000)
            t0 = time.perf_counter()
            with sessions.begin() as session:
                receipt = sales.finish(
                    session, cart=cart, payment=pay, staff=member, now=datetime.now(UTC)
                )
            ours = ms_since(t0)
            customer_hex = customers[i % len(customers)]["id"]
            same = floor_same_commit(con, customer_hex, rows_of_sale(con, receipt.sale_id.hex))
            t1 = time.perf_counter()
            con.execute("BEGIN IMMEDIATE")
            con.execute("INSERT INTO bench_commit_floor (at, note) VALUES (?, ?)", (t1, "floor"))
            con.execute("COMMIT")
            floor = ms_since(t1)
            if i >= WARM_UP:
                timed.append(ours)
                same_rows.append(same)
                bare.append(floor)
                numbers.append(receipt.receipt_number)
    finally:
        for table in (
            "bench_commit_floor",
            *(f"floor_{t}" for t in (*SALE_TABLES, "receipt_series", "device")),
        ):
            con.execute(f"DROP TABLE IF EXISTS {table}")
    return timed, same_rows, bare, numbers


# -- the UI: scan-to-line in this process, start-up and memory in children --------------


def wait_until(done: Callable[[], bool], seconds: float, what: str) -> None:
    from PySide6.QtTest import QTest

    end = time.monotonic() + seconds
    while not done():
        if time.monotonic() > end:
            raise TimeoutError(f"gave up waiting for {what}")
        QTest.qWait(5)


def _quiet_offscreen(_mode: object, _context: object, message: str) -> None:
    """Drop the offscreen platform's notice about size hints; pass everything else on."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def open_counter(data_dir: Path, encrypted: bool) -> MainWindow:
    """The app as `pos-client` builds it (threaded runner), shown, with the assistant in."""
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from pos_client.app import STYLE_SHEET, build_context, install_translations
    from pos_client.config import Settings
    from pos_client.store.database import open_store
    from pos_client.ui.main_window import MainWindow

    qInstallMessageHandler(_quiet_offscreen)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    install_translations(app, "es")
    app.setStyleSheet(STYLE_SHEET.read_text(encoding="utf-8"))
    settings = Settings(data_dir=data_dir)
    sessions = open_store(settings.store_path, encrypted=encrypted)
    window = MainWindow(build_context(settings, sessions=sessions))
    window.show()
    QTest.qWaitForWindowExposed(window)
    window.activateWindow()
    window.login.code.setText(STAFF_CODE)
    window.login.pin.setText(STAFF_PIN)
    window.login.enter.click()
    wait_until(lambda: window.stack.currentWidget() is window.counter, 30, "the log-in")
    wait_until(lambda: QApplication.focusWidget() is not None, 5, "the focus")
    return window


def close_counter(window: MainWindow) -> None:
    from PySide6.QtWidgets import QApplication

    ctx = window.counter._ctx
    ctx.runner.wait()
    window.wedge.enabled = False
    QApplication.instance().removeEventFilter(window.wedge)  # type: ignore[union-attr]
    window.close()
    ctx.sessions.kw["bind"].dispose()


def wedge_burst(code: str, *, enter: bool = True) -> None:
    """Type a code as a USB scanner does, into whatever has the focus."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    target = QApplication.focusWidget()
    assert target is not None, "nothing has the focus"
    QTest.keyClicks(target, code)
    if enter:
        QTest.keyClick(target, Qt.Key.Key_Return)


def bench_scan(
    data_dir: Path,
    con: sqlite3.Connection,
    codes: Sequence[str],
    encrypted: bool,
    clear_every: int = 20,
) -> tuple[list[float], list[float], list[float], dict[str, int]]:
    """Enter-to-model times, Enter-to-line_added times, floor times, and what happened."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    window = open_counter(data_dir, encrypted)
    panel = window.counter.cart_panel
    loop = QEventLoop()
    guard = QTimer(singleShot=True, interval=5000)
    guard.timeout.connect(loop.quit)
    landed: list[float] = []
    shown: list[float] = []

    def on_model(*_args: object) -> None:
        if not landed:
            landed.append(time.perf_counter())

    def on_line(_row: int) -> None:
        shown.append(time.perf_counter())
        loop.quit()

    panel.model.rowsInserted.connect(on_model)
    panel.model.dataChanged.connect(on_model)
    panel.line_added.connect(on_line)
    window.counter._ctx.cues.error_played.connect(loop.quit)
    to_model, to_line, floors = [], [], []
    seen = {"new lines": 0, "repeats": 0, "refused or lost": 0, "leaked into a field": 0}
    try:
        for i, code in enumerate(codes):
            if i % clear_every == 0:
                window.counter.new_sale()
                QTest.qWait(1)
            rows_before = panel.model.rowCount()
            wedge_burst(code, enter=False)
            target = QApplication.focusWidget()
            assert target is not None
            landed.clear()
            shown.clear()
            t0 = time.perf_counter()
            QTest.keyClick(target, Qt.Key.Key_Return)
            if not shown:
                guard.start()
                loop.exec()
                guard.stop()
            t1 = time.perf_counter()
            con.execute("SELECT * FROM product WHERE code = ?", (code,)).fetchall()
            floor = ms_since(t1)
            if getattr(target, "text", lambda: "")():  # a scan must never reach a field
                seen["leaked into a field"] += 1
            if not landed or not shown:
                seen["refused or lost"] += 1
                continue
            if i < WARM_UP:
                continue
            seen["new lines" if panel.model.rowCount() > rows_before else "repeats"] += 1
            to_model.append((landed[0] - t0) * 1000)
            to_line.append((shown[0] - t0) * 1000)
            floors.append(floor)
    finally:
        close_counter(window)
    return to_model, to_line, floors, seen


def scan_codes(con: sqlite3.Connection, rng: random.Random, n: int) -> list[str]:
    """Product codes to scan; about one in ten repeats the previous one (two units)."""
    codes = sample_codes(con, rng, n, priced=False)
    return [codes[i - 1] if i and rng.random() < 0.1 else c for i, c in enumerate(codes)]


def spawn(mode: str, data_dir: Path, encrypted: bool, plan: Path | None = None) -> dict[str, Any]:
    """Run this file in a fresh process in a child mode; return what it reported."""
    command = [sys.executable, str(Path(__file__).resolve()), "--child", mode]
    command += ["--data-dir", str(data_dir), "--plan", str(plan or "")]
    command += ["--store", "encrypted" if encrypted else "plain"]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    t0 = time.time()
    done = subprocess.run(
        [*command, "--t0", repr(t0)],
        capture_output=True,
        text=True,
        env=env,
        timeout=CHILD_TIMEOUT_S,
        check=False,
    )
    for line in reversed(done.stdout.splitlines()):
        if line.startswith(RESULT):
            return dict(json.loads(line[len(RESULT) :]))
    raise RuntimeError(f"child {mode} failed ({done.returncode}):\n{done.stderr[-3000:]}")


def peak_rss_mb() -> dict[str, float]:
    status = Path("/proc/self/status").read_text()
    kib = {
        k: int(v.split()[0])
        for k, v in (line.split(":", 1) for line in status.splitlines())
        if k in ("VmHWM", "VmRSS")
    }
    # Not getrusage's ru_maxrss: Linux carries it over from the forking parent's memory.
    return {"hwm_mb": kib["VmHWM"] / 1024, "rss_mb": kib["VmRSS"] / 1024}


def child_cold_start(data_dir: Path, t0: float, encrypted: bool) -> dict[str, Any]:
    """Start the app as `pos-client` does and report when the login screen has shown."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from pos_client import app as app_module
    from pos_client.app import run
    from pos_client.config import Settings

    if not encrypted:  # the app itself only opens encrypted stores (a plain one it encrypts)
        app_module.open_store = partial(app_module.open_store, encrypted=False)

    app = QApplication([sys.argv[0]])  # run() reuses it; the timer needs it first
    report: dict[str, Any] = {}

    def first_pass() -> None:
        report["ms"] = (time.time() - t0) * 1000
        windows = [w for w in app.topLevelWidgets() if hasattr(w, "login") and w.isVisible()]
        report["login_shown"] = bool(windows) and windows[0].login.isVisible()
        app.quit()

    QTimer.singleShot(0, first_pass)
    run(Settings(data_dir=data_dir))
    return report


def child_cold_floor(t0: float) -> dict[str, Any]:
    """An empty Qt window shown: what any PySide6 app pays to start."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    window.setCentralWidget(QLabel("floor"))
    window.resize(1280, 800)
    window.show()
    report: dict[str, Any] = {}

    def first_pass() -> None:
        report["ms"] = (time.time() - t0) * 1000
        app.quit()

    QTimer.singleShot(0, first_pass)
    app.exec()
    return report


def child_memory(data_dir: Path, plan: dict[str, Any], encrypted: bool) -> dict[str, Any]:
    """Start the app, log in, identify customers, ring up and pay a sale; report the peak."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window = open_counter(data_dir, encrypted)
    counter = window.counter
    identify = counter.identify
    identified = 0
    for query, expect in plan["queries"]:
        counter.new_sale()
        identify.find(query)
        if expect is None:  # a name: take the first result, as Enter does
            wait_until(lambda: identify.results.count() > 0, 30, f"results for {query!r}")
            QTest.keyClick(identify.search, Qt.Key.Key_Return)
        wait_until(lambda: identify.card is not None, 30, f"the card for {query!r}")
        identified += expect is None or identify.card.id.hex == expect  # type: ignore[union-attr]
    for code in plan["codes"]:
        wedge_burst(code)
    panel = counter.cart_panel
    wait_until(lambda: len(panel.cart.lines) == len(plan["codes"]), 30, "the cart lines")
    counter.start_payment()
    dialog = counter.payment_dialog
    assert dialog is not None
    dialog.cash.setText(str(panel.model.priced.total_cents // 100 + 50))
    dialog.confirm.click()
    wait_until(
        lambda: counter.receipt_dialog is not None and counter.receipt_dialog.pdf_path is not None,
        60,
        "the receipt",
    )
    assert counter.receipt_dialog is not None
    report: dict[str, Any] = {**peak_rss_mb(), "identified": identified}
    report["receipt"] = counter.receipt_dialog.receipt.receipt_number
    close_counter(window)
    return report


def child_memory_floor(data_dir: Path, plan: dict[str, Any], encrypted: bool) -> dict[str, Any]:
    """An empty Qt window and the same lookups in raw sqlcipher3, with the store's cache size."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    window.setCentralWidget(QLabel("floor"))
    window.show()
    QTest.qWaitForWindowExposed(window)
    con = raw_connection(data_dir / "store.db", encrypted)
    for column, value in plan["floor_lookups"]:
        if column == "name":
            floor_names(value.split(), con)
        else:
            floor_exact(column, value, con)
    for code in plan["codes"]:
        con.execute("SELECT * FROM product WHERE code = ?", (code,)).fetchall()
    report = peak_rss_mb()
    con.close()
    window.close()
    app.processEvents()
    return report


def memory_plan(rows: Sequence[sqlite3.Row], codes: Sequence[str], path: Path) -> Path:
    """A few customers to identify (card, phone, DNI/NIE, name) and three codes to scan."""
    from loyalty_core.text import tokens

    queries: list[tuple[str, str | None]] = []
    lookups: list[tuple[str, str]] = []
    for column, spell in (
        ("card_number", str),
        ("phone", lambda v: spoken_phone(v, 0)),
        ("national_id", str),
    ):
        row = next(r for r in rows if r[column])
        queries.append((spell(row[column]), row["id"]))
        lookups.append((column, row[column]))
    row = next(r for r in rows if tokens(r["first_name"]) and tokens(r["last_names"]))
    name = f"{tokens(row['first_name'])[0]} {tokens(row['last_names'])[0][:4]}"
    queries.insert(2, (name, None))  # the last one (DNI/NIE) stays for the sale
    lookups.append(("name", name))
    path.write_text(
        json.dumps({"queries": queries, "floor_lookups": lookups, "codes": list(codes)}),
        encoding="utf-8",
    )
    return path


def run_child(args: argparse.Namespace) -> int:
    data_dir = Path(args.data_dir)
    plan = json.loads(Path(args.plan).read_text(encoding="utf-8")) if args.plan else {}
    encrypted = args.store == "encrypted"
    if args.child == "cold-start":
        report = child_cold_start(data_dir, args.t0, encrypted)
    elif args.child == "cold-floor":
        report = child_cold_floor(args.t0)
    elif args.child == "memory":
        report = child_memory(data_dir, plan, encrypted)
    else:
        report = child_memory_floor(data_dir, plan, encrypted)
    print(RESULT + json.dumps(report), flush=True)
    return 0


# -- the plain and the encrypted copy ------------------------------------------------------


def decrypt_in_place(path: Path) -> None:
    """Turn an encrypted copy of the store into a plain one (a fresh file, as VACUUM makes)."""
    from pos_client.store.database import connect_file

    plain = path.with_name("decrypted.db")
    con = connect_file(path)
    try:
        con.execute("PRAGMA cache_size=-131072")
        con.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
        con.execute("SELECT sqlcipher_export('plain')")
        con.execute("DETACH DATABASE plain")
    finally:
        con.close()
    os.replace(plain, path)
    with path.open("rb+") as written:
        os.fsync(written.fileno())


def prepare_stores(source: Path, tmp: Path, modes: Sequence[str]) -> dict[str, Path]:
    """The copies to measure, by mode: plain as it is (or decrypted), then encrypted in place."""
    from pos_client.store.database import create_store_engine, is_plain_file

    for mode in modes:
        (tmp / mode).mkdir()
    if "plain" not in modes and not is_plain_file(source):
        return {"encrypted": copy_store(source, tmp / "encrypted")}
    plain = copy_store(source, tmp / modes[0])
    if not is_plain_file(plain):
        decrypt_in_place(plain)
    stores = {"plain": plain}
    if "encrypted" in modes:
        encrypted = plain if "plain" not in modes else copy_store(plain, tmp / "encrypted")
        size, t0 = plain.stat().st_size / 2**20, time.perf_counter()
        create_store_engine(encrypted).dispose()  # as a tablet's old store on its first start
        print(
            f"plain copy ({size:.0f} MB) encrypted in place (export, checks, rename) in"
            f" {time.perf_counter() - t0:.1f} s: {encrypted.stat().st_size / 2**20:.0f} MB",
            flush=True,
        )
        stores["encrypted"] = encrypted
    return {mode: stores[mode] for mode in modes}


# -- the run -------------------------------------------------------------------------------


def measure(store: Path, args: argparse.Namespace, encrypted: bool) -> list[Row]:
    from pos_client.store.database import open_store

    rng = random.Random(args.seed)
    con = raw_connection(store, encrypted)
    customers = con.execute("SELECT count(*) FROM customer").fetchone()[0]
    products = con.execute("SELECT count(*) FROM product").fetchone()[0]
    print(f"store: {customers:,} customers, {products:,} products")
    if customers < FULL_STORE:
        print(
            f"WARNING: the store has {customers:,} customers, fewer than {FULL_STORE:,}:"
            " these figures do not show the issue's targets"
        )
    sample = sample_customers(con, rng, 4 * (args.samples + WARM_UP))
    probes = identification_probes(sample, rng, args.samples + WARM_UP)
    sessions = open_store(store, encrypted=encrypted)
    rows: list[Row] = []

    labels = {
        "card": ("identify: member card", 2.0),
        "phone": ("identify: phone '612 34 56 78'", 2.0),
        "dni": ("identify: DNI/NIE", 2.0),
        "name1": ("identify: name, 1 word 'gonz'", 30.0),
        "name2": ("identify: name, 2 words 'maria gonz'", 30.0),
    }
    details = []
    for kind, (label, limit) in labels.items():
        timed, alone, floors, found = bench_identify(sessions, con, probes[kind])
        rows.append(Row(label, timed, floors, f"p99 <= {limit:g} ms", pcts(timed)[1] <= limit))
        a50, a99, _ = pcts(alone)
        details.append(
            f"  {label}: found {found}/{len(timed)}; identify() alone, without its"
            f" transaction: p50 {a50:.2f} ms, p99 {a99:.2f} ms"
        )
    print("\n".join(details), flush=True)

    sale_codes = sample_codes(con, rng, 3 * (args.sales + WARM_UP), priced=True)
    timed, same_rows, bare, numbers = bench_sales(sessions, con, sample, sale_codes, args.sales)
    ratio = pcts(timed)[1] / pcts(same_rows)[1]
    rows.append(
        Row("finish a sale (3 lines, cash)", timed, same_rows, "p99 <= 3x floor", ratio <= 3)
    )
    b50, b99, _ = pcts(bare)
    print(
        f"  finish a sale: receipts {numbers[0]} .. {numbers[-1]}; floor = the same reads and"
        f" rows, raw, in one durable commit; p99 / floor p99 = {ratio:.2f}. A bare durable"
        f" commit of one small row: p50 {b50:.2f} ms, p99 {b99:.2f} ms"
        f" (p99 / that = {pcts(timed)[1] / b99:.2f})",
        flush=True,
    )
    sessions.kw["bind"].dispose()

    codes = scan_codes(con, rng, args.samples + WARM_UP)
    to_model, to_line, floors, seen = bench_scan(store.parent, con, codes, encrypted)
    passed = pcts(to_model)[1] <= 30
    rows.insert(5, Row("scan-to-line (Enter -> row)", to_model, floors, "p99 <= 30 ms", passed))
    l50, l99, lmax = pcts(to_line)
    print(
        f"  scan-to-line: {', '.join(f'{k} {v}' for k, v in seen.items())};"
        f" Enter -> line_added (totals shown): p50 {l50:.2f} ms, p99 {l99:.2f} ms,"
        f" max {lmax:.1f} ms",
        flush=True,
    )

    starts, start_floors, not_shown = [], [], 0
    for _ in range(args.starts):
        report = spawn("cold-start", store.parent, encrypted)
        starts.append(report["ms"])
        not_shown += not report["login_shown"]
        start_floors.append(spawn("cold-floor", store.parent, encrypted)["ms"])
    rows.append(
        Row(
            "cold start to the login screen",
            starts,
            start_floors,
            "max <= 2 s",
            pcts(starts)[2] <= 2000 and not not_shown,
            unit="s",
        )
    )
    print(
        "  cold start, each run: "
        + ", ".join(f"{v / 1000:.2f} s" for v in starts)
        + (f"; login screen NOT shown in {not_shown}" if not_shown else ""),
        flush=True,
    )

    plan = memory_plan(sample, sale_codes[:3], store.parent / "memory-plan.json")
    memory = spawn("memory", store.parent, encrypted, plan)
    floor_memory = spawn("memory-floor", store.parent, encrypted, plan)
    rows.append(
        Row(
            "peak RSS: log in, identify, sell",
            [memory["hwm_mb"]],
            [floor_memory["hwm_mb"]],
            "peak <= 300 MB",
            memory["hwm_mb"] <= 300,
            unit="MB",
        )
    )
    print(
        f"  memory: identified {memory['identified']}/4, receipt {memory['receipt']},"
        f" RSS at the end {memory['rss_mb']:.0f} MB",
        flush=True,
    )
    con.close()
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--data-dir", help="the store's folder (default: $LOYALTY_DATA_DIR, as pos-client)"
    )
    parser.add_argument("--samples", type=int, default=500, help="per identification kind (500)")
    parser.add_argument("--sales", type=int, default=200, help="sales to finish (200)")
    parser.add_argument("--starts", type=int, default=7, help="cold starts (7)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--store", choices=("plain", "encrypted", "both"), default="both")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--plan", default="", help=argparse.SUPPRESS)
    parser.add_argument("--t0", type=float, default=0.0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return run_child(args)
    from pos_client.config import load_settings

    source = load_settings(args.data_dir).store_path
    if not source.is_file():
        parser.error(f"no store at {source}")
    import sqlcipher3.dbapi2 as sqlcipher

    cipher = sqlcipher.connect(":memory:").execute("PRAGMA cipher_version").fetchone()[0]
    print(
        f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} at start; SQLite"
        f" {sqlcipher.sqlite_version}, SQLCipher {cipher}, Python {sys.version.split()[0]}"
    )
    modes = ("plain", "encrypted") if args.store == "both" else (args.store,)
    results: dict[str, list[Row]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-counter-") as tmp:
        stores = prepare_stores(source, Path(tmp), modes)
        for mode, store in stores.items():
            print(f"\n{mode} store ({store}):", flush=True)
            results[mode] = measure(store, args, encrypted=mode == "encrypted")
    for mode, rows in results.items():
        print(f"\n{mode} store:")
        print_table(rows)
    if len(results) == 2:
        print("\nplain and encrypted (x: encrypted / plain):")
        print_comparison(results["plain"], results["encrypted"])
    print(f"\nload average {os.getloadavg()[0]:.2f} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main())

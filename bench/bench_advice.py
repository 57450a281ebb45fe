"""Measure the beauty advisor's features (issue 5) on a tablet's store and at head office,
each beside a floor measured in the same run.

The tablet: a fresh encrypted store (`open_store`, SQLCipher) filled by `fill_demo_data`
(C customers, P products), then the purchases feed's rows in bulk: every customer is served
here and has on average 6 purchases over the last 400 days, 1-4 lines each, from the
products with a kind (mostly from a routine of a few favourites), ~2 % of them returned
later; consent states for all (members: SMS 45 %, e-mail 40 %, skin data 20 %), and 200
customers with skin-data consent and a diagnostic recorded by the demo advisor.

- the counter's card: `customers.customer_card` (replenishment reminders included) for
  random customers, each in its own transaction as the store thread runs it. Floor: raw
  SQL on the same sqlcipher connection (`session.connection()`), in the same
  transaction: the customer's row, their `purchase` rows and their `sale` rows.
- suggestions: `advice.suggestions_for` for the diagnosed customers. Floor: the active
  products of the kinds the matching rules want, raw.
- the store's list of whom to call: `advice.due_this_week` over the whole store, 3 runs.
  Floor: every `purchase` row of its window and the due customers' rows, raw.

Head office: a migrated SQLite server database with a catalogue of K products and S
sales in the last 180 days (1-4 lines; half the lines from a few hundred popular products
with a Zipf-like skew, the rest from the whole catalogue; planted pairs in 3 % of
tickets), S/10 older sales and ~2 % returns. `pairings.compute_pairings` is timed on its
first run (every product new: stored and published), 3 times rolled back and then
committed, and on a second run with nothing changed. Floor: raw sqlite3 reading every
payload of the window and parsing it with orjson, no counting. The planted pairs must
come out as each other's first partner.

Each sample and its floor run back to back (order alternating), so other load on the
machine weighs on both.

    python bench/bench_advice.py [--customers 50000] [--products 50000] [--samples 500]
        [--sales 200000] [--server-products 50000] [--seed 7] [--quick]

Working files go to $TMPDIR (about 0.5 GB). Not a test.
"""

from __future__ import annotations

import argparse
import atexit
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

# The store's key: a throwaway folder, never the OS keyring (as tests/conftest.py).
_KEYS = tempfile.mkdtemp(prefix="bench-advice-keys-")
atexit.register(shutil.rmtree, _KEYS, True)
os.environ["LOYALTY_KEY_DIR"] = _KEYS
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import orjson  # noqa: E402
from advice_data import binder, fill_purchases, fill_server, set_consents  # noqa: E402
from bench_stats import pcts, print_cells  # noqa: E402
from sqlalchemy import event, select  # noqa: E402

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

WARM_UP = 20
RUNS = 3
DIAGNOSED = 200


@dataclass(frozen=True)
class Row:
    name: str
    times: Sequence[float]
    floors: Sequence[float]


def fmt(value: float) -> str:
    if value != value:  # NaN
        return "-"
    if value >= 1000:
        return f"{value / 1000:.2f} s"
    return f"{value:.2f} ms" if value < 10 else f"{value:.1f} ms"


def print_table(rows: Sequence[Row]) -> None:
    head = ("measurement", "n", "best", "p50", "p99", "max", "floor best", "floor p50",
            "floor p99", "p50 / floor")  # fmt: skip
    cells: list[tuple[str, ...]] = [head]
    for r in rows:
        p50, p99, top = pcts(r.times)
        f50, f99, _ = pcts(r.floors)
        ratio = f"{p50 / f50:.1f}x" if f50 > 0 else "-"
        figures = (min(r.times), p50, p99, top, min(r.floors), f50, f99)
        cells.append((r.name, str(len(r.times)), *(fmt(v) for v in figures), ratio))
    print_cells(cells)


def say(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def ms_since(t0: float) -> float:
    return (time.perf_counter() - t0) * 1000


def peak_rss_mb() -> float:
    status = Path("/proc/self/status").read_text()
    return int(next(ln.split()[1] for ln in status.splitlines() if ln.startswith("VmHWM"))) / 1024


class Statements:
    """Counts the SQL statements an engine runs (to tell one query from a query per row)."""

    def __init__(self, engine: Any) -> None:
        self.count = 0
        event.listen(engine, "before_cursor_execute", self._seen)

    def _seen(self, *_args: object) -> None:
        self.count += 1


def paired(
    sessions: sessionmaker[Session],
    calls: Sequence[Callable[[Session], object]],
    floors: Sequence[Callable[[sqlite3.Connection], object]],
    warm_up: int,
) -> tuple[list[float], list[float]]:
    """Time each call and its floor in one transaction each, in alternating order."""
    times: list[float] = []
    floor_times: list[float] = []
    for i, (call, floor) in enumerate(zip(calls, floors, strict=True)):
        with sessions.begin() as session:
            raw = session.connection().connection.driver_connection
            steps = [(call, session, times), (floor, raw, floor_times)]
            for fn, arg, out in steps if i % 2 == 0 else steps[::-1]:
                t0 = time.perf_counter()
                fn(arg)
                if i >= warm_up:
                    out.append(ms_since(t0))
    return times, floor_times


# -- the tablet ------------------------------------------------------------------------------


def build_store(tmp: Path, args: argparse.Namespace, today: date) -> sessionmaker[Session]:
    from pos_client.demo.loader import fill_demo_data
    from pos_client.store.database import open_store

    t0 = time.perf_counter()
    sessions = open_store(tmp / "store.db")
    summary = fill_demo_data(
        sessions, customers=args.customers, products=args.products, seed=args.seed, today=today
    )
    say(str(summary))
    rng = random.Random(f"advice:{args.seed}")
    with sessions.begin() as session:
        raw = session.connection().connection.driver_connection
        customers = [r[0] for r in raw.execute("SELECT id FROM customer ORDER BY seq")]
        products = [
            str(uuid.UUID(hex=r[0]))
            for r in raw.execute("SELECT id FROM product WHERE active AND kind != '' ORDER BY code")
        ]
        history = fill_purchases(
            raw,
            rng,
            customers=customers,
            products=products,
            today=today,
            mean=args.mean_purchases,
            days=args.days,
            return_share=0.02,
        )
        consents = set_consents(raw, rng)
    checkpoint = sessions.kw["bind"].raw_connection()  # outside a transaction, as the loader
    try:
        checkpoint.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        checkpoint.close()
    say(
        f"purchases: {history.purchases:,} for {len(customers):,} customers"
        f" ({history.purchases / len(customers):.1f} each, last {args.days} days),"
        f" {history.returns:,} returns, {history.lines:,} lines, from {len(products):,}"
        f" products with a kind; consents: {consents['members']:,} members, SMS"
        f" {consents['sms']:,}, e-mail {consents['email']:,}, skin data"
        f" {consents['skin_data']:,}; store ready in {time.perf_counter() - t0:.1f} s"
        f" ({(tmp / 'store.db').stat().st_size / 2**20:.0f} MB, encrypted)"
    )
    return sessions


def diagnose(sessions: sessionmaker[Session], rng: random.Random, count: int) -> list[uuid.UUID]:
    """Give `count` customers skin-data consent and a diagnostic by the demo advisor."""
    from loyalty_core.skin import Concern, SkinType
    from pos_client.services.diagnostics import DiagnosticDraft, record_diagnostic
    from pos_client.services.staff import login

    now = datetime.now(UTC)
    with sessions.begin() as session:
        raw = session.connection().connection.driver_connection
        ids = [r[0] for r in raw.execute("SELECT DISTINCT customer_id FROM purchase")]
        chosen = sorted(rng.sample(ids, min(count, len(ids))))
        state = orjson.dumps(
            {"club": True, "sms": True, "email": False, "profiling": False, "skin_data": True}
        ).decode()
        raw.executemany(
            "UPDATE customer SET consent_state = ?, club_member = 1 WHERE id = ?",
            [(state, c) for c in chosen],
        )
    draft = DiagnosticDraft(skin_type=SkinType.DRY, concerns=(Concern.DEHYDRATION,), hydration=35)
    with sessions.begin() as session:
        advisor = login(session, code="1002", pin="2345", now=now)
        for c in chosen:
            record_diagnostic(
                session, customer_id=uuid.UUID(hex=c), draft=draft, staff=advisor, now=now
            )
    return [uuid.UUID(hex=c) for c in chosen]


def floor_card(customer_hex: str, raw: sqlite3.Connection) -> object:
    return (
        raw.execute("SELECT * FROM customer WHERE id = ?", (customer_hex,)).fetchall(),
        raw.execute("SELECT * FROM purchase WHERE customer_id = ?", (customer_hex,)).fetchall(),
        raw.execute("SELECT * FROM sale WHERE customer_id = ?", (customer_hex,)).fetchall(),
    )


def wanted_kinds_for_dry() -> list[str]:
    """The kinds the rules want for the diagnostic recorded (no habits known)."""
    from loyalty_core.advice import SkinPicture, matching_rules, wanted_kinds
    from loyalty_core.habits import Habits
    from pos_client.services.advice import care_guide

    skin = SkinPicture(skin_type="dry", concerns=frozenset({"dehydration"}), hydration=35)
    return sorted(wanted_kinds(matching_rules(care_guide(), skin, Habits.from_fields({}))))


def bench_tablet(
    sessions: sessionmaker[Session], args: argparse.Namespace, today: date
) -> list[Row]:
    from pos_client.services.advice import due_this_week, suggestions_for
    from pos_client.services.customers import customer_card

    rng = random.Random(f"samples:{args.seed}")
    counter = Statements(sessions.kw["bind"])
    with sessions.begin() as session:
        raw = session.connection().connection.driver_connection
        served = [r[0] for r in raw.execute("SELECT DISTINCT customer_id FROM purchase")]
    rows: list[Row] = []

    picks = [rng.choice(served) for _ in range(args.samples + WARM_UP)]
    reminded = 0

    def card(c: str) -> Callable[[Session], object]:
        def call(session: Session) -> object:
            nonlocal reminded
            found = customer_card(session, customer_id=uuid.UUID(hex=c), today=today)
            reminded += bool(found.reminders)
            return found

        return call

    before = counter.count
    times, floors = paired(
        sessions,
        [card(c) for c in picks],
        [lambda raw, c=c: floor_card(c, raw) for c in picks],
        WARM_UP,
    )
    per_call = (counter.count - before) / len(picks)
    rows.append(Row("customer_card (with reminders)", times, floors))
    say(
        f"customer_card: {len(times)} random served customers; {reminded} of all {len(picks)}"
        f" cards (warm-up included) showed reminders; {per_call:.1f} SQL statements per"
        f" card; floor: the customer's row, their purchase rows and sale rows"
    )

    diagnosed = diagnose(sessions, rng, args.diagnosed)
    kinds = wanted_kinds_for_dry()
    marks = ",".join("?" * len(kinds))
    floor_sql = f"SELECT * FROM product WHERE active AND kind IN ({marks})"
    picks_d = [rng.choice(diagnosed) for _ in range(args.samples + WARM_UP)]
    sizes: list[int] = []
    before = counter.count
    times, floors = paired(
        sessions,
        [lambda s, c=c: sizes.append(len(suggestions_for(s, c, today=today))) for c in picks_d],
        [lambda raw: raw.execute(floor_sql, kinds).fetchall() for _ in picks_d],
        WARM_UP,
    )
    per_call = (counter.count - before) / len(picks_d)
    with sessions.begin() as session:
        raw = session.connection().connection.driver_connection
        read = len(raw.execute(floor_sql, kinds).fetchall())
    rows.append(Row("suggestions_for (diagnosed)", times, floors))
    say(
        f"suggestions_for: {len(diagnosed)} diagnosed customers (dry, dehydration, hydration"
        f" 35, no habits), {len(times)} calls, {min(sizes)}-{max(sizes)} suggestions each;"
        f" {per_call:.1f} SQL statements per call; floor: {read:,} active products of"
        f" {len(kinds)} kinds ({', '.join(kinds)})"
    )

    result: list[Any] = []

    def due(session: Session) -> object:
        result[:] = due_this_week(session, today=today)
        return result

    before, rss0 = counter.count, peak_rss_mb()
    with sessions.begin() as session:
        due(session)
    per_call, rss1 = counter.count - before, peak_rss_mb()
    due_ids = [d.customer_id.hex for d in result]
    since = (today - timedelta(days=365 + 90)).isoformat()

    def floor_due(raw: sqlite3.Connection) -> object:
        purchases = raw.execute("SELECT * FROM purchase WHERE day >= ?", (since,)).fetchall()
        people = []
        for i in range(0, len(due_ids), 500):
            chunk = due_ids[i : i + 500]
            people += raw.execute(
                f"SELECT * FROM customer WHERE id IN ({','.join('?' * len(chunk))})", chunk
            ).fetchall()
        return purchases, people

    times, floors = paired(sessions, [due] * RUNS, [floor_due] * RUNS, 0)
    rows.append(Row("due_this_week (whole store)", times, floors))
    reminders = sum(len(d.reminders) for d in result)
    channels = {ch: sum(ch in d.channels for d in result) for ch in ("sms", "email")}
    say(
        f"due_this_week: {len(result):,} customers due ({reminders:,} reminders; SMS"
        f" {channels['sms']:,}, e-mail {channels['email']:,}, none"
        f" {sum(not d.channels for d in result):,}); {per_call:,} SQL statements per call;"
        f" peak RSS {rss0:.0f} -> {rss1:.0f} MB over the first call; floor: every purchase"
        f" row since {since} and the due customers' rows"
    )
    return rows


# -- head office -----------------------------------------------------------------------------


def bench_server(tmp: Path, args: argparse.Namespace) -> tuple[list[Row], bool]:
    from loyalty_core.feeds import Feed
    from loyalty_core.pairings import count_baskets, rank_partners
    from sync_server.advice.models import Pairing
    from sync_server.advice.pairings import WINDOW_DAYS, compute_pairings
    from sync_server.db import Database
    from sync_server.migrate import upgrade

    path = tmp / "server" / "server.db"
    db = Database(f"sqlite:///{path}")
    upgrade(db.engine)
    now = datetime.now(UTC)
    t0 = time.perf_counter()
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    plan, counts = fill_server(
        con,
        random.Random(f"server:{args.seed}"),
        products=args.server_products,
        sales=args.sales,
        old=args.sales // 10,
        pairs=args.pairs,
        now=now,
        window_days=WINDOW_DAYS,
        return_share=0.02,
    )
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    say(
        f"server: {args.server_products:,} products, {counts['sale']:,} sales"
        f" ({args.sales:,} in the last {WINDOW_DAYS} days) and {counts['return']:,} returns"
        f" in {time.perf_counter() - t0:.1f} s ({path.stat().st_size / 2**20:.0f} MB)"
    )
    since = now - timedelta(days=WINDOW_DAYS)
    # The bound as SQLAlchemy stores it, so the floor selects the same rows.
    since_text = binder("sale", ("occurred_at",))((since,))[0]
    query = "SELECT payload FROM sale WHERE kind = 'sale' AND occurred_at >= ?"
    plan_text = " / ".join(r[3] for r in con.execute("EXPLAIN QUERY PLAN " + query, (since_text,)))
    say(f"  the window's query plan: {plan_text}")

    def floor() -> tuple[float, int]:
        t = time.perf_counter()
        n = 0
        for (payload,) in con.execute(query, (since_text,)):
            orjson.loads(payload)
            n += 1
        return ms_since(t), n

    rss0 = peak_rss_mb()
    first: list[float] = []
    floors: list[float] = []
    changed: list[int] = []
    for run in range(RUNS):
        f, read = floor()
        floors.append(f)
        with db.session() as session:
            tx = session.begin()
            t = time.perf_counter()
            changed.append(compute_pairings(session, now=now))
            if run < RUNS - 1:
                tx.rollback()
            else:
                tx.commit()
            first.append(ms_since(t))
    rss1 = peak_rss_mb()
    again: list[float] = []
    floors_again: list[float] = []
    unchanged: list[int] = []
    for _ in range(RUNS):
        floors_again.append(floor()[0])
        with db.session() as session, session.begin():
            t = time.perf_counter()
            unchanged.append(compute_pairings(session, now=now))
            again.append(ms_since(t))
    published = con.execute(
        "SELECT count(*) FROM feed_row WHERE feed = ?", (str(Feed.PAIRINGS),)
    ).fetchone()[0]
    say(
        f"compute_pairings: first run {changed} products changed (published: {published:,}"
        f" feed rows); second run {unchanged} changed; floor read {read:,} payloads;"
        f" peak RSS {rss0:.0f} -> {rss1:.0f} MB over the first runs"
    )

    # Where the time goes: the same stages, one by one, outside compute_pairings.
    t = time.perf_counter()
    baskets = []
    for (payload,) in con.execute(query, (since_text,)):
        lines = orjson.loads(payload)["lines"]
        baskets.append([uuid.UUID(x["product_id"]) for x in lines if x["quantity"] > 0])
    parse = ms_since(t)
    t = time.perf_counter()
    pairs, products, total = count_baskets(baskets)
    counting = ms_since(t)
    t = time.perf_counter()
    ranked = rank_partners(pairs, products, total)
    ranking = ms_since(t)
    say(
        f"  stages: read + parse + UUIDs {fmt(parse)}, count_baskets {fmt(counting)}"
        f" ({len(pairs):,} distinct pairs, {len(products):,} products, {total:,} tickets),"
        f" rank_partners {fmt(ranking)} ({len(ranked):,} products with partners); the rest"
        f" of the first run (load held rows, compare, store, publish, commit) is about"
        f" {fmt(statistics.median(first) - parse - counting - ranking)}"
    )

    with db.session() as session:
        stored = {p.product_id: p.partners for p in session.scalars(select(Pairing))}
    ok = 0
    for a, b in plan.planted:
        ida, idb = plan.products[a][0], plan.products[b][0]
        got_a, got_b = stored.get(ida, []), stored.get(idb, [])
        good = bool(got_a) and got_a[0] == str(idb) and bool(got_b) and got_b[0] == str(ida)
        ok += good
        if not good:
            print(f"  planted pair {ida} + {idb} NOT each other's first: {got_a[:2]}, {got_b[:2]}")
    say(f"planted pairs: {ok}/{len(plan.planted)} come out as each other's first partner")
    con.close()
    db.dispose()
    return [
        Row(f"compute_pairings, first run ({args.sales:,} sales)", first, floors),
        Row("compute_pairings, nothing changed", again, floors_again),
    ], ok == len(plan.planted)


# -- the run ---------------------------------------------------------------------------------

QUICK = 20


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--customers", type=int, default=50_000, help="store customers, all served")
    parser.add_argument("--products", type=int, default=50_000, help="the tablet's catalogue")
    parser.add_argument("--mean-purchases", type=float, default=6.0)
    parser.add_argument("--days", type=int, default=400, help="purchase history (400 days)")
    parser.add_argument("--diagnosed", type=int, default=DIAGNOSED)
    parser.add_argument("--samples", type=int, default=500, help="calls per measurement")
    parser.add_argument("--sales", type=int, default=200_000, help="server sales in the window")
    parser.add_argument("--server-products", type=int, default=50_000)
    parser.add_argument("--pairs", type=int, default=10, help="planted pairs")
    parser.add_argument("--parts", default="tablet,server")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--quick", action="store_true", help=f"a smoke run: sizes / {QUICK}")
    args = parser.parse_args()
    if args.quick:
        for name in ("customers", "products", "diagnosed", "samples", "sales", "server_products"):
            setattr(args, name, max(10, getattr(args, name) // QUICK))
    args.parts = {p.strip() for p in args.parts.split(",")}
    return args


def main() -> int:
    args = parse_args()
    import sqlcipher3.dbapi2 as sqlcipher

    cipher = sqlcipher.connect(":memory:").execute("PRAGMA cipher_version").fetchone()[0]
    load0 = os.getloadavg()
    print(
        f"{os.cpu_count()} CPUs, load average {load0[0]:.2f} at start; SQLite"
        f" {sqlcipher.sqlite_version} (SQLCipher {cipher}) on the tablet, SQLite"
        f" {sqlite3.sqlite_version} on the server; Python {sys.version.split()[0]}",
        flush=True,
    )
    print(f"command: {' '.join(sys.argv)}", flush=True)
    started = time.perf_counter()
    today = datetime.now(UTC).date()
    rows: list[Row] = []
    planted_ok = True
    with tempfile.TemporaryDirectory(prefix="bench-advice-") as name:
        tmp = Path(name)
        if "tablet" in args.parts:
            sessions = build_store(tmp, args, today)
            rows += bench_tablet(sessions, args, today)
            sessions.kw["bind"].dispose()
        if "server" in args.parts:
            server_rows, planted_ok = bench_server(tmp, args)
            rows += server_rows
    print()
    print_table(rows)
    print()
    facts = [
        ("CPUs", str(os.cpu_count())),
        ("load average at start (1, 5, 15 min)", ", ".join(f"{v:.2f}" for v in load0)),
        ("load average at the end", ", ".join(f"{v:.2f}" for v in os.getloadavg())),
        ("tablet", f"{args.customers:,} customers (all served), {args.products:,} products,"
                   f" {args.diagnosed} diagnosed, {args.samples} samples + {WARM_UP} warm-up"),
        ("server", f"{args.sales:,} sales in the window (+{args.sales // 10:,} older),"
                   f" {args.server_products:,} products, {args.pairs} planted pairs"),
        ("run time", f"{time.perf_counter() - started:.0f} s"),
        ("peak RSS of this process", f"{peak_rss_mb():.0f} MB"),
    ]  # fmt: skip
    if "tablet" not in args.parts:
        facts = [f for f in facts if f[0] != "tablet"]
    if "server" in args.parts:
        found = "each other's first partner" if planted_ok else "NOT ALL FOUND"
        facts.insert(-2, ("planted pairs", found))
    else:
        facts = [f for f in facts if f[0] != "server"]
    print_cells([("machine and run", ""), *facts])
    return 0 if planted_ok else 1


if __name__ == "__main__":
    sys.exit(main())

"""Measure the store manager's side: an online gift redemption end to end, and the store's
figures on a year of sales; each beside a floor measured in the same run.

- redeem: a real server process (tests/chain.py's `running_chain`: uvicorn on 127.0.0.1, one
  worker) with C customers holding points (credited with `LedgerBatch`) and a 10-point gift
  in stock at S001; one tablet registered there and synced. Then K redemptions, round robin
  over the customers, through `gifts.redeem_gift` with `ask=tablet.engine.api.redeem`: the
  tablet's whole path (its checks, the request kept as `asking`, one POST /v1/redemptions
  that checks and posts in one transaction, the answer written here). The POST inside it is
  timed too (the `ask` wrapped): the tablet's own part is the rest. Floor: GET /health on a
  kept-alive `requests.Session` to the same server (as bench_sync.py), one beside each
  redemption, order alternating. SQLite (WAL, synchronous=FULL) and PostgreSQL: a
  throwaway cluster (scripts/pg_cluster.sh, fsync=off) unless LOYALTY_TEST_DATABASE_URL
  names a server; a fresh database each (bench_sync.py's `backend`).
- figures: `store_figures.store_figures` (the manager's figures screen) on a tablet's store
  holding a year of a busy store, built by bench/manager_data.py: D days x about S sales a
  day (weekdays weighted, 10:00 to 21:00 in Madrid), 1-5 lines, 70 % with a customer and so
  a points entry, 10 % answering the campaign of the day (a response; a member's bonus
  entry), 2 % returned within two weeks (a return receipt, its reversal), gifts handed over
  at the store (this tablet's with their entries, some cancelled, void or never answered;
  the other tablet's as the feed brings them), points spent at the counter, enrolment
  consents, an incident a day. The catalogue and customers are the demo data
  (`fill_demo_data`); campaigns, gifts, stock and incidents go through the feeds' row
  appliers; sales, returns, entries, responses and their outbox changes are priced by the
  app's `Cart` and written by its own writers (`sales.chain`, `write_sale`,
  `write_ledger_entry`, `campaigns.keep_response`, `append_changes`) into a stand-in
  session (manager_data's `Recorder`) that sends each statement's rows in one
  executemany; the changes are then marked acknowledged and the entries confirmed, as a
  sync would. Enrolments signed here are copies of one signed through the app today
  (signature and all); other members' consents come as the customer feed brings them. The
  last minutes of today go through the services themselves (an enrolment, a campaign sale,
  a return, points spent, a gift handed over offline). All untimed. Then the figures for
  the whole range, the last 30 days and today, each call in its own `sessions.begin()` as
  the store thread runs it. Floor, on the same connection in the same kind of transaction,
  order alternating: the same figures from one hand-written query per table read (sales;
  campaign responses with the returns of their sales; ledger entries; gifts redeemed;
  enrolments; then campaigns, gifts with unconfirmed moves, open incidents), grouped by
  Madrid day in SQL; its figures must equal the service's. Printed too: each statement
  the service runs and each floor query, replayed alone, the costliest first.

Encryption at rest: the app's store is encrypted (SQLCipher). `--store both` (the default)
measures the encrypted store, then a plain copy of it (decrypted with sqlcipher_export, as
bench_counter.py does); the service and its floor always read the same file on the same
connection (sqlcipher3; plain is SQLCipher without a key).

    python bench/bench_manager.py [--part redeem|figures|both] [--db sqlite|postgresql|both]
        [--redemptions 500] [--customers 200] [--days 365] [--per-day 250]
        [--store plain|encrypted|both] [--seed 7] [--quick]

Working files go to $TMPDIR (about 1 GB for a year, plain copy included). Not a test.
"""

from __future__ import annotations

import argparse
import atexit
import os
import random
import re
import shutil
import sqlite3
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as daytime
from pathlib import Path
from typing import TYPE_CHECKING, Any

# The stores' key: a throwaway folder, never the OS keyring (as tests/conftest.py).
_KEYS = tempfile.mkdtemp(prefix="bench-manager-keys-")
atexit.register(shutil.rmtree, _KEYS, True)
os.environ["LOYALTY_KEY_DIR"] = _KEYS
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # chain, pg, members (see tests/pg.py on the name)
sys.path.insert(0, str(ROOT / "bench"))

import requests  # noqa: E402
from bench_counter import copy_store, decrypt_in_place  # noqa: E402
from bench_stats import pcts, print_cells  # noqa: E402
from bench_sync import Backend, backend  # noqa: E402
from manager_data import (  # noqa: E402
    MADRID,
    STORE,
    Year,
    enrolments,
    iso,
    madrid_day,
    shop_with_feeds,
    today_through_services,
    write_year,
)
from sqlalchemy import event  # noqa: E402

from loyalty_core.ids import uuid7  # noqa: E402

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

WARM_UP = 20
REPEATS = {"the whole range": 5, "the last 30 days": 10, "today": 20}


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
    head = ("measurement", "n", "p50", "p99", "max", "floor p50", "floor p99", "floor max",
            "p50 / floor", "p99 / floor")  # fmt: skip
    cells: list[tuple[str, ...]] = [head]
    for r in rows:
        mine, floor = pcts(r.times), pcts(r.floors)
        ratios = [
            f"{a / b:.1f}x" if b > 0 else "-" for a, b in zip(mine[:2], floor[:2], strict=True)
        ]
        cells.append((r.name, str(len(r.times)), *(fmt(v) for v in (*mine, *floor)), *ratios))
    print_cells(cells)


def say(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def ms_since(t0: float) -> float:
    return (time.perf_counter() - t0) * 1000


def alternate(i: int, steps: list[Any]) -> list[Any]:
    """Run order for sample `i`: as given on even samples, reversed on odd ones."""
    return steps if i % 2 == 0 else steps[::-1]


# -- part 1: an online redemption, end to end ----------------------------------------------


def seed_redeemable(server: Any, customers: int, points: int, stock: int) -> tuple[Any, list]:
    """Head office's customers with points, and a 10-point gift in stock at S001."""
    from sync_server.customers.service import NewCustomer, create_customer
    from sync_server.gifts.service import create_gift, move_stock
    from sync_server.ledger.service import LedgerBatch, NewEntry

    now = datetime.now(UTC)
    ids = [uuid7() for _ in range(customers)]
    with server.admin() as s:
        for i, cid in enumerate(ids):
            new = NewCustomer(f"Clienta {i}", "Banco Pruebas", STORE, club_member=True, id=cid)
            create_customer(s, new, now=now)
    with server.admin() as s:
        ledger = LedgerBatch(s, set(ids))
        for cid in ids:
            entry = NewEntry(customer_id=cid, kind="adjust", points=points, store_code=STORE,
                             occurred_at=now)  # fmt: skip
            ledger.post(entry, now=now)
        ledger.write(now=now)
        gift = create_gift(s, code="MUESTRA", name="Muestra de sérum", points=10, now=now)
        move_stock(s, store_code=STORE, gift_id=gift.id, quantity=stock, reason="received",
                   moved_at=now, now=now)  # fmt: skip
        return gift.id, ids


def bench_redeem(be: Backend, args: argparse.Namespace, tmp: Path) -> list[Row]:
    from chain import Tablet, running_chain
    from sqlalchemy import func, select

    from loyalty_core.offline_caps import Identified
    from pos_client.services import gifts
    from sync_server.gifts.models import Redemption

    work = tmp / f"{be.kind}-redeem"
    url = be.new_url(f"{be.kind}-redeem")
    total = WARM_UP + args.redemptions
    per_customer = -(-total // args.customers)
    posts: list[float] = []
    times: list[float] = []
    floors: list[float] = []
    try:
        with running_chain(work / "server", url) as server:
            t0 = time.perf_counter()
            gift_id, customers = seed_redeemable(
                server, args.customers, 10 * per_customer + 100, total + 100
            )
            tablet = Tablet.register(server, work / "tablet", STORE)
            try:
                tablet.sync()
                assistant, manager = tablet.staff("1001"), tablet.staff("1003")
                say(
                    f"{be.kind}: {args.customers} customers with points, a gift, a tablet"
                    f" registered and synced in {time.perf_counter() - t0:.1f} s"
                )

                def ask(request: Any) -> Any:
                    t = time.perf_counter()
                    try:
                        return tablet.engine.api.redeem(request)
                    finally:
                        posts.append(ms_since(t))

                def redeem(i: int) -> None:
                    done = gifts.redeem_gift(
                        tablet.sessions,
                        customer_id=customers[i % len(customers)],
                        gift_id=gift_id,
                        staff=assistant,
                        approver=manager,
                        identified=Identified.CARD,
                        ask=ask,
                        now=datetime.now(UTC),
                    )
                    assert isinstance(done, gifts.Done) and not done.offline, done

                with requests.Session() as http:

                    def health(_i: int) -> None:
                        http.get(server.url + "/health", timeout=10).raise_for_status()

                    for i in range(total):
                        for fn, out in alternate(i, [(redeem, times), (health, floors)]):
                            t = time.perf_counter()
                            fn(i)
                            if i >= WARM_UP:
                                out.append(ms_since(t))
                with server.admin() as s:
                    recorded = s.scalar(select(func.count()).select_from(Redemption))
            finally:
                tablet.close()
    finally:
        be.drop(url)
    posts = posts[WARM_UP:]
    own = [a - b for a, b in zip(times, posts, strict=True)]
    say(
        f"{be.kind}: {len(times)} redemptions timed (+{WARM_UP} warm-up), {recorded} recorded"
        f" by the server; redeem_gift p50 {fmt(pcts(times)[0])}, of which the POST"
        f" {fmt(pcts(posts)[0])}; GET /health p50 {fmt(pcts(floors)[0])}"
    )
    assert recorded == total, f"the server recorded {recorded} redemptions of {total}"
    return [
        Row(f"{be.kind}: redeem_gift online, end to end", times, floors),
        Row(f"{be.kind}:   of which POST /v1/redemptions", posts, floors),
        Row(f"{be.kind}:   of which the tablet's own part", own, []),
    ]


# -- the store: a year of it (manager_data.py), then today through the services -------------


@dataclass
class Store:
    path: Path
    today: date
    now: datetime


def build_store(tmp: Path, args: argparse.Namespace) -> Store:
    from pos_client.demo.loader import fill_demo_data
    from pos_client.store.database import open_store

    # Today at 21:30 in Madrid, the store closed; its last minutes rung up through the services.
    now = datetime.now(MADRID).replace(hour=21, minute=30, second=0, microsecond=0)
    now = now.astimezone(UTC)
    today, first = madrid_day(now), madrid_day(now) - timedelta(days=args.days - 1)
    path = tmp / "encrypted" / "store.db"
    path.parent.mkdir(parents=True)
    t0 = time.perf_counter()
    sessions = open_store(path)
    demo = fill_demo_data(
        sessions,
        customers=args.store_customers,
        products=args.products,
        seed=args.seed,
        today=today,
    )
    say(str(demo))
    rng = random.Random(f"manager:{args.seed}")
    year = Year(shop_with_feeds(sessions, rng, first, today, now), rng, args)
    t1 = time.perf_counter()
    write_year(sessions, year, first, today, now)
    counts = ", ".join(f"{n:,} {k}" for k, n in sorted(year.counts.items()))
    say(f"the year: {counts}; written in {time.perf_counter() - t1:.1f} s")
    template = today_through_services(sessions, year.shop, now)
    signed, new = enrolments(sessions, rng, template, first, now, args.enrolments)
    say(f"consents: {signed:,} members', {new:,} new in the range")
    checkpoint = sessions.kw["bind"].raw_connection()
    try:
        checkpoint.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        checkpoint.close()
    sessions.kw["bind"].dispose()
    size = path.stat().st_size / 2**20
    say(f"store ready in {time.perf_counter() - t0:.1f} s ({size:.0f} MB, encrypted)")
    return Store(path, today, now)


# -- the figures and their floor --------------------------------------------------------------


def bounds(first: date, last: date) -> tuple[str, str]:
    """A range of Madrid days as stored UTC times: its first instant and the next day's."""
    start = datetime.combine(first, daytime(), MADRID)
    return iso(start), iso(datetime.combine(last + timedelta(days=1), daytime(), MADRID))


def clock_changes(first: date, last: date) -> tuple[list[tuple[str, int]], int]:
    """Madrid's clock changes in the range (the UTC instant, the offset in hours before it),
    and the offset after the last one."""
    at = datetime.combine(first, daytime(), MADRID).astimezone(UTC)
    end = datetime.combine(last + timedelta(days=1), daytime(), MADRID).astimezone(UTC)

    def offset(moment: datetime) -> int:
        return int(moment.astimezone(MADRID).utcoffset().total_seconds()) // 3600  # type: ignore[union-attr]

    changes, current = [], offset(at)
    while at < end:
        at += timedelta(hours=1)
        if offset(at) != current:
            changes.append((iso(at), current))
            current = offset(at)
    return changes, current


def floor_queries(first: date, last: date, now: datetime) -> tuple[dict[str, str], dict]:
    """The floor's SQL, one query per table read, and its parameters."""
    today = madrid_day(now)
    monday, month = today - timedelta(days=today.weekday()), today.replace(day=1)
    since = min(first, monday, month)
    changes, after = clock_changes(since, last)
    cases = " ".join(f"WHEN {{c}} < :c{i} THEN '{h:+d} hours'" for i, (_, h) in enumerate(changes))

    def day(column: str) -> str:  # the Madrid day of a stored UTC time
        if not cases:
            return f"date({column}, '{after:+d} hours')"
        return f"date({column}, CASE {cases.format(c=column)} ELSE '{after:+d} hours' END)"

    def within(column: str, start: str = ":start", end: str = ":end") -> str:
        return f"{column} >= {start} AND {column} < {end}"

    # Returns are 2 % of sales: over more than a week, found by their own index.
    by_returns = " INDEXED BY ix_sale_original_sale_id" if (last - first).days > 7 else ""
    queries = {
        "sales": f"SELECT {day('occurred_at')} AS d, sum(kind = 'sale'), sum(total_cents)"
        f" FROM sale WHERE {within('occurred_at')} GROUP BY d",
        "campaign responses and their returns": "SELECT d, campaign_id, sum(n), sum(cents)"
        f" FROM (SELECT {day('responded_at')} AS d, campaign_id, 1 AS n, amount_cents AS cents"
        f" FROM campaign_response WHERE {within('responded_at')} UNION ALL SELECT"
        f" {day('s.occurred_at')}, r.campaign_id, 0, s.total_cents FROM sale s{by_returns}"
        " JOIN campaign_response r ON r.sale_id = s.original_sale_id WHERE"
        f" s.original_sale_id IS NOT NULL AND s.kind = 'return' AND {within('s.occurred_at')})"
        " GROUP BY d, campaign_id",
        "ledger entries": f"SELECT {day('occurred_at')} AS d, sum(CASE WHEN kind = 'earn' OR"
        " (kind = 'reverse' AND sale_id IS NOT NULL) THEN points ELSE 0 END), sum(CASE WHEN"
        " kind = 'redeem' AND id NOT IN (SELECT id FROM redemption) THEN -points ELSE 0 END)"
        f" FROM ledger_entry WHERE {within('occurred_at')} GROUP BY d",
        "gifts redeemed": f"SELECT {day('redeemed_at')} AS d, sum(points) FROM redemption"
        " WHERE state IN ('posted', 'waiting') AND NOT cancelled AND"
        f" {within('redeemed_at')} GROUP BY d",
        "enrolments": f"SELECT DISTINCT {day('signed_at')}, customer_id FROM consent WHERE"
        " kind = 'enrolment' AND store_code = :store AND"
        f" {within('signed_at', ':since', ':end')}",
        "campaigns": "SELECT id, name, starts_on <= :last AND ends_on >= :first FROM campaign",
        "gifts": "SELECT g.name, g.points, max(0, coalesce(s.quantity, 0) + coalesce(m.n, 0))"
        " FROM gift g LEFT JOIN gift_stock s ON s.gift_id = g.id LEFT JOIN (SELECT"
        " replace(json_extract(payload, '$.gift_id'), '-', '') AS gift_id, sum(CASE entity"
        " WHEN 'redemption' THEN -1 WHEN 'redemption_cancel' THEN json_extract(payload,"
        " '$.gift_returned') ELSE json_extract(payload, '$.quantity') END) AS n FROM outbox"
        " WHERE entity IN ('redemption', 'redemption_cancel', 'gift_stock') AND state IN"
        " ('pending', 'deferred') GROUP BY 1) m ON m.gift_id = g.id WHERE g.active"
        " ORDER BY g.points, g.name",
        "open incidents": "SELECT category, count(*) FROM incident WHERE status NOT IN"
        " ('resolved', 'closed', 'rejected') GROUP BY category",
        "device and last sync": "SELECT store_code, store_name, (SELECT value FROM setting"
        " WHERE key = 'last_sync_at') FROM device",
    }
    params: dict[str, Any] = {f"c{i}": at for i, (at, _) in enumerate(changes)}
    start, end = bounds(first, last)
    params.update(start=start, end=end, since=bounds(since, since)[0], store=STORE)
    params.update(first=first.isoformat(), last=last.isoformat())
    params.update(
        {k: v.isoformat() for k, v in dict(today=today, monday=monday, month=month).items()}
    )
    return queries, params


def floor_figures(raw: Any, queries: dict[str, str], p: dict[str, Any]) -> dict[str, Any]:
    """The figures from the floor's queries, in a form to compare with the service's."""
    days: dict[str, list[int]] = defaultdict(lambda: [0] * 6)  # as DayFigures, day left out
    for d, tickets, cents in raw.execute(queries["sales"], p):
        days[d][1:3] = [tickets, cents]
    by_campaign: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for d, campaign, n, cents in raw.execute(queries["campaign responses and their returns"], p):
        days[d][3] += cents
        by_campaign[campaign][0] += n
        by_campaign[campaign][1] += cents
    for d, earned, spent in raw.execute(queries["ledger entries"], p):
        days[d][4:6] = [earned, spent]
    for d, points in raw.execute(queries["gifts redeemed"], p):
        days[d][5] += points
    signed: dict[str, set[str]] = defaultdict(set)
    for d, customer in raw.execute(queries["enrolments"], p):
        signed[d].add(customer)
    for d, customers in signed.items():
        if d >= p["first"]:
            days[d][0] = len(customers)
    lately = [
        set().union(*(c for d, c in signed.items() if d >= p[k]))
        for k in ("today", "monday", "month")
    ]
    campaigns = [
        (name, *by_campaign.get(cid, (0, 0)))
        for cid, name, on in raw.execute(queries["campaigns"], p)
        if on or cid in by_campaign
    ]
    incidents = sorted(
        raw.execute(queries["open incidents"]).fetchall(), key=lambda c: (-c[1], c[0])
    )
    raw.execute(queries["device and last sync"]).fetchall()
    return {
        "days": {d: tuple(v) for d, v in days.items() if any(v) and d >= p["first"]},
        "lately": tuple(len(c) for c in lately),
        "campaigns": sorted(campaigns, key=lambda c: (-c[2], -c[1], c[0])),
        "gifts": raw.execute(queries["gifts"]).fetchall(),
        "incidents": (sum(n for _, n in incidents), incidents),
    }


def as_floor(figures: Any) -> dict[str, Any]:
    """The service's figures in the floor's form."""
    days = {
        d.day.isoformat(): (d.members_enrolled, d.sales, d.sales_cents, d.campaign_sales_cents,
                            d.points_earned, d.points_redeemed)
        for d in figures.days
    }  # fmt: skip
    return {
        "days": {d: v for d, v in days.items() if any(v)},
        "lately": (figures.enrolled_today, figures.enrolled_week, figures.enrolled_month),
        "campaigns": [(c.name, c.responses, c.sales_cents) for c in figures.campaigns],
        "gifts": [(g.name, g.points, g.in_stock) for g in figures.gifts],
        "incidents": (figures.incidents_open, list(figures.incidents_by_category)),
    }


def tables_of(statement: str) -> str:
    """What a statement reads, to name it: its (last) FROM, with a join."""
    found = re.findall(r"FROM (\w+)(?: JOIN (\w+))?", statement)
    return " + ".join(t for t in found[-1] if t) if found else statement[:30]


def where_the_time_goes(sessions: sessionmaker[Session], call: Any, floor: dict[str, str],
                        params: dict[str, Any]) -> str:  # fmt: skip
    """Each statement the service runs, and each floor query, once more alone (run to the
    last row): the costliest of each."""
    seen: list[tuple[str, Any]] = []

    def keep(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        seen.append((statement, parameters))

    engine = sessions.kw["bind"]
    event.listen(engine, "before_cursor_execute", keep)
    try:
        with sessions.begin() as s:
            call(s)
    finally:
        event.remove(engine, "before_cursor_execute", keep)
    mine, theirs = [], []
    with sessions.begin() as s:
        raw = s.connection().connection.driver_connection
        for statement, parameters in (x for x in seen if x[0].startswith("SELECT")):
            t = time.perf_counter()
            raw.execute(statement, parameters).fetchall()
            mine.append((ms_since(t), tables_of(statement)))
        for name, sql in floor.items():
            t = time.perf_counter()
            raw.execute(sql, params).fetchall()
            theirs.append((ms_since(t), name))
    top = ", ".join(f"{n} {fmt(v)}" for v, n in sorted(mine, reverse=True)[:5])
    floor_top = ", ".join(f"{n} {fmt(v)}" for v, n in sorted(theirs, reverse=True)[:4])
    return f"the service: {len(mine)} SELECTs, costliest {top}; the floor: costliest {floor_top}"


def summary(figures: Any) -> str:
    days = figures.days

    def total(field: str) -> int:
        return sum(getattr(d, field) for d in days)

    return (
        f"{total('sales'):,} sales, {total('sales_cents') / 100:,.2f} EUR (campaigns"
        f" {total('campaign_sales_cents') / 100:,.2f} EUR), points earned"
        f" {total('points_earned'):,}, redeemed {total('points_redeemed'):,}, members enrolled"
        f" {total('members_enrolled'):,} (today, week, month: {figures.enrolled_today},"
        f" {figures.enrolled_week}, {figures.enrolled_month}), {figures.incidents_open}"
        " incidents open"
    )


def same(mine: dict[str, Any], theirs: dict[str, Any]) -> None:
    """Stop the run when the floor's figures are not the service's."""
    for key in (k for k in mine if mine[k] != theirs[k]):
        print(f"  {key}: service {str(mine[key])[:400]}")
        print(f"  {key}: floor   {str(theirs[key])[:400]}")
    if mine != theirs:
        raise SystemExit("the floor's figures differ from the service's")


def bench_figures_on(path: Path, store: Store, args: argparse.Namespace, kind: str) -> list[Row]:
    from pos_client.services.store_figures import store_figures
    from pos_client.store.database import open_store

    sessions = open_store(path, encrypted=kind == "encrypted")
    ranges = {
        "the whole range": store.today - timedelta(days=args.days - 1),
        "the last 30 days": store.today - timedelta(days=29),
        "today": store.today,
    }
    rows = []
    try:
        for name, first in ranges.items():
            queries, params = floor_queries(first, store.today, store.now)
            got: dict[str, Any] = {}

            def service(s: Session, first: date = first, got: dict = got) -> None:
                got["service"] = store_figures(
                    s, first_day=first, last_day=store.today, now=store.now, language="es"
                )

            def floor(s: Session, q: dict = queries, p: dict = params, got: dict = got) -> None:
                raw = s.connection().connection.driver_connection
                got["floor"] = floor_figures(raw, q, p)

            times: list[float] = []
            floors: list[float] = []
            for i in range(1 + args.repeats[name]):  # the first is a warm-up
                for fn, out in alternate(i, [(service, times), (floor, floors)]):
                    t = time.perf_counter()
                    with sessions.begin() as s:
                        fn(s)
                    if i:
                        out.append(ms_since(t))
            days = got["service"].days
            say(f"{kind}: {name} ({first} to {store.today}): {summary(got['service'])}")
            same(as_floor(got["service"]), got["floor"])
            costs = where_the_time_goes(sessions, service, queries, params)
            say(f"  the floor's figures are the same; {costs}")
            rows.append(Row(f"{kind} store: figures, {name} ({len(days)} days)", times, floors))
    finally:
        sessions.kw["bind"].dispose()
    return rows


def bench_figures(args: argparse.Namespace, tmp: Path) -> list[Row]:
    store = build_store(tmp, args)
    rows = []
    for kind in args.stores:
        path = store.path
        if kind == "plain":
            (tmp / "plain").mkdir()
            t0 = time.perf_counter()
            path = copy_store(store.path, tmp / "plain")
            decrypt_in_place(path)
            size = path.stat().st_size / 2**20
            say(f"plain copy (sqlcipher_export): {time.perf_counter() - t0:.1f} s, {size:.0f} MB")
        rows += bench_figures_on(path, store, args, kind)
    return rows


# -- the run ------------------------------------------------------------------------------------

QUICK = dict(redemptions=50, customers=50, days=30, per_day=100, store_customers=2000, products=300)


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add = parser.add_argument
    add("--part", choices=("redeem", "figures", "both"), default="both")
    add("--db", choices=("sqlite", "postgresql", "both"), default="both")
    add("--redemptions", type=int, default=500, help="redemptions timed (500)")
    add("--customers", type=int, default=200, help="the server's customers with points (200)")
    add("--days", type=int, default=365, help="days of the store's sales, today last (365)")
    add("--per-day", type=int, default=250, help="sales a day, on average (250)")
    add("--with-customer", type=float, default=0.7, help="share of sales with a customer")
    add("--campaign-share", type=float, default=0.1, help="share answering a campaign")
    add("--return-share", type=float, default=0.02, help="share returned later")
    add("--enrolments", type=int, default=8, help="new members a day (8)")
    add("--store-customers", type=int, default=20_000, help="the tablet's customers (20000)")
    add("--products", type=int, default=2000, help="the tablet's catalogue (2000)")
    add("--store", choices=("plain", "encrypted", "both"), default="both")
    add("--seed", type=int, default=7)
    add("--quick", action="store_true", help="a small smoke run")
    first, _ = parser.parse_known_args()
    if first.quick:
        parser.set_defaults(**QUICK)
    args = parser.parse_args()
    args.repeats = {k: max(2, v // 4) for k, v in REPEATS.items()} if args.quick else REPEATS
    args.stores = ("encrypted", "plain") if args.store == "both" else (args.store,)
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
    rows: list[Row] = []
    facts: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory(prefix="bench-manager-") as name:
        tmp = Path(name)
        if args.part in ("redeem", "both"):
            t0 = time.perf_counter()
            for kind in ("sqlite", "postgresql") if args.db == "both" else (args.db,):
                with backend(kind, tmp) as be:
                    say(be.notes[0])
                    facts.append((kind, be.notes[0]))
                    rows += bench_redeem(be, args, tmp)
            facts.append((
                "redeem",
                f"{args.redemptions} timed + {WARM_UP} warm-up, round robin over"
                f" {args.customers} customers; {time.perf_counter() - t0:.0f} s",
            ))  # fmt: skip
        if args.part in ("figures", "both"):
            t0 = time.perf_counter()
            rows += bench_figures(args, tmp)
            repeats = ", ".join(f"{k} {n}" for k, n in args.repeats.items())
            facts.append((
                "figures",
                f"{args.days} days, ~{args.per_day} sales a day, {args.store_customers:,}"
                f" customers, {args.products:,} products; calls: {repeats} (+1 warm-up each);"
                f" {time.perf_counter() - t0:.0f} s",
            ))  # fmt: skip
    print()
    print_table(rows)
    print()
    facts += [
        ("CPUs", str(os.cpu_count())),
        ("load average at start (1, 5, 15 min)", ", ".join(f"{v:.2f}" for v in load0)),
        ("load average at the end", ", ".join(f"{v:.2f}" for v in os.getloadavg())),
        ("run time", f"{time.perf_counter() - started:.0f} s"),
    ]
    print_cells([("machine and run", ""), *facts], left=(0, 1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

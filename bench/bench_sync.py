"""Measure sync: a big offline push, a first full download, 100 tablets at once; each
beside a floor measured in the same run, on SQLite and on PostgreSQL.

Everything talks to the real server (`uvicorn sync_server.asgi:app` on 127.0.0.1, started
by tests/chain.py's `ServerProcess`) through real tablets (client store files, the real
`SyncEngine` and `SyncApi`).

- push: a registered tablet rings up N offline sales (1-5 lines, mean 3, each with a
  customer, so each sale is two changes: the sale and its points entry) with
  `sales.finish`, untimed; then one `sync_once()` is timed, split into its push and the
  pull that follows. Floors: (a) exactly the rows that push left in the server's tables
  (inbox, sale, ledger_entry, balance, the balance, profile and purchases feed
  rows, customer_store), bulk-inserted with the DBAPI (sqlite3 / psycopg `executemany`) into
  an empty database with the same schema, one commit per batch of the same size as the
  push's; (b) a trivial HTTP round trip, GET /health on the same server with a
  `requests.Session`.
- first full download: the server is seeded with P products and C customers in bulk
  (a few through the services, the many with raw SQL, feed rows included: version 1,
  `row_hash`, txid 0 on SQLite / the seeding transaction's id on PostgreSQL, log ids
  increasing); every club member (70 %) holds a points balance (`--no-balances` to
  leave them out). Customers are spread over the chain's stores; a store's tablet holds
  the full profile of its own customers and the slim directory record of everyone.
  A new tablet's first `sync_once()` is timed, per feed. Floor: the same pages read
  with raw SQL from the server's database (the same keyset query, same page size) and
  written with raw `executemany` into a fresh client store (same schema, triggers and
  pragmas), one commit per page.
- concurrency: T tablets registered over the chain's stores; each on its own thread
  releases `--per-tick` pre-made sales every `--interval` seconds (+-20 %, accelerated
  from 30 s) and pushes them, for `--duration` seconds; each push request is timed
  (the POST /v1/sync/push itself). Then every tablet drains its outbox, and every sale
  released must be on the server exactly once. The tablets run in `--client-procs`
  worker processes (bench/sync_load_worker.py; 1 = threads in this process). SQLite:
  one server worker; PostgreSQL: each of `--pg-workers`.

PostgreSQL: a throwaway cluster (scripts/pg_cluster.sh, fsync=off) is started in a
temporary folder and stopped at the end, unless LOYALTY_TEST_DATABASE_URL names a server;
each part gets a fresh database. The SQLite server runs WAL with synchronous=FULL.

    python bench/bench_sync.py [--db sqlite|postgresql|both] [--sales 10000]
        [--customers 10000,100000] [--products 50000] [--tablets 100] [--quick]

Not a test. Working files go to $TMPDIR (several GB with a million customers).
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
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # chain, pg (see tests/pg.py on the name)
sys.path.insert(0, str(ROOT / "bench"))

import psycopg  # noqa: E402
import requests  # noqa: E402
from bench_stats import pcts  # noqa: E402
from chain import ServerProcess, seed_chain  # noqa: E402
from pg import drop_database, fresh_database  # noqa: E402
from psycopg.types.json import Json  # noqa: E402
from sqlalchemy import select  # noqa: E402
from sqlalchemy.dialects import postgresql as pg_dialect  # noqa: E402
from sqlalchemy.dialects import sqlite as sqlite_dialect  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402
from sync_load_worker import (  # noqa: E402
    READY,
    RESULT,
    LoadTablet,
    make_sales,
    open_tablet,
    run_load,
    setup_tablets,
)

from loyalty_core.contact import mask_phone  # noqa: E402
from loyalty_core.feeds import (  # noqa: E402
    CHAIN_SCOPE,
    BalanceRow,
    DirectoryRow,
    ProductRow,
    ProfileRow,
    lookup_key,
    row_hash,
)
from loyalty_core.roles import Role  # noqa: E402
from loyalty_core.sync_protocol import MAX_BATCH_CHANGES  # noqa: E402
from loyalty_core.text import fold  # noqa: E402

try:  # the demo generators moved from pos_client.demo to demo_data
    from demo_data.catalogue import generate_catalogue
    from demo_data.people import STORES as DEMO_STORES
    from demo_data.people import CustomerFactory
except ImportError:  # pragma: no cover - an older tree
    from pos_client.demo.catalogue import generate_catalogue  # type: ignore[no-redef]
    from pos_client.demo.people import STORES as DEMO_STORES  # type: ignore[no-redef]
    from pos_client.demo.people import CustomerFactory  # type: ignore[no-redef]
from pos_client.store import models as client_models  # noqa: E402
from pos_client.store.database import connect_file, open_store  # noqa: E402
from pos_client.sync.engine import SyncEngine  # noqa: E402
from sync_server import models as server_models  # noqa: E402
from sync_server.devices.service import issue_code  # noqa: E402
from sync_server.staff.service import add_staff  # noqa: E402
from sync_server.stores.service import create_store, lookup_secret  # noqa: E402

PG_URL_VARIABLE = "LOYALTY_TEST_DATABASE_URL"
PIN = "1234"
STAFF_LOGIN = {"S001": ("1001", "1234"), "S002": ("2001", "4567")}  # from tests/chain.py
SEED_CHUNK = 20_000
HEALTH_SAMPLES = 500

# -- statistics and printing ------------------------------------------------------------


def ms(value: float) -> str:
    if math.isnan(value):
        return "-"
    return f"{value:.2f} ms" if value < 10 else f"{value:.0f} ms"


def secs(value: float) -> str:
    return f"{value:.2f} s" if value < 10 else f"{value:.1f} s"


def rate(count: float, seconds: float) -> str:
    return f"{count / seconds:,.0f}/s" if seconds > 0 else "-"


@dataclass
class Figure:
    db: str
    name: str
    ours: str
    floor: str = ""
    target: str = ""
    verdict: str = ""


def say(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def print_table(figures: Sequence[Figure]) -> None:
    head = ("db", "measurement", "ours", "floor (same run)", "target", "")
    cells = [head] + [(f.db, f.name, f.ours, f.floor, f.target, f.verdict) for f in figures]
    widths = [max(len(c[i]) for c in cells) for i in range(len(head))]
    for i, line in enumerate(cells):
        print("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip())
        if i == 0:
            print("  ".join("-" * w for w in widths))


def verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


# -- processes --------------------------------------------------------------------------


def cpu_of_tree(pid: int) -> float:
    """CPU seconds (user + system) of a process and its living descendants."""
    tick = os.sysconf("SC_CLK_TCK")
    parents: dict[int, int] = {}
    times: dict[int, float] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        parents[int(entry.name)] = int(fields[1])
        times[int(entry.name)] = (int(fields[11]) + int(fields[12])) / tick
    total, todo = 0.0, [pid]
    while todo:
        p = todo.pop()
        total += times.get(p, 0.0)
        todo += [c for c, parent in parents.items() if parent == p]
    return total


# -- databases --------------------------------------------------------------------------


class Raw:
    """A plain DBAPI connection (sqlite3 or psycopg) with `?` placeholders on both."""

    def __init__(self, url: str) -> None:
        self.pg = not url.startswith("sqlite")
        if self.pg:
            u = make_url(url)
            self.con: Any = psycopg.connect(
                host=u.host, port=u.port, user=u.username, password=u.password, dbname=u.database
            )
        else:
            self.con = sqlite3.connect(url.split("///", 1)[1], isolation_level=None)
            for pragma in ("journal_mode=WAL", "synchronous=FULL", "busy_timeout=30000"):
                self.con.execute(f"PRAGMA {pragma}")
        self.dialect = pg_dialect.psycopg.dialect() if self.pg else sqlite_dialect.dialect()

    def q(self, sql: str) -> str:
        return sql.replace("?", "%s") if self.pg else sql

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        if self.pg:
            return self.con.execute(self.q(sql), params)
        return self.con.execute(sql, params)

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if not rows:
            return
        if self.pg:
            with self.con.cursor() as cur:
                cur.executemany(self.q(sql), rows)
        else:
            self.con.executemany(sql, rows)

    def begin(self) -> None:
        if not self.pg:
            self.con.execute("BEGIN IMMEDIATE")

    def commit(self) -> None:
        if self.pg:
            self.con.commit()
        else:
            self.con.execute("COMMIT")

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return list(self.execute(sql, params).fetchall())

    def one(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.execute(sql, params).fetchone()[0]

    def end_read(self) -> None:
        """Finish the implicit read transaction (psycopg opens one for a SELECT)."""
        if self.pg:
            self.con.commit()

    def close(self) -> None:
        self.con.close()


def binder(metadata: Any, table: str, columns: Sequence[str], dialect: Any) -> Callable:
    """Turn a tuple of Python values into what the column types store on `dialect`."""
    procs = [metadata.tables[table].c[c].type._cached_bind_processor(dialect) for c in columns]

    def bind(values: Sequence[Any]) -> tuple[Any, ...]:
        return tuple(
            v if p is None or v is None else p(v) for p, v in zip(procs, values, strict=True)
        )

    return bind


class Inserter:
    """Bulk inserts into server tables: COPY on PostgreSQL, executemany on SQLite."""

    def __init__(self, raw: Raw) -> None:
        self.raw = raw
        self.binders: dict[tuple[str, tuple[str, ...]], Callable] = {}

    def insert(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        key = (table, tuple(columns))
        if key not in self.binders:
            self.binders[key] = binder(
                server_models.Base.metadata, table, columns, self.raw.dialect
            )
        bind = self.binders[key]
        names = ", ".join(columns)
        if self.raw.pg:
            with (
                self.raw.con.cursor() as cur,
                cur.copy(f"COPY {table} ({names}) FROM STDIN") as copy,
            ):
                for row in rows:
                    copy.write_row(bind(row))
        else:
            marks = ", ".join("?" * len(columns))
            self.raw.con.executemany(
                f"INSERT INTO {table} ({names}) VALUES ({marks})", (bind(r) for r in rows)
            )


@dataclass
class Backend:
    kind: str
    tmp: Path
    base_url: str | None = None
    notes: list[str] = field(default_factory=list)

    def new_url(self, name: str) -> str:
        if self.kind == "sqlite":
            (self.tmp / name).mkdir(parents=True, exist_ok=True)
            return f"sqlite:///{self.tmp / name / 'server.db'}"
        assert self.base_url is not None
        return fresh_database(self.base_url)

    def drop(self, url: str) -> None:
        if self.kind == "postgresql":
            drop_database(url)
        else:
            path = Path(url.split("///", 1)[1])
            for suffix in ("", "-wal", "-shm"):
                path.with_name(path.name + suffix).unlink(missing_ok=True)


@contextmanager
def backend(kind: str, tmp: Path) -> Iterator[Backend]:
    if kind == "sqlite":
        yield Backend(kind, tmp, notes=[f"SQLite {sqlite3.sqlite_version}, WAL, synchronous=FULL"])
        return
    given = os.environ.get(PG_URL_VARIABLE)
    cluster: Path | None = None
    try:
        if given:
            base = given
            where = f"the server at ${PG_URL_VARIABLE}"
        else:
            # Straight under /tmp: the postgres user must be able to enter the folder.
            cluster = Path(tempfile.mkdtemp(prefix="bench-sync-pg-", dir="/tmp"))
            started = subprocess.run(
                [str(ROOT / "scripts" / "pg_cluster.sh"), "start", str(cluster)],
                capture_output=True,
                text=True,
                check=False,
            )
            if started.returncode != 0:
                raise RuntimeError(f"pg_cluster.sh start failed:\n{started.stderr}")
            base = started.stdout.strip().splitlines()[-1]
            where = f"a throwaway cluster in {cluster}"
        probe = Raw(base)
        settings = {
            s: probe.one(f"SHOW {s}")
            for s in ("server_version", "fsync", "synchronous_commit", "max_connections")
        }
        probe.close()
        note = (
            f"PostgreSQL {settings['server_version'].split()[0]} ({where}): "
            f"fsync={settings['fsync']}, synchronous_commit={settings['synchronous_commit']},"
            f" max_connections={settings['max_connections']}"
        )
        yield Backend(kind, tmp, base, notes=[note])
    finally:
        if cluster is not None:
            subprocess.run(
                [str(ROOT / "scripts" / "pg_cluster.sh"), "stop", str(cluster)],
                capture_output=True,
                check=False,
            )
            shutil.rmtree(cluster, ignore_errors=True)


# -- the chain on the server -------------------------------------------------------------


def chain_stores(count: int) -> list[str]:
    return [s.code for s in DEMO_STORES[: max(2, min(count, len(DEMO_STORES)))]]


def seed_base(server: ServerProcess, stores: Sequence[str]) -> dict[str, tuple[str, str]]:
    """tests/chain.py's chain (S001, S002, staff, 3 products, 2 customers), then the rest
    of the demo chain's stores, each with one assistant; return each store's login."""
    now = datetime.now(UTC)
    seed_chain(server, now)
    logins = dict(STAFF_LOGIN)
    with server.admin() as s:
        for i, code in enumerate(stores):
            if code in logins:
                continue
            name = next(d.name for d in DEMO_STORES if d.code == code)
            create_store(s, code=code, name=name, now=now)
            staff = f"9{i + 1:03d}"
            add_staff(
                s, store_code=code, code=staff, name=f"Staff {code}", role=Role.ASSISTANT,
                pin=PIN, now=now,
            )  # fmt: skip
            logins[code] = (staff, PIN)
    return logins


class FeedLog:
    """Positions for bulk-published feed rows: the txid and increasing log ids."""

    def __init__(self, raw: Raw) -> None:
        self.raw = raw

    def start(self, n: int) -> tuple[int, int]:
        """In the open transaction: the txid to stamp and the first of `n` log ids."""
        if self.raw.pg:
            txid = int(self.raw.one("SELECT pg_current_xact_id()::text::bigint"))
            first = int(self.raw.one("SELECT nextval('feed_log_id_seq')"))
            self.raw.execute("SELECT setval('feed_log_id_seq', ?)", (first + n,))
            return txid, first
        return 0, int(self.raw.one("SELECT coalesce(max(log_id), 0) FROM feed_row")) + 1


FEED_COLUMNS = (
    "feed", "scope", "key", "version", "deleted", "data", "row_hash", "txid", "log_id",
    "updated_at",
)  # fmt: skip


def feed_row(
    feed: str, scope: str, key: str, data: dict[str, Any], txid: int, log_id: int, now: datetime
) -> tuple[Any, ...]:
    """A record published once (version 1), as `publish` leaves it."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return (feed, scope, key, 1, False, text, row_hash(feed, key, 1), txid, log_id, now)


def seed_products(url: str, count: int, seed: int) -> int:
    """Add `count` products (catalogue and feed) in one transaction of raw inserts."""
    raw = Raw(url)
    now = datetime.now(UTC)
    taken = {r[0] for r in raw.rows("SELECT code FROM product")}
    raw.end_read()
    made = [
        p
        for p in generate_catalogue(random.Random(f"products:{seed}"), count, epoch_ms=0)
        if p.code not in taken
    ]
    raw.begin()
    txid, first = FeedLog(raw).start(len(made))
    out = Inserter(raw)
    columns = (
        "id", "code", "code_kind", "name", "brand", "category", "size", "price_cents",
        "vat_rate", "points_per_unit", "active", "kind", "tags", "duration_days", "updated_at",
    )  # fmt: skip
    out.insert(
        "product",
        columns,
        ((uuid.UUID(hex=p.id), *p[1:-2], json.loads(p.tags), p.duration_days, now) for p in made),
    )
    out.insert(
        "feed_row",
        FEED_COLUMNS,
        (
            feed_row(
                "catalogue",
                CHAIN_SCOPE,
                str(uuid.UUID(hex=p.id)),
                ProductRow(
                    **{**p._asdict(), "id": uuid.UUID(hex=p.id), "tags": json.loads(p.tags)}
                ).model_dump(mode="json"),
                txid,
                first + i,
                now,
            )
            for i, p in enumerate(made)
        ),
    )
    raw.commit()
    raw.close()
    return len(made)


CUSTOMER_COLUMNS = (
    "id", "card_number", "first_name", "last_names", "national_id", "phone", "email",
    "birth_date", "postal_code", "language", "club_member", "enrolled_on", "home_store",
    "created_at", "field_clocks",
)  # fmt: skip


class CustomerSeeder:
    """Customers in bulk, as `create_customer` + `publish_customer` leave them: the row,
    the store that serves them (their home store), the directory row (chain) and the
    full profile (that store's scope); club members also get a balance and its row."""

    def __init__(self, stores: Sequence[str], capacity: int, seed: int, balances: bool) -> None:
        self.stores = list(stores)
        self.rng = random.Random(f"customers-extra:{seed}")
        self.factory = CustomerFactory(
            random.Random(f"customers:{seed}"),
            max(capacity, 1),
            today=date.today(),
            sellables=[],
            points_per_euro=1,
        )
        self.made = 0
        self.balances = balances

    def top_up(self, url: str, target: int) -> tuple[int, float]:
        """Bring the bulk-made customers up to `target`; return how many and the time."""
        t0 = time.perf_counter()
        raw = Raw(url)
        secret = self._secret(url)
        added = 0
        while self.made < target:
            n = min(SEED_CHUNK, target - self.made)
            self._chunk(raw, secret, n)
            self.made += n
            added += n
        raw.close()
        return added, time.perf_counter() - t0

    @staticmethod
    def _secret(url: str) -> bytes:
        with ServerProcess(Path("."), url).admin() as s:
            return lookup_secret(s)

    def _chunk(self, raw: Raw, secret: bytes, n: int) -> None:
        now = datetime.now(UTC)
        customers, serving, balances = [], [], []
        directory, profiles, balance_rows = [], [], []
        for i in range(self.made, self.made + n):
            c, _ = self.factory.make(i)
            cid = uuid.UUID(hex=c.id)
            home = self.stores[int(self.rng.random() * len(self.stores))]
            created = datetime.fromisoformat(c.created_at)
            birth = date.fromisoformat(c.birth_date) if c.birth_date else None
            enrolled = date.fromisoformat(c.enrolled_on) if c.enrolled_on else None
            customers.append(
                (
                    cid, c.card_number, c.first_name, c.last_names, c.national_id, c.phone,
                    c.email, birth, c.postal_code, c.language, c.club_member, enrolled, home,
                    created, {},
                )
            )  # fmt: skip
            serving.append((cid, home))

            def key(kind: str, value: str | None) -> str | None:
                return None if value is None else lookup_key(secret, kind, value)

            directory.append(
                DirectoryRow(
                    id=cid,
                    first_name=c.first_name,
                    last_names=c.last_names,
                    card_number=c.card_number,
                    phone_key=key("phone", c.phone),
                    email_key=key("email", c.email),
                    national_id_key=key("national_id", c.national_id),
                    phone_masked=mask_phone(c.phone) if c.phone else None,
                    club_member=c.club_member,
                    enrolled_on=enrolled,
                    language=c.language,
                    created_at=created,
                ).model_dump(mode="json")
            )
            profiles.append(
                (
                    home,
                    ProfileRow(
                        id=cid,
                        first_name=c.first_name,
                        last_names=c.last_names,
                        national_id=c.national_id,
                        phone=c.phone,
                        email=c.email,
                        birth_date=birth,
                        postal_code=c.postal_code,
                        language=c.language,
                    ).model_dump(mode="json"),
                )
            )
            if self.balances and c.club_member:
                points = 1 + int(self.rng.random() * 2000)
                balances.append((cid, points, 1))
                balance_rows.append(
                    BalanceRow(customer_id=cid, points=points).model_dump(mode="json")
                )
        raw.begin()
        txid, first = FeedLog(raw).start(len(directory) + len(profiles) + len(balance_rows))
        out = Inserter(raw)
        out.insert("customer", CUSTOMER_COLUMNS, customers)
        out.insert("customer_store", ("customer_id", "store_code"), serving)
        out.insert("balance", ("customer_id", "points", "version"), balances)
        log = iter(range(first, first + len(directory) + len(profiles) + len(balance_rows)))
        rows = [
            feed_row("directory", CHAIN_SCOPE, d["id"], d, txid, next(log), now) for d in directory
        ]
        rows += [feed_row("profiles", s, p["id"], p, txid, next(log), now) for s, p in profiles]
        rows += [
            feed_row("balances", CHAIN_SCOPE, b["customer_id"], b, txid, next(log), now)
            for b in balance_rows
        ]
        out.insert("feed_row", FEED_COLUMNS, rows)
        raw.commit()


def new_tablet(
    server: ServerProcess, data_dir: Path, store: str, login: tuple[str, str], batch: int
) -> LoadTablet:
    with server.admin() as s:
        code = issue_code(s, store_code=store, now=datetime.now(UTC))
    return open_tablet(
        data_dir,
        server.url,
        store_code=store,
        registration_code=code,
        staff_code=login[0],
        pin=login[1],
        batch=batch,
    )


# -- floors -----------------------------------------------------------------------------


def http_floor(url: str, n: int) -> list[float]:
    """GET /health on a kept-alive session: a trivial round trip to the same server."""
    times = []
    with requests.Session() as http:
        for i in range(n + 20):
            t0 = time.perf_counter()
            http.get(url + "/health", timeout=10).raise_for_status()
            if i >= 20:
                times.append((time.perf_counter() - t0) * 1000)
    return times


def _bulk_floor(
    src: Raw,
    dst: sqlite3.Connection,
    feed: str,
    scope: str,
    convert: Callable,
    statement: str,
    chunk: int = 20_000,
) -> int:
    """A feed as the snapshot path loads it, raw: every row in one read and one
    transaction; for the directory the name-search trigger is dropped and its index
    rebuilt once."""
    trigger = None
    if feed == "directory":
        trigger = dst.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'customer_search_ai'"
        ).fetchone()
    sql = (
        "SELECT key, version, data FROM feed_row WHERE feed = ? AND scope = ?"
        " AND version > 0 AND NOT deleted"
    )
    if src.pg:  # a server-side cursor: a million rows are not held in memory at once
        cursor = src.con.cursor(name=f"floor_{feed}")
        cursor.execute(src.q(sql), (feed, scope))
    else:
        cursor = src.execute(sql, (feed, scope))
    dst.execute("BEGIN IMMEDIATE")
    if trigger:
        dst.execute("DROP TRIGGER customer_search_ai")
    count = 0
    while rows := cursor.fetchmany(chunk):
        dst.executemany(statement, [convert(feed, json.loads(r[2]), r[1]) for r in rows])
        dst.executemany(
            "INSERT OR REPLACE INTO replica_row (feed, key, version) VALUES (?, ?, ?)",
            [(feed, r[0], r[1]) for r in rows],
        )
        count += len(rows)
    if trigger:
        dst.execute("INSERT INTO customer_search(customer_search) VALUES('rebuild')")
        dst.execute(trigger[0])
    dst.execute("COMMIT")
    src.end_read()
    return count


def _chunks(values: Sequence[Any], size: int = 500) -> Iterator[Sequence[Any]]:
    for i in range(0, len(values), size):
        yield values[i : i + size]


def _jsonable(row: Sequence[Any]) -> tuple[Any, ...]:
    return tuple(Json(v) if isinstance(v, (dict, list)) else v for v in row)


def _columns(table: str) -> list[str]:
    return [c.name for c in server_models.Base.metadata.tables[table].columns]


def push_floor(
    server_url: str, floor_url: str, device_id: uuid.UUID, store: str, batch: int
) -> float:
    """Insert exactly the rows the push left, with raw executemany, a commit per batch."""
    src = Raw(server_url)
    dev = device_id if src.pg else device_id.hex
    cols = {t: _columns(t) for t in ("inbox", "sale", "ledger_entry", "balance", "feed_row")}
    cols["customer_store"] = _columns("customer_store")

    def fetch(table: str, where: str, params: Sequence[Any]) -> list[dict[str, Any]]:
        names = cols[table]
        return [
            dict(zip(names, r, strict=True))
            for r in src.rows(f"SELECT {', '.join(names)} FROM {table} WHERE {where}", params)
        ]

    inbox = sorted(fetch("inbox", "device_id = ?", (dev,)), key=lambda r: r["device_seq"])
    sales = {r["id"]: r for r in fetch("sale", "device_id = ?", (dev,))}
    ledger = {r["id"]: r for r in fetch("ledger_entry", "device_id = ?", (dev,))}
    people = sorted(
        {r["customer_id"] for r in ledger.values()}
        | {r["customer_id"] for r in sales.values() if r["customer_id"]}
    )

    def key(value: Any) -> str:
        return str(value) if src.pg else str(uuid.UUID(hex=value))

    balances: dict[Any, dict[str, Any]] = {}
    feed_rows: dict[tuple[str, str], dict[str, Any]] = {}
    serving: dict[Any, dict[str, Any]] = {}
    for part in _chunks(people):
        marks = ",".join("?" * len(part))
        for r in fetch("balance", f"customer_id IN ({marks})", part):
            balances[r["customer_id"]] = r
        where = f"key IN ({marks}) AND (feed = 'balances' OR (feed = 'profiles' AND scope = ?))"
        for r in fetch("feed_row", where, [*(key(p) for p in part), store]):
            feed_rows[(r["feed"], r["key"])] = r
        where = f"store_code = ? AND customer_id IN ({marks})"
        for r in fetch("customer_store", where, [store, *part]):
            serving[r["customer_id"]] = r
    for part in _chunks(sorted(sales)):  # what each sale published for replenishment
        marks = ",".join("?" * len(part))
        where = f"feed = 'purchases' AND scope = ? AND key IN ({marks})"
        for r in fetch("feed_row", where, [store, *(key(p) for p in part)]):
            feed_rows[(r["feed"], r["key"])] = r
    src.close()

    dst = Raw(floor_url)

    def insert(table: str, verb: str = "INSERT", tail: str = "") -> str:
        names = cols[table]
        marks = ", ".join("?" * len(names))
        return f"{verb} INTO {table} ({', '.join(names)}) VALUES ({marks}){tail}"

    if dst.pg:
        feed_set = ", ".join(f"{c} = EXCLUDED.{c}" for c in cols["feed_row"][3:])
        upsert_balance = insert(
            "balance",
            tail=" ON CONFLICT (customer_id) DO UPDATE SET points = EXCLUDED.points,"
            " version = EXCLUDED.version",
        )
        upsert_feed = insert(
            "feed_row", tail=f" ON CONFLICT (feed, scope, key) DO UPDATE SET {feed_set}"
        )
        serve = insert("customer_store", tail=" ON CONFLICT DO NOTHING")
    else:
        upsert_balance = insert("balance", "INSERT OR REPLACE")
        upsert_feed = insert("feed_row", "INSERT OR REPLACE")
        serve = insert("customer_store", "INSERT OR IGNORE")

    def values(table: str, rows: Iterable[dict[str, Any]]) -> list[tuple[Any, ...]]:
        return [_jsonable([r[c] for c in cols[table]]) for r in rows]

    t0 = time.perf_counter()
    for part in _chunks(inbox, batch):
        sale_rows = [sales[r["entity_id"]] for r in part if r["entity_id"] in sales]
        entry_rows = [ledger[r["entity_id"]] for r in part if r["entity_id"] in ledger]
        who = {e["customer_id"] for e in entry_rows} | {
            s["customer_id"] for s in sale_rows if s["customer_id"]
        }
        dst.begin()
        dst.executemany(insert("inbox"), values("inbox", part))
        dst.executemany(insert("sale"), values("sale", sale_rows))
        dst.executemany(insert("ledger_entry"), values("ledger_entry", entry_rows))
        dst.executemany(
            upsert_balance, values("balance", (balances[w] for w in who if w in balances))
        )
        dst.executemany(
            upsert_feed,
            values(
                "feed_row",
                [
                    *(
                        feed_rows[k]
                        for w in who
                        for k in (("balances", key(w)), ("profiles", key(w)))
                        if k in feed_rows
                    ),
                    *(
                        feed_rows[("purchases", key(r["id"]))]
                        for r in sale_rows
                        if ("purchases", key(r["id"])) in feed_rows
                    ),
                ],
            ),
        )
        dst.executemany(serve, values("customer_store", (serving[w] for w in who if w in serving)))
        dst.commit()
    seconds = time.perf_counter() - t0
    dst.close()
    return seconds


DOWNLOAD_FLOOR_FEEDS = ("catalogue", "directory", "profiles", "balances")


def download_floor(
    server_url: str, store: str, page_size: int, client_path: Path, *, bulk: bool
) -> dict[str, tuple[int, float]]:
    """The big feeds read with raw SQL and written raw into a fresh client store: with
    `bulk` in one pass and one transaction per feed (what a snapshot file allows),
    otherwise page by page (the same keyset query and page size), a commit per page."""
    open_store(client_path).kw["bind"].dispose()  # the client's schema, triggers included
    src = Raw(server_url)
    dst = connect_file(client_path)  # encrypted, with this installation's key, as the app's
    dst.isolation_level = None
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "cache_size=-32000"):
        dst.execute(f"PRAGMA {pragma}")
    meta = client_models.Base.metadata
    d = sqlite_dialect.dialect()
    customer_cols = (
        "id", "card_number", "first_name", "last_names", "search_name", "language",
        "club_member", "enrolled_on", "confirmed_points", "created_at", "phone_key",
        "email_key", "national_id_key", "phone_masked", "balance_version",
    )  # fmt: skip
    product_cols = (
        "id", "code", "code_kind", "name", "brand", "category", "size", "price_cents",
        "vat_rate", "points_per_unit", "active",
    )  # fmt: skip
    profile_cols = (
        "first_name", "last_names", "national_id", "phone", "email", "birth_date",
        "postal_code", "language", "search_name", "id",
    )  # fmt: skip
    bind_customer = binder(meta, "customer", customer_cols, d)
    bind_product = binder(meta, "product", product_cols, d)
    bind_profile = binder(meta, "customer", profile_cols, d)
    bind_balance = binder(meta, "customer", ("confirmed_points", "balance_version", "id"), d)
    statements = {
        "catalogue": f"INSERT OR REPLACE INTO product ({', '.join(product_cols)}) VALUES"
        f" ({', '.join('?' * len(product_cols))})",
        "directory": f"INSERT INTO customer ({', '.join(customer_cols)}) VALUES"
        f" ({', '.join('?' * len(customer_cols))})",
        "profiles": f"UPDATE customer SET {', '.join(c + ' = ?' for c in profile_cols[:-1])}"
        " WHERE id = ?",
        "balances": "UPDATE customer SET confirmed_points = ?, balance_version = ? WHERE id = ?",
    }

    def convert(feed: str, data: dict[str, Any], version: int) -> tuple[Any, ...]:
        if feed == "catalogue":
            return bind_product((uuid.UUID(data["id"]), *(data[c] for c in product_cols[1:])))
        if feed == "directory":
            return bind_customer(
                (
                    uuid.UUID(data["id"]), data["card_number"], data["first_name"],
                    data["last_names"], fold(f"{data['first_name']} {data['last_names']}"),
                    data["language"], data["club_member"],
                    date.fromisoformat(data["enrolled_on"]) if data["enrolled_on"] else None,
                    0, datetime.fromisoformat(data["created_at"]), data["phone_key"],
                    data["email_key"], data["national_id_key"], data["phone_masked"], 0,
                )
            )  # fmt: skip
        if feed == "profiles":
            return bind_profile(
                (
                    data["first_name"], data["last_names"], data["national_id"], data["phone"],
                    data["email"],
                    date.fromisoformat(data["birth_date"]) if data["birth_date"] else None,
                    data["postal_code"], data["language"],
                    fold(f"{data['first_name']} {data['last_names']}"), uuid.UUID(data["id"]),
                )
            )  # fmt: skip
        return bind_balance((data["points"], version, uuid.UUID(data["customer_id"])))

    page_sql = (
        "SELECT key, version, deleted, data, txid, log_id FROM feed_row"
        " WHERE feed = ? AND scope = ? AND (txid > ? OR (txid = ? AND log_id > ?))"
        " AND version > 0 ORDER BY txid, log_id LIMIT ?"
    )
    result: dict[str, tuple[int, float]] = {}
    for feed in DOWNLOAD_FLOOR_FEEDS:
        scope = store if feed == "profiles" else CHAIN_SCOPE
        t0 = time.perf_counter()
        if bulk:
            count = _bulk_floor(src, dst, feed, scope, convert, statements[feed])
            result[feed] = (count, time.perf_counter() - t0)
            continue
        txid = log_id = count = 0
        dst.execute(
            "INSERT OR IGNORE INTO sync_feed (feed, cursor, row_count, checksum_sum)"
            " VALUES (?, '', 0, 0)",
            (feed,),
        )
        while True:
            rows = src.rows(page_sql, (feed, scope, txid, txid, log_id, page_size + 1))
            src.end_read()
            page = rows[:page_size]
            if not page:
                break
            values = [convert(feed, json.loads(r[3]), r[1]) for r in page if r[3] is not None]
            dst.execute("BEGIN IMMEDIATE")
            dst.executemany(statements[feed], values)
            dst.executemany(
                "INSERT OR REPLACE INTO replica_row (feed, key, version) VALUES (?, ?, ?)",
                [(feed, r[0], r[1]) for r in page],
            )
            txid, log_id = page[-1][4], page[-1][5]
            dst.execute(
                "UPDATE sync_feed SET cursor = ?, row_count = row_count + ? WHERE feed = ?",
                (f"{txid}.{log_id}", len(page), feed),
            )
            dst.execute("COMMIT")
            count += len(page)
            if len(rows) <= page_size:
                break
        result[feed] = (count, time.perf_counter() - t0)
    src.close()
    dst.close()
    return result


# -- push and first download -------------------------------------------------------------


def timed_sync(tablet: LoadTablet, server_pid: int | None = None) -> dict[str, Any]:
    """One `sync_once()`, timed as a whole, per step (push, each feed) and in HTTP.

    The directory's first download goes through the snapshot file when the engine has
    one (pos_client.sync.snapshot): asking for it (the server writes it if none is
    fresh), downloading it and bulk-loading it are timed apart.
    """
    from pos_client.sync import engine as engine_module

    engine: SyncEngine = tablet.engine
    parts: dict[str, float] = {}
    feeds: dict[str, tuple[int, float]] = {}
    patched: list[tuple[Any, str, Any]] = []

    def timed(owner: Any, name: str, key: str, count: bool = False) -> None:
        original = getattr(owner, name)

        def wrapper(*a: Any, **k: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return original(*a, **k)
            finally:
                parts[key] = parts.get(key, 0.0) + time.perf_counter() - t0
                if count:
                    parts[key + "#"] = parts.get(key + "#", 0) + 1

        patched.append((owner, name, original))
        setattr(owner, name, wrapper)

    timed(engine, "push", "push")
    timed(engine.api, "pull", "pull_http", count=True)
    if hasattr(engine.api, "snapshot_info"):
        timed(engine.api, "snapshot_info", "snapshot_snapshot_info")
    for name, key in (
        ("download", "snapshot_download"),
        ("load_directory", "snapshot_load"),
        ("load_snapshot", "snapshot_load"),
    ):
        if hasattr(engine_module, name):
            timed(engine_module, name, key, count=True)
    pull_feed = engine.pull_feed

    def timed_feed(feed: Any, *a: Any, **k: Any) -> int:
        t0 = time.perf_counter()
        n = pull_feed(feed, *a, **k)
        feeds[str(feed)] = (n, time.perf_counter() - t0)
        return n

    engine.pull_feed = timed_feed  # type: ignore[method-assign]
    n_push = len(tablet.api.pushes)
    server0 = cpu_of_tree(server_pid) if server_pid else 0.0
    cpu0 = time.process_time()
    t0 = time.perf_counter()
    try:
        report = engine.sync_once()
    finally:
        total = time.perf_counter() - t0
        client_cpu = time.process_time() - cpu0
        server_cpu = cpu_of_tree(server_pid) - server0 if server_pid else math.nan
        del engine.pull_feed
        for owner, name, original in reversed(patched):
            if owner is engine_module:
                setattr(owner, name, original)
            else:
                delattr(owner, name)
    pushes = tablet.api.pushes[n_push:]
    return {
        "total": total,
        "client_cpu": client_cpu,
        "server_cpu": server_cpu,
        "push": parts.get("push", 0.0),
        "feeds": feeds,
        "report": report,
        "push_http_s": sum(p[1] for p in pushes) / 1000,
        "push_requests": len(pushes),
        "pull_http_s": parts.get("pull_http", 0.0),
        "pull_requests": int(parts.get("pull_http#", 0)),
        "snapshot_info_s": parts.get("snapshot_snapshot_info", 0.0),
        "snapshot_download_s": parts.get("snapshot_download", 0.0),
        "snapshot_load_s": parts.get("snapshot_load", 0.0),
        "snapshots": int(parts.get("snapshot_load#", 0)),
    }


def server_count(url: str, sql: str, params: Sequence[Any] = ()) -> int:
    raw = Raw(url)
    try:
        return int(raw.one(sql, params))
    finally:
        raw.close()


def bench_push_and_download(be: Backend, args: argparse.Namespace, tmp: Path) -> list[Figure]:
    db = be.kind
    figures: list[Figure] = []
    work = tmp / f"{db}-main"
    work.mkdir(parents=True, exist_ok=True)
    url = be.new_url(f"{db}-main")
    floor_url = be.new_url(f"{db}-floor")
    stores = chain_stores(args.stores)
    server = ServerProcess(work, url)
    try:
        server.prepare()
        ServerProcess(work, floor_url).prepare()
        logins = seed_base(server, stores)
        t0 = time.perf_counter()
        products = seed_products(url, args.products - 3, args.seed) + 3
        say(f"{db}: {products:,} products seeded in {time.perf_counter() - t0:.1f} s")
        server.start()

        health = http_floor(server.url, args.health_samples)
        h50, h99, _ = pcts(health)
        figures.append(
            Figure(
                db,
                f"floor: HTTP round trip, GET /health x{len(health)}",
                f"p50 {ms(h50)}, p99 {ms(h99)}",
            )
        )
        say(f"{db}: GET /health p50 {ms(h50)}, p99 {ms(h99)}")

        seeder = CustomerSeeder(stores, max(args.customer_sizes or [1]), args.seed, args.balances)
        tablet: LoadTablet | None = None
        for size in sorted(args.customer_sizes) if "download" in args.parts else []:
            added, took = seeder.top_up(url, size - 2)
            say(f"{db}: {added:,} customers seeded in {took:.1f} s (now {size:,})")
            feed_sizes = _feed_sizes(url, "S001")
            # Cold: no snapshot on the server yet (it is written for this tablet);
            # warm: a second new tablet gets the snapshot just written.
            shutil.rmtree(work / "snapshots", ignore_errors=True)
            timings = []
            for attempt in ("cold", "warm") if args.warm else ("cold",):
                if tablet is not None:
                    tablet.close()
                    shutil.rmtree(tablet.data_dir, ignore_errors=True)
                tablet = new_tablet(
                    server, work / f"tablet-{size}-{attempt}", "S001", logins["S001"], args.batch
                )
                tablet.engine.page_size = args.page_size
                timings.append(timed_sync(tablet, server.process.pid))  # type: ignore[union-attr]
            bulk = bool(timings[0]["snapshots"])
            floor = download_floor(
                url, "S001", args.page_size, work / f"floor-{size}.db", bulk=bulk
            )
            (work / f"floor-{size}.db").unlink()
            figures += _download_figures(db, size, products, timings, floor, feed_sizes)
        if "push" in args.parts:
            if tablet is None:
                added, _ = seeder.top_up(url, args.push_customers)
                tablet = new_tablet(
                    server, work / "tablet-push", "S001", logins["S001"], args.batch
                )
                tablet.engine.sync_once()
            figures += _bench_push(db, args, server, tablet, floor_url)
        if tablet is not None:
            tablet.close()
    finally:
        server.stop()
        be.drop(url)
        be.drop(floor_url)
        shutil.rmtree(work, ignore_errors=True)
    return figures


def _feed_sizes(url: str, store: str) -> dict[str, int]:
    raw = Raw(url)
    sizes = {
        feed: int(n)
        for feed, n in raw.rows(
            "SELECT feed, count(*) FROM feed_row WHERE version > 0 AND (scope = ? OR scope = ?)"
            " GROUP BY feed",
            (CHAIN_SCOPE, store),
        )
    }
    raw.close()
    return sizes


def _download_figures(
    db: str,
    size: int,
    products: int,
    timings: list[dict[str, Any]],
    floor: dict[str, tuple[int, float]],
    feed_sizes: dict[str, int],
) -> list[Figure]:
    floor_total = sum(s for _, s in floor.values())
    figures = []
    for attempt, timing in zip(("cold", "warm"), timings, strict=False):
        total = timing["total"]
        rows = sum(n for n, _ in timing["feeds"].values())
        how = "one pass" if timing["snapshots"] else "paged"
        snap = (
            f"; {timing['snapshots']} snapshot file(s): asked"
            f" {secs(timing['snapshot_info_s'])}, downloaded"
            f" {secs(timing['snapshot_download_s'])}, loaded {secs(timing['snapshot_load_s'])}"
        )
        say(
            f"{db}: first download ({attempt}), {size:,} customers: {secs(total)} for"
            f" {rows:,} rows; pages: {timing['pull_requests']} requests,"
            f" {secs(timing['pull_http_s'])} in HTTP+parse{snap}; CPU: tablet"
            f" {timing['client_cpu']:.1f} s, server {timing['server_cpu']:.1f} s;"
            f" floor {secs(floor_total)}"
        )
        figures.append(
            Figure(
                db,
                f"first download ({attempt} snapshot): {products:,} products,"
                f" {size:,} customers ({rows:,} rows)",
                f"{secs(total)} ({rate(rows, total)})",
                f"{secs(floor_total)} (raw read+write, {how})" if attempt == "cold" else "",
                "<= 60 s" + ("" if size >= 1_000_000 else " (for 1M)"),
                verdict(total <= 60),
            )
        )
        for feed, (n, seconds) in timing["feeds"].items():
            if n < 100:
                continue
            f_n, f_s = floor.get(feed, (0, math.nan))
            figures.append(
                Figure(
                    db,
                    f"  feed {feed}: {n:,} rows (server holds {feed_sizes.get(feed, 0):,})",
                    f"{secs(seconds)} ({rate(n, seconds)})",
                    f"{secs(f_s)} ({rate(f_n, f_s)})" if f_n and attempt == "cold" else "",
                )
            )
        figures.append(
            Figure(
                db,
                "  pages: HTTP request + answer parsed (pydantic)",
                f"{secs(timing['pull_http_s'])} ({timing['pull_requests']} requests)",
            )
        )
        figures.append(
            Figure(
                db,
                "  CPU: tablet process / server process",
                f"{timing['client_cpu']:.1f} s / {timing['server_cpu']:.1f} s",
            )
        )
        if timing["snapshot_info_s"]:
            figures.append(
                Figure(
                    db,
                    f"  {timing['snapshots']} snapshot file(s): asked (written) / downloaded /"
                    " loaded",
                    f"{secs(timing['snapshot_info_s'])} / {secs(timing['snapshot_download_s'])}"
                    f" / {secs(timing['snapshot_load_s'])}",
                )
            )
    return figures


def _bench_push(
    db: str, args: argparse.Namespace, server: ServerProcess, tablet: LoadTablet, floor_url: str
) -> list[Figure]:
    t0 = time.perf_counter()
    made = make_sales(tablet, args.sales, random.Random(f"push:{args.seed}"))
    say(f"{db}: {made:,} offline sales made in {time.perf_counter() - t0:.1f} s (untimed)")
    with tablet.sessions.begin() as s:
        device_id = s.scalars(select(client_models.Device.id)).one()
    store = tablet.store_code
    timing = timed_sync(tablet, server.process.pid)  # type: ignore[union-attr]
    server_cpu = timing["server_cpu"]
    report = timing["report"]
    on_server = server_count(
        server.database_url, "SELECT count(*) FROM sale WHERE device_id = ?",
        (device_id if not server.database_url.startswith("sqlite") else device_id.hex,),
    )  # fmt: skip
    changes = report.pushed
    push_s = timing["push"]
    floor_s = push_floor(server.database_url, floor_url, device_id, store, args.batch)
    say(
        f"{db}: pushed {changes:,} changes ({report.acknowledged:,} acknowledged,"
        f" {report.rejected} rejected, {report.deferred} deferred) in {secs(push_s)};"
        f" {on_server:,} sales on the server; HTTP time {secs(timing['push_http_s'])} over"
        f" {timing['push_requests']} requests; CPU: server {server_cpu:.1f} s, tablet"
        f" {timing['client_cpu']:.1f} s (push and pull); sync_once"
        f" {secs(timing['total'])} (its pull: {sum(n for n, _ in timing['feeds'].values()):,}"
        f" rows); floor {secs(floor_s)}"
    )
    ok = on_server == made and report.acknowledged == changes
    return [
        Figure(
            db,
            f"push {made:,} sales = {changes:,} changes (batch {args.batch})",
            f"{secs(push_s)} ({rate(changes, push_s)})",
            f"{secs(floor_s)} ({rate(changes, floor_s)}) same rows raw",
            "<= 10 s",
            verdict(push_s <= 10) + ("" if ok else f"; ONLY {on_server} ON SERVER"),
        ),
        Figure(
            db,
            "  of which POST /v1/sync/push requests",
            f"{secs(timing['push_http_s'])} ({timing['push_requests']} requests,"
            f" server CPU {server_cpu:.1f} s)",
        ),
        Figure(
            db,
            "  sync_once in all (push, then pull what it published)",
            secs(timing["total"]),
        ),
    ]


# -- concurrency ------------------------------------------------------------------------


class Clients:
    """The load tablets: in this process (threads) or in worker processes."""

    def __init__(self, specs: list[dict[str, Any]], in_process: bool, log: Path) -> None:
        self.in_process = in_process
        self.log = log
        self.procs: list[subprocess.Popen[str]] = []
        self.tablets: list[LoadTablet] = []
        self.infos: list[dict[str, Any]] = []
        self.seed = specs[0]["seed"]
        if in_process:
            for spec in specs:
                tablets, info = setup_tablets(spec)
                self.tablets += tablets
                self.infos.append(info)
            return
        for i, spec in enumerate(specs):
            path = log / f"worker-{i}.json"
            path.write_text(json.dumps(spec), encoding="utf-8")
            self.procs.append(
                subprocess.Popen(
                    [
                        sys.executable,
                        str(Path(__file__).with_name("sync_load_worker.py")),
                        str(path),
                    ],
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    stderr=open(log / f"worker-{i}.log", "w"),  # noqa: SIM115
                    text=True,
                    cwd=ROOT,
                )
            )
        for proc in self.procs:
            self.infos.append(self._expect(proc, READY))

    def _expect(self, proc: subprocess.Popen[str], prefix: str) -> dict[str, Any]:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith(prefix):
                return dict(json.loads(line[len(prefix) :]))
        log = self.log / f"worker-{self.procs.index(proc)}.log"
        tail = log.read_text(errors="replace")[-4000:] if log.exists() else ""
        raise RuntimeError(f"load worker {proc.pid} ended ({proc.wait()}):\n{tail}")

    def run(self, **command: Any) -> dict[str, Any]:
        if self.in_process:
            return run_load(self.tablets, seed=self.seed, **command)
        for proc in self.procs:
            assert proc.stdin is not None
            proc.stdin.write(json.dumps({"cmd": "run", **command}) + "\n")
            proc.stdin.flush()
        merged: dict[str, Any] = {}
        for proc in self.procs:
            part = self._expect(proc, RESULT)
            for k, v in part.items():
                if isinstance(v, list):
                    merged[k] = merged.get(k, []) + v
                elif isinstance(v, dict):
                    d = merged.setdefault(k, {})
                    for kk, vv in v.items():
                        d[kk] = d.get(kk, 0) + vv
                elif k == "loop_end":
                    merged[k] = max(merged.get(k, 0.0), v)
                else:
                    merged[k] = merged.get(k, 0) + v
        return merged

    def close(self) -> None:
        for t in self.tablets:
            t.close()
        for proc in self.procs:
            try:
                if proc.poll() is None and proc.stdin is not None:
                    proc.stdin.write(json.dumps({"cmd": "quit"}) + "\n")
                    proc.stdin.flush()
                proc.wait(30)
            except (OSError, subprocess.TimeoutExpired):
                proc.kill()
                proc.wait(10)


def server_errors(server: ServerProcess, since: int) -> str:
    """The distinct error lines the server logged after byte `since` of its log."""
    log = server.data_dir / "server.log"
    if not log.exists():
        return ""
    with log.open("rb") as f:
        f.seek(since)
        text = f.read().decode(errors="replace")
    seen: dict[str, int] = {}
    for line in text.splitlines():
        if any(w in line for w in ("Error", "error:", "Exception", "Timeout")):
            seen[line.strip()[:200]] = seen.get(line.strip()[:200], 0) + 1
    return "; ".join(f"{n}x {line}" for line, n in list(seen.items())[-6:])


def log_size(server: ServerProcess) -> int:
    log = server.data_dir / "server.log"
    return log.stat().st_size if log.exists() else 0


def probe_health(url: str, stop: threading.Event, out: list[float]) -> None:
    """GET /health every 50 ms while the load runs: the server's own queueing."""
    with requests.Session() as http:
        while not stop.is_set():
            t0 = time.perf_counter()
            try:
                http.get(url + "/health", timeout=30)
                out.append((time.perf_counter() - t0) * 1000)
            except requests.RequestException:
                out.append(math.inf)
            stop.wait(0.05)


def run_duration(args: argparse.Namespace, interval: float) -> float:
    """At a slow pace, long enough for each tablet to push about three times."""
    return max(args.duration, 3 * interval) if interval >= 10 else args.duration


def bench_load(be: Backend, args: argparse.Namespace, tmp: Path) -> list[Figure]:
    db = be.kind
    figures: list[Figure] = []
    work = tmp / f"{db}-load"
    work.mkdir(parents=True, exist_ok=True)
    url = be.new_url(f"{db}-load")
    stores = chain_stores(args.stores)
    server = ServerProcess(work, url)
    worker_counts = [1] if db == "sqlite" else args.pg_workers
    runs = [(w, iv) for w in worker_counts for iv in args.intervals]
    # Sales made before the clock starts: what each run could use at its nominal pace,
    # at most --max-premade (a saturated server takes far fewer; a tablet that runs out
    # is counted as "ran dry").
    per_tablet = sum(
        min(args.per_tick * (math.ceil(run_duration(args, iv) / iv * 1.25) + 1), args.max_premade)
        for _, iv in runs
    )
    clients: Clients | None = None
    try:
        server.prepare()
        logins = seed_base(server, stores)
        seed_products(url, args.load_products, args.seed)
        CustomerSeeder(stores, args.load_customers, args.seed + 1, args.balances).top_up(
            url, args.load_customers
        )
        server.start(workers=worker_counts[0])
        entries = []
        with server.admin() as s:
            for i in range(args.tablets):
                store = stores[i % len(stores)]
                entries.append(
                    {
                        "dir": str(work / f"t{i:03d}"),
                        "store": store,
                        "code": issue_code(s, store_code=store, now=datetime.now(UTC)),
                        "staff_code": logins[store][0],
                        "pin": logins[store][1],
                    }
                )
        procs = max(1, args.client_procs)
        specs = [
            {
                "server_url": server.url,
                "tablets": entries[p::procs],
                "sales_per_tablet": per_tablet,
                "batch": args.batch,
                "seed": args.seed,
            }
            for p in range(procs)
        ]
        t0 = time.perf_counter()
        clients = Clients(specs, in_process=procs == 1, log=work)
        made = sum(i["made"] for i in clients.infos)
        say(
            f"{db}: {args.tablets} tablets registered, downloaded and {made:,} sales pre-made"
            f" ({per_tablet} each) in {time.perf_counter() - t0:.0f} s"
            f" ({'threads in this process' if procs == 1 else f'{procs} worker processes'})"
        )
        current_workers = worker_counts[0]
        for workers, interval in runs:
            if workers != current_workers:
                server.stop()
                server.start(workers=workers)
                current_workers = workers
            figures += _load_run(db, args, server, clients, workers, interval, url)
    finally:
        if clients is not None:
            clients.close()
        server.stop()
        be.drop(url)
        shutil.rmtree(work, ignore_errors=True)
    return figures


def _load_run(
    db: str,
    args: argparse.Namespace,
    server: ServerProcess,
    clients: Clients,
    workers: int,
    interval: float,
    url: str,
) -> list[Figure]:
    assert server.process is not None
    before = server_count(url, "SELECT count(*) FROM sale")
    stop = threading.Event()
    probes: list[float] = []
    prober = threading.Thread(target=probe_health, args=(server.url, stop, probes), daemon=True)
    start = time.time() + 2.0
    log_mark = log_size(server)
    load0 = os.getloadavg()[0]
    cpu0 = cpu_of_tree(server.process.pid)
    prober.start()
    result = clients.run(
        start=start,
        duration=run_duration(args, interval),
        interval=interval,
        per_tick=args.per_tick,
    )
    stop.set()
    prober.join()
    server_cpu = cpu_of_tree(server.process.pid) - cpu0
    window = [p for p in result["pushes"] if p[0] <= result["loop_end"]]
    ok_pushes = [p for p in window if not p[3]]
    latencies = [p[1] for p in ok_pushes]
    p50, p99, top = pcts(latencies)
    elapsed = result["loop_end"] - start
    changes = sum(p[2] for p in ok_pushes)
    offered = args.tablets * args.per_tick * 2 / interval
    on_server = server_count(url, "SELECT count(*) FROM sale") - before
    entries = server_count(url, "SELECT count(*) FROM ledger_entry")
    exact = on_server == result["released"] == result["acknowledged"] and not result["waiting"]
    lag50, lag99, _ = pcts(result["lag_ms"])
    h50, h99, _ = pcts([v for v in probes if v != math.inf])
    errors = ", ".join(f"{k} {v}" for k, v in sorted(result["errors"].items())) or "none"
    say(
        f"{db} x{workers} worker(s), every {interval:g} s: {len(window)} pushes, {changes:,}"
        f" changes in {elapsed:.1f} s ({rate(changes, elapsed)}; offered {offered:,.0f}/s);"
        f" push p50 {ms(p50)} p99 {ms(p99)} max {ms(top)}; errors: {errors};"
        f" ticks behind schedule {result['behind']}, ran dry {result['dry']};"
        f" client wake-up lag p50 {ms(lag50)}"
        f" p99 {ms(lag99)}; /health under load p50 {ms(h50)} p99 {ms(h99)};"
        f" server CPU {server_cpu:.1f} s, clients CPU {result['cpu_s']:.1f} s;"
        f" load {load0:.2f}->{os.getloadavg()[0]:.2f}; released {result['released']:,},"
        f" acknowledged {result['acknowledged']:,}, on the server {on_server:,}"
        f" (ledger entries in all {entries:,}), still waiting {result['waiting']}"
    )
    if result["errors"]:
        say(f"  server log: {server_errors(server, log_mark) or 'nothing logged'}")
    name = f"{args.tablets} tablets x {args.per_tick} sales / {interval:g} s, {workers} worker(s)"
    target_applies = db == "postgresql"
    return [
        Figure(
            db,
            name,
            f"p50 {ms(p50)}, p99 {ms(p99)}; {rate(changes, elapsed)} changes",
            f"GET /health alone p50 {ms(h50)}, p99 {ms(h99)}",
            "p99 <= 250 ms" + ("" if target_applies else " (PG)"),
            verdict(p99 <= 250) + ("" if exact else "; NOT EXACTLY ONCE"),
        ),
        Figure(
            db,
            "  every sale once; offered / achieved",
            f"{on_server:,} sales on server = {result['released']:,} released"
            if exact
            else f"server {on_server:,}, released {result['released']:,},"
            f" acked {result['acknowledged']:,}, waiting {result['waiting']}",
            f"offered {offered:,.0f}/s changes, errors {errors}",
        ),
    ]


# -- the run ----------------------------------------------------------------------------


QUICK = dict(
    sales=400,
    tablets=10,
    products=2000,
    customers="1000,5000",
    duration=8.0,
    intervals="3,0.3",
    load_customers=500,
    load_products=100,
    health_samples=200,
)


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--sales", type=int, default=10_000, help="offline sales to push (10000)")
    parser.add_argument(
        "--batch",
        type=int,
        default=MAX_BATCH_CHANGES,
        help=f"changes per push (the app's {MAX_BATCH_CHANGES})",
    )
    parser.add_argument("--products", type=int, default=50_000)
    parser.add_argument(
        "--customers", default="10000,100000", help="first-download sizes (10000,100000)"
    )
    parser.add_argument(
        "--no-balances",
        dest="balances",
        action="store_false",
        help="seed no points balances (default: every club member has one)",
    )
    parser.add_argument(
        "--no-warm",
        dest="warm",
        action="store_false",
        help="skip the second download (snapshot files already written)",
    )
    parser.add_argument("--stores", type=int, default=15, help="stores in the chain (15)")
    parser.add_argument("--page-size", type=int, default=2000, help="rows per pull (engine: 2000)")
    parser.add_argument("--tablets", type=int, default=100)
    parser.add_argument("--interval", type=float, help="seconds between pushes (one run)")
    parser.add_argument("--intervals", default="30,3,0.3",
                        help="seconds between pushes, a run each: the real pace, then"
                        " accelerated (30,3,0.3)")  # fmt: skip
    parser.add_argument("--per-tick", type=int, default=5, help="sales per push (5)")
    parser.add_argument(
        "--duration",
        type=float,
        default=30.0,
        help="seconds of load (30; at an interval of 10 s or more, at least 3 intervals)",
    )
    parser.add_argument("--pg-workers", default="1,4", help="server workers on PostgreSQL")
    parser.add_argument("--client-procs", type=int, default=2,
                        help="worker processes for the tablets; 1 = threads here (2)")  # fmt: skip
    parser.add_argument("--max-premade", type=int, default=150,
                        help="sales made before each run, per tablet (150)")  # fmt: skip
    parser.add_argument("--load-products", type=int, default=200)
    parser.add_argument("--load-customers", type=int, default=1000)
    parser.add_argument("--push-customers", type=int, default=10_000,
                        help="customers when the download part is skipped")  # fmt: skip
    parser.add_argument("--health-samples", type=int, default=HEALTH_SAMPLES)
    parser.add_argument("--parts", default="download,push,load")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--quick", action="store_true", help="a small smoke run")
    first, _ = parser.parse_known_args()
    if first.quick:
        parser.set_defaults(**QUICK)
    args = parser.parse_args()
    args.customer_sizes = [int(v) for v in str(args.customers).split(",") if v.strip()]
    args.intervals = (
        [args.interval]
        if args.interval
        else [float(v) for v in args.intervals.split(",") if v.strip()]
    )
    args.pg_workers = [int(v) for v in str(args.pg_workers).split(",") if v.strip()]
    args.parts = {p.strip() for p in args.parts.split(",")}
    return args


def main() -> int:
    args = parse_args()
    print(
        f"{os.cpu_count()} CPUs (server, PostgreSQL and the tablets all share them), load"
        f" average {os.getloadavg()[0]:.2f} at start; Python {sys.version.split()[0]}",
        flush=True,
    )
    print(f"command: {' '.join(sys.argv)}", flush=True)
    kinds = ["sqlite", "postgresql"] if args.db == "both" else [args.db]
    figures: list[Figure] = []
    notes: list[str] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="bench-sync-") as name, ExitStack():
        tmp = Path(name)
        for kind in kinds:
            with backend(kind, tmp) as be:
                notes += be.notes
                say(be.notes[0])
                if args.parts & {"download", "push"}:
                    figures += bench_push_and_download(be, args, tmp)
                if "load" in args.parts:
                    figures += bench_load(be, args, tmp)
    print()
    print_table(figures)
    print()
    for note in notes:
        print(note)
    status = Path("/proc/self/status").read_text()
    hwm = next((ln.split()[1] for ln in status.splitlines() if ln.startswith("VmHWM")), "0")
    print(
        f"{os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.2f} at the end;"
        f" {time.perf_counter() - started:.0f} s in all; peak RSS of this process"
        f" {int(hwm) / 1024:.0f} MB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

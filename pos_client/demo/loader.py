"""Fill a local store with generated demo data, fast enough for a million customers.

Contract:
- Deterministic: the same seed and `today` give the same products,
  customers and purchase history (row for row, ids included). Staff PIN
  hashes are salted, so those differ.
- Idempotent by section: the device, the points rule and each demo staff
  code are created only when missing; products are generated only into an
  empty `product` table and customers (with their purchase history) only
  into an empty `customer` table. A section that already has rows is
  skipped with a progress message, so running twice adds nothing and
  never fails on a duplicate card, phone or code.
- Speed: rows go in through the DBAPI connection with `executemany`, in
  one transaction per section (all or nothing). The customer search
  index (FTS5) is rebuilt once at the end instead of row by row.
"""

from __future__ import annotations

import random
import sqlite3
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from demo_data.catalogue import DemoProduct, generate_catalogue
from demo_data.people import DemoCustomer, DemoPurchase, Sellable, generate_customers
from demo_data.staff import DEMO_STAFF, DEMO_STORE
from pos_client.services.setup import (
    device_info,
    ensure_device,
    is_set_up,
    points_rule,
    set_points_per_euro,
)
from pos_client.services.staff import add_staff
from pos_client.store.models import Customer, Product, Setting, Staff

Progress = Callable[[str], None]


BATCH = 20_000
_LOAD_CACHE_KIB = 512 * 1024  # page cache while loading; the store's own is 32 MB
_STORE_CACHE_KIB = 32_000

# The migration's insert trigger, recreated as-is after a bulk load.
_SEARCH_TRIGGER = (
    "CREATE TRIGGER customer_search_ai AFTER INSERT ON customer BEGIN "
    "INSERT INTO customer_search(rowid, search_name) VALUES (new.seq, new.search_name); END"
)


@dataclass(frozen=True)
class DemoSummary:
    """What one run added (zero for a skipped section) and how long it took."""

    customers: int
    products: int
    purchase_history: int
    staff_codes: tuple[str, ...]
    seconds: float
    skipped: tuple[str, ...] = ()

    def __str__(self) -> str:
        text = (
            f"demo data: {self.customers:,} customers, {self.products:,} products, "
            f"{self.purchase_history:,} past purchases, staff {', '.join(self.staff_codes)} "
            f"in {self.seconds:.1f} s"
        )
        if self.skipped:
            text += f" (already there, skipped: {', '.join(self.skipped)})"
        return text


def fill_demo_data(
    session_factory: sessionmaker[Session],
    *,
    customers: int,
    products: int,
    seed: int = 42,
    progress: Progress | None = None,
    today: date | None = None,
) -> DemoSummary:
    """Fill the store with a demo device, staff, catalogue, customers and history."""
    say = progress or (lambda _message: None)
    started = time.perf_counter()
    today = today or datetime.now(UTC).date()
    skipped: list[str] = []
    with session_factory.begin() as session:
        staff_codes = _ensure_setup(session)
        points_per_euro = points_rule(session).points_per_euro
        device = device_info(session)
    say(
        f"device {device.store_code}-{device.device_code} ready; "
        f"staff added: {', '.join(staff_codes) or 'none'}"
    )

    made_products = 0
    with session_factory.begin() as session:
        if _count(session, Product):
            skipped.append("products")
            say("products: the catalogue is not empty, left as it is")
        elif products > 0:
            rng = random.Random(f"demo-products:{seed}")
            epoch_ms = _midnight_ms(today) - 400 * 86_400_000
            rows = generate_catalogue(rng, products, epoch_ms=epoch_ms)
            _insert(_raw(session), "product", DemoProduct._fields, rows)
            made_products = len(rows)
            say(f"products: {made_products:,} written")

    made_customers = made_history = 0
    with session_factory.begin() as session:
        if _count(session, Customer):
            skipped.append("customers")
            say("customers: the customer table is not empty, left as it is")
        elif customers > 0:
            made_customers, made_history = _load_customers(
                session,
                count=customers,
                seed=seed,
                today=today,
                points_per_euro=points_per_euro,
                say=say,
                started=started,
            )
    if made_customers:
        _checkpoint(session_factory)
    return DemoSummary(
        customers=made_customers,
        products=made_products,
        purchase_history=made_history,
        staff_codes=staff_codes,
        seconds=round(time.perf_counter() - started, 2),
        skipped=tuple(skipped),
    )


def _ensure_setup(session: Session) -> tuple[str, ...]:
    """Create the device, the points rule and the demo staff that are missing."""
    if not is_set_up(session):
        ensure_device(session, **DEMO_STORE)
    if session.get(Setting, "points_per_euro") is None:
        set_points_per_euro(session, 1)
    existing = set(session.scalars(select(Staff.code)))
    added = []
    for person in DEMO_STAFF:
        if person.code not in existing:
            add_staff(session, code=person.code, name=person.name, role=person.role, pin=person.pin)
            added.append(person.code)
    return tuple(added)


def _load_customers(
    session: Session,
    *,
    count: int,
    seed: int,
    today: date,
    points_per_euro: int,
    say: Progress,
    started: float,
) -> tuple[int, int]:
    sellables = [
        Sellable(name, price, points)
        for name, price, points in session.execute(
            select(Product.name, Product.price_cents, Product.points_per_unit)
            .where(Product.active, Product.price_cents > 0)
            .order_by(Product.code)
        )
    ]
    if not sellables:
        say("purchase history: no active products, customers get none")
    rng = random.Random(f"demo-customers:{seed}")
    made = history = 0
    raw = _raw(session)
    # One index rebuild at the end is much cheaper than a trigger per row.
    raw.execute("DROP TRIGGER customer_search_ai")
    raw.execute(f"PRAGMA cache_size=-{_LOAD_CACHE_KIB}")
    try:
        for customers, purchases in generate_customers(
            rng,
            count,
            today=today,
            sellables=sellables,
            points_per_euro=points_per_euro,
            batch=BATCH,
        ):
            _insert(raw, "customer", DemoCustomer._fields, customers)
            _insert(raw, "purchase_history", DemoPurchase._fields, purchases)
            made += len(customers)
            history += len(purchases)
            if made % 100_000 < BATCH or made == count:
                elapsed = time.perf_counter() - started
                say(f"customers: {made:,} of {count:,}, {history:,} purchases ({elapsed:.0f} s)")
        say("customers: building the name search index")
        raw.execute("INSERT INTO customer_search(customer_search) VALUES('rebuild')")
    finally:
        raw.execute(f"PRAGMA cache_size=-{_STORE_CACHE_KIB}")
    raw.execute(_SEARCH_TRIGGER)
    return made, history


def _raw(session: Session) -> sqlite3.Connection:
    """Return the session's sqlite3 connection, inside its open transaction."""
    dbapi: Any = session.connection().connection.driver_connection
    return dbapi  # type: ignore[no-any-return]


def _insert(
    raw: sqlite3.Connection, table: str, columns: Sequence[str], rows: Iterable[Sequence[object]]
) -> None:
    """Insert plain rows in column order, bypassing the ORM for speed.

    Values must already be in the store's SQLite format: UUIDs as 32 hex
    digits (as SQLAlchemy's `Uuid` stores them), dates 'YYYY-MM-DD',
    UTC datetimes as ISO text with microseconds, booleans as 0/1.
    """
    marks = ", ".join("?" * len(columns))
    raw.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)


def _count(session: Session, model: type[Any]) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def _midnight_ms(day: date) -> int:
    return int(datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp() * 1000)


def _checkpoint(session_factory: sessionmaker[Session]) -> None:
    """Fold the write-ahead log back into the file and shrink it after a big load."""
    raw = session_factory.kw["bind"].raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()

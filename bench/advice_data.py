"""Data for bench/bench_advice.py: a tablet's purchases and consents, head office's tickets.

Everything is drawn from a seeded `random.Random` and written with raw `executemany`
(as pos_client.demo.loader does), in the store's or the server's own column formats.
"""

from __future__ import annotations

import random
import sqlite3
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import orjson

BATCH = 20_000
LINES_PER_TICKET = ((1, 2, 3, 4), (40, 30, 20, 10))  # 1-4 lines, mean 2
QUANTITIES = ((1, 2, 3), (88, 10, 2))


def new_id(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def _lines(rng: random.Random, pick: Callable[[], Any]) -> list[Any]:
    """1-4 distinct products for one ticket."""
    wanted = rng.choices(*LINES_PER_TICKET)[0]
    chosen: list[Any] = []
    for _ in range(wanted * 2):
        product = pick()
        if product not in chosen:
            chosen.append(product)
        if len(chosen) == wanted:
            break
    return chosen


# -- the tablet: purchases (the purchases feed) and consents ---------------------------------


@dataclass(frozen=True)
class TabletHistory:
    purchases: int
    returns: int
    lines: int


def fill_purchases(
    raw: sqlite3.Connection,
    rng: random.Random,
    *,
    customers: Sequence[str],
    products: Sequence[str],
    today: date,
    mean: float,
    days: int,
    return_share: float,
) -> TabletHistory:
    """Write `purchase` rows: each customer's tickets over `days`, some returned later.

    A customer keeps a routine of a few favourite products that most lines come from
    (what makes replenishment reminders), the other lines are anything with a kind.
    `customers` are hex ids as the store keeps them; `products` are UUID strings, as
    the purchases feed sends them in `lines`.
    """
    rows: list[tuple[str, str, str, str | None, str]] = []
    made = returned = lines = 0
    sql = "INSERT INTO purchase (sale_id, customer_id, day, of_sale, lines) VALUES (?, ?, ?, ?, ?)"
    for customer in customers:
        favourites = rng.sample(products, rng.randint(2, 5))

        def pick(favourites: list[str] = favourites) -> str:
            return rng.choice(favourites) if rng.random() < 0.6 else rng.choice(products)

        # 1 + floor(Exp): mean `mean`, a long tail of regulars.
        for _ in range(1 + int(rng.expovariate(1 / (mean - 0.5)))):
            sale_id = new_id(rng).hex
            day = today - timedelta(days=rng.randrange(days))
            bought = [(p, rng.choices(*QUANTITIES)[0]) for p in _lines(rng, pick)]
            rows.append((sale_id, customer, day.isoformat(), None, _json(bought)))
            made += 1
            lines += len(bought)
            if rng.random() < return_share:
                back = rng.sample(bought, rng.randint(1, len(bought)))
                on = min(today, day + timedelta(days=rng.randint(0, 14)))
                taken = [(p, -rng.randint(1, q)) for p, q in back]
                rows.append((new_id(rng).hex, customer, on.isoformat(), sale_id, _json(taken)))
                returned += 1
                lines += len(taken)
        if len(rows) >= BATCH:
            raw.executemany(sql, rows)
            rows.clear()
    raw.executemany(sql, rows)
    return TabletHistory(made, returned, lines)


def _json(lines: list[tuple[str, int]]) -> str:
    return orjson.dumps([{"product_id": p, "quantity": q} for p, q in lines]).decode()


def set_consents(raw: sqlite3.Connection, rng: random.Random) -> dict[str, int]:
    """Give every customer a consent state: members mostly with some marketing channels."""
    counts = {"members": 0, "sms": 0, "email": 0, "skin_data": 0}
    updates = []
    for customer_id, member in raw.execute("SELECT id, club_member FROM customer").fetchall():
        if member:
            state = {
                "club": True,
                "sms": rng.random() < 0.45,
                "email": rng.random() < 0.40,
                "profiling": rng.random() < 0.30,
                "skin_data": rng.random() < 0.20,
            }
            counts["members"] += 1
            for k in ("sms", "email", "skin_data"):
                counts[k] += state[k]
        else:
            state = dict.fromkeys(("club", "sms", "email", "profiling", "skin_data"), False)
        updates.append((orjson.dumps(state).decode(), customer_id))
    raw.executemany("UPDATE customer SET consent_state = ? WHERE id = ?", updates)
    return counts


# -- head office: products and tickets -------------------------------------------------------


def binder(table: str, columns: Sequence[str]) -> Callable[[Sequence[Any]], tuple[Any, ...]]:
    """Turn Python values into what the server's column types store on SQLite."""
    from sqlalchemy.dialects import sqlite as sqlite_dialect

    from sync_server import models

    dialect = sqlite_dialect.dialect()
    procs = [
        models.Base.metadata.tables[table].c[c].type._cached_bind_processor(dialect)
        for c in columns
    ]

    def bind(values: Sequence[Any]) -> tuple[Any, ...]:
        return tuple(
            v if p is None or v is None else p(v) for p, v in zip(procs, values, strict=True)
        )

    return bind


def insert(con: sqlite3.Connection, table: str, columns: Sequence[str], rows: Any) -> None:
    bind = binder(table, columns)
    marks = ", ".join("?" * len(columns))
    con.executemany(
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", (bind(r) for r in rows)
    )


@dataclass(frozen=True)
class Ticketing:
    """How tickets are drawn: a popular few, a long tail, and pairs bought together."""

    products: Sequence[tuple[uuid.UUID, str, str, int]]
    """(id, code, name, price_cents) of the whole catalogue."""
    popular: int
    popular_share: float
    planted: list[tuple[int, int]]
    """Indexes into `products` of the planted pairs."""
    planted_share: float
    """Share of tickets that hold one planted pair (spread over the pairs)."""


def plan_tickets(
    rng: random.Random, products: Sequence[tuple[uuid.UUID, str, str, int]], *, pairs: int
) -> Ticketing:
    """A few hundred popular products (Zipf-like), and `pairs` planted pairs: half among
    the popular ones (from rank 100 on, where chance pairs are still rare), half in the tail."""
    popular = min(300, len(products) // 4)
    pool_popular = list(range(min(100, popular // 3), popular))
    pool_tail = list(range(popular, len(products)))
    chosen = rng.sample(pool_popular, pairs) + rng.sample(pool_tail, pairs)
    rng.shuffle(chosen)
    planted = [(chosen[2 * i], chosen[2 * i + 1]) for i in range(pairs)]
    return Ticketing(products, popular, 0.5, planted, 0.03)


def tickets(
    rng: random.Random,
    plan: Ticketing,
    *,
    count: int,
    old: int,
    now: datetime,
    window_days: int,
    return_share: float,
) -> Iterator[tuple[Any, ...]]:
    """`sale` rows (with their canonical JSON payload): `count` sales in the window,
    `old` sales before it, returns of about `return_share` of them."""
    weights = [1 / (r + 1) ** 0.8 for r in range(plan.popular)]
    cum = list(_accumulate(weights))
    n = len(plan.products)

    def pick() -> int:
        if rng.random() < plan.popular_share:
            return rng.choices(range(plan.popular), cum_weights=cum)[0]
        return rng.randrange(n)

    store_devices = [(f"S{s:03d}", f"T{d:02d}", new_id(rng)) for s in range(1, 16) for d in (1, 2)]
    staff = [new_id(rng) for _ in range(60)]
    numbers = dict.fromkeys([(s, d) for s, d, _ in store_devices], 0)
    window = timedelta(days=window_days).total_seconds()
    for i in range(count + old):
        store, device, device_id = rng.choice(store_devices)
        numbers[store, device] += 1
        ago = rng.uniform(0, window) if i < count else rng.uniform(window + 3600, 2 * window)
        at = now - timedelta(seconds=ago)
        chosen = _lines(rng, pick)
        if rng.random() < plan.planted_share:
            a, b = rng.choice(plan.planted)
            chosen = [a, b, *[c for c in chosen if c not in (a, b)][: rng.randint(0, 2)]]
        customer = new_id(rng) if rng.random() < 0.7 else None
        sale = _payload(rng, plan, chosen, store, device, numbers[store, device], customer, at)
        yield _sale_row(sale, device_id, rng.choice(staff), at)
        if rng.random() < return_share:
            numbers[store, device] += 1
            back = rng.sample(chosen, 1)
            later = min(now, at + timedelta(days=rng.randint(0, 20)))
            ret = _payload(
                rng, plan, back, store, device, numbers[store, device], customer, later, sale
            )
            yield _sale_row(ret, device_id, rng.choice(staff), later)


def _accumulate(values: Sequence[float]) -> Iterator[float]:
    total = 0.0
    for v in values:
        total += v
        yield total


SALE_COLUMNS = (
    "id", "kind", "store_code", "device_id", "receipt_number", "customer_id", "staff_id",
    "occurred_at", "total_cents", "points_earned", "record_hash", "payload", "flags",
    "received_at",
)  # fmt: skip


def _payload(
    rng: random.Random,
    plan: Ticketing,
    chosen: Sequence[int],
    store: str,
    device: str,
    number: int,
    customer: uuid.UUID | None,
    at: datetime,
    of: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A sale (or, with `of`, a return of it) as a counter sends it: SalePayload's fields."""
    sign = -1 if of else 1
    lines = []
    for no, index in enumerate(chosen, 1):
        product_id, code, name, price = plan.products[index]
        quantity = sign * rng.choices(*QUANTITIES)[0]
        net = price * quantity
        lines.append(
            {
                "line_id": str(new_id(rng)),
                "line_no": no,
                "product_id": str(product_id),
                "code": code,
                "name": name[:160],
                "quantity": quantity,
                "unit_price_cents": price,
                "vat_rate": 21,
                "line_discount_cents": 0,
                "ticket_discount_cents": 0,
                "net_cents": net,
                "points": net // 100,
                "returns_line_id": None,
            }
        )
    total = sum(line["net_cents"] for line in lines)
    base = round(total / 1.21)
    prefix = "R" if of else ""
    return {
        "sale_id": str(new_id(rng)),
        "kind": "return" if of else "sale",
        "receipt_number": f"{store}-{device}-{prefix}{number:06d}",
        "series": f"{device}{prefix}",
        "number": number,
        "store_code": store,
        "device_code": device,
        "customer_id": str(customer) if customer else None,
        "staff_id": str(new_id(rng)),
        "occurred_at": at.isoformat(),
        "lines": lines,
        "ticket_discount_cents": 0,
        "total_cents": total,
        "vat": [{"rate": 21, "base_cents": base, "vat_cents": total - base, "gross_cents": total}],
        "payments": [
            {"method": "card", "amount_cents": total, "tendered_cents": None, "change_cents": None}
        ],
        "points_earned": total // 100 if customer else 0,
        "original_sale_id": of["sale_id"] if of else None,
        "previous_hash": f"{rng.getrandbits(256):064x}",
        "record_hash": f"{rng.getrandbits(256):064x}",
    }


def _sale_row(
    sale: dict[str, Any], device_id: uuid.UUID, staff_id: uuid.UUID, at: datetime
) -> tuple[Any, ...]:
    payload = orjson.dumps(sale, option=orjson.OPT_SORT_KEYS).decode()
    customer = uuid.UUID(sale["customer_id"]) if sale["customer_id"] else None
    return (
        uuid.UUID(sale["sale_id"]), sale["kind"], sale["store_code"], device_id,
        sale["receipt_number"], customer, staff_id, at, sale["total_cents"],
        sale["points_earned"], sale["record_hash"], payload, [],
        at + timedelta(minutes=5),
    )  # fmt: skip


PRODUCT_COLUMNS = (
    "id", "code", "code_kind", "name", "brand", "category", "size", "price_cents",
    "vat_rate", "points_per_unit", "active", "kind", "tags", "duration_days", "updated_at",
)  # fmt: skip


def fill_server(
    con: sqlite3.Connection,
    rng: random.Random,
    *,
    products: int,
    sales: int,
    old: int,
    pairs: int,
    now: datetime,
    window_days: int,
    return_share: float,
) -> tuple[Ticketing, dict[str, int]]:
    """Write the catalogue and the tickets into a migrated server database."""
    try:
        from demo_data.catalogue import generate_catalogue
    except ImportError:  # pragma: no cover - an older tree
        from pos_client.demo.catalogue import generate_catalogue  # type: ignore[no-redef]

    catalogue = generate_catalogue(rng, products, epoch_ms=0)
    stamp = datetime(2026, 1, 1, tzinfo=UTC)
    con.execute("BEGIN")
    insert(
        con,
        "product",
        PRODUCT_COLUMNS,
        (
            (uuid.UUID(hex=p.id), *p[1:-2], orjson.loads(p.tags), p.duration_days, stamp)
            for p in catalogue
        ),
    )
    listed = [(uuid.UUID(hex=p.id), p.code, p.name, p.price_cents or 100) for p in catalogue]
    plan = plan_tickets(rng, listed, pairs=pairs)
    counts = {"sale": 0, "return": 0}
    batch: list[tuple[Any, ...]] = []
    made = tickets(
        rng, plan, count=sales, old=old, now=now, window_days=window_days, return_share=return_share
    )
    for row in made:
        counts[row[1]] += 1
        batch.append(row)
        if len(batch) >= BATCH:
            insert(con, "sale", SALE_COLUMNS, batch)
            batch.clear()
    insert(con, "sale", SALE_COLUMNS, batch)
    con.execute("COMMIT")
    return plan, counts

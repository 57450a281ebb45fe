"""A demo chain on the server: stores, staff, catalogue and customers, in bulk.

The same deterministic generators as the tablet's own demo loader
(`demo_data`), so `sync-server demo-data` gives a server that a newly
registered tablet downloads in full. Idempotent: a chain that already has
products or customers keeps them.
"""

from __future__ import annotations

import json
import random
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from demo_data.catalogue import generate_catalogue
from demo_data.people import STORES, Sellable, generate_customers
from demo_data.staff import DEMO_STAFF, DEMO_STORE
from loyalty_core.feeds import CHAIN_SCOPE, BalanceRow, Feed, PairingRow, ProductRow, PurchaseRow
from loyalty_core.ids import uuid7
from loyalty_core.pairings import count_baskets, rank_partners
from sync_server.advice.models import Pairing
from sync_server.catalogue.models import Product
from sync_server.customers.models import Balance, Customer, CustomerStore
from sync_server.customers.service import directory_row, profile_row
from sync_server.demo_manager import load_manager_demo
from sync_server.ledger.models import LedgerEntry
from sync_server.staff.service import add_staff
from sync_server.stores.models import Store
from sync_server.stores.service import create_store, lookup_secret
from sync_server.sync.feeds import publish_new
from sync_server.sync.models import FeedRow

Progress = Callable[[str], None]
BATCH = 20_000


def load_demo(
    session: Session,
    *,
    customers: int,
    products: int,
    seed: int = 7,
    today: date | None = None,
    progress: Progress = print,
) -> None:
    """Create the demo chain (in the caller's transaction)."""
    now = datetime.now(UTC)
    today = today or now.date()
    rng = random.Random(seed)
    for store in STORES:
        if session.get(Store, store.code) is None:
            header = DEMO_STORE if store.code == DEMO_STORE["store_code"] else {}
            create_store(
                session,
                code=store.code,
                name=store.name,
                address=str(header.get("store_address", store.city)),
                tax_id=str(header.get("store_tax_id", "")),
                now=now,
            )
    from sync_server.staff.models import Staff

    for person in DEMO_STAFF:
        if session.scalars(select(Staff).where(Staff.code == person.code)).first() is None:
            add_staff(
                session,
                store_code=DEMO_STORE["store_code"],
                code=person.code,
                name=person.name,
                role=person.role,
                pin=person.pin,
                now=now,
            )
    catalogue = _load_catalogue(session, rng, products, now, progress)
    _load_customers(session, rng, customers, catalogue, today, now, progress)
    _load_care_purchases(session, random.Random(f"demo-purchases:{seed}"), today, now, progress)
    load_manager_demo(
        session, store_code=str(DEMO_STORE["store_code"]), today=today, now=now, progress=progress
    )


def _load_catalogue(
    session: Session, rng: random.Random, count: int, now: datetime, progress: Progress
) -> list[Sellable]:
    if session.scalar(select(func.count()).select_from(Product)):
        progress("products: already there, kept")
        rows = session.execute(select(Product.name, Product.price_cents, Product.points_per_unit))
        return [Sellable(*r) for r in rows]
    made = generate_catalogue(rng, count, epoch_ms=int(now.timestamp() * 1000))
    values = [
        {**p._asdict(), "id": uuid.UUID(hex=p.id), "tags": json.loads(p.tags), "updated_at": now}
        for p in made
    ]
    for start in range(0, len(values), BATCH):
        chunk = values[start : start + BATCH]
        session.execute(insert(Product), chunk)
        publish_new(
            session,
            Feed.CATALOGUE,
            CHAIN_SCOPE,
            [(str(v["id"]), ProductRow.model_validate(v).model_dump(mode="json")) for v in chunk],
            now=now,
        )
    progress(f"products: {len(made)}")
    return [Sellable(p.name, p.price_cents, p.points_per_unit) for p in made]


def _paper_consents(customer_id: str) -> dict[str, bool]:
    """The demo's members joined on paper, before the app: head office keeps their choices.

    Drawn from the id, so the same demo chain always has the same choices.
    """
    draw = int(customer_id[-8:], 16)
    shares = {"email": 60, "sms": 35, "profiling": 45, "skin_data": 25}
    state = {"club": True}
    for i, (purpose, percent) in enumerate(shares.items()):
        state[purpose] = (draw >> (7 * i)) % 100 < percent
    return state


def _load_customers(
    session: Session,
    rng: random.Random,
    count: int,
    sellables: list[Sellable],
    today: date,
    now: datetime,
    progress: Progress,
) -> None:
    if session.scalar(select(func.count()).select_from(Customer)):
        progress("customers: already there, kept")
        return
    secret = lookup_secret(session)
    home = DEMO_STORE["store_code"]
    done = 0
    for batch, _history in generate_customers(
        rng, count, today=today, sellables=sellables, points_per_euro=1, batch=BATCH
    ):
        rows = [
            Customer(
                id=uuid.UUID(hex=c.id),
                card_number=c.card_number,
                first_name=c.first_name,
                last_names=c.last_names,
                national_id=c.national_id,
                phone=c.phone,
                email=c.email,
                birth_date=date.fromisoformat(c.birth_date) if c.birth_date else None,
                postal_code=c.postal_code,
                language=c.language,
                club_member=c.club_member,
                enrolled_on=date.fromisoformat(c.enrolled_on) if c.enrolled_on else None,
                consents=_paper_consents(c.id) if c.club_member else None,
                home_store=home,
                created_at=datetime.fromisoformat(c.created_at),
                field_clocks={},
            )
            for c in batch
        ]
        session.add_all(rows)
        session.flush()
        session.execute(
            insert(CustomerStore), [{"customer_id": r.id, "store_code": home} for r in rows]
        )
        publish_new(
            session,
            Feed.DIRECTORY,
            CHAIN_SCOPE,
            [(str(r.id), directory_row(r, secret).model_dump(mode="json")) for r in rows],
            now=now,
        )
        publish_new(
            session,
            Feed.PROFILES,
            home,
            [(str(r.id), profile_row(r).model_dump(mode="json")) for r in rows],
            now=now,
        )
        opening = [(r.id, c.confirmed_points) for r, c in zip(rows, batch, strict=True)]
        _opening_balances(session, [o for o in opening if o[1]], home, now)
        done += len(rows)
        session.expunge_all()
        progress(f"customers: {done}/{count}")


def _opening_balances(
    session: Session, balances: list[tuple[uuid.UUID, int]], store: str, now: datetime
) -> None:
    """Balances carried over from the old system: one ledger entry each, then the balance."""
    if not balances:
        return
    session.execute(
        insert(LedgerEntry),
        [
            {
                "id": uuid7(),
                "customer_id": customer,
                "kind": "adjust",
                "points": points,
                "sale_id": None,
                "store_code": store,
                "device_id": None,
                "occurred_at": now,
                "balance_after": points,
                "flags": ["opening_balance"],
                "received_at": now,
            }
            for customer, points in balances
        ],
    )
    session.execute(
        insert(Balance),
        [{"customer_id": c, "points": p, "version": 1} for c, p in balances],
    )
    publish_new(
        session,
        Feed.BALANCES,
        CHAIN_SCOPE,
        [
            (str(c), BalanceRow(customer_id=c, points=p).model_dump(mode="json"))
            for c, p in balances
        ],
        now=now,
    )


CARE_BUYERS = 4000
"""Members of the demo store with care products bought in the last months (the old
system's tickets, carried over like the opening balances: purchases, no sales here)."""
ROUTINES = (
    ("cleanser", "toner"),
    ("serum", "moisturiser"),
    ("serum", "eye_cream"),
    ("sunscreen",),
    ("micellar_water", "cleanser"),
    ("shampoo", "conditioner"),
    ("night_cream",),
    ("face_mask", "exfoliant"),
    ("shower_gel", "body_lotion"),
)


def _load_care_purchases(
    session: Session, rng: random.Random, today: date, now: datetime, progress: Progress
) -> None:
    """Purchases for replenishment reminders and 'bought together' in the demo store."""
    if session.scalar(select(func.count()).select_from(FeedRow).where(FeedRow.feed == "purchases")):
        progress("care purchases: already there, kept")
        return
    by_kind: dict[str, list[uuid.UUID]] = {}
    for product_id, kind in session.execute(
        select(Product.id, Product.kind).where(Product.active.is_(True), Product.kind != "")
    ):
        by_kind.setdefault(kind, []).append(product_id)
    for ids in by_kind.values():
        ids.sort()
    members = sorted(
        session.scalars(
            select(Customer.id).where(Customer.club_member.is_(True)).limit(CARE_BUYERS)
        )
    )
    if not members or not by_kind:
        return
    rows: list[tuple[str, dict[str, object]]] = []
    baskets: list[list[uuid.UUID]] = []
    for customer in members:
        for _ in range(rng.randint(1, 3)):
            kinds = [k for k in rng.choice(ROUTINES) if k in by_kind]
            # Each customer's favourites: the first products of a kind sell most.
            basket = sorted({by_kind[k][int(rng.random() ** 3 * len(by_kind[k]))] for k in kinds})
            if not basket:
                continue
            sale = uuid7()
            day = today - timedelta(days=rng.randint(5, 200))
            lines = [{"product_id": p, "quantity": 1} for p in basket]
            row = PurchaseRow(sale_id=sale, customer_id=customer, day=day, lines=lines)
            rows.append((str(sale), row.model_dump(mode="json")))
            baskets.append(basket)
    publish_new(session, Feed.PURCHASES, DEMO_STORE["store_code"], rows, now=now)
    pairs, counts, tickets = count_baskets(baskets)
    ranked = rank_partners(pairs, counts, tickets)
    if not ranked:  # a demo too small for any pair to repeat
        progress(f"care purchases: {len(rows)} for {len(members)} members")
        return
    session.execute(
        insert(Pairing),
        [
            {
                "product_id": p,
                "partners": [str(x.product_id) for x in found],
                "tickets": counts[p],
                "computed_at": now,
            }
            for p, found in ranked.items()
        ],
    )
    publish_new(
        session,
        Feed.PAIRINGS,
        CHAIN_SCOPE,
        [
            (
                str(p),
                PairingRow(product_id=p, partners=[x.product_id for x in found]).model_dump(
                    mode="json"
                ),
            )
            for p, found in ranked.items()
        ],
        now=now,
    )
    progress(f"care purchases: {len(rows)} for {len(members)} members, {len(ranked)} pairings")

"""Make one small store file with the code of an earlier version, for the upgrade tests.

Run it with PYTHONPATH pointing at a checkout of that version (a git worktree)
and the project's .venv, from the repository root:

    git worktree add --detach /tmp/wt-0005 5f77576
    PYTHONPATH=/tmp/wt-0005 .venv/bin/python tests/data/stores/make_fixtures.py
    git worktree remove /tmp/wt-0005

It uses only that version's own API (open_store, the demo loader, the
counter's services), so the file is what a tablet running that version
would hold: its schema, its encryption (none before 0005), its outbox. It
writes `store-<revision>.db` here and the fixture's entry in manifest.json
(counts per table, the outbox entries still waiting). README.md lists the
commits. Signatures changed over time; what each version can do is
decided by its schema revision (the newest migration file it ships).
"""

from __future__ import annotations

import json
import math
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
KEY_DIR = HERE / "test-key"
os.environ["LOYALTY_KEY_DIR"] = str(KEY_DIR)  # before any store code runs
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"  # the key file, always

from sqlalchemy import select  # noqa: E402

import pos_client  # noqa: E402 - after the environment above

TODAY = date(2026, 11, 20)
NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


def code_revision() -> int:
    """The schema revision of the imported code: its newest migration file."""
    versions = Path(pos_client.__file__).parent / "store" / "migrations" / "versions"
    return max(int(p.name[:4]) for p in versions.glob("[0-9][0-9][0-9][0-9]_*.py"))


REV = code_revision()
ENCRYPTED = REV >= 5  # the store is encrypted at rest since 5f77576


def commit_of_code() -> str:
    root = Path(pos_client.__file__).resolve().parents[1]
    done = subprocess.run(
        ["git", "-C", str(root), "rev-parse", "--short", "HEAD"],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip()


class Clock:
    """Minutes after NOW, one step per business action: every change at its own time."""

    def __init__(self) -> None:
        self.minutes = 0

    def __call__(self) -> datetime:
        self.minutes += 7
        return NOW + timedelta(minutes=self.minutes)


def staff(session: Any, code: str) -> Any:
    from loyalty_core.roles import Role
    from pos_client.services.staff import StaffMember
    from pos_client.store.models import Staff

    row = session.scalars(select(Staff).where(Staff.code == code)).one()
    return StaffMember(id=row.id, code=row.code, name=row.name, role=Role(row.role))


def members(session: Any, n: int) -> list[Any]:
    from pos_client.store.models import Customer

    query = (
        select(Customer.id)
        .where(Customer.card_number.is_not(None), Customer.club_member.is_(True))
        .order_by(Customer.card_number)
        .limit(n)
    )
    return list(session.scalars(query))


def product_codes(session: Any, n: int) -> list[str]:
    from pos_client.store.models import Product

    query = select(Product.code).where(Product.active.is_(True)).order_by(Product.code).limit(n)
    return list(session.scalars(query))


def sell(sessions: Any, now: datetime, *, customer: Any, codes: list[str], cart: Any = None) -> Any:
    from pos_client.services import sales
    from pos_client.services.cart import Cart
    from pos_client.services.catalogue import find_product
    from pos_client.services.sales import PaymentInput

    with sessions.begin() as s:
        cart = cart or Cart(customer_id=customer)
        for i, code in enumerate(codes):
            cart.add_product(find_product(s, code=code), 1 + i % 2)
        total = cart.priced().total_cents
        return sales.finish(
            s,
            cart=cart,
            payment=PaymentInput(card_cents=total),
            staff=staff(s, "1001"),
            now=now,
        )


def give_back(sessions: Any, now: datetime, receipt: Any) -> Any:
    from pos_client.services import returns

    with sessions.begin() as s:
        sale = returns.returnable_sale(s, reference=receipt.receipt_number)
        return returns.record_return(
            s,
            sale_id=sale.sale_id,
            quantities={sale.lines[0].line_id: 1},
            refund_method="cash",
            staff=staff(s, "1001"),
            now=now,
        )


def a_signature() -> Any:
    """A cursive-looking signature across the pad (the tests' pen, in two strokes)."""
    from loyalty_core.signature import PenPoint, Signature

    strokes, t = [], 0
    for part in range(2):
        points = []
        for i in range(80):
            angle = i / 80 * 3 * 2 * math.pi
            x = 40 + part * 280 + i * 3.0 + 18 * math.cos(angle)
            y = 100 + 40 * math.sin(angle) * (1 - part * 0.3)
            points.append(PenPoint(x, y, 0.4 + 0.5 * abs(math.sin(angle / 2)), t))
            t += 8
        strokes.append(tuple(points))
        t += 200
    return Signature(600, 200, tuple(strokes))


def consent(now: datetime, **given: bool) -> Any:
    from loyalty_core.consent import PURPOSES, Purpose
    from pos_client.documents.consent_texts import load_consent_text
    from pos_client.services.consents import SignedConsent

    choices = {p: False for p in PURPOSES} | {Purpose.CLUB: True}
    choices |= {Purpose(k): v for k, v in given.items()}
    return SignedConsent(load_consent_text("es"), choices, a_signature(), now)


def enrol_with_sale(sessions: Any, now: datetime, codes: list[str]) -> uuid.UUID:
    """A new member signs at the counter and buys in the same visit."""
    from loyalty_core.registration import validate
    from pos_client.services import enrolment
    from pos_client.services.cart import Cart

    form = {
        "first_name": "Lucía",
        "last_names": "Fernández Ortega",
        "national_id": "73125497X",
        "phone": "655 443 322",
        "email": "lucia.fernandez@example.es",
        "postal_code": "08007",
        "birth_date": "14/03/1991",
        "language": "es",
        "gender": "female",
    }
    registration, problems = validate(form, today=TODAY)
    assert registration is not None, problems
    pending = enrolment.prepare(registration, consent(now, email=True), today=TODAY)
    cart = Cart()
    cart.enrol(pending)
    sell(sessions, now, customer=None, codes=codes, cart=cart)
    return pending.customer_id  # type: ignore[no-any-return]


def skin_consent(sessions: Any, now: datetime, customer: Any) -> None:
    from loyalty_core.consent import Purpose
    from pos_client.documents.consent_texts import load_consent_text
    from pos_client.services.consents import change_consent

    with sessions.begin() as s:
        change_consent(
            s,
            customer_id=customer,
            changes={Purpose.CLUB: True, Purpose.SKIN_DATA: True},
            text=load_consent_text("es"),
            signature=a_signature(),
            staff=staff(s, "1002"),
            now=now,
        )


def diagnostic(sessions: Any, now: datetime, customer: Any) -> None:
    from loyalty_core.skin import Concern, LevelSource, SkinType
    from pos_client.services import habits
    from pos_client.services.catalogue import find_product
    from pos_client.services.diagnostics import DiagnosticDraft, record_diagnostic

    with sessions.begin() as s:
        product = find_product(s, code=product_codes(s, 1)[0])
        draft = DiagnosticDraft(
            skin_type=SkinType.DRY,
            hydration=34,
            hydration_source=LevelSource.DEVICE,
            oiliness=22,
            oiliness_source=LevelSource.TYPED,
            phototype=2,
            concerns=(Concern.DEHYDRATION, Concern.FINE_LINES),
            notes="Tirantez en mejillas tras la limpieza.",
            recommended=(product.id,),
            next_appointment=now + timedelta(days=30),
        )
        advisor = staff(s, "1002")
        record_diagnostic(s, customer_id=customer, draft=draft, staff=advisor, now=now)
        habits.update_habits(
            s, customer_id=customer, edits={"pref.vegan": "true"}, staff=advisor, now=now
        )


def acknowledge_first(sessions: Any, now: datetime, n: int) -> None:
    """The first `n` changes reached the server: answered as the push records answers."""
    from loyalty_core.sync_protocol import ChangeResult, ChangeStatus
    from pos_client.store.models import OutboxEntry
    from pos_client.sync.outbox_push import record_answers

    with sessions.begin() as s:
        ids = s.scalars(select(OutboxEntry.change_id).order_by(OutboxEntry.seq).limit(n)).all()
        results = [ChangeResult(change_id=i, status=ChangeStatus.APPLIED) for i in ids]
        record_answers(s, results, server_time=now, now=now)


def gift_offline(sessions: Any, now: datetime, customer: Any) -> None:
    """A gift handed over while head office did not answer, a manager approving."""
    from loyalty_core.feeds import Feed, GiftRow, GiftStockRow
    from loyalty_core.offline_caps import Identified
    from pos_client.services import gifts
    from pos_client.sync.replica_manager import ROW_APPLIERS

    gift_id = uuid.UUID("0193a000-0000-7000-8000-00000000ab01")
    with sessions.begin() as s:
        row = GiftRow(id=gift_id, code="NECESER", name="Neceser de viaje", points=10, active=True)
        ROW_APPLIERS[Feed.GIFTS](s, row.model_dump(mode="json"))
        stock = GiftStockRow(gift_id=gift_id, quantity=4)
        ROW_APPLIERS[Feed.GIFT_STOCK](s, stock.model_dump(mode="json"))
        assistant, manager = staff(s, "1001"), staff(s, "1003")
    pending = gifts.redeem_gift(
        sessions,
        customer_id=customer,
        gift_id=gift_id,
        staff=assistant,
        approver=manager,
        identified=Identified.CARD,
        ask=None,
        now=now,
    )
    assert isinstance(pending, gifts.NoAnswer), pending
    with sessions.begin() as s:
        gifts.redeem_offline(
            s,
            pending.asking,
            decision=pending.decision,
            approver=manager,
            reason="Sin conexión con la central",
            now=now,
        )


def incident(sessions: Any, now: datetime, customer: Any) -> None:
    from loyalty_core.incidents import Category, Priority
    from pos_client.services.incidents import open_incident

    with sessions.begin() as s:
        open_incident(
            s,
            customer_id=customer,
            category=next(iter(Category)),
            priority=next(iter(Priority)),
            description="La crema llegó con el precinto roto.",
            staff=staff(s, "1001"),
            now=now,
        )


def fill(sessions: Any) -> None:
    """Demo data, then a day at the counter: what this version's services make easy."""
    from pos_client.demo.loader import fill_demo_data

    fill_demo_data(sessions, customers=30, products=25, seed=REV, today=TODAY)
    clock = Clock()
    with sessions.begin() as s:
        cards, codes = members(s, 3), product_codes(s, 6)
    first = sell(sessions, clock(), customer=cards[0], codes=codes[:3])
    sell(sessions, clock(), customer=None, codes=codes[3:5])
    second = sell(sessions, clock(), customer=cards[1], codes=codes[1:4])
    if REV >= 3:  # the sync arrived: part of the outbox went, the rest waits
        acknowledge_first(sessions, clock(), n=2)
    give_back(sessions, clock(), second)
    give_back(sessions, clock(), first)
    if REV >= 3:
        from pos_client.services.profiles import update_profile
        from pos_client.services.redemptions import redeem_points

        with sessions.begin() as s:
            assistant = staff(s, "1001")
            update_profile(
                s,
                customer_id=cards[2],
                fields={"email": "socia.tres@example.es"},
                staff=assistant,
                now=clock(),
            )
            redeem_points(s, customer_id=cards[0], points=1, staff=assistant, now=clock())
    if REV >= 5:
        from pos_client.store.models import Device

        with sessions.begin() as s:
            s.scalars(select(Device)).one().card_issuer = 7  # given at registration
        enrol_with_sale(sessions, clock(), codes[:2])
        skin_consent(sessions, clock(), cards[1])
    if REV >= 8:
        diagnostic(sessions, clock(), cards[1])
    if REV >= 9:
        gift_offline(sessions, clock(), cards[0])
        incident(sessions, clock(), cards[1])


def raw_connection(path: Path) -> Any:
    """A bare connection to the file as this version opens it (its key when encrypted)."""
    if ENCRYPTED:
        from pos_client.store.database import connect_file

        con = connect_file(path)
    else:
        con = sqlite3.connect(path)
    con.isolation_level = None
    return con


def compact(path: Path) -> None:
    """Fold the WAL in and VACUUM: one small self-contained file."""
    con = raw_connection(path)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.execute("VACUUM")
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()
    for suffix in ("-wal", "-shm"):
        assert not path.with_name(path.name + suffix).exists(), suffix


def describe(path: Path) -> dict[str, Any]:
    """The manifest entry: rows per table and the outbox entries still waiting."""
    con = raw_connection(path)
    try:
        tables = [
            n
            for (n,) in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                " AND name NOT LIKE 'customer_search%' ORDER BY name"
            )
        ]
        counts = {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
        pending = [
            str(uuid.UUID(bytes=c) if isinstance(c, bytes) else uuid.UUID(str(c)))
            for (c,) in con.execute(
                "SELECT change_id FROM outbox WHERE state IN ('pending', 'deferred') ORDER BY seq"
            )
        ]
        (revision,) = con.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        con.close()
    return {
        "revision": revision,
        "encrypted": ENCRYPTED,
        "counts": counts,
        "pending_change_ids": pending,
    }


def main() -> None:
    from pos_client.store.database import open_store

    rev = f"{REV:04d}"
    print(f"revision {rev} from {pos_client.__file__}", file=sys.stderr)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "store.db"
        sessions = open_store(path)
        fill(sessions)
        sessions.kw["bind"].dispose()
        compact(path)
        entry = describe(path)
        assert entry["revision"] == rev, entry["revision"]
        target = HERE / f"store-{rev}.db"
        shutil.copyfile(path, target)
    entry = {"file": target.name, "commit": commit_of_code(), **entry}
    manifest_path = HERE / "manifest.json"
    manifest = json.loads(manifest_path.read_text()) if manifest_path.exists() else {}
    manifest[rev] = entry
    text = json.dumps(dict(sorted(manifest.items())), indent=2, ensure_ascii=False)
    manifest_path.write_text(text + "\n")
    size = target.stat().st_size
    waiting = len(entry["pending_change_ids"])
    print(f"{target.name}: {size / 1024:.0f} KB, {waiting} changes waiting", file=sys.stderr)


if __name__ == "__main__":
    main()

"""Every earlier schema upgrades to today's with its data intact (issue 7, "Upgrades").

Each fixture in tests/data/stores was written by the code of the version
that made that schema (make_fixtures.py; README.md there): its demo data,
sales, returns, and from later versions enrolments, consents, a skin
diagnostic, a gift handed over offline, with outbox entries not synced yet.
Each test copies one, reads every row with the fixture's own key (raw SQL,
as it was), opens it with today's `open_store` (the real start-up: a plain
store is encrypted first, then migrated), and checks it as the app and the
server would use it.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from loyalty_core.ids import uuid7
from loyalty_core.receipt_chain import GENESIS_HASH, canonical_json, receipt_hash, sha256_hex
from loyalty_core.sync_protocol import PushRequest
from loyalty_core.wire import SalePayload, decode_payload
from pos_client.services import sales
from pos_client.services.cart import Cart
from pos_client.services.catalogue import find_product
from pos_client.services.customers import MatchKind, identify, search_names
from pos_client.services.sales import PaymentInput
from pos_client.services.staff import StaffMember
from pos_client.store.database import connect_file, is_plain_file, open_store
from pos_client.store.migrate import current_revision, head_revision
from pos_client.store.models import OutboxEntry, Product, Staff
from pos_client.sync.outbox_push import WAITING, next_batch

STORES = Path(__file__).resolve().parents[1] / "data" / "stores"
MANIFEST: dict[str, dict[str, Any]] = json.loads((STORES / "manifest.json").read_text())

Rows = dict[str, tuple[list[str], dict[tuple[Any, ...], tuple[Any, ...]]]]
"""Per table: its columns, and its rows keyed by primary key."""


@pytest.fixture
def fixture_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The fixtures' test key as this installation's key (a folder of its own per test)."""
    keys = tmp_path / "keys"
    keys.mkdir()
    shutil.copy(STORES / "test-key" / "database.key", keys / "database.key")
    monkeypatch.setenv("LOYALTY_KEY_DIR", str(keys))
    return keys


def _raw(path: Path, *, read_only: bool = True) -> Any:
    return connect_file(path, encrypted=not is_plain_file(path), read_only=read_only)


def _tables(con: Any) -> list[str]:
    """Ordinary tables: not SQLite's own, not a full-text index or its shadow tables."""
    rows = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
    virtual = [n for n, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL TABLE")]
    return sorted(
        n
        for n, _ in rows
        if not n.startswith("sqlite_") and not any(n == v or n.startswith(v + "_") for v in virtual)
    )


def read_rows(path: Path) -> Rows:
    """Every row of every table, as stored (raw SQL, the file's own key)."""
    con = _raw(path)
    try:
        found: Rows = {}
        for table in _tables(con):
            info = con.execute(f'PRAGMA table_info("{table}")').fetchall()
            columns = [c[1] for c in info]
            key = [c[1] for c in sorted(info, key=lambda c: c[5]) if c[5]] or ["rowid"]
            picked = ", ".join(f'"{c}"' for c in key + columns)
            rows = con.execute(f'SELECT {picked} FROM "{table}"').fetchall()
            found[table] = (columns, {tuple(r[: len(key)]): tuple(r[len(key) :]) for r in rows})
        return found
    finally:
        con.close()


def _upgraded(revision: str, tmp_path: Path) -> tuple[Path, Rows, Any]:
    path = tmp_path / "data" / "store.db"
    path.parent.mkdir()
    shutil.copyfile(STORES / MANIFEST[revision]["file"], path)
    before = read_rows(path)
    sessions = open_store(path)  # what the app does at start-up
    return path, before, sessions


@pytest.mark.parametrize("revision", sorted(MANIFEST))
def test_a_store_from_an_earlier_version_upgrades_with_its_data_intact(
    revision: str, tmp_path: Path, fixture_key: Path
) -> None:
    entry = MANIFEST[revision]
    path, before, sessions = _upgraded(revision, tmp_path)
    engine = sessions.kw["bind"]
    try:
        assert before["alembic_version"][1] == {(revision,): (revision,)}
        assert current_revision(engine) == head_revision()
        assert not is_plain_file(path)  # a plain store from before 0005 is encrypted now
        engine.dispose()
        after = read_rows(path)
        _assert_rows_kept(before, after)
        counts = {t: len(rows) for t, (_, rows) in before.items()}
        assert counts == entry["counts"]  # the fixture is the one the manifest describes
        for table, count in entry["counts"].items():
            if table != "alembic_version":
                assert len(after[table][1]) == count, table
        _assert_pending_changes_push(sessions, before, entry["pending_change_ids"])
        _assert_customers_found(sessions, before)
        _assert_sound(path)
        _assert_receipt_chains(after)
        _assert_the_counter_goes_on(sessions)
    finally:
        engine.dispose()


def _assert_rows_kept(before: Rows, after: Rows) -> None:
    """Every old row of a table that still exists, with its old value in every old column."""
    for table, (columns, rows) in before.items():
        if table == "alembic_version" or table not in after:
            continue
        new_columns, new_rows = after[table]
        kept = [i for i, c in enumerate(columns) if c in new_columns]
        where = [new_columns.index(columns[i]) for i in kept]
        lost = [c for c in columns if c not in new_columns]
        assert not lost, f"{table} lost columns {lost}"
        for key, values in rows.items():
            assert key in new_rows, f"{table} lost the row {key}"
            old = [values[i] for i in kept]
            new = [new_rows[key][j] for j in where]
            named = [columns[i] for i in kept]
            assert new == old, f"{table} {key}: {dict(zip(named, old, strict=True))} became {new}"


def _assert_pending_changes_push(sessions: Any, before: Rows, pending: list[str]) -> None:
    """Still waiting, unchanged, and today's push sends them as the server accepts them."""
    from sync_server.sync.push import _checked  # the server's own check of each change

    columns, old_rows = before["outbox"]
    rows = [dict(zip(columns, r, strict=True)) for r in old_rows.values()]
    old = {str(_uuid(r["change_id"])): r for r in rows}
    with sessions() as s:
        waiting = s.scalars(select(OutboxEntry).where(OutboxEntry.state.in_(WAITING))).all()
        assert [str(e.change_id) for e in sorted(waiting, key=lambda e: e.seq)] == pending
        for e in waiting:
            was = old[str(e.change_id)]
            assert (e.payload, e.payload_sha256, e.hlc, e.seq) == (
                was["payload"],
                was["payload_sha256"],
                was["hlc"],
                was["seq"],
            )
        batch = next_batch(s, limit=500)
    assert batch is not None
    assert [str(i) for i in batch.change_ids] == pending
    request = PushRequest.model_validate_json(batch.body)  # what the server parses
    for change in request.changes:
        _checked(change)  # hash, clock stamp and payload model: nothing refused
        assert sha256_hex(canonical_json(change.payload)) == change.payload_sha256
        decode_payload(change.entity, change.payload_version, change.payload, op=change.op)


def _uuid(value: Any) -> Any:
    import uuid

    return uuid.UUID(bytes=value) if isinstance(value, bytes) else uuid.UUID(str(value))


def _assert_customers_found(sessions: Any, before: Rows) -> None:
    """Members are found by their card and by their name through today's counter services."""
    columns, rows = before["customer"]
    people = [dict(zip(columns, r, strict=True)) for r in rows.values()]
    with_cards = sorted((p for p in people if p["card_number"]), key=lambda p: p["card_number"])
    assert len(with_cards) >= 3
    with sessions() as s:
        for person in with_cards[:3]:
            by_card = identify(s, query=person["card_number"])
            assert by_card.kind == MatchKind.CARD
            assert [str(h.id) for h in by_card.hits] == [str(_uuid(person["id"]))]
            name = f"{person['first_name']} {person['last_names']}"
            found = [str(h.id) for h in search_names(s, name, limit=50)]
            assert str(_uuid(person["id"])) in found, name


def _assert_sound(path: Path) -> None:
    """SQLite's, SQLCipher's and the full-text index's own checks all pass."""
    con = _raw(path, read_only=False)  # FTS5 runs its check as an INSERT
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        assert con.execute("PRAGMA cipher_integrity_check").fetchall() == []
        con.execute("INSERT INTO customer_search(customer_search) VALUES ('integrity-check')")
    finally:
        con.close()


def _assert_receipt_chains(after: Rows) -> None:
    """Each series still chains: every record's previous hash is the one before's hash."""
    columns, rows = after["sale"]
    records = [dict(zip(columns, r, strict=True)) for r in rows.values()]
    sales_ = sorted(records, key=lambda r: (r["series"], r["number"]))
    last: dict[str, str] = {}
    for sale in sales_:
        assert sale["previous_hash"] == last.get(sale["series"], GENESIS_HASH), sale
        last[sale["series"]] = sale["record_hash"]
    outbox_columns, outbox = after["outbox"]
    for row in outbox.values():
        change = dict(zip(outbox_columns, row, strict=True))
        if change["entity"] != "sale":
            continue
        sale = SalePayload.model_validate_json(change["payload"])
        record = sale.model_dump(mode="json", exclude={"previous_hash", "record_hash"})
        assert receipt_hash(record, sale.previous_hash) == sale.record_hash


def _assert_the_counter_goes_on(sessions: Any) -> None:
    """A sale after the upgrade takes the series' next number and chains to the last one."""
    from loyalty_core.roles import Role
    from pos_client.services.setup import SALE_SERIES
    from pos_client.store.models import Sale

    with sessions.begin() as s:
        last = s.scalars(
            select(Sale).where(Sale.series == SALE_SERIES).order_by(Sale.number.desc()).limit(1)
        ).one()
        code = s.scalars(select(Product.code).where(Product.active.is_(True)).limit(1)).one()
        row = s.scalars(select(Staff).where(Staff.code == "1001")).one()
        staff = StaffMember(id=row.id, code=row.code, name=row.name, role=Role(row.role))
        cart = Cart()
        cart.add_product(find_product(s, code=code))
        receipt = sales.finish(
            s,
            cart=cart,
            payment=PaymentInput(card_cents=cart.priced().total_cents),
            staff=staff,
            now=last.occurred_at.replace(year=2027),
            new_id=uuid7,
        )
    with sessions() as s:
        new = s.get(Sale, receipt.sale_id)
        assert (new.series, new.number) == (SALE_SERIES, last.number + 1)
    assert receipt.previous_hash == last.record_hash

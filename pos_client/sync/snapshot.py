"""A feed's first download as one file: fetch (resumable), verify, bulk-load with its cursor.

Contract:
- The file is downloaded next to the store in `.part`, resumed with an HTTP
  range after an interruption, and used only once its size and SHA-256
  match what the server announced.
- Loading is one transaction: the rows, their versions and the feed's
  cursor land together or not at all (rule 5). Rows go through a staging
  table and one INSERT ... SELECT; into an empty customer table, the name
  index is rebuilt once instead of row by row.
"""

from __future__ import annotations

import gzip
import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson
import requests
from sqlalchemy.orm import Session

from loyalty_core.feeds import Feed, row_hash
from loyalty_core.sync_protocol import SnapshotInfo
from loyalty_core.text import fold
from pos_client.sync.api import Cancelled, Offline, SyncApi, SyncError

CHUNK = 1 << 20
NET_CHUNK = 1 << 14
"""Written as it arrives, so an interrupted download keeps what it got."""
BATCH = 20_000
# The migrations' triggers, recreated as they are after a bulk load.
_SEARCH_INSERT_TRIGGER = (
    "CREATE TRIGGER customer_search_ai AFTER INSERT ON customer BEGIN "
    "INSERT INTO customer_search(rowid, search_name) VALUES (new.seq, new.search_name); END"
)
_SEARCH_UPDATE_TRIGGER = (
    "CREATE TRIGGER customer_search_au AFTER UPDATE OF search_name ON customer BEGIN "
    "INSERT INTO customer_search(customer_search, rowid, search_name) "
    "VALUES ('delete', old.seq, old.search_name); "
    "INSERT INTO customer_search(rowid, search_name) VALUES (new.seq, new.search_name); END"
)


def download(api: SyncApi, info: SnapshotInfo, folder: Path, cancelled: Callable[[], bool]) -> Path:
    """Fetch the snapshot file (resuming a partial one) and verify it; return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / info.name
    if path.exists() and _sha256(path) == info.sha256:
        return path
    part = path.with_name(path.name + ".part")
    start = part.stat().st_size if part.exists() else 0
    if start > info.size:
        part.unlink()
        start = 0
    source = f"/v1/sync/snapshots/{info.feed}/{info.name}"
    try:
        with api.stream(source, start=start) as answer, open(part, "ab" if start else "wb") as out:
            for chunk in answer.iter_content(NET_CHUNK):
                if cancelled():
                    raise Cancelled("download cancelled; it resumes next time")
                out.write(chunk)
    except requests.RequestException as exc:
        # What arrived stays in the .part file: the next attempt asks for the rest only.
        raise Offline(f"snapshot download interrupted: {exc.__class__.__name__}") from exc
    if part.stat().st_size != info.size or _sha256(part) != info.sha256:
        part.unlink(missing_ok=True)
        raise SyncError("the snapshot arrived damaged; it is downloaded again", code="bad_snapshot")
    part.replace(path)
    return path


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as source:
        while block := source.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


def _rows(path: Path) -> Iterator[dict[str, Any]]:
    with gzip.open(path, "rb") as source:
        for line in source:
            yield orjson.loads(line)


@dataclass(frozen=True)
class _Loader:
    """How one feed's snapshot rows are staged and merged into the local tables."""

    columns: tuple[str, ...]
    row: Callable[[dict[str, Any]], tuple[Any, ...]]
    merge: tuple[str, ...]


def _hex(value: str) -> str:
    return value.replace("-", "")


def _utc_text(value: str) -> str:
    # The server writes UTC with microseconds and a Z ('2025-01-01T10:00:00.123456Z'):
    # that is only respelled; anything else is parsed.
    if len(value) == 27 and value[-1] == "Z" and value[19] == ".":
        return value[:-1] + "+00:00"
    return datetime.fromisoformat(value).astimezone(UTC).isoformat(timespec="microseconds")


_PLACEHOLDER = "0, 0, '', '', '', 'es', 0, '1970-01-01T00:00:00.000000+00:00'"
"""confirmed_points, balance_version, names, search name, language, club_member, created_at
of a customer first known by its profile or balance (the directory fills in the rest)."""

_NEW_CUSTOMER = (
    "INSERT INTO customer (id, confirmed_points, balance_version, first_name, last_names, "
    "search_name, language, club_member, created_at) "
    f"SELECT id, {_PLACEHOLDER} FROM snap WHERE true ON CONFLICT(id) DO NOTHING"
)

_RENAME = (
    "UPDATE customer SET first_name=snap.first_name, last_names=snap.last_names, "
    "search_name=snap.search_name FROM snap WHERE customer.id = snap.id "
    "AND customer.search_name IS NOT snap.search_name"
)
"""Names only where they changed: the name index trigger fires for those rows alone."""

_CONSENT_RECORDS = (
    "INSERT INTO consent (id, customer_id, kind, text_version, language, text_sha256, "
    "choices, hlc, signed_at, store_code, device_code, staff_name, customer_snapshot, "
    "signature, signed, digest, document_sha256) "
    "SELECT replace(r.value ->> 'id', '-', ''), snap.id, r.value ->> 'kind', "
    "r.value ->> 'text_version', r.value ->> 'language', r.value ->> 'text_sha256', "
    "json(r.value -> 'choices'), r.value ->> 'hlc', "
    "replace(r.value ->> 'signed_at', 'Z', '+00:00'), r.value ->> 'store_code', "
    "r.value ->> 'device_code', r.value ->> 'staff_name', NULL, NULL, "
    "coalesce(r.value ->> 'signed', 0), r.value ->> 'digest', "
    "coalesce(r.value ->> 'document_sha256', '') "
    "FROM snap, json_each(snap.consent_records) AS r "
    "WHERE snap.consent_records IS NOT NULL ON CONFLICT(id) DO NOTHING"
)
"""The consent records of the customers this store serves (what was agreed, when, where)."""

_DIAGNOSTICS = (
    "INSERT INTO diagnostic (id, customer_id, supersedes, recorded_at, record) "
    "SELECT replace(r.value ->> 'diagnostic_id', '-', ''), snap.id, "
    "replace(r.value ->> 'supersedes', '-', ''), "
    "replace(r.value ->> 'recorded_at', 'Z', '+00:00'), json(r.value) "
    "FROM snap, json_each(snap.diagnostics) AS r "
    "WHERE snap.diagnostics IS NOT NULL ON CONFLICT(id) DO NOTHING"
)
_HABITS = (
    "INSERT INTO habit (customer_id, field, hlc, value, changed_at, store_code, staff_name) "
    "SELECT snap.id, r.value ->> 'field', r.value ->> 'hlc', r.value ->> 'value', "
    "replace(r.value ->> 'changed_at', 'Z', '+00:00'), r.value ->> 'store_code', "
    "r.value ->> 'staff_name' "
    "FROM snap, json_each(snap.habits) AS r "
    "WHERE snap.habits IS NOT NULL ON CONFLICT DO NOTHING"
)
"""Skin diagnostics and habits, held by the server only while the customer's consent stands."""


def _json_or_none(value: object) -> str | None:
    return None if value is None else orjson.dumps(value).decode()


LOADERS: dict[Feed, _Loader] = {
    Feed.DIRECTORY: _Loader(
        columns=(
            "id",
            "first_name",
            "last_names",
            "search_name",
            "card_number",
            "phone_key",
            "email_key",
            "national_id_key",
            "phone_masked",
            "club_member",
            "enrolled_on",
            "language",
            "created_at",
        ),
        row=lambda d: (
            _hex(d["id"]),
            d["first_name"],
            d["last_names"],
            fold(f"{d['first_name']} {d['last_names']}"),
            d["card_number"],
            d["phone_key"],
            d["email_key"],
            d["national_id_key"],
            d["phone_masked"],
            1 if d["club_member"] else 0,
            d["enrolled_on"],
            d["language"],
            _utc_text(d["created_at"]),
        ),
        merge=(
            "INSERT INTO customer (id, first_name, last_names, search_name, card_number, "
            "phone_key, email_key, national_id_key, phone_masked, club_member, enrolled_on, "
            "language, created_at, confirmed_points, balance_version) "
            "SELECT id, first_name, last_names, search_name, card_number, phone_key, email_key, "
            "national_id_key, phone_masked, club_member, enrolled_on, language, created_at, 0, 0 "
            "FROM snap WHERE true ON CONFLICT(id) DO UPDATE SET "
            "card_number=excluded.card_number, phone_key=excluded.phone_key, "
            "email_key=excluded.email_key, national_id_key=excluded.national_id_key, "
            "phone_masked=excluded.phone_masked, club_member=excluded.club_member, "
            "enrolled_on=excluded.enrolled_on, language=excluded.language, "
            "created_at=excluded.created_at",
            _RENAME,
        ),
    ),
    Feed.PROFILES: _Loader(
        columns=(
            "id",
            "first_name",
            "last_names",
            "search_name",
            "national_id",
            "phone",
            "email",
            "birth_date",
            "postal_code",
            "language",
            "gender",
            "consent_state",
            "consent_records",
            "diagnostics",
            "habits",
        ),
        row=lambda d: (
            _hex(d["id"]),
            d["first_name"],
            d["last_names"],
            fold(f"{d['first_name']} {d['last_names']}"),
            d["national_id"],
            d["phone"],
            d["email"],
            d["birth_date"],
            d["postal_code"],
            d["language"],
            d.get("gender"),
            _json_or_none(d.get("consents")),
            _json_or_none(d.get("consent_records") or None),
            _json_or_none(d.get("diagnostics") or None),
            _json_or_none(d.get("habits") or None),
        ),
        merge=(
            _NEW_CUSTOMER,
            "UPDATE customer SET national_id=snap.national_id, phone=snap.phone, "
            "email=snap.email, birth_date=snap.birth_date, postal_code=snap.postal_code, "
            "language=snap.language, gender=snap.gender, consent_state=snap.consent_state "
            "FROM snap WHERE customer.id = snap.id",
            _RENAME,
            _CONSENT_RECORDS,
            _DIAGNOSTICS,
            _HABITS,
        ),
    ),
    Feed.BALANCES: _Loader(
        columns=("id", "points"),
        row=lambda d: (_hex(d["customer_id"]), d["points"]),
        merge=(
            _NEW_CUSTOMER,
            "UPDATE customer SET confirmed_points=snap.points, balance_version=snap.version "
            "FROM snap WHERE customer.id = snap.id",
            # Entries these versions include drop out of the local adjustment.
            "UPDATE ledger_entry SET confirmed=1 FROM snap, customer "
            "WHERE customer.id = snap.id AND ledger_entry.customer_id = customer.id "
            "AND ledger_entry.confirmed = 0 AND ledger_entry.covered_version IS NOT NULL "
            "AND ledger_entry.covered_version <= snap.version",
        ),
    ),
    Feed.CATALOGUE: _Loader(
        columns=(
            "id",
            "code",
            "code_kind",
            "name",
            "brand",
            "category",
            "size",
            "price_cents",
            "vat_rate",
            "points_per_unit",
            "active",
            "kind",
            "tags",
            "duration_days",
        ),
        row=lambda d: (
            _hex(d["id"]),
            d["code"],
            d["code_kind"],
            d["name"],
            d["brand"],
            d["category"],
            d["size"],
            d["price_cents"],
            d["vat_rate"],
            d["points_per_unit"],
            1 if d["active"] else 0,
            d.get("kind", ""),
            orjson.dumps(d.get("tags", [])).decode(),
            d.get("duration_days"),
        ),
        merge=(
            # A product made locally (demo data) under the same code gives way to the chain's.
            "DELETE FROM product WHERE code IN (SELECT code FROM snap) "
            "AND id NOT IN (SELECT id FROM snap)",
            "INSERT INTO product (id, code, code_kind, name, brand, category, size, "
            "price_cents, vat_rate, points_per_unit, active, kind, tags, duration_days) "
            "SELECT id, code, code_kind, name, brand, category, size, price_cents, vat_rate, "
            "points_per_unit, active, kind, tags, duration_days FROM snap "
            "WHERE true ON CONFLICT(id) DO UPDATE SET code=excluded.code, "
            "code_kind=excluded.code_kind, name=excluded.name, brand=excluded.brand, "
            "category=excluded.category, size=excluded.size, price_cents=excluded.price_cents, "
            "vat_rate=excluded.vat_rate, points_per_unit=excluded.points_per_unit, "
            "active=excluded.active, kind=excluded.kind, tags=excluded.tags, "
            "duration_days=excluded.duration_days",
        ),
    ),
}


LOAD_CACHE_KIB = 256 * 1024
"""Page cache while a snapshot loads: a million customers and their indexes are written
once instead of spilling and being written (and encrypted) again; the usual size after."""


def load_snapshot(session: Session, info: SnapshotInfo, path: Path) -> int:
    """Bulk-load a feed's snapshot and its cursor, in the caller's transaction."""
    raw = session.connection().exec_driver_sql
    usual = raw("PRAGMA cache_size").scalar()
    raw(f"PRAGMA cache_size=-{LOAD_CACHE_KIB}")
    raw("PRAGMA threads=2")  # index builds sort on a second core
    try:
        return _load(session, info, path)
    finally:
        raw(f"PRAGMA cache_size={usual}")
        raw("PRAGMA threads=0")


def _load(session: Session, info: SnapshotInfo, path: Path) -> int:
    feed = Feed(info.feed)
    loader = LOADERS[feed]
    raw = session.connection().exec_driver_sql
    raw("DROP TABLE IF EXISTS temp.snap")
    names = (*loader.columns, "key", "version")
    # The staging table's key index is built once the rows are in (a sort), not row by row.
    raw(f"CREATE TEMP TABLE snap ({', '.join(names)})")
    insert = f"INSERT INTO snap VALUES ({','.join('?' * len(names))})"
    total, count = 0, 0
    batch: list[tuple[Any, ...]] = []
    for row in _rows(path):
        batch.append((*loader.row(row["data"]), row["key"], row["version"]))
        total += row_hash(str(feed), row["key"], row["version"])
        count += 1
        if len(batch) >= BATCH:
            raw(insert, batch)
            batch = []
    if batch:
        raw(insert, batch)
    raw("CREATE UNIQUE INDEX temp.snap_id ON snap (id)")
    # Into an empty customer table, the name index and the lookup indexes are built
    # once, after the rows, instead of row by row (sorting beats a million inserts).
    rebuild = (
        feed in (Feed.DIRECTORY, Feed.PROFILES)
        and session.connection().exec_driver_sql("SELECT count(*) FROM customer").scalar() == 0
    )
    indexes: list[tuple[str, str]] = []
    if rebuild:
        raw("DROP TRIGGER IF EXISTS customer_search_ai")
        raw("DROP TRIGGER IF EXISTS customer_search_au")
        # Plain indexes only: the unique ones are what the merge's ON CONFLICT stands on.
        indexes = [
            (name, sql)
            for name, sql in raw(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                "AND tbl_name = 'customer' AND sql LIKE 'CREATE INDEX %'"
            )
        ]
        for name, _ in indexes:
            raw(f'DROP INDEX "{name}"')
    for statement in loader.merge:
        if rebuild and statement is _RENAME:
            continue  # every name was just written: nothing to rename in an empty table
        raw(statement)
    if rebuild:
        for _, create in indexes:
            raw(create)
        raw("INSERT INTO customer_search(customer_search) VALUES('rebuild')")
        raw(_SEARCH_INSERT_TRIGGER)
        raw(_SEARCH_UPDATE_TRIGGER)
    raw(
        "INSERT INTO replica_row (feed, key, version) SELECT ?, key, version FROM snap "
        "WHERE true ORDER BY key ON CONFLICT(feed, key) DO UPDATE SET version=excluded.version",
        (str(feed),),
    )
    raw("DROP TABLE temp.snap")
    raw(
        "INSERT INTO sync_feed (feed, cursor, row_count, checksum_sum) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(feed) DO UPDATE SET cursor=excluded.cursor, row_count=excluded.row_count, "
        "checksum_sum=excluded.checksum_sum",
        (str(feed), info.cursor, count, total),
    )
    return count

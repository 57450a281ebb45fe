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
import json
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

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
_SEARCH_TRIGGER = (
    "CREATE TRIGGER customer_search_ai AFTER INSERT ON customer BEGIN "
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
            yield json.loads(line)


def load_directory(session: Session, info: SnapshotInfo, path: Path) -> int:
    """Bulk-load the customer directory snapshot and its cursor, in the caller's transaction."""
    raw = session.connection().exec_driver_sql
    raw("DROP TABLE IF EXISTS temp.snap_customer")
    raw(
        "CREATE TEMP TABLE snap_customer (id TEXT PRIMARY KEY, first_name TEXT, "
        "last_names TEXT, search_name TEXT, card_number TEXT, phone_key TEXT, email_key TEXT, "
        "national_id_key TEXT, phone_masked TEXT, club_member INTEGER, enrolled_on TEXT, "
        "language TEXT, created_at TEXT, key TEXT, version INTEGER)"
    )
    total, count = 0, 0
    batch: list[tuple[Any, ...]] = []
    for row in _rows(path):
        d = row["data"]
        created = datetime.fromisoformat(d["created_at"]).astimezone(UTC)
        batch.append(
            (
                d["id"].replace("-", ""),
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
                created.isoformat(timespec="microseconds"),
                row["key"],
                row["version"],
            )
        )
        total += row_hash(str(Feed.DIRECTORY), row["key"], row["version"])
        count += 1
        if len(batch) >= BATCH:
            raw("INSERT INTO snap_customer VALUES (" + ",".join("?" * 15) + ")", batch)
            batch = []
    if batch:
        raw("INSERT INTO snap_customer VALUES (" + ",".join("?" * 15) + ")", batch)
    empty = session.connection().exec_driver_sql("SELECT count(*) FROM customer").scalar() == 0
    if empty:
        raw("DROP TRIGGER IF EXISTS customer_search_ai")
    raw(
        "INSERT INTO customer (id, first_name, last_names, search_name, card_number, phone_key, "
        "email_key, national_id_key, phone_masked, club_member, enrolled_on, language, "
        "created_at, confirmed_points, balance_version) "
        "SELECT id, first_name, last_names, search_name, card_number, phone_key, email_key, "
        "national_id_key, phone_masked, club_member, enrolled_on, language, created_at, 0, 0 "
        "FROM snap_customer WHERE true ON CONFLICT(id) DO UPDATE SET "
        "first_name=excluded.first_name, last_names=excluded.last_names, "
        "search_name=excluded.search_name, card_number=excluded.card_number, "
        "phone_key=excluded.phone_key, email_key=excluded.email_key, "
        "national_id_key=excluded.national_id_key, phone_masked=excluded.phone_masked, "
        "club_member=excluded.club_member, enrolled_on=excluded.enrolled_on, "
        "language=excluded.language"
    )
    if empty:
        raw("INSERT INTO customer_search(customer_search) VALUES('rebuild')")
        raw(_SEARCH_TRIGGER)
    raw(
        "INSERT INTO replica_row (feed, key, version) SELECT 'directory', key, version "
        "FROM snap_customer WHERE true "
        "ON CONFLICT(feed, key) DO UPDATE SET version=excluded.version"
    )
    raw("DROP TABLE temp.snap_customer")
    raw(
        "INSERT INTO sync_feed (feed, cursor, row_count, checksum_sum) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(feed) DO UPDATE SET cursor=excluded.cursor, row_count=excluded.row_count, "
        "checksum_sum=excluded.checksum_sum",
        ("directory", info.cursor, count, total),
    )
    return count

"""Snapshot files for first downloads: a whole feed at one cursor, compressed, by hash.

A new tablet does not page through a million customers: it downloads one
immutable file (resumable with HTTP ranges), checks its SHA-256, loads it
in bulk, and then pulls incrementally from the snapshot's cursor (SYNC.md
rule 7). A snapshot is consistent with its cursor: it is written from one
read transaction, and on PostgreSQL only from rows of transactions older
than that snapshot's xmin, so nothing at or before the cursor is missing.
"""

from __future__ import annotations

import fcntl
import gzip
import hashlib
import os
import time
from collections.abc import Iterable
from pathlib import Path

import orjson
from sqlalchemy import and_, func, or_, select, text

from loyalty_core.feeds import CHAIN_SCOPE, Feed
from loyalty_core.sync_protocol import SnapshotInfo
from sync_server.db import Database
from sync_server.stores.models import Store
from sync_server.sync.feeds import Cursor
from sync_server.sync.models import FeedRow

SNAPSHOT_FEEDS = frozenset({Feed.CATALOGUE, Feed.DIRECTORY, Feed.PROFILES, Feed.BALANCES})
MAX_AGE_SECONDS = 3600.0
"""A snapshot younger than this is served again; the tablet catches up by pulling."""
MAX_TAIL_ROWS = 20_000
"""A snapshot is written again once more rows than this changed after it (or a tenth)."""
REFRESH_SECONDS = MAX_AGE_SECONDS / 2
"""`write_ahead` replaces snapshots older than this, so one being served is never stale."""


def snapshot_dir(data_dir: Path) -> Path:
    return data_dir / "snapshots"


def current_snapshot(
    db: Database, data_dir: Path, feed: Feed, scope: str, *, max_age: float = MAX_AGE_SECONDS
) -> SnapshotInfo:
    """Return a snapshot of a feed younger than `max_age`, writing a new one when none is.

    One writer per feed and scope at a time, across threads and worker processes
    (a lock file): a tablet asking while the snapshot is being written waits for
    it instead of writing a second one.
    """
    folder = snapshot_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    if (fresh := _newest(folder, feed, scope, max_age)) and _short_tail(db, fresh, scope):
        return fresh
    with open(folder / f".{feed}-{_safe(scope)}.lock", "wb") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if (fresh := _newest(folder, feed, scope, max_age)) and _short_tail(db, fresh, scope):
            return fresh
        info = write_snapshot(db, folder, feed, scope)
        _drop_old(folder, feed, scope, keep=info.name)
        return info


def _newest(folder: Path, feed: Feed, scope: str, max_age: float) -> SnapshotInfo | None:
    newest = None
    for meta in folder.glob(f"{feed}-{_safe(scope)}-*.json"):
        if time.time() - meta.stat().st_mtime < max_age:
            info = SnapshotInfo.model_validate_json(meta.read_text(encoding="utf-8"))
            if (folder / info.name).exists() and (newest is None or info.cursor > newest.cursor):
                newest = info
    return newest


def _short_tail(db: Database, info: SnapshotInfo, scope: str) -> bool:
    """True when what changed since the snapshot is little enough to pull page by page.

    At most a tenth of the snapshot's rows, and at most `MAX_TAIL_ROWS`: after a
    big import the next first download gets a new snapshot, not the import in pages.
    """
    allowed = min(info.rows // 10, MAX_TAIL_ROWS)
    cursor = Cursor.decode(info.cursor)
    after = or_(
        FeedRow.txid > cursor.txid,
        and_(FeedRow.txid == cursor.txid, FeedRow.log_id > cursor.log_id),
    )
    tail = (
        select(FeedRow.log_id)
        .where(FeedRow.feed == info.feed, FeedRow.scope == scope, after)
        .limit(allowed + 1)
        .subquery()
    )
    with db.session(read_only=True) as s, s.begin():
        return (s.scalar(select(func.count()).select_from(tail)) or 0) <= allowed


def _drop_old(folder: Path, feed: Feed, scope: str, *, keep: str) -> None:
    """Remove snapshots older than two ages (a download of one still running has had an hour)."""
    for meta in folder.glob(f"{feed}-{_safe(scope)}-*.json"):
        if time.time() - meta.stat().st_mtime > 2 * MAX_AGE_SECONDS:
            info = SnapshotInfo.model_validate_json(meta.read_text(encoding="utf-8"))
            if info.name != keep:
                (folder / info.name).unlink(missing_ok=True)
                meta.unlink(missing_ok=True)


def drop_snapshots(data_dir: Path, feeds: Iterable[Feed]) -> int:
    """Delete every snapshot of these feeds (after an erasure: they hold the erased customer).

    Each scope's files go under its writer lock, so no snapshot of the old
    data is being finished meanwhile; the next first download writes a new one.
    """
    folder = snapshot_dir(data_dir)
    if not folder.is_dir():
        return 0
    dropped = 0
    for feed in feeds:
        for lock_path in folder.glob(f".{feed}-*.lock"):
            scope = lock_path.name[len(f".{feed}-") : -len(".lock")]
            with open(lock_path, "ab") as lock:
                fcntl.flock(lock, fcntl.LOCK_EX)
                dropped += _unlink(folder.glob(f"{feed}-{scope}-*"))
        dropped += _unlink(folder.glob(f"{feed}-*"))
    return dropped


def _unlink(paths: Iterable[Path]) -> int:
    count = 0
    for path in paths:
        path.unlink(missing_ok=True)
        count += 1
    return count


def write_ahead(db: Database, data_dir: Path) -> list[SnapshotInfo]:
    """Refresh every first-download snapshot older than `REFRESH_SECONDS`.

    Run at the server's start and then periodically, so a new tablet finds its
    snapshots written and never waits for a million rows to be read and packed.
    """
    with db.session(read_only=True) as s, s.begin():
        stores = list(s.scalars(select(Store.code).order_by(Store.code)))
    wanted = [(feed, CHAIN_SCOPE) for feed in (Feed.CATALOGUE, Feed.DIRECTORY, Feed.BALANCES)]
    wanted += [(Feed.PROFILES, store) for store in stores]
    return [
        current_snapshot(db, data_dir, feed, scope, max_age=REFRESH_SECONDS)
        for feed, scope in wanted
    ]


def _safe(scope: str) -> str:
    return "chain" if scope == "*" else scope


def write_snapshot(db: Database, folder: Path, feed: Feed, scope: str) -> SnapshotInfo:
    """Write every live row of a feed at one consistent cursor; return its description."""
    partial = folder / f".{feed}-{os.getpid()}-{time.monotonic_ns()}.part"
    digest = hashlib.sha256()
    rows = 0
    last = Cursor()
    pg = db.dialect == "postgresql"
    # Plain SQL on the driver's cursor: a million rows do not go through result objects.
    query = (
        "SELECT key, version, data, txid, log_id FROM feed_row "
        "WHERE feed = :feed AND scope = :scope AND version > 0 AND NOT deleted"
        + (" AND txid < pg_snapshot_xmin(pg_current_snapshot())::text::bigint" if pg else "")
    )
    with db.session(read_only=True) as s, s.begin():
        if pg:
            s.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        result = s.execute(
            text(query).execution_options(yield_per=20_000),
            {"feed": str(feed), "scope": scope},
        )
        with open(partial, "wb") as raw:
            hashing = _HashingWriter(raw, digest)
            with gzip.GzipFile(fileobj=hashing, mode="wb", compresslevel=1, mtime=0) as out:
                for chunk in result.partitions():
                    lines = []
                    for key, version, data, txid, log_id in chunk:
                        lines.append(
                            b'{"key":%b,"version":%d,"data":%b}\n'
                            % (orjson.dumps(key), version, data.encode())
                        )
                        position = Cursor(txid, log_id)
                        if position > last:
                            last = position
                    rows += len(lines)
                    out.write(b"".join(lines))
    info = SnapshotInfo(
        feed=str(feed),
        cursor=last.encode(),
        rows=rows,
        sha256=digest.hexdigest(),
        size=partial.stat().st_size,
        name=f"{feed}-{_safe(scope)}-{digest.hexdigest()[:16]}.ndjson.gz",
    )
    os.replace(partial, folder / info.name)
    meta = folder / f"{feed}-{_safe(scope)}-{digest.hexdigest()[:16]}.json"
    meta.write_text(info.model_dump_json(), encoding="utf-8")
    return info


class _HashingWriter:
    """A file object that hashes what passes through it."""

    def __init__(self, raw: object, digest: object) -> None:
        self.raw = raw
        self.digest = digest

    def write(self, data: bytes) -> int:
        self.digest.update(data)  # type: ignore[attr-defined]
        return self.raw.write(data)  # type: ignore[attr-defined,no-any-return]

    def flush(self) -> None:
        self.raw.flush()  # type: ignore[attr-defined]

"""Publishing replicated records to the feeds, and reading pages of them.

Contract:
- `publish` runs in the caller's transaction, with the change that caused
  it (the log moves with the data). It moves the record to a new log
  position and a greater version; a tombstone is `data=None`.
- `read_page` serves rows after a cursor in log order, and on PostgreSQL
  only rows of transactions older than its snapshot's xmin: a transaction
  that started earlier but commits later cannot be passed by a cursor,
  because while it is open nothing at or after its own id is served.
- A cursor older than the feed's compaction horizon is answered 410; the
  tablet then downloads that feed again from the start.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    and_,
    delete,
    func,
    literal_column,
    or_,
    select,
    text,
)
from sqlalchemy.orm import Session

from loyalty_core.feeds import CHAIN_SCOPE, STORE_FEEDS, Feed, format_checksum, row_hash
from loyalty_core.sync_protocol import FeedPage, FeedState
from loyalty_core.sync_protocol import FeedRow as WireRow
from sync_server.bulk import among, insert_rows, update_rows
from sync_server.db import table_of
from sync_server.errors import ApiError
from sync_server.sync.models import FeedHorizon, FeedRow

_PG_XMIN = select(
    literal_column("pg_snapshot_xmin(pg_current_snapshot())::text::bigint")
).scalar_subquery()


@dataclass(frozen=True, order=True)
class Cursor:
    txid: int = 0
    log_id: int = 0

    def encode(self) -> str:
        return f"{self.txid}.{self.log_id}"

    @staticmethod
    def decode(value: str | None) -> Cursor:
        if not value:
            return Cursor()
        # ASCII digits only (int() also takes "1_0", " 1" and other scripts' digits), and
        # each part within a BIGINT column: a larger number fails in the database (a 500).
        match = _CURSOR.fullmatch(value)
        if match is None or max(int(match[1]), int(match[2])) > _BIGINT_MAX:
            raise ApiError(400, "bad_cursor", f"cursor {value!r} is not one of ours")
        return Cursor(int(match[1]), int(match[2]))


_CURSOR = re.compile(r"([0-9]{1,19})\.([0-9]{1,19})")
_BIGINT_MAX = 2**63 - 1


def scope_of(feed: Feed, store_code: str) -> str:
    """Return the scope a device of `store_code` reads `feed` in."""
    return store_code if feed in STORE_FEEDS else CHAIN_SCOPE


def _is_pg(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def publish(
    session: Session,
    feed: Feed,
    scope: str,
    key: str,
    data: dict[str, Any] | None,
    *,
    now: datetime,
) -> int:
    """Put a record's new state (or tombstone) at the head of its feed; return its version."""
    return publish_many(session, feed, scope, {key: data}, now=now)[key]


def read_page(session: Session, feed: Feed, scope: str, cursor: Cursor, *, limit: int) -> FeedPage:
    """Return the rows of a feed after `cursor`, oldest first, and the cursor after them."""
    horizon = session.get(FeedHorizon, str(feed))
    # A first download (the zero cursor) needs no tombstones, so it never expires.
    if horizon is not None and Cursor() < cursor < Cursor(horizon.txid, horizon.log_id):
        raise ApiError(
            410,
            "cursor_expired",
            f"the {feed} feed was compacted past this cursor; download it again",
            {"feed": str(feed)},
        )
    after = or_(
        FeedRow.txid > cursor.txid,
        and_(FeedRow.txid == cursor.txid, FeedRow.log_id > cursor.log_id),
    )
    query = select(
        FeedRow.key, FeedRow.version, FeedRow.deleted, FeedRow.data, FeedRow.txid, FeedRow.log_id
    ).where(FeedRow.feed == str(feed), FeedRow.scope == scope, after, FeedRow.version > 0)
    if _is_pg(session):
        query = query.where(FeedRow.txid < _PG_XMIN)
    rows = session.execute(query.order_by(FeedRow.txid, FeedRow.log_id).limit(limit + 1)).all()
    more = len(rows) > limit
    rows = rows[:limit]
    last = Cursor(rows[-1].txid, rows[-1].log_id) if rows else cursor
    return FeedPage(
        feed=str(feed),
        rows=[
            WireRow(
                key=r.key,
                version=r.version,
                deleted=r.deleted,
                data=None if r.data is None else json.loads(r.data),
            )
            for r in rows
        ],
        cursor=last.encode(),
        more=more,
        server_time=datetime.now(UTC),
    )


def feed_state(session: Session, feed: Feed, scope: str) -> FeedState:
    """Return the count and checksum of a feed's live rows in a scope, as pulls see them.

    On PostgreSQL only rows a pull may serve are counted (their transaction is
    older than the snapshot's xmin): a tablet that is caught up then matches,
    even while some other transaction is still open.
    """
    query = select(func.count(), func.coalesce(func.sum(FeedRow.row_hash), 0)).where(
        FeedRow.feed == str(feed),
        FeedRow.scope == scope,
        FeedRow.deleted.is_(False),
        FeedRow.version > 0,
    )
    if _is_pg(session):
        query = query.where(FeedRow.txid < _PG_XMIN)
    count, total = session.execute(query).one()
    return FeedState(feed=str(feed), count=int(count), checksum=format_checksum(int(total)))


def compact(session: Session, feed: Feed, *, before: datetime) -> int:
    """Drop tombstones older than `before`; cursors before the newest dropped get 410."""
    doomed = select(FeedRow.txid, FeedRow.log_id).where(
        FeedRow.feed == str(feed), FeedRow.deleted.is_(True), FeedRow.updated_at < before
    )
    rows = session.execute(doomed).all()
    if not rows:
        return 0
    newest = max(Cursor(r.txid, r.log_id) for r in rows)
    session.execute(
        delete(FeedRow).where(
            FeedRow.feed == str(feed), FeedRow.deleted.is_(True), FeedRow.updated_at < before
        )
    )
    horizon = session.get(FeedHorizon, str(feed))
    if horizon is None:
        session.add(FeedHorizon(feed=str(feed), txid=newest.txid, log_id=newest.log_id + 1))
    elif Cursor(horizon.txid, horizon.log_id) < newest:
        horizon.txid, horizon.log_id = newest.txid, newest.log_id + 1
    return len(rows)


def _positions(session: Session, n: int) -> tuple[int, list[int]]:
    """This transaction's id and `n` fresh log ids, in one round trip each."""
    if _is_pg(session):
        txid = session.execute(text("SELECT pg_current_xact_id()::text::bigint")).scalar_one()
        ids = list(
            session.execute(
                text("SELECT nextval('feed_log_id_seq') FROM generate_series(1, :n)"), {"n": n}
            ).scalars()
        )
        return int(txid), [int(i) for i in ids]
    first = session.execute(select(func.coalesce(func.max(FeedRow.log_id), 0) + 1)).scalar_one()
    return 0, list(range(first, first + n))


def _stored(feed: Feed, key: str, version: int, data: dict[str, Any] | None) -> dict[str, Any]:
    return {
        "deleted": data is None,
        "data": None if data is None else json.dumps(data, ensure_ascii=False, sort_keys=True),
        "row_hash": 0 if data is None else row_hash(str(feed), key, version),
    }


def publish_new(
    session: Session,
    feed: Feed,
    scope: str,
    rows: list[tuple[str, dict[str, Any]]],
    *,
    now: datetime,
) -> None:
    """Publish records that are new to a feed, in bulk (imports, demo data, new cases).

    Equivalent to `publish` on keys the feed has never held, in one INSERT.
    """
    if not rows:
        return
    txid, ids = _positions(session, len(rows))
    insert_rows(
        session,
        table_of(FeedRow),
        [
            _feed_row(feed, scope, key, 1, data, txid, log_id, now)
            for (key, data), log_id in zip(rows, ids, strict=True)
        ],
    )


def publish_many(
    session: Session,
    feed: Feed,
    scope: str,
    rows: dict[str, dict[str, Any] | None],
    *,
    now: datetime,
) -> dict[str, int]:
    """`publish` for many records of one feed and scope at once; return each key's version.

    As `publish` does, a key new to the feed is first inserted as a placeholder
    (a concurrent insert of the same key waits, then does nothing), so no
    IntegrityError can come out of here; rows are locked in key order
    (PostgreSQL), so two batches never wait on each other in a cycle.
    """
    if not rows:
        return {}
    keys = sorted(rows)
    current = _versions(session, feed, scope, keys)
    if missing := [key for key in keys if key not in current]:
        txid, ids = _positions(session, len(missing))
        insert_rows(
            session,
            table_of(FeedRow),
            [
                _feed_row(feed, scope, key, 0, None, txid, log_id, now)
                for key, log_id in zip(missing, ids, strict=True)
            ],
            unless_taken=("feed", "scope", "key"),
        )
        current.update(_versions(session, feed, scope, missing))
    txid, ids = _positions(session, len(keys))
    versions = {key: current[key] + 1 for key in keys}
    update_rows(
        session,
        table_of(FeedRow),
        ("feed", "scope", "key"),
        [
            _feed_row(feed, scope, key, versions[key], rows[key], txid, log_id, now)
            for key, log_id in zip(keys, ids, strict=True)
        ],
    )
    return versions


def _feed_row(
    feed: Feed,
    scope: str,
    key: str,
    version: int,
    data: dict[str, Any] | None,
    txid: int,
    log_id: int,
    now: datetime,
) -> dict[str, Any]:
    """A feed_row's columns; version 0 with no data is the placeholder of a new key."""
    return {
        "feed": str(feed),
        "scope": scope,
        "key": key,
        "version": version,
        **_stored(feed, key, version, data),
        "txid": txid,
        "log_id": log_id,
        "updated_at": now,
    }


def _versions(session: Session, feed: Feed, scope: str, keys: list[str]) -> dict[str, int]:
    """The versions of the keys a feed holds, locked (PostgreSQL) in key order."""
    found: dict[str, int] = {}
    for chunk in _chunked(keys):
        query = (
            select(FeedRow.key, FeedRow.version)
            .where(
                FeedRow.feed == str(feed),
                FeedRow.scope == scope,
                among(session, FeedRow.key, chunk),
            )
            .order_by(FeedRow.key)
        )
        rows = session.execute(query.with_for_update() if _is_pg(session) else query)
        found.update({key: version for key, version in rows})
    return found


_CHUNK = 500


def _chunked(values: list[Any]) -> list[list[Any]]:
    return [values[i : i + _CHUNK] for i in range(0, len(values), _CHUNK)]

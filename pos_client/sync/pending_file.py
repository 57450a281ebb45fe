"""Reading a tablet's waiting changes out of its store file, for head office to import.

Contract and pitfalls:
- The store is opened read-only (`mode=ro`) and never migrated, checkpointed
  or written: it is the evidence of what the tablet did. A read-only
  connection still reads the write-ahead log, so the changes a killed app
  committed there are found; `store.db` and `store.db-wal` keep their bytes.
  (SQLite may update the `-shm` index beside them; it holds no data.)
- The store may be of an older schema than this app: only columns every
  registered store has are read, the attachments table only if it exists.
- The file is encrypted: the key is this installation's (`db_key`), or,
  for another tablet's store, the key file in its key folder (`key_dir`).
- Without `since`, the changes exported are those the server never answered
  for good (pending, deferred). With `since`, every change answered at or
  after that moment is added: after head office restored a backup taken
  before it, those answers came from a database that no longer exists.
  Importing is idempotent, so a generous `since` costs only duplicates.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, cast

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import ColumnElement, Connection, Table, create_engine, or_, select

from loyalty_core.errors import UserFacingError
from loyalty_core.pending_changes import PendingAttachment, PendingChanges
from loyalty_core.wire import Change
from pos_client.store.db_key import KEY_FILE_NAME, find_key, key_location
from pos_client.store.models import Attachment, Device, OutboxEntry
from pos_client.sync.outbox_push import CHANGE_COLUMNS

FINAL_STATES = ("acknowledged", "rejected")
"""Answers the server gave for good; everything else is still to be delivered."""

_HEX_KEY = re.compile(r"[0-9a-f]{64}")
_HASH_FIELD = re.compile(r"[0-9a-f]{64}")
_SQLITE_NOTADB = 26

_OUTBOX = cast(Table, OutboxEntry.__table__)
_DEVICE = cast(Table, Device.__table__)
_ATTACHMENT = cast(Table, Attachment.__table__)


class CannotReadStore(UserFacingError):
    """The old store file, or its key, cannot be read."""

    code = "cannot_read_store"


def read_key_dir(folder: Path) -> bytes:
    """Return the key kept in another installation's key folder (its `database.key`)."""
    path = folder / KEY_FILE_NAME
    try:
        text = path.read_text(encoding="ascii").strip().lower()
    except FileNotFoundError:
        raise CannotReadStore(f"no key file {path}", path=str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise CannotReadStore(f"cannot read the key file {path}: {exc}", path=str(path)) from None
    if not _HEX_KEY.fullmatch(text):
        raise CannotReadStore(f"the key file {path} is damaged", path=str(path))
    return bytes.fromhex(text)


def installation_key() -> bytes:
    """Return this installation's key (the OS keyring or its key file)."""
    key = find_key()
    if key is None:
        raise CannotReadStore(
            f"this installation has no database key ({key_location()}): point --key-dir at"
            " the old tablet's key folder"
        )
    return key


def _connect_read_only(path: Path, key: bytes) -> Any:
    if not path.is_file():
        raise CannotReadStore(f"no store file {path}", path=str(path))
    con = sqlcipher.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        con.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as exc:
        con.close()
        if getattr(exc, "sqlite_errorcode", None) != _SQLITE_NOTADB:
            raise CannotReadStore(f"cannot read {path}: {exc}", path=str(path)) from None
        raise CannotReadStore(
            f"{path} cannot be read with this key: point --key-dir at the old tablet's key"
            " folder, or it is not a store file",
            path=str(path),
        ) from None
    return con


@contextmanager
def read_only_store(path: Path, key: bytes) -> Iterator[Connection]:
    """A read-only SQLAlchemy connection to a store file (not migrated, not written)."""
    raw = _connect_read_only(path, key)
    engine = create_engine("sqlite+pysqlite://", module=sqlcipher, creator=lambda: raw)
    try:
        with engine.connect() as conn:
            yield conn
    finally:
        engine.dispose()
        with closing(raw):
            pass


def read_pending(
    path: Path, *, key: bytes, now: datetime, since: datetime | None = None
) -> PendingChanges:
    """Return the changes of the store at `path` still to be delivered (see the module doc)."""
    with read_only_store(path, key) as conn:
        device = conn.execute(
            select(_DEVICE.c.id, _DEVICE.c.store_code, _DEVICE.c.device_code)
        ).one_or_none()
        if device is None:
            raise CannotReadStore(f"{path} belongs to no registered device", path=str(path))
        changes = _changes(conn, since)
        attachments = _attachments(conn, changes)
    return PendingChanges(
        device_id=device.id,
        store_code=device.store_code,
        device_code=device.device_code,
        exported_at=now,
        since=since,
        changes=changes,
        attachments=attachments,
    )


def _changes(conn: Connection, since: datetime | None) -> list[Change]:
    o = _OUTBOX.c
    wanted: ColumnElement[bool] = o.state.not_in(FINAL_STATES)
    if since is not None:
        # Answered at the tablet's clock, as ISO text in UTC: text order is time order.
        wanted = or_(wanted, o.answered_at >= since.isoformat())
    rows = conn.execute(select(*CHANGE_COLUMNS).where(wanted).order_by(o.seq)).all()
    return [
        Change(
            change_id=r.change_id,
            device_seq=r.seq,
            entity=r.entity,
            entity_id=r.entity_id,
            op=r.op,
            payload_version=r.payload_version,
            payload=json.loads(r.payload),
            payload_sha256=r.payload_sha256,
            hlc=r.hlc,
            occurred_at=r.occurred_at,
            staff_id=r.staff_id,
            depends_on=r.depends_on,
        )
        for r in rows
    ]


def _attachments(conn: Connection, changes: list[Change]) -> list[PendingAttachment]:
    """Files the changes name (signed PDFs, signatures) and files never uploaded."""
    if not conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'attachment'"
    ).first():
        return []
    named = {h for change in changes for h in _hashes_named(change.payload)}
    a = _ATTACHMENT.c
    rows = conn.execute(
        select(a.sha256, a.content_type, a.data)
        .where(or_(a.uploaded.is_(False), a.sha256.in_(sorted(named))))
        .order_by(a.sha256)
    ).all()
    return [PendingAttachment.of(r.sha256, r.content_type, r.data) for r in rows]


def _hashes_named(payload: dict[str, Any]) -> Iterator[str]:
    for name, value in payload.items():
        if name.endswith("_sha256") and isinstance(value, str) and _HASH_FIELD.fullmatch(value):
            yield value

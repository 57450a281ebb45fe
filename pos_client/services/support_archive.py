"""What support needs to know about a tablet, and an archive of it with nothing personal.

The "About and diagnostics" screen shows these facts and writes the archive
that a shop sends to support: `summary.json` (the facts, the sync feeds'
positions, the outbox counted by entity, operation and age, the changes the
server refused, the review list's size, the store file's size and its
integrity check) and the app's log files.

Nothing personal goes in: no customer or staff names, phones, e-mails, card
numbers, birth dates or skin data, no outbox payloads (only entity,
operation, ids and times), no device token, no PIN verifier, no key. The
summary is built from counts, codes and ids; the server's messages about
refused changes lose the values they quote. The logs are written masked
(the app's log formatter) and are masked again on their way into the
archive, as a second line of defence (`support_log.mask_personal`, which says
what is masked and why product barcodes are not).

No Qt here: the screen passes its Qt versions in `environment`.
"""

from __future__ import annotations

import json
import os
import platform
import re
import shutil
import sys
import time
import uuid
import zipfile
from collections import Counter
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, is_dataclass
from datetime import UTC, date, datetime, timedelta
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import case, func, select, text
from sqlalchemy.orm import Session

from loyalty_core.version import VERSION
from pos_client.services.support_log import FAULT_LOG_NAME, LOG_NAME, mask_personal
from pos_client.store.models import OutboxEntry, SyncFeed

if TYPE_CHECKING:
    from pos_client.sync.scheduler import SyncState

SUMMARY_NAME = "summary.json"
SUPPORT_FOLDER = "support"
QUICK_CHECK_ABOVE = 256 * 1024 * 1024
"""Store files larger than this get `quick_check` (minutes on a slow tablet otherwise)."""
MAX_FAILURES = 50
AGE_BUCKETS = (
    ("under_1h", timedelta(hours=1)),
    ("1h_to_24h", timedelta(hours=24)),
    ("1d_to_7d", timedelta(days=7)),
)
"""Waiting changes by age; older than the last bucket counts as `over_7d`."""


# -- the facts -------------------------------------------------------------------------------


@dataclass(frozen=True)
class FeedPosition:
    """Where this tablet stands in one feed (the server's cursor and the rows held)."""

    feed: str
    cursor: str
    rows: int


@dataclass(frozen=True)
class OutboxCount:
    entity: str
    op: str
    state: str
    count: int


@dataclass(frozen=True)
class RefusedChange:
    """A change the server rejected: which, when, and the server's code (no payload)."""

    change_id: str
    entity: str
    entity_id: str
    op: str
    occurred_at: datetime
    answered_at: str | None
    attempts: int
    code: str
    message: str


@dataclass(frozen=True)
class StoreFacts:
    """What the store says about this tablet and its sync (read on the store thread)."""

    device_id: str
    device_code: str
    store_code: str
    store_name: str
    schema_revision: str | None
    schema_head: str | None
    last_sync: datetime | None
    waiting: int
    oldest_waiting: datetime | None
    rejected: int
    review_open: int
    review_by_kind: dict[str, int]
    outbox_by_state: dict[str, int]
    outbox_open: tuple[OutboxCount, ...]
    """Changes not acknowledged yet, by entity, operation and state."""
    waiting_by_age: dict[str, int]
    refused: tuple[RefusedChange, ...]
    feeds: tuple[FeedPosition, ...]

    @property
    def schema_current(self) -> bool:
        return self.schema_revision is not None and self.schema_revision == self.schema_head


@dataclass(frozen=True)
class Installation:
    """The files and the machine: read from the data folder, without the store."""

    data_dir: Path
    store_file_bytes: int
    disk_free_bytes: int
    disk_total_bytes: int
    server_url: str | None
    registration: str
    """'registered', 'not_registered', or 'unreadable' (a credentials file this key cannot open)."""
    key_location: str
    backups: tuple[tuple[str, int], ...] = ()
    """The store's copies taken before schema upgrades (name, bytes), oldest first."""
    app_version: str = VERSION
    python: str = field(default_factory=platform.python_version)
    system: str = field(default_factory=platform.platform)


@dataclass(frozen=True)
class StoreCheck:
    """SQLite's own check of the store file: 'ok', or what it found."""

    pragma: str
    result: tuple[str, ...]
    seconds: float

    @property
    def ok(self) -> bool:
        return self.result == ("ok",)


def store_facts(session: Session, *, now: datetime) -> StoreFacts:
    """Read what support needs from the store: device, schema, outbox, feeds, review list."""
    from pos_client.services import review
    from pos_client.services.setup import device_info
    from pos_client.store.migrate import head_revision
    from pos_client.sync.engine import sync_status

    device = device_info(session)
    status = sync_status(session)
    by_state = dict(
        session.execute(select(OutboxEntry.state, func.count()).group_by(OutboxEntry.state)).all()
    )
    open_rows = session.execute(
        select(OutboxEntry.entity, OutboxEntry.op, OutboxEntry.state, func.count())
        .where(OutboxEntry.state != "acknowledged")
        .group_by(OutboxEntry.entity, OutboxEntry.op, OutboxEntry.state)
        .order_by(OutboxEntry.entity, OutboxEntry.op, OutboxEntry.state)
    )
    entries = review.review_list(session)
    return StoreFacts(
        device_id=str(device.id),
        device_code=device.device_code,
        store_code=device.store_code,
        store_name=device.store_name,
        schema_revision=_stamped_revision(session),
        schema_head=head_revision(),
        last_sync=status.last_sync,
        waiting=status.waiting,
        oldest_waiting=status.oldest_waiting,
        rejected=status.rejected,
        review_open=len(entries),
        review_by_kind=dict(Counter(entry.kind for entry in entries)),
        outbox_by_state={str(k): int(v) for k, v in by_state.items()},
        outbox_open=tuple(OutboxCount(e, o, s, int(n)) for e, o, s, n in open_rows),
        waiting_by_age=_waiting_by_age(session, now),
        refused=_refused(session),
        feeds=tuple(
            FeedPosition(f.feed, f.cursor, f.row_count)
            for f in session.scalars(select(SyncFeed).order_by(SyncFeed.feed))
        ),
    )


def _stamped_revision(session: Session) -> str | None:
    revisions = session.scalars(text("SELECT version_num FROM alembic_version")).all()
    return ",".join(sorted(revisions)) or None


def _waiting_by_age(session: Session, now: datetime) -> dict[str, int]:
    from pos_client.sync.outbox_push import WAITING

    whens = [(OutboxEntry.occurred_at >= now - age, name) for name, age in AGE_BUCKETS]
    bucket = case(*whens, else_="over_7d")
    rows = session.execute(
        select(bucket, func.count()).where(OutboxEntry.state.in_(WAITING)).group_by(bucket)
    )
    counts = {name: 0 for name, _age in AGE_BUCKETS} | {"over_7d": 0}
    counts.update({str(name): int(n) for name, n in rows})
    return counts


def _refused(session: Session) -> tuple[RefusedChange, ...]:
    """The latest changes the server rejected; its message with any quoted value hidden."""
    rows = session.execute(
        select(
            OutboxEntry.change_id,
            OutboxEntry.entity,
            OutboxEntry.entity_id,
            OutboxEntry.op,
            OutboxEntry.occurred_at,
            OutboxEntry.answered_at,
            OutboxEntry.attempts,
            OutboxEntry.server_answer,
        )
        .where(OutboxEntry.state == "rejected")
        .order_by(OutboxEntry.seq.desc())
        .limit(MAX_FAILURES)
    )
    refused = []
    for change_id, entity, entity_id, op, occurred, answered, attempts, answer in rows:
        code, message = _code_and_message(answer)
        refused.append(
            RefusedChange(
                str(change_id),
                entity,
                str(entity_id),
                op,
                occurred,
                answered,
                attempts,
                code,
                message,
            )
        )
    return tuple(refused)


_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")


def _code_and_message(answer: str | None) -> tuple[str, str]:
    """The server's code, and its message without the values it quotes (they may be personal)."""
    try:
        data = json.loads(answer or "{}")
    except ValueError:
        return "", ""
    if not isinstance(data, dict):
        return "", ""
    message = _QUOTED.sub("'…'", str(data.get("message", "")))
    return str(data.get("code", "")), mask_personal(message)


def installation(data_dir: Path) -> Installation:
    """Read the data folder: store file size, free disk, server address, where the key is."""
    from pos_client.store.db_key import key_location
    from pos_client.store.store_backup import backups_of
    from pos_client.sync import credentials

    store = data_dir / "store.db"
    sizes = [p.stat().st_size for p in _store_files(store)]
    disk = shutil.disk_usage(data_dir)
    saved = credentials.load(data_dir)
    if saved is not None:
        registration = "registered"
    elif (data_dir / credentials.FILE_NAME).exists():
        registration = "unreadable"
    else:
        registration = "not_registered"
    return Installation(
        data_dir=data_dir,
        store_file_bytes=sum(sizes),
        disk_free_bytes=disk.free,
        disk_total_bytes=disk.total,
        server_url=saved.server_url if saved is not None else None,
        registration=registration,
        key_location=key_location(),
        backups=tuple((p.name, p.stat().st_size) for p in backups_of(store)),
    )


def _store_files(store: Path) -> list[Path]:
    files = (store, *(store.with_name(store.name + s) for s in ("-wal", "-shm")))
    return [p for p in files if p.exists()]


def check_store(path: Path, *, quick_above: int = QUICK_CHECK_ABOVE) -> StoreCheck:
    """Run SQLite's integrity check on the store on a connection of its own.

    Not on the store thread: it reads every page, and WAL lets it read beside
    the sales being written. A large file gets the quicker `quick_check`.
    """
    from pos_client.store.database import connect_file, is_plain_file

    pragma = "quick_check" if path.stat().st_size > quick_above else "integrity_check"
    started = time.perf_counter()
    try:
        con = connect_file(path, encrypted=not is_plain_file(path))
    except Exception as exc:  # what support needs to read is why it did not open
        return StoreCheck(pragma, (f"cannot open: {mask_personal(str(exc))}",), 0.0)
    try:
        result = tuple(str(row[0]) for row in con.execute(f"PRAGMA {pragma}(100)").fetchall())
    finally:
        con.close()
    return StoreCheck(pragma, result, round(time.perf_counter() - started, 3))


# -- the archive -----------------------------------------------------------------------------


def summary(
    facts: StoreFacts,
    where: Installation,
    *,
    sync: SyncState | None,
    environment: Mapping[str, str],
    check: StoreCheck | None,
    now: datetime,
) -> dict[str, Any]:
    """Everything the screen shows and more, as JSON-ready data (no personal data in it)."""
    state = _plain(asdict(sync)) if sync is not None and is_dataclass(sync) else None
    if isinstance(state, dict) and "message" in state:
        state["message"] = mask_personal(str(state["message"]))
    return {
        "written_at": now.astimezone(UTC).isoformat(timespec="seconds"),
        "app": {
            "version": where.app_version,
            "schema_revision": facts.schema_revision,
            "schema_head": facts.schema_head,
        },
        "device": {"id": facts.device_id, "code": facts.device_code},
        "store": {"code": facts.store_code, "name": facts.store_name},
        "server": {"url": where.server_url, "registration": where.registration},
        "sync": {
            "state": state,
            "last_sync": _plain(facts.last_sync),
            "waiting": facts.waiting,
            "oldest_waiting": _plain(facts.oldest_waiting),
            "rejected": facts.rejected,
            "waiting_by_age": facts.waiting_by_age,
            "feeds": [_plain(asdict(f)) for f in facts.feeds],
        },
        "outbox": {
            "by_state": facts.outbox_by_state,
            "not_acknowledged": [_plain(asdict(c)) for c in facts.outbox_open],
            "refused": [_plain(asdict(r)) for r in facts.refused],
        },
        "review": {"open": facts.review_open, "by_kind": facts.review_by_kind},
        "store_file": {
            "bytes": where.store_file_bytes,
            "check": _plain(asdict(check)) if check is not None else None,
            "key_location": where.key_location,
            "backups": [{"name": name, "bytes": size} for name, size in where.backups],
        },
        "machine": {
            "data_dir": str(where.data_dir),
            "disk_free_bytes": where.disk_free_bytes,
            "disk_total_bytes": where.disk_total_bytes,
            "data_dir_contents": _contents(where.data_dir),
            "python": where.python,
            "system": where.system,
            "executable_frozen": bool(getattr(sys, "frozen", False)),
            **dict(environment),
        },
    }


def _plain(value: Any) -> Any:
    """JSON-ready: dates and times as ISO text, enums as their value, containers walked."""
    if isinstance(value, date):  # datetimes too
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, uuid.UUID | Path):
        return str(value)
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


_KNOWN_FILE = re.compile(
    r"^(store\.db(-wal|-shm|-journal)?|device-credentials\.json|pos-client.*\.log(\.\d+)?)$"
)
"""Files the app itself names in its data folder; any other is counted, never named."""


def _contents(data_dir: Path) -> list[dict[str, Any]]:
    """The data folder's top level by size: the app's files by name, folders summed (no file
    inside is named), anything else a person put there counted as 'other files'."""
    listed: list[dict[str, Any]] = []
    others = [0, 0]
    for entry in sorted(data_dir.iterdir()):
        if entry.is_dir():
            files = [p for p in entry.rglob("*") if p.is_file()]
            size = sum(p.stat().st_size for p in files)
            listed.append({"name": entry.name + "/", "files": len(files), "bytes": size})
        elif entry.is_file() and _KNOWN_FILE.match(entry.name):
            listed.append({"name": entry.name, "bytes": entry.stat().st_size})
        elif entry.is_file():
            others[0] += 1
            others[1] += entry.stat().st_size
    if others[0]:
        listed.append({"name": "(other files)", "files": others[0], "bytes": others[1]})
    return listed


def log_files(data_dir: Path) -> list[Path]:
    """The app's log files, newest first: pos-client.log, .1, .2... and the crash log."""
    rotated = sorted(
        (p for p in data_dir.glob(f"{LOG_NAME}.*") if p.suffix[1:].isdigit()),
        key=lambda p: int(p.suffix[1:]),
    )
    files = [data_dir / LOG_NAME, *rotated, data_dir / FAULT_LOG_NAME]
    return [p for p in files if p.is_file()]


def archive_name(facts: StoreFacts, now: datetime) -> str:
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    return f"support-{facts.store_code}-{facts.device_code}-{stamp}.zip"


def default_folder(data_dir: Path, documents: Path | None) -> Path:
    """Where the archive goes unless a person picks: the user's Documents, else data/support."""
    if documents is not None and documents.is_dir() and os.access(documents, os.W_OK):
        return documents
    return data_dir / SUPPORT_FOLDER


def write_archive(
    folder: Path, content: Mapping[str, Any], *, facts: StoreFacts, data_dir: Path, now: datetime
) -> Path:
    """Write the support archive into `folder`: summary.json and the masked logs.

    Written under a temporary name and renamed, so a half-written archive is
    never mistaken for one to send.
    """
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / archive_name(facts, now)
    partial = target.with_suffix(".zip.part")
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            body = json.dumps(content, indent=2, ensure_ascii=False, sort_keys=True)
            archive.writestr(SUMMARY_NAME, body + "\n")
            for log in log_files(data_dir):
                archive.writestr(f"logs/{log.name}", _masked_log(log))
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def _masked_log(path: Path) -> str:
    return mask_personal(path.read_text(encoding="utf-8", errors="replace"))

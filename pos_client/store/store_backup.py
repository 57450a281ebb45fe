"""The rotating backup folder: a copy of the store taken before its schema is upgraded.

Contract:
- `take_backup` copies the store file byte for byte into `<data folder>/backups/`
  as `store-<UTC time>-rev<old revision>.db`, then keeps only the newest
  `KEEP`. The copy is consistent: it is made on the engine's own connection
  (the key applied) holding the write lock, after every WAL frame has been
  folded into the file and the WAL emptied, so the file alone is the whole
  database and nobody can change it meanwhile. An encrypted store stays
  encrypted under the same key (its bytes are copied, never decrypted).
  Written under a temporary name, fsynced, then renamed: a crash leaves no
  half backup under a backup's name.
- `restore_backup` puts a backup back over the store once every connection
  to it is closed: the -wal/-shm/-journal beside the store are removed first
  (a stale WAL would be replayed into the restored file), then a copy of the
  backup replaces the store in one rename. The backup itself stays, for support.
- Only an upgrade takes a backup: the usual start, at the newest schema,
  writes nothing (migrate.upgrade decides).
Pitfall: the copy is as large as the store (about 1 GB for a million
customers, a few seconds); it happens only when a new version first starts.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from loyalty_core.errors import UserFacingError
from pos_client.store.database import _lock_with_empty_wal
from pos_client.store.db_key import sync_folder

KEEP = 5
"""Backups kept; the oldest beyond this are deleted after a new one is written."""
FOLDER = "backups"
_NAME = re.compile(r"^store-(?P<time>\d{8}T\d{6}Z)-rev(?P<revision>[\w.+-]+)\.db$")
_STAMP = "%Y%m%dT%H%M%SZ"
_SIDECARS = ("-wal", "-shm", "-journal")


class StoreBackupFailed(UserFacingError):
    """The copy before an upgrade could not be written (a full disk...); nothing was changed."""

    code = "store_backup_failed"


def backup_folder(store_path: Path) -> Path:
    """Return the rotating backup folder beside the store file (in the data folder)."""
    return store_path.parent / FOLDER


def backups_of(store_path: Path) -> list[Path]:
    """Return the store's backups, oldest first (their names sort by time)."""
    folder = backup_folder(store_path)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if _NAME.match(p.name))


def take_backup(
    engine: Engine, store_path: Path, *, revision: str, now: datetime | None = None
) -> Path:
    """Copy the store, consistently, into the backup folder; rotate; return the copy's path."""
    now = now or datetime.now(UTC)
    folder = backup_folder(store_path)
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        target = _free_name(folder, now.astimezone(UTC), revision)
        temp = folder / f".{target.name}.{secrets.token_hex(4)}.tmp"
        raw = engine.raw_connection()
        try:
            guard: Any = raw.driver_connection  # the sqlcipher3 connection, key applied
            _lock_with_empty_wal(guard, store_path)
            try:
                _copy_durably(store_path, temp)
            finally:
                guard.execute("ROLLBACK")
        finally:
            raw.close()
        os.replace(temp, target)
        sync_folder(folder)
    except OSError as error:
        for stale in folder.glob(".store-*.tmp"):
            stale.unlink(missing_ok=True)
        raise StoreBackupFailed(
            f"cannot back up the store {store_path} into {folder} before upgrading it: {error}",
            path=str(store_path),
            reason=error.strerror or str(error),
        ) from error
    _rotate(store_path)
    return target


def restore_backup(backup: Path, store_path: Path) -> None:
    """Put `backup` back as the store file; every connection to the store must be closed."""
    for suffix in _SIDECARS:  # before the rename: never replayed into the restored file
        store_path.with_name(store_path.name + suffix).unlink(missing_ok=True)
    temp = store_path.with_name(f"{store_path.name}.restoring-{secrets.token_hex(4)}")
    try:
        _copy_durably(backup, temp)
        os.replace(temp, store_path)
    finally:
        temp.unlink(missing_ok=True)
    sync_folder(store_path.parent)


def _free_name(folder: Path, now: datetime, revision: str) -> Path:
    """`store-<time>-rev<revision>.db`, a second later while the name is taken (order kept)."""
    safe = re.sub(r"[^\w.+-]", "_", revision)
    while True:
        target = folder / f"store-{now.strftime(_STAMP)}-rev{safe}.db"
        if not target.exists():
            return target
        now += timedelta(seconds=1)


def _copy_durably(source: Path, target: Path) -> None:
    """Copy a file's bytes to a new file (0600) and fsync it."""
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out, source.open("rb") as src:
        shutil.copyfileobj(src, out, 1 << 20)
        out.flush()
        os.fsync(out.fileno())


def _rotate(store_path: Path) -> None:
    """Delete all but the newest `KEEP` backups."""
    for old in backups_of(store_path)[:-KEEP]:
        old.unlink(missing_ok=True)

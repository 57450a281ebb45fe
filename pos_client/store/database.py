"""Opening the local SQLite store: encrypted at rest, durable, WAL, one writer at a time.

Contract:
- The file is encrypted with SQLCipher (the `sqlcipher3` driver, through
  SQLAlchemy's pysqlite dialect) under this installation's key (`db_key`:
  the OS keyring, else a key file outside the data folder). The key pragma is
  the first statement on every connection: the engine's `creator` applies it
  before SQLAlchemy or our pragmas run anything. Each new connection then
  reads the schema, so a wrong or missing key is `StoreKeyMismatch` at open,
  not "file is not a database" later inside Alembic or a sale.
- A plain store from an older version (the file starts with SQLite's plain
  header) is encrypted in place on its first encrypted open: its WAL is
  emptied under the write lock, the data exported to an encrypted copy in
  the same folder, the copy checked (row counts of every table,
  `integrity_check`, `cipher_integrity_check`) and renamed over the original.
  A crash leaves the old plain file or the new encrypted one, never neither.
  The plain file's disk blocks are freed, not overwritten (on flash storage
  only full-disk encryption can promise more).
- `secure_delete=ON`: deleted and updated rows are overwritten in the file
  (GDPR erasure relies on it). `temp_store=MEMORY` keeps sorts and temporary
  tables out of temporary files, which SQLCipher would not encrypt.
- `synchronous=FULL` with WAL: a committed sale survives a power cut, so
  a receipt handed over always has its sale on disk.
- Write transactions start with `BEGIN IMMEDIATE` (we take over pysqlite's
  own transaction handling, as SQLAlchemy's pysqlite notes explain), so a
  transaction that reads then writes never fails half way with "database is
  locked" in WAL mode; a second process waits up to `busy_timeout`.
- The schema is migrated by Alembic before anything else touches it; a store
  that holds data is copied to the backup folder first and put back if the
  migration fails (`migrate`, `store_backup`).
- `encrypted=False` opens a plain file with the same driver and pragmas: for
  tests and tools that must read a file's bytes, never for a tablet's store.
"""

from __future__ import annotations

import glob
import os
import secrets
import time
from functools import partial
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from loyalty_core.errors import UserFacingError
from pos_client.store.db_key import ensure_key, find_key, key_location, sync_folder

BUSY_TIMEOUT_MS = 10_000
PLAIN_HEADER = b"SQLite format 3\x00"
_SQLITE_NOTADB = 26
_SIDECARS = ("-wal", "-shm", "-journal")

DBAPIConnection = Any  # a sqlcipher3 connection (the module ships no type hints)


class StoreKeyMismatch(UserFacingError):
    """The store file cannot be read with this installation's key (or is no store)."""

    code = "store_key_mismatch"


class StoreInUse(UserFacingError):
    """Another program kept the store open while it was being encrypted."""

    code = "store_in_use"


def _on_connect(dbapi_conn: DBAPIConnection, _record: object) -> None:
    dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA cache_size=-32000")  # 32 MB page cache
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


def _on_begin(conn: object) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE")  # type: ignore[attr-defined]


def create_store_engine(path: Path, *, encrypted: bool = True) -> Engine:
    """Return an engine on the store file at `path` (created if missing, encrypted if plain)."""
    path = path.absolute()
    path.parent.mkdir(parents=True, exist_ok=True)
    key = _key_for(path) if encrypted else None
    if key is not None and is_plain_file(path):
        _encrypt_in_place(path, key)
    connect = partial(_connect, path, key, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    # hide_parameters: an error names no customer value (error text reaches the log).
    engine = create_engine(
        f"sqlite+pysqlite:///{path}", module=sqlcipher, creator=connect, hide_parameters=True
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def open_store(path: Path, *, encrypted: bool = True) -> sessionmaker[Session]:
    """Open (and migrate) the store at `path`; return its session factory.

    An upgrade is backed up first and undone if it fails (`migrate.upgrade`).
    """
    from pos_client.store.migrate import upgrade

    engine = create_store_engine(path, encrypted=encrypted)
    upgrade(engine, store_path=path.absolute())
    return sessionmaker(engine, expire_on_commit=False)


def connect_file(
    path: Path, *, encrypted: bool = True, read_only: bool = False, timeout: float = 5.0
) -> DBAPIConnection:
    """Return a bare DBAPI connection to an existing store file, its key applied and checked.

    For tools and tests that read a store from outside the app, as another
    process would: none of the store's pragmas, no upgrade of a plain file.
    """
    key = None
    if encrypted:
        key = find_key()
        if key is None:
            raise _no_key(path)
    return _connect(path.absolute(), key, read_only=read_only, timeout=timeout)


def is_plain_file(path: Path) -> bool:
    """Tell whether `path` is an unencrypted SQLite database (it starts with the plain header)."""
    try:
        with path.open("rb") as file:
            return file.read(len(PLAIN_HEADER)) == PLAIN_HEADER
    except FileNotFoundError:
        return False


def _key_for(path: Path) -> bytes:
    """The installation's key; made on first use, but never for an encrypted file that exists."""
    exists = path.exists() and path.stat().st_size > 0
    if not exists or is_plain_file(path):
        return ensure_key()
    key = find_key()
    if key is None:
        raise _no_key(path)
    return key


def _no_key(path: Path) -> StoreKeyMismatch:
    return StoreKeyMismatch(
        f"the store {path} is encrypted and this installation has no key for it"
        f" (looked in {key_location()})",
        path=str(path),
    )


def _connect(
    path: Path,
    key: bytes | None,
    *,
    read_only: bool = False,
    timeout: float = 5.0,
    check_same_thread: bool = True,
) -> DBAPIConnection:
    """Connect, apply the key as the very first statement, and prove it by reading the schema."""
    target = f"{path.as_uri()}?mode=ro" if read_only else str(path)
    con = sqlcipher.connect(
        target, uri=read_only, timeout=timeout, check_same_thread=check_same_thread
    )
    try:
        if key is not None:
            con.execute(f'PRAGMA key = "{_raw_key(key)}"')
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as error:
        con.close()
        if getattr(error, "sqlite_errorcode", None) != _SQLITE_NOTADB:
            raise
        if key is None:
            why = "cannot be read as a plain file: it is encrypted, or it is not a store"
        else:
            why = (
                "cannot be read with this installation's key: it was encrypted with another"
                f" key (this one is in {key_location()}), or it is not a store"
            )
        raise StoreKeyMismatch(f"the store {path} {why}", path=str(path)) from error
    except BaseException:
        con.close()
        raise
    return con


def _raw_key(key: bytes) -> str:
    """SQLCipher's raw-key form: used as is, no passphrase derivation."""
    return f"x'{key.hex()}'"


# -- encrypting a plain store in place -----------------------------------------------------


def _encrypt_in_place(path: Path, key: bytes) -> None:
    """Replace the plain store at `path` by a verified encrypted copy of it.

    The copy is written under a temporary name in the same folder and renamed
    over the original in one step. The plain WAL is emptied under the write
    lock before the copy is made: a stale plain -wal beside the encrypted file
    would otherwise be replayed into it.
    """
    for stale in path.parent.glob(f"{glob.escape(path.name)}.encrypting-*"):
        stale.unlink(missing_ok=True)  # an interrupted upgrade's copy (encrypted)
    copy = path.with_name(f"{path.name}.encrypting-{secrets.token_hex(4)}")
    try:
        exported = _export_encrypted(path, copy, key)
        if exported is None:
            return  # another process encrypted it while we waited for the lock
        counts, locked = exported
        _verify_copy(copy, key, counts)
        _fsync(copy)
        if _identity(path) != locked or _sidecars_of(path):
            raise StoreInUse(
                f"the store {path} was opened by another program while it was being"
                " encrypted; close it and start again",
                path=str(path),
            )
        os.replace(copy, path)
        sync_folder(path.parent)
    finally:
        copy.unlink(missing_ok=True)
        copy.with_name(copy.name + "-journal").unlink(missing_ok=True)
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _export_encrypted(
    path: Path, copy: Path, key: bytes
) -> tuple[dict[str, int], tuple[int, int, int]] | None:
    """Export the plain store into `copy` under its write lock; return its row counts and
    identity as locked, or None if it is no longer plain once locked."""
    guard = _connect(path, None, timeout=BUSY_TIMEOUT_MS / 1000)
    guard.isolation_level = None
    try:
        _lock_with_empty_wal(guard, path)
        if not is_plain_file(path):
            return None
        locked = _identity(path)
        counts = _row_counts(guard)
        exporter = _connect(path, None)
        try:
            exporter.isolation_level = None
            exporter.execute("PRAGMA temp_store=MEMORY")  # no plain temporary files
            exporter.execute("PRAGMA cache_size=-131072")  # 128 MB, for this one copy
            exporter.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(copy), _raw_key(key)))
            # A fresh file we check, fsync and rename ourselves: no journal needed.
            exporter.execute("PRAGMA encrypted.journal_mode=OFF")
            exporter.execute("PRAGMA encrypted.synchronous=OFF")
            exporter.execute("SELECT sqlcipher_export('encrypted')")
            for pragma in ("user_version", "application_id"):  # not copied by the export
                (value,) = exporter.execute(f"PRAGMA main.{pragma}").fetchone()
                exporter.execute(f"PRAGMA encrypted.{pragma}={int(value)}")
            exporter.execute("DETACH DATABASE encrypted")
        finally:
            exporter.close()
        guard.execute("ROLLBACK")
    finally:
        guard.close()  # the last connection: SQLite removes the empty -wal and the -shm
    return counts, locked


def _lock_with_empty_wal(guard: DBAPIConnection, path: Path, attempts: int = 5) -> None:
    """Take the write lock with every WAL frame folded into the file and the WAL empty."""
    wal = path.with_name(path.name + "-wal")
    for _ in range(attempts):
        (busy, _frames, _done) = guard.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        guard.execute("BEGIN IMMEDIATE")
        if not busy and (not wal.exists() or wal.stat().st_size == 0):
            return
        guard.execute("ROLLBACK")  # a writer got in between: again
        time.sleep(0.1)
    raise StoreInUse(
        f"the store {path} is busy in another program; close it and start again",
        path=str(path),
    )


def _row_counts(con: DBAPIConnection) -> dict[str, int]:
    names = [n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    quoted = {n: '"' + n.replace('"', '""') + '"' for n in names}
    return {
        n: int(con.execute(f"SELECT count(*) FROM {q}").fetchone()[0]) for n, q in quoted.items()
    }


def _verify_copy(copy: Path, key: bytes, counts: dict[str, int]) -> None:
    """Read the copy back with the key: the same rows in every table, every page sound."""
    con = _connect(copy, key)
    try:
        con.execute("PRAGMA cache_size=-131072")
        copied = _row_counts(con)
        if copied != counts:
            differ = sorted(
                n for n in counts.keys() | copied.keys() if counts.get(n) != copied.get(n)
            )
            raise RuntimeError(f"the encrypted copy of the store differs in {differ}")
        integrity = con.execute("PRAGMA integrity_check").fetchall()
        if integrity != [("ok",)]:
            raise RuntimeError(f"the encrypted copy failed integrity_check: {integrity[:5]}")
        pages = con.execute("PRAGMA cipher_integrity_check").fetchall()
        if pages:
            raise RuntimeError(f"the encrypted copy failed cipher_integrity_check: {pages[:5]}")
    finally:
        con.close()


def _identity(path: Path) -> tuple[int, int, int]:
    """Which file is at `path`, and whether it was written since: inode, size, mtime."""
    st = path.stat()
    return st.st_ino, st.st_size, st.st_mtime_ns


def _sidecars_of(path: Path) -> list[Path]:
    """The WAL, shared-memory or journal files that mean a connection is still open."""
    found = (path.with_name(path.name + suffix) for suffix in _SIDECARS)
    return [p for p in found if p.exists()]


def _fsync(path: Path) -> None:
    with path.open("rb+") as file:
        os.fsync(file.fileno())

"""Backing the server's database up while it runs, and restoring it after a loss.

What needs keeping: the database only. Everything head office holds is in
it, signed consent PDFs and other attachments included; the data folder's
`snapshots/` are first-download files written again from the database.

- SQLite: SQLite's online backup API copies the file in one read
  transaction, a consistent copy while the server goes on writing (a file
  copy of a live WAL database is not). The copy is switched out of WAL mode
  (one self-contained file), checked with `PRAGMA integrity_check`, synced
  and only then given its final name.
- PostgreSQL: `pg_dump --format=custom`, then `pg_restore --list` reads the
  dump back. The password goes to the tools in `PGPASSWORD`, never on their
  command line (which any user of the machine can see) nor in any message.
- Backups are named `server-<UTC time>.db` / `.dump`; the newest `keep` of
  each kind stay, older ones are deleted.

A restore brings the database back to the moment of the backup, behind what
the tablets already hold: their feed cursors point past the restored change
log, and changes they pushed after the backup were acknowledged by a
database that no longer exists. `restart_feeds` moves every restored feed
row to a position after anything the lost database can have handed out and
sets every feed's compaction horizon there, so each tablet's next pull is
told its cursor expired (410) and downloads each feed again (SYNC.md rule 6,
already in every tablet); first-download snapshot files, which hold the lost
data and its cursors, are deleted. In the same transaction the database gets
a new epoch (`sync_server.database_epoch`): every answer says it, and a tablet
that sees it change puts every change it holds as acknowledged back in its
outbox and pushes it again (`pos_client.sync.epoch`), so what the lost
database had acknowledged comes back with the tablets' next syncs, each change
once (the restored database answers the others `duplicate`). A tablet that
cannot sync any more is the one case left for `export-pending --since` and
`import-pending` (deploy/backup-and-restore.md).
"""

from __future__ import annotations

import glob
import os
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select, text, update
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session

from loyalty_core.feeds import Feed
from sync_server.config import ServerSettings
from sync_server.database_epoch import new_epoch
from sync_server.db import Database
from sync_server.sync.feeds import Cursor
from sync_server.sync.models import FeedHorizon, FeedRow

SQLITE_SUFFIX = ".db"
DUMP_SUFFIX = ".dump"
PREFIX = "server-"

RESTORE_JUMP = 2**40
"""How far a restore moves the SQLite change log: more rows than a chain publishes between a
backup and its restore (a million a day for three thousand years)."""


class BackupError(Exception):
    """A backup or restore that could not be made; nothing was replaced."""


@dataclass(frozen=True)
class Written:
    path: Path
    size: int


@dataclass(frozen=True)
class Restored:
    kept_aside: Path | None
    """The database file the restore replaced (SQLite), kept until someone deletes it."""
    feed_rows: int
    horizon: Cursor
    snapshots_dropped: int
    warning: str = ""
    epoch: str = ""
    """The restored database's new epoch: tablets that see it re-send what it lost."""


def backup_name(now: datetime, suffix: str) -> str:
    return f"{PREFIX}{now:%Y%m%dT%H%M%SZ}{suffix}"


def backup(settings: ServerSettings, *, to: Path, keep: int, now: datetime) -> list[Written]:
    """Write a consistent backup of the database into `to`; keep the newest `keep`."""
    if keep < 1:
        raise BackupError("--keep must be at least 1")
    if settings.is_sqlite and not sqlite_path(settings).is_file():
        raise BackupError(f"no database at {sqlite_path(settings)}")
    to.mkdir(parents=True, exist_ok=True)
    if settings.is_sqlite:
        written = backup_sqlite(sqlite_path(settings), _free_name(to, now, SQLITE_SUFFIX))
    else:
        written = backup_postgres(settings.database_url, _free_name(to, now, DUMP_SUFFIX))
    prune(to, keep=keep, suffix=written.path.suffix)
    return [written]


def sqlite_path(settings: ServerSettings) -> Path:
    database = make_url(settings.database_url).database
    if not database or database == ":memory:":
        raise BackupError(f"no database file in {settings.database_url}")
    return Path(database)


def _free_name(folder: Path, now: datetime, suffix: str) -> Path:
    path = folder / backup_name(now, suffix)
    n = 1
    while path.exists():  # two backups in one second
        n += 1
        path = folder / f"{PREFIX}{now:%Y%m%dT%H%M%SZ}-{n}{suffix}"
    return path


def backup_sqlite(database: Path, target: Path) -> Written:
    """Copy a live SQLite database through the online backup API, then check the copy."""
    if not database.is_file():
        raise BackupError(f"no database at {database}")
    partial = target.with_name(target.name + ".partial")
    source = sqlite3.connect(f"{database.absolute().as_uri()}?mode=ro", uri=True, timeout=30)
    try:
        copy = sqlite3.connect(partial)
        try:
            # One step (pages=-1): one read transaction, so writers go on and the copy is
            # the database as of one commit.
            source.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")
            problems = check_sqlite_connection(copy)
        finally:
            copy.close()
    finally:
        source.close()
    if problems:
        partial.unlink(missing_ok=True)
        raise BackupError(f"the copy failed its integrity check: {problems[:5]}")
    _fsync(partial)
    os.replace(partial, target)
    _fsync_folder(target.parent)
    return Written(target, target.stat().st_size)


def check_sqlite_connection(con: sqlite3.Connection) -> list[str]:
    """Problems `integrity_check` finds, and a missing schema: empty when the copy is sound."""
    problems = [row[0] for row in con.execute("PRAGMA integrity_check") if row[0] != "ok"]
    tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    problems += [
        f"no table {t}" for t in ("alembic_version", "feed_row", "inbox") if t not in tables
    ]
    return problems


def check_sqlite_backup(path: Path) -> list[str]:
    """Problems found in a backup file (read-only): empty when it is sound."""
    if not path.is_file():
        return [f"no file {path}"]
    try:
        con = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
        try:
            return check_sqlite_connection(con)
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return [f"{path} is not a server database: {exc}"]


def prune(folder: Path, *, keep: int, suffix: str) -> list[Path]:
    """Delete all but the newest `keep` backups of one kind; return those deleted."""
    found = sorted(folder.glob(f"{glob.escape(PREFIX)}*{suffix}"))
    doomed = found[: max(0, len(found) - keep)]
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed


# -- PostgreSQL ------------------------------------------------------------------------------


def pg_tool(name: str) -> str:
    """Find `pg_dump` / `pg_restore`: on PATH, else the newest in /usr/lib/postgresql."""
    found = shutil.which(name)
    if found:
        return found
    candidates = [
        Path(p) / name for p in glob.glob("/usr/lib/postgresql/*/bin") if (Path(p) / name).exists()
    ]
    if not candidates:
        raise BackupError(f"{name} not found: install PostgreSQL's client tools")
    return str(max(candidates, key=lambda p: _major(p.parent.parent.name)))


def _major(text_: str) -> int:
    return int(text_) if text_.isdigit() else -1


def pg_connection(database_url: str) -> tuple[list[str], dict[str, str]]:
    """libpq arguments and environment for a SQLAlchemy URL, the password in the environment."""
    url: URL = make_url(database_url)
    args = []
    if url.host:
        args += ["--host", url.host]
    if url.port:
        args += ["--port", str(url.port)]
    if url.username:
        args += ["--username", url.username]
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    for key, variable in (("sslmode", "PGSSLMODE"), ("sslrootcert", "PGSSLROOTCERT")):
        value = url.query.get(key)
        if isinstance(value, str):
            env[variable] = value
    return [*args, "--no-password", "--dbname", url.database or ""], env


def _run(command: list[str], env: dict[str, str], what: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        password = env.get("PGPASSWORD")
        message = done.stderr.strip()
        if password:
            message = message.replace(password, "***")
        raise BackupError(f"{what} failed: {message}")
    return done


def backup_postgres(database_url: str, target: Path) -> Written:
    """Dump the database with pg_dump (custom format), then read the dump back."""
    connection, env = pg_connection(database_url)
    partial = target.with_name(target.name + ".partial")
    try:
        _run(
            [pg_tool("pg_dump"), "--format=custom", "--file", str(partial), *connection],
            env,
            "pg_dump",
        )
        listing = _run([pg_tool("pg_restore"), "--list", str(partial)], env, "pg_restore --list")
        if "TABLE DATA" not in listing.stdout or "feed_row" not in listing.stdout:
            raise BackupError("the dump holds no server tables")
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    _fsync(partial)
    os.replace(partial, target)
    _fsync_folder(target.parent)
    return Written(target, target.stat().st_size)


def check_postgres_backup(path: Path) -> list[str]:
    """Problems found in a dump (read with `pg_restore --list`): empty when it is sound."""
    try:
        listing = _run([pg_tool("pg_restore"), "--list", str(path)], dict(os.environ), "read")
    except BackupError as exc:
        return [str(exc)]
    return [] if "TABLE DATA" in listing.stdout and "feed_row" in listing.stdout else ["no data"]


# -- restoring -------------------------------------------------------------------------------


def restore_sqlite(settings: ServerSettings, backup_file: Path, *, now: datetime) -> Path | None:
    """Put a backup in place of the database file; return where the old file was kept."""
    problems = check_sqlite_backup(backup_file)
    if problems:
        raise BackupError(f"{backup_file} is not a sound server backup: {problems[:5]}")
    database = sqlite_path(settings)
    database.parent.mkdir(parents=True, exist_ok=True)
    if database.exists():
        _refuse_if_open(database)
    incoming = database.with_name(database.name + ".restoring")
    shutil.copyfile(backup_file, incoming)
    _fsync(incoming)
    # A -wal left beside a lost file would be replayed into the restored one: it goes too.
    kept = database.with_name(f"{database.name}.before-restore-{now:%Y%m%dT%H%M%SZ}")
    moved = False
    for suffix in ("", "-wal", "-shm"):
        side = database.with_name(database.name + suffix)
        if side.exists():
            os.replace(side, kept.with_name(kept.name + suffix))
            moved = True
    os.replace(incoming, database)
    _fsync_folder(database.parent)
    return kept if moved else None


def _refuse_if_open(database: Path) -> None:
    """Refuse while any process has the database open (a server still running).

    Every connection to a WAL database holds a shared lock on it; exclusive
    locking mode needs the file to itself, so it fails while any is open.
    """
    con = sqlite3.connect(database, timeout=0, isolation_level=None)
    try:
        con.execute("PRAGMA locking_mode=EXCLUSIVE")
        con.execute("BEGIN EXCLUSIVE")
        con.execute("COMMIT")
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc):
            raise BackupError(
                f"{database} is in use: stop the server (every worker) before restoring"
            ) from None
    except sqlite3.DatabaseError:
        pass  # not a database any more: the damaged file the restore is for
    finally:
        con.close()


def restore_postgres(database_url: str, dump: Path) -> None:
    """Load a dump into the (empty) database of `database_url` in one transaction."""
    problems = check_postgres_backup(dump)
    if problems:
        raise BackupError(f"{dump} is not a sound server dump: {problems[:5]}")
    database = Database(database_url)
    try:
        with database.session() as s, s.begin():
            tables = s.scalar(
                text(
                    "SELECT count(*) FROM information_schema.tables"
                    " WHERE table_schema = current_schema()"
                )
            )
            others = s.scalar(
                text(
                    "SELECT count(*) FROM pg_stat_activity"
                    " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
            )
    finally:
        database.dispose()
    if tables:
        raise BackupError(
            "the database is not empty: restore into a new, empty database (createdb)"
            " and point DATABASE_URL at it"
        )
    if others:
        raise BackupError("other sessions are connected to the database: stop the server first")
    connection, env = pg_connection(database_url)
    _run(
        [
            pg_tool("pg_restore"),
            "--single-transaction",
            "--exit-on-error",
            "--no-owner",
            "--no-privileges",
            *connection,
            str(dump),
        ],
        env,
        "pg_restore",
    )


def restart_feeds(session: Session) -> tuple[int, Cursor, str]:
    """Move the restored change log past every cursor a tablet may hold (see module doc).

    Returns the rows moved, the new horizon of every feed, and a warning when
    the move cannot reach past the tablets' cursors (PostgreSQL restored into a
    new cluster whose transaction ids are behind the old one's).
    """
    rows = session.scalar(select(func.count()).select_from(FeedRow)) or 0
    warning = ""
    if session.get_bind().dialect.name == "postgresql":
        # The restored rows keep the old cluster's transaction ids; a pull serves only
        # rows older than its snapshot: they are all stamped with this transaction's id.
        txid = int(session.scalar(text("SELECT pg_current_xact_id()::text::bigint")) or 0)
        newest = session.scalar(select(func.max(FeedRow.txid))) or 0
        if newest >= txid:
            warning = (
                "this PostgreSQL cluster's transaction ids are behind the backup's:"
                " tablets will find their feeds differ at their next check and download"
                " them again; until then they may miss new changes"
            )
        session.execute(update(FeedRow).values(txid=txid))
        horizon = Cursor(txid, 0)
    else:
        top = session.scalar(select(func.max(FeedRow.log_id))) or 0
        jump = int(top) + RESTORE_JUMP
        session.execute(update(FeedRow).values(log_id=FeedRow.log_id + jump))
        horizon = Cursor(0, jump)
    for feed in Feed:
        held = session.get(FeedHorizon, str(feed))
        if held is None:
            session.add(FeedHorizon(feed=str(feed), txid=horizon.txid, log_id=horizon.log_id))
        else:
            held.txid, held.log_id = horizon.txid, horizon.log_id
    return int(rows), horizon, warning


def after_restore(settings: ServerSettings, *, kept_aside: Path | None = None) -> Restored:
    """Bring a restored database to the newest schema, restart its feeds, give it a new epoch."""
    from sync_server.migrate import upgrade
    from sync_server.sync.snapshots import drop_snapshots

    database = Database(settings.database_url)
    try:
        upgrade(database.engine)
        with database.session() as session, session.begin():
            rows, horizon, warning = restart_feeds(session)
            epoch = new_epoch(session)
    finally:
        database.dispose()
    dropped = drop_snapshots(settings.data_dir, list(Feed))
    return Restored(kept_aside, rows, horizon, dropped, warning, epoch)


def _fsync(path: Path) -> None:
    with path.open("rb+") as file:
        os.fsync(file.fileno())


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)

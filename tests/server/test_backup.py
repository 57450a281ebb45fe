"""Backups of the server's database, and what a restore does to the change log.

The round trip with a real server and real tablets is tests/contract/test_backup_restore.py;
here each piece is checked on its own, on real files and a real PostgreSQL.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pg import drop_database, fresh_database, postgres_url, require_postgres
from sqlalchemy import func, select, text

from loyalty_core.feeds import CHAIN_SCOPE, Feed
from sync_server.backup import (
    BackupError,
    after_restore,
    backup,
    backup_postgres,
    check_sqlite_backup,
    pg_connection,
    restart_feeds,
    restore_postgres,
    restore_sqlite,
)
from sync_server.config import load_settings
from sync_server.database_epoch import ensure_epoch, read_epoch
from sync_server.db import Database
from sync_server.errors import ApiError
from sync_server.migrate import upgrade
from sync_server.sync.feeds import Cursor, publish, read_page
from sync_server.sync.models import FeedRow

NOW = datetime(2026, 11, 24, 3, 0, tzinfo=UTC)


def _publish(db: Database, *keys: str) -> None:
    with db.session() as s, s.begin():
        for key in keys:
            publish(s, Feed.CATALOGUE, CHAIN_SCOPE, key, {"name": key}, now=NOW)


def _pull(db: Database, cursor: Cursor) -> tuple[list[str], Cursor]:
    with db.session(read_only=True) as s, s.begin():
        page = read_page(s, Feed.CATALOGUE, CHAIN_SCOPE, cursor, limit=100)
    return [row.key for row in page.rows], Cursor.decode(page.cursor)


@pytest.fixture
def sqlite_server(tmp_path: Path) -> Iterator[Database]:
    db = Database(f"sqlite:///{tmp_path / 'data' / 'server.db'}")
    upgrade(db.engine)
    yield db
    db.dispose()


def test_a_backup_taken_during_a_write_is_a_checked_copy_of_the_last_commit(
    sqlite_server: Database, tmp_path: Path
) -> None:
    settings = load_settings(tmp_path / "data")
    _publish(sqlite_server, "a", "b")
    writer = sqlite3.connect(tmp_path / "data" / "server.db", isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # a push in the middle of its transaction
    writer.execute("UPDATE feed_row SET version = 99")
    written = backup(settings, to=tmp_path / "backups", keep=2, now=NOW)
    writer.execute("COMMIT")
    writer.close()

    (copy,) = written
    assert copy.path == tmp_path / "backups" / "server-20261124T030000Z.db"
    assert copy.size == copy.path.stat().st_size > 0
    assert check_sqlite_backup(copy.path) == []
    with sqlite3.connect(copy.path) as con:
        assert con.execute("PRAGMA journal_mode").fetchone() == ("delete",)  # one file
        assert con.execute("SELECT key, version FROM feed_row ORDER BY key").fetchall() == [
            ("a", 1),
            ("b", 1),
        ]
    assert not list((tmp_path / "backups").glob("*.partial"))


def test_only_the_newest_backups_are_kept(sqlite_server: Database, tmp_path: Path) -> None:
    settings = load_settings(tmp_path / "data")
    for hours in range(4):
        backup(settings, to=tmp_path / "backups", keep=2, now=NOW + timedelta(hours=hours))
    backup(settings, to=tmp_path / "backups", keep=2, now=NOW + timedelta(hours=3))  # same second
    assert sorted(p.name for p in (tmp_path / "backups").iterdir()) == [
        "server-20261124T060000Z-2.db",
        "server-20261124T060000Z.db",
    ]
    with pytest.raises(BackupError, match="at least 1"):
        backup(settings, to=tmp_path / "backups", keep=0, now=NOW)


def test_restore_puts_the_backup_back_and_keeps_the_replaced_file(
    sqlite_server: Database, tmp_path: Path
) -> None:
    settings = load_settings(tmp_path / "data")
    _publish(sqlite_server, "a", "b")
    lost_epoch = read_epoch(sqlite_server)
    (copy,) = backup(settings, to=tmp_path / "backups", keep=3, now=NOW)
    _publish(sqlite_server, "c", "a")  # after the backup: lost by the restore
    lost_rows, lost_cursor = _pull(sqlite_server, Cursor())
    assert lost_rows == ["b", "c", "a"]

    with sqlite_server.engine.connect() as still_open, pytest.raises(BackupError, match="in use"):
        still_open.execute(text("SELECT 1"))
        restore_sqlite(settings, copy.path, now=NOW)
    sqlite_server.dispose()

    kept = restore_sqlite(settings, copy.path, now=NOW)
    done = after_restore(settings, kept_aside=kept)

    assert kept is not None and kept.name == "server.db.before-restore-20261124T030000Z"
    with sqlite3.connect(kept) as con:
        assert con.execute("SELECT count(*) FROM feed_row").fetchone() == (3,)
    assert done.feed_rows == 2 and done.warning == ""
    # The restored database answers under a new epoch: tablets re-send what it lost.
    assert lost_epoch is not None and done.epoch not in ("", lost_epoch)
    assert read_epoch(sqlite_server) == done.epoch
    # A tablet that pulled from the lost database is told to download again (410) ...
    with pytest.raises(ApiError) as expired:
        _pull(sqlite_server, lost_cursor)
    assert expired.value.status == 410
    # ... and the download from the start is the restored data, at new positions.
    rows, cursor = _pull(sqlite_server, Cursor())
    assert rows == ["a", "b"]
    assert cursor > lost_cursor and cursor > done.horizon
    _publish(sqlite_server, "d")
    assert _pull(sqlite_server, cursor)[0] == ["d"]


def test_a_damaged_backup_is_refused_and_nothing_is_replaced(
    sqlite_server: Database, tmp_path: Path
) -> None:
    settings = load_settings(tmp_path / "data")
    sqlite_server.dispose()
    (copy,) = backup(settings, to=tmp_path / "backups", keep=3, now=NOW)
    damaged = tmp_path / "damaged.db"
    data = bytearray(copy.path.read_bytes())
    data[4096 * 3 : 4096 * 3 + 512] = b"\xff" * 512  # a page of a table
    damaged.write_bytes(bytes(data))
    not_ours = tmp_path / "other.db"
    sqlite3.connect(not_ours).close()
    before = (tmp_path / "data" / "server.db").read_bytes()

    for bad in (damaged, not_ours, tmp_path / "missing.db"):
        with pytest.raises(BackupError, match="not a sound server backup"):
            restore_sqlite(settings, bad, now=NOW)
    assert (tmp_path / "data" / "server.db").read_bytes() == before
    assert not [p for p in (tmp_path / "data").iterdir() if "restor" in p.name]


def test_a_damaged_database_is_replaced_with_its_stale_log(
    sqlite_server: Database, tmp_path: Path
) -> None:
    settings = load_settings(tmp_path / "data")
    _publish(sqlite_server, "a")
    (copy,) = backup(settings, to=tmp_path / "backups", keep=3, now=NOW)
    _publish(sqlite_server, "b")
    sqlite_server.dispose()
    live = tmp_path / "data" / "server.db"
    live.write_bytes(b"\x00" * 8192)  # the disk ate it
    stale_log = live.with_name("server.db-wal")
    stale_log.write_bytes(b"not for the restored file")

    kept = restore_sqlite(settings, copy.path, now=NOW)
    after_restore(settings, kept_aside=kept)

    assert kept is not None and kept.read_bytes() == b"\x00" * 8192
    assert not stale_log.exists()
    assert _pull(sqlite_server, Cursor())[0] == ["a"]


def test_the_password_never_reaches_a_command_line() -> None:
    args, env = pg_connection("postgresql+psycopg://loyalty:s3cret@db.example:5433/chain")
    assert args == [
        "--host",
        "db.example",
        "--port",
        "5433",
        "--username",
        "loyalty",
        "--no-password",
        "--dbname",
        "chain",
    ]
    assert env["PGPASSWORD"] == "s3cret"
    assert not any("s3cret" in a for a in args)


@pytest.fixture
def pg_url() -> Iterator[str]:
    base = postgres_url()
    if base is None:
        if require_postgres():
            pytest.fail("PostgreSQL is required but not given")
        pytest.skip("no PostgreSQL given (scripts/test.sh starts one)")
    url = fresh_database(base)
    yield url
    drop_database(url)


def test_postgres_restore_restamps_the_log_so_old_cursors_expire(
    pg_url: str, tmp_path: Path
) -> None:
    db = Database(pg_url)
    upgrade(db.engine)
    _publish(db, "a", "b")
    lost_epoch = read_epoch(db)
    dump = backup_postgres(pg_url, tmp_path / "server.dump")
    _publish(db, "c")
    lost_cursor = _pull(db, Cursor())[1]
    db.dispose()
    assert dump.size > 0

    with pytest.raises(BackupError, match="not empty"):
        restore_postgres(pg_url, dump.path)
    empty = fresh_database(pg_url)
    try:
        restore_postgres(empty, dump.path)
        done = after_restore(load_settings(tmp_path / "data", empty))
        restored = Database(empty)
        try:
            with restored.session() as s, s.begin():
                assert s.scalar(select(func.count()).select_from(FeedRow)) == 2
            with pytest.raises(ApiError) as expired:
                _pull(restored, lost_cursor)
            assert expired.value.status == 410
            rows, cursor = _pull(restored, Cursor())
            assert rows == ["a", "b"] and cursor >= done.horizon
            assert lost_epoch is not None and done.epoch not in ("", lost_epoch)
            assert read_epoch(restored) == done.epoch
            _publish(restored, "d")
            assert _pull(restored, cursor)[0] == ["d"]
        finally:
            restored.dispose()
    finally:
        drop_database(empty)


def test_restart_feeds_moves_every_row_past_every_cursor_on_sqlite(
    sqlite_server: Database,
) -> None:
    _publish(sqlite_server, "a", "b", "c")
    with sqlite_server.session() as s, s.begin():
        rows, horizon, warning = restart_feeds(s)
        lowest = s.scalar(select(func.min(FeedRow.log_id)))
    assert (rows, warning) == (3, "")
    assert lowest is not None and Cursor(0, lowest) > horizon > Cursor(0, 3)


def test_the_epoch_is_made_once_and_kept(sqlite_server: Database) -> None:
    with sqlite_server.session() as s, s.begin():
        made = ensure_epoch(s)
        assert ensure_epoch(s) == made
    assert read_epoch(sqlite_server) == made
    assert str(uuid.UUID(made)) == made
    broken = Database("sqlite:///:memory:")  # no schema: answers go without an epoch
    try:
        assert read_epoch(broken) is None
    finally:
        broken.dispose()

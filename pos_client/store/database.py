"""Opening the local SQLite store: durable, WAL, one writer at a time.

Contract:
- `synchronous=FULL` with WAL: a committed sale survives a power cut, so
  a receipt handed over always has its sale on disk.
- Write transactions start with `BEGIN IMMEDIATE` (we take over pysqlite's
  own transaction handling, as SQLAlchemy's pysqlite notes explain), so a
  transaction that reads then writes never fails half way with "database is
  locked" in WAL mode; a second process waits up to `busy_timeout`.
- The schema is migrated by Alembic before anything else touches it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 10_000


def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA cache_size=-32000")  # 32 MB page cache
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.close()


def _on_begin(conn: object) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE")  # type: ignore[attr-defined]


def create_store_engine(path: Path) -> Engine:
    """Return an engine on the SQLite file at `path` (created if missing)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(f"sqlite+pysqlite:///{path}")
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def open_store(path: Path) -> sessionmaker[Session]:
    """Open (and migrate) the store at `path`; return its session factory."""
    from pos_client.store.migrate import upgrade

    engine = create_store_engine(path)
    upgrade(engine)
    return sessionmaker(engine, expire_on_commit=False)

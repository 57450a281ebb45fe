"""PostgreSQL for the server tests: which server to use, and one empty database per use.

./scripts/test.sh starts a throwaway cluster (scripts/pg_cluster.sh) and exports its URL,
so the server tests run on PostgreSQL as well as on SQLite. Each test gets a database of
its own, so tests never see each other's rows and need no cleanup inside the schema.

Import it as ``pg`` (pytest puts tests/ on sys.path): ``tests`` is not a reliable package
name, python-barcode installs a ``tests`` folder of its own into site-packages.
"""

from __future__ import annotations

import os
import uuid

import psycopg
from psycopg import sql
from psycopg.rows import TupleRow
from sqlalchemy.engine import URL, make_url

URL_VARIABLE = "LOYALTY_TEST_DATABASE_URL"
REQUIRE_VARIABLE = "LOYALTY_REQUIRE_POSTGRES"


URLS_VARIABLE = "LOYALTY_TEST_DATABASE_URLS"


def postgres_url() -> str | None:
    """The SQLAlchemy URL of the test server's base database, or None when none is given.

    Unset means "SQLite only" on a developer's machine; scripts/test.sh always sets it.
    With pytest-xdist, scripts/test.sh starts a cluster per worker and lists their URLs
    (space-separated) in LOYALTY_TEST_DATABASE_URLS: each worker takes its own. A feed
    page holds back rows newer than the oldest transaction still writing anywhere in the
    cluster (`sync_server.sync.feeds`), so on a shared cluster one worker's open
    transactions would hold back what the other's tablets are about to check.
    """
    urls = os.environ.get(URLS_VARIABLE, "").split()
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    if urls and worker.startswith("gw"):
        return urls[int(worker.removeprefix("gw")) % len(urls)]
    return os.environ.get(URL_VARIABLE) or None


def require_postgres() -> bool:
    """True when a missing server must fail the tests instead of skipping them.

    scripts/test.sh sets it with the cluster it starts, so that in CI the PostgreSQL
    tests can never be skipped silently.
    """
    return os.environ.get(REQUIRE_VARIABLE) == "1"


def _connect(url: URL, database: str) -> psycopg.Connection[TupleRow]:
    """An autocommit connection: CREATE/DROP DATABASE cannot run inside a transaction."""
    return psycopg.connect(
        host=url.host,
        port=url.port,
        user=url.username,
        password=url.password,
        dbname=database,
        autocommit=True,
    )


def fresh_database(base_url: str) -> str:
    """Create a new, empty, uniquely named database on base_url's server; return its URL.

    The name is random so that tests running at the same time (or a run left over from
    a crash) never collide; the new database is copied from template1, so it is empty.
    """
    url = make_url(base_url)
    name = f"t_{uuid.uuid4().hex[:12]}"
    with _connect(url, url.database or "postgres") as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    return url.set(database=name).render_as_string(hide_password=False)


def drop_database(url: str) -> None:
    """Drop the database url names, closing any connection a test left open.

    WITH (FORCE) ends leftover sessions (a pool not disposed, a failed test) that would
    otherwise make DROP DATABASE fail; IF EXISTS makes a second call harmless.
    """
    target = make_url(url)
    if not target.database:
        raise ValueError(f"no database named in {target!r}")
    # A database cannot be dropped from a connection to itself: use the maintenance one.
    with _connect(target, "postgres") as conn:
        conn.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                sql.Identifier(target.database)
            )
        )

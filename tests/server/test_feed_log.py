"""The change log never lets a cursor pass a row whose transaction commits late."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pg import drop_database, fresh_database, postgres_url, require_postgres

from loyalty_core.feeds import CHAIN_SCOPE, Feed
from sync_server.db import Database
from sync_server.migrate import upgrade
from sync_server.sync.feeds import Cursor, publish, read_page

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'server.db'}"
    else:
        base = postgres_url()
        if base is None:
            if require_postgres():
                pytest.fail("PostgreSQL is required but not given")
            pytest.skip("no PostgreSQL given (scripts/test.sh starts one)")
        url = fresh_database(base)
    db = Database(url)
    upgrade(db.engine)
    yield db
    db.dispose()
    if request.param == "postgresql":
        drop_database(url)


def pull_all(db: Database, cursor: Cursor) -> tuple[list[str], Cursor]:
    with db.session(read_only=True) as s, s.begin():
        page = read_page(s, Feed.CATALOGUE, CHAIN_SCOPE, cursor, limit=100)
    return [row.key for row in page.rows], Cursor.decode(page.cursor)


def test_a_row_committed_late_by_a_long_open_transaction_is_still_served(
    database: Database,
) -> None:
    if database.dialect != "postgresql":
        pytest.skip("SQLite serialises writers: no transaction can commit out of order")
    slow = database.session()
    with slow as s:
        s.begin()
        publish(s, Feed.CATALOGUE, CHAIN_SCOPE, "slow", {"n": 1}, now=NOW)  # takes its txid now
        with database.session() as other, other.begin():
            publish(other, Feed.CATALOGUE, CHAIN_SCOPE, "quick", {"n": 2}, now=NOW)
        # "quick" has committed, after "slow" began: a reader must not pass "slow" yet.
        seen, cursor = pull_all(database, Cursor())
        assert seen == []
        s.commit()
    seen, cursor = pull_all(database, cursor)
    assert seen == ["slow", "quick"]
    assert pull_all(database, cursor)[0] == []


def test_a_record_changed_twice_travels_once_at_its_latest_version(database: Database) -> None:
    with database.session() as s, s.begin():
        publish(s, Feed.CATALOGUE, CHAIN_SCOPE, "a", {"price": 1}, now=NOW)
        publish(s, Feed.CATALOGUE, CHAIN_SCOPE, "b", {"price": 1}, now=NOW)
    _, cursor = pull_all(database, Cursor())
    with database.session() as s, s.begin():
        assert publish(s, Feed.CATALOGUE, CHAIN_SCOPE, "a", {"price": 2}, now=NOW) == 2
        assert publish(s, Feed.CATALOGUE, CHAIN_SCOPE, "a", {"price": 3}, now=NOW) == 3
    with database.session(read_only=True) as s, s.begin():
        page = read_page(s, Feed.CATALOGUE, CHAIN_SCOPE, cursor, limit=100)
    assert [(r.key, r.version, r.data) for r in page.rows] == [("a", 3, {"price": 3})]

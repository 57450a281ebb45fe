"""The PostgreSQL the server tests run on: really there, really 15, really local only.

./scripts/test.sh starts a throwaway cluster and requires it (LOYALTY_REQUIRE_POSTGRES=1):
then a missing server fails these tests. Without a server and without the requirement
(pytest run by hand), they are skipped and say why.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from pg import drop_database, fresh_database, postgres_url, require_postgres
from sqlalchemy import Engine, create_engine, make_url, text
from sqlalchemy.pool import NullPool


def _base_url() -> str:
    url = postgres_url()
    if url is None:
        if require_postgres():
            pytest.fail(
                "LOYALTY_REQUIRE_POSTGRES=1 but LOYALTY_TEST_DATABASE_URL is not set: "
                "the PostgreSQL tests must run"
            )
        pytest.skip(
            "no PostgreSQL given (LOYALTY_TEST_DATABASE_URL is unset); "
            "./scripts/test.sh starts a throwaway cluster"
        )
    return url


def _engine(url: str) -> Engine:
    # No pool: every connection is closed when its block ends, nothing outlives a test.
    return create_engine(url, poolclass=NullPool)


@pytest.fixture
def base_url() -> str:
    return _base_url()


@pytest.fixture
def database(base_url: str) -> Iterator[str]:
    """A fresh empty database for one test, dropped afterwards."""
    url = fresh_database(base_url)
    yield url
    drop_database(url)


def _databases(base_url: str) -> set[str]:
    engine = _engine(base_url)
    try:
        with engine.connect() as conn:
            return set(conn.scalars(text("SELECT datname FROM pg_database")))
    finally:
        engine.dispose()


def test_requirement_means_a_server_is_given() -> None:
    if not require_postgres():
        pytest.skip("LOYALTY_REQUIRE_POSTGRES is not 1: PostgreSQL is optional in this run")
    assert postgres_url(), "LOYALTY_REQUIRE_POSTGRES=1 but LOYALTY_TEST_DATABASE_URL is unset"


def test_server_is_postgresql_15(database: str) -> None:
    engine = _engine(database)
    try:
        with engine.connect() as conn:
            version = conn.scalar(text("SELECT version()"))
            version_num = int(conn.scalar(text("SHOW server_version_num")))
    finally:
        engine.dispose()
    assert isinstance(version, str)
    assert version.startswith("PostgreSQL 15."), version
    assert version_num // 10000 == 15, version_num


def test_server_listens_on_127_0_0_1_only(base_url: str) -> None:
    engine = _engine(base_url)
    try:
        with engine.connect() as conn:
            listen = conn.scalar(text("SHOW listen_addresses"))
    finally:
        engine.dispose()
    assert listen == "127.0.0.1"
    # And for real: another loopback address reaches the same host, but not the server.
    port = make_url(base_url).port
    assert port is not None
    with (
        socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe,
        pytest.raises(ConnectionRefusedError),
    ):
        probe.settimeout(5)
        probe.connect(("127.0.0.2", port))


def test_fresh_databases_are_distinct_empty_and_dropped(base_url: str) -> None:
    first = fresh_database(base_url)
    second = fresh_database(base_url)
    try:
        names = {make_url(first).database, make_url(second).database}
        assert len(names) == 2
        assert names <= _databases(base_url)
        for url in (first, second):
            engine = _engine(url)
            try:
                with engine.connect() as conn:
                    assert conn.scalar(text("SELECT current_database()")) == make_url(url).database
                    tables = conn.scalar(
                        text(
                            "SELECT count(*) FROM information_schema.tables "
                            "WHERE table_schema NOT IN ('pg_catalog', 'information_schema')"
                        )
                    )
                    assert tables == 0
            finally:
                engine.dispose()
        # A table in one is not seen in the other: they really are separate databases.
        engine = _engine(first)
        try:
            with engine.begin() as conn:
                conn.execute(text("CREATE TABLE marker (id integer)"))
        finally:
            engine.dispose()
        engine = _engine(second)
        try:
            with engine.connect() as conn:
                assert conn.scalar(text("SELECT to_regclass('public.marker')")) is None
        finally:
            engine.dispose()
    finally:
        drop_database(first)
        drop_database(second)
    assert not names & _databases(base_url)
    drop_database(second)  # a second drop is harmless

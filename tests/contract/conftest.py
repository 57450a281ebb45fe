"""Fixtures for the sync contract tests: one real server per test, on SQLite and PostgreSQL.

Each test gets a server process of its own on a fresh database, seeded with the chain
(tests/chain.py). Starting the next test's server in the background while a test runs
was tried: it saved about 10 % on two cores, and on PostgreSQL the seeding transaction
in a sibling database holds back the cluster-wide snapshot horizon the feeds page by,
so the running test's pulls stopped short. One at a time it is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from chain import ServerProcess, Tablet, running_chain
from faultproxy import FaultProxy
from pg import drop_database, fresh_database, postgres_url, require_postgres

SQLITE, POSTGRESQL = "sqlite", "postgresql"


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Each test that has a server runs on SQLite and on PostgreSQL, or on SQLite only when
    marked `@pytest.mark.sqlite_only`.

    Every module keeps its flows that lean on the database (locking, feeds, merges,
    erasure, reports) on both; the others (a client killed, a mail queue, a refusal
    decided before any SQL) run on SQLite only, to keep the suite's time in bounds.
    """
    if "database_kind" in metafunc.fixturenames:
        sqlite_only = metafunc.definition.get_closest_marker("sqlite_only") is not None
        kinds = [SQLITE] if sqlite_only else [SQLITE, POSTGRESQL]
        metafunc.parametrize("database_kind", kinds, indirect=True)


@pytest.fixture
def database_kind(request: pytest.FixtureRequest) -> str:
    if request.param == POSTGRESQL and postgres_url() is None:
        if require_postgres():
            pytest.fail("PostgreSQL is required (LOYALTY_REQUIRE_POSTGRES=1) but not given")
        pytest.skip("no PostgreSQL given (scripts/test.sh starts one)")
    return str(request.param)


@pytest.fixture
def server(database_kind: str, tmp_path: Path) -> Iterator[ServerProcess]:
    """A seeded chain on a running server of its own, on a fresh database."""
    if database_kind == SQLITE:
        with running_chain(tmp_path / "server") as process:
            yield process
        return
    base = postgres_url()
    assert base is not None
    url = fresh_database(base)
    try:
        with running_chain(tmp_path / "server", url) as process:
            yield process
    finally:
        drop_database(url)


@pytest.fixture
def new_tablet(server: ServerProcess, tmp_path: Path) -> Iterator[Callable[..., Tablet]]:
    """Register tablets with the server: `new_tablet("S001")`."""
    made: list[Tablet] = []

    def make(store_code: str = "S001", *, url: str | None = None) -> Tablet:
        tablet = Tablet.register(server, tmp_path / f"tablet{len(made) + 1}", store_code, url=url)
        made.append(tablet)
        return tablet

    yield make
    for tablet in made:
        tablet.close()


@pytest.fixture
def proxy(server: ServerProcess) -> Iterator[FaultProxy]:
    """A fault-injecting proxy in front of the server."""
    with FaultProxy(("127.0.0.1", server.port)) as running:
        yield running

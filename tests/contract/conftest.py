"""Fixtures for the sync contract tests: one real server per test, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from chain import ServerProcess, Tablet, running_chain
from faultproxy import FaultProxy
from pg import drop_database, fresh_database, postgres_url, require_postgres


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'server' / 'server.db'}"
        return
    base = postgres_url()
    if base is None:
        if require_postgres():
            pytest.fail("PostgreSQL is required (LOYALTY_REQUIRE_POSTGRES=1) but not given")
        pytest.skip("no PostgreSQL given (scripts/test.sh starts one)")
    url = fresh_database(base)
    yield url
    drop_database(url)


@pytest.fixture
def server(database_url: str, tmp_path: Path) -> Iterator[ServerProcess]:
    """A seeded chain on a running server."""
    with running_chain(tmp_path / "server", database_url) as process:
        yield process


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

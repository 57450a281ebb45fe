"""Head office announces the oldest app it will serve from a day on; tablets say so first.

A real server process whose environment announces a next minimum above this
app's version (loyalty_core.version): with the day ahead, the tablet syncs as
always and its scheduler's state carries the day to update by, learnt from
the answers' headers; once the day has come, pulls are refused (pushes still
land) and the state is "update required".
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
import requests
from chain import MARIA, ServerProcess, Tablet
from requests.structures import CaseInsensitiveDict
from sqlalchemy import func, select

from loyalty_core.store_time import MADRID
from loyalty_core.sync_protocol import (
    MIN_CLIENT_HEADER,
    MIN_PROTOCOL_HEADER,
    NEXT_MIN_CLIENT_DATE_HEADER,
    NEXT_MIN_CLIENT_HEADER,
    ServedVersions,
    version_key,
)
from loyalty_core.version import VERSION
from pos_client.sync.scheduler import Phase, SyncScheduler, SyncState
from sync_server.config import ServerSettings, load_settings
from sync_server.sales.models import Sale as ServerSale

pytestmark = pytest.mark.sqlite_only  # decided before any SQL: the database adds nothing

NEXT = "0.8.0"
assert version_key(NEXT) > version_key(VERSION), "announce a version above this app's"


def announce(monkeypatch: pytest.MonkeyPatch, *, days: int) -> str:
    """Announce NEXT from `days` days from today (Madrid) to servers started from now on."""
    day = (datetime.now(MADRID) + timedelta(days=days)).date()
    monkeypatch.setenv("LOYALTY_NEXT_MIN_CLIENT_VERSION", NEXT)
    monkeypatch.setenv("LOYALTY_NEXT_MIN_CLIENT_DATE", day.isoformat())
    return day.isoformat()


@pytest.fixture
def announced_for_later(monkeypatch: pytest.MonkeyPatch) -> str:
    """Asked for before `server`: the server starts with the announcement in its environment."""
    return announce(monkeypatch, days=30)


def run_scheduler(tablet: Tablet, until: Callable[[SyncState], bool]) -> SyncState:
    """Start the app's background scheduler on the tablet; its first state meeting `until`."""
    scheduler = SyncScheduler(tablet.engine, interval=3600)
    scheduler.start()
    try:
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            state = scheduler.state
            if until(state):
                return state
            time.sleep(0.02)
        raise AssertionError(f"no such state; last: {scheduler.state}")
    finally:
        scheduler.shutdown()


def server_sales(server: ServerProcess) -> int:
    with server.admin() as s:
        return s.scalar(select(func.count()).select_from(ServerSale)) or 0


def test_an_update_announced_for_later_is_said_while_sync_goes_on(
    announced_for_later: str, server: ServerProcess, new_tablet: Callable[..., Tablet]
) -> None:
    day = announced_for_later
    tablet = new_tablet("S001")
    tablet.sync()
    tablet.sell({"serum": 1}, customer=MARIA)

    state = run_scheduler(tablet, lambda s: s.phase is Phase.IDLE and s.last_sync is not None)
    assert state.update_by is not None and state.update_by.isoformat() == day
    assert (state.waiting, state.rejected) == (0, 0)  # the sale went, the feeds came
    assert not state.halted
    assert server_sales(server) == 1
    assert tablet.engine.api.served == ServedVersions(1, "0.1.0", NEXT, state.update_by)

    tablet.engine.api.served = None  # forget what the sync said: /v1/info says the same
    info = tablet.engine.api.info()
    assert info.min_client_version == "0.1.0"
    assert tablet.engine.api.served == ServedVersions(1, "0.1.0", NEXT, state.update_by)
    # Every /v1 answer says it, a refusal too (no token here: 401).
    refused = requests.post(f"{server.url}/v1/sync/push", json={"changes": []}, timeout=10)
    assert refused.status_code == 401
    assert refused.headers[MIN_PROTOCOL_HEADER] == "1"
    assert refused.headers[MIN_CLIENT_HEADER] == "0.1.0"
    assert refused.headers[NEXT_MIN_CLIENT_HEADER] == NEXT
    assert refused.headers[NEXT_MIN_CLIENT_DATE_HEADER] == day


def test_once_the_announced_day_has_come_pulls_wait_for_the_update_and_sales_still_land(
    server: ServerProcess, new_tablet: Callable[..., Tablet], monkeypatch: pytest.MonkeyPatch
) -> None:
    tablet = new_tablet("S001")
    tablet.sync()
    server.stop()
    announce(monkeypatch, days=0)  # from today: the minimum now
    server.start()
    tablet.sell({"serum": 1}, customer=MARIA)

    state = run_scheduler(tablet, lambda s: s.phase is Phase.UPDATE_REQUIRED)
    assert state.update_by is None  # no longer an announcement: refused
    assert "update the app" in state.message
    assert server_sales(server) == 1  # pushed before the pull was refused
    assert tablet.engine.api.served == ServedVersions(1, NEXT)

    assert tablet.engine.api.info().min_client_version == NEXT
    health = requests.get(f"{server.url}/health", timeout=10)
    assert MIN_CLIENT_HEADER not in health.headers  # only the API's answers


# -- the rule itself, without a server ----------------------------------------------------
TODAY = date(2026, 11, 24)
TOMORROW = TODAY + timedelta(days=1)


@pytest.mark.parametrize(
    ("minimum", "announced", "day", "served"),
    [
        ("0.1.0", "", None, ServedVersions(1, "0.1.0")),
        ("0.1.0", NEXT, TOMORROW, ServedVersions(1, "0.1.0", NEXT, TOMORROW)),
        ("0.1.0", NEXT, TODAY, ServedVersions(1, NEXT)),  # from its day on: the minimum
        ("0.1.0", NEXT, TODAY - timedelta(days=9), ServedVersions(1, NEXT)),
        ("0.9.0", NEXT, TOMORROW, ServedVersions(1, "0.9.0")),  # lower: moot
        ("0.9.0", NEXT, TODAY - timedelta(days=1), ServedVersions(1, "0.9.0")),  # the higher
    ],
)  # fmt: skip
def test_an_announced_minimum_becomes_the_minimum_on_its_day(
    minimum: str, announced: str, day: date | None, served: ServedVersions
) -> None:
    settings = ServerSettings(
        data_dir=Path("."),
        database_url="sqlite://",
        min_client_version=minimum,
        next_min_client_version=announced,
        next_min_client_date=day,
    )
    assert settings.served_versions(TODAY) == served
    assert ServedVersions.from_headers(CaseInsensitiveDict(served.headers())) == served


def test_an_app_is_told_to_update_only_when_older_than_announced() -> None:
    served = ServedVersions(1, "0.1.0", "0.8.0", TODAY)
    assert served.update_by("0.7.9") == TODAY
    assert served.update_by("0.8") is None  # '0.8' is '0.8.0'
    assert served.update_by("0.10.0") is None  # numbers, not text
    assert served.serves("0.1.0") and not served.serves("0.0.9")
    assert ServedVersions(1, "0.1.0").update_by("0.0.1") is None


@pytest.mark.parametrize(
    "headers",
    [
        {},  # an older server
        {MIN_PROTOCOL_HEADER: "one", MIN_CLIENT_HEADER: "0.1.0"},  # a proxy's garbage
    ],
)
def test_answers_that_do_not_say_the_versions_conclude_nothing(headers: dict[str, str]) -> None:
    assert ServedVersions.from_headers(headers) is None


def test_a_bad_date_announced_is_read_as_no_announcement() -> None:
    said = {
        MIN_PROTOCOL_HEADER: "1",
        MIN_CLIENT_HEADER: "0.1.0",
        NEXT_MIN_CLIENT_HEADER: NEXT,
        NEXT_MIN_CLIENT_DATE_HEADER: "next week",
    }
    assert ServedVersions.from_headers(said) == ServedVersions(1, "0.1.0")


@pytest.mark.parametrize(
    ("env", "error"),
    [
        ({"LOYALTY_NEXT_MIN_CLIENT_VERSION": NEXT}, "set both"),
        ({"LOYALTY_NEXT_MIN_CLIENT_DATE": "2027-01-15"}, "set both"),
        (
            {"LOYALTY_NEXT_MIN_CLIENT_VERSION": NEXT, "LOYALTY_NEXT_MIN_CLIENT_DATE": "15/01/2027"},
            "is not a date",
        ),
    ],
)
def test_a_half_or_wrong_announcement_stops_the_server_at_start(
    env: dict[str, str], error: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for name in ("LOYALTY_NEXT_MIN_CLIENT_VERSION", "LOYALTY_NEXT_MIN_CLIENT_DATE"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(ValueError, match=error):
        load_settings(tmp_path)

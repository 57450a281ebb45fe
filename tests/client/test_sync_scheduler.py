"""The background sync scheduler with a real server process and a real tablet (no Qt).

What the status bar would say is what the tests read: `SyncState` as the
listener receives it.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from chain import MARIA, ServerProcess, Tablet, free_port, running_chain
from sqlalchemy import func, select

from loyalty_core.sync_protocol import PROTOCOL_HEADER
from pos_client.store.database import open_store
from pos_client.store.models import OutboxEntry
from pos_client.sync.api import SyncApi
from pos_client.sync.engine import SyncEngine, SyncReport
from pos_client.sync.scheduler import Phase, SyncScheduler, SyncState, backoff_delay
from sync_server.devices.service import revoke
from sync_server.sales.models import Sale as ServerSale


class States:
    """Every state a scheduler published, in order, with the time it arrived."""

    def __init__(self) -> None:
        self.seen: list[tuple[float, SyncState]] = []
        self._lock = threading.Lock()

    def __call__(self, state: SyncState) -> None:
        with self._lock:
            self.seen.append((time.monotonic(), state))

    @property
    def all(self) -> list[SyncState]:
        with self._lock:
            return [state for _, state in self.seen]

    @property
    def last(self) -> SyncState | None:
        states = self.all
        return states[-1] if states else None

    def mark(self) -> int:
        """Where the states published from now on start (for `wait_for(since=...)`)."""
        return len(self.all)

    def wait_for(
        self, condition: Callable[[SyncState], bool], *, since: int = 0, timeout: float = 15.0
    ) -> SyncState:
        """The first state since `since` that meets the condition, waiting for it."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = next((s for s in self.all[since:] if condition(s)), None)
            if found is not None:
                return found
            time.sleep(0.02)
        raise AssertionError(f"no such state within {timeout} s; last: {self.last}")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServerProcess]:
    with running_chain(tmp_path / "server") as process:
        yield process


@pytest.fixture
def tablet(server: ServerProcess, tmp_path: Path) -> Iterator[Tablet]:
    made = Tablet.register(server, tmp_path / "tablet", "S001")
    made.sync()  # the first download: the catalogue and the staff are there to sell
    yield made
    made.close()


@pytest.fixture
def schedulers() -> Iterator[Callable[..., tuple[SyncScheduler, States]]]:
    """Make started schedulers with a state recorder; all shut down after the test."""
    made: list[SyncScheduler] = []

    def make(engine: SyncEngine, **options: Any) -> tuple[SyncScheduler, States]:
        states = States()
        scheduler = SyncScheduler(engine, on_state=states, **options)
        made.append(scheduler)
        scheduler.start()
        return scheduler, states

    yield make
    for scheduler in made:
        scheduler.shutdown()


def server_sales(server: ServerProcess) -> int:
    with server.admin() as s:
        return s.scalar(select(func.count()).select_from(ServerSale)) or 0


def test_a_business_change_is_sent_soon_after_a_poke(
    server: ServerProcess, tablet: Tablet, schedulers: Callable[..., Any]
) -> None:
    scheduler, states = schedulers(tablet.engine, interval=3600, poke_delay=0.3)
    first = states.wait_for(lambda s: s.phase is Phase.IDLE)
    assert (first.waiting, first.rejected) == (0, 0)
    assert first.last_sync is not None

    tablet.sell({"serum": 1}, customer=MARIA)
    mark, poked = states.mark(), time.monotonic()
    scheduler.poke()

    waiting = states.wait_for(lambda s: s.waiting == 2, since=mark)  # the sale and its points
    assert waiting.phase is Phase.IDLE  # shown at once, before the sync
    assert waiting.oldest_waiting is not None
    mark = states.mark()
    done = states.wait_for(lambda s: s.phase is Phase.IDLE and s.waiting == 0, since=mark)
    assert done.last_sync is not None and done.last_sync > first.last_sync
    assert server_sales(server) == 1
    sent = next(t for t, s in states.seen if s is done)
    assert sent - poked < 5  # soon: not on the hour-long interval
    assert Phase.SYNCING in [s.phase for s in states.all]
    assert scheduler.shutdown(wait=3)


def test_backoff_delay_is_full_jitter_under_a_doubling_ceiling() -> None:
    draws = iter([0.0, 0.5, 1.0, 1.0, 1.0, 0.5])
    delays = [backoff_delay(n, base=2, cap=300, random=lambda: next(draws)) for n in range(1, 7)]
    assert delays == [0.0, 2.0, 8.0, 16.0, 32.0, 32.0]
    assert backoff_delay(20, base=2, cap=300, random=lambda: 1.0) == 300
    # The server's Retry-After is a floor (within the cap), jitter cannot undercut it.
    assert backoff_delay(1, base=2, cap=300, random=lambda: 0.1, retry_after=45) == 45
    assert backoff_delay(1, base=2, cap=300, random=lambda: 0.1, retry_after=9999) == 300


def test_an_unreachable_server_gives_offline_and_growing_jittered_delays(
    store: Any, schedulers: Callable[..., Any]
) -> None:
    attempts: list[tuple[float, float]] = []  # (started, failed) of each run

    class Timed(SyncEngine):
        def sync_once(self, **kwargs: Any) -> SyncReport:
            started = time.monotonic()
            try:
                return super().sync_once(**kwargs)
            finally:
                attempts.append((started, time.monotonic()))

    nowhere = SyncApi(f"http://127.0.0.1:{free_port()}", "token", timeout=(0.5, 1.0))
    frozen = datetime(2026, 11, 20, 10, 30, tzinfo=UTC)
    draws = [0.9, 0.6, 0.8, 0.7, 1.0, 0.3, 0.5]
    drawn = iter(draws)
    base, cap = 0.05, 0.4
    scheduler, states = schedulers(
        Timed(store.sessions, nowhere),
        interval=3600,
        backoff_base=base,
        backoff_cap=cap,
        now=lambda: frozen,
        random=lambda: next(drawn),
    )
    states.wait_for(lambda s: len([x for x in states.all if x.phase is Phase.OFFLINE]) >= 6)
    scheduler.shutdown()

    offline = [s for s in states.all if s.phase is Phase.OFFLINE][:6]
    assert all(s.message.startswith("server unreachable") for s in offline)
    delays = [(s.retry_at - frozen).total_seconds() for s in offline]  # type: ignore[operator]
    ceilings = [min(cap, base * 2**n) for n in range(6)]
    assert ceilings == [0.05, 0.1, 0.2, 0.4, 0.4, 0.4]
    assert delays == pytest.approx([d * c for d, c in zip(draws, ceilings, strict=False)])
    assert all(0 <= d <= c for d, c in zip(delays, ceilings, strict=True))
    # Each attempt started no sooner than the delay drawn after the one before failed.
    for (_, failed), (started, _), delay in zip(attempts, attempts[1:6], delays, strict=False):
        assert started - failed >= delay - 0.001


def test_a_revoked_device_stops_syncing_and_says_so(
    server: ServerProcess, tablet: Tablet, schedulers: Callable[..., Any]
) -> None:
    scheduler, states = schedulers(tablet.engine, interval=0.3)
    states.wait_for(lambda s: s.phase is Phase.IDLE)
    with server.admin() as s:
        revoke(s, store_code="S001", device_code="D01", now=datetime.now(UTC))
    tablet.sell({"soap": 1}, customer=MARIA)
    scheduler.poke()

    stopped = states.wait_for(lambda s: s.phase is Phase.REVOKED)
    stopped_at = states.all.index(stopped)
    assert stopped.halted
    assert "revoked" in stopped.message
    time.sleep(1.0)  # three intervals: no more attempts
    scheduler.sync_now()
    scheduler.poke()
    time.sleep(0.3)
    after = states.all[stopped_at:]
    assert Phase.SYNCING not in [s.phase for s in after]
    assert states.last is not None and states.last.phase is Phase.REVOKED
    assert states.last.waiting == 2  # the sale waits, safe, for a new registration
    assert server_sales(server) == 0


class TracingEngine(SyncEngine):
    """Counts engines inside a sync at once, across every instance."""

    active = 0
    most = 0
    runs = 0
    lock = threading.Lock()

    def pull(self, report: SyncReport, cancelled: Callable[[], bool]) -> None:
        with TracingEngine.lock:
            TracingEngine.active += 1
            TracingEngine.runs += 1
            TracingEngine.most = max(TracingEngine.most, TracingEngine.active)
        try:
            time.sleep(0.15)  # widen the window two runs would need to overlap
            super().pull(report, cancelled)
        finally:
            with TracingEngine.lock:
                TracingEngine.active -= 1


def test_two_schedulers_on_one_store_file_never_sync_at_once(
    tablet: Tablet, schedulers: Callable[..., Any], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("INFO", logger="pos_client.sync.scheduler")
    TracingEngine.active = TracingEngine.most = TracingEngine.runs = 0
    token = tablet.engine.api.token
    recorders: list[States] = []
    # Two windows: each opens the store file and builds its own engine.
    for _ in range(2):
        sessions = open_store(tablet.data_dir / "store.db")
        engine = TracingEngine(sessions, SyncApi(tablet.server_url, token))
        recorders.append(schedulers(engine, interval=0.1)[1])
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and (
        TracingEngine.runs < 6 or "another window" not in caplog.text
    ):
        time.sleep(0.05)

    assert TracingEngine.runs >= 6
    assert TracingEngine.most == 1
    assert "another window or process is syncing this device" in caplog.text
    # Quietly: the window that lost the lease never says offline or stalled.
    for states in recorders:
        assert {s.phase for s in states.all} <= {Phase.IDLE, Phase.SYNCING}


def test_verify_runs_every_tenth_time(tablet: Tablet, schedulers: Callable[..., Any]) -> None:
    flags: list[bool] = []

    class Recording(SyncEngine):
        def sync_once(self, **kwargs: Any) -> SyncReport:
            flags.append(kwargs["verify"])
            return super().sync_once(**kwargs)

    scheduler, _ = schedulers(Recording(tablet.sessions, tablet.engine.api), interval=0.05)
    deadline = time.monotonic() + 20
    while len(flags) < 20 and time.monotonic() < deadline:
        time.sleep(0.05)
    scheduler.shutdown()
    assert flags[:20] == ([False] * 9 + [True]) * 2


def test_the_watchdog_reports_an_outbox_that_does_not_move(
    tablet: Tablet, schedulers: Callable[..., Any]
) -> None:
    tablet.sell({"cream": 1}, customer=MARIA)
    with tablet.sessions.begin() as s:  # the sale now waits for a change that never comes
        first = s.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)).first()
        assert first is not None
        first.depends_on = uuid.uuid4()
    later = timedelta(0)
    scheduler, states = schedulers(
        tablet.engine,
        interval=3600,
        watchdog_every=0.1,
        now=lambda: datetime.now(UTC) + later,
    )
    fresh = states.wait_for(lambda s: s.phase is Phase.IDLE)
    assert fresh.waiting == 2  # deferred by the server, but young: nothing to report yet

    later = timedelta(minutes=16)  # the server still answers; the outbox has not moved
    mark = states.mark()
    scheduler.sync_now()
    stalled = states.wait_for(lambda s: s.phase is Phase.STALLED, since=mark)
    assert stalled.waiting == 2
    assert stalled.oldest_waiting is not None
    assert "waiting since" in stalled.message


def test_a_server_that_cannot_serve_this_app_stops_sync_and_says_update(
    server: ServerProcess, tablet: Tablet, schedulers: Callable[..., Any]
) -> None:
    tablet.sell({"soap": 1})
    tablet.engine.api._http.headers[PROTOCOL_HEADER] = "99"  # an app from the future
    _, states = schedulers(tablet.engine, interval=0.2)

    stopped = states.wait_for(lambda s: s.phase is Phase.UPDATE_REQUIRED)
    assert stopped.halted
    assert "update the app" in stopped.message
    mark = states.mark()
    time.sleep(0.8)  # four intervals: no more attempts
    assert Phase.SYNCING not in [s.phase for s in states.all[mark:]]
    assert states.last is not None and states.last.waiting == 1  # kept for after the update

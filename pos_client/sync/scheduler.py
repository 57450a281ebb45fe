"""When the sync engine runs, and what the status bar should say about it.

Contract and pitfalls:
- `SyncScheduler` runs `engine.sync_once()` on an APScheduler background
  thread: at start, every `interval` seconds, `poke_delay` seconds after a
  business change (`poke`), and at once on `sync_now`. One sync job with
  `max_instances=1` and `coalesce`, so runs never overlap in a process; the
  engine's lease keeps two processes of one device apart, and the loser's
  `SyncBusy` is taken quietly (the other window is syncing).
- While the server is unreachable (a retryable `SyncError`) the next run
  waits an exponential backoff with full jitter (`backoff_delay`), at least
  what the server's `Retry-After` asked for; pokes do not shorten it, a
  person's `sync_now` does.
- `DeviceRevoked` and `UpdateRequired` stop sync until a person acts: the
  sync job is removed and the state says why. Before that, when head office
  has announced an oldest app version from a day on and this app is older,
  every state carries that day (`update_by`) while sync goes on: read from
  the answers of the normal syncs (`SyncApi.served`), no request of its own.
  Other errors are bugs or a server refusing a request: logged, retried with
  backoff, shown as stalled.
- A watchdog job re-reads the outbox every `watchdog_every` seconds: changes
  older than `stall_after` still waiting while the server answers mean the
  outbox is stuck (a dependency that never arrives), shown as stalled.
- Every state goes to the listeners (`subscribe`) on a scheduler thread, in
  order. A Qt listener must hand it to the GUI thread with a signal.
- The scheduler reads the outbox in short transactions of its own, never
  around `sync_once`; the engine never holds one across an HTTP call.
- No Qt here. Requests and APScheduler are imported only once sync starts:
  a tablet without a server (the demo) never pays for them.
- `now` and `random` are injectable: `now` dates the state (ages, the
  watchdog), `random` draws the jitter. APScheduler itself keeps real time.
"""

from __future__ import annotations

import logging
import random as _random
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pos_client.sync.engine import SyncEngine, SyncStatus

log = logging.getLogger(__name__)

JOB = "sync"
WATCHDOG = "watchdog"


class Phase(StrEnum):
    IDLE = "idle"  # the last run reached the server
    SYNCING = "syncing"
    OFFLINE = "offline"  # the server is unreachable or failing: retrying with backoff
    REVOKED = "revoked"  # head office revoked this device: stopped
    UPDATE_REQUIRED = "update_required"  # the server does not serve this app: stopped
    STALLED = "stalled"  # the server answers but the outbox does not move


HALTED = (Phase.REVOKED, Phase.UPDATE_REQUIRED)
CLIENT_TOO_OLD = "client_too_old"
"""The server's code for an app it still takes sales from but no longer feeds."""


@dataclass(frozen=True)
class SyncState:
    """What the status bar shows, as of one moment."""

    phase: Phase
    waiting: int = 0
    oldest_waiting: datetime | None = None
    rejected: int = 0
    last_sync: datetime | None = None
    attention: int = 0  # rejected changes and open review cases of this store
    message: str = ""  # the server's or the error's words, for a tooltip and the log
    retry_at: datetime | None = None  # offline or stalled: when the next attempt is due
    update_by: date | None = None
    """Head office stops feeding this app version from this (Madrid) day: update before it."""

    @property
    def halted(self) -> bool:
        """Sync stopped until a person acts (revoked, or the app must be updated)."""
        return self.phase in HALTED


Listener = Callable[[SyncState], None]


def utc_now() -> datetime:
    return datetime.now(UTC)


def backoff_delay(
    failures: int,
    *,
    base: float = 2.0,
    cap: float = 300.0,
    random: Callable[[], float] = _random.random,
    retry_after: float | None = None,
) -> float:
    """Seconds to wait after `failures` failed runs in a row (full jitter, >= `retry_after`)."""
    ceiling = min(cap, base * 2.0 ** max(0, failures - 1))
    delay = random() * ceiling
    if retry_after is not None:
        delay = max(delay, min(retry_after, cap))
    return delay


class SyncScheduler:
    """Runs the sync engine in the background (see the module docstring)."""

    def __init__(
        self,
        engine: SyncEngine,
        *,
        interval: float = 30.0,
        poke_delay: float = 2.0,
        backoff_base: float = 2.0,
        backoff_cap: float = 300.0,
        stall_after: timedelta = timedelta(minutes=15),
        watchdog_every: float = 60.0,
        verify_every: int = 10,
        on_state: Listener | None = None,
        now: Callable[[], datetime] = utc_now,
        random: Callable[[], float] = _random.random,
    ) -> None:
        self.engine = engine
        self.interval = interval
        self.poke_delay = poke_delay
        self.backoff_base = backoff_base
        self.backoff_cap = backoff_cap
        self.stall_after = stall_after
        self.watchdog_every = watchdog_every
        self.verify_every = verify_every
        self.now = now
        self.random = random
        self._listeners: list[Listener] = [on_state] if on_state else []
        self._lock = threading.Lock()  # the fields below
        self._emit_lock = threading.Lock()  # one state computed and delivered at a time
        self._idle = threading.Event()
        self._idle.set()
        self._closing = threading.Event()
        self._scheduler: Any = None
        self._running = False
        self._poked_while_running = False
        self._runs = 0
        self._failures = 0
        self._halted: Phase | None = None
        self._too_old = False
        self._offline = False
        self._trouble = ""  # the server answered with an error we cannot act on
        self._message = ""
        self._retry_at: datetime | None = None
        self._last_contact: datetime | None = None
        self._update_by: date | None = None
        self._reported_stall = False
        self._state = SyncState(Phase.SYNCING)  # start() runs at once

    # -- the public face ----------------------------------------------------------
    @property
    def state(self) -> SyncState:
        """The last state published."""
        with self._lock:
            return self._state

    def subscribe(self, listener: Listener) -> None:
        """Call `listener(state)` on every change (on a scheduler thread)."""
        with self._lock:
            self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        with self._lock:
            if listener in self._listeners:
                self._listeners.remove(listener)

    def start(self) -> None:
        """Start the background thread; the first run starts at once."""
        if self._closing.is_set() or self._scheduler is not None:
            return
        from apscheduler.executors.pool import ThreadPoolExecutor
        from apscheduler.schedulers.background import BackgroundScheduler

        scheduler = BackgroundScheduler(
            executors={"default": ThreadPoolExecutor(2)},
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
            timezone=UTC,
            logger=_quiet_apscheduler_log(),
        )
        scheduler.add_job(
            self._run, "interval", seconds=self.interval, id=JOB, next_run_time=_real_now()
        )
        scheduler.add_job(self._check, "interval", seconds=self.watchdog_every, id=WATCHDOG)
        with self._lock:
            self._scheduler = scheduler
        scheduler.start()

    def poke(self) -> None:
        """A business change was saved: show it waiting, and sync soon if online."""
        with self._lock:
            if self._scheduler is None or self._closing.is_set():
                return
            if self._halted is None and not self._failures:
                if self._running:
                    self._poked_while_running = True
                else:
                    self._bring_forward(self.poke_delay)
        self.refresh()

    def sync_now(self) -> None:
        """A person asked: sync at once, even while backing off."""
        with self._lock:
            if self._scheduler is None or self._closing.is_set() or self._halted is not None:
                return
            if self._running:
                self._poked_while_running = True
                return
            self._failures = 0
            self._retry_at = None
            self._scheduler.modify_job(JOB, next_run_time=_real_now())

    def refresh(self) -> None:
        """Read the outbox and publish the state again (off the calling thread)."""
        with self._lock:
            if self._scheduler is not None and not self._closing.is_set():
                self._scheduler.add_job(self._publish)

    def shutdown(self, wait: float = 5.0) -> bool:
        """Stop; a run in progress is asked to stop and awaited at most `wait` seconds.

        Return whether no run was left going. The outbox is safe either way:
        an interrupted run is simply sent again next time.
        """
        self._closing.set()
        with self._lock:
            scheduler, self._scheduler = self._scheduler, None
        if scheduler is not None:
            scheduler.shutdown(wait=False)
        finished = self._idle.wait(wait)
        if finished:
            self.engine.api.close()
        else:
            log.warning("sync still running at shutdown; left to finish or be cut")
        return finished

    # -- the jobs -----------------------------------------------------------------
    def _run(self) -> None:
        from pos_client.sync.api import (
            Cancelled,
            DeviceRevoked,
            Offline,
            SyncError,
            UpdateRequired,
        )
        from pos_client.sync.engine import SyncBusy

        with self._lock:
            if self._halted is not None or self._closing.is_set():
                return
            self._running, self._poked_while_running = True, False
            self._idle.clear()
            self._runs += 1
            verify = self.verify_every > 0 and self._runs % self.verify_every == 0
        self._publish(read=False)
        delay: float | None = None  # None: the next run on the interval
        try:
            self.engine.sync_once(verify=verify, cancelled=self._closing.is_set)
        except SyncBusy:
            log.info("another window or process is syncing this device")
        except Cancelled:
            log.info("sync stopped by shutdown; it goes on from there next time")
        except (DeviceRevoked, UpdateRequired) as exc:
            if isinstance(exc, UpdateRequired) and exc.code == CLIENT_TOO_OLD:
                # The server still takes this app's sales, only not its pulls: keep pushing
                # on the interval (facts must get out) and say an update is needed.
                log.error("pulling stopped until the app is updated: %s", exc)
                with self._lock:
                    self._too_old, self._message = True, str(exc)
            else:
                log.error("sync stopped: %s (%s)", exc, exc.code)
                self._stop(
                    Phase.REVOKED if isinstance(exc, DeviceRevoked) else Phase.UPDATE_REQUIRED, exc
                )
        except SyncError as exc:
            delay = self._failed(exc, offline=exc.retryable, retry_after=exc.retry_after)
            if not isinstance(exc, Offline):
                log.warning("sync failed: %s (%s)", exc, exc.code)
        except Exception as exc:  # a bug: keep the app going, keep the outbox, say stalled
            log.exception("sync failed unexpectedly")
            delay = self._failed(exc, offline=False, retry_after=None)
        else:
            with self._lock:
                self._failures, self._offline, self._trouble = 0, False, ""
                self._message, self._retry_at = "", None
                self._last_contact = self.now()
        finally:
            self._note_served()
            self._finish(delay)
        self._publish()

    def _check(self) -> None:
        """Watchdog: re-read the outbox and say stalled if it does not move."""
        self._publish()

    # -- helpers (the caller holds no lock unless said) -----------------------------
    def _note_served(self) -> None:
        """Keep the day an announced minimum version stops this app, from the last answer."""
        api = self.engine.api
        served = getattr(api, "served", None)
        if served is None:  # no answer yet (offline): what was known stands
            return
        day = served.update_by(api.client_version)
        with self._lock:
            told, self._update_by = self._update_by, day
        if day is not None and day != told:
            log.warning(
                "head office serves this app (%s) until %s: version %s is needed from then",
                api.client_version,
                day,
                served.next_min_client_version,
            )

    def _failed(self, exc: BaseException, *, offline: bool, retry_after: float | None) -> float:
        with self._lock:
            self._failures += 1
            delay = backoff_delay(
                self._failures,
                base=self.backoff_base,
                cap=self.backoff_cap,
                random=self.random,
                retry_after=retry_after,
            )
            self._offline = offline
            self._trouble = "" if offline else str(exc) or exc.__class__.__name__
            if not offline:
                self._last_contact = self.now()  # it answered, with an error
            self._message = str(exc)
            self._retry_at = self.now() + timedelta(seconds=delay)
            return delay

    def _stop(self, phase: Phase, exc: BaseException) -> None:
        with self._lock:
            self._halted, self._message, self._retry_at = phase, str(exc), None
            self._offline = False
            self._last_contact = self.now()

    def _finish(self, delay: float | None) -> None:
        with self._lock:
            self._running = False
            scheduler = self._scheduler
            if scheduler is not None:
                if self._halted is not None:
                    if scheduler.get_job(JOB) is not None:
                        scheduler.remove_job(JOB)
                elif delay is not None:
                    scheduler.modify_job(JOB, next_run_time=_real_now(delay))
                elif self._poked_while_running:
                    self._bring_forward(self.poke_delay)
            self._idle.set()

    def _bring_forward(self, delay: float) -> None:
        """Move the next run to `delay` seconds from now unless it is due sooner (lock held)."""
        job = self._scheduler.get_job(JOB)
        wanted = _real_now(delay)
        if job is not None and (job.next_run_time is None or job.next_run_time > wanted):
            job.modify(next_run_time=wanted)

    def _publish(self, *, read: bool = True) -> None:
        with self._emit_lock:
            status = self._read_status() if read else None
            with self._lock:
                state = self._compute(status)
                changed = state != self._state
                self._state = state
                listeners = list(self._listeners)
            if not changed or self._closing.is_set():  # after shutdown its widgets may be gone
                return
            for listener in listeners:
                try:
                    listener(state)
                except Exception:
                    log.exception("a sync state listener failed")

    def _read_status(self) -> SyncStatus | None:
        from pos_client.sync.engine import sync_status

        try:
            with self.engine.sessions.begin() as session:
                return sync_status(session)
        except Exception:
            log.exception("could not read the outbox")
            return None

    def _compute(self, status: SyncStatus | None) -> SyncState:
        """The state from the outbox and what the last run said (lock held)."""
        previous = self._state
        if status is not None:
            previous = replace(
                previous,
                waiting=status.waiting,
                oldest_waiting=_aware(status.oldest_waiting),
                rejected=status.rejected,
                attention=status.attention,
                last_sync=_aware(status.last_sync),
            )
        if self._halted is not None:
            phase = self._halted
        elif self._too_old:
            phase = Phase.UPDATE_REQUIRED
        elif self._running:
            phase = Phase.SYNCING
        elif self._offline:
            phase = Phase.OFFLINE
        elif self._trouble or self._stuck(previous):
            phase = Phase.STALLED
        else:
            phase = Phase.IDLE
        message = self._message
        if phase is Phase.STALLED and not self._trouble:
            message = f"changes waiting since {previous.oldest_waiting}"
        if phase is Phase.STALLED and not self._reported_stall:
            log.warning("the outbox is stalled: %s", message)
        self._reported_stall = phase is Phase.STALLED
        retry_at = self._retry_at if phase in (Phase.OFFLINE, Phase.STALLED) else None
        return replace(
            previous, phase=phase, message=message, retry_at=retry_at, update_by=self._update_by
        )

    def _stuck(self, state: SyncState) -> bool:
        """Changes waiting too long although the server answered recently (lock held)."""
        if not state.waiting or state.oldest_waiting is None:
            return False
        now = self.now()
        contacts = [t for t in (self._last_contact, state.last_sync) if t is not None]
        recently = timedelta(seconds=max(3 * self.interval, 60.0))
        answered = bool(contacts) and now - max(contacts) <= recently
        return answered and now - state.oldest_waiting > self.stall_after


def _real_now(seconds: float = 0.0) -> datetime:
    return datetime.now(UTC) + timedelta(seconds=seconds)


def _aware(moment: datetime | None) -> datetime | None:
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment


class _SkipOverlapNotice(logging.Filter):
    """A run longer than the interval (a first download) is normal, not a warning."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "maximum number of running instances" not in record.getMessage()


def _quiet_apscheduler_log() -> logging.Logger:
    logger = logging.getLogger(f"{__name__}.apscheduler")
    if not logger.filters:
        logger.addFilter(_SkipOverlapNotice())
    return logger

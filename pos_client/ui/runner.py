"""Running store and I/O work off the GUI thread, and coming back to it.

Contract (Anki's operations, adapted):
- `run_store(fn, ...)` runs `fn(session)` on the ONE store thread, inside
  `sessions.begin()`: the transaction commits when `fn` returns and rolls
  back when it raises. Store work is therefore serialised, like the file.
- `run_io(fn, ...)` runs `fn()` on the I/O pool (PDF rendering, printing
  preparation, camera): never on the store thread, never on the GUI thread.
- `success(result)` or `failure(exc)` are then called on the GUI thread,
  and `changes` (if the op succeeded) are broadcast through `AppSignals`.
Pitfalls: never touch a widget inside `fn`; return plain frozen
dataclasses, never ORM objects (their session is closed by then).
`InlineRunner` does the same synchronously, for widget tests.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from sqlalchemy.orm import Session, sessionmaker

from pos_client.ui.signals import AppSignals, Changes

log = logging.getLogger(__name__)

Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]


class _Relay(QObject):
    """Lives on the GUI thread; worker threads post results through it."""

    delivered = Signal(object, object)

    def __init__(self) -> None:
        super().__init__()
        self.delivered.connect(self._deliver)

    @Slot(object, object)
    def _deliver(self, callback: Callable[[Any], None], value: Any) -> None:
        callback(value)


class _Task(QRunnable):
    def __init__(
        self,
        work: Callable[[], Any],
        relay: _Relay,
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        super().__init__()
        self._work, self._relay, self._done, self._failed = work, relay, done, failed

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as exc:  # delivered to the GUI thread, never lost
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._relay.delivered.emit(self._failed, exc)
        else:
            self._relay.delivered.emit(self._done, result)


class Runner:
    """The store thread and the I/O pool (see the module docstring)."""

    def __init__(self, sessions: sessionmaker[Session], signals: AppSignals) -> None:
        self.sessions = sessions
        self.signals = signals
        self._relay = _Relay()
        self._store = QThreadPool()
        self._store.setMaxThreadCount(1)
        self._store.setExpiryTimeout(-1)
        self._io = QThreadPool()
        self._io.setMaxThreadCount(2)

    def run_store(
        self,
        fn: Callable[[Session], Any],
        *,
        success: Success | None = None,
        failure: Failure | None = None,
        changes: Changes = Changes.NONE,
    ) -> None:
        def work() -> Any:
            with self.sessions.begin() as session:
                return fn(session)

        self._store.start(
            _Task(work, self._relay, self._succeeded(success, changes), failure or _log_failure)
        )

    def run_io(
        self,
        fn: Callable[[], Any],
        *,
        success: Success | None = None,
        failure: Failure | None = None,
    ) -> None:
        self._io.start(
            _Task(fn, self._relay, success or (lambda _r: None), failure or _log_failure)
        )

    def _succeeded(self, success: Success | None, changes: Changes) -> Success:
        def done(result: Any) -> None:
            if success is not None:
                success(result)
            if changes:
                self.signals.changed.emit(changes)

        return done

    def wait(self, msecs: int = 30_000) -> None:
        """Block until queued work is done (shutdown and tests)."""
        self._store.waitForDone(msecs)
        self._io.waitForDone(msecs)


class InlineRunner(Runner):
    """Runs every op synchronously on the calling thread (widget tests)."""

    def run_store(
        self,
        fn: Callable[[Session], Any],
        *,
        success: Success | None = None,
        failure: Failure | None = None,
        changes: Changes = Changes.NONE,
    ) -> None:
        try:
            with self.sessions.begin() as session:
                result = fn(session)
        except Exception as exc:
            (failure or _log_failure)(exc)
            return
        self._succeeded(success, changes)(result)

    def run_io(
        self,
        fn: Callable[[], Any],
        *,
        success: Success | None = None,
        failure: Failure | None = None,
    ) -> None:
        try:
            result = fn()
        except Exception as exc:
            (failure or _log_failure)(exc)
            return
        (success or (lambda _r: None))(result)


def _log_failure(exc: BaseException) -> None:
    log.error("background task failed: %s\n%s", exc, getattr(exc, "__traceback_text__", ""))

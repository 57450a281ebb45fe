"""Faults between tablet and server: nothing lost, nothing counted twice (SYNC.md rule 12).

A small TCP proxy sits between the tablet and the real server process and
drops answers after the server committed, cuts bodies, sends a request
twice; the server is SIGKILLed in the middle of a push. After recovery
every sale is on the server exactly once and the ledgers agree.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest
from chain import MARIA, ServerProcess, Tablet, assert_converged, seed_products, server_counts
from faultproxy import FaultProxy
from sqlalchemy import select

from pos_client.store.models import OutboxEntry
from pos_client.sync.api import SyncError


@pytest.mark.parametrize("fault", ["drop_response", "cut_request", "cut_response", "refuse"])
def test_a_push_broken_on_the_way_is_retried_and_counted_once(
    server: ServerProcess,
    proxy: FaultProxy,
    new_tablet: Callable[..., Tablet],
    fault: str,
) -> None:
    tablet = new_tablet("S001", url=proxy.url)
    tablet.sync()
    earned = sum(tablet.sell({"serum": 1}, customer=MARIA).points_earned for _ in range(3))

    proxy.arm(fault, path="/v1/sync/push")  # type: ignore[arg-type]
    with pytest.raises(SyncError) as failure:
        tablet.sync()
    assert failure.value.retryable
    committed = fault in ("drop_response", "cut_response")
    assert server_counts(server)[0] == (3 if committed else 0)

    tablet.sync()
    assert_converged(server, tablet, sales=3, points=earned)


def test_a_request_delivered_twice_is_applied_once(
    server: ServerProcess, proxy: FaultProxy, new_tablet: Callable[..., Tablet]
) -> None:
    tablet = new_tablet("S001", url=proxy.url)
    tablet.sync()
    earned = tablet.sell({"serum": 2}, customer=MARIA).points_earned
    proxy.arm("duplicate", path="/v1/sync/push")
    tablet.sync()
    assert_converged(server, tablet, sales=1, points=earned)
    with tablet.sessions.begin() as s:
        answers = list(s.scalars(select(OutboxEntry.server_answer)))
    assert all('"status":"duplicate"' in a for a in answers)  # the second delivery's answer


def test_the_server_killed_in_the_middle_of_a_push_loses_nothing(
    server: ServerProcess, new_tablet: Callable[..., Tablet]
) -> None:
    tablet = new_tablet("S001")
    tablet.sync()
    earned = sum(tablet.sell({"soap": 1}, customer=MARIA).points_earned for _ in range(60))
    tablet.engine.batch_size = 4  # many small batches, so the kill lands between two of them

    errors: list[Exception] = []

    def push() -> None:
        try:
            tablet.sync()
        except SyncError as exc:
            errors.append(exc)

    worker = threading.Thread(target=push)
    worker.start()
    deadline = time.monotonic() + 20
    while server_counts(server)[0] < 5 and time.monotonic() < deadline:
        time.sleep(0.01)
    server.kill()
    worker.join(30)
    assert errors and errors[0].retryable
    arrived = server_counts(server)[0]
    assert 5 <= arrived < 60

    server.start()
    tablet.sync()
    assert_converged(server, tablet, sales=60, points=earned)


def test_the_server_restarted_in_the_middle_of_a_pull_resumes_from_the_tablets_cursor(
    server: ServerProcess, proxy: FaultProxy, new_tablet: Callable[..., Tablet]
) -> None:
    tablet = new_tablet("S001", url=proxy.url)
    tablet.sync()
    seed_products(server, 600)  # arrives page by page: the tablet already has its cursor
    tablet.engine.page_size = 20
    proxy.set_latency(0.03)

    errors: list[Exception] = []

    def pull() -> None:
        try:
            tablet.sync()
        except SyncError as exc:
            errors.append(exc)

    worker = threading.Thread(target=pull)
    worker.start()
    deadline = time.monotonic() + 30
    while held_products(tablet) < 100 and time.monotonic() < deadline:
        time.sleep(0.02)
    server.kill()
    worker.join(30)
    assert errors and errors[0].retryable
    halfway = held_products(tablet)
    assert 100 <= halfway < 603

    server.start()
    proxy.set_latency(0)
    report = tablet.sync(verify=True)
    assert report.pulled["catalogue"] == 603 - halfway  # only what was missing
    assert report.repaired == []
    assert held_products(tablet) == 603


def held_products(tablet: Tablet) -> int:
    """Products on the tablet, read from its file as another process would."""
    from store_files import read_store

    path = tablet.sessions.kw["bind"].url.database
    with read_store(path) as db:
        return int(db.execute("SELECT count(*) FROM product").fetchone()[0])


def test_a_backlog_in_many_batches_survives_a_lost_answer_half_way(
    server: ServerProcess, proxy: FaultProxy, new_tablet: Callable[..., Tablet]
) -> None:
    """The next batch leaves while the answer before it is recorded: a lost answer then
    leaves some batches applied and unanswered, and the next sync sorts them out."""
    tablet = new_tablet("S001", url=proxy.url)
    tablet.sync()
    tablet.engine.batch_size = 4  # 12 sales, 24 changes: 6 requests
    earned = sum(tablet.sell({"serum": 1}, customer=MARIA).points_earned for _ in range(12))
    proxy.arm("delay", path="/v1/sync/push", seconds=0.0)
    proxy.arm("delay", path="/v1/sync/push", seconds=0.0)
    proxy.arm("drop_response", path="/v1/sync/push")  # the third batch's answer
    with pytest.raises(SyncError):
        tablet.sync()
    pushes = [e for e in proxy.events if e.path.startswith("/v1/sync/push")]
    assert [e.fault for e in pushes] == ["delay", "delay", "drop_response"]
    assert server_counts(server)[0] == 6  # three batches of two sales, the third unanswered

    tablet.sync()
    assert_converged(server, tablet, sales=12, points=earned)
    with tablet.sessions.begin() as s:
        answers = [a for a in s.scalars(select(OutboxEntry.server_answer)) if a]
    # The third batch was applied once; its changes were answered duplicate the second time.
    assert sum('"status":"duplicate"' in a for a in answers) == 4

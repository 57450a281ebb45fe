"""Feeds that went wrong: an expired cursor, a diverged tablet, one batch on two workers."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import requests
from chain import CODES, MARIA, ServerProcess, Tablet
from faultproxy import FaultProxy
from sqlalchemy import delete, func, select

from loyalty_core.feeds import CHAIN_SCOPE, Feed
from pos_client.services.customers import identify
from pos_client.store.models import Customer, OutboxEntry, Product, ReplicaRow
from pos_client.sync.api import SyncError
from pos_client.sync.outbox_push import next_batch
from sync_server.catalogue.models import Product as ServerProduct
from sync_server.customers.service import NewCustomer, create_customers
from sync_server.sales.models import Sale as ServerSale
from sync_server.sync.feeds import compact, publish


def test_an_expired_cursor_downloads_that_feed_again_and_keeps_the_outbox(
    server: ServerProcess, new_tablet: Callable[..., Tablet]
) -> None:
    tablet = new_tablet("S001")
    tablet.sync()
    tablet.sell({"soap": 1})  # waiting in the outbox, must survive the re-download
    tablet.engine.push = lambda report, cancelled: None  # type: ignore[method-assign]
    now = datetime.now(UTC)
    with server.admin() as s:  # head office withdraws the cream, then compacts the log
        cream = s.scalars(select(ServerProduct).where(ServerProduct.code == CODES["cream"])).one()
        publish(s, Feed.CATALOGUE, CHAIN_SCOPE, str(cream.id), None, now=now)
        s.delete(cream)
    with server.admin() as s:
        assert compact(s, Feed.CATALOGUE, before=now + timedelta(days=1)) == 1

    report = tablet.sync()

    assert report.pulled["catalogue"] == 2  # the two products still listed, again
    assert report.pulled["staff"] == 0  # the other feeds were not downloaded again
    with tablet.sessions.begin() as s:
        active = set(s.scalars(select(Product.code).where(Product.active.is_(True))))
        assert active == {CODES["serum"], CODES["soap"]}
        assert [r for r in s.scalars(select(OutboxEntry.state))] == ["pending"]


def test_a_diverged_tablet_repairs_the_feed_its_checksum_disagrees_on(
    server: ServerProcess, new_tablet: Callable[..., Tablet]
) -> None:
    tablet = new_tablet("S001")
    tablet.sync()
    with tablet.sessions.begin() as s:  # a row lost on the tablet (a bug, a restore...)
        serum = s.scalars(select(Product.id).where(Product.code == CODES["serum"])).one()
        s.execute(delete(Product).where(Product.id == serum))
        s.execute(delete(ReplicaRow).where(ReplicaRow.key == str(serum)))
    report = tablet.sync(verify=True)
    assert report.repaired == ["catalogue"]
    with tablet.sessions.begin() as s:
        assert s.scalar(select(func.count()).select_from(Product)) == 3
    assert tablet.sync(verify=True).repaired == []


def test_the_same_batch_sent_to_two_workers_at_once_is_applied_once(
    server: ServerProcess, new_tablet: Callable[..., Tablet]
) -> None:
    server.stop()
    server.start(workers=2)
    tablet = new_tablet("S001")
    tablet.sync()
    for _ in range(20):
        tablet.sell({"serum": 1}, customer=MARIA)
    with tablet.sessions.begin() as s:
        batch = next_batch(s, limit=100)
    assert batch is not None
    token = tablet.engine.api.token
    answers: list[dict[str, object]] = []

    def send() -> None:
        answer = requests.post(
            f"{server.url}/v1/sync/push",
            data=batch.body,
            headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
            timeout=60,
        )
        assert answer.status_code == 200, answer.text
        answers.append(answer.json())

    senders = [threading.Thread(target=send) for _ in range(2)]
    for sender in senders:
        sender.start()
    for sender in senders:
        sender.join()

    per_change: dict[str, list[str]] = {}
    for answer in answers:
        for result in answer["results"]:  # type: ignore[union-attr]
            per_change.setdefault(result["change_id"], []).append(result["status"])
    # Every change of the body, each applied by one worker and a duplicate for the other.
    assert set(per_change) == {str(c.change_id) for c in batch.changes()}
    assert len(per_change) == 40
    assert all(sorted(s) == ["applied", "duplicate"] for s in per_change.values())
    with server.admin() as s:
        assert s.scalar(select(func.count()).select_from(ServerSale)) == 20


def test_a_first_download_cut_half_way_resumes_where_it_stopped(
    server: ServerProcess, new_tablet: Callable[..., Tablet], tmp_path: Path
) -> None:
    with server.admin() as s:  # enough customers for a file of some size
        create_customers(
            s,
            [
                NewCustomer(first_name=f"Client{i}", last_names="Prova Resum", home_store="S002")
                for i in range(2000)
            ],
            now=datetime.now(UTC),
        )
    with FaultProxy(("127.0.0.1", server.port)) as proxy:
        tablet = new_tablet("S001", url=proxy.url)
        proxy.arm("cut_response", path="/v1/sync/snapshots/directory/")
        with pytest.raises(SyncError) as cut:
            tablet.sync()
        assert cut.value.retryable
        parts = list(tablet.engine.snapshot_dir.glob("*.part"))
        assert len(parts) == 1 and parts[0].stat().st_size > 0
        report = tablet.sync()
        assert tablet.sync(verify=True).repaired == []
    assert report.pulled["directory"] == 2002
    ranged = [e for e in proxy.events if e.path.startswith("/v1/sync/snapshots/directory/")]
    assert [e.status for e in ranged][-1] == 206  # the rest only, not the whole file again
    with tablet.sessions.begin() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 2002
        assert [h.name for h in identify(s, query="client1999").hits] == ["Client1999 Prova Resum"]

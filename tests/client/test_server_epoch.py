"""A tablet notices that head office's database was restored and queues again what it lost.

The rules of `pos_client.sync.epoch` on a real store file; the round trip with a
real server, its backup and its restore is tests/contract/test_backup_restore.py.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select, update

from pos_client.services import sales
from pos_client.services.cart import Cart
from pos_client.services.catalogue import find_product
from pos_client.services.sales import PaymentInput
from pos_client.store.attachments import keep
from pos_client.store.manager_models import Gift
from pos_client.store.models import (
    SERVER_EPOCH_KEY,
    Attachment,
    Customer,
    LedgerEntry,
    OutboxEntry,
    Setting,
)
from pos_client.sync.epoch import ERASED_PAYLOAD, Restored, follow

FIRST, SECOND = str(uuid.uuid4()), str(uuid.uuid4())


def _sell(store, now: datetime) -> None:
    with store.sessions.begin() as s:
        cart = Cart(customer_id=store.customer_id)
        cart.add_product(find_product(s, code=store.products["serum"]))
        sales.finish(
            s,
            cart=cart,
            payment=PaymentInput(card_cents=cart.priced().total_cents),
            staff=store.assistant,
            now=now,
        )


def _rows(store) -> list[tuple[int, uuid.UUID, str, str, str, str | None]]:
    with store.sessions.begin() as s:
        return [
            (r.seq, r.change_id, r.payload, r.payload_sha256, r.state, r.server_answer)
            for r in s.scalars(select(OutboxEntry).order_by(OutboxEntry.seq))
        ]


def test_a_new_epoch_puts_acknowledged_changes_back_in_order_and_nothing_else(
    store, now: datetime
) -> None:
    for _ in range(4):
        _sell(store, now)  # 8 changes: a sale, then its points entry (which depends on it)
    with store.sessions.begin() as s:
        states = ["acknowledged"] * 5 + ["rejected", "acknowledged", "pending"]
        for seq, state in enumerate(states, start=1):
            s.execute(
                update(OutboxEntry)
                .where(OutboxEntry.seq == seq)
                .values(state=state, server_answer=None if state == "pending" else "{}")
            )
        # What `forget_customer` leaves of an acknowledged change about an erased customer.
        s.execute(update(OutboxEntry).where(OutboxEntry.seq == 7).values(payload=ERASED_PAYLOAD))
        s.execute(update(Customer).values(balance_version=7))
        s.execute(update(LedgerEntry).values(confirmed=True, covered_version=5))
        made = keep(s, b"%PDF signed here", "application/pdf", now)
        picture = keep(s, b"\xff\xd8 a gift", "image/jpeg", now, uploaded=True)
        s.add(Gift(id=uuid.uuid4(), code="G", name="Neceser", points=5, picture_sha256=picture))
        s.execute(update(Attachment).where(Attachment.sha256 == made).values(uploaded=True))
    before = _rows(store)

    # The first epoch seen (a new tablet, an app that had none): only remembered.
    with store.sessions.begin() as s:
        assert follow(s, FIRST) is None
    with store.sessions.begin() as s:
        assert follow(s, FIRST) is None
        assert s.get(Setting, SERVER_EPOCH_KEY).value == FIRST
    assert _rows(store) == before

    with store.sessions.begin() as s:
        restored = follow(s, SECOND)
    assert restored == Restored(was=FIRST, now=SECOND, resent=5, files=1)
    after = _rows(store)
    # Same ids, payloads, hashes and order; only the five acknowledged ones are pending.
    assert [r[:4] for r in after] == [r[:4] for r in before]
    assert [r[4] for r in after] == ["pending"] * 5 + ["rejected", "acknowledged", "pending"]
    with store.sessions.begin() as s:
        assert s.get(Setting, SERVER_EPOCH_KEY).value == SECOND
        assert set(s.scalars(select(Customer.balance_version))) == {0}
        # The entries keep what they were: each re-sent one gets its new covered version
        # from its answer.
        entries = s.execute(select(LedgerEntry.confirmed, LedgerEntry.covered_version))
        assert {(confirmed, covered) for confirmed, covered in entries} == {(True, 5)}
        files = s.execute(select(Attachment.sha256, Attachment.uploaded))
        assert {sha: uploaded for sha, uploaded in files} == {made: False, picture: True}
        assert follow(s, SECOND) is None  # once per restore

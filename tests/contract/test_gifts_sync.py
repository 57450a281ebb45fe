"""Gifts for points across real processes: online in one server call, offline within the caps,
a lost answer, cancelling, and one balance spent at two stores at once."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from chain import MARIA, ServerProcess, Tablet
from faultproxy import FaultProxy
from sqlalchemy import func, select

from loyalty_core.offline_caps import Cap, Identified, Refusal
from pos_client.services import gifts
from pos_client.services.receipts import customer_on_receipt
from pos_client.services.review import review_list
from pos_client.store.manager_models import Redemption as LocalRedemption
from sync_server.customers.models import Balance
from sync_server.gifts.models import Gift, Redemption, RedemptionVoid
from sync_server.gifts.service import create_gift, move_stock, stock_of
from sync_server.ledger.models import LedgerEntry
from sync_server.ledger.service import LedgerBatch, NewEntry
from sync_server.review.models import ReviewCase
from sync_server.stores.service import set_offline_caps

MANAGERS = {"S001": "1003", "S002": "2003"}
ASSISTANTS = {"S001": "1001", "S002": "2001"}


def _give(server: ServerProcess, customer_id: uuid.UUID, points: int) -> None:
    """Head office credits points (as a goodwill adjustment would)."""
    now = datetime.now(UTC)
    with server.admin() as s:
        ledger = LedgerBatch(s, {customer_id})
        ledger.post(
            NewEntry(
                customer_id=customer_id,
                kind="adjust",
                points=points,
                store_code="S001",
                occurred_at=now,
            ),
            now=now,
        )
        ledger.write(now=now)


def _gift(server: ServerProcess, points: int = 500, stock: int = 5) -> uuid.UUID:
    now = datetime.now(UTC)
    with server.admin() as s:
        gift = create_gift(s, code="NECESER", name="Neceser de viaje", points=points, now=now)
        for store in ("S001", "S002"):
            move_stock(
                s,
                store_code=store,
                gift_id=gift.id,
                quantity=stock,
                reason="received",
                moved_at=now,
                now=now,
            )
        return gift.id


def _redeem(
    tablet: Tablet, gift_id: uuid.UUID, *, online: bool = True, customer: uuid.UUID = MARIA
) -> gifts.Done | gifts.NoAnswer:
    store = tablet.store_code
    return gifts.redeem_gift(
        tablet.sessions,
        customer_id=customer,
        gift_id=gift_id,
        staff=tablet.staff(ASSISTANTS[store]),
        approver=tablet.staff(MANAGERS[store]),
        identified=Identified.CARD,
        ask=tablet.engine.api.redeem if online else None,
        now=datetime.now(UTC),
    )


def _balance(tablet: Tablet, customer: uuid.UUID = MARIA) -> int:
    with tablet.sessions.begin() as s:
        return customer_on_receipt(s, customer)[1]


def _server_balance(server: ServerProcess, customer: uuid.UUID = MARIA) -> int:
    with server.admin() as s:
        balance = s.get(Balance, customer)
        return balance.points if balance else 0


def _offline(tablet: Tablet, gift_id: uuid.UUID, reason: str = "") -> gifts.Done:
    pending = _redeem(tablet, gift_id, online=False)
    assert isinstance(pending, gifts.NoAnswer)
    manager = tablet.staff(MANAGERS[tablet.store_code])
    with tablet.sessions.begin() as s:
        return gifts.redeem_offline(
            s,
            pending.asking,
            decision=pending.decision,
            approver=manager,
            reason=reason,
            now=datetime.now(UTC),
        )


def test_an_online_redemption_is_checked_and_posted_in_one_call(
    server: ServerProcess, new_tablet: Callable[..., Tablet]
) -> None:
    gift_id = _gift(server)
    _give(server, MARIA, 1200)
    tablet = new_tablet("S001")
    tablet.sync()
    assert _balance(tablet) == 1200

    done = _redeem(tablet, gift_id)
    assert isinstance(done, gifts.Done) and not done.offline
    assert (done.balance_before, done.balance_after) == (1200, 700)
    # Posted at head office at once, nothing waits in the outbox, shown once here.
    assert _server_balance(server) == 700
    assert _balance(tablet) == 700
    with tablet.sessions.begin() as s:
        assert gifts.stock_here(s)[gift_id] == 4
    tablet.sync()
    assert _balance(tablet) == 700
    with server.admin() as s:
        assert stock_of(s, "S001", gift_id) == 4
        assert s.scalar(select(func.count()).select_from(Redemption)) == 1


def test_head_office_refuses_what_the_balance_does_not_cover_and_records_nothing(
    server: ServerProcess, new_tablet: Callable[..., Tablet]
) -> None:
    gift_id = _gift(server)
    _give(server, MARIA, 600)
    tablet = new_tablet("S001")
    tablet.sync()
    _give(server, MARIA, -300)  # spent elsewhere since this tablet last synced
    with pytest.raises(gifts.ServerRefused) as refused:
        _redeem(tablet, gift_id)
    assert refused.value.params["reason"] == "not_enough_points"
    assert refused.value.params["balance"] == 300
    with server.admin() as s:
        assert s.scalar(select(func.count()).select_from(Redemption)) == 0
    with tablet.sessions.begin() as s:
        assert s.scalars(select(LocalRedemption.state)).one() == "void"
    assert _balance(tablet) == 600  # nothing taken here either, until the next sync


def test_one_balance_spent_offline_at_two_stores_lands_in_the_review_list(
    server: ServerProcess, new_tablet: Callable[..., Tablet]
) -> None:
    gift_id = _gift(server, points=500)
    _give(server, MARIA, 600)
    rambla, gracia = new_tablet("S001"), new_tablet("S002")
    rambla.sync()
    gracia.sync()
    # Both stores are cut off; each hands a gift over on the same 600 points.
    assert _offline(rambla, gift_id).balance_after == 100
    assert _offline(gracia, gift_id).balance_after == 100
    rambla.sync()
    gracia.sync()  # its redemption takes the balance to -400: the overdraft is its store's
    rambla.sync()
    assert _server_balance(server) == -400
    with server.admin() as s:
        case = s.scalars(select(ReviewCase).where(ReviewCase.kind == "overdraft")).one()
        assert case.store_code == "S002" and case.customer_id == MARIA
        flags = s.scalars(select(LedgerEntry.flags).where(LedgerEntry.kind == "redeem")).all()
        assert sorted("overdraft" in f for f in flags) == [False, True]
    with gracia.sessions.begin() as s:
        listed = review_list(s)
    assert [i.kind for i in listed] == ["overdraft"]
    # Neither store may redeem again for her until the balance is positive again.
    for tablet in (rambla, gracia):
        assert _balance(tablet) == -400
        with pytest.raises(gifts.BlockedByOverdraft):
            _redeem(tablet, gift_id)


def test_offline_caps_need_a_managers_reason_and_a_name_search_is_refused(
    server: ServerProcess, new_tablet: Callable[..., Tablet]
) -> None:
    gift_id = _gift(server, points=500)
    _give(server, MARIA, 5000)
    with server.admin() as s:
        set_offline_caps(s, "S001", {"per_redemption": 400}, now=datetime.now(UTC))
    tablet = new_tablet("S001")
    tablet.sync()
    pending = _redeem(tablet, gift_id, online=False)
    assert isinstance(pending, gifts.NoAnswer)
    assert pending.decision.caps == (Cap.PER_REDEMPTION,)
    manager = tablet.staff("1003")
    with tablet.sessions.begin() as s, pytest.raises(gifts.ApprovalNeeded):
        gifts.redeem_offline(
            s,
            pending.asking,
            decision=pending.decision,
            approver=manager,
            reason="",
            now=datetime.now(UTC),
        )
    with tablet.sessions.begin() as s:
        gifts.redeem_offline(
            s,
            pending.asking,
            decision=pending.decision,
            approver=manager,
            reason="Clienta de siempre; la central no responde",
            now=datetime.now(UTC),
        )
    with tablet.sessions.begin() as s:
        by_name = gifts.offline_decision(
            s, pending.asking, identified=Identified.NAME_SEARCH, now=datetime.now(UTC)
        )
    assert Refusal.IDENTIFIED_BY_NAME in by_name.refusals
    tablet.sync()
    with server.admin() as s:
        redemption = s.scalars(select(Redemption)).one()
        assert redemption.offline and redemption.caps_exceeded == ["per_redemption"]
        assert "over_offline_cap" in redemption.flags
        assert redemption.reason.startswith("Clienta de siempre")
    assert _server_balance(server) == 4500 == _balance(tablet)


@pytest.mark.parametrize("handed_over", [False, True])
def test_a_lost_answer_ends_with_the_gift_counted_once_or_not_at_all(
    server: ServerProcess,
    proxy: FaultProxy,
    new_tablet: Callable[..., Tablet],
    handed_over: bool,
) -> None:
    gift_id = _gift(server)
    _give(server, MARIA, 1000)
    tablet = new_tablet("S001", url=proxy.url)
    tablet.sync()
    proxy.arm("drop_response", path="/v1/redemptions")  # posted there, the answer lost
    pending = _redeem(tablet, gift_id)
    assert isinstance(pending, gifts.NoAnswer)
    with tablet.sessions.begin() as s:
        if handed_over:
            gifts.redeem_offline(
                s,
                pending.asking,
                decision=pending.decision,
                approver=tablet.staff("1003"),
                reason="",
                now=datetime.now(UTC),
            )
        else:
            gifts.give_up(s, pending.asking)
    tablet.sync()
    tablet.sync()
    expected = 500 if handed_over else 1000
    assert _server_balance(server) == expected == _balance(tablet)
    with server.admin() as s:
        redemption = s.scalars(select(Redemption)).one()
        assert (redemption.cancel_id is None) == handed_over
        assert stock_of(s, "S001", gift_id) == (4 if handed_over else 5)


def test_an_unanswered_request_that_never_arrived_is_voided_for_good(
    server: ServerProcess,
    proxy: FaultProxy,
    new_tablet: Callable[..., Tablet],
) -> None:
    gift_id = _gift(server)
    _give(server, MARIA, 1000)
    tablet = new_tablet("S001", url=proxy.url)
    tablet.sync()
    proxy.arm("refuse", path="/v1/redemptions")  # the request never reaches the server
    pending = _redeem(tablet, gift_id)
    assert isinstance(pending, gifts.NoAnswer)
    with tablet.sessions.begin() as s:
        gifts.give_up(s, pending.asking)
    tablet.sync()
    with server.admin() as s:
        assert s.get(RedemptionVoid, pending.asking.payload.redemption_id) is not None
    # The same request arriving late is refused: the tablet and head office agree.
    with pytest.raises(Exception, match="given up"):
        tablet.engine.api.redeem(gifts.RedemptionRequest(redemption=pending.asking.payload))
    assert _server_balance(server) == 1000 == _balance(tablet)


def test_cancelling_gives_the_points_and_the_gift_back_once(
    server: ServerProcess, new_tablet: Callable[..., Tablet]
) -> None:
    gift_id = _gift(server)
    _give(server, MARIA, 800)
    first, second = new_tablet("S001"), new_tablet("S001")
    first.sync()
    done = _redeem(first, gift_id)
    assert isinstance(done, gifts.Done)
    second.sync()  # the redemption reaches the store's other tablet: it can cancel it
    with second.sessions.begin() as s:
        cancelled = gifts.cancel_redemption(
            s,
            done.redemption_id,
            staff=second.staff("1001"),
            approver=second.staff("1003"),
            reason="La clienta prefiere otro regalo",
            gift_returned=True,
            now=datetime.now(UTC),
        )
    assert cancelled.balance_after == 800 == _balance(second)
    with second.sessions.begin() as s, pytest.raises(gifts.AlreadyCancelled):
        gifts.cancel_redemption(
            s,
            done.redemption_id,
            staff=second.staff("1001"),
            approver=second.staff("1003"),
            reason="otra vez",
            gift_returned=True,
            now=datetime.now(UTC),
        )
    second.sync()
    first.sync()
    assert _server_balance(server) == 800 == _balance(first) == _balance(second)
    with server.admin() as s:
        assert stock_of(s, "S001", gift_id) == 5
        assert s.get(Redemption, done.redemption_id).cancel_id is not None  # type: ignore[union-attr]
        assert s.scalar(select(Gift.code)) == "NECESER"

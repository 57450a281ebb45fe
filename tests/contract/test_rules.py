"""The protocol's rules with real processes: poison changes, revocation, staff, points, clocks."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from chain import JORDI, MARIA, ServerProcess, Tablet
from sqlalchemy import func, select

from loyalty_core.errors import WrongPin
from loyalty_core.hlc import Hlc
from loyalty_core.profile import MAX_AHEAD_MS
from pos_client.services.profiles import update_profile
from pos_client.services.receipts import customer_on_receipt
from pos_client.services.redemptions import redeem_points
from pos_client.services.review import review_list
from pos_client.store.models import Customer, OutboxEntry
from pos_client.sync.api import DeviceRevoked, UpdateRequired
from sync_server.customers.models import Balance, ProfileLoss
from sync_server.customers.models import Customer as ServerCustomer
from sync_server.devices.models import Device as ServerDevice
from sync_server.devices.service import revoke
from sync_server.ledger.models import LedgerEntry as ServerEntry
from sync_server.review.models import ReviewCase
from sync_server.sales.models import Sale as ServerSale
from sync_server.staff.service import set_active
from sync_server.sync.models import Inbox


def states(tablet: Tablet) -> list[str]:
    with tablet.sessions.begin() as s:
        return list(s.scalars(select(OutboxEntry.state).order_by(OutboxEntry.seq)))


@pytest.mark.sqlite_only
def test_a_poison_change_is_rejected_kept_and_blocks_nothing_behind_it(
    server: ServerProcess, new_tablet: Callable[..., Tablet]
) -> None:
    tablet = new_tablet("S001")
    tablet.sync()
    for _ in range(3):
        tablet.sell({"cream": 1}, customer=MARIA)
    with tablet.sessions.begin() as s:  # the second sale's change is corrupted on disk
        row = s.scalars(select(OutboxEntry).where(OutboxEntry.seq == 3)).one()
        row.payload = row.payload.replace('"total_cents":2250', '"total_cents":1')

    report = tablet.sync()

    assert report.rejected == 2  # the sale and the points entry that depends on it
    assert states(tablet) == ["acknowledged"] * 2 + ["rejected"] * 2 + ["acknowledged"] * 2
    with tablet.sessions.begin() as s:
        answers = [
            json.loads(a)["code"]
            for a in s.scalars(
                select(OutboxEntry.server_answer).where(OutboxEntry.state == "rejected")
            )
        ]
    assert answers == ["hash_mismatch", "dependency_rejected"]
    assert tablet.sync().pushed == 0  # a rejected change is never sent again
    with server.admin() as s:
        assert s.scalar(select(func.count()).select_from(ServerSale)) == 2
        kept = s.scalars(select(Inbox).where(Inbox.status == "rejected")).all()
        assert len(kept) == 2 and '"total_cents":1' in kept[0].payload
        cases = s.scalars(select(ReviewCase).where(ReviewCase.kind == "rejected_change")).all()
        assert {c.store_code for c in cases} == {"S001"} and len(cases) == 2


@pytest.mark.sqlite_only
def test_a_revoked_device_stops_at_once_and_keeps_its_outbox(
    server: ServerProcess, new_tablet: Callable[..., Tablet]
) -> None:
    tablet = new_tablet("S001")
    tablet.sync()
    tablet.sell({"soap": 1})
    with server.admin() as s:
        revoke(s, store_code="S001", device_code="D01", now=datetime.now(UTC))
    with pytest.raises(DeviceRevoked) as refused:
        tablet.sync()
    assert refused.value.code == "device_revoked"
    assert not refused.value.retryable
    assert set(states(tablet)) == {"pending"}  # nothing lost: it waits for a new registration


@pytest.mark.sqlite_only
def test_a_staff_member_disabled_while_a_tablet_was_offline_cannot_log_in_after_its_sync(
    server: ServerProcess, new_tablet: Callable[..., Tablet]
) -> None:
    tablet = new_tablet("S001")
    tablet.sync()
    assert tablet.staff("1003").name == "Carmen Ruiz"
    with server.admin() as s:
        set_active(s, code="1003", active=False, now=datetime.now(UTC))
    assert tablet.staff("1003").name == "Carmen Ruiz"  # still offline: not yet known
    tablet.sync()
    with pytest.raises(WrongPin):
        tablet.staff("1003")


def test_one_balance_spent_in_two_offline_stores_is_recorded_in_full_and_flagged(
    server: ServerProcess, new_tablet: Callable[..., Tablet]
) -> None:
    rambla, gracia = new_tablet("S001"), new_tablet("S002")
    rambla.sync()
    earned = rambla.sell({"serum": 3}, customer=MARIA).points_earned  # 3×10 + 104 = 134
    rambla.sync()
    gracia.sync()
    with gracia.sessions.begin() as s:
        assert customer_on_receipt(s, MARIA)[1] == earned
    # Both stores offline now; each hands over a gift worth 100 points.
    for tablet, staff in ((rambla, "1001"), (gracia, "2001")):
        member = tablet.staff(staff)
        with tablet.sessions.begin() as s:
            redeem_points(s, customer_id=MARIA, points=100, staff=member, now=datetime.now(UTC))
    rambla.sync()
    gracia.sync()
    rambla.sync()

    with server.admin() as s:
        entries = s.scalars(
            select(ServerEntry)
            .where(ServerEntry.kind == "redeem")
            .order_by(ServerEntry.received_at)
        ).all()
        assert [e.points for e in entries] == [-100, -100]  # nothing deleted
        assert ["overdraft" in e.flags for e in entries] == [False, True]
        assert s.get(Balance, MARIA).points == earned - 200
        case = s.scalars(select(ReviewCase).where(ReviewCase.kind == "overdraft")).one()
        assert case.store_code == "S002" and case.customer_id == MARIA
    for tablet in (rambla, gracia):
        with tablet.sessions.begin() as s:
            assert customer_on_receipt(s, MARIA)[1] == earned - 200
    gracia.sync()  # the case reaches the tablets of the store where it happened
    with gracia.sessions.begin() as s:
        listed = review_list(s)
    assert [(i.kind, i.reason, i.detail["points"]) for i in listed] == [
        ("overdraft", str(earned - 200), -100)
    ]
    with rambla.sessions.begin() as s:
        assert review_list(s) == []


@pytest.mark.sqlite_only
def test_profile_fields_resolve_one_by_one_and_a_clock_a_day_ahead_cannot_win_forever(
    server: ServerProcess, new_tablet: Callable[..., Tablet]
) -> None:
    ahead, behind = new_tablet("S001"), new_tablet("S001")
    ahead.sync()
    behind.sync()
    real = datetime.now(UTC)

    def edit(tablet: Tablet, now: datetime, **fields: str) -> None:
        member = tablet.staff("1001")
        with tablet.sessions.begin() as s:
            update_profile(s, customer_id=MARIA, fields=fields, staff=member, now=now)

    # A tablet whose clock is a day ahead edits the e-mail and the postal code.
    edit(ahead, real + timedelta(days=1), email="maria@ahead.example", postal_code="08001")
    ahead.sync()
    with server.admin() as s:
        stamp = Hlc.decode(s.get(ServerCustomer, MARIA).field_clocks["email"])
        assert stamp.wall_ms <= int(datetime.now(UTC).timestamp() * 1000) + MAX_AHEAD_MS
        assert s.scalars(select(ServerDevice.clock_flagged)).all().count(True) == 1
    # A tablet whose clock is a day behind syncs (its clock moves past the server's),
    # then edits the e-mail only: later in real time, it wins that field alone.
    behind.sync()
    edit(behind, real - timedelta(days=1), email="maria@later.example")
    result = behind.sync()
    ahead.sync()

    for tablet in (ahead, behind):
        with tablet.sessions.begin() as s:
            c = s.scalars(select(Customer).where(Customer.id == MARIA)).one()
            assert (c.email, c.postal_code) == ("maria@later.example", "08001")
    assert result.acknowledged == 1
    with server.admin() as s:
        customer = s.get(ServerCustomer, MARIA)
        assert (customer.email, customer.postal_code) == ("maria@later.example", "08001")


def test_an_edit_that_loses_is_answered_superseded_logged_and_rolled_back_on_the_tablet(
    server: ServerProcess, new_tablet: Callable[..., Tablet]
) -> None:
    first, second = new_tablet("S002"), new_tablet("S002")
    first.sync()
    second.sync()
    real = datetime.now(UTC)
    for tablet, when, phone in (
        (first, real, "699 000 001"),
        (second, real - timedelta(hours=2), "699 000 002"),
    ):
        member = tablet.staff("2001")
        with tablet.sessions.begin() as s:
            update_profile(s, customer_id=JORDI, fields={"phone": phone}, staff=member, now=when)
    first.sync()
    second.sync()  # edited earlier (offline for two hours): loses

    with second.sessions.begin() as s:
        answer = json.loads(s.scalars(select(OutboxEntry.server_answer)).one())
        phone = s.scalars(select(Customer.phone).where(Customer.id == JORDI)).one()
    assert (answer["status"], answer["lost_fields"]) == ("superseded", ["phone"])
    assert phone == "+34699000001"  # the winner, not its own lost edit
    with server.admin() as s:
        loss = s.scalars(select(ProfileLoss)).one()
        assert (loss.field, loss.value) == ("phone", "+34699000002")


@pytest.mark.sqlite_only
def test_an_app_older_than_head_office_serves_still_delivers_its_sales_but_waits_to_pull(
    server: ServerProcess, new_tablet: Callable[..., Tablet], monkeypatch: pytest.MonkeyPatch
) -> None:
    tablet = new_tablet("S001")
    tablet.sync()
    tablet.sell({"soap": 1})
    server.stop()
    monkeypatch.setenv("LOYALTY_MIN_CLIENT_VERSION", "9.0.0")
    server.start()

    with pytest.raises(UpdateRequired) as too_old:
        tablet.sync()

    assert too_old.value.code == "client_too_old"
    assert "update the app" in str(too_old.value)
    assert states(tablet) == ["acknowledged"]  # the sale got out first
    with server.admin() as s:
        assert s.scalar(select(func.count()).select_from(ServerSale)) == 1

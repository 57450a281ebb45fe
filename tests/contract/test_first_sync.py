"""A new tablet registers, downloads its store, sells offline, and everything arrives once."""

from __future__ import annotations

import logging
from collections.abc import Callable

import pytest
from chain import CODES, MARIA, MARIA_CARD, ServerProcess, Tablet
from sqlalchemy import func, select

from loyalty_core.contact import normalise_phone
from pos_client.services.customers import identify
from pos_client.services.receipts import customer_on_receipt
from pos_client.store.models import Customer, OutboxEntry, Product, Staff
from sync_server.customers.models import Balance
from sync_server.sales.models import Sale as ServerSale


def test_a_registered_tablet_downloads_its_store_and_staff_log_in_offline(
    server: ServerProcess, new_tablet: Callable[..., Tablet]
) -> None:
    tablet = new_tablet("S001")
    report = tablet.sync()

    assert report.pulled["catalogue"] == 3
    with tablet.sessions.begin() as s:
        assert set(s.scalars(select(Product.code))) == set(CODES.values())
        assert set(s.scalars(select(Staff.code))) == {"1001", "1002", "1003"}  # not S002's staff
        maria = s.scalars(select(Customer).where(Customer.id == MARIA)).one()
        assert maria.phone == "+34612345678"  # S001 serves her: full profile
        jordi = s.scalars(select(Customer).where(Customer.last_names == "Ferrer i Castellà")).one()
        assert jordi.phone is None and jordi.phone_masked is not None  # slim record only
        # Jordi is still found by his phone, through the keyed hash.
        hits = identify(s, query="699 111 222").hits
        assert [h.name for h in hits] == ["Jordi Ferrer i Castellà"]
        # María's card, scanned at the counter, finds her.
        assert [h.id for h in identify(s, query=MARIA_CARD).hits] == [MARIA]
    server.stop()  # offline from here on
    assert tablet.staff("1001").name == "Laura Gómez"  # the PIN hash came from the server


def test_a_sale_reaches_the_server_once_and_the_balance_is_not_counted_twice(
    server: ServerProcess, new_tablet: Callable[..., Tablet]
) -> None:
    tablet = new_tablet("S001")
    tablet.sync()
    receipt = tablet.sell({"serum": 2, "soap": 1}, customer=MARIA)
    with tablet.sessions.begin() as s:
        _, offline_balance = customer_on_receipt(s, MARIA)
    assert offline_balance == receipt.points_earned > 0

    tablet.sync()
    tablet.sync()  # a second sync sends nothing again

    with server.admin() as s:
        assert s.scalar(select(func.count()).select_from(ServerSale)) == 1
        assert s.get(Balance, MARIA).points == receipt.points_earned
    with tablet.sessions.begin() as s:
        states = set(s.scalars(select(OutboxEntry.state)))
        _, balance = customer_on_receipt(s, MARIA)
    assert states == {"acknowledged"}
    assert balance == receipt.points_earned  # confirmed by the server, not added twice
    assert normalise_phone("612345678") == "+34612345678"


def test_each_sync_leaves_one_line_in_the_log_for_support(
    server: ServerProcess, new_tablet: Callable[..., Tablet], caplog: pytest.LogCaptureFixture
) -> None:
    """What support reads in the diagnostics archive: what each sync did, in counts only."""
    tablet = new_tablet("S001")
    with caplog.at_level(logging.INFO, logger="pos_client.sync.engine"):
        tablet.sync()
        tablet.sell({"serum": 1}, customer=MARIA)
        with tablet.sessions.begin() as s:
            waiting = s.scalar(select(func.count()).select_from(OutboxEntry))
        tablet.sync()
    lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith("sync done")]
    assert len(lines) == 2
    first, second = lines
    assert "0 changes pushed" in first and "catalogue 3" in first and "directory 2" in first
    assert f"{waiting} changes pushed ({waiting} acknowledged, 0 rejected, 0 deferred)" in second
    for private in ("María", "Núñez", "612345678", MARIA_CARD, str(MARIA)):
        assert not any(private in line for line in lines)

"""The store manager's work across real processes: campaigns from head office's commands to the
counter and back, incidents answered by customer service, review cases settled from a tablet,
and staff PINs set at one tablet working at another."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest
from chain import CODES, MARIA, ServerProcess, Tablet
from members import enrol_with_sale
from server_cli import run_sync_server
from sqlalchemy import select

from loyalty_core.errors import NotAllowed, StaffLocked, WrongPin
from loyalty_core.incidents import Category, Priority, Status
from loyalty_core.wire import SettleAction
from pos_client.services import campaigns, incidents, review, staff_admin
from pos_client.services.cart import Cart
from pos_client.services.catalogue import find_product
from pos_client.services.sales import PaymentInput, finish
from pos_client.services.staff import login
from pos_client.store.models import OutboxEntry
from sync_server.campaigns.models import CampaignResponse
from sync_server.customers.models import Balance, Customer
from sync_server.incidents.models import Incident
from sync_server.ledger.service import LedgerBatch, NewEntry
from sync_server.review.models import ReviewCase


def _cli(server: ServerProcess, *args: str) -> str:
    done = run_sync_server(server.data_dir, *args, database_url=server.database_url)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _now() -> datetime:
    return datetime.now(UTC)


def test_a_campaign_reaches_the_counter_and_its_responses_reach_the_report(
    server: ServerProcess, new_tablet: Callable[..., Tablet]
) -> None:
    tablet = new_tablet("S001")
    tablet.sync()
    customer_id, _ = enrol_with_sale(tablet, {"cream": 1}, email=True, profiling=True)
    tablet.sync()
    today = date.today()
    out = _cli(
        server,
        "create-campaign",
        "otono",
        "Otoño hidratante",
        (today - timedelta(days=1)).isoformat(),
        (today + timedelta(days=10)).isoformat(),
        "--channel",
        "email",
        "--multiplier",
        "2",
        "--message",
        "Doble de puntos en cremas",
    )
    assert "1 customers targeted" in out  # the new member agreed to e-mail; María did not
    tablet.sync()
    with tablet.sessions.begin() as s:
        card = campaigns.targeting(s, customer_id, today=today)
        assert [c.name for c in card] == ["Otoño hidratante"]
        offered = campaigns.campaigns_for(s, customer_id, today=today)
        assert offered[0].targeted
    staff = tablet.staff("1001")
    with tablet.sessions.begin() as s:
        cart = Cart(customer_id=customer_id, campaign_id=offered[0].id)
        cart.add_product(find_product(s, code=CODES["serum"]), 1)
        receipt = finish(
            s,
            cart=cart,
            payment=PaymentInput(card_cents=cart.priced().total_cents),
            staff=staff,
            now=_now(),
        )
    assert receipt.campaign_points == receipt.points_earned  # doubled: as much again
    tablet.sync()
    with server.admin() as s:
        response = s.scalars(select(CampaignResponse)).one()
        assert response.bonus_points == receipt.campaign_points and response.targeted
        assert response.amount_cents == receipt.total_cents
    report = _cli(server, "campaign-report", "otono")
    assert "customers targeted                         1" in report
    assert "response rate                              100.00 %" in report
    with tablet.sessions.begin() as s:
        state = s.scalar(select(OutboxEntry.state).where(OutboxEntry.entity == "campaign_response"))
    assert state == "acknowledged"


def test_an_incident_opened_at_the_counter_is_answered_by_customer_service(
    server: ServerProcess, new_tablet: Callable[..., Tablet]
) -> None:
    first, second = new_tablet("S001"), new_tablet("S001")
    first.sync()
    receipt = first.sell({"serum": 1}, customer=MARIA)
    with first.sessions.begin() as s:
        opened = incidents.open_incident(
            s,
            customer_id=None,
            category=Category.ALLERGIC_REACTION,
            priority=Priority.HIGH,
            description="Rojez en las mejillas tras dos días de uso del sérum.",
            sale_id=receipt.sale_id,
            staff=first.staff("1001"),
            now=_now(),
            photo=b"\xff\xd8\xff\xe0 a photo",
        )
    first.sync()
    listed = _cli(server, "incidents", "--store", "S001")
    assert opened.reference in listed and "1 incident(s)" in listed
    _cli(server, "incident", opened.reference, "--assign", "Núria (atención al cliente)")
    _cli(
        server,
        "incident",
        opened.reference,
        "--status",
        "waiting_store",
        "--answer",
        "¿Puede guardar el envase para el laboratorio?",
    )
    first.sync()
    second.sync()
    with second.sessions.begin() as s:
        shown = incidents.incidents_of(s, MARIA)
        waiting = review.review_list(s)
    assert shown[0].status == Status.WAITING_STORE
    assert shown[0].last_answer == "¿Puede guardar el envase para el laboratorio?"
    assert shown[0].receipt_number == receipt.receipt_number
    assert [(e.kind, e.subject) for e in waiting] == [("incident_waiting", opened.reference)]
    with second.sessions.begin() as s:
        incidents.add_note(
            s, opened.id, text="Guardado en la trastienda.", staff=second.staff("1003"), now=_now()
        )
    second.sync()
    _cli(server, "incident", opened.reference, "--status", "resolved", "--answer", "Reembolsado.")
    first.sync()
    with first.sessions.begin() as s:
        final = incidents.incidents_of(s, MARIA)[0]
    assert final.status == Status.RESOLVED and not final.open
    assert [e["note"] for e in final.events][-2:] == ["Guardado en la trastienda.", "Reembolsado."]
    with server.admin() as s:
        incident = s.scalars(select(Incident)).one()
        assert incident.photo_sha256 is not None and incident.assigned_to.startswith("Núria")


@pytest.mark.sqlite_only
def test_an_overdraft_written_off_at_the_store_brings_the_balance_back_to_zero(
    server: ServerProcess, new_tablet: Callable[..., Tablet]
) -> None:
    now = _now()
    with server.admin() as s:
        ledger = LedgerBatch(s, {MARIA})
        ledger.post(
            NewEntry(
                customer_id=MARIA, kind="redeem", points=-250, store_code="S001", occurred_at=now
            ),
            now=now,
        )
        ledger.write(now=now)
    tablet = new_tablet("S001")
    tablet.sync()
    assistant, manager = tablet.staff("1001"), tablet.staff("1003")
    with tablet.sessions.begin() as s:
        entry = next(e for e in review.review_list(s) if e.kind == "overdraft")
        with pytest.raises(NotAllowed):
            review.settle(
                s,
                entry,
                action=SettleAction.WRITE_OFF,
                note="",
                staff=assistant,
                now=now,
            )
    with tablet.sessions.begin() as s:
        review.settle(
            s,
            entry,
            action=SettleAction.WRITE_OFF,
            note="Error de otra tienda",
            staff=manager,
            now=now,
        )
    with tablet.sessions.begin() as s:
        assert [e.kind for e in review.review_list(s)] == []
    tablet.sync()
    with server.admin() as s:
        assert s.get(Balance, MARIA).points == 0  # type: ignore[union-attr]
        case = s.scalars(select(ReviewCase).where(ReviewCase.kind == "overdraft")).one()
        assert case.status == "settled" and case.settlement["action"] == "write_off"  # type: ignore[index]


@pytest.mark.sqlite_only
def test_possible_duplicates_merged_from_the_review_list(
    server: ServerProcess, new_tablet: Callable[..., Tablet]
) -> None:
    from members import a_registration

    rambla, gracia = new_tablet("S001"), new_tablet("S002")
    rambla.sync()
    gracia.sync()
    # The same person joins at two stores; only the phone matches: a case, not a merge.
    one, _ = enrol_with_sale(rambla, {"cream": 1}, a_registration(email="laia@example.com"))
    two, _ = enrol_with_sale(
        gracia,
        {"cream": 1},
        a_registration(email="laia.p@example.com", national_id=None),
        staff="2001",
    )
    rambla.sync()
    gracia.sync()
    rambla.sync()
    manager = rambla.staff("1003")
    with rambla.sessions.begin() as s:
        entry = next(e for e in review.review_list(s) if e.kind == "possible_duplicate")
        review.settle(
            s,
            entry,
            action=SettleAction.MERGE,
            note="Es la misma clienta",
            staff=manager,
            now=_now(),
        )
    rambla.sync()
    gracia.sync()
    with server.admin() as s:
        merged = {
            c.id: c.merged_into
            for c in s.scalars(select(Customer).where(Customer.id.in_([one, two])))
        }
        assert sorted(v is None for v in merged.values()) == [False, True]
        cases = s.scalars(select(ReviewCase).where(ReviewCase.kind == "possible_duplicate")).all()
        assert cases and all(c.status == "settled" for c in cases)  # both stores' cases
    with gracia.sessions.begin() as s:
        assert not [e for e in review.review_list(s) if e.kind == "possible_duplicate"]


@pytest.mark.sqlite_only
def test_a_pin_reset_at_one_tablet_works_at_another_and_an_unlock_reaches_both(
    server: ServerProcess, new_tablet: Callable[..., Tablet]
) -> None:
    first, second = new_tablet("S001"), new_tablet("S001")
    first.sync()
    second.sync()
    manager = first.staff("1003")
    laura = uuid.UUID(str(first.staff("1001").id))
    with first.sessions.begin() as s:
        temporary = staff_admin.reset_pin(s, staff_id=laura, by=manager, now=_now())
    first.sync()
    second.sync()
    with second.sessions.begin() as s:
        member = login(s, code="1001", pin=temporary, now=_now())
        assert staff_admin.must_change(s, member.id)
        staff_admin.set_pin(s, staff_id=member.id, pin="4826", by=member, now=_now())
    second.sync()
    first.sync()
    with first.sessions.begin() as s:
        assert login(s, code="1001", pin="4826", now=_now()).id == laura
        assert not staff_admin.must_change(s, laura)
    # Five wrong PINs lock the code at the second tablet; the manager unlocks it at the first.
    for _ in range(5):
        with second.sessions.begin() as s, contextlib.suppress(WrongPin, StaffLocked):
            login(s, code="1001", pin="0000", now=_now())
    with second.sessions.begin() as s, pytest.raises(StaffLocked):
        login(s, code="1001", pin="4826", now=_now())
    with first.sessions.begin() as s:
        staff_admin.unlock(s, staff_id=laura, by=first.staff("1003"), now=_now())
    first.sync()
    second.sync()
    with second.sessions.begin() as s:
        assert login(s, code="1001", pin="4826", now=_now()).id == laura

"""Property: however tablets sell, return, edit and redeem offline, everyone converges.

Three to five real tablets (their own SQLite files and clocks, some hours
behind) talk to one real server process, each through its own fault proxy
that can partition it, drop an answer after commit or cut a body. Once
everything is quiet and every tablet has synced twice:
- every sale made at a counter is on the server exactly once;
- the server's ledger for the customer is exactly the entries the tablets
  made, and every tablet shows the server's balance, which is its sum;
- the overdraft flag sits exactly on the entries that took the balance
  below zero, in the order the server applied them, each with its review
  case, which the manager's review list shows at the store that spent it;
- every gift handed over (online, offline within the caps or, above them,
  with a manager's reason) is one redemption at head office; a request whose
  answer was lost and the gift kept is voided or cancelled, never counted;
  an online redemption never overdraws; the stock is what left the shelves;
- every profile field is the same everywhere and is the edit with the
  greatest hybrid logical clock stamp;
- one new person enrolled (offline) on several tablets is one customer on
  the server and on every tablet, holding every sale, points entry and
  consent of each registration: no live reference to a merged id;
- every habit field is the same on the server and on every tablet of a
  store that serves her, and is the edit with the greatest stamp; every
  diagnostic recorded at a counter is on the server exactly once, and on
  every tablet that serves her;
- every outbox row is acknowledged.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from contextlib import ExitStack
from datetime import UTC, datetime, timedelta

import pytest
from chain import ServerProcess, Tablet
from faultproxy import FaultProxy
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from members import a_registration, enrol_with_sale
from sqlalchemy import select
from sqlalchemy.orm import Session

from loyalty_core.habits import RoutineStep
from loyalty_core.hlc import Hlc
from loyalty_core.national_id import make_dni
from loyalty_core.offline_caps import Identified
from loyalty_core.skin import SkinConsentMissing, SkinType
from loyalty_core.wire import PROFILE_FIELDS
from pos_client.services import gifts
from pos_client.services.diagnostics import DiagnosticDraft, record_diagnostic, skin_history
from pos_client.services.habits import habits_of, update_habits
from pos_client.services.profiles import update_profile
from pos_client.services.receipts import customer_on_receipt
from pos_client.services.redemptions import InsufficientPoints, redeem_points
from pos_client.services.returns import record_return, returnable_sale
from pos_client.services.review import OVERDRAFT, review_list
from pos_client.store.manager_models import Redemption
from pos_client.store.models import Customer, Device, LedgerEntry, OutboxEntry, Sale
from pos_client.sync.api import SyncError
from sync_server.advice.models import Diagnostic as ServerDiagnostic
from sync_server.advice.models import Habit as ServerHabit
from sync_server.consents.models import Consent as ServerConsent
from sync_server.customers.models import Balance, CustomerStore
from sync_server.customers.models import Customer as ServerCustomer
from sync_server.customers.service import NewCustomer, create_customer, publish_customer
from sync_server.gifts.models import Redemption as ServerRedemption
from sync_server.gifts.service import create_gift, move_stock, stock_of
from sync_server.ledger.models import LedgerEntry as ServerEntry
from sync_server.ledger.service import LedgerBatch, NewEntry
from sync_server.review.models import ReviewCase
from sync_server.sales.models import Sale as ServerSale

STORES = ("S001", "S001", "S002", "S001", "S002")
CLERK = {"S001": "1001", "S002": "2001"}
ADVISOR = {"S001": "1002", "S002": "2002"}
MANAGER = {"S001": "1003", "S002": "2003"}
GIFT_POINTS = (25, 60)
GIFT_STOCK = 40
OPENING_POINTS = 100
"""Ona's balance before the example, from head office: enough for a gift or two."""
VALUES = {
    "email": [f"cliente{i}@example.com" for i in range(4)],
    "postal_code": ["08001", "08007", "08012", "17001"],
    "phone": ["611000001", "611000002", "611000003", "611000004"],
}
FAULTS = [None, None, "drop_response", "cut_request", "cut_response", "refuse"]
HABITS = {
    "pref.vegan": ["true", "false", None],
    "pref.price_range": ["low", "mid", "high"],
    "step.serum": [RoutineStep(f"Sérum {i}", "Otra").to_text() for i in range(3)],
}
SKIN_CONSENT = {"club": True, "email": False, "sms": False, "profiling": False, "skin_data": True}

tablet_index = st.integers(0, 4)
gift_actions = st.tuples(
    st.just("gift"),
    tablet_index,
    st.integers(0, len(GIFT_POINTS) - 1),
    st.sampled_from([None, "drop_response", "refuse"]),
    st.booleans(),
)
actions = st.lists(
    st.one_of(
        gift_actions,  # first and twice: spending one balance at once is what overdraws it
        gift_actions,
        st.tuples(
            st.just("sell"),
            tablet_index,
            st.sampled_from(["serum", "cream", "soap"]),
            st.integers(1, 3),
        ),
        st.tuples(st.just("return"), tablet_index),
        st.tuples(
            st.just("edit"), tablet_index, st.sampled_from(sorted(VALUES)), st.integers(0, 3)
        ),
        st.tuples(st.just("redeem"), tablet_index, st.integers(10, 120)),
        st.tuples(st.just("sync"), tablet_index, st.sampled_from(FAULTS)),
        st.tuples(st.just("offline"), tablet_index, st.booleans()),
        st.tuples(st.just("enrol"), tablet_index),
        st.tuples(
            st.just("habit"), tablet_index, st.sampled_from(sorted(HABITS)), st.integers(0, 2)
        ),
        st.tuples(st.just("diagnose"), tablet_index, st.integers(0, 100)),
    ),
    min_size=5,
    max_size=30,
)


class Counter:
    """One tablet in the property, with its proxy, its clock offset and its clerk."""

    def __init__(self, tablet: Tablet, proxy: FaultProxy, store: str, behind_hours: int) -> None:
        self.tablet, self.proxy, self.store = tablet, proxy, store
        self.behind = timedelta(hours=behind_hours)
        self.clerk = tablet.staff(CLERK[store])
        self.advisor = tablet.staff(ADVISOR[store])
        self.manager = tablet.staff(MANAGER[store])

    def now(self) -> datetime:
        return datetime.now(UTC) - self.behind


def newcomer(seed: int) -> dict[str, str]:
    """The new person enrolled in one example (the server outlives examples: not the last one)."""
    return {
        "national_id": make_dni(20_000_000 + seed % 1_000_000),
        "phone": f"+3465{seed % 10_000_000:07d}",
        "email": f"nuevo{seed}@example.es",
    }


def run_action(
    counter: Counter,
    action: tuple[object, ...],
    customer: uuid.UUID,
    person: dict[str, str],
    gift_ids: list[uuid.UUID],
) -> None:
    kind = action[0]
    tablet = counter.tablet
    if kind == "sell":
        tablet.sell(
            {str(action[2]): int(action[3])},
            customer=customer,
            staff=CLERK[counter.store],
            now=counter.now(),
        )  # type: ignore[call-overload]
    elif kind == "return":
        with tablet.sessions.begin() as s:
            last = s.scalars(
                select(Sale).where(Sale.kind == "sale").order_by(Sale.number.desc())
            ).first()
            if last is None:
                return
            sale = returnable_sale(s, reference=last.receipt_number)
            line = next((ln for ln in sale.lines if ln.sold > ln.returned), None)
            if line is None:
                return
            record_return(
                s,
                sale_id=sale.sale_id,
                quantities={line.line_id: 1},
                refund_method="cash",
                staff=counter.clerk,
                now=counter.now(),
            )
    elif kind == "edit":
        field = str(action[2])
        with tablet.sessions.begin() as s:
            update_profile(
                s,
                customer_id=customer,
                fields={field: VALUES[field][int(action[3])]},  # type: ignore[call-overload]
                staff=counter.clerk,
                now=counter.now(),
            )
    elif kind == "redeem":
        try:
            with tablet.sessions.begin() as s:
                redeem_points(
                    s,
                    customer_id=customer,
                    points=int(action[2]),
                    staff=counter.clerk,
                    now=counter.now(),
                )  # type: ignore[call-overload]
        except InsufficientPoints:
            pass  # the tablet refuses: it knows the balance is not enough
    elif kind == "sync":
        if action[2] is not None:
            counter.proxy.arm(action[2], path="/v1/sync/")  # type: ignore[arg-type]
        try:
            tablet.sync()
        except SyncError as exc:
            assert exc.retryable, exc
        counter.proxy.disarm()
    elif kind == "offline":
        counter.proxy.set_offline(bool(action[2]))
    elif kind == "habit":
        field = str(action[2])
        try:
            with tablet.sessions.begin() as s:
                update_habits(
                    s,
                    customer_id=customer,
                    edits={field: HABITS[field][int(action[3])]},  # type: ignore[call-overload]
                    staff=counter.advisor,
                    now=counter.now(),
                )
        except SkinConsentMissing:
            pass  # a store that does not serve her does not know her consent
    elif kind == "diagnose":
        try:
            with tablet.sessions.begin() as s:
                record_diagnostic(
                    s,
                    customer_id=customer,
                    draft=DiagnosticDraft(skin_type=SkinType.DRY, hydration=int(action[2])),  # type: ignore[call-overload]
                    staff=counter.advisor,
                    now=counter.now(),
                )
        except SkinConsentMissing:
            pass
    elif kind == "gift":
        redeem_a_gift(
            counter,
            customer,
            gift_ids[int(action[2])],  # type: ignore[call-overload]
            fault=action[3],  # type: ignore[arg-type]
            hand_over=bool(action[4]),
        )
    elif kind == "enrol":  # the same new person, as typed at this counter
        enrol_with_sale(
            tablet,
            {"cream": 1},
            a_registration(first_name=["Pau", "PAU"][counter.store == "S002"], **person),
            staff=CLERK[counter.store],
        )


def redeem_a_gift(
    counter: Counter, customer: uuid.UUID, gift_id: uuid.UUID, *, fault: str | None, hand_over: bool
) -> None:
    """A manager hands a gift over: online, or with no answer offline as the caps allow.

    With no answer (partitioned, or the answer lost after head office posted it)
    the gift is handed over offline when the rules allow it, a manager's reason
    covering any cap, or kept on the shelf (given up: settled at the next sync).
    """
    tablet = counter.tablet
    if fault is not None:
        counter.proxy.arm(fault, path="/v1/redemptions")  # type: ignore[arg-type]
    try:
        outcome = gifts.redeem_gift(
            tablet.sessions,
            customer_id=customer,
            gift_id=gift_id,
            staff=counter.clerk,
            approver=counter.manager,
            identified=Identified.CARD,
            ask=tablet.engine.api.redeem,
            now=counter.now(),
        )
    except (gifts.NotEnoughPoints, gifts.BlockedByOverdraft, gifts.ServerRefused):
        return  # refused at the counter or by head office: nothing handed over
    finally:
        counter.proxy.disarm()
    if isinstance(outcome, gifts.Done):
        return
    with tablet.sessions.begin() as s:
        if hand_over and not outcome.decision.refusals:
            gifts.redeem_offline(
                s,
                outcome.asking,
                decision=outcome.decision,
                approver=counter.manager,
                reason="Sin conexión con la central",
                now=counter.now(),
            )
        else:
            gifts.give_up(s, outcome.asking)


def a_gift_catalogue(server: ServerProcess, now: datetime) -> list[uuid.UUID]:
    """This example's gifts (codes of their own: the server outlives examples), in stock."""
    tag = uuid.uuid4().hex[:8].upper()
    ids = []
    with server.admin() as s:
        for points in GIFT_POINTS:
            gift = create_gift(
                s, code=f"G{points}-{tag}", name=f"Regalo {points}", points=points, now=now
            )
            for store in sorted(set(STORES)):
                move_stock(
                    s,
                    store_code=store,
                    gift_id=gift.id,
                    quantity=GIFT_STOCK,
                    reason="received",
                    moved_at=now,
                    now=now,
                )
            ids.append(gift.id)
    return ids


@pytest.fixture
def chain_server(server: ServerProcess) -> Iterator[ServerProcess]:
    yield server


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    derandomize=True,
    # Each example runs real processes for seconds: report the failing example as
    # found rather than spend many minutes shrinking it.
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
)
@given(
    steps=actions,
    tablets=st.integers(3, 5),
    behind=st.lists(st.integers(0, 3), min_size=5, max_size=5),
)
def test_tablets_and_server_converge_whatever_the_network_did(
    chain_server: ServerProcess,
    tmp_path_factory: pytest.TempPathFactory,
    steps: list[tuple[object, ...]],
    tablets: int,
    behind: list[int],
) -> None:
    server = chain_server
    customer = uuid.uuid4()
    person = newcomer(customer.int)
    now = datetime.now(UTC)
    with server.admin() as s:
        ona = create_customer(
            s,
            NewCustomer(first_name="Ona", last_names="Vidal Soler", home_store="S001", id=customer),
            now=now,
        )
        ona.consents = dict(SKIN_CONSENT)  # a member on paper who agreed to skin advice
        publish_customer(s, ona, now=now)
        opening = LedgerBatch(s, {customer})
        opening_entry = NewEntry(
            customer_id=customer,
            kind="adjust",
            points=OPENING_POINTS,
            store_code="S001",
            occurred_at=now,
        )
        opening.post(opening_entry, now=now)
        opening.write(now=now)
    gift_ids = a_gift_catalogue(server, now)
    base = tmp_path_factory.mktemp("chain")
    with ExitStack() as stack:
        counters = []
        for i in range(tablets):
            proxy = stack.enter_context(FaultProxy(("127.0.0.1", server.port)))
            tablet = Tablet.register(server, base / f"t{i}", STORES[i], url=proxy.url)
            stack.callback(tablet.close)
            tablet.sync()
            counters.append(Counter(tablet, proxy, STORES[i], behind[i]))
        for action in steps:
            index = int(action[1]) % tablets  # type: ignore[call-overload]
            run_action(counters[index], action, customer, person, gift_ids)
        for counter in counters:
            counter.proxy.set_offline(False)
        for _ in range(2):
            for counter in counters:
                counter.tablet.sync()
        check_converged(server, [c.tablet for c in counters], customer, {opening_entry.entry_id})
        check_gifts(server, [c.tablet for c in counters], customer, gift_ids)
        check_enrolled_once(server, [c.tablet for c in counters])


def check_converged(
    server: ServerProcess,
    tablets: list[Tablet],
    customer: uuid.UUID,
    head_office_entries: set[uuid.UUID],
) -> None:
    """The properties in the module docstring."""
    made_sales: set[uuid.UUID] = set()
    made_entries: set[uuid.UUID] = set(head_office_entries)
    patches: list[tuple[Hlc, dict[str, str | None]]] = []
    habit_edits: list[tuple[Hlc, dict[str, str | None]]] = []
    diagnosed: set[uuid.UUID] = set()
    for tablet in tablets:
        with tablet.sessions.begin() as s:
            made_sales.update(s.scalars(select(Sale.id)))
            made_entries.update(
                s.scalars(select(LedgerEntry.id).where(LedgerEntry.customer_id == customer))
            )
            made_entries.update(_kept_after_a_lost_answer(s))
            assert set(s.scalars(select(OutboxEntry.state))) <= {"acknowledged"}
            for hlc, payload in s.execute(
                select(OutboxEntry.hlc, OutboxEntry.payload).where(
                    OutboxEntry.entity == "customer", OutboxEntry.op == "update"
                )
            ):
                patches.append((Hlc.decode(hlc), json.loads(payload)["fields"]))
            for hlc, payload in s.execute(
                select(OutboxEntry.hlc, OutboxEntry.payload).where(OutboxEntry.entity == "habits")
            ):
                habit_edits.append((Hlc.decode(hlc), json.loads(payload)["fields"]))
            diagnosed.update(
                s.scalars(select(OutboxEntry.entity_id).where(OutboxEntry.entity == "diagnostic"))
            )
    with server.admin() as s:
        device_sales = set(s.scalars(select(ServerSale.id).where(ServerSale.id.in_(made_sales))))
        assert device_sales == made_sales
        entries = s.scalars(select(ServerEntry).where(ServerEntry.customer_id == customer)).all()
        assert {e.id for e in entries} == made_entries  # no server adjustment was needed
        ordered = sorted(entries, key=lambda e: (e.balance_after - e.points, e.received_at))
        balance = s.get(Balance, customer)
        total = sum(e.points for e in entries)
        assert (balance.points if balance else 0) == total
        for e in entries:  # flagged exactly where the balance went below zero
            assert ("overdraft" in e.flags) == (e.points < 0 and e.balance_after < 0), e
        cases = s.scalars(
            select(ReviewCase).where(
                ReviewCase.kind == OVERDRAFT, ReviewCase.customer_id == customer
            )
        ).all()
        assert sorted(c.subject_id for c in cases) == sorted(  # type: ignore[type-var]
            e.id for e in entries if "overdraft" in e.flags
        )
        cases_at = {c.id: c.store_code for c in cases}
        assert len(ordered) == len(entries)
        serving = set(
            s.scalars(select(CustomerStore.store_code).where(CustomerStore.customer_id == customer))
        )
        server_customer = s.get(ServerCustomer, customer)
        server_fields = {f: _text(getattr(server_customer, f)) for f in PROFILE_FIELDS}
        server_habits = {
            h.field: h.value
            for h in s.scalars(select(ServerHabit).where(ServerHabit.customer_id == customer))
        }
        kept = s.scalars(
            select(ServerDiagnostic).where(ServerDiagnostic.customer_id == customer)
        ).all()
        assert {d.id for d in kept} == diagnosed and all(d.content for d in kept)
    winners: dict[str, tuple[Hlc, str | None]] = {}
    for stamp, fields in patches:
        for field, value in fields.items():
            if field not in winners or stamp > winners[field][0]:
                winners[field] = (stamp, value)
    for field, (_stamp, value) in winners.items():
        assert server_fields[field] == value, field
    habit_winners: dict[str, tuple[Hlc, str | None]] = {}
    for stamp, fields in habit_edits:
        for field, value in fields.items():
            if field not in habit_winners or stamp > habit_winners[field][0]:
                habit_winners[field] = (stamp, value)
    assert server_habits == {f: v for f, (_stamp, v) in habit_winners.items()}
    for tablet in tablets:
        store_code = tablet.store_code
        with tablet.sessions.begin() as s:
            assert customer_on_receipt(s, customer)[1] == total
            listed = {
                e.case_id
                for e in review_list(s)
                if e.kind == OVERDRAFT and e.customer_id == customer
            }
            assert listed == {c for c, at in cases_at.items() if at == store_code}
            local = s.scalars(select(Customer).where(Customer.id == customer)).one()
            if store_code not in serving:
                continue  # a store that never served her holds the slim record only
            for field in winners:
                assert _text(getattr(local, field)) == server_fields[field], field
            shown = habits_of(s, customer).values
            assert shown == {f: v for f, v in server_habits.items() if v is not None}
            assert {d.diagnostic_id for d in skin_history(s, customer).diagnostics} == diagnosed


def check_gifts(
    server: ServerProcess, tablets: list[Tablet], customer: uuid.UUID, gift_ids: list[uuid.UUID]
) -> None:
    """Gifts handed over are counted once; lost answers settled; the shelves add up."""
    states: dict[uuid.UUID, set[str]] = {}
    cancelled: set[uuid.UUID] = set()
    for tablet in tablets:
        with tablet.sessions.begin() as s:
            for r in s.scalars(select(Redemption).where(Redemption.customer_id == customer)):
                states.setdefault(r.id, set()).add(r.state)
                if r.cancelled:
                    cancelled.add(r.id)
    assert all(len(seen) == 1 for seen in states.values()), states  # the same everywhere
    settled = {rid: seen.pop() for rid, seen in states.items()}
    assert set(settled.values()) <= {"posted", "void"}, settled  # no request left hanging
    posted = {rid for rid, state in settled.items() if state == "posted"}
    with server.admin() as s:
        kept = s.scalars(select(ServerRedemption).where(ServerRedemption.customer_id == customer))
        at_head_office = {r.id: r for r in kept}
        assert set(at_head_office) == posted
        assert {r.id for r in at_head_office.values() if r.cancel_id} == cancelled
        for r in at_head_office.values():
            entry = s.get(ServerEntry, r.id)
            assert entry is not None and entry.points == -r.points
            if not r.offline:  # checked and posted in one call: never below zero
                assert entry.balance_after >= 0, r
        for store in sorted(set(STORES)):
            for gift_id in gift_ids:
                gone = sum(
                    1
                    for r in at_head_office.values()
                    if (r.store_code, r.gift_id) == (store, gift_id) and r.id not in cancelled
                )
                assert stock_of(s, store, gift_id) == GIFT_STOCK - gone
                shelf = GIFT_STOCK - gone
                for tablet in tablets:
                    if tablet.store_code == store:
                        with tablet.sessions.begin() as ts:
                            assert gifts.stock_here(ts).get(gift_id, 0) == shelf


def _kept_after_a_lost_answer(session: Session) -> set[uuid.UUID]:
    """Entries head office holds that this tablet never wrote: a request it gave up on,
    posted there all the same, and the cancellation it sent once it learnt so."""
    device = session.scalars(select(Device.device_code)).one()
    ids: set[uuid.UUID] = set()
    for r in session.scalars(
        select(Redemption).where(Redemption.device_code == device, Redemption.cancelled)
    ):
        if session.get(LedgerEntry, r.id) is None and r.cancel_id is not None:
            ids.update({r.id, r.cancel_id})
    return ids


def check_enrolled_once(server: ServerProcess, tablets: list[Tablet]) -> None:
    """Every registration of the one new person ends as one customer, everywhere."""
    registered: set[uuid.UUID] = set()
    entries: set[uuid.UUID] = set()
    for tablet in tablets:
        with tablet.sessions.begin() as s:
            registered.update(
                s.scalars(
                    select(OutboxEntry.entity_id).where(
                        OutboxEntry.entity == "customer", OutboxEntry.op == "create"
                    )
                )
            )
    if not registered:
        return
    for tablet in tablets:
        with tablet.sessions.begin() as s:
            entries.update(
                s.scalars(select(LedgerEntry.id).where(LedgerEntry.customer_id.in_(registered)))
            )
    with server.admin() as s:
        people = s.scalars(select(ServerCustomer).where(ServerCustomer.id.in_(registered))).all()
        live = [p for p in people if p.merged_into is None]
        assert len(people) == len(registered) and len(live) == 1
        survivor = live[0]
        assert {p.merged_into for p in people if p is not survivor} <= {survivor.id}
        assert survivor.club_member
        consents = s.scalars(select(ServerConsent).where(ServerConsent.customer_id == survivor.id))
        assert len(consents.all()) == len(registered)
        # Each entry once, under the registration it was made for or (made after the merge
        # was known) the survivor; the loser's balance moved over by transfer entries.
        posted = s.scalars(select(ServerEntry).where(ServerEntry.id.in_(entries))).all()
        assert len(posted) == len(entries) and {e.customer_id for e in posted} <= registered
        total = s.get(Balance, survivor.id).points  # type: ignore[union-attr]
        assert total == sum(
            e.points
            for e in s.scalars(select(ServerEntry).where(ServerEntry.customer_id.in_(registered)))
        )
    for tablet in tablets:
        with tablet.sessions.begin() as s:
            held = set(s.scalars(select(Customer.id).where(Customer.id.in_(registered))))
            assert held <= {survivor.id}
            assert set(
                s.scalars(select(Sale.customer_id).where(Sale.customer_id.in_(registered)))
            ) <= {survivor.id}
            if held:
                assert customer_on_receipt(s, survivor.id)[1] == total


def _text(value: object) -> str | None:
    return None if value is None else str(value)

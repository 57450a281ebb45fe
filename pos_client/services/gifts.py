"""Gifts for points at the counter: what a customer may take, redeeming, cancelling, stock.

A redemption goes in steps, because the server is asked between them:

1. `start_redemption` checks what the tablet knows (the gift is offered and
   in stock, a manager approved, the customer is not blocked by an
   overdraft) and keeps the request as `asking` before anything is sent.
2. The caller sends it to `/v1/redemptions` (one server call that checks
   and posts). `posted` writes what the server answered; `refused` drops it.
3. When no answer came (offline, or lost), `offline_decision` says what the
   store's caps allow (`loyalty_core.offline_caps`); `redeem_offline` hands
   the gift over and queues the same redemption (same id) in the outbox,
   or `give_up` leaves it `unanswered`. The sync asks the server about an
   unanswered one (`unanswered_redemptions`): recorded there, it is
   cancelled, since the customer never got the gift; not recorded, it is
   voided there and can never be posted late.

The points entry of a redemption has the redemption's id, so whichever way
it reaches the server it is counted once, and the tablet's balance counts
it once too (the entry drops out when the server's balance covers it).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from loyalty_core.errors import NotAllowed, UserFacingError
from loyalty_core.ids import uuid7
from loyalty_core.offline_caps import (
    Decision,
    Identified,
    OfflineCaps,
    OfflineRedemption,
    decide_offline,
)
from loyalty_core.roles import Role
from loyalty_core.store_time import MADRID
from loyalty_core.sync_protocol import RedemptionAnswer, RedemptionRequest
from loyalty_core.wire import (
    Entity,
    GiftRedemptionPayload,
    LedgerEntryPayload,
    LedgerKind,
    Operation,
    RedemptionCancelPayload,
    StockMovePayload,
)
from pos_client.services.receipts import customer_on_receipt
from pos_client.services.sales import write_ledger_entry
from pos_client.services.staff import StaffMember
from pos_client.store.counters import next_number
from pos_client.store.manager_models import Gift, GiftStock, Redemption
from pos_client.store.models import (
    LAST_SYNC_KEY,
    Attachment,
    Customer,
    Device,
    LedgerEntry,
    OutboxEntry,
    Setting,
)
from pos_client.store.outbox import NewChange, append_changes
from pos_client.sync.api import Offline, Refused, SyncError

CAPS_KEY = "offline_caps"
REFERENCE_SEQ_KEY = "redemption_seq"
ASKING_FOR = timedelta(minutes=2)
"""An `asking` request older than this had no answer (the app stopped while it waited)."""
WAITING = ("pending", "deferred")


class GiftNotOffered(UserFacingError):
    code = "gift_not_offered"


class OutOfStock(UserFacingError):
    code = "out_of_stock"


class NotEnoughPoints(UserFacingError):
    code = "insufficient_points"


class BlockedByOverdraft(UserFacingError):
    code = "blocked_by_overdraft"


class ApprovalNeeded(UserFacingError):
    code = "manager_approval_needed"


class AlreadyCancelled(UserFacingError):
    code = "already_cancelled"


@dataclass(frozen=True)
class GiftOffer:
    """A gift as the redemption screen lists it for one customer."""

    id: uuid.UUID
    code: str
    name: str
    description: str
    points: int
    stock: int
    picture_sha256: str | None
    affordable: bool


@dataclass(frozen=True)
class Asking:
    """A redemption checked here, kept as `asking`, ready to send."""

    payload: GiftRedemptionPayload
    balance: int
    reference: str


@dataclass(frozen=True)
class Done:
    """A redemption handed over: what the voucher prints."""

    redemption_id: uuid.UUID
    reference: str
    gift_name: str
    gift_code: str
    points: int
    balance_before: int
    balance_after: int
    offline: bool
    redeemed_at: datetime


class ServerRefused(UserFacingError):
    """Head office would not post it (its balance, the stock...): nothing was recorded."""

    code = "redemption_refused"


@dataclass(frozen=True)
class NoAnswer:
    """The server could not be asked (or did not answer): the caps decide what may happen."""

    asking: Asking
    decision: Decision


Ask = Callable[[RedemptionRequest], RedemptionAnswer]
"""Sends a redemption to head office (`SyncApi.redeem`); raises `SyncError` when it cannot."""


def redeem_gift(
    sessions: sessionmaker[Session],
    *,
    customer_id: uuid.UUID,
    gift_id: uuid.UUID,
    staff: StaffMember,
    approver: StaffMember,
    identified: Identified,
    ask: Ask | None,
    now: datetime,
) -> Done | NoAnswer:
    """Redeem online when head office answers; else say what the offline caps allow.

    No transaction is open while the server is asked.
    """
    with sessions.begin() as s:
        asking = start_redemption(
            s,
            customer_id=customer_id,
            gift_id=gift_id,
            staff=staff,
            approver=approver,
            identified=identified,
            now=now,
        )
    try:
        if ask is None:
            raise Offline("no server configured")
        answer = ask(RedemptionRequest(redemption=asking.payload))
    except Refused as exc:
        with sessions.begin() as s:
            refused(s, asking)
        raise ServerRefused(exc.code, reason=exc.code, **exc.detail) from None
    except SyncError:
        with sessions.begin() as s:
            return NoAnswer(asking, offline_decision(s, asking, identified=identified, now=now))
    with sessions.begin() as s:
        return posted(s, asking, balance_version=answer.balance_version, stock=answer.stock)


def offline_caps(session: Session) -> OfflineCaps:
    """This store's caps, as head office last sent them (the defaults before that)."""
    row = session.get(Setting, CAPS_KEY)
    values = row.value if row is not None and isinstance(row.value, dict) else {}
    defaults = OfflineCaps()
    return OfflineCaps(
        per_redemption=int(values.get("per_redemption", defaults.per_redemption)),
        per_customer=int(values.get("per_customer", defaults.per_customer)),
        device_budget=int(values.get("device_budget", defaults.device_budget)),
        balance_max_age=timedelta(
            hours=int(
                values.get(
                    "balance_max_age_hours", defaults.balance_max_age.total_seconds() // 3600
                )
            )
        ),
    )


def gifts_for(session: Session, customer_id: uuid.UUID, *, today: date) -> list[GiftOffer]:
    """The gifts offered today, cheapest first, with this store's stock and the balance."""
    _, balance = customer_on_receipt(session, customer_id)
    stock = stock_here(session)
    offers = []
    for gift in session.scalars(select(Gift).where(Gift.active.is_(True))):
        if not _offered(gift, today):
            continue
        offers.append(
            GiftOffer(
                id=gift.id,
                code=gift.code,
                name=gift.name,
                description=gift.description,
                points=gift.points,
                stock=stock.get(gift.id, 0),
                picture_sha256=gift.picture_sha256,
                affordable=gift.points <= balance,
            )
        )
    return sorted(offers, key=lambda o: (o.points, o.name))


def stock_here(session: Session) -> dict[uuid.UUID, int]:
    """Each gift's count: head office's, less this tablet's moves it has not confirmed yet."""
    stock = {
        gift_id: qty
        for gift_id, qty in session.execute(select(GiftStock.gift_id, GiftStock.quantity))
    }
    for entity, payload in session.execute(
        select(OutboxEntry.entity, OutboxEntry.payload).where(
            OutboxEntry.entity.in_(["redemption", "redemption_cancel", "gift_stock"]),
            OutboxEntry.state.in_(WAITING),
        )
    ):
        data = json.loads(payload)
        gift_id = uuid.UUID(data["gift_id"])
        if entity == "redemption":
            delta = -1
        elif entity == "redemption_cancel":
            delta = 1 if data["gift_returned"] else 0
        else:
            delta = int(data["quantity"])
        stock[gift_id] = stock.get(gift_id, 0) + delta
    return stock


def start_redemption(
    session: Session,
    *,
    customer_id: uuid.UUID,
    gift_id: uuid.UUID,
    staff: StaffMember,
    approver: StaffMember,
    identified: Identified,
    now: datetime,
    new_id: Callable[[], uuid.UUID] = uuid7,
) -> Asking:
    """Check a redemption against what this tablet knows and keep it as `asking`."""
    if approver.role != Role.MANAGER:
        raise ApprovalNeeded("a manager approves gifts")
    gift = session.get(Gift, gift_id)
    if gift is None or not _offered(gift, now.astimezone(MADRID).date()):
        raise GiftNotOffered("this gift is not offered today")
    if stock_here(session).get(gift.id, 0) <= 0:
        raise OutOfStock("none of this gift left in the store", gift=gift.name)
    _, balance = customer_on_receipt(session, customer_id)
    if balance < 0:
        raise BlockedByOverdraft("negative balance", balance=balance)
    if gift.points > balance:
        raise NotEnoughPoints("not enough points", balance=balance, asked=gift.points)
    device = session.scalars(select(Device)).one()
    reference = _next_reference(session, device)
    payload = GiftRedemptionPayload(
        redemption_id=new_id(),
        customer_id=customer_id,
        gift_id=gift.id,
        gift_code=gift.code,
        gift_name=gift.name,
        points=gift.points,
        store_code=device.store_code,
        device_code=device.device_code,
        staff_id=staff.id,
        approved_by=approver.id,
        identified=str(identified),
        offline=False,
        known_balance=balance,
        redeemed_at=now,
    )
    session.add(
        Redemption(
            id=payload.redemption_id,
            customer_id=customer_id,
            gift_id=gift.id,
            gift_name=gift.name,
            points=gift.points,
            device_code=device.device_code,
            staff_id=staff.id,
            approved_by=approver.id,
            offline=False,
            redeemed_at=now,
            state="asking",
            reference=reference,
            reason="",
            caps_exceeded=[],
            balance_before=balance,
            cancelled=False,
        )
    )
    return Asking(payload, balance, reference)


def posted(session: Session, asking: Asking, *, balance_version: int, stock: int) -> Done:
    """The server posted it: its entry is written here, already covered by that version."""
    p = asking.payload
    redemption = _held(session, p.redemption_id)
    redemption.state = "posted"
    _write_entry(session, p)
    held = session.scalar(select(Customer.balance_version).where(Customer.id == p.customer_id))
    entry = session.get(LedgerEntry, p.redemption_id)
    assert entry is not None
    entry.covered_version = balance_version
    entry.confirmed = held is not None and held >= balance_version
    current = session.get(GiftStock, p.gift_id)
    if current is None:
        session.add(GiftStock(gift_id=p.gift_id, quantity=stock))
    else:
        current.quantity = stock
    return _done(session, redemption, p, offline=False)


def refused(session: Session, asking: Asking) -> None:
    """The server refused it (nothing was recorded there): it never happened."""
    _held(session, asking.payload.redemption_id).state = "void"


def offline_decision(
    session: Session, asking: Asking, *, identified: Identified, now: datetime
) -> Decision:
    """What the store's caps say about handing this gift over without the server."""
    p = asking.payload
    by_customer, by_device = _spent_offline(session, p.customer_id)
    last_sync = session.get(Setting, LAST_SYNC_KEY)
    confirmed_at = datetime.fromisoformat(str(last_sync.value)) if last_sync else None
    return decide_offline(
        offline_caps(session),
        OfflineRedemption(
            points=p.points,
            balance=asking.balance,
            confirmed_at=confirmed_at,
            identified=identified,
            spent_by_customer=by_customer,
            spent_by_device=by_device,
            overdraft_open=asking.balance < 0,
        ),
        now=now,
    )


def redeem_offline(
    session: Session,
    asking: Asking,
    *,
    decision: Decision,
    approver: StaffMember,
    reason: str,
    now: datetime,
    new_id: Callable[[], uuid.UUID] = uuid7,
) -> Done:
    """Hand the gift over offline: the entry now, the redemption queued (same id).

    Above a cap a manager approves with a reason (recorded and sent); a refusal
    of the rule (not enough points, a name search, an overdraft) cannot be approved.
    """
    if decision.refusals:
        raise NotAllowed("offline redemption refused", reasons=[str(r) for r in decision.refusals])
    reason = reason.strip()
    if decision.caps and (approver.role != Role.MANAGER or len(reason) < 5):
        raise ApprovalNeeded("over an offline cap: a manager's reason is needed")
    p = asking.payload.model_copy(
        update={
            "offline": True,
            "approved_by": approver.id,
            "caps_exceeded": [str(c) for c in decision.caps],
            "reason": reason,
        }
    )
    redemption = _held(session, p.redemption_id)
    redemption.state = "waiting"
    redemption.offline = True
    redemption.approved_by = approver.id
    redemption.reason = reason
    redemption.caps_exceeded = list(p.caps_exceeded)
    _write_entry(session, p)
    append_changes(
        session,
        [NewChange(new_id(), p, p.redemption_id, Operation.CREATE, now, p.staff_id)],
    )
    return _done(session, redemption, p, offline=True)


def give_up(session: Session, asking: Asking) -> None:
    """No answer and not handed over: asked about at the next sync, cancelled if it was posted."""
    _held(session, asking.payload.redemption_id).state = "unanswered"


def unanswered_redemptions(session: Session, *, now: datetime) -> list[uuid.UUID]:
    """Online requests whose answer never came, the sync must ask the server about."""
    rows = session.execute(
        select(Redemption.id, Redemption.state, Redemption.redeemed_at).where(
            Redemption.state.in_(["unanswered", "asking"])
        )
    )
    return [rid for rid, state, at in rows if state == "unanswered" or now - at > ASKING_FOR]


def settle_unanswered(
    session: Session,
    redemption_id: uuid.UUID,
    *,
    recorded: bool,
    now: datetime,
    new_id: Callable[[], uuid.UUID] = uuid7,
) -> None:
    """The server said what became of a request: void, or posted and now cancelled."""
    redemption = _held(session, redemption_id)
    if not recorded:
        redemption.state = "void"
        return
    redemption.state = "posted"
    cancel = RedemptionCancelPayload(
        cancel_id=new_id(),
        redemption_id=redemption.id,
        customer_id=redemption.customer_id,
        gift_id=redemption.gift_id,
        points=redemption.points,
        store_code=session.scalars(select(Device.store_code)).one(),
        staff_id=redemption.staff_id,
        approved_by=redemption.approved_by,
        reason="no answer from head office; the gift was not handed over",
        gift_returned=True,
        cancelled_at=now,
    )
    redemption.cancelled, redemption.cancel_id, redemption.cancelled_at = (
        True,
        cancel.cancel_id,
        now,
    )
    append_changes(
        session,
        [NewChange(new_id(), cancel, cancel.cancel_id, Operation.CREATE, now, redemption.staff_id)],
    )


def cancel_redemption(
    session: Session,
    redemption_id: uuid.UUID,
    *,
    staff: StaffMember,
    approver: StaffMember,
    reason: str,
    gift_returned: bool,
    now: datetime,
    new_id: Callable[[], uuid.UUID] = uuid7,
) -> Done:
    """Give the points back (a compensating entry) and, if it came back, the gift to the stock."""
    if approver.role != Role.MANAGER:
        raise ApprovalNeeded("a manager approves cancelling a gift")
    redemption = session.get(Redemption, redemption_id)
    if redemption is None or redemption.state not in ("posted", "waiting"):
        raise GiftNotOffered("no such redemption to cancel")
    if redemption.cancelled:
        raise AlreadyCancelled("already cancelled")
    _, balance = customer_on_receipt(session, redemption.customer_id)
    cancel = RedemptionCancelPayload(
        cancel_id=new_id(),
        redemption_id=redemption.id,
        customer_id=redemption.customer_id,
        gift_id=redemption.gift_id,
        points=redemption.points,
        store_code=session.scalars(select(Device.store_code)).one(),
        staff_id=staff.id,
        approved_by=approver.id,
        reason=reason.strip() or "-",
        gift_returned=gift_returned,
        cancelled_at=now,
    )
    write_ledger_entry(
        session,
        LedgerEntryPayload(
            entry_id=cancel.cancel_id,
            customer_id=redemption.customer_id,
            kind=LedgerKind.REVERSE,
            points=redemption.points,
            sale_id=None,
            lines=[],
            occurred_at=now,
        ),
    )
    waiting = session.scalars(
        select(OutboxEntry.change_id).where(
            OutboxEntry.entity == str(Entity.REDEMPTION),
            OutboxEntry.entity_id == redemption.id,
            OutboxEntry.state.in_(WAITING),
        )
    ).first()
    append_changes(
        session,
        [NewChange(new_id(), cancel, cancel.cancel_id, Operation.CREATE, now, staff.id, waiting)],
    )
    redemption.cancelled, redemption.cancel_id, redemption.cancelled_at = (
        True,
        cancel.cancel_id,
        now,
    )
    return Done(
        redemption_id=redemption.id,
        reference=redemption.reference,
        gift_name=redemption.gift_name,
        gift_code=session.scalar(select(Gift.code).where(Gift.id == redemption.gift_id)) or "",
        points=redemption.points,
        balance_before=balance,
        balance_after=balance + redemption.points,
        offline=False,
        redeemed_at=now,
    )


def move_stock(
    session: Session,
    *,
    gift_id: uuid.UUID,
    quantity: int,
    reason: str,
    staff: StaffMember,
    now: datetime,
    note: str = "",
    new_id: Callable[[], uuid.UUID] = uuid7,
) -> int:
    """Record gifts received, counted, damaged or sent back (managers); return the new count.

    A count is given as the number on the shelf and sent as the difference.
    """
    if staff.role != Role.MANAGER:
        raise NotAllowed("the gift stock is kept by managers")
    if session.get(Gift, gift_id) is None:
        raise GiftNotOffered("no such gift")
    current = stock_here(session).get(gift_id, 0)
    delta = quantity - current if reason == "counted" else quantity
    if reason in ("damaged", "sent_back"):
        delta = -abs(quantity)
    if delta == 0:
        return current
    device = session.scalars(select(Device)).one()
    move = StockMovePayload(
        move_id=new_id(),
        gift_id=gift_id,
        store_code=device.store_code,
        quantity=delta,
        reason=reason,
        note=note.strip()[:300],
        staff_id=staff.id,
        moved_at=now,
    )
    append_changes(
        session,
        [NewChange(new_id(), move, move.move_id, Operation.CREATE, now, staff.id)],
        device=device,
    )
    return current + delta


@dataclass(frozen=True)
class StockLine:
    """A gift and this store's count of it."""

    gift_id: uuid.UUID
    code: str
    name: str
    points: int
    quantity: int


def stock_list(session: Session) -> list[StockLine]:
    """The active gifts this store counts, cheapest first (for the manager's stock screen)."""
    counts = stock_here(session)
    rows = session.execute(
        select(Gift.id, Gift.code, Gift.name, Gift.points).where(
            Gift.id.in_(list(counts)), Gift.active.is_(True)
        )
    )
    lines = [StockLine(gid, code, name, points, counts[gid]) for gid, code, name, points in rows]
    return sorted(lines, key=lambda line: (line.points, line.name))


def picture_of(session: Session, sha256: str | None) -> bytes | None:
    """A gift's picture, when this tablet has downloaded it."""
    if not sha256:
        return None
    return session.scalar(select(Attachment.data).where(Attachment.sha256 == sha256))


def redemptions_of(session: Session, customer_id: uuid.UUID) -> list[Redemption]:
    """A customer's redemptions at this store, newest first (void ones left out)."""
    return list(
        session.scalars(
            select(Redemption)
            .where(Redemption.customer_id == customer_id, Redemption.state != "void")
            .order_by(Redemption.redeemed_at.desc())
        )
    )


def _mark_cancelled(redemption: Redemption, cancel_id: uuid.UUID, now: datetime) -> None:
    redemption.cancelled, redemption.cancel_id, redemption.cancelled_at = True, cancel_id, now


def _offered(gift: Gift, day: date) -> bool:
    return (gift.starts_on is None or gift.starts_on <= day) and (
        gift.ends_on is None or day <= gift.ends_on
    )


def _held(session: Session, redemption_id: uuid.UUID) -> Redemption:
    redemption = session.get(Redemption, redemption_id)
    if redemption is None:
        raise LookupError(f"no redemption {redemption_id} on this tablet")
    return redemption


def _write_entry(session: Session, p: GiftRedemptionPayload) -> None:
    write_ledger_entry(
        session,
        LedgerEntryPayload(
            entry_id=p.redemption_id,
            customer_id=p.customer_id,
            kind=LedgerKind.REDEEM,
            points=-p.points,
            sale_id=None,
            lines=[],
            occurred_at=p.redeemed_at,
        ),
    )


def _spent_offline(session: Session, customer_id: uuid.UUID) -> tuple[int, int]:
    """Points this device handed over offline and has not yet told the server of."""
    by_customer = by_device = 0
    for (payload,) in session.execute(
        select(OutboxEntry.payload).where(
            OutboxEntry.entity == str(Entity.REDEMPTION), OutboxEntry.state.in_(WAITING)
        )
    ):
        data = json.loads(payload)
        by_device += int(data["points"])
        if data["customer_id"] == str(customer_id):
            by_customer += int(data["points"])
    return by_customer, by_device


def _next_reference(session: Session, device: Device) -> str:
    number = next_number(session, REFERENCE_SEQ_KEY)
    return f"CJ-{device.store_code}-{device.device_code}-{number:06d}"


def _done(
    session: Session, redemption: Redemption, p: GiftRedemptionPayload, *, offline: bool
) -> Done:
    before = redemption.balance_before if redemption.balance_before is not None else 0
    return Done(
        redemption_id=p.redemption_id,
        reference=redemption.reference,
        gift_name=p.gift_name,
        gift_code=p.gift_code,
        points=p.points,
        balance_before=before,
        balance_after=before - p.points,
        offline=offline,
        redeemed_at=p.redeemed_at,
    )

"""The gift catalogue, each store's stock, and redeeming and cancelling gifts.

Online, a redemption is checked and posted in one transaction
(`redeem_online`): the balance is locked, the gift must be on and in stock,
the customer must not be blocked by an overdraft, or nothing is recorded.
Offline redemptions arrive as facts (`record_redemption`): the gift was
handed over, so they are always posted, and what went wrong is flagged (an
overdraft opens a review case, through the ledger). Both are idempotent on
the redemption's id, which is also its points entry's id.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from loyalty_core.feeds import CHAIN_SCOPE, Feed, GiftRow, GiftStockRow, RedemptionRow
from loyalty_core.ids import uuid7
from loyalty_core.store_time import MADRID
from loyalty_core.wire import GiftRedemptionPayload, LedgerKind, RedemptionCancelPayload
from sync_server.bulk import insert_rows
from sync_server.consents import attachments
from sync_server.db import table_of
from sync_server.errors import ApiError
from sync_server.gifts.models import Gift, GiftStock, GiftStockMove, Redemption, RedemptionVoid
from sync_server.ledger.service import LedgerBatch, NewEntry
from sync_server.sync.feeds import publish

REDEEMED = "redeemed"
GIVEN_BACK = "given_back"


class RedemptionRefused(Exception):
    """An online redemption the server will not post; nothing was recorded."""

    def __init__(self, code: str, message: str, *, balance: int | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.balance = balance


class RedemptionUnknown(Exception):
    """A cancellation of a redemption the server has not received yet."""


@dataclass(frozen=True)
class Posted:
    """What posting a redemption or its cancellation did."""

    flags: list[str]
    balance: int
    balance_version: int
    stock: int


def create_gift(
    session: Session,
    *,
    code: str,
    name: str,
    points: int,
    description: str = "",
    starts_on: date | None = None,
    ends_on: date | None = None,
    picture: bytes | None = None,
    now: datetime,
) -> Gift:
    """Add a gift to the chain's catalogue (its picture stored as an attachment)."""
    code = code.strip().upper()
    if not code or len(code) > 32:
        raise ApiError(400, "bad_gift_code", "a gift code has 1 to 32 characters")
    if not name.strip() or len(name) > 120:
        raise ApiError(400, "bad_gift_name", "a gift's name has 1 to 120 characters")
    if not 1 <= points <= 1_000_000:
        raise ApiError(400, "bad_points", "a gift costs from 1 to 1,000,000 points")
    if starts_on and ends_on and ends_on < starts_on:
        raise ApiError(400, "bad_dates", "the gift ends before it starts")
    if session.scalars(select(Gift).where(Gift.code == code)).first() is not None:
        raise ApiError(409, "gift_exists", f"gift {code} already exists")
    gift = Gift(
        id=uuid7(),
        code=code,
        name=name.strip(),
        description=description.strip(),
        points=points,
        starts_on=starts_on,
        ends_on=ends_on,
        picture_sha256=attachments.store_whole(session, picture, _image_type(picture), now=now)
        if picture
        else None,
        active=True,
        updated_at=now,
    )
    session.add(gift)
    session.flush()
    publish_gift(session, gift, now=now)
    return gift


def _image_type(data: bytes) -> str:
    if data.startswith(b"\x89PNG"):
        return "image/png"
    if data.startswith(b"\xff\xd8"):
        return "image/jpeg"
    raise ApiError(400, "bad_picture", "a gift's picture is a JPEG or a PNG")


def change_gift(
    session: Session,
    code: str,
    *,
    points: int | None = None,
    active: bool | None = None,
    ends_on: date | None = None,
    now: datetime,
) -> Gift:
    """Change a gift's cost, end day or whether it is offered; every tablet is told."""
    gift = gift_by_code(session, code)
    if points is not None:
        if not 1 <= points <= 1_000_000:
            raise ApiError(400, "bad_points", "a gift costs from 1 to 1,000,000 points")
        gift.points = points
    if active is not None:
        gift.active = active
    if ends_on is not None:
        gift.ends_on = ends_on
    gift.updated_at = now
    session.flush()
    publish_gift(session, gift, now=now)
    return gift


def gift_by_code(session: Session, code: str) -> Gift:
    gift = session.scalars(select(Gift).where(Gift.code == code.strip().upper())).first()
    if gift is None:
        raise ApiError(404, "unknown_gift", f"no gift {code}")
    return gift


def publish_gift(session: Session, gift: Gift, *, now: datetime) -> None:
    row = GiftRow(
        id=gift.id,
        code=gift.code,
        name=gift.name,
        description=gift.description,
        points=gift.points,
        starts_on=gift.starts_on,
        ends_on=gift.ends_on,
        picture_sha256=gift.picture_sha256,
        active=gift.active,
    )
    publish(session, Feed.GIFTS, CHAIN_SCOPE, str(gift.id), row.model_dump(mode="json"), now=now)


def offered(gift: Gift, day: date) -> bool:
    """Whether a gift may be redeemed on a day (store time)."""
    if not gift.active:
        return False
    return (gift.starts_on is None or gift.starts_on <= day) and (
        gift.ends_on is None or day <= gift.ends_on
    )


def move_stock(
    session: Session,
    *,
    store_code: str,
    gift_id: uuid.UUID,
    quantity: int,
    reason: str,
    moved_at: datetime,
    now: datetime,
    note: str = "",
    staff_id: uuid.UUID | None = None,
    move_id: uuid.UUID | None = None,
) -> int | None:
    """Record a stock move and publish the store's new count; None if this move was recorded."""
    move_id = move_id or uuid7()
    if session.get(GiftStockMove, move_id) is not None:
        return None
    session.add(
        GiftStockMove(
            id=move_id,
            gift_id=gift_id,
            store_code=store_code,
            quantity=quantity,
            reason=reason,
            note=note,
            staff_id=staff_id,
            moved_at=moved_at,
            received_at=now,
        )
    )
    stock = _add_stock(session, store_code, gift_id, quantity)
    row = GiftStockRow(gift_id=gift_id, quantity=stock).model_dump(mode="json")
    publish(session, Feed.GIFT_STOCK, store_code, str(gift_id), row, now=now)
    return stock


def stock_of(session: Session, store_code: str, gift_id: uuid.UUID) -> int:
    row = session.get(GiftStock, (store_code, gift_id))
    return row.quantity if row else 0


def _add_stock(session: Session, store_code: str, gift_id: uuid.UUID, quantity: int) -> int:
    """Add to a store's count in one statement (two tablets' moves never lose one)."""
    table = table_of(GiftStock)
    key = (table.c.store_code == store_code) & (table.c.gift_id == gift_id)
    changed = session.execute(
        update(table)
        .where(key)
        .values(quantity=table.c.quantity + quantity)
        .returning(table.c.quantity)
    ).scalar_one_or_none()
    if changed is not None:
        return int(changed)
    insert_rows(
        session,
        table,
        [{"store_code": store_code, "gift_id": gift_id, "quantity": 0}],
        unless_taken=("store_code", "gift_id"),
    )
    return _add_stock(session, store_code, gift_id, quantity)


def redeem_online(
    session: Session, payload: GiftRedemptionPayload, *, device_id: uuid.UUID, now: datetime
) -> Posted:
    """Check and post an online redemption in the caller's transaction, or refuse it.

    Asked again with the same id (the answer was lost), it answers what was
    recorded. A redemption the tablet gave up on (`void_unanswered`) is refused.
    """
    recorded = session.get(Redemption, payload.redemption_id)
    if recorded is not None:
        return _as_posted(session, recorded)
    if session.get(RedemptionVoid, payload.redemption_id) is not None:
        raise RedemptionRefused("redemption_voided", "this redemption was given up on")
    gift = session.get(Gift, payload.gift_id)
    if gift is None:
        raise RedemptionRefused("unknown_gift", "no such gift")
    ledger = LedgerBatch(session, {payload.customer_id})
    balance = ledger.balances[payload.customer_id][0]
    if balance < 0:
        raise RedemptionRefused(
            "blocked_by_overdraft",
            "this customer's balance is negative: settle it first",
            balance=balance,
        )
    if payload.points != gift.points:
        raise RedemptionRefused("gift_price_changed", f"this gift costs {gift.points} points now")
    if balance < payload.points:
        raise RedemptionRefused("not_enough_points", "not enough points", balance=balance)
    if not offered(gift, payload.redeemed_at.astimezone(MADRID).date()):
        raise RedemptionRefused("gift_not_offered", "this gift is not offered today")
    if stock_of(session, payload.store_code, gift.id) <= 0:
        raise RedemptionRefused("out_of_stock", "this store has none of this gift left")
    return _post(session, ledger, payload, gift, device_id=device_id, now=now)


def record_redemption(
    session: Session, payload: GiftRedemptionPayload, *, device_id: uuid.UUID, now: datetime
) -> Posted | None:
    """Record a redemption made offline (always posted); None when it is already recorded."""
    if session.get(Redemption, payload.redemption_id) is not None:
        return None
    ledger = LedgerBatch(session, {payload.customer_id})
    gift = session.get(Gift, payload.gift_id)
    return _post(session, ledger, payload, gift, device_id=device_id, now=now)


def _post(
    session: Session,
    ledger: LedgerBatch,
    payload: GiftRedemptionPayload,
    gift: Gift | None,
    *,
    device_id: uuid.UUID,
    now: datetime,
) -> Posted:
    flags = []
    if gift is None:
        flags.append("unknown_gift")
    else:
        if stock_of(session, payload.store_code, gift.id) <= 0:
            flags.append("out_of_stock")
        if not offered(gift, payload.redeemed_at.astimezone(MADRID).date()):
            flags.append("gift_not_offered")
    if payload.caps_exceeded:
        flags.append("over_offline_cap")
    flags += ledger.post(
        NewEntry(
            entry_id=payload.redemption_id,
            customer_id=payload.customer_id,
            kind=str(LedgerKind.REDEEM),
            points=-payload.points,
            store_code=payload.store_code,
            device_id=device_id,
            occurred_at=payload.redeemed_at,
            flags=tuple(flags),
        ),
        now=now,
    )
    versions = ledger.write(now=now)
    redemption = Redemption(
        id=payload.redemption_id,
        customer_id=payload.customer_id,
        gift_id=payload.gift_id,
        gift_name=payload.gift_name,
        points=payload.points,
        store_code=payload.store_code,
        device_code=payload.device_code,
        staff_id=payload.staff_id,
        approved_by=payload.approved_by,
        offline=payload.offline,
        caps_exceeded=list(payload.caps_exceeded),
        reason=payload.reason,
        flags=flags,
        redeemed_at=payload.redeemed_at,
        received_at=now,
    )
    session.add(redemption)
    session.flush()
    stock = move_stock(
        session,
        store_code=payload.store_code,
        gift_id=payload.gift_id,
        quantity=-1,
        reason=REDEEMED,
        moved_at=payload.redeemed_at,
        now=now,
        staff_id=payload.staff_id,
        move_id=payload.redemption_id,
    )
    _publish_redemption(session, redemption, now=now)
    balance = ledger.balances[payload.customer_id][0]
    return Posted(flags, balance, versions[payload.customer_id], stock or 0)


def cancel_redemption(
    session: Session, payload: RedemptionCancelPayload, *, device_id: uuid.UUID, now: datetime
) -> Posted | None:
    """Give the points back (a compensating entry) and the gift to the stock, once.

    None when this cancellation is already recorded; a second cancellation of
    the same redemption is recorded with no entry, flagged `already_cancelled`.
    """
    redemption = session.get(Redemption, payload.redemption_id)
    if redemption is None:
        raise RedemptionUnknown(str(payload.redemption_id))
    if redemption.cancel_id == payload.cancel_id:
        return None
    ledger = LedgerBatch(session, {redemption.customer_id})
    if redemption.cancel_id is not None:
        points, version = ledger.balances[redemption.customer_id]
        return Posted(["already_cancelled"], points, version, 0)
    flags = ledger.post(
        NewEntry(
            entry_id=payload.cancel_id,
            customer_id=redemption.customer_id,
            kind=str(LedgerKind.REVERSE),
            points=redemption.points,
            store_code=payload.store_code,
            device_id=device_id,
            occurred_at=payload.cancelled_at,
        ),
        now=now,
    )
    versions = ledger.write(now=now)
    redemption.cancel_id = payload.cancel_id
    redemption.cancelled_at = payload.cancelled_at
    redemption.cancel_reason = payload.reason
    stock = stock_of(session, redemption.store_code, redemption.gift_id)
    if payload.gift_returned:
        stock = (
            move_stock(
                session,
                store_code=redemption.store_code,
                gift_id=redemption.gift_id,
                quantity=1,
                reason=GIVEN_BACK,
                moved_at=payload.cancelled_at,
                now=now,
                staff_id=payload.staff_id,
                move_id=payload.cancel_id,
            )
            or stock
        )
    session.flush()
    _publish_redemption(session, redemption, now=now)
    balance = ledger.balances[redemption.customer_id][0]
    return Posted(flags, balance, versions[redemption.customer_id], stock)


def void_unanswered(
    session: Session, redemption_id: uuid.UUID, *, store_code: str, now: datetime
) -> bool:
    """A tablet asks what became of an online redemption it got no answer for.

    True when it was recorded. Otherwise it is voided here, so that the
    request, should it still arrive, is refused: the tablet and the server
    then agree it never happened.
    """
    if session.get(Redemption, redemption_id) is not None:
        return True
    if session.get(RedemptionVoid, redemption_id) is None:
        session.add(RedemptionVoid(id=redemption_id, store_code=store_code, voided_at=now))
        session.flush()
    return False


def _as_posted(session: Session, redemption: Redemption) -> Posted:
    ledger = LedgerBatch(session, {redemption.customer_id})
    points, version = ledger.balances[redemption.customer_id]
    return Posted(
        list(redemption.flags),
        points,
        version,
        stock_of(session, redemption.store_code, redemption.gift_id),
    )


def _publish_redemption(session: Session, redemption: Redemption, *, now: datetime) -> None:
    row = RedemptionRow(
        id=redemption.id,
        customer_id=redemption.customer_id,
        gift_id=redemption.gift_id,
        gift_name=redemption.gift_name,
        points=redemption.points,
        device_code=redemption.device_code,
        staff_id=redemption.staff_id,
        approved_by=redemption.approved_by,
        offline=redemption.offline,
        redeemed_at=redemption.redeemed_at,
        cancelled=redemption.cancel_id is not None,
    )
    publish(
        session,
        Feed.REDEMPTIONS,
        redemption.store_code,
        str(redemption.id),
        row.model_dump(mode="json"),
        now=now,
    )

"""The store manager's gift actions that reach the store or head office (see `ops`).

Reading and writing the store runs on the store thread (`run_store`).
Redeeming asks head office, so it runs on the I/O pool instead:
`gifts.redeem_gift` opens its own short transactions and holds none while
the server is asked. `run_io` broadcasts no changes, so `redeem_gift` does it
itself when a gift was handed over.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from loyalty_core.offline_caps import Identified
from loyalty_core.roles import Role
from pos_client.context import AppContext
from pos_client.services import consents, gifts, receipts, staff
from pos_client.services.gifts import GiftOffer
from pos_client.services.staff import StaffMember
from pos_client.ui.ops import Done, Failed
from pos_client.ui.signals import Changes

REDEEM_TIMEOUT = (3.05, 8.0)
"""Seconds to connect to head office and to wait for its answer, at the counter."""
HANDED_OVER = Changes.LEDGER | Changes.OUTBOX


@dataclass(frozen=True)
class Holder:
    """The customer a gift screen is about: as the slip prints them, and their balance."""

    customer_id: uuid.UUID
    name: str
    card_number: str | None
    language: str
    balance: int


@dataclass(frozen=True)
class GiftShelf:
    """What the redemption screen shows: the customer, today's gifts and their pictures."""

    holder: Holder
    offers: tuple[GiftOffer, ...]
    pictures: Mapping[str, bytes]
    """Picture bytes by SHA-256, for the gifts whose picture this tablet holds."""


@dataclass(frozen=True)
class PastRedemption:
    """One of a customer's redemptions, as the cancellation screen lists it."""

    id: uuid.UUID
    reference: str
    gift_name: str
    points: int
    redeemed_at: datetime
    state: str
    offline: bool
    cancelled: bool

    @property
    def cancellable(self) -> bool:
        return not self.cancelled and self.state in ("posted", "waiting")


@dataclass(frozen=True)
class RedemptionHistory:
    holder: Holder
    redemptions: tuple[PastRedemption, ...]


def _holder(session: Any, customer_id: uuid.UUID) -> Holder:
    who, balance = receipts.customer_on_receipt(session, customer_id)
    language = consents.language_of(session, customer_id)
    return Holder(customer_id, who.name, who.card_number, language, balance)


def load_shelf(ctx: AppContext, *, customer_id: uuid.UUID, success: Done, failure: Failed) -> None:
    """The customer's balance and the gifts offered today (Madrid's day), with pictures."""
    today = ctx.now().astimezone(gifts.MADRID).date()

    def work(s: Any) -> GiftShelf:
        offers = tuple(gifts.gifts_for(s, customer_id, today=today))
        pictures = {}
        for offer in offers:
            data = gifts.picture_of(s, offer.picture_sha256)
            if data is not None and offer.picture_sha256:
                pictures[offer.picture_sha256] = data
        return GiftShelf(_holder(s, customer_id), offers, pictures)

    ctx.runner.run_store(work, success=success, failure=failure)


def check_manager(ctx: AppContext, *, code: str, pin: str, success: Done, failure: Failed) -> None:
    """Check a manager's code and PIN for one approval, without logging them in.

    A wrong PIN counts towards that code's lock-out, so the transaction
    commits even when the check fails (as `ops.log_in`); someone who is not
    a manager is refused with `ApprovalNeeded` and their name.
    """

    def work(session: Any) -> Any:
        try:
            return staff.login(session, code=code, pin=pin, now=ctx.now())
        except Exception as exc:  # keep the attempt counter, report the error
            return exc

    def done(result: Any) -> None:
        if isinstance(result, BaseException):
            failure(result)
        elif result.role != Role.MANAGER:
            failure(gifts.ApprovalNeeded("not a manager", name=result.name))
        else:
            success(result)

    ctx.runner.run_store(work, success=done, failure=failure, changes=Changes.STAFF)


def redeem_gift(
    ctx: AppContext,
    *,
    customer_id: uuid.UUID,
    gift_id: uuid.UUID,
    approver: StaffMember,
    identified: Identified,
    success: Done,
    failure: Failed,
) -> None:
    """Ask head office to post the redemption; `Done`, or `NoAnswer` when it could not be asked."""
    assert ctx.staff is not None
    who, now, sessions, sync = ctx.staff, ctx.now(), ctx.sessions, ctx.sync

    def work() -> gifts.Done | gifts.NoAnswer:
        ask = sync.engine.api.twin(timeout=REDEEM_TIMEOUT).redeem if sync is not None else None
        return gifts.redeem_gift(
            sessions,
            customer_id=customer_id,
            gift_id=gift_id,
            staff=who,
            approver=approver,
            identified=identified,
            ask=ask,
            now=now,
        )

    def done(result: gifts.Done | gifts.NoAnswer) -> None:
        success(result)
        if isinstance(result, gifts.Done):
            ctx.signals.changed.emit(Changes.LEDGER)

    ctx.runner.run_io(work, success=done, failure=failure)


def redeem_offline(
    ctx: AppContext,
    *,
    pending: gifts.NoAnswer,
    approver: StaffMember,
    reason: str,
    success: Done,
    failure: Failed,
) -> None:
    """Hand the gift over without head office, as the caps allow; queue it for the sync."""
    now = ctx.now()
    ctx.runner.run_store(
        lambda s: gifts.redeem_offline(
            s, pending.asking, decision=pending.decision, approver=approver, reason=reason, now=now
        ),
        success=success,
        failure=failure,
        changes=HANDED_OVER,
    )


def give_up(ctx: AppContext, *, pending: gifts.NoAnswer, success: Done, failure: Failed) -> None:
    """Not handed over: the sync asks head office what became of the request."""
    ctx.runner.run_store(
        lambda s: gifts.give_up(s, pending.asking), success=success, failure=failure
    )


def load_offline_caps(ctx: AppContext, *, success: Done, failure: Failed) -> None:
    """This store's offline caps (what the offline screen quotes)."""
    ctx.runner.run_store(gifts.offline_caps, success=success, failure=failure)


def load_history(
    ctx: AppContext, *, customer_id: uuid.UUID, success: Done, failure: Failed
) -> None:
    """The customer's balance and their redemptions at this store, newest first."""

    def work(s: Any) -> RedemptionHistory:
        rows = tuple(
            PastRedemption(
                id=r.id,
                reference=r.reference,
                gift_name=r.gift_name,
                points=r.points,
                redeemed_at=r.redeemed_at,
                state=r.state,
                offline=r.offline,
                cancelled=r.cancelled,
            )
            for r in gifts.redemptions_of(s, customer_id)
        )
        return RedemptionHistory(_holder(s, customer_id), rows)

    ctx.runner.run_store(work, success=success, failure=failure)


def cancel_redemption(
    ctx: AppContext,
    *,
    redemption_id: uuid.UUID,
    approver: StaffMember,
    reason: str,
    gift_returned: bool,
    success: Done,
    failure: Failed,
) -> None:
    """Give the points back and, when the gift came back, return it to the stock."""
    assert ctx.staff is not None
    who, now = ctx.staff, ctx.now()
    ctx.runner.run_store(
        lambda s: gifts.cancel_redemption(
            s,
            redemption_id,
            staff=who,
            approver=approver,
            reason=reason,
            gift_returned=gift_returned,
            now=now,
        ),
        success=success,
        failure=failure,
        changes=HANDED_OVER,
    )


def load_stock(ctx: AppContext, *, success: Done, failure: Failed) -> None:
    """The active gifts this store counts, cheapest first."""

    ctx.runner.run_store(lambda s: tuple(gifts.stock_list(s)), success=success, failure=failure)


def move_stock(
    ctx: AppContext,
    *,
    gift_id: uuid.UUID,
    quantity: int,
    reason: str,
    note: str,
    success: Done,
    failure: Failed,
) -> None:
    """Record gifts received, counted, damaged or sent back; gives the new count."""
    assert ctx.staff is not None
    who, now = ctx.staff, ctx.now()
    ctx.runner.run_store(
        lambda s: gifts.move_stock(
            s, gift_id=gift_id, quantity=quantity, reason=reason, staff=who, now=now, note=note
        ),
        success=success,
        failure=failure,
        changes=Changes.OUTBOX,
    )


def is_manager(member: StaffMember | None) -> bool:
    return member is not None and member.role == Role.MANAGER

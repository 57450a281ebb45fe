"""Online redemptions: checked and posted in one transaction, and what became of a lost answer."""

from __future__ import annotations

import uuid

from fastapi import APIRouter

from loyalty_core.roles import Role
from loyalty_core.sync_protocol import (
    ErrorBody,
    RedemptionAnswer,
    RedemptionRequest,
    UnansweredRedemption,
)
from sync_server.customers.service import live_customer
from sync_server.deps import DeviceDep, NowDep, SessionDep
from sync_server.errors import ApiError
from sync_server.gifts import service
from sync_server.staff.models import Staff

router = APIRouter(
    prefix="/v1/redemptions",
    tags=["redemptions"],
    responses={status: {"model": ErrorBody} for status in (400, 401, 403, 404, 409, 422, 426)},
)


@router.post("", response_model=RedemptionAnswer)
def redeem(
    body: RedemptionRequest, device: DeviceDep, session: SessionDep, now: NowDep
) -> RedemptionAnswer:
    """Post a redemption if the balance, the gift and the stock allow it; else 409, nothing kept."""
    payload = body.redemption
    if payload.store_code != device.store_code or payload.device_code != device.device_code:
        raise ApiError(403, "wrong_store", "a device redeems for its own store only")
    with session.begin():
        approver = session.get(Staff, payload.approved_by)
        if (
            approver is None
            or approver.store_code != device.store_code
            or Role(approver.role) != Role.MANAGER
            or not approver.active
        ):
            raise ApiError(409, "approver_not_manager", "a manager of this store approves gifts")
        customer = live_customer(session, payload.customer_id)
        if customer is None:
            raise ApiError(409, "unknown_customer", "this customer has not reached the server")
        payload = payload.model_copy(update={"customer_id": customer.id})
        try:
            posted = service.redeem_online(session, payload, device_id=device.id, now=now)
        except service.RedemptionRefused as refused:  # leaving `begin` rolls back: nothing kept
            details = {} if refused.balance is None else {"balance": refused.balance}
            raise ApiError(409, refused.code, refused.message, details) from None
    return RedemptionAnswer(
        redemption_id=payload.redemption_id,
        balance=posted.balance,
        balance_version=posted.balance_version,
        stock=posted.stock,
        flags=posted.flags,
    )


@router.post("/{redemption_id}/unanswered", response_model=UnansweredRedemption)
def unanswered(
    redemption_id: uuid.UUID, device: DeviceDep, session: SessionDep, now: NowDep
) -> UnansweredRedemption:
    """Whether a redemption whose answer was lost was recorded; if not, it never will be."""
    with session.begin():
        recorded = service.void_unanswered(
            session, redemption_id, store_code=device.store_code, now=now
        )
    return UnansweredRedemption(redemption_id=redemption_id, recorded=recorded)

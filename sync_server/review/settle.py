"""Settling review cases: a manager's decision, sent from a tablet as a fact.

The first decision on a case wins; a later one (another tablet, offline) is
recorded in the answer as `already_settled` and changes nothing. Each kind
of case has its own decisions (`ACTIONS`). Writing off an overdraft posts
an adjusting entry that brings the balance back to zero; merging possible
duplicates merges them as the automatic rule would have.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from loyalty_core.feeds import Feed, ReviewRow
from loyalty_core.wire import SettleAction, SettlementPayload
from sync_server.customers.merge import POSSIBLE_DUPLICATE, merge
from sync_server.customers.service import live_customer
from sync_server.ledger.service import ADJUST, OVERDRAFT, LedgerBatch, NewEntry
from sync_server.review.models import ReviewCase
from sync_server.sync.feeds import publish

REJECTED_CHANGE = "rejected_change"
SETTLED = "settled"

ACTIONS: dict[str, frozenset[SettleAction]] = {
    OVERDRAFT: frozenset({SettleAction.RECOVER, SettleAction.WRITE_OFF}),
    REJECTED_CHANGE: frozenset({SettleAction.VOID, SettleAction.RESENT}),
    POSSIBLE_DUPLICATE: frozenset({SettleAction.MERGE, SettleAction.NOT_DUPLICATE}),
}
"""The decisions each kind of case takes; any other kind is just `checked`."""


class BadSettlement(Exception):
    """A decision that does not fit its case (rejected, with the reason)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass
class Settled:
    flags: list[str] = field(default_factory=list)
    balances: dict[str, int] = field(default_factory=dict)


def actions_for(kind: str) -> frozenset[SettleAction]:
    return ACTIONS.get(kind, frozenset({SettleAction.CHECKED}))


def settle(
    session: Session,
    payload: SettlementPayload,
    *,
    store_code: str,
    staff_name: str,
    device_id: uuid.UUID,
    now: datetime,
) -> Settled:
    case = _case_of(session, payload)
    if case is None:
        raise BadSettlement("unknown_case", "no such review case")
    if case.store_code != store_code:
        raise BadSettlement("wrong_store", "a store settles its own cases only")
    if payload.action not in actions_for(case.kind):
        raise BadSettlement("bad_action", f"a {case.kind} case is not settled by {payload.action}")
    if case.status != "open":
        return Settled(flags=["already_settled"])
    settled = Settled()
    if payload.action == SettleAction.WRITE_OFF and case.customer_id is not None:
        settled = _write_off(session, case, payload, device_id=device_id, now=now)
    elif payload.action == SettleAction.MERGE:
        settled.flags += _merge(session, case, now=now)
    decision: dict[str, object] = {
        "action": str(payload.action),
        "note": payload.note,
        "by": staff_name,
        "at": payload.settled_at.isoformat(),
        "settlement_id": str(payload.settlement_id),
        **({"resent_as": str(payload.resent_as)} if payload.resent_as else {}),
    }
    for each in _with_twins(session, case):
        each.status = SETTLED
        each.settlement = decision
        session.flush()
        _publish(session, each, now=now)
    return settled


def _case_of(session: Session, payload: SettlementPayload) -> ReviewCase | None:
    if payload.case_id is not None:
        return session.get(ReviewCase, payload.case_id)
    if payload.change_id is None:
        return None
    return session.scalars(
        select(ReviewCase).where(
            ReviewCase.kind == REJECTED_CHANGE, ReviewCase.change_id == payload.change_id
        )
    ).first()


def _with_twins(session: Session, case: ReviewCase) -> list[ReviewCase]:
    """A possible duplicate is one case per home store: deciding it settles both."""
    if case.kind != POSSIBLE_DUPLICATE:
        return [case]
    pair = {case.customer_id, case.subject_id}
    twins = session.scalars(
        select(ReviewCase).where(
            ReviewCase.kind == POSSIBLE_DUPLICATE,
            ReviewCase.status == "open",
            ReviewCase.customer_id.in_([c for c in pair if c is not None]),
        )
    )
    return [case, *(t for t in twins if t.id != case.id and {t.customer_id, t.subject_id} == pair)]


def _write_off(
    session: Session,
    case: ReviewCase,
    payload: SettlementPayload,
    *,
    device_id: uuid.UUID,
    now: datetime,
) -> Settled:
    """The chain absorbs the deficit: an adjusting entry brings the balance back to zero."""
    customer = live_customer(session, case.customer_id) if case.customer_id else None
    if customer is None:
        return Settled(flags=["customer_gone"])
    ledger = LedgerBatch(session, {customer.id})
    points = ledger.balances[customer.id][0]
    if points >= 0:
        return Settled(flags=["nothing_to_write_off"])
    ledger.post(
        NewEntry(
            entry_id=payload.settlement_id,
            customer_id=customer.id,
            kind=ADJUST,
            points=-points,
            store_code=case.store_code,
            device_id=device_id,
            occurred_at=payload.settled_at,
            flags=("written_off",),
        ),
        now=now,
    )
    versions = ledger.write(now=now)
    return Settled(flags=[], balances={str(c): v for c, v in versions.items()})


def _merge(session: Session, case: ReviewCase, *, now: datetime) -> list[str]:
    if case.customer_id is None or case.subject_id is None:
        return ["nothing_to_merge"]
    one = live_customer(session, case.customer_id)
    other = live_customer(session, case.subject_id)
    if one is None or other is None or one.id == other.id:
        return ["already_merged"]
    survivor, loser = (
        (one, other) if (one.created_at, one.id) <= (other.created_at, other.id) else (other, one)
    )
    merge(session, survivor=survivor, loser=loser, now=now)
    return [f"merged:{survivor.id}"]


def _publish(session: Session, case: ReviewCase, *, now: datetime) -> None:
    row = ReviewRow(
        id=case.id,
        kind=case.kind,
        status=case.status,
        customer_id=case.customer_id,
        change_id=case.change_id,
        subject_id=case.subject_id,
        detail={**case.detail, "settlement": case.settlement},
        created_at=case.created_at,
    )
    publish(
        session, Feed.REVIEW, case.store_code, str(case.id), row.model_dump(mode="json"), now=now
    )

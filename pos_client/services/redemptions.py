"""Spending points at the counter, offline within the balance this tablet knows.

The balance is the server's last confirmed one plus this device's newer
entries (`receipts.customer_on_receipt`). Two stores may still spend the
same points while both are offline: the server records both and flags the
overdraft (SYNC.md, points offline); the caps per store come with gifts.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime

from sqlalchemy.orm import Session

from loyalty_core.errors import InvalidAmount, UserFacingError
from loyalty_core.ids import uuid7
from loyalty_core.wire import LedgerEntryPayload, LedgerKind, Operation
from pos_client.services.receipts import customer_on_receipt
from pos_client.services.sales import write_ledger_entry
from pos_client.services.staff import StaffMember
from pos_client.store.outbox import NewChange, append_changes


class InsufficientPoints(UserFacingError):
    code = "insufficient_points"


def redeem_points(
    session: Session,
    *,
    customer_id: uuid.UUID,
    points: int,
    staff: StaffMember,
    now: datetime,
    new_id: Callable[[], uuid.UUID] = uuid7,
) -> int:
    """Take points from a customer's balance; return the balance left."""
    if points <= 0:
        raise InvalidAmount("points to redeem must be positive", text=str(points))
    _, balance = customer_on_receipt(session, customer_id)
    if points > balance:
        raise InsufficientPoints("not enough points", balance=balance, asked=points)
    entry = LedgerEntryPayload(
        entry_id=new_id(),
        customer_id=customer_id,
        kind=LedgerKind.REDEEM,
        points=-points,
        sale_id=None,
        lines=[],
        occurred_at=now,
    )
    write_ledger_entry(session, entry)
    append_changes(
        session, [NewChange(new_id(), entry, entry.entry_id, Operation.CREATE, now, staff.id)]
    )
    return balance - points

"""When a customer is about to run out of what they bought.

A pack lasts its size divided by the daily use of its type (the care guide),
or the days the catalogue gives for that product; two packs last twice as
long. A purchase is due from a week before it runs out, and overdue after;
once it is far overdue, or the customer has bought another product of the
same type since, it is no longer worth a call.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from loyalty_core.care_guide import CareGuide, amount_of

MIN_DAYS = 7
MAX_DAYS = 365
"""A pack's life is kept within a week and a year, whatever the arithmetic says."""
MAX_SUPPLY_DAYS = 3 * 365
"""The longest a purchase of several packs is counted to last."""


class Status(StrEnum):
    DUE = "due"
    OVERDUE = "overdue"


def duration_days(
    guide: CareGuide, *, kind: str, size: str, explicit_days: int | None = None
) -> int | None:
    """How many days one pack lasts, or None when nothing says (a lipstick, a brush)."""
    if explicit_days is not None and explicit_days > 0:
        return min(max(explicit_days, MIN_DAYS), MAX_DAYS)
    spec = guide.kinds.get(kind)
    if spec is None:
        return None
    if spec.days is not None:
        return min(max(spec.days, MIN_DAYS), MAX_DAYS)
    amount = amount_of(size)
    if spec.daily_use is None or amount is None:
        return None
    return min(max(int(amount / spec.daily_use), MIN_DAYS), MAX_DAYS)


@dataclass(frozen=True, slots=True)
class Bought:
    """One product in one purchase (returns already taken off)."""

    product_id: uuid.UUID
    kind: str
    day: date
    quantity: int
    duration_days: int | None


@dataclass(frozen=True, slots=True)
class Reminder:
    product_id: uuid.UUID
    last_bought: date
    runs_out: date
    status: Status


def reminders(
    guide: CareGuide,
    purchases: Iterable[Bought],
    *,
    today: date,
    horizon_days: int | None = None,
    overdue_days: int | None = None,
) -> list[Reminder]:
    """The products due or overdue on `today` (or within `horizon_days`), soonest first.

    Per product only its latest purchase counts (bought again: not due).
    A purchase of another product of the same type afterwards means the
    customer moved on from this one. Purchases overdue by more than the
    guide's `lapsed_after_days` (or `overdue_days`, for a list of whom to
    call this week: those who ran out long ago were called then) are dropped.
    """
    latest: dict[uuid.UUID, Bought] = {}
    kind_last: dict[str, date] = {}
    for bought in purchases:
        if bought.quantity <= 0:
            continue
        held = latest.get(bought.product_id)
        if held is None or bought.day > held.day:
            latest[bought.product_id] = bought
        elif bought.day == held.day:
            latest[bought.product_id] = _same_day(held, bought)
        if bought.kind and bought.day > kind_last.get(bought.kind, date.min):
            kind_last[bought.kind] = bought.day
    window = timedelta(days=guide.reminder_window_days if horizon_days is None else horizon_days)
    lapsed = timedelta(days=guide.lapsed_after_days if overdue_days is None else overdue_days)
    found = []
    for bought in latest.values():
        if bought.duration_days is None:
            continue
        if bought.kind and kind_last.get(bought.kind, bought.day) > bought.day:
            continue
        # Ten packs of a year-long product are not a ten-year reminder.
        days = min(bought.duration_days * bought.quantity, MAX_SUPPLY_DAYS)
        runs_out = bought.day + timedelta(days=days)
        if runs_out > today + window or today - runs_out > lapsed:
            continue
        status = Status.OVERDUE if runs_out < today else Status.DUE
        found.append(Reminder(bought.product_id, bought.day, runs_out, status))
    found.sort(key=lambda r: (r.runs_out, str(r.product_id)))
    return found


def _same_day(a: Bought, b: Bought) -> Bought:
    """Two purchases of one product on one day (two tickets) last as long as their sum."""
    return Bought(a.product_id, a.kind, a.day, a.quantity + b.quantity, a.duration_days)


def still_in_use(guide: CareGuide, bought: Bought, today: date) -> bool:
    """True while most of a pack's life is ahead: suggesting it again would be pushy."""
    if bought.duration_days is None or bought.quantity <= 0:
        return False
    life = bought.duration_days * bought.quantity
    return (today - bought.day).days < life * guide.still_in_use_share // 100

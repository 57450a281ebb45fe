"""How far a tablet may let points be spent while it cannot ask the server (SYNC.md).

Offline, a tablet knows a customer's balance as the server last confirmed it
plus its own newer entries; another store may be spending the same points
at the same moment. The caps, set centrally per store, bound what that can
cost the chain: per redemption, per customer while offline, per device
while offline, and how old the known balance may be. Above a cap a manager
may still approve (with their PIN and a reason); below the known balance,
nobody may; and offline the customer must be identified by card or id, not
picked from a name search, so the right balance is spent.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum


class Identified(StrEnum):
    CARD = "card"
    ID = "id"
    """Opened from their record by id (a receipt, a review item): not a name search."""
    NAME_SEARCH = "name_search"


class Refusal(StrEnum):
    """Why a redemption cannot go ahead at all (no approval helps)."""

    NOT_ENOUGH_POINTS = "not_enough_points"
    IDENTIFIED_BY_NAME = "identified_by_name"
    BLOCKED_BY_OVERDRAFT = "blocked_by_overdraft"


class Cap(StrEnum):
    """A cap the redemption goes over: a manager may approve it, with a reason."""

    PER_REDEMPTION = "per_redemption"
    PER_CUSTOMER = "per_customer"
    DEVICE_BUDGET = "device_budget"
    BALANCE_AGE = "balance_age"


@dataclass(frozen=True, slots=True)
class OfflineCaps:
    """A store's caps (head office sets them; the settings feed brings them)."""

    per_redemption: int = 2_000
    per_customer: int = 3_000
    """Points one customer may spend at this device while it is offline."""
    device_budget: int = 10_000
    """Points all customers together may spend at this device while it is offline."""
    balance_max_age: timedelta = timedelta(days=7)
    """How old the server's last confirmation of the balance may be."""


@dataclass(frozen=True, slots=True)
class OfflineRedemption:
    """What the tablet knows when a customer asks to spend `points` offline."""

    points: int
    balance: int
    """The server's last confirmed balance plus this device's newer entries."""
    confirmed_at: datetime | None
    """When the server last confirmed the balance; None if it never did."""
    identified: Identified
    spent_by_customer: int = 0
    """Points this customer spent at this device since it was last online."""
    spent_by_device: int = 0
    """Points every customer spent at this device since it was last online."""
    overdraft_open: bool = False
    """An overdraft of this customer waits in the review list."""


@dataclass(frozen=True, slots=True)
class Decision:
    refusals: tuple[Refusal, ...] = ()
    caps: tuple[Cap, ...] = field(default=())

    @property
    def allowed(self) -> bool:
        """The assistant may go ahead on their own."""
        return not self.refusals and not self.caps

    @property
    def needs_manager(self) -> bool:
        """A manager's PIN and a reason let it go ahead."""
        return not self.refusals and bool(self.caps)


def decide_offline(caps: OfflineCaps, ask: OfflineRedemption, *, now: datetime) -> Decision:
    """Whether a redemption may go ahead offline, on approval, or not at all."""
    if ask.points <= 0:
        raise ValueError("points to redeem are positive")
    refusals = []
    if ask.overdraft_open:
        refusals.append(Refusal.BLOCKED_BY_OVERDRAFT)
    if ask.identified == Identified.NAME_SEARCH:
        refusals.append(Refusal.IDENTIFIED_BY_NAME)
    if ask.points > ask.balance:
        refusals.append(Refusal.NOT_ENOUGH_POINTS)
    over = []
    if ask.points > caps.per_redemption:
        over.append(Cap.PER_REDEMPTION)
    if ask.spent_by_customer + ask.points > caps.per_customer:
        over.append(Cap.PER_CUSTOMER)
    if ask.spent_by_device + ask.points > caps.device_budget:
        over.append(Cap.DEVICE_BUDGET)
    if ask.confirmed_at is None or now - ask.confirmed_at > caps.balance_max_age:
        over.append(Cap.BALANCE_AGE)
    return Decision(tuple(refusals), tuple(over))

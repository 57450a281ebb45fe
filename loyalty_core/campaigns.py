"""Campaigns at the counter: when one is on, what it gives, who it targets.

A campaign runs on calendar days in the store's time (`starts_on` to
`ends_on`, both included), so an offline tablet applies it on the right day.
It may multiply the points of some products or categories (or of the whole
ticket when it names none) and add a bonus per unit; the rule here is the
one the counter applies and the server checks. Which customers it targets
is decided at head office and sent to the tablets.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Protocol

from loyalty_core.consent import Purpose
from loyalty_core.points import multiply_points

MAX_MULTIPLIER = Decimal(10)
MAX_BONUS = 10_000


class BadCampaign(ValueError):
    """A campaign no counter can apply (head office's input is checked before it is sent)."""


class StoredCampaign(Protocol):
    """A campaign as either side stores it (the tablet's and the server's rows share these)."""

    id: uuid.UUID
    name: str
    starts_on: date
    ends_on: date
    channel: str
    multiplier: str
    bonus_per_unit: int
    products: list[str]
    categories: list[str]


@dataclass(frozen=True, slots=True)
class Campaign:
    id: uuid.UUID
    name: str
    starts_on: date
    ends_on: date
    channel: str
    """How the customers were told ('email', 'sms', 'in_store'...)."""
    multiplier: Decimal = Decimal(1)
    bonus_per_unit: int = 0
    products: frozenset[uuid.UUID] = field(default_factory=frozenset)
    categories: frozenset[str] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        if self.ends_on < self.starts_on:
            raise BadCampaign(f"campaign {self.name!r} ends before it starts")
        if not Decimal(1) <= self.multiplier <= MAX_MULTIPLIER:
            raise BadCampaign(f"multiplier {self.multiplier} is not from 1 to {MAX_MULTIPLIER}")
        if not 0 <= self.bonus_per_unit <= MAX_BONUS:
            raise BadCampaign(f"bonus {self.bonus_per_unit} is not from 0 to {MAX_BONUS}")

    @classmethod
    def from_row(cls, row: StoredCampaign) -> Campaign:
        """The rule of a stored campaign (its multiplier kept as text, products as id strings)."""
        return cls(
            id=row.id,
            name=row.name,
            starts_on=row.starts_on,
            ends_on=row.ends_on,
            channel=row.channel,
            multiplier=Decimal(row.multiplier),
            bonus_per_unit=row.bonus_per_unit,
            products=frozenset(uuid.UUID(p) for p in row.products),
            categories=frozenset(row.categories),
        )

    def on(self, day: date) -> bool:
        return self.starts_on <= day <= self.ends_on

    def covers(self, product_id: uuid.UUID, category: str) -> bool:
        """Whether a product earns this campaign's points (all do when it names none)."""
        if not self.products and not self.categories:
            return True
        return product_id in self.products or category in self.categories


@dataclass(frozen=True, slots=True)
class Line:
    product_id: uuid.UUID
    category: str
    quantity: int
    points: int
    """What the line earns by the store's points rule, before the campaign."""


def with_campaign(lines: Sequence[Line], campaign: Campaign | None, day: date) -> list[int]:
    """Each line's points once the campaign applies: multiplied (rounded down), plus the bonus.

    A campaign that is not on that day, or a line it does not cover, changes
    nothing; a return line (negative quantity) gets no bonus here: returns
    take back what the sale line earned, by `points.reversal`.
    """
    if campaign is None or not campaign.on(day):
        return [line.points for line in lines]
    result = []
    for line in lines:
        if not campaign.covers(line.product_id, line.category) or line.quantity <= 0:
            result.append(line.points)
            continue
        multiplied = multiply_points(line.points, campaign.multiplier)
        result.append(multiplied + campaign.bonus_per_unit * line.quantity)
    return result


def response_rate(responded: int, targeted: int) -> Decimal:
    """Responses per targeted customer, as a share to four places (0 when none targeted)."""
    if targeted <= 0:
        return Decimal(0)
    return (Decimal(responded) / Decimal(targeted)).quantize(Decimal("0.0001"))


CHANNELS = ("email", "sms", "in_store", "post")
"""How customers hear of a campaign; e-mail and SMS need their marketing consent."""


@dataclass(frozen=True, slots=True)
class Segment:
    """Who a campaign targets: club members matching every criterion given.

    Criteria on what a customer bought (`inactive_days`, `bought_categories`)
    are profiling (GDPR art. 4(4)): only customers who agreed to profiling
    are picked by them. Skin and habit data are never used to target anyone;
    the skin-data consent promises it.
    """

    stores: frozenset[str] = frozenset()
    """Customers served by any of these stores (all stores when empty)."""
    inactive_days: int | None = None
    """No purchase in the last N days."""
    bought_categories: frozenset[str] = frozenset()
    """Bought a product of one of these categories in the last `within_days`."""
    within_days: int = 365
    birthday_month: int | None = None

    def __post_init__(self) -> None:
        if self.inactive_days is not None and not 1 <= self.inactive_days <= 3650:
            raise BadCampaign("inactive days are from 1 to 3650")
        if not 1 <= self.within_days <= 3650:
            raise BadCampaign("'within days' is from 1 to 3650")
        if self.birthday_month is not None and not 1 <= self.birthday_month <= 12:
            raise BadCampaign("a birthday month is from 1 to 12")

    @property
    def profiles(self) -> bool:
        """Whether it picks customers by what they bought (profiling)."""
        return self.inactive_days is not None or bool(self.bought_categories)


def consents_needed(segment: Segment, channel: str) -> frozenset[Purpose]:
    """The purposes a customer must have agreed to, to be targeted this way."""
    if channel not in CHANNELS:
        raise BadCampaign(f"unknown channel {channel!r}; one of {', '.join(CHANNELS)}")
    needed = {Purpose.CLUB}
    if channel == "email":
        needed.add(Purpose.EMAIL)
    elif channel == "sms":
        needed.add(Purpose.SMS)
    if segment.profiles:
        needed.add(Purpose.PROFILING)
    return frozenset(needed)

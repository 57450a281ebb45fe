"""Money in integer cents, and VAT on VAT-inclusive prices.

Never float. Amounts are `int` cents; percentages are `Decimal`.
Rounding is half up to the cent (the rule Spanish receipts follow).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from loyalty_core.errors import InvalidAmount

_AMOUNT = re.compile(r"[+-]?[0-9]+(\.[0-9]+)?")

VAT_RATES: tuple[int, ...] = (21, 10, 4)
"""Spanish VAT rates in percent: general, reduced, super-reduced."""


def round_half_up(value: Decimal) -> int:
    """Round a Decimal amount of cents half up to whole cents."""
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def parse_euros(text: str) -> int:
    """Parse '12,50', '12.50', '1.234,5' or '€ 3' into cents; reject junk."""
    cleaned = text.strip().replace("€", "").replace(" ", "").replace("\u00a0", "")
    if not cleaned:
        raise InvalidAmount("empty amount", text=text)
    if "," in cleaned:
        cleaned = cleaned.replace(".", "").replace(",", ".")
    if not _AMOUNT.fullmatch(cleaned):  # Decimal alone would take '1e3' or '1_000'
        raise InvalidAmount(f"not an amount: {text!r}", text=text)
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise InvalidAmount(f"not an amount: {text!r}", text=text) from None
    if not value.is_finite() or value < 0:
        raise InvalidAmount(f"not a positive amount: {text!r}", text=text)
    if value != value.quantize(Decimal("0.01")):
        raise InvalidAmount(f"more than two decimals: {text!r}", text=text)
    return int(value * 100)


def format_euros(cents: int) -> str:
    """Format cents the Spanish way: '1.234,50 €' (negative with a minus)."""
    sign = "-" if cents < 0 else ""
    whole, frac = divmod(abs(cents), 100)
    grouped = f"{whole:,}".replace(",", ".")
    return f"{sign}{grouped},{frac:02d} €"


@dataclass(frozen=True)
class VatLine:
    """The VAT summary for one rate: taxable base + tax = gross."""

    rate: int
    base_cents: int
    vat_cents: int
    gross_cents: int


def vat_of_gross(gross_cents: int, rate: int) -> tuple[int, int]:
    """Split a VAT-inclusive amount into (base, vat), base rounded half up."""
    base = round_half_up(Decimal(gross_cents) * 100 / Decimal(100 + rate))
    return base, gross_cents - base


def vat_breakdown(gross_by_rate: Mapping[int, int]) -> list[VatLine]:
    """Return the VAT breakdown per rate, highest rate first.

    The split is made once per rate on the summed gross, so base + VAT
    always equals the amount charged, to the cent.
    """
    lines = []
    for rate in sorted(gross_by_rate, reverse=True):
        gross = gross_by_rate[rate]
        base, vat = vat_of_gross(gross, rate)
        lines.append(VatLine(rate=rate, base_cents=base, vat_cents=vat, gross_cents=gross))
    return lines


def percent_of(amount_cents: int, percent: Decimal) -> int:
    """Return `percent` % of an amount, rounded half up to the cent."""
    return round_half_up(Decimal(amount_cents) * percent / 100)


def allocate(total: int, weights: Iterable[int]) -> list[int]:
    """Split `total` across weights in proportion, exactly (largest remainder).

    Used to spread a ticket discount over lines and per-euro points over
    lines, so that the parts always add up to the whole.
    """
    ws = list(weights)
    if total == 0 or not ws:
        return [0] * len(ws)
    wsum = sum(ws)
    if wsum <= 0:
        raise ValueError("weights must add up to a positive number")
    shares = [total * w // wsum for w in ws]
    remainders = [(total * w) % wsum for w in ws]
    left = total - sum(shares)
    order = sorted(range(len(ws)), key=lambda i: (-remainders[i], i))
    for i in order[:left]:
        shares[i] += 1
    return shares


def cumulative_share(total: int, done: int, taking: int, of: int) -> int:
    """Return the part of `total` that `taking` more units out of `of` carry.

    Computed as a difference of floored cumulative shares, so partial
    returns of a line, in any steps, add up exactly to the line's total.
    """
    if not 0 <= done <= done + taking <= of:
        raise ValueError("units out of range")
    return total * (done + taking) // of - total * done // of

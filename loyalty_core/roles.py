"""Staff roles and what each may do at the counter."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum


class Role(StrEnum):
    ASSISTANT = "assistant"
    ADVISOR = "advisor"
    MANAGER = "manager"


MAX_DISCOUNT_PERCENT: dict[Role, Decimal] = {
    Role.ASSISTANT: Decimal(10),
    Role.ADVISOR: Decimal(15),
    Role.MANAGER: Decimal(100),
}
"""The largest discount, as a share of the amount discounted, a role may give."""


def may_refund(role: Role) -> bool:
    """Returns move money back: assistants and advisors may, as in store practice."""
    return role in (Role.ASSISTANT, Role.ADVISOR, Role.MANAGER)


def may_handle_skin_data(role: Role) -> bool:
    """Skin diagnostics and habits are read and written by beauty advisors only.

    The consent text the customer signs says so: health-revealing data is
    seen by the advisors who advise them, not by whoever is at the counter.
    """
    return role == Role.ADVISOR

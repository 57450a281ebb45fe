"""What applying one change came to: applied with flags, refused, or not yet."""

from __future__ import annotations

from dataclasses import dataclass, field

from loyalty_core.sync_protocol import ChangeStatus


class Refusal(Exception):
    """A change that is malformed or forbidden: rejected, kept, shown."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class Deferral(Exception):
    """A change that cannot be applied yet; sent again later."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass
class Outcome:
    status: ChangeStatus = ChangeStatus.APPLIED
    flags: list[str] = field(default_factory=list)
    lost_fields: list[str] = field(default_factory=list)
    balances: dict[str, int] = field(default_factory=dict)

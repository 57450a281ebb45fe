"""The demo chain's people at the counter and its first store."""

from __future__ import annotations

from typing import NamedTuple

from loyalty_core.roles import Role


class DemoStaff(NamedTuple):
    code: str
    name: str
    role: Role
    pin: str


DEMO_STAFF: tuple[DemoStaff, ...] = (
    DemoStaff("1001", "Laura Gómez", Role.ASSISTANT, "1234"),
    DemoStaff("1002", "Marc Puig", Role.ADVISOR, "2345"),
    DemoStaff("1003", "Carmen Ruiz", Role.MANAGER, "3456"),
    DemoStaff("1004", "Pau Serra", Role.ASSISTANT, "4567"),
)
"""Demo log-ins (code, name, role, PIN), documented in the README."""

DEMO_STORE = {
    "store_code": "S001",
    "device_code": "D01",
    "store_name": "Bellesa Rambla Catalunya",
    "store_address": "Rambla de Catalunya 41, 08007 Barcelona",
    "store_tax_id": "B12345674",
}

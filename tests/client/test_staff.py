"""Staff log-in: PINs, lock-outs, hashes, and what each role may do."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from argon2 import PasswordHasher, extract_parameters
from sqlalchemy import select, update

from loyalty_core.cart import Discount
from loyalty_core.errors import DiscountNotAllowed, OfflineTooLong, StaffLocked, WrongPin
from loyalty_core.roles import Role
from pos_client.services import sales, staff
from pos_client.services.cart import Cart
from pos_client.services.catalogue import find_product
from pos_client.services.sales import PaymentInput
from pos_client.services.staff import (
    LOCK_FOR,
    MAX_ATTEMPTS,
    VERIFIERS_LAST,
    StaffMember,
    add_staff,
    login,
)
from pos_client.store.models import LAST_SYNC_KEY, Sale, Setting, Staff

PINS = {"1001": "1234", "1002": "2345", "1003": "3456"}  # as seeded in conftest


def attempt(store, code: str, pin: str, now: datetime) -> StaffMember:
    """Log in as the counter does: the attempt is committed even when refused."""
    with store.sessions.begin() as s:
        try:
            return login(s, code=code, pin=pin, now=now)
        except (WrongPin, StaffLocked) as exc:
            error = exc
    raise error


def staff_row(store, code: str) -> Staff:
    with store.sessions() as s:
        return s.scalars(select(Staff).where(Staff.code == code)).one()


@pytest.mark.parametrize(
    ("code", "name", "role"),
    [
        ("1001", "Laura Gómez", Role.ASSISTANT),
        ("1002", "Marc Puig", Role.ADVISOR),
        ("1003", "Carmen Ruiz", Role.MANAGER),
    ],
)
def test_each_role_logs_in(store, now: datetime, code: str, name: str, role: Role) -> None:
    member = attempt(store, code, PINS[code], now)
    assert (member.code, member.name, member.role) == (code, name, role)
    assert member.id == staff_row(store, code).id
    assert attempt(store, f" {code} ", PINS[code], now).id == member.id  # padding ignored


def test_a_wrong_pin_is_refused_and_counted(store, now: datetime) -> None:
    with pytest.raises(WrongPin) as err:
        attempt(store, "1001", "9999", now)
    assert err.value.code == "wrong_pin"
    assert staff_row(store, "1001").failed_attempts == 1
    with pytest.raises(WrongPin):
        attempt(store, "1001", "", now)
    with pytest.raises(WrongPin):
        attempt(store, "1001", PINS["1002"], now)  # a colleague's PIN
    assert staff_row(store, "1001").failed_attempts == 3
    attempt(store, "1001", PINS["1001"], now)
    assert staff_row(store, "1001").failed_attempts == 0  # a good log-in forgives


def test_five_wrong_pins_lock_the_code_until_the_lock_time_has_passed(store, now: datetime) -> None:
    for _ in range(MAX_ATTEMPTS - 1):
        with pytest.raises(WrongPin):
            attempt(store, "1001", "0000", now)
    with pytest.raises(StaffLocked) as err:
        attempt(store, "1001", "0000", now)
    assert err.value.params == {"minutes": 5}
    assert staff_row(store, "1001").locked_until == now + LOCK_FOR

    for later in (timedelta(0), timedelta(minutes=2), LOCK_FOR - timedelta(seconds=1)):
        with pytest.raises(StaffLocked):
            attempt(store, "1001", PINS["1001"], now + later)  # even the right PIN
    with pytest.raises(StaffLocked) as err:
        attempt(store, "1001", PINS["1001"], now + timedelta(minutes=2))
    assert err.value.params == {"minutes": 4}

    # other staff are not affected
    assert attempt(store, "1002", PINS["1002"], now).role is Role.ADVISOR

    assert attempt(store, "1001", PINS["1001"], now + LOCK_FOR).code == "1001"
    row = staff_row(store, "1001")
    assert (row.failed_attempts, row.locked_until) == (0, None)
    with pytest.raises(WrongPin):  # a fresh start: one mistake does not lock again
        attempt(store, "1001", "0000", now + LOCK_FOR)


def test_an_unknown_code_looks_like_a_wrong_pin(store, now: datetime) -> None:
    with pytest.raises(WrongPin) as unknown:
        attempt(store, "9999", PINS["1001"], now)
    with pytest.raises(WrongPin) as wrong:
        attempt(store, "1001", "0000", now)
    assert (unknown.value.code, unknown.value.message) == (wrong.value.code, wrong.value.message)
    assert str(unknown.value) == str(wrong.value)
    for _ in range(MAX_ATTEMPTS + 1):  # and never locks, so it never tells a code exists
        with pytest.raises(WrongPin):
            attempt(store, "9999", "0000", now)


def test_an_unknown_code_costs_a_pin_check_with_the_same_parameters(
    store, now: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The dummy hash is a literal (no hashing at import); it must cost what a
    # real PIN hash costs, so its argon2 parameters must be the hasher's own.
    assert not staff._hasher.check_needs_rehash(staff._DUMMY_HASH)
    assert staff._hasher.verify(staff._DUMMY_HASH, "not a pin")
    real_pin_hash = staff_row(store, "1001").pin_hash
    assert extract_parameters(staff._DUMMY_HASH) == extract_parameters(real_pin_hash)

    verified: list[str] = []

    class Recording:
        def __getattr__(self, name: str) -> object:
            return getattr(hasher, name)

        def verify(self, hash_: str, pin: str) -> bool:
            verified.append(hash_)
            return hasher.verify(hash_, pin)

    hasher = staff._hasher
    monkeypatch.setattr(staff, "_hasher", Recording())
    for code in ("9999", "1001"):
        with pytest.raises(WrongPin):
            attempt(store, code, "0000", now)
    assert verified == [staff._DUMMY_HASH, real_pin_hash]  # one argon2 check each


def test_an_inactive_account_cannot_log_in(store, now: datetime) -> None:
    with store.sessions.begin() as s:
        s.execute(update(Staff).where(Staff.code == "1002").values(active=False))
    with pytest.raises(WrongPin):
        attempt(store, "1002", PINS["1002"], now)


def test_pins_are_stored_as_argon2_hashes(store) -> None:
    with store.sessions.begin() as s:
        add_staff(s, code="1004", name="Pau Serra", role=Role.ASSISTANT, pin="1234")
    hashes = {}
    for code in ("1001", "1002", "1003", "1004"):
        stored = staff_row(store, code).pin_hash
        pin = PINS.get(code, "1234")
        assert stored.startswith("$argon2id$")
        assert pin not in stored
        assert PasswordHasher().verify(stored, pin)
        hashes[code] = stored
    assert hashes["1001"] != hashes["1004"]  # same PIN, different salt


def _cart(store, discount: str) -> Cart:
    with store.sessions() as s:
        cart = Cart()
        cart.add_product(find_product(s, code=store.products["serum"]))
        cart.set_line_discount(0, Discount.percent(discount))
        return cart


@pytest.mark.parametrize(
    ("code", "percent", "allowed"),
    [
        ("1001", "10", True),  # 3,495 € off rounds to 3,50 €: still the 10 % allowed
        ("1001", "11", False),
        ("1001", "20", False),
        ("1002", "15", True),
        ("1002", "20", False),
        ("1003", "20", True),
        ("1003", "100", True),
    ],
)
def test_who_may_give_which_discount(
    store, now: datetime, code: str, percent: str, allowed: bool
) -> None:
    member = attempt(store, code, PINS[code], now)
    cart = _cart(store, percent)
    total = cart.priced().total_cents
    if allowed:
        with store.sessions.begin() as s:
            receipt = sales.finish(
                s, cart=cart, payment=PaymentInput(card_cents=total), staff=member, now=now
            )
        assert receipt.staff_name == member.name
        assert receipt.lines[0].line_discount_cents == 3495 - total
    else:
        with pytest.raises(DiscountNotAllowed) as err, store.sessions.begin() as s:
            sales.finish(
                s, cart=cart, payment=PaymentInput(card_cents=total), staff=member, now=now
            )
        assert err.value.params["role"] == member.role
        with store.sessions() as s:
            assert s.scalars(select(Sale)).all() == []


def _last_synced(store, when: datetime) -> None:
    with store.sessions.begin() as s:
        s.merge(Setting(key=LAST_SYNC_KEY, value=when.isoformat()))


def test_pins_stop_working_on_a_tablet_that_has_not_reached_head_office_for_a_week(
    store, now: datetime
) -> None:
    _last_synced(store, now - VERIFIERS_LAST + timedelta(minutes=1))
    assert attempt(store, "1001", PINS["1001"], now).code == "1001"

    _last_synced(store, now - VERIFIERS_LAST - timedelta(minutes=1))
    with store.sessions.begin() as s, pytest.raises(OfflineTooLong) as refused:
        login(s, code="1001", pin=PINS["1001"], now=now)
    assert refused.value.params == {"days": 7}
    assert staff_row(store, "1001").failed_attempts == 0  # not a wrong PIN: nothing counted

    _last_synced(store, now)  # the tablet syncs again: its staff log in
    assert attempt(store, "1001", PINS["1001"], now).code == "1001"


def test_a_store_that_never_synced_keeps_its_pins(store, now: datetime) -> None:
    """The stand-alone demo store never reached a server; its staff are its own."""
    with store.sessions() as s:
        assert s.get(Setting, LAST_SYNC_KEY) is None
    assert attempt(store, "1001", PINS["1001"], now + timedelta(days=365)).code == "1001"

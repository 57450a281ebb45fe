"""Profile fields: normalised the same on both sides; the greatest clock wins, clamped."""

from __future__ import annotations

import pytest

from loyalty_core.feeds import format_checksum, lookup_key, row_hash
from loyalty_core.hlc import Hlc
from loyalty_core.profile import (
    MAX_AHEAD_MS,
    BadProfileValue,
    arbitration_stamp,
    normalise_field,
    wins,
)

NOW = 1_795_000_000_000


@pytest.mark.parametrize(
    ("field", "typed", "stored"),
    [
        ("phone", "612 34 56 78", "+34612345678"),
        ("email", "  Maria@Example.COM ", "maria@example.com"),
        ("national_id", "12345678-z", "12345678Z"),
        ("birth_date", "1985-03-14", "1985-03-14"),
        ("postal_code", "08007", "08007"),
        ("language", "ca", "ca"),
        ("phone", "", None),
        ("email", None, None),
    ],
)
def test_values_are_stored_in_one_normal_form(field: str, typed: str | None, stored: str) -> None:
    assert normalise_field(field, typed) == stored


@pytest.mark.parametrize(
    ("field", "typed"),
    [
        ("phone", "12"),
        ("email", "not an address"),
        ("national_id", "12345678A"),
        ("birth_date", "14/03/1985"),
        ("postal_code", "8007"),
        ("language", "fr"),
        ("first_name", ""),
        ("card_number", "2900000000019"),
    ],
)
def test_bad_values_and_unknown_fields_are_refused(field: str, typed: str) -> None:
    with pytest.raises(BadProfileValue):
        normalise_field(field, typed)


def test_a_clock_far_ahead_competes_with_the_servers_time() -> None:
    day_ahead = Hlc(NOW + 86_400_000, 3, "D02").encode()
    assert Hlc.decode(arbitration_stamp(day_ahead, NOW)) == Hlc(NOW, 3, "D02")
    slightly_ahead = Hlc(NOW + MAX_AHEAD_MS, 0, "D02").encode()
    assert arbitration_stamp(slightly_ahead, NOW) == slightly_ahead


@pytest.mark.parametrize(
    ("candidate", "holder", "won"),
    [
        (Hlc(2, 0, "D01"), None, True),
        (Hlc(2, 0, "D01"), Hlc(1, 9, "D09"), True),
        (Hlc(1, 1, "D01"), Hlc(1, 0, "D09"), True),
        (Hlc(1, 0, "D02"), Hlc(1, 0, "D01"), True),  # equal clocks: the device decides
        (Hlc(1, 0, "D01"), Hlc(1, 0, "D02"), False),
        (Hlc(1, 0, "D01"), Hlc(1, 0, "D01"), False),  # the same edit again changes nothing
    ],
)
def test_the_greater_clock_then_device_wins(candidate: Hlc, holder: Hlc | None, won: bool) -> None:
    assert wins(candidate.encode(), holder.encode() if holder else None) is won


def test_feed_checksums_do_not_depend_on_order_and_see_a_version_change() -> None:
    rows = [("catalogue", f"k{i}", i % 3 + 1) for i in range(100)]
    forward = sum(row_hash(*r) for r in rows)
    backward = sum(row_hash(*r) for r in reversed(rows))
    assert format_checksum(forward) == format_checksum(backward)
    changed = forward - row_hash("catalogue", "k5", 3) + row_hash("catalogue", "k5", 4)
    assert format_checksum(changed) != format_checksum(forward)


def test_lookup_keys_match_only_with_the_same_secret_kind_and_value() -> None:
    key = lookup_key(b"secret", "phone", "+34612345678")
    assert key == lookup_key(b"secret", "phone", "+34612345678")
    assert key != lookup_key(b"other", "phone", "+34612345678")
    assert key != lookup_key(b"secret", "email", "+34612345678")
    assert len(key) == 32

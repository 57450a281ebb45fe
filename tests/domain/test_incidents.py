"""Incidents: categories and priorities, the status machine, references read over the phone,
descriptions and answers, and the replay of events that arrive in any order."""

from __future__ import annotations

import itertools
import re
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loyalty_core.errors import UserFacingError
from loyalty_core.incidents import (
    _DAMM,
    MAX_ANSWER,
    MAX_DESCRIPTION,
    MAX_REFERENCE,
    TRANSITIONS,
    BadIncident,
    BadReference,
    BadTransition,
    Category,
    IncidentEvent,
    ParsedReference,
    Priority,
    Status,
    check_answer,
    check_description,
    check_priority,
    check_transition,
    current_status,
    default_priority,
    is_open,
    needs_store,
    parse_reference,
    reference,
    replay,
)

FAST = settings(max_examples=200, deadline=None)
T0 = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
codes = st.text(alphabet=ALNUM, min_size=1, max_size=16)
numbers = st.integers(1, 999_999_999)


# --- Categories and priorities ------------------------------------------------------------


def test_the_values_stored_and_synced_never_change() -> None:
    assert [c.value for c in Category] == [
        "product_defect",
        "allergic_reaction",
        "service_complaint",
        "request",
        "other",
    ]
    assert [p.value for p in Priority] == ["low", "normal", "high", "urgent"]
    assert [s.value for s in Status] == [
        "open",
        "in_progress",
        "waiting_store",
        "waiting_customer",
        "resolved",
        "closed",
        "rejected",
    ]


@pytest.mark.parametrize("category", list(Category))
def test_an_allergic_reaction_starts_high_and_everything_else_normal(category: Category) -> None:
    expected = Priority.HIGH if category == Category.ALLERGIC_REACTION else Priority.NORMAL
    assert default_priority(category) == expected
    check_priority(category, default_priority(category))


@pytest.mark.parametrize(("category", "priority"), list(itertools.product(Category, Priority)))
def test_only_an_allergic_reaction_at_low_priority_is_refused(
    category: Category, priority: Priority
) -> None:
    if category == Category.ALLERGIC_REACTION and priority == Priority.LOW:
        with pytest.raises(BadIncident) as caught:
            check_priority(category, priority)
        assert caught.value.code == "priority_too_low"
    else:
        check_priority(category, priority)


# --- The status machine -------------------------------------------------------------------

S = Status
ALLOWED = {
    (S.OPEN, S.IN_PROGRESS),
    (S.OPEN, S.WAITING_STORE),
    (S.OPEN, S.WAITING_CUSTOMER),
    (S.OPEN, S.RESOLVED),
    (S.OPEN, S.REJECTED),
    (S.IN_PROGRESS, S.WAITING_STORE),
    (S.IN_PROGRESS, S.WAITING_CUSTOMER),
    (S.IN_PROGRESS, S.RESOLVED),
    (S.IN_PROGRESS, S.REJECTED),
    (S.WAITING_STORE, S.IN_PROGRESS),
    (S.WAITING_STORE, S.WAITING_CUSTOMER),
    (S.WAITING_STORE, S.RESOLVED),
    (S.WAITING_STORE, S.REJECTED),
    (S.WAITING_CUSTOMER, S.IN_PROGRESS),
    (S.WAITING_CUSTOMER, S.WAITING_STORE),
    (S.WAITING_CUSTOMER, S.RESOLVED),
    (S.WAITING_CUSTOMER, S.REJECTED),
    (S.RESOLVED, S.CLOSED),
    (S.RESOLVED, S.IN_PROGRESS),  # reopened
}


@pytest.mark.parametrize(("current", "new"), list(itertools.product(Status, Status)))
def test_every_status_change_is_allowed_or_refused_as_the_table_says(
    current: Status, new: Status
) -> None:
    assert (new in TRANSITIONS[current]) == ((current, new) in ALLOWED)
    if (current, new) in ALLOWED:
        check_transition(current, new)
        return
    with pytest.raises(BadTransition) as caught:
        check_transition(current, new)
    assert caught.value.code == "bad_transition"
    assert str(current) in str(caught.value) and str(new) in str(caught.value)
    assert caught.value.params == {"current": current.value, "new": new.value}


def test_closed_and_rejected_are_final_and_every_status_is_in_the_machine() -> None:
    assert set(TRANSITIONS) == set(Status)
    assert TRANSITIONS[S.CLOSED] == frozenset() and TRANSITIONS[S.REJECTED] == frozenset()
    with pytest.raises(TypeError):
        TRANSITIONS[S.CLOSED] = frozenset({S.OPEN})  # type: ignore[index]


@pytest.mark.parametrize("status", list(Status))
def test_what_is_open_and_what_waits_for_the_store(status: Status) -> None:
    assert is_open(status) == (status not in {S.RESOLVED, S.CLOSED, S.REJECTED})
    assert needs_store(status) == (status == S.WAITING_STORE)


# --- References ---------------------------------------------------------------------------


def test_a_reference_reads_like_the_example_and_its_check_is_fixed() -> None:
    assert reference("S001", "02", 123) == "INC-S001-02-000123-S"
    assert reference("S001", "D01", 1_234_567).startswith("INC-S001-D01-1234567-")
    assert re.fullmatch(r"INC-S001-02-000124-[A-Z0-9]", reference("S001", "02", 124))
    assert len(reference("A" * 16, "B" * 16, 999_999_999)) == MAX_REFERENCE == 49


@pytest.mark.parametrize(
    ("store", "device", "number", "code"),
    [
        ("", "02", 1, "reference_bad_code"),
        ("S001", "", 1, "reference_bad_code"),
        ("S" * 17, "02", 1, "reference_bad_code"),
        ("S001", "D" * 17, 1, "reference_bad_code"),
        ("s001", "02", 1, "reference_bad_code"),
        ("S-01", "02", 1, "reference_bad_code"),  # a dash would make references ambiguous
        ("SÑ01", "02", 1, "reference_bad_code"),
        ("S001", "02", 0, "reference_bad_number"),
        ("S001", "02", -1, "reference_bad_number"),
        ("S001", "02", 1_000_000_000, "reference_bad_number"),
    ],
)
def test_a_reference_needs_plain_codes_and_a_number_in_range(
    store: str, device: str, number: int, code: str
) -> None:
    with pytest.raises(BadReference) as caught:
        reference(store, device, number)
    assert caught.value.code == code


@FAST
@given(store=codes, device=codes, number=numbers)
def test_every_reference_reads_back(store: str, device: str, number: int) -> None:
    text = reference(store, device, number)
    parsed = parse_reference(text)
    assert parsed == ParsedReference(store, device, number)
    assert parsed.text == text
    assert len(text) <= MAX_REFERENCE


@FAST
@given(store=codes, device=codes, number=numbers, data=st.data())
def test_a_reference_reads_back_as_typed(
    store: str, device: str, number: int, data: st.DataObject
) -> None:
    text = reference(store, device, number)
    typed = "".join(data.draw(st.sampled_from([c.lower(), c])) for c in text)
    typed = "".join(data.draw(st.sampled_from(["-", " "])) if c == "-" else c for c in typed)
    typed = (
        data.draw(st.sampled_from(["", " ", "\t", "  \n"]))
        + typed
        + data.draw(st.sampled_from(["", " ", "\r\n"]))
    )
    assert parse_reference(typed) == ParsedReference(store, device, number)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "INC",
        "INC-S001-02-000123",  # no check character
        "S001-02-000123-S",  # no prefix
        "INCS00102000123S",  # no dashes: the fields cannot be told apart
        "INC-S001-02-000123-SS",
        "INC--S001-02-000123-S",
        "INC-S001--02-000123-S",
        "INC-S001-02-000123--S",
        "INC  S001 02 000123 S",
        "INC-S001-02-00123-S",  # fewer than six digits
        "INC-S001-02-0000123-S",  # a leading zero past six digits
        "INC-S001-02-1234567890-S",
        "INC-S001-02-000000-S",
        "INC-S001-02-00012A-S",
        "INC-S0_1-02-000123-S",
        "INC-S001-02-\uff10\uff10\uff10123-S",  # full-width digits are not digits here
        "INC-" + "S" * 17 + "-02-000123-S",
        "INC-S001-02-000123-S-",
        "INC-S001-02-000123-*",
    ],
)
def test_what_is_not_a_reference(text: str) -> None:
    with pytest.raises(BadReference) as caught:
        parse_reference(text)
    assert caught.value.code == "reference_bad_format"


def test_a_wrong_check_character_says_to_read_it_again() -> None:
    with pytest.raises(BadReference) as caught:
        parse_reference("INC-S001-02-000123-T")
    assert caught.value.code == "reference_bad_check"
    assert "INC-S001-02-000123-T" in str(caught.value)


@pytest.mark.parametrize(
    ("moved", "code"),
    [
        ("INC-S00-102-000123-S", "reference_bad_check"),  # the store's last character
        ("INC-S0010-2-000123-S", "reference_bad_check"),  # the device's first character
        ("INC-S001-0-2000123-S", "reference_bad_check"),
        ("INC-S001-020-00123-S", "reference_bad_format"),  # the number's form catches it
    ],
)
def test_a_dash_heard_in_the_wrong_place_is_caught(moved: str, code: str) -> None:
    with pytest.raises(BadReference) as caught:
        parse_reference(moved)
    assert caught.value.code == code


def _substitutions(text: str) -> list[str]:
    return [
        text[:i] + char + text[i + 1 :]
        for i, old in enumerate(text)
        for char in ALNUM + "-"
        if char != old
    ]


def _transpositions(text: str) -> list[str]:
    return [
        text[:i] + text[i + 1] + text[i] + text[i + 2 :]
        for i in range(len(text) - 1)
        if text[i] != text[i + 1]
    ]


@settings(max_examples=80, deadline=None)
@given(store=codes, device=codes, number=numbers)
def test_every_single_typo_and_every_swap_of_neighbours_is_caught(
    store: str, device: str, number: int
) -> None:
    text = reference(store, device, number)
    for wrong in _substitutions(text) + _transpositions(text):
        with pytest.raises(BadReference):
            parse_reference(wrong)


def test_the_long_references_catch_every_typo_and_swap_too() -> None:
    for text in (reference("S001", "02", 123), reference("Z9" * 8, "0A" * 8, 908_070_605)):
        for wrong in _substitutions(text) + _transpositions(text):
            with pytest.raises(BadReference):
                parse_reference(wrong)


def test_the_check_table_is_a_totally_anti_symmetric_quasigroup() -> None:
    """What makes the two properties above hold for every reference, not only those tried:
    a Latin square (one typo changes the result) where (c*x)*y = (c*y)*x only when x = y
    (a swap of neighbours changes it)."""
    symbols = range(36)
    assert all(sorted(row) == list(symbols) for row in _DAMM)
    assert all(sorted(_DAMM[x][y] for x in symbols) == list(symbols) for y in symbols)
    for c, x, y in itertools.product(symbols, symbols, symbols):
        assert x == y or _DAMM[_DAMM[c][x]][y] != _DAMM[_DAMM[c][y]][x]


# --- Descriptions and answers -------------------------------------------------------------


def test_errors_are_user_facing_value_errors_with_a_code() -> None:
    with pytest.raises(BadIncident) as caught:
        check_description("roto")
    assert isinstance(caught.value, ValueError) and isinstance(caught.value, UserFacingError)
    assert caught.value.code == "description_too_short"
    assert caught.value.params == {"length": 4, "limit": 10}
    assert issubclass(BadTransition, BadIncident) and issubclass(BadReference, BadIncident)


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        ("a" * 10, "a" * 10),
        ("  Roto al abrirlo  \n", "Roto al abrirlo"),
        ("a" * MAX_DESCRIPTION, "a" * MAX_DESCRIPTION),
        ("  " + "a" * MAX_DESCRIPTION + "\n\n", "a" * MAX_DESCRIPTION),
        ("Línea uno\nlínea\tdos", "Línea uno\nlínea\tdos"),
        ("Línea uno\r\nlínea dos\rtres", "Línea uno\nlínea dos\ntres"),
        ("Picor 🤦\u200d♀️ en la cara", "Picor 🤦\u200d♀️ en la cara"),
    ],
)
def test_a_description_is_stored_stripped(text: str, stored: str) -> None:
    assert check_description(text) == stored


@pytest.mark.parametrize(
    ("text", "code", "numbers"),
    [
        ("", "description_required", []),
        (" \n\t ", "description_required", []),
        ("a" * 9, "description_too_short", ["9", "10"]),
        ("   " + "a" * 9 + "   ", "description_too_short", ["9", "10"]),
        ("roto", "description_too_short", ["4", "10"]),
        ("a" * (MAX_DESCRIPTION + 1), "description_too_long", ["2001", "2000"]),
        ("Producto roto\x00", "description_bad_characters", ["U+0000", "14"]),
    ],
)
def test_a_description_that_cannot_be_stored(text: str, code: str, numbers: list[str]) -> None:
    with pytest.raises(BadIncident) as caught:
        check_description(text)
    assert caught.value.code == code
    for number in numbers:
        assert number in str(caught.value)


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x1b", "\x7f", "\x85", "\x0b", "\x0c", "\ud800"])
def test_control_characters_other_than_newline_and_tab_are_refused(char: str) -> None:
    with pytest.raises(BadIncident) as caught:
        check_description(f"Producto {char} roto")
    assert caught.value.code == "description_bad_characters"
    with pytest.raises(BadIncident) as caught:
        check_answer(f"Recibido{char}.")
    assert caught.value.code == "answer_bad_characters"


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        ("k", "k"),
        ("  Recibido  ", "Recibido"),
        ("a" * MAX_ANSWER, "a" * MAX_ANSWER),
        ("Hola:\r\n\tle llamamos mañana", "Hola:\n\tle llamamos mañana"),
    ],
)
def test_an_answer_may_be_short(text: str, stored: str) -> None:
    assert check_answer(text) == stored


@pytest.mark.parametrize(
    ("text", "code", "numbers"),
    [
        ("", "answer_required", []),
        ("\n \n", "answer_required", []),
        ("a" * (MAX_ANSWER + 1), "answer_too_long", ["4001", "4000"]),
    ],
)
def test_an_answer_that_cannot_be_stored(text: str, code: str, numbers: list[str]) -> None:
    with pytest.raises(BadIncident) as caught:
        check_answer(text)
    assert caught.value.code == code
    for number in numbers:
        assert number in str(caught.value)


# --- Replay -------------------------------------------------------------------------------


def event(minutes: int, status: Status | None, note: str = "", by: str = "sac") -> IncidentEvent:
    return IncidentEvent(T0 + timedelta(minutes=minutes), status, note, by)


def test_no_events_is_open() -> None:
    assert replay([]) == (S.OPEN, [])
    assert current_status([]) == S.OPEN


def test_events_replay_in_time_order_whatever_order_they_arrive_in() -> None:
    taken = event(1, S.IN_PROGRESS)
    asked = event(2, S.WAITING_STORE, "¿Lote del producto?")
    note = event(3, None, "Lote 24B17", by="S001 Ana")
    back = event(4, S.IN_PROGRESS)
    resolved = event(5, S.RESOLVED, "Le enviamos uno nuevo")
    arrived = [note, resolved, taken, back, asked]
    assert replay(arrived) == (S.RESOLVED, [])
    assert current_status(arrived[:2]) == S.RESOLVED  # open -> resolved is allowed
    assert current_status([asked, note]) == S.WAITING_STORE


def test_a_change_that_does_not_apply_at_its_turn_is_ignored_and_returned() -> None:
    closed = [event(1, S.RESOLVED), event(2, S.CLOSED)]
    late = event(3, S.IN_PROGRESS)  # head office worked on an old copy
    again = event(4, S.CLOSED)
    assert replay([*closed, late, again]) == (S.CLOSED, [late, again])
    repeated = event(0, S.IN_PROGRESS)
    assert replay([repeated, event(1, S.IN_PROGRESS)]) == (S.IN_PROGRESS, [event(1, S.IN_PROGRESS)])
    rejected = [event(1, S.REJECTED), event(2, S.IN_PROGRESS), event(3, None, "¿Y mi caso?")]
    assert replay(rejected) == (S.REJECTED, [rejected[1]])


def test_a_resolved_incident_may_be_reopened_and_resolved_again() -> None:
    events = [event(1, S.RESOLVED), event(2, S.IN_PROGRESS), event(3, S.RESOLVED)]
    assert replay(events) == (S.RESOLVED, [])


def test_equal_times_keep_the_order_given() -> None:
    first, second = event(1, S.IN_PROGRESS), event(1, S.REJECTED)
    assert replay([first, second]) == (S.REJECTED, [])
    assert replay([second, first]) == (S.REJECTED, [first])


events_strategy = st.lists(
    st.tuples(st.integers(0, 10_000), st.none() | st.sampled_from(Status)),
    max_size=25,
    unique_by=lambda pair: pair[0],
).map(lambda pairs: [event(minutes, status) for minutes, status in pairs])


@FAST
@given(events=events_strategy, data=st.data())
def test_replay_is_the_same_in_any_arrival_order(
    events: list[IncidentEvent], data: st.DataObject
) -> None:
    shuffled = data.draw(st.permutations(events))
    assert replay(shuffled) == replay(events)
    assert current_status(shuffled) == replay(events)[0]


@FAST
@given(events=events_strategy)
def test_replay_only_takes_allowed_steps_and_ignores_nothing_else(
    events: list[IncidentEvent],
) -> None:
    status, ignored = replay(events)
    walked = S.OPEN
    for e in sorted(events, key=lambda e: e.at):
        if e in ignored:
            assert e.status is not None and e.status not in TRANSITIONS[walked]
        elif e.status is not None:
            check_transition(walked, e.status)
            walked = e.status
    assert walked == status
    assert all(e.status is not None for e in ignored)

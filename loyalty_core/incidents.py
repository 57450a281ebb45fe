"""Customer-service incidents: what a counter may open and how head office moves them on.

A counter opens an incident (from the customer card or a sale line), maybe
offline; head office's customer service assigns it, changes its status and
answers, and those events come back to the tablet. Opening is an
append-only fact made offline, so its reference is unique without asking
the server: store code, device code and the device's own sequence number,
plus a check character because staff read it to customers over the phone.
What happens afterwards is a list of events from both sides, which may
arrive in any order; `replay` turns them into one status, the same on
every machine.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from operator import attrgetter
from types import MappingProxyType
from typing import Any

from loyalty_core.errors import UserFacingError

MAX_DESCRIPTION = 2000
MIN_DESCRIPTION = 10
"""Enough to say what happened: "roto" alone sends customer service back to ask."""
MAX_ANSWER = 4000
MIN_ANSWER = 1
"""An answer or a store note may be short ("Recibido"); it may not be empty."""
MAX_CODE = 16
"""Store and device codes have 1 to 16 characters (the server's columns)."""
MAX_NUMBER = 999_999_999
MAX_REFERENCE = len("INC-") + MAX_CODE + 1 + MAX_CODE + 1 + len(str(MAX_NUMBER)) + 2
"""The longest reference (49 characters): what a column holding one must fit."""


class BadIncident(UserFacingError, ValueError):
    """An incident, answer or status change no counter or customer service may record.

    `code` is stable (the UI translates it); `params` hold the numbers the
    sentence needs (`length`, `limit`...).
    """

    def __init__(self, code: str, message: str, **params: Any) -> None:
        super().__init__(message, **params)
        self.code = code


class BadTransition(BadIncident):
    """A status change the state machine does not allow from the current status."""


class BadReference(BadIncident):
    """Text that is not an incident reference, or one with a character misread."""


class Category(StrEnum):
    PRODUCT_DEFECT = "product_defect"
    ALLERGIC_REACTION = "allergic_reaction"
    SERVICE_COMPLAINT = "service_complaint"
    REQUEST = "request"
    OTHER = "other"


class Priority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


class Status(StrEnum):
    OPEN = "open"
    """Received; nobody at customer service has taken it yet."""
    IN_PROGRESS = "in_progress"
    WAITING_STORE = "waiting_store"
    """Customer service needs something from the store: its review list shows it."""
    WAITING_CUSTOMER = "waiting_customer"
    RESOLVED = "resolved"
    """Answered; it may still be reopened (back to in progress) or closed."""
    CLOSED = "closed"
    REJECTED = "rejected"


_WORKING = frozenset({Status.IN_PROGRESS, Status.WAITING_STORE, Status.WAITING_CUSTOMER})
_ENDINGS = frozenset({Status.RESOLVED, Status.REJECTED})

TRANSITIONS: Mapping[Status, frozenset[Status]] = MappingProxyType(
    {
        Status.OPEN: _WORKING | _ENDINGS,
        Status.IN_PROGRESS: (_WORKING - {Status.IN_PROGRESS}) | _ENDINGS,
        Status.WAITING_STORE: (_WORKING - {Status.WAITING_STORE}) | _ENDINGS,
        Status.WAITING_CUSTOMER: (_WORKING - {Status.WAITING_CUSTOMER}) | _ENDINGS,
        Status.RESOLVED: frozenset({Status.CLOSED, Status.IN_PROGRESS}),
        Status.CLOSED: frozenset(),
        Status.REJECTED: frozenset(),
    }
)
"""Where each status may go. A status never goes to itself: a repeated change is ignored."""


def default_priority(category: Category) -> Priority:
    """Return the priority a new incident of this category starts with."""
    return Priority.HIGH if category == Category.ALLERGIC_REACTION else Priority.NORMAL


def check_priority(category: Category, priority: Priority) -> None:
    """Refuse a priority the category may not have: an allergic reaction is never low."""
    if category == Category.ALLERGIC_REACTION and priority == Priority.LOW:
        raise BadIncident(
            "priority_too_low",
            "an allergic reaction may not have low priority",
            category=str(category),
            priority=str(priority),
        )


def check_transition(current: Status, new: Status) -> None:
    """Refuse a status change the state machine does not allow."""
    if new not in TRANSITIONS[current]:
        raise BadTransition(
            "bad_transition",
            f"an incident cannot go from {current} to {new}",
            current=str(current),
            new=str(new),
        )


def is_open(status: Status) -> bool:
    """Whether someone still has to act on the incident."""
    return status not in {Status.RESOLVED, Status.CLOSED, Status.REJECTED}


def needs_store(status: Status) -> bool:
    """Whether the store's review list shows the incident (customer service waits for it)."""
    return status == Status.WAITING_STORE


# --- References ---------------------------------------------------------------------------

_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_SHAPE = re.compile(
    r"INC[- ]([A-Z0-9]{1,16})[- ]([A-Z0-9]{1,16})[- ]([0-9]{6,9})[- ]([A-Z0-9])", re.ASCII
)


def _times_a(value: int) -> int:
    """Multiply a symbol, read as an element of GF(4) x GF(9), by a = (w, 1 + i)."""
    four, nine = divmod(value, 9)
    high, low = divmod(four, 2)
    four = ((high ^ low) << 1) | high  # times w in GF(4), where w^2 = w + 1
    p, q = nine % 3, nine // 3
    nine = (p - q) % 3 + 3 * ((p + q) % 3)  # times 1 + i in GF(9), where i^2 = -1
    return 9 * four + nine


def _plus(x: int, y: int) -> int:
    (x4, x9), (y4, y9) = divmod(x, 9), divmod(y, 9)
    nine = (x9 % 3 + y9 % 3) % 3 + 3 * ((x9 // 3 + y9 // 3) % 3)
    return 9 * (x4 ^ y4) + nine


# Damm's table: x o y = a*x + y is a totally anti-symmetric quasigroup of order 36.
_DAMM = tuple(tuple(_plus(_times_a(x), y) for y in range(36)) for x in range(36))
_CLOSING = tuple(row.index(0) for row in _DAMM)


def _check_character(store_code: str, device_code: str, digits: str) -> str:
    """Damm's check character over the fields and where the dashes fall.

    Staff read references to customers over the phone, so one misheard
    character or two swapped ones must be caught. Damm's algorithm over a
    totally anti-symmetric quasigroup of order 36 (built as a*x + y over
    GF(4) x GF(9)) catches every single substitution and every adjacent
    transposition of 0-9A-Z, with a check character from the same 36. The
    usual alternatives miss some: ISO 7064 MOD 37,36 gives "901" and "910"
    the same check; MOD 37-2 needs a 37th check symbol ('*'); a mod-23
    letter (the DNI's) cannot tell '0' from 'N'. The codes vary in length,
    so the two dash positions go in first: a dash swapped with its
    neighbour changes one of them and is caught like a substitution.
    """
    interim = 0
    first = len(store_code)
    for value in (first, first + len(device_code)):
        interim = _DAMM[interim][value]
    for char in store_code + device_code + digits:
        interim = _DAMM[interim][_ALPHABET.index(char)]
    return _ALPHABET[_CLOSING[interim]]


@dataclass(frozen=True, slots=True)
class ParsedReference:
    store_code: str
    device_code: str
    number: int

    @property
    def text(self) -> str:
        """The reference as printed."""
        return reference(self.store_code, self.device_code, self.number)


def _is_code(code: str) -> bool:
    return 1 <= len(code) <= MAX_CODE and all(char in _ALPHABET for char in code)


def reference(store_code: str, device_code: str, number: int) -> str:
    """Build the reference of a device's n-th incident: 'INC-S001-02-000123-K'.

    Unique without asking the server, since each device of a store has its
    own code and numbers its own incidents; at least six digits, more past
    999999.
    """
    if not (_is_code(store_code) and _is_code(device_code)):
        raise BadReference(
            "reference_bad_code",
            f"store and device codes have 1 to {MAX_CODE} of A-Z and 0-9: "
            f"{store_code!r}, {device_code!r}",
            limit=MAX_CODE,
        )
    if not 1 <= number <= MAX_NUMBER:
        raise BadReference(
            "reference_bad_number",
            f"incident number {number} is not from 1 to {MAX_NUMBER}",
            limit=MAX_NUMBER,
        )
    digits = f"{number:06d}"
    check = _check_character(store_code, device_code, digits)
    return f"INC-{store_code}-{device_code}-{digits}-{check}"


def parse_reference(text: str) -> ParsedReference:
    """Read a reference as typed: any case, spaces around it, a space instead of a dash.

    Every dash (or space) is required, one between fields: the codes vary in
    length, so without them the fields cannot be told apart, and a typo that
    turned a character into a second dash would otherwise pass unseen.
    """
    cleaned = text.strip().upper()
    match = _SHAPE.fullmatch(cleaned)
    if match is None:
        raise BadReference(
            "reference_bad_format",
            f"{text.strip()!r} is not an incident reference like INC-S001-02-000123-K",
        )
    store_code, device_code, digits, check = match.groups()
    if digits != f"{int(digits):06d}" or int(digits) == 0:
        # one canonical spelling per number, so a moved dash cannot hide in a leading zero
        raise BadReference("reference_bad_format", f"{digits!r} is not an incident number")
    if check != _check_character(store_code, device_code, digits):
        raise BadReference(
            "reference_bad_check",
            f"{cleaned!r} has a wrong character: read it again",
        )
    return ParsedReference(store_code, device_code, int(digits))


# --- Texts --------------------------------------------------------------------------------

_ALLOWED_CONTROLS = frozenset("\n\t")


def _check_text(text: str, *, field: str, minimum: int, maximum: int) -> str:
    cleaned = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not cleaned:
        raise BadIncident(f"{field}_required", f"the {field} is required")
    for position, char in enumerate(cleaned):
        # Cs: a lone surrogate (a bad paste) cannot be encoded to sync it
        if unicodedata.category(char) in {"Cc", "Cs"} and char not in _ALLOWED_CONTROLS:
            raise BadIncident(
                f"{field}_bad_characters",
                f"the {field} has a control character U+{ord(char):04X} at {position + 1}",
                position=position + 1,
            )
    if len(cleaned) < minimum:
        raise BadIncident(
            f"{field}_too_short",
            f"the {field} has {len(cleaned)} characters; at least {minimum}",
            length=len(cleaned),
            limit=minimum,
        )
    if len(cleaned) > maximum:
        raise BadIncident(
            f"{field}_too_long",
            f"the {field} has {len(cleaned)} characters; at most {maximum}",
            length=len(cleaned),
            limit=maximum,
        )
    return cleaned


def check_description(text: str) -> str:
    """Return the incident's description as stored: stripped, Windows line ends made plain.

    Lengths count characters after stripping; newlines and tabs are the only
    control characters kept (a description is read on screens and in mails).
    """
    return _check_text(text, field="description", minimum=MIN_DESCRIPTION, maximum=MAX_DESCRIPTION)


def check_answer(text: str) -> str:
    """Return customer service's answer or the store's note as stored, like a description."""
    return _check_text(text, field="answer", minimum=MIN_ANSWER, maximum=MAX_ANSWER)


# --- Events -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class IncidentEvent:
    at: datetime
    status: Status | None
    """The new status, or None for a note or an answer that changes none."""
    note: str
    by: str


def replay(events: Sequence[IncidentEvent]) -> tuple[Status, list[IncidentEvent]]:
    """Return the status the events lead to from OPEN, and the changes that did not apply.

    Head office's changes and the store's notes arrive in any order, so the
    events are replayed in time order (equal times in the order given) and a
    change the state machine refuses at its turn is skipped, not an error:
    every machine that holds the same events shows the same status. Notes
    always apply; they change no status.
    """
    status = Status.OPEN
    ignored: list[IncidentEvent] = []
    for event in sorted(events, key=attrgetter("at")):
        if event.status is None:
            continue
        if event.status in TRANSITIONS[status]:
            status = event.status
        else:
            ignored.append(event)
    return status, ignored


def current_status(events: Sequence[IncidentEvent]) -> Status:
    """Return the status the events lead to from OPEN (see `replay`)."""
    return replay(events)[0]

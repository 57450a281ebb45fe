"""Sales rung up on the store's other till (TPV), read from its CSV export.

Some stores ring up part of their sales on a separate till. It exports a CSV
with one row per ticket line, and the tablet imports the file so that those
customers earn their points too. This module turns the file into whole
tickets and a list of the rows it refused. Each refused row has its file
line (the header is line 1) and a stable reason code for the report.

- Nothing is half-imported. A ticket with any bad line is refused whole, and
  its good lines are listed as `ticket_rejected`, naming the bad ones.
- Importing a file twice changes nothing. A ticket's sale id is a UUIDv5 of
  the store, till, ticket number and time (`till_sale_id`), so the importer
  knows a sale it already has.
- Money is read as Decimal into integer cents and must add up: each line's
  net to quantity x price - discount, and the lines to the ticket's total.
- Times are the store's local time, turned into aware UTC. A time that never
  happened (the spring DST gap) is refused. A time that happened twice (the
  autumn hour) is taken as the first one (fold=0).
- A row that exactly copies an earlier row of its ticket is a
  `duplicate_line`, unless the ticket's total counts it: a till that writes
  one row per scan repeats rows.
- Returns are not imported from the till in this version: a negative
  quantity is refused as `bad_quantity`. The return is made at the counter,
  which reverses the points that the sale earned.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import re
import tomllib
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from loyalty_core.barcodes import normalise_product_code
from loyalty_core.contact import normalise_phone
from loyalty_core.errors import InvalidPhone
from loyalty_core.ids import SaleId
from loyalty_core.member_card import is_card_number
from loyalty_core.money import format_euros
from loyalty_core.text import fold

DEFAULT_MAPPING_PATH = (
    Path(__file__).resolve().parent.parent / "resources" / "till" / "default_mapping.toml"
)
TILL_SALE_NAMESPACE = uuid.UUID("f485e308-65df-49c8-bc1e-a3c74e1410ae")
"""Never change this: every till sale ever imported has an id derived from it."""
FIELDS = (
    "ticket",
    "fecha",
    "caja",
    "codigo",
    "cantidad",
    "precio",
    "descuento",
    "importe",
    "total",
    "tarjeta",
    "telefono",
    "pago",
)
REQUIRED = frozenset({"ticket", "fecha", "codigo", "cantidad", "precio", "importe", "total"})
ENCODINGS = frozenset({"utf-8", "cp1252", "iso8859-1"})
"""The codecs' own names: 'utf8', 'windows-1252' and 'latin-1' are accepted spellings."""
FUTURE_SLACK = timedelta(minutes=5)
"""How far ahead of our clock the till's clock may be before a time is 'in the future'."""

Payment = Literal["cash", "card"]
PAYMENTS: Mapping[str, Payment] = {"efectivo": "cash", "tarjeta": "card"}
_MAPPING_KEYS = frozenset({"columns", "delimiter", "date_format", "timezone", "encoding"})
_PLAIN_AMOUNT = re.compile(r"[0-9]+(?:[.,][0-9]{1,2})?")
_GROUPED_AMOUNT = re.compile(
    r"[0-9]{1,3}(?:\.[0-9]{3})+,[0-9]{1,2}|[0-9]{1,3}(?:,[0-9]{3})+\.[0-9]{1,2}"
)
_QUANTITY = re.compile(r"[+-]?[0-9]+")


class RejectReason(StrEnum):
    BAD_DATE = "bad_date"
    UNKNOWN_PRODUCT = "unknown_product"
    BAD_QUANTITY = "bad_quantity"
    BAD_PRICE = "bad_price"
    BAD_LINE_TOTAL = "bad_line_total"
    BAD_TICKET_TOTAL = "bad_ticket_total"
    DUPLICATE_LINE = "duplicate_line"
    MISSING_VALUE = "missing_value"
    BAD_PAYMENT = "bad_payment"
    BAD_CARD = "bad_card"
    BAD_PHONE = "bad_phone"
    TICKET_REJECTED = "ticket_rejected"
    BAD_ROW = "bad_row"
    """Not as many fields as the header, or not readable as CSV."""
    EMPTY_FILE = "empty_file"
    MISSING_COLUMN = "missing_column"
    BAD_ENCODING = "bad_encoding"
    """The file is not in the mapping's encoding (refused whole: no guessing)."""


class BadMapping(ValueError):
    """A column mapping no file can be read with; the message says what is wrong."""


@dataclass(frozen=True)
class TillMapping:
    """Which header of the till's export holds each of our fields, and how the file is written."""

    columns: Mapping[str, str]
    delimiter: str = ";"
    date_format: str = "%d/%m/%Y %H:%M"
    timezone: str = "Europe/Madrid"
    encoding: str = "utf-8"
    """A UTF-8 file with a BOM is read as UTF-8 whatever this says: the BOM tells."""

    def __post_init__(self) -> None:
        unknown = sorted(set(self.columns) - set(FIELDS))
        if unknown:
            raise BadMapping(f"unknown field {', '.join(unknown)}; the fields are {FIELDS}")
        missing = [f for f in FIELDS if f in REQUIRED and f not in self.columns]
        if missing:
            raise BadMapping(f"required field {', '.join(missing)} has no column")
        for name, header in self.columns.items():
            if not isinstance(header, str) or not header.strip():
                raise BadMapping(f"field {name}: its column's header must be some text")
        if len({_header_key(h) for h in self.columns.values()}) < len(self.columns):
            raise BadMapping("two fields are read from the same column")
        if len(self.delimiter) != 1 or self.delimiter in '"\r\n':
            raise BadMapping(f"delimiter {self.delimiter!r} is not a single character")
        try:
            ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise BadMapping(f"unknown time zone {self.timezone!r}") from None
        if not _reads_back(self.date_format):
            raise BadMapping(
                f"date_format {self.date_format!r} is not a date and time to the minute"
            )
        if _codec(self.encoding) not in ENCODINGS:
            raise BadMapping(f"encoding {self.encoding!r} is not utf-8, cp1252 or latin-1")
        object.__setattr__(self, "columns", MappingProxyType(dict(self.columns)))


def load_mapping(text: str) -> TillMapping:
    """Read a store's column mapping (TOML); raise BadMapping saying what is wrong."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise BadMapping(f"not TOML: {exc}") from None
    unknown = sorted(set(data) - _MAPPING_KEYS)
    if unknown:
        raise BadMapping(f"unknown setting {', '.join(unknown)}")
    columns = data.get("columns")
    if not isinstance(columns, dict):
        raise BadMapping("no [columns] table")
    options: dict[str, Any] = {k: v for k, v in data.items() if k != "columns"}
    for key, value in options.items():
        if not isinstance(value, str):
            raise BadMapping(f"{key} must be text")
    return TillMapping(columns=columns, **options)


@dataclass(frozen=True, slots=True)
class TillLine:
    file_line: int
    line_no: int
    """Its place in its ticket, from 1, in file order."""
    code: str
    """The catalogue key (barcodes.normalise_product_code of what the till wrote)."""
    quantity: int
    unit_price_cents: int
    discount_cents: int
    net_cents: int


@dataclass(frozen=True, slots=True)
class TillTicket:
    sale_id: SaleId
    ticket: str
    till: str
    """'' when the mapping names no till column (or it is empty)."""
    occurred_at: datetime
    lines: tuple[TillLine, ...]
    total_cents: int
    card_number: str | None
    phone: str | None
    """E.164, as contact.normalise_phone gives it."""
    payment: Payment


@dataclass(frozen=True, slots=True)
class Rejection:
    file_line: int
    code: RejectReason
    detail: str
    """English, for logs and support; the report translates `code`."""


@dataclass(frozen=True, slots=True)
class TillFile:
    tickets: tuple[TillTicket, ...]
    rejections: tuple[Rejection, ...]
    """One per refused row, in file order (a problem with the whole file: one, on line 1)."""
    rows: int
    """Data rows read, blank lines aside."""
    file_sha256: str


def till_sale_id(store_code: str, till: str, ticket: str, occurred_at: datetime) -> SaleId:
    """Return the id of a till's ticket: the same ticket always gets the same id."""
    if occurred_at.tzinfo is None:
        raise ValueError("occurred_at must be aware")
    at = occurred_at.astimezone(UTC).isoformat()
    return SaleId(uuid.uuid5(TILL_SALE_NAMESPACE, "\x1f".join((store_code, till, ticket, at))))


def read_till_export(
    data: bytes,
    *,
    mapping: TillMapping,
    store_code: str,
    known_codes: Callable[[str], bool],
    now: datetime,
) -> TillFile:
    """Read a till's export into whole tickets and the rows refused, each with why."""
    if now.tzinfo is None:
        raise ValueError("now must be aware")
    digest = hashlib.sha256(data).hexdigest()
    try:
        text = _decode(data, mapping.encoding)
    except UnicodeDecodeError as exc:
        at = data.count(b"\n", 0, exc.start) + 1
        detail = f"line {at} is not {mapping.encoding}: set the mapping's encoding (cp1252?)"
        return _whole_file(digest, RejectReason.BAD_ENCODING, detail)
    records = list(_records(text, mapping.delimiter))
    if not records:
        return _whole_file(digest, RejectReason.EMPTY_FILE, "the file is empty")
    try:
        columns = _columns(records[0][1], mapping)
    except _Bad as bad:
        return _whole_file(digest, bad.code, bad.detail, rows=len(records) - 1)
    if len(records) == 1:
        return _whole_file(digest, RejectReason.EMPTY_FILE, "the file has a header and no rows")
    reader = _RowReader(
        mapping=mapping,
        columns=columns,
        width=len(records[0][1] or ()),
        zone=ZoneInfo(mapping.timezone),
        known_codes=known_codes,
        latest=now.astimezone(UTC) + FUTURE_SLACK,
    )
    rows = [reader.read(line, cells) for line, cells in records[1:]]
    tickets, rejections = _tickets(rows, store_code)
    return TillFile(tuple(tickets), tuple(rejections), len(rows), digest)


class _Bad(Exception):
    def __init__(self, code: RejectReason, detail: str) -> None:
        super().__init__(detail)
        self.code = code
        self.detail = detail


@dataclass(frozen=True, slots=True)
class _Values:
    occurred_at: datetime
    code: str
    quantity: int
    unit_price_cents: int
    discount_cents: int
    net_cents: int
    total_cents: int
    card: str | None
    phone: str | None
    payment: Payment | None
    """None when blank: some tills fill the ticket's customer and payment on one line only."""


@dataclass(frozen=True, slots=True)
class _Row:
    file_line: int
    key: tuple[str, str] | None
    """(till, ticket); None when the ticket cannot be told, so the row stands alone."""
    cells: tuple[str, ...]
    values: _Values | None = None
    problem: tuple[RejectReason, str] | None = None


@dataclass(frozen=True, slots=True)
class _RowReader:
    mapping: TillMapping
    columns: Mapping[str, int]
    width: int
    zone: ZoneInfo
    known_codes: Callable[[str], bool]
    latest: datetime

    def read(self, file_line: int, cells: Sequence[str] | None) -> _Row:
        if cells is None:
            return _Row(file_line, None, (), problem=(RejectReason.BAD_ROW, "not readable as CSV"))
        key, stripped = self._key(cells), tuple(c.strip() for c in cells)
        if len(cells) != self.width:
            detail = f"{len(cells)} fields where the header has {self.width}"
            return _Row(file_line, key, stripped, problem=(RejectReason.BAD_ROW, detail))
        try:
            return _Row(file_line, key, stripped, values=self._values(stripped))
        except _Bad as bad:
            return _Row(file_line, key, stripped, problem=(bad.code, bad.detail))

    def _key(self, cells: Sequence[str]) -> tuple[str, str] | None:
        at = self.columns["ticket"]
        till_at = self.columns.get("caja")
        if at >= len(cells) or not cells[at].strip():
            return None
        if till_at is not None and till_at >= len(cells):
            return None
        return (cells[till_at].strip() if till_at is not None else "", cells[at].strip())

    def _values(self, cells: Sequence[str]) -> _Values:
        self._required(cells, "ticket")
        occurred_at = self._date(self._required(cells, "fecha"))
        code = normalise_product_code(self._required(cells, "codigo"))
        if not self.known_codes(code):
            raise _Bad(RejectReason.UNKNOWN_PRODUCT, f"no product with code {code!r}")
        quantity = _quantity(self._required(cells, "cantidad"))
        price = _cents("precio", self._required(cells, "precio"))
        discount = _cents("descuento", self._cell(cells, "descuento") or "0")
        net = _cents("importe", self._required(cells, "importe"))
        total = _cents("total", self._required(cells, "total"))
        _check_line(quantity, price, discount, net)
        card = _card(self._cell(cells, "tarjeta"))
        phone = _phone(self._cell(cells, "telefono"))
        payment = _payment(self._cell(cells, "pago"))
        return _Values(
            occurred_at, code, quantity, price, discount, net, total, card, phone, payment
        )

    def _cell(self, cells: Sequence[str], name: str) -> str:
        return cells[self.columns[name]] if name in self.columns else ""

    def _required(self, cells: Sequence[str], name: str) -> str:
        value = self._cell(cells, name)
        if not value:
            header = self.mapping.columns[name]
            raise _Bad(RejectReason.MISSING_VALUE, f"no {name} (column {header!r} is empty)")
        return value

    def _date(self, text: str) -> datetime:
        try:
            parsed = datetime.strptime(text, self.mapping.date_format)
        except ValueError:
            detail = f"{text!r} is not a date written {self.mapping.date_format}"
            raise _Bad(RejectReason.BAD_DATE, detail) from None
        if parsed.tzinfo is not None:
            at = parsed.astimezone(UTC)
        else:
            # fold=0: of the autumn hour that happens twice, the first (summer time).
            at = parsed.replace(tzinfo=self.zone).astimezone(UTC)
            if at.astimezone(self.zone).replace(tzinfo=None) != parsed:
                detail = f"{text!r} never happened in {self.zone.key}: clocks went forward"
                raise _Bad(RejectReason.BAD_DATE, detail)
        if at > self.latest:
            raise _Bad(RejectReason.BAD_DATE, f"{text!r} is in the future")
        return at


def _quantity(text: str) -> int:
    if not _QUANTITY.fullmatch(text):
        raise _Bad(RejectReason.BAD_QUANTITY, f"quantity {text!r} is not a whole number")
    quantity = int(text)
    if quantity < 0:
        raise _Bad(RejectReason.BAD_QUANTITY, f"quantity {quantity}: returns are not imported")
    if quantity == 0:
        raise _Bad(RejectReason.BAD_QUANTITY, "quantity 0")
    return quantity


def _cents(name: str, text: str) -> int:
    """Euros as the till writes them ('12,95', '12.95', '1.234,50') in cents.

    Stricter than money.parse_euros, on purpose: a machine wrote this, so
    '12,950' or '1.000' is a misconfigured export, not an amount to guess at.
    """
    if _PLAIN_AMOUNT.fullmatch(text):
        number = text.replace(",", ".")
    elif _GROUPED_AMOUNT.fullmatch(text):
        mark = "," if text.rfind(",") > text.rfind(".") else "."
        number = text.replace("." if mark == "," else ",", "").replace(mark, ".")
    else:
        raise _Bad(RejectReason.BAD_PRICE, f"{name} {text!r} is not an amount in euros")
    return int(Decimal(number) * 100)


def _check_line(quantity: int, price: int, discount: int, net: int) -> None:
    gross = quantity * price
    if discount > gross:
        detail = f"discount {format_euros(discount)} is more than the line, {format_euros(gross)}"
        raise _Bad(RejectReason.BAD_LINE_TOTAL, detail)
    if gross - discount != net:
        detail = (
            f"{quantity} x {format_euros(price)} - {format_euros(discount)}"
            f" is {format_euros(gross - discount)}, not {format_euros(net)}"
        )
        raise _Bad(RejectReason.BAD_LINE_TOTAL, detail)


def _card(text: str) -> str | None:
    if not text:
        return None
    card = "".join(text.split())
    if not is_card_number(card):
        detail = f"{text!r} is not a member card (13 digits starting 29, with a check digit)"
        raise _Bad(RejectReason.BAD_CARD, detail)
    return card


def _phone(text: str) -> str | None:
    if not text:
        return None
    try:
        return normalise_phone(text)
    except InvalidPhone:
        raise _Bad(RejectReason.BAD_PHONE, f"{text!r} is not a phone number") from None


def _payment(text: str) -> Payment | None:
    if not text:
        return None
    payment = PAYMENTS.get(fold(text))
    if payment is None:
        raise _Bad(RejectReason.BAD_PAYMENT, f"payment {text!r} is not {' or '.join(PAYMENTS)}")
    return payment


def _tickets(rows: Sequence[_Row], store_code: str) -> tuple[list[TillTicket], list[Rejection]]:
    groups: dict[tuple[str, str], list[_Row]] = {}
    rejections = []
    for row in rows:
        if row.key is None:
            code, detail = row.problem or (RejectReason.BAD_ROW, "no ticket")
            rejections.append(Rejection(row.file_line, code, detail))
        else:
            groups.setdefault(row.key, []).append(row)
    tickets = []
    for key, group in groups.items():
        ticket, refused = _ticket(key, group, store_code)
        if ticket is not None:
            tickets.append(ticket)
        rejections.extend(refused)
    return tickets, sorted(rejections, key=lambda r: r.file_line)


def _ticket(
    key: tuple[str, str], rows: list[_Row], store_code: str
) -> tuple[TillTicket | None, list[Rejection]]:
    """One ticket, whole or not at all (its exact copies of rows apart)."""
    originals: dict[tuple[str, ...], int] = {}
    firsts, copies = [], []
    for row in rows:
        if row.cells in originals:
            copies.append(row)
        else:
            originals[row.cells] = row.file_line
            firsts.append(row)
    problems = {r.file_line: r.problem for r in firsts if r.problem is not None}
    if not problems:
        problems = _disagreements(firsts)
    kept = firsts
    if not problems:
        kept, problem = _count_copies(firsts, copies)
        if problem is not None:
            problems[firsts[0].file_line] = problem
    refused = [
        Rejection(c.file_line, RejectReason.DUPLICATE_LINE, f"same as line {originals[c.cells]}")
        for c in copies
        if c not in kept
    ]
    if problems:
        return None, _refuse(key[1], firsts, problems) + refused
    return _build(key, kept, store_code), refused


def _values_of(rows: Sequence[_Row]) -> list[_Values]:
    values = [r.values for r in rows if r.values is not None]
    assert len(values) == len(rows), "a row with a problem was taken as good"
    return values


_TICKET_WIDE = (
    ("occurred_at", RejectReason.BAD_DATE, "date"),
    ("total_cents", RejectReason.BAD_TICKET_TOTAL, "total"),
    ("card", RejectReason.BAD_CARD, "card"),
    ("phone", RejectReason.BAD_PHONE, "phone"),
    ("payment", RejectReason.BAD_PAYMENT, "payment"),
)


def _disagreements(rows: Sequence[_Row]) -> dict[int, tuple[RejectReason, str]]:
    """The lines whose date, total, customer or payment differ from an earlier line's."""
    problems: dict[int, tuple[RejectReason, str]] = {}
    seen: dict[str, tuple[object, int]] = {}
    for row, values in zip(rows, _values_of(rows), strict=True):
        for attr, code, name in _TICKET_WIDE:
            value = getattr(values, attr)
            if value is None:
                continue
            first, first_line = seen.setdefault(attr, (value, row.file_line))
            if value != first:
                problems[row.file_line] = (
                    code,
                    f"the ticket's {name} differs from line {first_line}",
                )
                break
    return problems


def _count_copies(
    firsts: list[_Row], copies: list[_Row]
) -> tuple[list[_Row], tuple[RejectReason, str] | None]:
    """Which rows the ticket's total counts: the copies are lines only if it counts them too."""
    total = _values_of(firsts)[0].total_cents
    nets = sum(v.net_cents for v in _values_of(firsts))
    if nets == total:
        return firsts, None
    if copies and nets + sum(v.net_cents for v in _values_of(copies)) == total:
        return sorted(firsts + copies, key=lambda r: r.file_line), None
    detail = (
        f"the ticket's total is {format_euros(total)}, its lines add up to {format_euros(nets)}"
    )
    return firsts, (RejectReason.BAD_TICKET_TOTAL, detail)


def _refuse(
    ticket: str, rows: Sequence[_Row], problems: Mapping[int, tuple[RejectReason, str]]
) -> list[Rejection]:
    bad = ", ".join(str(line) for line in sorted(problems))
    because = f"ticket {ticket} refused whole: see line{'s' if len(problems) > 1 else ''} {bad}"
    return [
        Rejection(r.file_line, *problems.get(r.file_line, (RejectReason.TICKET_REJECTED, because)))
        for r in rows
    ]


def _build(key: tuple[str, str], rows: Sequence[_Row], store_code: str) -> TillTicket:
    till, number = key
    values = _values_of(rows)
    lines = tuple(
        TillLine(
            r.file_line, i, v.code, v.quantity, v.unit_price_cents, v.discount_cents, v.net_cents
        )
        for i, (r, v) in enumerate(zip(rows, values, strict=True), start=1)
    )
    occurred_at = values[0].occurred_at
    return TillTicket(
        sale_id=till_sale_id(store_code, till, number, occurred_at),
        ticket=number,
        till=till,
        occurred_at=occurred_at,
        lines=lines,
        total_cents=values[0].total_cents,
        card_number=next((v.card for v in values if v.card), None),
        phone=next((v.phone for v in values if v.phone), None),
        payment=next((v.payment for v in values if v.payment), "card"),
    )


def _decode(data: bytes, encoding: str) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8")
    return data.decode(encoding)


def _records(text: str, delimiter: str) -> Iterator[tuple[int, list[str] | None]]:
    """Each non-blank record with the file line it starts on (None: not readable as CSV)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    start = 1
    while True:
        try:
            cells: list[str] | None = next(reader)
        except StopIteration:
            return
        except csv.Error:
            cells = None
        if cells is None or any(c.strip() for c in cells):
            yield start, cells
        start = reader.line_num + 1


def _columns(header: Sequence[str] | None, mapping: TillMapping) -> dict[str, int]:
    """Where each mapped field is in the file; headers match whatever their case and accents."""
    if header is None:
        raise _Bad(RejectReason.MISSING_COLUMN, "the header is not readable as CSV")
    found: dict[str, list[int]] = {}
    for i, name in enumerate(header):
        found.setdefault(_header_key(name), []).append(i)
    columns, missing = {}, []
    for name, title in mapping.columns.items():
        where = found.get(_header_key(title), [])
        if len(where) > 1:
            raise _Bad(RejectReason.MISSING_COLUMN, f"column {title!r} is in the header twice")
        if where:
            columns[name] = where[0]
        elif name in REQUIRED:
            missing.append(repr(title))
    if missing:
        hint = f" (one column: is the delimiter {mapping.delimiter!r}?)" if len(header) == 1 else ""
        raise _Bad(RejectReason.MISSING_COLUMN, f"no column {', '.join(missing)}{hint}")
    return columns


def _header_key(title: str) -> str:
    return fold(title.strip())


def _reads_back(date_format: str) -> bool:
    sample = datetime(2026, 12, 31, 23, 59, tzinfo=UTC)
    try:
        parsed = datetime.strptime(sample.strftime(date_format), date_format)
    except ValueError:
        return False
    return parsed.replace(tzinfo=None) == sample.replace(tzinfo=None)


def _codec(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return ""


def _whole_file(digest: str, code: RejectReason, detail: str, rows: int = 0) -> TillFile:
    return TillFile((), (Rejection(1, code, detail),), rows, digest)

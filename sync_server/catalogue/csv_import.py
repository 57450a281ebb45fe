"""Read the ERP's catalogue export (CSV) into validated rows and per-line rejections.

Pure: bytes in, rows out, no database. Files come from Spanish ERPs and Excel,
so the encoding (UTF-8 with or without BOM, else Windows-1252), the delimiter
(';', ',' or tab) and Spanish column names are all accepted. A bad row never
stops the import: it becomes a `Rejection` with its physical line number so
the admin can find it in the file; only an unreadable header stops it.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from dataclasses import dataclass, field

from loyalty_core.barcodes import classify_code, gtin_check_digit, normalise_product_code
from loyalty_core.errors import InvalidAmount, InvalidCheckDigit, UserFacingError
from loyalty_core.money import VAT_RATES, parse_euros
from loyalty_core.text import fold

MAX_PRICE_CENTS = 9_999_999
MAX_POINTS = 10_000
MAX_TAGS = 12
MAX_DURATION_DAYS = 730
_IDENTIFIER = re.compile(r"[a-z][a-z0-9_]{0,31}")
ALLOWED_VAT = (0, *sorted(VAT_RATES))
# Column widths of the product table (server and tablets), so an imported row always fits.
MAX_LENGTH = {"code": 32, "name": 160, "brand": 80, "category": 80, "size": 40}

ALIASES: dict[str, tuple[str, ...]] = {
    "code": ("code", "codigo", "ean"),
    "name": ("name", "nombre", "descripcion"),
    "brand": ("brand", "marca"),
    "category": ("category", "categoria", "familia"),
    "size": ("size", "tamano", "formato"),
    "price": ("price", "pvp", "precio"),
    "vat": ("vat", "iva"),
    "points": ("points", "puntos"),
    "active": ("active", "activo"),
    "kind": ("kind", "type", "tipo"),
    "tags": ("tags", "atributos", "etiquetas"),
    "duration_days": ("duration_days", "duracion", "duracion_dias", "dias"),
}
"""Accepted header names per field, folded (lower case, no accents: 'Código' is 'codigo')."""

REQUIRED = ("code", "name", "brand", "category", "price", "vat")
_BY_ALIAS = {alias: name for name, aliases in ALIASES.items() for alias in aliases}
_DELIMITERS = (";", "\t", ",")
_YES = frozenset({"1", "si", "s", "true", "yes", "y", "verdadero"})
_NO = frozenset({"0", "no", "n", "false", "falso"})
_VAT = re.compile(r"([0-9]{1,2})(?:[.,]0{1,2})?\s*%?")
# What Excel makes of a long numeric code it was not told is text: '8,48001E+12'.
_SCIENTIFIC = re.compile(r"[0-9]+(?:[.,][0-9]+)?[eE]\+[0-9]+")
_TOO_MANY_DECIMALS = re.compile(r"[^.,]*[0-9][.,][0-9]{3,}\s*€?\s*")


class CatalogueFormatError(UserFacingError, ValueError):
    """The file as a whole cannot be read (empty, undecodable, header unusable)."""

    code = "catalogue_format"


@dataclass(frozen=True)
class CatalogueRow:
    code: str
    code_kind: str
    name: str
    brand: str
    category: str
    size: str
    price_cents: int
    vat_rate: int
    points_per_unit: int
    active: bool
    line: int
    kind: str = ""
    tags: list[str] = field(default_factory=list)
    duration_days: int | None = None


@dataclass(frozen=True)
class Rejection:
    line: int
    code: str | None
    reason: str


@dataclass(frozen=True)
class ParsedCatalogue:
    """Good rows and rejections, both in file order.

    `columns` are the fields the header provided, in file order, so the
    importer can tell an absent optional column (keep what the store has)
    from a present one; `ignored_columns` are header names it did not know.
    """

    rows: list[CatalogueRow]
    rejections: list[Rejection]
    columns: list[str]
    ignored_columns: list[str] = field(default_factory=list)


class _Bad(Exception):
    """One row's first problem, as the sentence the admin reads."""


def parse_catalogue(data: bytes) -> ParsedCatalogue:
    """Parse and validate a catalogue export; reject bad rows by physical line number."""
    text = _decode(data)
    records = [r for r in _records(text, _detect_delimiter(text)) if not _blank(r[2])]
    if not records:
        raise CatalogueFormatError("the file is empty")
    header = records[0][2]
    index, ignored = _map_header(header)
    rows: list[CatalogueRow] = []
    rejections: list[Rejection] = []
    first_line: dict[str, int] = {}  # catalogue key -> line of its first good row
    for line, end, raw in records[1:]:
        fields = [f.strip() for f in raw]
        code = fields[index["code"]] if index["code"] < len(fields) else ""
        try:
            row = _row(fields, index, width=len(header), line=line, end=end)
            if row.code in first_line:
                raise _Bad(f"code '{code}' already appears on line {first_line[row.code]}")
        except _Bad as bad:
            rejections.append(Rejection(line=line, code=code or None, reason=str(bad)))
            continue
        first_line[row.code] = line
        rows.append(row)
    columns = sorted(index, key=index.__getitem__)
    return ParsedCatalogue(
        rows=rows, rejections=rejections, columns=columns, ignored_columns=ignored
    )


def _decode(data: bytes) -> str:
    """Decode UTF-8 (BOM or not), else Windows-1252, which Excel on Windows writes as 'CSV'."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # Excel's "Unicode text"
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.removeprefix(codecs.BOM_UTF8).decode("cp1252")
    except UnicodeDecodeError as exc:
        message = f"the file is neither UTF-8 nor Windows-1252 (byte {exc.start + 1})"
        raise CatalogueFormatError(message) from None


def _detect_delimiter(text: str) -> str:
    """Pick the delimiter under which the first non-blank line names the most known columns."""
    first = next((ln for ln in io.StringIO(text, newline="") if ln.strip()), "")

    def score(delimiter: str) -> tuple[int, int]:
        names = next(csv.reader([first], delimiter=delimiter), [])
        return sum(fold(n.strip()) in _BY_ALIAS for n in names), len(names)

    return max(_DELIMITERS, key=score)


def _records(text: str, delimiter: str) -> list[tuple[int, int, list[str]]]:
    """Read every record with the physical lines it starts and ends on.

    A quoted field may hold newlines, so a record's first line is one past
    where the previous record ended, not a count of records.
    """
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    out: list[tuple[int, int, list[str]]] = []
    end = 0
    while True:
        start = end + 1
        try:
            fields = next(reader)
        except StopIteration:
            return out
        except csv.Error as exc:
            message = f"line {start}: cannot read the CSV ({exc}); an unclosed quote?"
            raise CatalogueFormatError(message) from None
        end = reader.line_num
        out.append((start, end, fields))


def _blank(fields: list[str]) -> bool:
    """True for an empty line, or one of only delimiters as spreadsheets leave at the end."""
    return all(not f.strip() for f in fields)


def _map_header(header: list[str]) -> tuple[dict[str, int], list[str]]:
    """Map each known field to its column; refuse a header missing or repeating a field."""
    index: dict[str, int] = {}
    ignored: list[str] = []
    for i, raw in enumerate(header):
        name = _BY_ALIAS.get(fold(raw.strip()))
        if name is None:
            if raw.strip():
                ignored.append(raw.strip())
        elif name in index:
            first = header[index[name]].strip()
            raise CatalogueFormatError(
                f"columns '{first}' and '{raw.strip()}' both give the {name}; keep one"
            )
        else:
            index[name] = i
    missing = [name for name in REQUIRED if name not in index]
    if missing:
        wanted = "; ".join(f"{name} ({' or '.join(ALIASES[name])})" for name in missing)
        found = ", ".join(h.strip() for h in header)
        raise CatalogueFormatError(f"missing columns: {wanted}. The header reads: {found}")
    return index, ignored


def _row(
    fields: list[str], index: dict[str, int], *, width: int, line: int, end: int
) -> CatalogueRow:
    """Validate one record; raise _Bad with its first problem."""
    # Trailing empty fields carry no data (a stray ';' at the end of a line).
    if len(fields) != width and not (len(fields) > width and _blank(fields[width:])):
        hint = f"; it runs to line {end}: an unclosed quote?" if end > line else ""
        raise _Bad(f"has {len(fields)} fields, the header has {width}{hint}")

    def get(name: str) -> str:
        return fields[index[name]] if name in index else ""

    code, kind = _code(get("code"))
    name = _text("name", get("name"))
    if not name:
        raise _Bad("name is empty")
    return CatalogueRow(
        code=code,
        code_kind=kind,
        name=name,
        brand=_text("brand", get("brand")),
        category=_text("category", get("category")),
        size=_text("size", get("size")),
        price_cents=_price(get("price")),
        vat_rate=_vat(get("vat")),
        points_per_unit=_points(get("points")),
        active=_active(get("active")),
        line=line,
        kind=_kind(get("kind")),
        tags=_tags(get("tags")),
        duration_days=_duration(get("duration_days")),
    )


def _code(raw: str) -> tuple[str, str]:
    """Return the catalogue key and its CodeKind value; refuse codes a scan would never match."""
    if not raw:
        raise _Bad("code is empty")
    if _SCIENTIFIC.fullmatch(raw):
        raise _Bad(f"code '{raw}' was turned into a number by a spreadsheet; export it as text")
    if len(raw) > MAX_LENGTH["code"]:
        raise _Bad(f"code '{raw}' is longer than {MAX_LENGTH['code']} characters")
    try:
        classify_code(raw)
    except InvalidCheckDigit:
        expected = gtin_check_digit(raw[:-1])
        raise _Bad(f"code '{raw}' has a wrong check digit (it should end in {expected})") from None
    key = normalise_product_code(raw)
    return key, classify_code(key).value


def _text(name: str, value: str) -> str:
    """Return a text field on one line, refusing one too long for the product table."""
    value = " ".join(value.split())  # a newline from a quoted cell would break the receipt
    limit = MAX_LENGTH[name]
    if len(value) > limit:
        raise _Bad(f"{name} is {len(value)} characters long, at most {limit}: '{value[:40]}…'")
    return value


def _price(raw: str) -> int:
    """Parse a VAT-inclusive price in euros into cents."""
    if not raw:
        raise _Bad("price is empty")
    if raw.lstrip("€ ").startswith("-"):
        raise _Bad(f"price '{raw}' is negative")
    try:
        cents = parse_euros(raw)
    except InvalidAmount:
        if _TOO_MANY_DECIMALS.fullmatch(raw):
            raise _Bad(f"price '{raw}' has more than two decimals") from None
        raise _Bad(f"price '{raw}' is not an amount in euros") from None
    if cents > MAX_PRICE_CENTS:
        raise _Bad(f"price '{raw}' is more than 99.999,99 €")
    return cents


def _vat(raw: str) -> int:
    """Parse a Spanish VAT rate: '21', '21%', '21,00'."""
    if not raw:
        raise _Bad("VAT is empty")
    match = _VAT.fullmatch(raw)
    if match is None or int(match[1]) not in ALLOWED_VAT:
        rates = ", ".join(str(r) for r in ALLOWED_VAT)
        raise _Bad(f"VAT '{raw}' is not one of {rates}")
    return int(match[1])


def _points(raw: str) -> int:
    """Parse points per unit; an empty cell earns none."""
    if not raw:
        return 0
    if not (raw.isascii() and raw.isdigit()) or int(raw) > MAX_POINTS:
        raise _Bad(f"points '{raw}' is not a whole number from 0 to {MAX_POINTS}")
    return int(raw)


def _kind(raw: str) -> str:
    """The product type the care guide knows ('serum', 'Sérum' folds to 'serum')."""
    value = fold(raw).replace(" ", "_").replace("-", "_")
    if value and not _IDENTIFIER.fullmatch(value):
        raise _Bad(f"type '{raw}' is not a word of letters and '_' of up to 32")
    return value


def _tags(raw: str) -> list[str]:
    """Attributes separated by '|', ',' or spaces: 'vegan|fragrance_free'."""
    tags = []
    for part in re.split(r"[|,\s]+", fold(raw)):
        part = part.replace("-", "_")  # 'fragrance-free' as typed in a spreadsheet
        if not part:
            continue
        if not _IDENTIFIER.fullmatch(part):
            raise _Bad(f"attribute '{part}' is not a word of letters and '_' of up to 32")
        if part not in tags:
            tags.append(part)
    if len(tags) > MAX_TAGS:
        raise _Bad(f"{len(tags)} attributes, at most {MAX_TAGS}")
    return sorted(tags)


def _duration(raw: str) -> int | None:
    """Days one pack lasts, when the ERP knows better than the guide; empty: the guide's."""
    if not raw:
        return None
    if not (raw.isascii() and raw.isdigit()) or not 1 <= int(raw) <= MAX_DURATION_DAYS:
        raise _Bad(f"duration '{raw}' is not a whole number of days from 1 to {MAX_DURATION_DAYS}")
    return int(raw)


def _active(raw: str) -> bool:
    """Parse the on-sale flag the ways ERPs and Spanish Excel write it; empty means on sale."""
    value = fold(raw)
    if not value or value in _YES:
        return True
    if value in _NO:
        return False
    raise _Bad(f"active '{raw}' is not yes or no (1/0, sí/no, s/n, true/false)")

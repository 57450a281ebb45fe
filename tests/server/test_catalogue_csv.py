"""The ERP catalogue export: encodings, delimiters, aliases, and every rejection by line."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from loyalty_core.barcodes import with_check_digit
from sync_server.catalogue.csv_import import (
    CatalogueFormatError,
    CatalogueRow,
    Rejection,
    parse_catalogue,
)

EAN = [with_check_digit(f"84370000{n:04d}") for n in range(1, 20)]  # valid Spanish EAN-13s
HEADER = ["code", "name", "brand", "category", "size", "price", "vat", "points", "active"]
GOOD = {
    "code": EAN[0],
    "name": "Crema hidratante",
    "brand": "Lumière",
    "category": "Facial",
    "size": "50 ml",
    "price": "34,95",
    "vat": "21",
    "points": "35",
    "active": "si",
}
EXAMPLE = Path(__file__).resolve().parents[2] / "sync_server/catalogue/example_erp_export.csv"


def line(sep: str = ";", **values: str) -> str:
    """One data line: GOOD with `values` replacing some fields."""
    return sep.join({**GOOD, **values}[name] for name in HEADER)


def csv_file(*lines: str, header: str = ";".join(HEADER)) -> bytes:
    return "\n".join([header, *lines, ""]).encode()


def row(**values: object) -> CatalogueRow:
    """The CatalogueRow that GOOD parses into, with `values` replacing some fields."""
    base: dict[str, object] = {
        "code": EAN[0],
        "code_kind": "ean13",
        "name": "Crema hidratante",
        "brand": "Lumière",
        "category": "Facial",
        "size": "50 ml",
        "price_cents": 3495,
        "vat_rate": 21,
        "points_per_unit": 35,
        "active": True,
        "line": 2,
    }
    return CatalogueRow(**{**base, **values})  # type: ignore[arg-type]


# --- header: aliases, optional columns, missing columns ----------------------------------


@pytest.mark.parametrize(
    ("field", "alias"),
    [
        ("code", "Code"),
        ("code", "codigo"),
        ("code", "Código"),
        ("code", "EAN"),
        ("name", "NAME"),
        ("name", "nombre"),
        ("name", "descripcion"),
        ("name", "Descripción"),
        ("brand", "Brand"),
        ("brand", "Marca"),
        ("category", "Category"),
        ("category", "categoria"),
        ("category", "CATEGORÍA"),
        ("category", "Familia"),
        ("size", "Size"),
        ("size", "Tamaño"),
        ("size", "formato"),
        ("price", "Price"),
        ("price", "PVP"),
        ("price", "precio"),
        ("vat", "VAT"),
        ("vat", "IVA"),
        ("points", "Points"),
        ("points", "puntos"),
        ("active", "ACTIVE"),
        ("active", "Activo"),
        ("code", " codigo "),
    ],
)
def test_each_header_alias_names_its_field(field: str, alias: str) -> None:
    header = ";".join(alias if name == field else name for name in HEADER)
    parsed = parse_catalogue(csv_file(line(), header=header))
    assert parsed.rows == [row()]
    assert parsed.columns == HEADER
    assert parsed.rejections == []


def test_a_spanish_erp_header() -> None:
    header = "Código;Descripción;Marca;Familia;Formato;PVP;IVA;Puntos;Activo"
    assert parse_catalogue(csv_file(line(), header=header)).rows == [row()]


def test_optional_columns_default_and_unknown_columns_are_listed() -> None:
    header = "stock;codigo;nombre;marca;familia;pvp;iva;coste"
    data = csv_file(f"7;{EAN[0]};Crema hidratante;Lumière;Facial;34,95;21;12,00", header=header)
    parsed = parse_catalogue(data)
    assert parsed.rows == [row(size="", points_per_unit=0)]
    assert parsed.columns == ["code", "name", "brand", "category", "price", "vat"]
    assert parsed.ignored_columns == ["stock", "coste"]


@pytest.mark.parametrize("missing", ["code", "name", "brand", "category", "price", "vat"])
def test_a_missing_required_column_is_named(missing: str) -> None:
    header = ";".join(name for name in HEADER if name != missing)
    with pytest.raises(CatalogueFormatError, match=f"missing columns: {missing} "):
        parse_catalogue(csv_file(header=header))


def test_all_missing_columns_are_named_with_their_aliases() -> None:
    with pytest.raises(CatalogueFormatError) as exc:
        parse_catalogue(b"codigo;nombre;marca;familia\n")
    assert "price (price or pvp or precio); vat (vat or iva)" in str(exc.value)
    assert isinstance(exc.value, ValueError)


def test_two_columns_for_one_field_are_refused() -> None:
    header = ";".join([*HEADER, "ean"])
    with pytest.raises(CatalogueFormatError, match="'code' and 'ean' both give the code"):
        parse_catalogue(csv_file(header=header))


@pytest.mark.parametrize("data", [b"", codecs.BOM_UTF8, b"\n\n", b" \r\n;;;\r\n"])
def test_an_empty_file_is_refused(data: bytes) -> None:
    with pytest.raises(CatalogueFormatError, match="empty"):
        parse_catalogue(data)


def test_a_file_that_is_neither_utf8_nor_cp1252_is_refused() -> None:
    with pytest.raises(CatalogueFormatError, match="neither UTF-8 nor Windows-1252"):
        parse_catalogue(";".join(HEADER).encode() + b"\n\x81\x8d\x90\n")


# --- encodings and delimiters --------------------------------------------------------------


@pytest.mark.parametrize(
    ("sep", "price"),
    [(";", "34,95"), ("\t", "34,95"), (",", '"34,95"'), (",", "34.95")],
)
def test_each_delimiter_is_detected(sep: str, price: str) -> None:
    data = "\n".join(
        [sep.join(HEADER), line(sep, price=price), line(sep, code=EAN[1], price=price)]
    )
    parsed = parse_catalogue(data.encode())
    assert parsed.rows == [row(), row(code=EAN[1], line=3)]


@pytest.mark.parametrize(
    "encode",
    [
        lambda text: text.encode("utf-8"),
        lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),
        lambda text: text.encode("cp1252"),
        lambda text: text.encode("utf-16"),  # Excel's "Unicode text", with its BOM
    ],
    ids=["utf-8", "utf-8 with BOM", "cp1252", "utf-16"],
)
def test_each_encoding_is_read(encode: object) -> None:
    text = "\r\n".join(
        [
            "Código;Nombre;Marca;Familia;PVP;IVA",
            f"{EAN[0]};Crème solaire;Solaria;Solares;€ 5;21",
            "",
        ]
    )
    parsed = parse_catalogue(encode(text))  # type: ignore[operator]
    assert parsed.rejections == []
    assert [(r.name, r.price_cents, r.line) for r in parsed.rows] == [("Crème solaire", 500, 2)]


def test_quoted_fields_keep_delimiters_and_newlines_and_lines_stay_physical() -> None:
    data = csv_file(
        line(name='"Crema; hidratante\nde noche"'),
        line(code=EAN[1], price="12,3x"),
        line(code=EAN[2]),
    )
    parsed = parse_catalogue(data)
    assert parsed.rows == [row(name="Crema; hidratante de noche"), row(code=EAN[2], line=5)]
    assert parsed.rejections == [
        Rejection(line=4, code=EAN[1], reason="price '12,3x' is not an amount in euros")
    ]


def test_blank_lines_are_skipped_and_lines_stay_physical() -> None:
    data = "\r\n".join(
        ["", ";".join(HEADER), "", line(), "   ", ";;;;;;;;", line(code=EAN[1]), "", ""]
    )
    parsed = parse_catalogue(data.encode())
    assert parsed.rejections == []
    assert [r.line for r in parsed.rows] == [4, 7]


def test_whitespace_around_fields_is_trimmed() -> None:
    padded = ";".join(f"  {GOOD[name]}\t" for name in HEADER)
    assert parse_catalogue(csv_file(padded)).rows == [row()]


def test_trailing_empty_fields_are_tolerated() -> None:
    assert parse_catalogue(csv_file(line() + ";;")).rows == [row()]


# --- values that are accepted ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("price", "cents"),
    [
        ("34,95", 3495),
        ("34.95", 3495),
        ("34,9", 3490),
        ("1.234,50", 123450),
        ("€ 5", 500),
        ("5 €", 500),
        ("0", 0),
        ("0,00", 0),
        ("99.999,99", 9_999_999),
    ],
)
def test_prices(price: str, cents: int) -> None:
    assert parse_catalogue(csv_file(line(price=price))).rows == [row(price_cents=cents)]


@pytest.mark.parametrize(
    ("vat", "rate"),
    [("0", 0), ("4", 4), ("10", 10), ("21", 21), ("21%", 21), ("21 %", 21), ("21,00", 21)],
)
def test_vat_rates(vat: str, rate: int) -> None:
    assert parse_catalogue(csv_file(line(vat=vat))).rows == [row(vat_rate=rate)]


@pytest.mark.parametrize(("points", "value"), [("", 0), ("0", 0), ("35", 35), ("10000", 10_000)])
def test_points(points: str, value: int) -> None:
    assert parse_catalogue(csv_file(line(points=points))).rows == [row(points_per_unit=value)]


@pytest.mark.parametrize(
    ("active", "value"),
    [
        ("", True),
        ("1", True),
        ("si", True),
        ("Sí", True),
        ("S", True),
        ("true", True),
        ("Yes", True),
        ("VERDADERO", True),  # Spanish Excel's TRUE
        ("0", False),
        ("no", False),
        ("N", False),
        ("FALSE", False),
        ("no", False),
        ("FALSO", False),
    ],
)
def test_active_flags(active: str, value: bool) -> None:
    assert parse_catalogue(csv_file(line(active=active))).rows == [row(active=value)]


@pytest.mark.parametrize(
    ("code", "key", "kind"),
    [
        ("8480010001136", "8480010001136", "ean13"),
        ("0036000291452", "036000291452", "upca"),  # UPC-A read as EAN-13 with a leading zero
        ("036000291452", "036000291452", "upca"),
        ("96385074", "96385074", "ean8"),
        ("LUM-0042", "LUM-0042", "internal"),
        ("12345", "12345", "internal"),
    ],
)
def test_codes_are_normalised_and_classified(code: str, key: str, kind: str) -> None:
    assert parse_catalogue(csv_file(line(code=code))).rows == [row(code=key, code_kind=kind)]


# --- rejections, each at its line -------------------------------------------------------------

LONG = "x" * 161

BAD_ROWS = [
    # (fields replaced, reason); the code field is the one reported
    ({"code": ""}, "code is empty"),
    (
        {"code": "8437000001011"},
        "code '8437000001011' has a wrong check digit (it should end in 0)",
    ),
    ({"code": "96385075"}, "code '96385075' has a wrong check digit (it should end in 4)"),
    ({"code": "036000291453"}, "code '036000291453' has a wrong check digit (it should end in 2)"),
    (
        {"code": "8,437E+12"},
        "code '8,437E+12' was turned into a number by a spreadsheet; export it as text",
    ),
    ({"code": "A" * 33}, f"code '{'A' * 33}' is longer than 32 characters"),
    ({"name": ""}, "name is empty"),
    ({"name": LONG}, f"name is 161 characters long, at most 160: '{'x' * 40}…'"),
    ({"brand": "b" * 81}, f"brand is 81 characters long, at most 80: '{'b' * 40}…'"),
    ({"category": "c" * 81}, f"category is 81 characters long, at most 80: '{'c' * 40}…'"),
    ({"size": "s" * 41}, f"size is 41 characters long, at most 40: '{'s' * 40}…'"),
    ({"price": ""}, "price is empty"),
    ({"price": "12,3x"}, "price '12,3x' is not an amount in euros"),
    ({"price": "-1"}, "price '-1' is negative"),
    ({"price": "€ -1,50"}, "price '€ -1,50' is negative"),
    ({"price": "12,345"}, "price '12,345' has more than two decimals"),
    ({"price": "1e3"}, "price '1e3' is not an amount in euros"),
    ({"price": "12,50 EUR"}, "price '12,50 EUR' is not an amount in euros"),
    ({"price": "100.000,00"}, "price '100.000,00' is more than 99.999,99 €"),
    ({"vat": ""}, "VAT is empty"),
    ({"vat": "7"}, "VAT '7' is not one of 0, 4, 10, 21"),
    ({"vat": "21,5"}, "VAT '21,5' is not one of 0, 4, 10, 21"),
    ({"vat": "IVA general"}, "VAT 'IVA general' is not one of 0, 4, 10, 21"),
    ({"points": "-1"}, "points '-1' is not a whole number from 0 to 10000"),
    ({"points": "10001"}, "points '10001' is not a whole number from 0 to 10000"),
    ({"points": "2,5"}, "points '2,5' is not a whole number from 0 to 10000"),
    ({"active": "quizás"}, "active 'quizás' is not yes or no (1/0, sí/no, s/n, true/false)"),
]


@pytest.mark.parametrize(("values", "reason"), BAD_ROWS, ids=[r for _, r in BAD_ROWS])
def test_each_rejection_names_its_line_and_problem(values: dict[str, str], reason: str) -> None:
    data = csv_file(line(), line(**{"code": EAN[1], **values}), line(code=EAN[2]))
    parsed = parse_catalogue(data)
    code = values.get("code", EAN[1]) or None
    assert parsed.rejections == [Rejection(line=3, code=code, reason=reason)]
    assert parsed.rows == [row(), row(code=EAN[2], line=4)]


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        (f"{EAN[1]};Crema;Lumière", "has 3 fields, the header has 9"),
        (line(code=EAN[1]) + ";extra", "has 10 fields, the header has 9"),
    ],
)
def test_wrong_field_counts_are_rejected(bad: str, reason: str) -> None:
    parsed = parse_catalogue(csv_file(line(), bad, line(code=EAN[2])))
    assert parsed.rejections == [Rejection(line=3, code=EAN[1], reason=reason)]
    assert [r.line for r in parsed.rows] == [2, 4]


def test_an_unclosed_quote_says_how_far_it_ran() -> None:
    parsed = parse_catalogue(csv_file(line(), f'{EAN[1]};"Crema', line(code=EAN[2])))
    assert parsed.rows == [row()]
    assert parsed.rejections == [
        Rejection(
            line=3,
            code=EAN[1],
            reason="has 2 fields, the header has 9; it runs to line 4: an unclosed quote?",
        )
    ]


def test_the_first_problem_is_the_one_reported() -> None:
    parsed = parse_catalogue(csv_file(line(name="", price="x", vat="7")))
    assert parsed.rejections == [Rejection(line=2, code=EAN[0], reason="name is empty")]


# --- duplicates ---------------------------------------------------------------------------------


def test_a_repeated_code_is_rejected_naming_the_first_good_line() -> None:
    data = csv_file(
        line(),  # 2
        line(code=EAN[1], price="x"),  # 3: bad, so it does not claim its code
        line(code=EAN[0], name="Otra crema"),  # 4: repeats line 2
        line(code=EAN[1]),  # 5: first good line for EAN[1]
        line(code=EAN[1]),  # 6: repeats line 5
    )
    parsed = parse_catalogue(data)
    assert parsed.rows == [row(), row(code=EAN[1], line=5)]
    assert [(r.line, r.reason) for r in parsed.rejections] == [
        (3, "price 'x' is not an amount in euros"),
        (4, f"code '{EAN[0]}' already appears on line 2"),
        (6, f"code '{EAN[1]}' already appears on line 5"),
    ]


def test_upc_a_with_and_without_the_leading_zero_is_one_product() -> None:
    parsed = parse_catalogue(csv_file(line(code="036000291452"), line(code="0036000291452")))
    assert parsed.rows == [row(code="036000291452", code_kind="upca")]
    assert parsed.rejections == [
        Rejection(
            line=3, code="0036000291452", reason="code '0036000291452' already appears on line 2"
        )
    ]


# --- the whole file -------------------------------------------------------------------------------


def test_a_large_export_parses_every_row() -> None:
    codes = [with_check_digit(f"84370{n:07d}") for n in range(20_000)]
    parsed = parse_catalogue(csv_file(*(line(code=c) for c in codes)))
    assert len(parsed.rows) == 20_000
    assert parsed.rejections == []
    assert parsed.rows[-1].line == 20_001


def test_parsing_is_deterministic() -> None:
    data = csv_file(line(), line(code=EAN[1], vat="7"), line(code=EAN[0]), line(code=EAN[2]))
    assert parse_catalogue(data) == parse_catalogue(data)


def test_the_example_export_has_exactly_its_two_bad_rows() -> None:
    parsed = parse_catalogue(EXAMPLE.read_bytes())
    assert parsed.rejections == [
        Rejection(
            line=6,
            code="8437000001059",
            reason="code '8437000001059' has a wrong check digit (it should end in 8)",
        ),
        Rejection(line=10, code="8437000001096", reason="price '12,3x' is not an amount in euros"),
    ]
    assert len(parsed.rows) == 10
    assert [r.line for r in parsed.rows] == [2, 3, 4, 5, 7, 8, 9, 11, 12, 13]
    perfume = next(r for r in parsed.rows if r.line == 9)
    assert (perfume.price_cents, perfume.points_per_unit) == (108_900, 1000)
    assert next(r for r in parsed.rows if r.line == 8).active is False


def test_an_unclosed_quote_that_swallows_the_file_stops_the_import() -> None:
    data = csv_file(f'{EAN[1]};"Crema', *[line()] * 3000)
    with pytest.raises(CatalogueFormatError, match=r"line 2: cannot read the CSV .*unclosed quote"):
        parse_catalogue(data)


# -- the care columns the advisors' rules read ---------------------------------------------
CARE = ";".join([*HEADER, "tipo", "atributos", "duracion_dias"])


def test_the_care_columns_give_type_attributes_and_duration() -> None:
    data = csv_file(line() + ";Sérum;Hydrating | fragrance-free,vegan;90", header=CARE)
    (parsed,) = parse_catalogue(data).rows
    assert parsed.kind == "serum"  # folded: accents, case
    assert parsed.tags == ["fragrance_free", "hydrating", "vegan"]
    assert parsed.duration_days == 90


def test_empty_care_cells_mean_no_type_no_attributes_and_the_guides_duration() -> None:
    (parsed,) = parse_catalogue(csv_file(line() + ";;;", header=CARE)).rows
    assert (parsed.kind, parsed.tags, parsed.duration_days) == ("", [], None)


@pytest.mark.parametrize(
    ("cells", "reason"),
    [
        ("Sérum/Crema;;", "type 'Sérum/Crema' is not a word"),
        (";hydrating;0", "duration '0' is not a whole number of days from 1 to 730"),
        (";hydrating;731", "duration '731'"),
        (";hydrating;90 días", "duration '90 días'"),
        (";vegan|100%;", "attribute '100%' is not a word"),
        (";" + "|".join(f"tag{i}" for i in range(13)) + ";", "13 attributes, at most 12"),
    ],
)
def test_bad_care_cells_reject_the_row_by_line(cells: str, reason: str) -> None:
    parsed = parse_catalogue(csv_file(line() + ";" + cells, header=CARE))
    assert parsed.rows == []
    (rejection,) = parsed.rejections
    assert rejection.line == 2 and reason in rejection.reason

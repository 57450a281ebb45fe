"""Till exports: whole tickets in, every refused row out with its file line and reason."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from loyalty_core.member_card import make_card_number
from loyalty_core.store_time import MADRID
from loyalty_core.till_import import (
    DEFAULT_MAPPING_PATH,
    FIELDS,
    BadMapping,
    RejectReason,
    TillFile,
    TillLine,
    TillMapping,
    TillTicket,
    load_mapping,
    read_till_export,
    till_sale_id,
)

R = RejectReason
DATA = Path(__file__).resolve().parents[1] / "data" / "till"
MAPPING = load_mapping(DEFAULT_MAPPING_PATH.read_text(encoding="utf-8"))
NOW = datetime(2026, 5, 15, 9, 0, tzinfo=UTC)  # 11:00 in Madrid
STORE = "B01"
SERUM, CREAM, MASK = "8437000000013", "8437000000020", "8437000000037"
LIPSTICK, SHAMPOO, MICELLAR = "8437000000044", "8437000000051", "8437000000068"
NOT_IN_CATALOGUE = "8437000000075"
KNOWN = frozenset({SERUM, CREAM, MASK, LIPSTICK, SHAMPOO, MICELLAR})
CARD = make_card_number(3, 17)  # 2900030000170
HEADER = ";".join(FIELDS)
GOOD = {
    "ticket": "1",
    "fecha": "14/05/2026 10:00",
    "caja": "1",
    "codigo": SERUM,
    "cantidad": "1",
    "precio": "29,95",
    "descuento": "0,00",
    "importe": "29,95",
    "total": "29,95",
    "tarjeta": "",
    "telefono": "",
    "pago": "tarjeta",
}


def read(data: bytes, mapping: TillMapping = MAPPING, now: datetime = NOW) -> TillFile:
    return read_till_export(
        data, mapping=mapping, store_code=STORE, known_codes=KNOWN.__contains__, now=now
    )


def row(**values: str) -> str:
    """A line of the default layout: a good one-line ticket unless told otherwise."""
    return ";".join({**GOOD, **values}[name] for name in FIELDS)


def export(*rows: str, header: str = HEADER) -> bytes:
    return "\n".join((header, *rows, "")).encode()


def mapping_with(**options: str) -> TillMapping:
    return TillMapping(columns=MAPPING.columns, **options)


def refused(result: TillFile) -> list[tuple[int, str]]:
    return [(r.file_line, r.code) for r in result.rejections]


# The sample: a day at a store's till, with the mistakes seen in real exports.

SAMPLE_REJECTIONS = [
    (5, R.BAD_DATE),  # 31/04: no such day
    (6, R.TICKET_REJECTED),
    (7, R.UNKNOWN_PRODUCT),  # a product the till has and the catalogue has not
    (8, R.TICKET_REJECTED),
    (9, R.TICKET_REJECTED),
    (10, R.BAD_LINE_TOTAL),  # the discount was not taken off the line's net
    (11, R.BAD_TICKET_TOTAL),  # 30,00 for lines of 9,00 and 15,00
    (12, R.TICKET_REJECTED),
    (15, R.DUPLICATE_LINE),  # line 14 written twice
    (16, R.TICKET_REJECTED),
    (17, R.BAD_ROW),  # cut short
    (18, R.BAD_CARD),  # wrong check digit
    (22, R.BAD_PAYMENT),  # bizum
    (23, R.MISSING_VALUE),  # no product code
]


def test_the_sample_export_refuses_each_broken_row_with_its_line_and_reason() -> None:
    result = read((DATA / "sample_export.csv").read_bytes())
    assert refused(result) == SAMPLE_REJECTIONS
    assert result.rows == 22
    details = {r.file_line: r.detail for r in result.rejections}
    assert details[6] == details[8] == "ticket 1004 refused whole: see line 7"
    assert details[12] == "ticket 1006 refused whole: see line 11"
    assert details[15] == "same as line 14"
    assert details[16] == "ticket 1008 refused whole: see line 17"
    assert details[17] == "6 fields where the header has 12"


def test_the_sample_export_imports_its_good_tickets_whole() -> None:
    result = read((DATA / "sample_export.csv").read_bytes())
    summary = [
        (t.till, t.ticket, t.total_cents, sum(line.net_cents for line in t.lines), len(t.lines))
        for t in result.tickets
    ]
    assert summary == [
        ("1", "1001", 4290, 4290, 2),
        ("1", "1002", 1215, 1215, 1),
        ("1", "1007", 2170, 2170, 2),  # its duplicated line imported once
        ("1", "1010", 3320, 3320, 2),
        ("2", "1001", 2590, 2590, 1),  # same number, another till: another ticket
    ]
    first, by_phone, with_copy, both, other_till = result.tickets
    assert first.occurred_at == datetime(2026, 5, 14, 7, 32, tzinfo=UTC)  # 09:32 CEST
    assert (first.card_number, first.phone, first.payment) == (CARD, None, "cash")
    assert (by_phone.card_number, by_phone.phone, by_phone.payment) == (
        None,
        "+34612345678",
        "card",
    )
    assert both.card_number == make_card_number(3, 18)
    assert both.phone == "+34655443322"
    assert by_phone.lines == (TillLine(4, 1, MASK, 3, 450, 135, 1215),)
    assert [(line.file_line, line.line_no, line.code) for line in with_copy.lines] == [
        (13, 1, CREAM),
        (14, 2, SHAMPOO),
    ]
    assert first.sale_id != other_till.sale_id


def test_the_clean_export_is_imported_whole() -> None:
    data = (DATA / "clean_export.csv").read_bytes()
    assert b"\r\n" in data  # written by a Windows till
    result = read(data)
    assert result.rejections == ()
    assert result.rows == 6
    assert result.file_sha256 == hashlib.sha256(data).hexdigest()
    assert [(t.ticket, t.total_cents, t.payment, t.phone) for t in result.tickets] == [
        ("2001", 4740, "card", None),
        ("2002", 620, "cash", "+34612345678"),  # no discount written: none
        ("2003", 4662, "card", "+34699112233"),  # no payment written: card
        ("2004", 875, "cash", None),  # 'Efectivo'
    ]
    assert result.tickets[0].lines[2] == TillLine(4, 3, LIPSTICK, 1, 1500, 655, 845)


def test_reading_a_file_twice_gives_the_same_tickets_and_ids() -> None:
    data = (DATA / "sample_export.csv").read_bytes()
    once, twice = read(data), read(data)
    assert once == twice
    assert [t.sale_id for t in once.tickets] == [t.sale_id for t in twice.tickets]
    elsewhere = read_till_export(
        data, mapping=MAPPING, store_code="B02", known_codes=KNOWN.__contains__, now=NOW
    )
    assert {t.sale_id for t in elsewhere.tickets}.isdisjoint(t.sale_id for t in once.tickets)


def test_a_sale_id_is_a_uuid5_of_store_till_ticket_and_instant() -> None:
    at = datetime(2026, 5, 14, 7, 32, tzinfo=UTC)
    sale_id = till_sale_id(STORE, "1", "1001", at)
    assert sale_id.version == 5
    assert sale_id == till_sale_id(STORE, "1", "1001", at.astimezone(MADRID))  # one instant
    others = [
        till_sale_id("B02", "1", "1001", at),
        till_sale_id(STORE, "2", "1001", at),
        till_sale_id(STORE, "1", "1002", at),
        till_sale_id(STORE, "1", "1001", at + timedelta(minutes=1)),
    ]
    assert sale_id not in others
    with pytest.raises(ValueError):
        till_sale_id(STORE, "1", "1001", at.replace(tzinfo=None))


def test_now_must_be_aware() -> None:
    with pytest.raises(ValueError):
        read(export(row()), now=NOW.replace(tzinfo=None))


# One line, one reason.


@pytest.mark.parametrize(
    ("values", "code"),
    [
        ({"ticket": ""}, R.MISSING_VALUE),
        ({"fecha": ""}, R.MISSING_VALUE),
        ({"fecha": "2026-05-14 10:00"}, R.BAD_DATE),
        ({"fecha": "14/05/2026"}, R.BAD_DATE),
        ({"fecha": "15/05/2026 11:06"}, R.BAD_DATE),  # six minutes ahead of our clock
        ({"codigo": ""}, R.MISSING_VALUE),
        ({"codigo": NOT_IN_CATALOGUE}, R.UNKNOWN_PRODUCT),
        ({"cantidad": ""}, R.MISSING_VALUE),
        ({"cantidad": "0", "importe": "0,00", "total": "0,00"}, R.BAD_QUANTITY),
        ({"cantidad": "-1", "importe": "29,95", "total": "29,95"}, R.BAD_QUANTITY),  # a return
        ({"cantidad": "1,5"}, R.BAD_QUANTITY),
        ({"cantidad": "uno"}, R.BAD_QUANTITY),
        ({"precio": ""}, R.MISSING_VALUE),
        ({"precio": "29,950"}, R.BAD_PRICE),  # three decimals, even zeros
        ({"precio": "29.9.5"}, R.BAD_PRICE),
        ({"precio": "-29,95"}, R.BAD_PRICE),
        ({"precio": "29,95 €"}, R.BAD_PRICE),
        ({"precio": "1e3"}, R.BAD_PRICE),
        ({"precio": "٢٩"}, R.BAD_PRICE),  # digits, but not ASCII ones
        ({"descuento": "1,234"}, R.BAD_PRICE),
        ({"importe": ""}, R.MISSING_VALUE),
        ({"importe": "NaN"}, R.BAD_PRICE),
        ({"total": ""}, R.MISSING_VALUE),
        ({"total": "29;95"}, R.BAD_ROW),  # a stray delimiter
        ({"importe": "30,00", "total": "30,00"}, R.BAD_LINE_TOTAL),
        ({"descuento": "1,00"}, R.BAD_LINE_TOTAL),  # not taken off the net
        ({"descuento": "30,00", "importe": "0,00", "total": "0,00"}, R.BAD_LINE_TOTAL),
        ({"total": "30,00"}, R.BAD_TICKET_TOTAL),
        ({"tarjeta": "2900030000171"}, R.BAD_CARD),  # check digit
        ({"tarjeta": "12345678"}, R.BAD_CARD),
        ({"tarjeta": "2900O30000170"}, R.BAD_CARD),  # a letter O
        ({"telefono": "12345"}, R.BAD_PHONE),
        ({"telefono": "llamar"}, R.BAD_PHONE),
        ({"pago": "bizum"}, R.BAD_PAYMENT),
        ({"pago": "vale"}, R.BAD_PAYMENT),
    ],
)
def test_a_bad_line_is_refused_with_its_reason(values: dict[str, str], code: str) -> None:
    result = read(export(row(**values)))
    assert refused(result) == [(2, code)]
    assert result.tickets == ()
    assert result.rows == 1


@pytest.mark.parametrize(
    ("values", "price", "discount", "net"),
    [
        ({"precio": "29.95"}, 2995, 0, 2995),
        ({"precio": " 29,95 "}, 2995, 0, 2995),
        ({"precio": "30", "descuento": "0,05"}, 3000, 5, 2995),
        ({"precio": "30,0", "descuento": "0.05"}, 3000, 5, 2995),
        ({"precio": "1.234,50", "importe": "1234,50", "total": "1,234.50"}, 123450, 0, 123450),
        ({"precio": "0,00", "importe": "0", "total": "0"}, 0, 0, 0),  # a free sample
        ({"descuento": ""}, 2995, 0, 2995),
    ],
)
def test_amounts_as_tills_write_them(
    values: dict[str, str], price: int, discount: int, net: int
) -> None:
    if "importe" not in values:
        values = {**values, "importe": "29,95", "total": "29,95"}
    result = read(export(row(**values)))
    assert result.rejections == ()
    (line,) = result.tickets[0].lines
    assert (line.unit_price_cents, line.discount_cents, line.net_cents) == (price, discount, net)


def test_a_card_is_read_without_its_spaces() -> None:
    (ticket,) = read(export(row(tarjeta="2900 0300 0017 0"))).tickets
    assert ticket.card_number == CARD


def test_a_upc_written_as_ean13_is_the_catalogue_s_upc() -> None:
    upc = "036000291452"
    result = read_till_export(
        export(row(codigo="0" + upc)),
        mapping=MAPPING,
        store_code=STORE,
        known_codes={upc}.__contains__,
        now=NOW,
    )
    assert result.tickets[0].lines[0].code == upc


def test_a_time_up_to_five_minutes_ahead_is_the_till_s_clock_not_the_future() -> None:
    (ticket,) = read(export(row(fecha="15/05/2026 11:05"))).tickets
    assert ticket.occurred_at == NOW + timedelta(minutes=5)


# Tickets: whole or not at all.


def test_a_good_line_of_a_refused_ticket_names_every_bad_line() -> None:
    result = read(
        export(
            row(codigo=NOT_IN_CATALOGUE, total="89,85"),
            row(total="89,85"),
            row(cantidad="x", total="89,85"),
        )
    )
    assert refused(result) == [(2, R.UNKNOWN_PRODUCT), (3, R.TICKET_REJECTED), (4, R.BAD_QUANTITY)]
    assert result.rejections[1].detail == "ticket 1 refused whole: see lines 2, 4"


def test_a_ticket_s_lines_may_be_apart_and_keep_their_file_order() -> None:
    result = read(
        export(
            row(ticket="7", codigo=CREAM, precio="12,95", importe="12,95", total="42,90"),
            row(ticket="8"),
            row(ticket="7", total="42,90"),
        )
    )
    assert result.rejections == ()
    seven, eight = result.tickets
    assert [(line.file_line, line.line_no) for line in seven.lines] == [(2, 1), (4, 2)]
    assert seven.total_cents == 4290
    assert eight.lines[0].file_line == 3


@pytest.mark.parametrize(
    ("second", "code"),
    [
        ({"total": "29,95"}, R.BAD_TICKET_TOTAL),
        ({"fecha": "14/05/2026 10:01"}, R.BAD_DATE),
        ({"tarjeta": make_card_number(3, 18)}, R.BAD_CARD),
        ({"telefono": "699112233"}, R.BAD_PHONE),
        ({"pago": "efectivo"}, R.BAD_PAYMENT),
    ],
)
def test_lines_of_a_ticket_must_agree_on_what_is_the_ticket_s(
    second: dict[str, str], code: str
) -> None:
    first = {"total": "59,90", "tarjeta": CARD, "telefono": "612345678"}
    result = read(export(row(**first), row(**{**first, **second})))
    assert refused(result) == [(2, R.TICKET_REJECTED), (3, code)]
    assert "differs from line 2" in result.rejections[1].detail


def test_a_customer_or_payment_on_one_line_only_is_the_ticket_s() -> None:
    result = read(
        export(
            row(total="59,90", tarjeta=CARD, pago=""),
            row(total="59,90", telefono="612 34 56 78", pago="efectivo"),
        )
    )
    (ticket,) = result.tickets
    assert (ticket.card_number, ticket.phone, ticket.payment) == (CARD, "+34612345678", "cash")


def test_a_copied_row_is_dropped_and_its_ticket_kept() -> None:
    result = read(export(row(), row(), row(ticket="2")))
    assert refused(result) == [(3, R.DUPLICATE_LINE)]
    assert [len(t.lines) for t in result.tickets] == [1, 1]


def test_identical_rows_the_total_counts_are_lines_scanned_twice() -> None:
    result = read(export(row(total="59,90"), row(total="59,90")))
    assert result.rejections == ()
    (ticket,) = result.tickets
    assert [line.file_line for line in ticket.lines] == [2, 3]


def test_a_copy_in_a_refused_ticket_is_still_a_copy() -> None:
    result = read(export(row(total="59,90"), row(total="59,90"), row(total="59,90")))
    assert refused(result) == [
        (2, R.BAD_TICKET_TOTAL),
        (3, R.DUPLICATE_LINE),
        (4, R.DUPLICATE_LINE),
    ]


def test_a_row_cut_short_refuses_its_ticket_and_one_without_a_ticket_stands_alone() -> None:
    result = read(export(row(total="59,90"), "1;14/05/2026 10:00;1", "", ";;;;", "x"))
    assert refused(result) == [(2, R.TICKET_REJECTED), (3, R.BAD_ROW), (6, R.BAD_ROW)]
    assert result.rows == 3  # blank lines are not rows, but count as file lines


def test_a_quoted_line_break_keeps_the_file_lines_right() -> None:
    data = export(row(codigo='"8437\n000000013"'), row(ticket="2", pago="vale"))
    assert refused(read(data)) == [(2, R.UNKNOWN_PRODUCT), (4, R.BAD_PAYMENT)]


# Times: local, made UTC; the spring gap refused, the autumn hour taken as the first.


@pytest.mark.parametrize(
    ("local", "utc"),
    [
        ("14/05/2026 10:00", datetime(2026, 5, 14, 8, 0)),  # CEST, +2
        ("14/01/2026 10:00", datetime(2026, 1, 14, 9, 0)),  # CET, +1
        ("29/03/2026 01:59", datetime(2026, 3, 29, 0, 59)),
        ("29/03/2026 03:00", datetime(2026, 3, 29, 1, 0)),
        ("25/10/2026 01:59", datetime(2026, 10, 24, 23, 59)),
        ("25/10/2026 02:30", datetime(2026, 10, 25, 0, 30)),  # twice that night: the first
        ("25/10/2026 03:00", datetime(2026, 10, 25, 2, 0)),
    ],
)
def test_a_local_time_becomes_utc(local: str, utc: datetime) -> None:
    result = read(export(row(fecha=local)), now=datetime(2027, 1, 1, tzinfo=UTC))
    (ticket,) = result.tickets
    assert ticket.occurred_at == utc.replace(tzinfo=UTC)
    assert ticket.occurred_at.tzinfo is UTC


@pytest.mark.parametrize("local", ["29/03/2026 02:00", "29/03/2026 02:30", "29/03/2026 02:59"])
def test_a_time_the_spring_clocks_skipped_is_refused(local: str) -> None:
    result = read(export(row(fecha=local)), now=datetime(2027, 1, 1, tzinfo=UTC))
    assert refused(result) == [(2, R.BAD_DATE)]
    assert "never happened" in result.rejections[0].detail


# The file as a whole.


@pytest.mark.parametrize(
    "data", [b"", b"\n\n", b"\xef\xbb\xbf", HEADER.encode(), export(), export("", " ")]
)
def test_an_empty_export_is_one_rejection(data: bytes) -> None:
    result = read(data)
    assert refused(result) == [(1, R.EMPTY_FILE)]
    assert (result.tickets, result.rows) == ((), 0)


def test_a_missing_required_column_refuses_the_file_once() -> None:
    header = HEADER.replace(";importe", "").replace(";total", "")
    result = read(export(row(), row(ticket="2"), header=header))
    assert refused(result) == [(1, R.MISSING_COLUMN)]
    assert result.rejections[0].detail == "no column 'importe', 'total'"
    assert (result.tickets, result.rows) == ((), 2)


def test_a_file_with_another_delimiter_says_so() -> None:
    result = read(export(row().replace(";", ","), header=HEADER.replace(";", ",")))
    assert refused(result) == [(1, R.MISSING_COLUMN)]
    assert "is the delimiter ';'?" in result.rejections[0].detail


def test_a_column_twice_in_the_header_is_refused() -> None:
    result = read(export(row() + ";1", header=HEADER + ";Codigo"))
    assert refused(result) == [(1, R.MISSING_COLUMN)]


def test_optional_columns_may_be_absent() -> None:
    kept = [n for n in FIELDS if n not in ("caja", "descuento", "tarjeta", "telefono", "pago")]
    line = ";".join(GOOD[n] for n in kept)
    (ticket,) = read(export(line, header=";".join(kept))).tickets
    assert (ticket.till, ticket.payment, ticket.card_number, ticket.phone) == (
        "",
        "card",
        None,
        None,
    )


def test_headers_match_whatever_their_case_accents_and_spaces() -> None:
    header = HEADER.replace("ticket", " Ticket ").replace("codigo", "Código")
    header = header.replace("telefono", "TELÉFONO")
    assert read(export(row(telefono="612345678"), header=header)).tickets[0].phone == "+34612345678"


# Encodings: UTF-8, Windows tills' cp1252, a BOM.

ACCENTED = export(row(caja="Peluquería"), header=HEADER.replace("codigo", "Código"))


def test_a_cp1252_export_with_accents() -> None:
    data = ACCENTED.decode().encode("cp1252")
    (ticket,) = read(data, mapping=mapping_with(encoding="cp1252")).tickets
    assert ticket.till == "Peluquería"
    (same,) = read(data, mapping=mapping_with(encoding="latin-1")).tickets
    assert same == ticket


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_a_utf8_bom_is_read_as_utf8_whatever_the_mapping_says(encoding: str) -> None:
    result = read(b"\xef\xbb\xbf" + ACCENTED, mapping=mapping_with(encoding=encoding))
    assert result.rejections == ()
    assert result.tickets[0].till == "Peluquería"


def test_a_file_not_in_the_mapping_s_encoding_is_refused_whole() -> None:
    data = export(row(), row(ticket="2", caja="Peluquería")).decode().encode("cp1252")
    result = read(data)
    assert refused(result) == [(1, R.BAD_ENCODING)]
    assert result.rejections[0].detail.startswith("line 3 is not utf-8")


# The mapping.


def test_the_default_mapping_reads_every_field_by_its_name() -> None:
    assert dict(MAPPING.columns) == {name: name for name in FIELDS}
    assert TillMapping(columns={name: name for name in FIELDS}) == MAPPING
    assert DEFAULT_MAPPING_PATH.parts[-3:] == ("resources", "till", "default_mapping.toml")


RENAMED = """
delimiter = ","
date_format = "%Y-%m-%d %H:%M:%S"
encoding = "cp1252"

[columns]
ticket = "Nº Ticket"
fecha = "Fecha/Hora"
codigo = "EAN"
cantidad = "Uds."
precio = "PVP"
descuento = "Dto."
importe = "Neto"
total = "Total ticket"
tarjeta = "Tarjeta cliente"
pago = "Forma de pago"
"""


def test_a_mapping_with_renamed_columns_and_commas() -> None:
    mapping = load_mapping(RENAMED)
    assert (mapping.delimiter, mapping.timezone, mapping.encoding) == (
        ",",
        "Europe/Madrid",
        "cp1252",
    )
    text = (
        "Nº Ticket,Fecha/Hora,Descripción,EAN,Uds.,PVP,Dto.,Neto,Total ticket,"
        "Tarjeta cliente,Forma de pago\r\n"
        f'A-17,2026-05-14 10:00:00,"Sérum, 30 ml",{SERUM},2,"29,95","5,90","54,00","66,95",'
        f"{CARD},Efectivo\r\n"
        f'A-17,2026-05-14 10:00:00,Crema día,{CREAM},1,12.95,0,12.95,"66,95",{CARD},Efectivo\r\n'
    )
    result = read(text.encode("cp1252"), mapping=mapping)
    assert result.rejections == ()
    (ticket,) = result.tickets
    assert (ticket.ticket, ticket.till, ticket.total_cents) == ("A-17", "", 6695)
    assert ticket.occurred_at == datetime(2026, 5, 14, 8, 0, tzinfo=UTC)
    assert ticket.lines[0] == TillLine(2, 1, SERUM, 2, 2995, 590, 5400)
    assert (ticket.card_number, ticket.payment) == (CARD, "cash")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("columns = [", "not TOML"),
        ('delimiter = ";"', "no [columns] table"),
        ("separator = ';'\n[columns]\nticket = 't'", "unknown setting separator"),
        (
            "[columns]\nticket = 't'",
            "required field fecha, codigo, cantidad, precio, importe, total",
        ),
        ("[columns]\nrecibo = 'r'", "unknown field recibo"),
        ("delimiter = 1\n[columns]", "delimiter must be text"),
    ],
)
def test_a_broken_mapping_says_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(BadMapping, match=message.replace("[", r"\[")):
        load_mapping(text)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"delimiter": ";;"}, "delimiter"),
        ({"delimiter": '"'}, "delimiter"),
        ({"timezone": "Europe/Madird"}, "time zone"),
        ({"timezone": "../etc"}, "time zone"),
        ({"date_format": "%d/%m"}, "date_format"),
        ({"encoding": "utf-16"}, "encoding"),
        ({"encoding": "klingon"}, "encoding"),
    ],
)
def test_a_mapping_no_file_can_be_read_with_is_refused(
    options: dict[str, str], message: str
) -> None:
    with pytest.raises(BadMapping, match=message):
        mapping_with(**options)


def test_a_mapping_needs_one_column_per_field() -> None:
    with pytest.raises(BadMapping, match="same column"):
        TillMapping(columns={**MAPPING.columns, "caja": "Ticket"})
    with pytest.raises(BadMapping, match="field caja"):
        TillMapping(columns={**MAPPING.columns, "caja": " "})


def test_the_mapping_cannot_be_changed_afterwards() -> None:
    columns = {name: name for name in FIELDS}
    mapping = TillMapping(columns=columns)
    columns["ticket"] = "recibo"
    assert mapping.columns["ticket"] == "ticket"
    with pytest.raises(TypeError):
        mapping.columns["ticket"] = "recibo"  # type: ignore[index]


# The property: any well-formed export reads back as exactly what was written.

CARDS = [make_card_number(issuer, seq) for issuer, seq in [(0, 1), (3, 17), (12, 999_999)]]
PHONES = {"612 34 56 78": "+34612345678", "0034699112233": "+34699112233", "": None}


@st.composite
def tickets_written(draw: st.DrawFn) -> tuple[bytes, list[TillTicket]]:
    numbers = draw(st.lists(st.integers(1, 999_999), min_size=1, max_size=4, unique=True))
    mark = draw(st.sampled_from([",", "."]))
    rows, expected, file_line = [HEADER], [], 2
    for number in numbers:
        at = draw(st.datetimes(datetime(2020, 1, 1), datetime(2026, 5, 1))).replace(
            second=0, microsecond=0, tzinfo=UTC
        )
        local = at.astimezone(MADRID).replace(tzinfo=None)
        assume(local.replace(tzinfo=MADRID).astimezone(UTC) == at)  # not the autumn hour's rerun
        till = draw(st.sampled_from(["1", "2", "Caja 3"]))
        card = draw(st.sampled_from([*CARDS, ""]))
        phone = draw(st.sampled_from(sorted(PHONES)))
        pago, payment = draw(
            st.sampled_from([("efectivo", "cash"), ("tarjeta", "card"), ("", "card")])
        )
        specs = draw(
            st.lists(
                st.tuples(
                    st.sampled_from(sorted(KNOWN)),
                    st.integers(1, 20),
                    st.integers(1, 50_000),
                    st.integers(0, 100),
                ),
                min_size=1,
                max_size=5,
            )
        )
        lines = []
        for i, (code, quantity, price, percent_off) in enumerate(specs, start=1):
            discount = (quantity * price - 1) * percent_off // 100  # a net of at least 1 cent
            net = quantity * price - discount
            lines.append(TillLine(file_line, i, code, quantity, price, discount, net))
            file_line += 1
        total = sum(line.net_cents for line in lines)
        for line in lines:
            values = {
                "ticket": str(number),
                "fecha": local.strftime("%d/%m/%Y %H:%M"),
                "caja": till,
                "codigo": line.code,
                "cantidad": str(line.quantity),
                "precio": euros(line.unit_price_cents, mark),
                "descuento": euros(line.discount_cents, mark),
                "importe": euros(line.net_cents, mark),
                "total": euros(total, mark),
                "tarjeta": card,
                "telefono": phone,
                "pago": pago,
            }
            rows.append(";".join(values[name] for name in FIELDS))
        expected.append(
            TillTicket(
                sale_id=till_sale_id(STORE, till, str(number), at),
                ticket=str(number),
                till=till,
                occurred_at=at,
                lines=tuple(lines),
                total_cents=total,
                card_number=card or None,
                phone=PHONES[phone],
                payment=payment,
            )
        )
    return "\r\n".join(rows).encode(), expected


def euros(cents: int, mark: str) -> str:
    return f"{cents // 100}{mark}{cents % 100:02d}"


@settings(max_examples=100, deadline=None)
@given(written=tickets_written())
def test_a_well_formed_export_reads_back_as_written(
    written: tuple[bytes, list[TillTicket]],
) -> None:
    data, expected = written
    result = read(data)
    assert result.rejections == ()
    assert list(result.tickets) == expected

"""The receipt PDF: what a person reads on it, and what a scanner reads from it."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import uuid
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import cv2
import pytest
import zxingcpp
from pypdf import PdfReader

from loyalty_core.barcodes import with_check_digit
from loyalty_core.money import format_euros, vat_breakdown
from loyalty_core.receipt_chain import sha256_hex
from pos_client.documents.receipt_pdf import (
    ReceiptLabels,
    render_receipt,
    render_receipt_bytes,
)
from pos_client.services.receipts import Receipt, ReceiptLine, ReceiptPayment

CARD = with_check_digit("290000000001")
SALE_ID = uuid.UUID("01956a3e-7c1f-7d2a-9b3c-4d5e6f708192")
RETURN_ID = uuid.UUID("01956a3e-9a00-7d2a-8b3c-4d5e6f708193")
QR, EAN13 = zxingcpp.BarcodeFormat.QRCode, zxingcpp.BarcodeFormat.EAN13
WHEN = datetime(2025, 3, 15, 17, 42, tzinfo=UTC)  # 18:42 in Madrid (CET)

poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
    reason="poppler-utils (pdftotext, pdftoppm) not installed",
)


def _line(code: str, name: str, qty: int, unit: int, vat: int, disc: int, ticket: int, points: int):
    return ReceiptLine(
        code=code,
        name=name,
        quantity=qty,
        unit_price_cents=unit,
        vat_rate=vat,
        line_discount_cents=disc,
        ticket_discount_cents=ticket,
        net_cents=qty * unit - disc - ticket,
        points=points,
    )


def _receipt(lines: tuple[ReceiptLine, ...], **fields) -> Receipt:
    gross_by_rate: dict[int, int] = {}
    for ln in lines:
        gross_by_rate[ln.vat_rate] = gross_by_rate.get(ln.vat_rate, 0) + ln.net_cents
    base = dict(
        sale_id=SALE_ID,
        kind="sale",
        receipt_number="MAD01-T1-000123",
        occurred_at=WHEN,
        store_name="Perfumería Aurélie",
        store_address="Calle de Fuencarral 45, 28004 Madrid",
        store_tax_id="B12345674",
        device_code="T1",
        staff_name="Lucía Núñez",
        customer_name=None,
        card_number=None,
        lines=lines,
        gross_cents=sum(ln.quantity * ln.unit_price_cents for ln in lines),
        line_discounts_cents=sum(ln.line_discount_cents for ln in lines),
        ticket_discount_cents=sum(ln.ticket_discount_cents for ln in lines),
        total_cents=sum(ln.net_cents for ln in lines),
        vat=tuple(vat_breakdown(gross_by_rate)),
        payments=(),
        points_earned=0,
        points_balance=None,
        record_hash=sha256_hex("sale 123"),
        previous_hash=sha256_hex("sale 122"),
    )
    base.update(fields)
    return Receipt(**base)


def sale_with_customer() -> Receipt:
    """Three VAT rates, 10 % off the serum, 5 € off the ticket, paid cash with change."""
    lines = (
        _line("8412345000014", "Sérum Hidratante", 2, 3495, 21, 699, 339, 87),
        _line("8412345000021", "Jabón de Avena", 3, 595, 10, 0, 96, 16),
        _line("8412345000038", "Guía del Cuidado de la Piel", 1, 1200, 4, 0, 65, 11),
    )
    return _receipt(
        lines,
        customer_name="María José García Pujol·la",
        card_number=CARD,
        payments=(ReceiptPayment("cash", 8776, 10000, 1224),),
        points_earned=114,
        points_balance=1357,
    )


def sale_without_customer() -> Receipt:
    lines = (_line("8412345000021", "Crema de Día SPF15", 1, 2250, 21, 0, 0, 0),)
    return _receipt(
        lines,
        receipt_number="MAD01-T1-000124",
        sale_id=uuid.UUID("01956a3f-0000-7d2a-9b3c-4d5e6f708194"),
        payments=(ReceiptPayment("card", 2250, None, None),),
        record_hash=sha256_hex("sale 124"),
    )


def return_of_one_serum() -> Receipt:
    """One of the two serums back, shares as the returns service computes them."""
    line = replace(
        _line("8412345000014", "Sérum Hidratante", -1, 3495, 21, -349, -169, -27),
        net_cents=-2976,  # the net share, floored on its own: a cent off the parts
    )
    receipt = _receipt(
        (line,),
        sale_id=RETURN_ID,
        kind="return",
        receipt_number="MAD01-T1-R000007",
        occurred_at=datetime(2025, 7, 1, 10, 5, tzinfo=UTC),  # 12:05 in Madrid (CEST)
        customer_name="María José García Pujol·la",
        card_number=CARD,
        payments=(ReceiptPayment("cash", -2976, None, None),),
        points_earned=-27,
        points_balance=1330,
        record_hash=sha256_hex("return 7"),
        original_receipt_number="MAD01-T1-000123",
    )
    return replace(receipt, ticket_discount_cents=0)  # as load_receipt gives it


def _pdftotext(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    )
    return done.stdout


def _pypdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    return reader.pages[0].extract_text(extraction_mode="layout")


def _codes(path: Path, tmp_path: Path) -> dict[zxingcpp.BarcodeFormat, str]:
    prefix = tmp_path / path.stem
    subprocess.run(
        ["pdftoppm", "-r", "300", "-png", "-singlefile", str(path), str(prefix)], check=True
    )
    image = cv2.imread(str(prefix.with_suffix(".png")))
    assert image is not None
    return {b.format: b.text for b in zxingcpp.read_barcodes(image)}


def _rows(text: str) -> list[str]:
    """Rows as a reader sees them: runs of spaces as one ('4%' as pdftotext may join it)."""
    rows = (" ".join(row.split()) for row in text.splitlines() if row.strip())
    return [re.sub(r"(\d)%", r"\1 %", row) for row in rows]


def test_page_is_80_mm_wide_and_as_long_as_the_receipt() -> None:
    short = PdfReader(io.BytesIO(render_receipt_bytes(sale_without_customer()))).pages[0]
    long = PdfReader(io.BytesIO(render_receipt_bytes(sale_with_customer()))).pages[0]
    assert float(short.mediabox.width) == pytest.approx(80 / 25.4 * 72)
    assert 100 < float(short.mediabox.height) / 72 * 25.4 < float(long.mediabox.height) / 72 * 25.4
    assert float(long.mediabox.height) / 72 * 25.4 < 297  # still fits an A4 page


def test_render_receipt_writes_the_file(tmp_path: Path) -> None:
    target = tmp_path / "ticket.pdf"
    assert render_receipt(sale_without_customer(), target) == target
    assert target.read_bytes().startswith(b"%PDF")
    assert list(tmp_path.iterdir()) == [target]


def test_a_reprint_is_the_same_document() -> None:
    assert render_receipt_bytes(sale_with_customer()) == render_receipt_bytes(sale_with_customer())


@pytest.mark.parametrize("extract", ["pypdf", "pdftotext"])
def test_sale_shows_what_the_customer_checks(extract: str, tmp_path: Path) -> None:
    receipt = sale_with_customer()
    if extract == "pdftotext":
        if shutil.which("pdftotext") is None:
            pytest.skip("poppler-utils not installed")
        text = _pdftotext(render_receipt(receipt, tmp_path / "sale.pdf"))
    else:
        text = _pypdf_text(render_receipt_bytes(receipt))
    rows = _rows(text)
    for expected in (
        "Perfumería Aurélie",
        "Calle de Fuencarral 45, 28004 Madrid",
        "NIF: B12345674",
        "FACTURA SIMPLIFICADA",
        "Nº ticket MAD01-T1-000123",
        "Fecha 15/03/2025 18:42",
        "Caja T1",
        "Le atendió Lucía Núñez",
        "Sérum Hidratante",
        "2 x 34,95 € 21 % 69,90 €",
        "Descuento -6,99 €",
        "Jabón de Avena",
        "3 x 5,95 € 10 % 17,85 €",
        "Guía del Cuidado de la Piel",
        "1 x 12,00 € 4 % 12,00 €",
        f"Subtotal {format_euros(9975)}",
        f"Descuentos en artículos {format_euros(-699)}",
        f"Descuento en ticket {format_euros(-500)}",
        "TOTAL 87,76 €",
        f"Efectivo {format_euros(8776)}",
        "Entregado 100,00 €",
        "Cambio 12,24 €",
        "Cliente: María José García Pujol·la",
        "Puntos obtenidos +114",
        "Saldo de puntos 1.357",
        receipt.record_hash[:16],
        "Gracias por su visita",
    ):
        assert expected in rows, f"{expected!r} not on the receipt:\n{text}"
    for v in receipt.vat:
        amounts = (v.base_cents, v.vat_cents, v.gross_cents)
        assert f"{v.rate} % " + " ".join(format_euros(a) for a in amounts) in rows
    assert [v.rate for v in receipt.vat] == [21, 10, 4]
    # The card's digits under its barcode, grouped the EAN-13 way.
    assert re.search(rf"{CARD[0]}\s+{CARD[1:7]}\s+{CARD[7:]}", text)


def test_vat_breakdown_adds_up_to_the_total() -> None:
    receipt = sale_with_customer()
    assert sum(v.base_cents + v.vat_cents for v in receipt.vat) == receipt.total_cents == 8776


def test_sale_without_customer_has_no_loyalty_block() -> None:
    text = _pypdf_text(render_receipt_bytes(sale_without_customer()))
    rows = _rows(text)
    assert "Nº ticket MAD01-T1-000124" in rows
    assert "1 x 22,50 € 21 % 22,50 €" in rows
    assert "TOTAL 22,50 €" in rows
    assert "Tarjeta 22,50 €" in rows
    for absent in ("Cliente", "Puntos", "Saldo", "Subtotal", "Descuento", "Cambio", "Ref."):
        assert absent not in text


def test_return_refers_to_the_original_and_adds_up() -> None:
    receipt = return_of_one_serum()
    rows = _rows(_pypdf_text(render_receipt_bytes(receipt)))
    for expected in (
        "DEVOLUCIÓN",
        "Factura rectificativa simplificada",
        "Ref. MAD01-T1-000123",
        "Nº ticket MAD01-T1-R000007",
        "Fecha 01/07/2025 12:05",
        "-1 x 34,95 € 21 % -34,95 €",
        "Descuento 3,49 €",
        "Subtotal -34,95 €",
        "Descuentos en artículos 3,49 €",
        # The balancing cent of the separately floored shares lands here, so
        # the printed figures add up to the refund.
        "Descuento en ticket 1,70 €",
        "TOTAL -29,76 €",
        "21 % -24,60 € -5,16 € -29,76 €",
        "Efectivo -29,76 €",
        "Puntos anulados -27",
        "Saldo de puntos 1.330",
    ):
        assert expected in rows, f"{expected!r} not on the return:\n" + "\n".join(rows)
    assert "FACTURA SIMPLIFICADA" not in rows


def test_labels_can_be_translated() -> None:
    labels = ReceiptLabels(total="TOTAL DUE", footer="Thank you", cash="Cash", change="Change")
    rows = _rows(_pypdf_text(render_receipt_bytes(sale_with_customer(), labels=labels)))
    assert {"TOTAL DUE 87,76 €", "Thank you", "Cash 87,76 €", "Change 12,24 €"} <= set(rows)
    assert "Gracias por su visita" not in rows


def test_long_names_wrap_and_foreign_letters_are_spelled_out() -> None:
    name = "Aceite Corporal Reafirmante de Almendras Dulces y Rosa Mosqueta Edición Limitada"
    receipt = replace(
        sale_without_customer(),
        lines=(_line("1", name, 1, 2250, 21, 0, 0, 0),),
        customer_name="Łukasz Ştefănescu",
        card_number=CARD,
        points_balance=10,
    )
    text = _pypdf_text(render_receipt_bytes(receipt))
    assert " ".join(text.split()).count(name) == 1
    assert "Cliente: Lukasz Stefanescu" in _rows(text)


def test_naive_times_are_taken_as_utc() -> None:
    receipt = replace(sale_without_customer(), occurred_at=WHEN.replace(tzinfo=None))
    assert "Fecha 15/03/2025 18:42" in _rows(_pypdf_text(render_receipt_bytes(receipt)))


@poppler
@pytest.mark.parametrize("make", [sale_with_customer, return_of_one_serum])
def test_scanners_read_the_qr_and_the_card(make, tmp_path: Path) -> None:
    receipt = make()
    codes = _codes(render_receipt(receipt, tmp_path / "receipt.pdf"), tmp_path)
    assert codes == {QR: receipt.qr_text, EAN13: CARD}


@poppler
def test_no_card_barcode_without_customer(tmp_path: Path) -> None:
    receipt = sale_without_customer()
    codes = _codes(render_receipt(receipt, tmp_path / "receipt.pdf"), tmp_path)
    assert codes == {QR: receipt.qr_text}


@poppler
def test_accents_and_euro_survive_pdftotext(tmp_path: Path) -> None:
    text = _pdftotext(render_receipt(return_of_one_serum(), tmp_path / "r.pdf"))
    for word in ("DEVOLUCIÓN", "Perfumería", "Aurélie", "Núñez", "Pujol·la", "€", "Nº"):
        assert word in text
    assert "\ufffd" not in text and "■" not in text

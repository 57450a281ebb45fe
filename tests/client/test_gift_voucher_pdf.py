"""The gift redemption voucher: what the customer reads on it, and what a scanner reads from it."""

from __future__ import annotations

import io
import uuid
from dataclasses import replace
from datetime import UTC, datetime

import numpy as np
import pytest
from PIL import Image
from pypdf import PdfReader
from pyzbar import pyzbar
from pyzbar.pyzbar import ZBarSymbol

from pos_client.devices.decoder import Decoded, decode_frame
from pos_client.documents.gift_voucher_pdf import GiftVoucher, render_gift_voucher_pdf
from pos_client.documents.preview import render_pages
from pos_client.documents.receipt_pdf import PAPER_WIDTH

REFERENCE = "CJ-S001-02-000042"
REDEEMED = datetime(2026, 3, 15, 17, 42, tzinfo=UTC)  # 18:42 in Madrid (CET)
PT_PER_MM = 72 / 25.4


def make_voucher(**changes: object) -> GiftVoucher:
    voucher = GiftVoucher(
        redemption_id=uuid.UUID("01956a3e-7c1f-7d2a-9b3c-4d5e6f708192"),
        reference=REFERENCE,
        store_name="Perfumerías Lumen Gràcia",
        store_code="S001",
        device_code="02",
        customer_name="Maria Núñez Martí",
        card_number="2900012345678",
        gift_name="Neceser de viaje Lumen",
        gift_code="REG-0042",
        points=1500,
        balance_before=4200,
        balance_after=2700,
        redeemed_at=REDEEMED,
        staff_name="Laia Puig",
        approved_by=None,
        offline=False,
        reason=None,
        language="es",
    )
    return replace(voucher, **changes)  # type: ignore[arg-type]


def lines_of(pdf: bytes) -> list[str]:
    """Each line read back, its runs of spaces as one."""
    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def after(lines: list[str], anchor: str, count: int = 1) -> list[str]:
    """The `count` lines that follow the first line equal to `anchor` (a label's value)."""
    i = lines.index(anchor)
    return lines[i + 1 : i + 1 + count]


def test_it_shows_the_gift_the_points_and_the_balances() -> None:
    lines = lines_of(render_gift_voucher_pdf(make_voucher()))

    assert lines[:3] == ["Perfumerías Lumen Gràcia", "Tienda S001 · Caja 02", "Canje de regalo"]
    assert after(lines, "Regalo") == ["Neceser de viaje Lumen"]
    assert after(lines, "Código del regalo") == ["REG-0042"]
    assert after(lines, "Saldo anterior") == ["4.200"]
    assert after(lines, "Puntos canjeados") == ["-1.500"]
    assert after(lines, "Saldo actual") == ["2.700"]
    assert after(lines, "Cliente") == ["Maria Núñez Martí"]
    assert after(lines, "Le atendió") == ["Laia Puig"]
    assert REFERENCE in lines
    assert str(make_voucher().redemption_id) in lines
    assert "Firma del cliente" in lines
    assert "Recibo el regalo indicado." in lines


@pytest.mark.parametrize(
    ("moment", "shown"),
    [
        (REDEEMED, "15/03/2026 18:42"),  # winter: UTC+1
        (datetime(2026, 7, 1, 16, 5, tzinfo=UTC), "01/07/2026 18:05"),  # summer: UTC+2
        (datetime(2026, 6, 30, 22, 30, tzinfo=UTC), "01/07/2026 00:30"),  # the next day
    ],
)
def test_the_time_is_madrid_time(moment: datetime, shown: str) -> None:
    lines = lines_of(render_gift_voucher_pdf(make_voucher(redeemed_at=moment)))
    assert after(lines, "Fecha") == [shown]


def test_only_the_cards_last_four_digits_are_printed() -> None:
    pdf = render_gift_voucher_pdf(make_voucher())
    lines = lines_of(pdf)

    assert after(lines, "Tarjeta") == ["**** 5678"]
    assert "2900012345678" not in " ".join(lines)
    assert b"2900012345678" not in pdf  # not even in the metadata


def test_no_card_no_card_line() -> None:
    lines = lines_of(render_gift_voucher_pdf(make_voucher(card_number=None)))
    assert "Tarjeta" not in lines
    assert "None" not in " ".join(lines)


def test_the_approver_is_named_only_when_there_was_one() -> None:
    assert "Aprobado por" not in lines_of(render_gift_voucher_pdf(make_voucher()))
    lines = lines_of(render_gift_voucher_pdf(make_voucher(approved_by="Marta Soler")))
    assert after(lines, "Aprobado por") == ["Marta Soler"]


def test_the_offline_note_only_when_offline() -> None:
    note = "Canje sin conexión: se confirmará con la central"
    assert note not in lines_of(render_gift_voucher_pdf(make_voucher()))

    voucher = make_voucher(
        offline=True,
        approved_by="Marta Soler",
        reason="Clienta habitual; la central no responde desde las 17:00.",
    )
    text = " ".join(lines_of(render_gift_voucher_pdf(voucher)))
    assert note in text
    assert (
        "Motivo de la aprobación: Clienta habitual; la central no responde desde las 17:00." in text
    )


def test_a_cancellation_slip_gives_the_points_back() -> None:
    voucher = make_voucher(cancelled=True, balance_before=2700, balance_after=4200, offline=True)
    lines = lines_of(render_gift_voucher_pdf(voucher))

    assert "Anulación de canje" in lines
    assert "Canje de regalo" not in lines
    assert "Puntos canjeados" not in lines
    assert after(lines, "Saldo anterior") == ["2.700"]
    assert after(lines, "Puntos devueltos") == ["+1.500"]
    assert after(lines, "Saldo actual") == ["4.200"]
    assert "Anulación sin conexión: se confirmará con la central" in lines
    assert "Devuelvo el regalo indicado." in lines
    assert REFERENCE in lines


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "ca",
            [
                "Bescanvi de regal",
                "Regal",
                "Punts bescanviats",
                "Saldo anterior",
                "Saldo actual",
                "Targeta",
                "Aprovat per",
                "Bescanvi sense connexió: es confirmarà amb la central",
                "Signatura del client",
            ],
        ),
        (
            "en",
            [
                "Gift redemption",
                "Gift",
                "Points spent",
                "Previous balance",
                "New balance",
                "Card",
                "Approved by",
                "Offline redemption: to be confirmed with head office",
                "Customer's signature",
            ],
        ),
        ("fr", ["Canje de regalo", "Puntos canjeados"]),  # unknown: Spanish
    ],
)
def test_labels_are_in_the_customers_language(language: str, expected: list[str]) -> None:
    voucher = make_voucher(language=language, offline=True, approved_by="Marta Soler")
    lines = lines_of(render_gift_voucher_pdf(voucher))
    for line in expected:
        assert line in lines, line


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("es", "Anulación de canje"),
        ("ca", "Anul·lació de bescanvi"),
        ("en", "Redemption cancelled"),
    ],
)
def test_the_cancellation_title_in_each_language(language: str, title: str) -> None:
    voucher = make_voucher(language=language, cancelled=True)
    assert title in lines_of(render_gift_voucher_pdf(voucher))


def test_long_names_wrap_and_stay_whole() -> None:
    gift = "Neceser de viaje Lumen con seis miniaturas de cuidado facial y corporal"
    voucher = make_voucher(gift_name=gift, customer_name="Núria Martí Núñez-Cal·la")
    text = " ".join(lines_of(render_gift_voucher_pdf(voucher)))
    assert gift in text
    assert "Núria Martí Núñez-Cal·la" in text


def test_the_page_is_the_receipts_width_and_as_long_as_the_slip() -> None:
    short = PdfReader(io.BytesIO(render_gift_voucher_pdf(make_voucher()))).pages
    long = PdfReader(
        io.BytesIO(
            render_gift_voucher_pdf(
                make_voucher(offline=True, reason="Un motivo largo. " * 10, approved_by="M")
            )
        )
    ).pages
    assert len(short) == len(long) == 1
    assert float(short[0].mediabox.width) == pytest.approx(PAPER_WIDTH)
    short_mm = float(short[0].mediabox.height) / PT_PER_MM
    long_mm = float(long[0].mediabox.height) / PT_PER_MM
    assert 100 < short_mm < long_mm < 297


def test_same_voucher_same_bytes() -> None:
    first = render_gift_voucher_pdf(make_voucher())
    assert first.startswith(b"%PDF-")
    assert render_gift_voucher_pdf(make_voucher()) == first
    assert render_gift_voucher_pdf(make_voucher(points=1501)) != first


def _page(voucher: GiftVoucher, dpi: int) -> Image.Image:
    pages = render_pages(render_gift_voucher_pdf(voucher), dpi=dpi)
    assert len(pages) == 1
    return pages[0]


@pytest.mark.parametrize("dpi", [203, 300])
def test_zbar_reads_the_reference(dpi: int) -> None:
    page = _page(make_voucher(), dpi).convert("L")
    reads = pyzbar.decode(page, symbols=[ZBarSymbol.CODE128])
    assert [(r.data.decode(), r.type) for r in reads] == [(REFERENCE, "CODE128")]


@pytest.mark.parametrize("reference", [REFERENCE, "CJ-S123-14-123456789"])
def test_the_counters_decoder_reads_the_reference(reference: str) -> None:
    page = _page(make_voucher(reference=reference), 203).convert("L")
    # Whether it reads, not how fast: a budget a loaded test machine cannot overrun.
    assert decode_frame(np.array(page), budget_ms=10_000) == [Decoded(reference, "CODE128")]


def test_there_is_a_line_to_sign_on() -> None:
    """A dark horizontal rule at least 50 mm long, in the lower half of the slip."""
    dpi = 150
    grey = np.asarray(_page(make_voucher(), dpi).convert("L"))
    lower = grey[grey.shape[0] // 2 :]
    longest = max(_longest_dark_run(row) for row in lower)
    assert longest / dpi * 25.4 >= 50


def _longest_dark_run(row: np.ndarray) -> int:
    best = run = 0
    for dark in row < 128:
        run = run + 1 if dark else 0
        best = max(best, run)
    return best

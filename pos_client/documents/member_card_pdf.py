"""The printable member card: one ID-1 page (85.6 x 54 mm) with the card's EAN-13.

For a card printer (300 dpi) or to cut from paper. The barcode is a raster from
python-barcode's ImageWriter at 300 dpi with modules of exactly 4 pixels
(0.339 mm, about 103 % of the EAN-13 nominal size), placed on the 300 dpi grid:
a card printer prints each pixel as one dot and a 600 dpi laser as two, so no
bar comes out a dot wider than its neighbour (a 600 dpi image scaled down by
the printer can). Quiet zones of 11 modules are left white on both sides. The
digits are PDF text under the bars, grouped the EAN-13 way, so they print
sharply and can be read back.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from typing import Any

from barcode import EAN13
from barcode.writer import ImageWriter
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from loyalty_core.barcodes import is_valid_gtin
from pos_client.documents.consent_pdf import printable

CARD_SIZE = (85.6 * mm, 54 * mm)  # ISO/IEC 7810 ID-1
DPI = 300
MODULE_PX = 4
MODULE = MODULE_PX * 72 / DPI  # points: 0.96 pt = 0.339 mm
GRID = 72 / 300  # one dot of a 300 dpi card printer, in points
QUIET_MODULES = 11  # EAN-13 needs 11 on the left and 7 on the right: 11 on both
BAR_HEIGHT = 13 * mm
GUARD_EXTRA = 5 * MODULE  # guard bars reach into the digits' row
FONT, BOLD = "Helvetica", "Helvetica-Bold"
BAND = colors.HexColor("#5b2a4e")  # the club's plum
MUTED = colors.HexColor("#5f5f5f")
PAD = 5 * mm


@dataclass(frozen=True)
class MemberCardDocument:
    """What the printed card shows."""

    card_number: str
    holder_name: str
    member_since: date
    club_name: str = "Club Lumen"
    language: str = "es"
    """The holder's language, for the card's two fixed words."""


_WORDS = {
    "es": ("Tarjeta de miembro", "Miembro desde"),
    "ca": ("Targeta de membre", "Membre des de"),
    "en": ("Member card", "Member since"),
}


def render_member_card_pdf(card: MemberCardDocument) -> bytes:
    """Return the member card as a one-page PDF the size of an ID-1 card."""
    if not (len(card.card_number) == 13 and is_valid_gtin(card.card_number)):
        raise ValueError(f"not an EAN-13 card number: {card.card_number!r}")
    kind, since = _WORDS.get(card.language, _WORDS["es"])
    width, height = CARD_SIZE
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=CARD_SIZE, invariant=1, pageCompression=1)
    canvas.setTitle(printable(f"{card.club_name} {card.card_number}"))
    canvas.setAuthor(printable(card.club_name))
    # The band, the club's name and what the card is.
    band = 15 * mm
    canvas.setFillColor(BAND)
    canvas.rect(0, height - band, width, band, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont(BOLD, 14)
    canvas.drawString(PAD, height - band + 5.2 * mm, _fit(card.club_name, BOLD, 14, width * 0.6))
    canvas.setFont(FONT, 7)
    canvas.drawRightString(width - PAD, height - band + 5.6 * mm, printable(kind))
    # The holder (on two lines when one is not enough), and since when.
    lines, size = _name_lines(card.holder_name, width - 2 * PAD)
    canvas.setFillColor(colors.black)
    canvas.setFont(BOLD, size)
    y = height - band - 7 * mm
    for line in lines:
        canvas.drawString(PAD, y, line)
        y -= size * 1.15
    canvas.setFillColor(MUTED)
    canvas.setFont(FONT, 7.5)
    canvas.drawString(
        PAD, y - 4.2 * mm + size * 1.15, printable(f"{since} {card.member_since:%m/%Y}")
    )
    _barcode(canvas, card.card_number, width)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _barcode(canvas: Any, number: str, page_width: float) -> None:
    """Draw the EAN-13, centred near the bottom edge, with its digits under it."""
    image = _barcode_image(number)
    draw_w = image.width * 72 / DPI
    draw_h = image.height * 72 / DPI
    x = _on_grid((page_width - draw_w) / 2)
    font_size = 8.5
    bars_bottom = _on_grid(3 * mm + font_size)  # room for the digits below the bars
    canvas.drawImage(ImageReader(image), x, bars_bottom - GUARD_EXTRA, draw_w, draw_h)
    # EAN-13 human-readable digits: the first in the left quiet zone, then six
    # under each half, between the guard bars.
    start = x + QUIET_MODULES * MODULE
    canvas.setFillColor(colors.black)
    canvas.setFont(FONT, font_size)
    baseline = bars_bottom - 0.8 * mm - font_size * 0.72  # Helvetica's digits are 0.72 em
    canvas.drawRightString(start - 2 * MODULE, baseline, number[0])
    for digits, left in ((number[1:7], start + 3 * MODULE), (number[7:], start + 50 * MODULE)):
        _spread(canvas, digits, left + 1.5 * MODULE, left + 40.5 * MODULE, baseline)


def _barcode_image(number: str) -> Any:
    """The bars as a greyscale image at `DPI`, no text, the guard bars reaching lower."""
    module_mm = MODULE_PX * 25.4 / DPI
    writer = ImageWriter(format="PNG", mode="L", dpi=DPI)
    options = {
        "module_width": module_mm,
        "module_height": BAR_HEIGHT / mm,
        "quiet_zone": QUIET_MODULES * module_mm,
        "guard_height_factor": (BAR_HEIGHT + GUARD_EXTRA) / BAR_HEIGHT,
        "margin_top": 0,
        # The writer sizes the image for the short bars: the longer guards need this room.
        "margin_bottom": GUARD_EXTRA / mm,
        "write_text": False,
    }
    return EAN13(number[:12], writer=writer, guardbar=True).render(options)


def _spread(canvas: Any, digits: str, left: float, right: float, y: float) -> None:
    """Centre each digit in its own equal share of [left, right]."""
    step = (right - left) / len(digits)
    for i, digit in enumerate(digits):
        canvas.drawCentredString(left + step * (i + 0.5), y, digit)


def _on_grid(points: float) -> float:
    return round(points / GRID) * GRID


def _name_lines(name: str, room: float) -> tuple[list[str], float]:
    """The holder's name in one line (11.5 down to 9.5 pt), else two (9.5 down to 8 pt)."""
    text = " ".join(printable(name).split())
    size = 11.5
    while size > 9.5 and stringWidth(text, BOLD, size) > room:
        size -= 0.5
    if stringWidth(text, BOLD, size) <= room:
        return [text], size
    while True:
        lines = simpleSplit(text[:400], BOLD, size, room)  # a card shows ~100 letters at most
        if len(lines) <= 2 or size <= 8:
            break
        size -= 0.5
    if len(lines) > 2:
        lines = [lines[0], _fit(" ".join(lines[1:]), BOLD, size, room)]
    return lines, size


def _fit(text: str, font: str, size: float, room: float) -> str:
    """The text, cut with an ellipsis when it is wider than `room`."""
    text = " ".join(printable(text).split())
    if stringWidth(text, font, size) <= room:
        return text
    low, high = 0, len(text)  # the longest prefix that fits with its ellipsis
    while low < high:
        mid = (low + high + 1) // 2
        if stringWidth(text[:mid] + "…", font, size) <= room:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + "…"

"""A receipt as a PDF on 80 mm receipt paper, its height fitted to the content.

Two passes over the same drawing code: the first only measures, so the page
is exactly as long as the receipt and a thermal printer cuts no blank paper.
Module sizes of the barcodes are whole printer dots at 203 dpi, so they stay
sharp (and scannable) on a thermal head as well as on an A4 print.
"""

from __future__ import annotations

import io
import os
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode import createBarcodeDrawing
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from loyalty_core.barcodes import is_valid_gtin
from loyalty_core.money import format_euros
from loyalty_core.store_time import MADRID
from pos_client.services.receipts import Receipt, ReceiptLine, ReceiptPayment

PAPER_WIDTH = 80 * mm
MARGIN = 4 * mm
BOTTOM = 8 * mm  # room below the footer before the cutter
WIDTH = PAPER_WIDTH - 2 * MARGIN  # 72 mm: what an 80 mm thermal head prints
DOT = 25.4 * mm / 203  # one dot of a 203 dpi thermal printer
FONT, BOLD, MONO = "Helvetica", "Helvetica-Bold", "Courier"
BODY = 8.0
INDENT = 3 * mm
VAT_COLUMNS = (WIDTH * 0.40, WIDTH * 0.68, WIDTH)  # right edges of base, VAT, total
# The standard PDF fonts speak Windows-1252: Spanish, Catalan, Basque, Galician,
# Portuguese and French fit; a few other Latin letters are spelled without marks.
_SPELL_OUT = str.maketrans({"Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "ı": "i"})


@dataclass(frozen=True)
class ReceiptLabels:
    """Every fixed word on the receipt (Spanish by default; the UI may translate)."""

    invoice_title: str = "FACTURA SIMPLIFICADA"
    return_title: str = "DEVOLUCIÓN"
    return_subtitle: str = "Factura rectificativa simplificada"
    original_ref: str = "Ref."
    tax_id: str = "NIF"
    number: str = "Nº ticket"
    date: str = "Fecha"
    device: str = "Caja"
    staff: str = "Le atendió"
    item: str = "Artículo"
    vat_rate_column: str = "IVA"
    amount: str = "Importe"
    line_discount: str = "Descuento"
    subtotal: str = "Subtotal"
    line_discounts: str = "Descuentos en artículos"
    ticket_discount: str = "Descuento en ticket"
    total: str = "TOTAL"
    vat_included: str = "IVA incluido"
    vat_rate: str = "% IVA"
    vat_base: str = "Base imponible"
    vat_amount: str = "Cuota"
    vat_total: str = "Total"
    cash: str = "Efectivo"
    card: str = "Tarjeta"
    tendered: str = "Entregado"
    change: str = "Cambio"
    customer: str = "Cliente"
    points_earned: str = "Puntos obtenidos"
    campaign_points: str = "Campaña"
    points_reversed: str = "Puntos anulados"
    points_balance: str = "Saldo de puntos"
    footer: str = "Gracias por su visita"

    def method(self, method: str) -> str:
        """Name a payment method ('cash', 'card'); an unknown one as it is stored."""
        return {"cash": self.cash, "card": self.card}.get(method, method)


def render_receipt(
    receipt: Receipt,
    target: Path,
    *,
    labels: ReceiptLabels | None = None,
    tz: ZoneInfo = MADRID,
) -> Path:
    """Write the receipt as a PDF at `target` (replacing it whole) and return the path."""
    data = render_receipt_bytes(receipt, labels=labels, tz=tz)
    partial = target.with_name(f".{target.name}.partial")
    try:
        partial.write_bytes(data)
        os.replace(partial, target)  # a printer spooler never sees half a file
    finally:
        partial.unlink(missing_ok=True)
    return target


def render_receipt_bytes(
    receipt: Receipt, *, labels: ReceiptLabels | None = None, tz: ZoneInfo = MADRID
) -> bytes:
    """Return the receipt as PDF bytes."""
    labels = labels or ReceiptLabels()
    measure = _Pen(None, top=0.0)
    _draw_receipt(measure, receipt, labels, tz)
    height = -measure.y + MARGIN + BOTTOM
    buffer = io.BytesIO()
    # Invariant: a reprint of the same receipt is the same bytes.
    canvas = Canvas(buffer, pagesize=(PAPER_WIDTH, height), invariant=True, pageCompression=1)
    title = labels.return_title if receipt.kind == "return" else labels.invoice_title
    canvas.setTitle(f"{title} {receipt.receipt_number}")
    canvas.setAuthor(_safe(receipt.store_name))
    _draw_receipt(_Pen(canvas, top=height - MARGIN), receipt, labels, tz)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _draw_receipt(pen: _Pen, r: Receipt, labels: ReceiptLabels, tz: ZoneInfo) -> None:
    _header(pen, r, labels, tz)
    _lines(pen, r.lines, labels)
    _totals(pen, r, labels)
    _vat(pen, r, labels)
    _payments(pen, r.payments, labels)
    if r.customer_name is not None:
        _loyalty(pen, r, labels)
    _verification(pen, r, labels)


def _header(pen: _Pen, r: Receipt, labels: ReceiptLabels, tz: ZoneInfo) -> None:
    pen.centered(r.store_name, font=BOLD, size=12)
    pen.centered(r.store_address)
    pen.centered(f"{labels.tax_id}: {r.store_tax_id}")
    pen.rule(gap=2.5 * mm)
    if r.kind == "return":
        pen.centered(labels.return_title, font=BOLD, size=11)
        pen.centered(labels.return_subtitle, size=7.5)
        if r.original_receipt_number:
            pen.centered(f"{labels.original_ref} {r.original_receipt_number}", font=BOLD)
    else:
        pen.centered(labels.invoice_title, font=BOLD, size=11)
    pen.gap(1.5 * mm)
    pen.row(labels.number, r.receipt_number, right_font=BOLD)
    pen.row(labels.date, _local(r.occurred_at, tz).strftime("%d/%m/%Y  %H:%M"))
    pen.row(labels.device, r.device_code)
    pen.row(labels.staff, r.staff_name)
    pen.rule()


def _lines(pen: _Pen, lines: tuple[ReceiptLine, ...], labels: ReceiptLabels) -> None:
    pen.row(labels.item, labels.amount, font=BOLD, size=7, mid=labels.vat_rate_column)
    pen.rule(dash=False, gap=1 * mm)
    for line in lines:
        pen.wrapped(line.name)
        quantity = f"{line.quantity} x {format_euros(line.unit_price_cents)}"
        amount = format_euros(line.quantity * line.unit_price_cents)
        pen.row(quantity, amount, indent=INDENT, mid=f"{line.vat_rate} %")
        if line.line_discount_cents:
            pen.row(labels.line_discount, format_euros(-line.line_discount_cents), indent=INDENT)
        pen.gap(0.8 * mm)


def _totals(pen: _Pen, r: Receipt, labels: ReceiptLabels) -> None:
    pen.rule(gap=1.5 * mm)
    # Printed figures must add up to the total actually paid or refunded. A
    # return keeps its ticket discount only on its lines, and their shares can
    # be a cent off the net share, so the ticket discount is the balancing figure
    # (on a sale it equals `ticket_discount_cents`).
    ticket_discount = r.gross_cents - r.line_discounts_cents - r.total_cents
    if r.line_discounts_cents or ticket_discount:
        pen.row(labels.subtotal, format_euros(r.gross_cents))
        if r.line_discounts_cents:
            pen.row(labels.line_discounts, format_euros(-r.line_discounts_cents))
        if ticket_discount:
            pen.row(labels.ticket_discount, format_euros(-ticket_discount))
        pen.gap(1 * mm)
    pen.row(labels.total, format_euros(r.total_cents), font=BOLD, size=14)
    pen.row(labels.vat_included, size=7)


def _vat(pen: _Pen, r: Receipt, labels: ReceiptLabels) -> None:
    pen.rule()
    heads = (labels.vat_base, labels.vat_amount, labels.vat_total)
    pen.columns(labels.vat_rate, heads, font=BOLD, size=7)
    for v in r.vat:
        amounts = (v.base_cents, v.vat_cents, v.gross_cents)
        pen.columns(f"{v.rate} %", tuple(format_euros(a) for a in amounts))


def _payments(pen: _Pen, payments: tuple[ReceiptPayment, ...], labels: ReceiptLabels) -> None:
    if not payments:
        return
    pen.rule()
    for p in payments:
        pen.row(labels.method(p.method), format_euros(p.amount_cents), font=BOLD)
        if p.tendered_cents is not None:
            pen.row(labels.tendered, format_euros(p.tendered_cents), indent=INDENT)
        if p.change_cents is not None:
            pen.row(labels.change, format_euros(p.change_cents), indent=INDENT)


def _loyalty(pen: _Pen, r: Receipt, labels: ReceiptLabels) -> None:
    pen.rule()
    pen.row(f"{labels.customer}: {r.customer_name}", font=BOLD)
    earned = labels.points_reversed if r.points_earned < 0 else labels.points_earned
    pen.row(earned, _points(r.points_earned, signed=True))
    if r.campaign_points:
        pen.row(
            f"{labels.campaign_points} {r.campaign_name}", _points(r.campaign_points, signed=True)
        )
    if r.points_balance is not None:
        pen.row(labels.points_balance, _points(r.points_balance), right_font=BOLD)
    if r.card_number:
        pen.gap(2 * mm)
        pen.drawing(_card_barcode(r.card_number))
        if not is_valid_gtin(r.card_number):
            pen.centered(r.card_number)  # EAN-13 prints its own digits


def _verification(pen: _Pen, r: Receipt, labels: ReceiptLabels) -> None:
    pen.rule(gap=3 * mm)
    pen.drawing(_qr(r.qr_text))
    pen.centered(r.record_hash[:16], font=MONO, size=8)
    pen.gap(3 * mm)
    pen.centered(labels.footer, font=BOLD, size=10)


def _card_barcode(card_number: str) -> Drawing:
    """Draw a member card as EAN-13 (its printed form); anything else as Code 128."""
    if len(card_number) == 13 and is_valid_gtin(card_number):
        # reportlab takes the 12-digit body and adds the check digit itself.
        return createBarcodeDrawing(
            "EAN13", value=card_number[:12], barWidth=3 * DOT, barHeight=14 * mm, fontSize=8
        )
    return createBarcodeDrawing("Code128", value=card_number, barWidth=2 * DOT, barHeight=12 * mm)


def _qr(text: str) -> Drawing:
    widget = QrCodeWidget(text, barLevel="M", barBorder=4)
    widget.qr.make()
    side = (widget.qr.getModuleCount() + 2 * widget.barBorder) * 4 * DOT
    widget.barWidth = widget.barHeight = side
    drawing = Drawing(side, side)
    drawing.add(widget)
    return drawing


def _local(moment: datetime, tz: ZoneInfo) -> datetime:
    # A naive time from the store is UTC: that is how occurred_at is kept.
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return aware.astimezone(tz)


def _points(points: int, *, signed: bool = False) -> str:
    return f"{points:+,}".replace(",", ".") if signed else f"{points:,}".replace(",", ".")


def _safe(text: str) -> str:
    """Keep what the standard fonts can show; spell other letters without marks."""
    out = []
    for ch in text.translate(_SPELL_OUT):
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            base = unicodedata.normalize("NFKD", ch)
            out.append("".join(c for c in base if c.isascii() and not unicodedata.combining(c)))
    return "".join(out)


class _Pen:
    """Writes rows from the top down; without a canvas it only measures."""

    def __init__(self, canvas: Canvas | None, *, top: float) -> None:
        self.canvas = canvas
        self.y = top

    def gap(self, height: float) -> None:
        self.y -= height

    def _text(self, x: float, text: str, font: str, size: float, anchor: str = "l") -> None:
        if self.canvas is None:
            return
        self.canvas.setFont(font, size)
        draw = {"l": self.canvas.drawString, "r": self.canvas.drawRightString}
        draw.get(anchor, self.canvas.drawCentredString)(MARGIN + x, self.y + size * 0.28, text)

    def row(
        self,
        left: str,
        right: str = "",
        *,
        font: str = FONT,
        size: float = BODY,
        indent: float = 0.0,
        mid: str | None = None,
        right_font: str | None = None,
    ) -> None:
        """Write a label on the left and a value on the right; a long label wraps."""
        left, right = _safe(left), _safe(right)
        right_font = right_font or font
        room = WIDTH - indent - stringWidth(right, right_font, size) - 3 * mm
        if mid is not None:
            room = WIDTH * 0.62 - indent - 2 * mm
        for i, part in enumerate(simpleSplit(left, font, size, room) or [""]):
            self.y -= size * 1.3
            self._text(indent, part, font, size)
            if i == 0:
                if mid is not None:
                    self._text(WIDTH * 0.62, _safe(mid), font, size, "r")
                self._text(WIDTH, right, right_font, size, "r")

    def wrapped(self, text: str, *, font: str = FONT, size: float = BODY) -> None:
        for part in simpleSplit(_safe(text), font, size, WIDTH):
            self.y -= size * 1.3
            self._text(0, part, font, size)

    def centered(self, text: str, *, font: str = FONT, size: float = BODY) -> None:
        for part in simpleSplit(_safe(text), font, size, WIDTH):
            self.y -= size * 1.3
            self._text(WIDTH / 2, part, font, size, "c")

    def columns(
        self, first: str, rest: tuple[str, ...], *, font: str = FONT, size: float = BODY
    ) -> None:
        """Write a table row: the first cell on the left, the others right-aligned."""
        self.y -= size * 1.3
        self._text(0, _safe(first), font, size)
        for edge, cell in zip(VAT_COLUMNS, rest, strict=True):
            self._text(edge, _safe(cell), font, size, "r")

    def rule(self, *, dash: bool = True, gap: float = 2 * mm) -> None:
        self.y -= gap
        if self.canvas is not None:
            self.canvas.saveState()
            self.canvas.setLineWidth(0.5)
            if dash:
                self.canvas.setDash(2, 2)
            self.canvas.line(MARGIN, self.y, MARGIN + WIDTH, self.y)
            self.canvas.restoreState()
        self.y -= gap / 2

    def drawing(self, drawing: Drawing) -> None:
        """Place a drawing (a barcode) centred across the paper."""
        self.y -= drawing.height
        if self.canvas is not None:
            renderPDF.draw(drawing, self.canvas, (PAPER_WIDTH - drawing.width) / 2, self.y)

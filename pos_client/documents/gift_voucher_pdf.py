"""The gift redemption voucher: a slip from the receipt printer, handed over with the gift.

It is drawn like a receipt (`receipt_pdf`: 80 mm paper, the height fitted to
the content, the same pen) and in the customer's language: the store, what was
given, the points spent and the balance before and after, the customer with
the card's last four digits only, when (Madrid time), who served and who
approved, a note when the redemption was made offline (and the manager's
reason when it went over a cap), the reference as a Code 128 barcode and in
large type, and a line for the customer's signature. A cancelled redemption
prints a cancellation slip instead, giving the points back. The same voucher
gives the same bytes, so a reprint is the same file.
"""

from __future__ import annotations

import io
import uuid
from dataclasses import dataclass
from datetime import datetime

from reportlab.graphics.barcode import createBarcodeDrawing
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from loyalty_core.store_time import MADRID
from pos_client.documents.consent_pdf import printable
from pos_client.documents.receipt_pdf import (
    BOTTOM,
    DOT,
    MARGIN,
    MONO,
    PAPER_WIDTH,
    WIDTH,
    _local,
    _Pen,
    _points,
)

FONT, BOLD = "Helvetica", "Helvetica-Bold"
BAR_HEIGHT = 12 * mm
MASK = "****"  # not bullets: pypdf reads WinAnsi bullets back as DEL


@dataclass(frozen=True)
class GiftVoucher:
    """What one redemption (or its cancellation) slip shows, ready to print."""

    redemption_id: uuid.UUID
    reference: str
    """Short code printed large and as a Code 128 barcode, e.g. "CJ-S001-02-000042"."""
    store_name: str
    store_code: str
    device_code: str
    customer_name: str
    card_number: str | None
    """Printed masked: only its last four digits."""
    gift_name: str
    gift_code: str
    points: int
    """Points spent (positive); on a cancellation, the points given back."""
    balance_before: int
    balance_after: int
    redeemed_at: datetime
    """Aware, UTC; printed in Europe/Madrid."""
    staff_name: str
    approved_by: str | None
    """The manager who approved it, or None when no approval was needed."""
    offline: bool
    reason: str | None
    """The manager's reason, when the redemption went over an offline cap."""
    language: str
    """The customer's: 'es', 'ca' or 'en' (anything else prints in Spanish)."""
    cancelled: bool = False


@dataclass(frozen=True)
class VoucherLabels:
    """Every fixed word on the slip, in one language."""

    title: str
    cancelled_title: str
    cancelled_note: str
    date: str
    store: str
    device: str
    staff: str
    approved_by: str
    customer: str
    card: str
    gift: str
    gift_code: str
    points_spent: str
    points_returned: str
    balance_before: str
    balance_after: str
    offline: str
    cancelled_offline: str
    reason: str
    reference: str
    signature: str
    received: str
    returned: str
    keep: str


LABELS: dict[str, VoucherLabels] = {
    "es": VoucherLabels(
        title="Canje de regalo",
        cancelled_title="Anulación de canje",
        cancelled_note="Se anula este canje: los puntos vuelven a su saldo.",
        date="Fecha",
        store="Tienda",
        device="Caja",
        staff="Le atendió",
        approved_by="Aprobado por",
        customer="Cliente",
        card="Tarjeta",
        gift="Regalo",
        gift_code="Código del regalo",
        points_spent="Puntos canjeados",
        points_returned="Puntos devueltos",
        balance_before="Saldo anterior",
        balance_after="Saldo actual",
        offline="Canje sin conexión: se confirmará con la central",
        cancelled_offline="Anulación sin conexión: se confirmará con la central",
        reason="Motivo de la aprobación",
        reference="Referencia",
        signature="Firma del cliente",
        received="Recibo el regalo indicado.",
        returned="Devuelvo el regalo indicado.",
        keep="Conserve este comprobante",
    ),
    "ca": VoucherLabels(
        title="Bescanvi de regal",
        cancelled_title="Anul·lació de bescanvi",
        cancelled_note="S'anul·la aquest bescanvi: els punts tornen al seu saldo.",
        date="Data",
        store="Botiga",
        device="Caixa",
        staff="L'ha atès",
        approved_by="Aprovat per",
        customer="Client",
        card="Targeta",
        gift="Regal",
        gift_code="Codi del regal",
        points_spent="Punts bescanviats",
        points_returned="Punts retornats",
        balance_before="Saldo anterior",
        balance_after="Saldo actual",
        offline="Bescanvi sense connexió: es confirmarà amb la central",
        cancelled_offline="Anul·lació sense connexió: es confirmarà amb la central",
        reason="Motiu de l'aprovació",
        reference="Referència",
        signature="Signatura del client",
        received="He rebut el regal indicat.",
        returned="Retorno el regal indicat.",
        keep="Conservi aquest comprovant",
    ),
    "en": VoucherLabels(
        title="Gift redemption",
        cancelled_title="Redemption cancelled",
        cancelled_note="This redemption is cancelled: the points go back to your balance.",
        date="Date",
        store="Store",
        device="Till",
        staff="Served by",
        approved_by="Approved by",
        customer="Customer",
        card="Card",
        gift="Gift",
        gift_code="Gift code",
        points_spent="Points spent",
        points_returned="Points returned",
        balance_before="Previous balance",
        balance_after="New balance",
        offline="Offline redemption: to be confirmed with head office",
        cancelled_offline="Offline cancellation: to be confirmed with head office",
        reason="Reason for approval",
        reference="Reference",
        signature="Customer's signature",
        received="I have received the gift above.",
        returned="I have returned the gift above.",
        keep="Please keep this slip",
    ),
}


def render_gift_voucher_pdf(voucher: GiftVoucher) -> bytes:
    """Return the redemption (or cancellation) slip as receipt-width PDF bytes."""
    labels = LABELS.get(voucher.language, LABELS["es"])
    measure = _Pen(None, top=0.0)
    _draw(measure, voucher, labels)
    height = -measure.y + MARGIN + BOTTOM
    buffer = io.BytesIO()
    # Invariant: a reprint of the same voucher is the same bytes.
    canvas = Canvas(buffer, pagesize=(PAPER_WIDTH, height), invariant=1, pageCompression=1)
    canvas.setTitle(printable(f"{_title(voucher, labels)} {voucher.reference}"))
    canvas.setAuthor(printable(voucher.store_name))
    canvas.setSubject(str(voucher.redemption_id))
    _draw(_Pen(canvas, top=height - MARGIN), voucher, labels)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _draw(pen: _Pen, v: GiftVoucher, labels: VoucherLabels) -> None:
    pen.centered(v.store_name, font=BOLD, size=12)
    pen.centered(f"{labels.store} {v.store_code} · {labels.device} {v.device_code}")
    pen.rule(gap=2.5 * mm)
    pen.centered(_title(v, labels), font=BOLD, size=13)
    if v.cancelled:
        pen.centered(labels.cancelled_note, size=7.5)
    pen.gap(1.5 * mm)
    pen.row(labels.date, _local(v.redeemed_at, MADRID).strftime("%d/%m/%Y  %H:%M"))
    pen.row(labels.staff, v.staff_name)
    if v.approved_by:
        pen.row(labels.approved_by, v.approved_by)
    pen.rule()
    pen.row(labels.customer, v.customer_name, right_font=BOLD)
    if v.card_number:
        pen.row(labels.card, _masked(v.card_number))
    pen.rule()
    pen.row(labels.gift, font=BOLD, size=7)
    pen.wrapped(v.gift_name, font=BOLD, size=11)
    pen.row(labels.gift_code, v.gift_code)
    pen.rule()
    _points_rows(pen, v, labels)
    if v.offline or v.reason:
        pen.rule()
    if v.offline:
        pen.wrapped(labels.cancelled_offline if v.cancelled else labels.offline, size=7.5)
    if v.reason:
        pen.wrapped(f"{labels.reason}: {v.reason.strip()}", size=7.5)
    pen.rule(gap=3 * mm)
    pen.row(labels.reference, font=BOLD, size=7)
    pen.gap(1 * mm)
    pen.drawing(_reference_barcode(v.reference))
    pen.gap(1 * mm)
    pen.centered(v.reference, font=BOLD, size=14)
    pen.centered(str(v.redemption_id), font=MONO, size=6.5)
    _signature_line(pen, labels.returned if v.cancelled else labels.received, labels)
    pen.gap(2 * mm)
    pen.centered(labels.keep, font=BOLD, size=9)


def _title(v: GiftVoucher, labels: VoucherLabels) -> str:
    return labels.cancelled_title if v.cancelled else labels.title


def _points_rows(pen: _Pen, v: GiftVoucher, labels: VoucherLabels) -> None:
    pen.row(labels.balance_before, _points(v.balance_before))
    if v.cancelled:
        pen.row(labels.points_returned, _points(abs(v.points), signed=True), font=BOLD, size=11)
    else:
        pen.row(labels.points_spent, _points(-abs(v.points), signed=True), font=BOLD, size=11)
    pen.row(labels.balance_after, _points(v.balance_after), right_font=BOLD)


def _masked(card_number: str) -> str:
    """'**** 5678': the last four characters only, so a lost slip gives no card away."""
    digits = card_number.strip()
    return f"{MASK} {digits[-4:]}" if len(digits) > 4 else MASK


def _reference_barcode(reference: str) -> Drawing:
    """Code 128, modules of whole printer dots: the widest that fits the paper."""
    value = reference.encode("ascii", "ignore").decode()  # references are ASCII by design
    for dots in (3, 2):
        drawing = createBarcodeDrawing(
            "Code128", value=value, barWidth=dots * DOT, barHeight=BAR_HEIGHT
        )
        if drawing.width <= WIDTH:
            return drawing
    return createBarcodeDrawing("Code128", value=value, barWidth=DOT, barHeight=BAR_HEIGHT)


def _signature_line(pen: _Pen, statement: str, labels: VoucherLabels) -> None:
    """Room to sign, a line, and under it whose signature it is and what it says."""
    pen.rule(gap=3 * mm)
    pen.gap(14 * mm)
    if pen.canvas is not None:
        pen.canvas.saveState()
        pen.canvas.setLineWidth(0.6)
        pen.canvas.line(MARGIN + 6 * mm, pen.y, MARGIN + WIDTH - 6 * mm, pen.y)
        pen.canvas.restoreState()
    pen.centered(labels.signature, font=BOLD, size=7.5)
    pen.centered(statement, size=7)

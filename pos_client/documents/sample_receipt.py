"""A sample receipt of a made-up sale: what an IT person prints to check a tablet's printer.

`pos-client sample-receipt FILE` writes it. It goes through the same code as a
real receipt (`receipt_pdf.render_receipt`: paper width, fonts, EAN-13 member
card, QR code), so a printer that prints it well prints the counter's receipts
well. The sale is priced and its points counted by `loyalty_core`, as the
counter does; nothing is written to the store (no receipt number is used up,
nothing is synced), and the title and footer say it is a test, not an invoice.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

from demo_data.staff import DEMO_STAFF, DEMO_STORE
from loyalty_core.cart import CartLine, Discount, price_cart
from loyalty_core.member_card import make_card_number
from loyalty_core.points import PointsRule, earn
from loyalty_core.receipt_chain import GENESIS_HASH, canonical_json, receipt_hash
from pos_client.documents.receipt_pdf import ReceiptLabels, render_receipt
from pos_client.services.receipts import Receipt, ReceiptLine, ReceiptPayment

SAMPLE_LABELS = ReceiptLabels(
    invoice_title="TICKET DE PRUEBA",
    footer="Prueba de impresora: sin validez fiscal",
)
SAMPLE_NUMBER = "PRUEBA-000001"
SAMPLE_CUSTOMER = "Cliente de Prueba"
SAMPLE_CARD = make_card_number(9999, 1)
SAMPLE_POINTS_BEFORE = 1_250
SAMPLE_LINES = (
    # Accents, a line discount, two VAT rates and a name long enough to wrap.
    CartLine("p1", "8412345000014", "Sérum Hidratante Ácido Hialurónico 30 ml", 3495, 21, 10),
    CartLine("p2", "8412345000021", "Crema de Día SPF15", 2250, 21, 0, 2, Discount.percent(10)),
    CartLine("p3", "8412345000038", "Guía del Cuidado de la Piel", 1200, 4, 0),
)
SAMPLE_TENDERED_CENTS = 100_00


def sample_receipt(occurred_at: datetime | None = None) -> Receipt:
    """Price the sample sale and put its receipt together, as a finished sale's would be."""
    priced = price_cart(list(SAMPLE_LINES))
    points = earn(priced, PointsRule(points_per_euro=1))
    earned = sum(p.total for p in points)
    moment = occurred_at or datetime.now(UTC)
    record_hash = receipt_hash(
        {"number": SAMPLE_NUMBER, "total": priced.total_cents, "at": moment.isoformat()},
        GENESIS_HASH,
    )
    lines = tuple(
        ReceiptLine(
            code=p.line.code,
            name=p.line.name,
            quantity=p.line.quantity,
            unit_price_cents=p.line.unit_price_cents,
            vat_rate=p.line.vat_rate,
            line_discount_cents=p.line_discount_cents,
            ticket_discount_cents=p.ticket_discount_cents,
            net_cents=p.net_cents,
            points=lp.total,
        )
        for p, lp in zip(priced.lines, points, strict=True)
    )
    return Receipt(
        sale_id=uuid.uuid5(uuid.NAMESPACE_URL, canonical_json(["sample-receipt", record_hash])),
        kind="sale",
        receipt_number=SAMPLE_NUMBER,
        occurred_at=moment,
        store_name=DEMO_STORE["store_name"],
        store_address=DEMO_STORE["store_address"],
        store_tax_id=DEMO_STORE["store_tax_id"],
        device_code=DEMO_STORE["device_code"],
        staff_name=DEMO_STAFF[0].name,
        customer_name=SAMPLE_CUSTOMER,
        card_number=SAMPLE_CARD,
        lines=lines,
        gross_cents=priced.gross_cents,
        line_discounts_cents=priced.line_discounts_cents,
        ticket_discount_cents=priced.ticket_discount_cents,
        total_cents=priced.total_cents,
        vat=priced.vat,
        payments=(
            ReceiptPayment(
                "cash",
                priced.total_cents,
                SAMPLE_TENDERED_CENTS,
                SAMPLE_TENDERED_CENTS - priced.total_cents,
            ),
        ),
        points_earned=earned,
        points_balance=SAMPLE_POINTS_BEFORE + earned,
        record_hash=record_hash,
        previous_hash=GENESIS_HASH,
    )


def write_sample_receipt(target: Path) -> Path:
    """Write the sample receipt as a PDF at `target` and return the path."""
    return render_receipt(sample_receipt(), target, labels=SAMPLE_LABELS)

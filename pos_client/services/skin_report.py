"""The customer's skin report: gathered from the diagnostic, ready for the PDF.

It shows one diagnostic (the latest in force unless another is asked for)
beside the one before it, the routine the advisor recommended with today's
prices and the reason each product suits the customer, in the customer's
language (the paper goes home with them).
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from loyalty_core.advice import Candidate, suggest
from loyalty_core.errors import UnknownCustomer, UserFacingError
from loyalty_core.habits import Step
from loyalty_core.skin import LEVELS, compare_levels
from loyalty_core.wire import DiagnosticPayload
from pos_client.documents.skin_report_pdf import ReportLevel, ReportProduct, SkinReport
from pos_client.services.advice import care_guide
from pos_client.services.diagnostics import skin_history, skin_picture
from pos_client.services.habits import habits_of
from pos_client.services.setup import device_info
from pos_client.store.models import Customer, Product


class NoDiagnostic(UserFacingError):
    """A report asked for a customer with no diagnostic to report."""

    code = "no_diagnostic"


_STEP_ORDER = {step: i for i, step in enumerate(Step)}


def skin_report(
    session: Session, customer_id: uuid.UUID, *, diagnostic_id: uuid.UUID | None = None
) -> SkinReport:
    """The report of a diagnostic (the latest in force by default)."""
    customer = session.scalars(select(Customer).where(Customer.id == customer_id)).first()
    if customer is None:
        raise UnknownCustomer("no such customer", id=str(customer_id))
    history = skin_history(session, customer_id)
    current = list(history.in_force)
    chosen = next((d for d in current if d.diagnostic_id == diagnostic_id), None)
    if diagnostic_id is None:
        chosen = history.latest
    if chosen is None:
        raise NoDiagnostic("no diagnostic to report")
    earlier = current[current.index(chosen) + 1 :]
    previous = earlier[0] if earlier else None
    language = customer.language
    return SkinReport(
        customer_name=f"{customer.first_name} {customer.last_names}",
        card_number=customer.card_number,
        language=language,
        store_name=device_info(session).store_name,
        advisor_name=chosen.staff_name,
        diagnosed_at=chosen.recorded_at,
        previous_at=previous.recorded_at if previous else None,
        skin_type=str(chosen.skin_type),
        sensitivity=str(chosen.sensitivity) if chosen.sensitivity else None,
        phototype=chosen.phototype,
        concerns=tuple(str(c) for c in chosen.concerns),
        areas=tuple(str(a) for a in chosen.areas),
        levels=tuple(
            ReportLevel(c.level, c.now, c.before)
            for c in compare_levels(_levels(chosen), _levels(previous) if previous else None)
        ),
        notes=chosen.notes,
        routine=tuple(_routine(session, customer_id, chosen, language)),
        next_appointment=chosen.next_appointment,
        history=tuple(
            (d.recorded_at.astimezone().date(), d.hydration, d.oiliness) for d in reversed(earlier)
        ),
    )


def _levels(d: DiagnosticPayload) -> dict[str, int | None]:
    return {name: getattr(d, name) for name in LEVELS}


def _routine(
    session: Session, customer_id: uuid.UUID, d: DiagnosticPayload, language: str
) -> list[ReportProduct]:
    """The recommended products in routine order, priced as they were recommended."""
    guide = care_guide()
    ids = [p.product_id for p in d.recommended]
    products = {p.id: p for p in session.scalars(select(Product).where(Product.id.in_(ids)))}
    candidates = [
        Candidate(p.id, p.name, p.brand, p.kind, frozenset(p.tags or ()), p.price_cents)
        for p in products.values()
    ]
    reasons = {
        s.product.id: s.reason
        for s in suggest(
            guide,
            skin=skin_picture(d),
            habits=habits_of(session, customer_id).habits(),
            candidates=candidates,
            language=language,
            limit=len(candidates) or 1,
        )
    }
    items = []
    for recommended in d.recommended:
        product = products.get(recommended.product_id)
        kind = guide.kinds.get(product.kind) if product is not None else None
        step = kind.step if kind is not None else None
        items.append(
            (
                _STEP_ORDER.get(step, len(_STEP_ORDER)) if step else len(_STEP_ORDER),
                ReportProduct(
                    step=str(step) if step else None,
                    name=product.name if product is not None else recommended.name,
                    brand=product.brand if product is not None else "",
                    price_cents=recommended.price_cents,
                    reason=reasons.get(recommended.product_id, ""),
                ),
            )
        )
    items.sort(key=lambda pair: pair[0])
    return [item for _, item in items]

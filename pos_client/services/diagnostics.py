"""Skin diagnostics at the tablet: recorded as facts, read back as a history.

A diagnostic is written in one transaction with its outbox change, only
for a customer whose skin-data consent is given here and now; every value
is checked first (`loyalty_core.skin`), and a recommended product that was
deactivated meanwhile refuses the whole record, so nothing is stored half.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from loyalty_core import skin
from loyalty_core.advice import SkinPicture
from loyalty_core.errors import (
    InactiveProduct,
    NotAllowed,
    UnknownCustomer,
    UnknownProduct,
    UserFacingError,
)
from loyalty_core.ids import uuid7
from loyalty_core.roles import may_handle_skin_data
from loyalty_core.skin import (
    Concern,
    FaceArea,
    LevelSource,
    Sensitivity,
    SkinType,
    in_force,
    may_record,
)
from loyalty_core.wire import DiagnosticPayload, Operation, RecommendedProduct
from pos_client.services.catalogue import display_name
from pos_client.services.setup import device_info
from pos_client.services.staff import StaffMember
from pos_client.store.models import Customer, Diagnostic, Product
from pos_client.store.outbox import NewChange, append_changes
from pos_client.store.skin_data import diagnostic_row


@dataclass(frozen=True)
class DiagnosticDraft:
    """What the advisor filled in, before it is checked and stored."""

    skin_type: SkinType | None
    sensitivity: Sensitivity | None = None
    hydration: int | None = None
    hydration_source: LevelSource | None = None
    oiliness: int | None = None
    oiliness_source: LevelSource | None = None
    phototype: int | None = None
    concerns: tuple[Concern, ...] = ()
    areas: tuple[FaceArea, ...] = ()
    notes: str = ""
    recommended: tuple[uuid.UUID, ...] = field(default=())
    """Catalogue product ids, in the order the advisor listed them."""
    next_appointment: datetime | None = None
    """Aware; None when no appointment was made."""
    supersedes: uuid.UUID | None = None
    """The diagnostic this one corrects."""

    @classmethod
    def correcting(cls, old: DiagnosticPayload, *, now: datetime) -> DiagnosticDraft:
        """A draft to correct `old`: its values, superseding it (a past appointment dropped)."""
        ahead = old.next_appointment is not None and old.next_appointment > now
        return cls(
            skin_type=old.skin_type,
            sensitivity=old.sensitivity,
            hydration=old.hydration,
            hydration_source=old.hydration_source,
            oiliness=old.oiliness,
            oiliness_source=old.oiliness_source,
            phototype=old.phototype,
            concerns=tuple(old.concerns),
            areas=tuple(old.areas),
            notes=old.notes,
            recommended=tuple(p.product_id for p in old.recommended),
            next_appointment=old.next_appointment if ahead else None,
            supersedes=old.diagnostic_id,
        )


class UnknownDiagnostic(UserFacingError):
    """A correction of a diagnostic this customer does not have."""

    code = "unknown_diagnostic"


def skin_allowed(session: Session, customer_id: uuid.UUID) -> bool:
    """True when skin and habit data may be recorded and shown for this customer here."""
    state = session.scalar(select(Customer.consent_state).where(Customer.id == customer_id))
    return may_record(state)


def check_draft(
    session: Session, draft: DiagnosticDraft, *, now: datetime
) -> list[RecommendedProduct]:
    """Check every value; return the recommended products as the catalogue has them now.

    Raises the first problem found (a `UserFacingError` the screen shows in
    place): a level outside 0–100, notes too long, an appointment that is
    not ahead, a product unknown or taken off sale since it was picked.
    """
    skin.check_choices(
        skin_type=draft.skin_type,
        sensitivity=draft.sensitivity,
        phototype=draft.phototype,
        concerns=draft.concerns,
        areas=draft.areas,
        recommended=draft.recommended,
    )
    skin.check_level("hydration", draft.hydration)
    skin.check_level("oiliness", draft.oiliness)
    skin.check_notes(draft.notes)
    skin.check_appointment(draft.next_appointment, now)
    if len(set(draft.recommended)) != len(draft.recommended):
        raise ValueError("a product is recommended twice")
    found = {
        p.id: p for p in session.scalars(select(Product).where(Product.id.in_(draft.recommended)))
    }
    products = []
    for product_id in draft.recommended:
        product = found.get(product_id)
        if product is None:
            raise UnknownProduct(f"no product {product_id}", code=str(product_id))
        if not product.active:
            raise InactiveProduct(
                f"product {product.code} is not on sale", code=product.code, name=product.name
            )
        products.append(
            RecommendedProduct(
                product_id=product.id,
                code=product.code,
                name=display_name(product.brand, product.name, product.size)[:160],
                price_cents=product.price_cents,
            )
        )
    return products


def record_diagnostic(
    session: Session,
    *,
    customer_id: uuid.UUID,
    draft: DiagnosticDraft,
    staff: StaffMember,
    now: datetime,
    new_id: Callable[[], uuid.UUID] = uuid7,
) -> DiagnosticPayload:
    """Store a diagnostic and queue it, in the caller's transaction; all of it or nothing."""
    if not may_handle_skin_data(staff.role):
        raise NotAllowed("only beauty advisors record skin diagnostics")
    customer = session.scalars(select(Customer).where(Customer.id == customer_id)).first()
    if customer is None:
        raise UnknownCustomer("no such customer", id=str(customer_id))
    skin.require_consent(customer.consent_state)
    products = check_draft(session, draft, now=now)
    if draft.supersedes is not None:
        corrected = session.get(Diagnostic, draft.supersedes)
        if corrected is None or corrected.customer_id != customer_id:
            raise UnknownDiagnostic(f"no diagnostic {draft.supersedes} for this customer")
    device = device_info(session)
    diagnostic_id = new_id()
    payload = DiagnosticPayload(
        diagnostic_id=diagnostic_id,
        customer_id=customer_id,
        supersedes=draft.supersedes,
        skin_type=draft.skin_type,
        sensitivity=draft.sensitivity,
        hydration=draft.hydration,
        hydration_source=draft.hydration_source if draft.hydration is not None else None,
        oiliness=draft.oiliness,
        oiliness_source=draft.oiliness_source if draft.oiliness is not None else None,
        phototype=draft.phototype,
        concerns=sorted(set(draft.concerns)),
        areas=sorted(set(draft.areas)),
        notes=draft.notes.strip(),
        recommended=products,
        next_appointment=draft.next_appointment,
        store_code=device.store_code,
        device_code=device.device_code,
        staff_id=staff.id,
        staff_name=staff.name,
        recorded_at=now,
    )
    session.add(diagnostic_row(payload, customer_id))
    session.flush()
    append_changes(
        session,
        [NewChange(new_id(), payload, diagnostic_id, Operation.CREATE, now, staff.id)],
    )
    return payload


@dataclass(frozen=True)
class SkinHistory:
    """A customer's diagnostics, newest first, and which of them were corrected."""

    allowed: bool
    """False: no skin-data consent here; nothing is shown and nothing may be recorded."""
    diagnostics: tuple[DiagnosticPayload, ...]
    superseded: frozenset[uuid.UUID]

    @property
    def in_force(self) -> tuple[DiagnosticPayload, ...]:
        return tuple(d for d in self.diagnostics if d.diagnostic_id not in self.superseded)

    @property
    def latest(self) -> DiagnosticPayload | None:
        current = self.in_force
        return current[0] if current else None

    @property
    def previous(self) -> DiagnosticPayload | None:
        current = self.in_force
        return current[1] if len(current) > 1 else None

    def levels(self) -> list[tuple[date, int | None, int | None]]:
        """(day, hydration, oiliness) of each diagnostic in force, oldest first (for a chart)."""
        return [
            (d.recorded_at.astimezone().date(), d.hydration, d.oiliness)
            for d in reversed(self.in_force)
        ]


def skin_history(session: Session, customer_id: uuid.UUID) -> SkinHistory:
    """What the advisor may see of a customer's skin: nothing without their consent."""
    if not skin_allowed(session, customer_id):
        return SkinHistory(False, (), frozenset())
    records = [
        DiagnosticPayload.model_validate(r)
        for r in session.scalars(
            select(Diagnostic.record).where(Diagnostic.customer_id == customer_id)
        )
    ]
    records.sort(key=lambda d: (d.recorded_at, str(d.diagnostic_id)), reverse=True)
    current = set(in_force([(d.diagnostic_id, d.supersedes) for d in records]))
    superseded = frozenset(d.diagnostic_id for d in records if d.diagnostic_id not in current)
    return SkinHistory(True, tuple(records), superseded)


def skin_picture(diagnostic: DiagnosticPayload | None) -> SkinPicture | None:
    """What the advice rules read of a diagnostic."""
    if diagnostic is None:
        return None
    return SkinPicture(
        skin_type=str(diagnostic.skin_type),
        sensitivity=str(diagnostic.sensitivity) if diagnostic.sensitivity else None,
        concerns=frozenset(str(c) for c in diagnostic.concerns),
        hydration=diagnostic.hydration,
        oiliness=diagnostic.oiliness,
        phototype=diagnostic.phototype,
    )

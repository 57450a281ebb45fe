"""Bringing in the sales rung up on the store's own till (TPV) from its export file.

Two steps, as the screen takes them:

1. `preview_import` reads the file (`loyalty_core.till_import`) against the
   local catalogue, finds each ticket's member, works out its points and
   says which tickets this tablet already has. Nothing is written.
2. `import_till_file` does the same reading again inside the caller's one
   transaction (what the preview showed may have changed since) and, for
   every ticket not imported yet, queues one `TillSalePayload` in the
   outbox and, when a member earns points, a local ledger entry under the
   sale's id, so the member's balance here includes them at once. The
   server records the sale with source 'till' and posts the points by its
   own rule under the same id; its answer carries the balance version that
   covers the entry, so the entry drops out of the local adjustment then.

A ticket's id comes from the till (`till_import.till_sale_id`) and its line
ids from that id, so the same ticket is always the same payload apart from
who imported it and when. A ticket is already imported when this tablet
holds anything under its id: the outbox change, the points entry, or the
purchase the server published after another tablet of the store imported
it. The file's own hash is not what decides: the same bytes imported again
with a corrected mapping, or after the catalogue gained a product that was
refused the first time, bring in what they could not bring before.

A card or phone that finds nobody (or a phone shared by several customers)
is not a refusal: the sale is imported without a member, and the preview
says so per ticket (`MemberMatch`) so the manager can sync and try later.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from loyalty_core.errors import NotAllowed
from loyalty_core.ids import uuid7
from loyalty_core.points import LinePoints, PointsRule, earn_by_line
from loyalty_core.roles import Role
from loyalty_core.till_import import (
    DEFAULT_MAPPING_PATH,
    Rejection,
    RejectReason,
    TillMapping,
    TillTicket,
    load_mapping,
    read_till_export,
)
from loyalty_core.wire import (
    Entity,
    LedgerEntryPayload,
    LedgerKind,
    LedgerLinePayload,
    Operation,
    TillLinePayload,
    TillSalePayload,
)
from pos_client.services import customers
from pos_client.services.sales import write_ledger_entry
from pos_client.services.setup import points_rule
from pos_client.services.staff import StaffMember
from pos_client.store.manager_models import TillImport
from pos_client.store.models import Device, LedgerEntry, OutboxEntry, Product, Purchase, Sale
from pos_client.store.outbox import NewChange, append_changes

IMPORTERS = frozenset({Role.MANAGER, Role.ASSISTANT})
"""Who brings the till's sales in: the till is the manager's and the assistants' work, not
the beauty advisors' (who may still sell at the counter)."""
_CHUNK = 500
_NOBODY = uuid.UUID(int=0)
"""Who 'imported' a ticket while only previewing it (the payload is built to check its limits)."""


class MemberMatch(StrEnum):
    """How a ticket's member was found, or why it has none (the screen translates it)."""

    CARD = "card"
    PHONE = "phone"
    NOT_GIVEN = "not_given"
    CARD_NOT_FOUND = "card_not_found"
    PHONE_NOT_FOUND = "phone_not_found"
    PHONE_AMBIGUOUS = "phone_ambiguous"
    """The phone is several customers': nobody is picked for them."""


@dataclass(frozen=True)
class TicketPreview:
    sale_id: uuid.UUID
    ticket: str
    till: str
    occurred_at: datetime
    lines: int
    total_cents: int
    payment: str
    match: MemberMatch
    customer_id: uuid.UUID | None
    customer_name: str | None
    points: int
    """By the store's rule, as the counter gives them (0 without a member)."""
    already_imported: bool


@dataclass(frozen=True)
class TillPreview:
    file_name: str
    file_sha256: str
    rows: int
    tickets: tuple[TicketPreview, ...]
    rejections: tuple[Rejection, ...]
    imported_before: datetime | None
    """When these very bytes were imported here before (their tickets are judged one by one)."""

    @property
    def to_import(self) -> tuple[TicketPreview, ...]:
        return tuple(t for t in self.tickets if not t.already_imported)


@dataclass(frozen=True)
class TillImportReport:
    file_name: str
    file_sha256: str
    imported: int
    already_imported: int
    with_member: int
    """Of the tickets imported now."""
    without_member: int
    points: int
    """Given by this import, as this tablet counts them (the server's rule may adjust them)."""
    rejections: tuple[Rejection, ...]


@dataclass(frozen=True)
class _Planned:
    store_code: str
    ticket: TillTicket
    preview: TicketPreview
    products: tuple[uuid.UUID, ...]
    line_points: tuple[int, ...]


def may_import(role: Role) -> bool:
    """True when this role may import the till's export."""
    return role in IMPORTERS


def default_mapping() -> TillMapping:
    """The column mapping of the chain's tills (resources/till/default_mapping.toml)."""
    return _default_mapping()


@functools.cache
def _default_mapping() -> TillMapping:
    return load_mapping(DEFAULT_MAPPING_PATH.read_text(encoding="utf-8"))


def preview_import(
    session: Session,
    data: bytes,
    *,
    file_name: str,
    now: datetime,
    mapping: TillMapping | None = None,
) -> TillPreview:
    """Read a till export and say what importing it would bring in; write nothing."""
    return _read(session, data, file_name=file_name, mapping=mapping, now=now)[0]


def import_till_file(
    session: Session,
    data: bytes,
    *,
    file_name: str,
    staff: StaffMember,
    now: datetime,
    mapping: TillMapping | None = None,
    new_id: Callable[[], uuid.UUID] = uuid7,
) -> TillImportReport:
    """Queue the till's tickets not imported yet, with their points, in the caller's transaction."""
    if not may_import(staff.role):
        raise NotAllowed("till files are imported by managers and assistants")
    preview, plans = _read(session, data, file_name=file_name, mapping=mapping, now=now)
    changes = []
    for plan in plans:
        if plan.preview.already_imported:
            continue
        payload = _payload(plan, file_sha256=preview.file_sha256, imported_by=staff.id, now=now)
        if payload.customer_id is not None and payload.points_earned > 0:
            write_ledger_entry(session, _entry(payload))
        changes.append(
            NewChange(new_id(), payload, payload.sale_id, Operation.CREATE, now, staff.id)
        )
    if changes:
        append_changes(session, changes)
    imported = [p.preview for p in plans if not p.preview.already_imported]
    _record(session, preview, imported=len(imported), staff=staff, now=now)
    return TillImportReport(
        file_name=preview.file_name,
        file_sha256=preview.file_sha256,
        imported=len(imported),
        already_imported=len(preview.tickets) - len(imported),
        with_member=sum(1 for t in imported if t.customer_id is not None),
        without_member=sum(1 for t in imported if t.customer_id is None),
        points=sum(t.points for t in imported),
        rejections=preview.rejections,
    )


def _read(
    session: Session,
    data: bytes,
    *,
    file_name: str,
    mapping: TillMapping | None,
    now: datetime,
) -> tuple[TillPreview, list[_Planned]]:
    store_code = session.scalars(select(Device.store_code)).one()
    catalogue = _Catalogue(session)
    read = read_till_export(
        data,
        mapping=mapping or default_mapping(),
        store_code=store_code,
        known_codes=catalogue.knows,
        now=now,
    )
    rule = points_rule(session)
    known = _already_imported(session, [t.sale_id for t in read.tickets])
    members = _Members(session)
    plans, refused = [], list(read.rejections)
    for ticket in read.tickets:
        plan = _plan(store_code, ticket, catalogue, members, rule, imported=ticket.sale_id in known)
        problem = _unsendable(plan, file_sha256=read.file_sha256, now=now)
        if problem is None:
            plans.append(plan)
        else:
            refused += _refuse(ticket, problem)
    previous = session.get(TillImport, read.file_sha256)
    preview = TillPreview(
        file_name=file_name,
        file_sha256=read.file_sha256,
        rows=read.rows,
        tickets=tuple(p.preview for p in plans),
        rejections=tuple(sorted(refused, key=lambda r: r.file_line)),
        imported_before=previous.imported_at if previous is not None else None,
    )
    return preview, plans


class _Catalogue:
    """The local catalogue by code, each code read once (a retired product is still known:
    the till sold it)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.found: dict[str, tuple[uuid.UUID, int] | None] = {}

    def knows(self, code: str) -> bool:
        return self.get(code) is not None

    def get(self, code: str) -> tuple[uuid.UUID, int] | None:
        if code not in self.found:
            row = self.session.execute(
                select(Product.id, Product.points_per_unit).where(Product.code == code)
            ).one_or_none()
            self.found[code] = (row.id, row.points_per_unit) if row is not None else None
        return self.found[code]

    def product(self, code: str) -> tuple[uuid.UUID, int]:
        found = self.get(code)
        assert found is not None, f"the reader accepted {code!r}, which the catalogue lacks"
        return found


@dataclass(frozen=True)
class _Member:
    match: MemberMatch
    customer_id: uuid.UUID | None = None
    name: str | None = None


class _Members:
    """Finding a ticket's member as the counter does (`customers.identify`): a card, then
    a phone in clear or by its keyed hash, so any customer of the chain is found."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.seen: dict[tuple[str | None, str | None], _Member] = {}

    def find(self, card: str | None, phone: str | None) -> _Member:
        if (card, phone) not in self.seen:
            self.seen[card, phone] = self._find(card, phone)
        return self.seen[card, phone]

    def _find(self, card: str | None, phone: str | None) -> _Member:
        if card is not None:
            hits = customers.identify(self.session, query=card).hits
            if len(hits) == 1:
                return _Member(MemberMatch.CARD, hits[0].id, hits[0].name)
        if phone is not None:
            hits = customers.identify(self.session, query=phone).hits
            if len(hits) == 1:
                return _Member(MemberMatch.PHONE, hits[0].id, hits[0].name)
            if hits:
                return _Member(MemberMatch.PHONE_AMBIGUOUS)
        if card is not None:
            return _Member(MemberMatch.CARD_NOT_FOUND)
        if phone is not None:
            return _Member(MemberMatch.PHONE_NOT_FOUND)
        return _Member(MemberMatch.NOT_GIVEN)


def _plan(
    store_code: str,
    ticket: TillTicket,
    catalogue: _Catalogue,
    members: _Members,
    rule: PointsRule,
    *,
    imported: bool,
) -> _Planned:
    products = [catalogue.product(line.code) for line in ticket.lines]
    member = members.find(ticket.card_number, ticket.phone)
    line_points = [0] * len(ticket.lines)
    if member.customer_id is not None:
        earned: list[LinePoints] = earn_by_line(
            total_cents=ticket.total_cents,
            nets=[line.net_cents for line in ticket.lines],
            unit_points=[
                per_unit * line.quantity
                for (_id, per_unit), line in zip(products, ticket.lines, strict=True)
            ],
            rule=rule,
        )
        line_points = [lp.total for lp in earned]
    preview = TicketPreview(
        sale_id=ticket.sale_id,
        ticket=ticket.ticket,
        till=ticket.till,
        occurred_at=ticket.occurred_at,
        lines=len(ticket.lines),
        total_cents=ticket.total_cents,
        payment=ticket.payment,
        match=member.match,
        customer_id=member.customer_id,
        customer_name=member.name,
        points=sum(line_points),
        already_imported=imported,
    )
    return _Planned(store_code, ticket, preview, tuple(p for p, _ in products), tuple(line_points))


def line_id(sale_id: uuid.UUID, line_no: int) -> uuid.UUID:
    """The id of a till sale's line: the same ticket always has the same line ids."""
    return uuid.uuid5(sale_id, f"line:{line_no}")


def _payload(
    plan: _Planned, *, file_sha256: str, imported_by: uuid.UUID, now: datetime
) -> TillSalePayload:
    ticket = plan.ticket
    return TillSalePayload(
        sale_id=ticket.sale_id,
        ticket=ticket.ticket,
        till=ticket.till,
        store_code=plan.store_code,
        customer_id=plan.preview.customer_id,
        occurred_at=ticket.occurred_at,
        lines=[
            TillLinePayload(
                line_id=line_id(ticket.sale_id, line.line_no),
                line_no=line.line_no,
                product_id=product_id,
                code=line.code,
                quantity=line.quantity,
                unit_price_cents=line.unit_price_cents,
                discount_cents=line.discount_cents,
                net_cents=line.net_cents,
                points=points,
            )
            for line, product_id, points in zip(
                ticket.lines, plan.products, plan.line_points, strict=True
            )
        ],
        total_cents=ticket.total_cents,
        payment=ticket.payment,
        points_earned=plan.preview.points,
        file_sha256=file_sha256,
        imported_by=imported_by,
        imported_at=now,
    )


def _unsendable(plan: _Planned, *, file_sha256: str, now: datetime) -> str | None:
    """What keeps a ticket off the wire (a ticket number too long, a sum beyond 32 bits)."""
    try:
        _payload(plan, file_sha256=file_sha256, imported_by=_NOBODY, now=now)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        return f"{where}: {first['msg']}"
    return None


def _refuse(ticket: TillTicket, problem: str) -> list[Rejection]:
    """A ticket the wire cannot carry is refused whole, as the reader refuses a bad one."""
    first, *others = ticket.lines
    because = f"ticket {ticket.ticket} refused whole: see line {first.file_line}"
    return [
        Rejection(first.file_line, RejectReason.BAD_ROW, f"cannot be sent: {problem}"),
        *(Rejection(line.file_line, RejectReason.TICKET_REJECTED, because) for line in others),
    ]


def _entry(payload: TillSalePayload) -> LedgerEntryPayload:
    """The points entry as the server will post it: the sale's id, the sale's time.

    Its `sale_id` stays empty here: the till's sale is not in the local `sale`
    table, which the local column references.
    """
    assert payload.customer_id is not None
    return LedgerEntryPayload(
        entry_id=payload.sale_id,
        customer_id=payload.customer_id,
        kind=LedgerKind.EARN,
        points=payload.points_earned,
        sale_id=None,
        lines=[
            LedgerLinePayload(line_id=line.line_id, points=line.points)
            for line in payload.lines
            if line.points
        ],
        occurred_at=payload.occurred_at,
    )


def _already_imported(session: Session, sale_ids: Sequence[uuid.UUID]) -> set[uuid.UUID]:
    """The tickets this tablet holds anything of: queued, earned, sold, or published back."""
    found: set[uuid.UUID] = set()
    for start in range(0, len(sale_ids), _CHUNK):
        chunk = list(sale_ids[start : start + _CHUNK])
        queued = select(OutboxEntry.entity_id).where(
            OutboxEntry.entity == str(Entity.TILL_SALE), OutboxEntry.entity_id.in_(chunk)
        )
        found.update(session.scalars(queued))
        found.update(session.scalars(select(LedgerEntry.id).where(LedgerEntry.id.in_(chunk))))
        found.update(session.scalars(select(Sale.id).where(Sale.id.in_(chunk))))
        found.update(session.scalars(select(Purchase.sale_id).where(Purchase.sale_id.in_(chunk))))
    return found


def _record(
    session: Session, preview: TillPreview, *, imported: int, staff: StaffMember, now: datetime
) -> None:
    """Keep the file's import: the first time, or again when it brought in more tickets."""
    report: list[dict[str, object]] = [
        {"file_line": r.file_line, "code": str(r.code), "detail": r.detail}
        for r in preview.rejections
    ]
    row = session.get(TillImport, preview.file_sha256)
    if row is None:
        session.add(
            TillImport(
                file_sha256=preview.file_sha256,
                file_name=preview.file_name[:200],
                imported_at=now,
                staff_id=staff.id,
                tickets=imported,
                rejected_rows=len(preview.rejections),
                report=report,
            )
        )
    elif imported:
        row.file_name, row.imported_at, row.staff_id = preview.file_name[:200], now, staff.id
        row.tickets += imported
        row.rejected_rows, row.report = len(preview.rejections), report
    session.flush()

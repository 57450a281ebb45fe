"""Applying pulled feed rows to the local tables, one feed at a time.

Contract:
- `apply_page` runs in the caller's transaction together with the new
  cursor (rule 5). A row is applied only when its version is newer than the
  one held (`replica_row`), so a late or repeated page never brings an
  older value back. The feed's row count and checksum move with it.
- Profile fields with a local edit still waiting in the outbox keep the
  local value: the screen shows the server's record with pending edits laid
  over it, and once the edit is answered the next version from the server
  is applied as it is.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import bindparam, delete, or_, select, update
from sqlalchemy.orm import Session

from loyalty_core.consent import Purpose
from loyalty_core.feeds import (
    BalanceRow,
    ConsentRecordRow,
    DirectoryRow,
    Feed,
    PairingRow,
    ProductRow,
    ProfileRow,
    PurchaseRow,
    RedirectRow,
    ReviewRow,
    StaffRow,
    row_hash,
)
from loyalty_core.sync_protocol import FeedPage, FeedRow
from loyalty_core.text import fold
from loyalty_core.wire import Entity
from pos_client.services.consents import refresh_state
from pos_client.store.customer_data import forget_customer, remap_customer, survivor_id
from pos_client.store.models import (
    Consent,
    Customer,
    CustomerRedirect,
    Device,
    Diagnostic,
    Habit,
    LedgerEntry,
    OutboxEntry,
    Pairing,
    Product,
    Purchase,
    ReplicaRow,
    ReviewItem,
    Setting,
    Staff,
    SyncFeed,
)
from pos_client.store.skin_data import hold_skin_data
from pos_client.sync import replica_manager

Applier = Callable[[Session, FeedRow, "_Prefetched"], None]
PENDING_STATES = ("pending", "deferred")


def feed_position(session: Session, feed: Feed) -> SyncFeed:
    row = session.get(SyncFeed, str(feed))
    if row is None:
        row = SyncFeed(feed=str(feed), cursor="", row_count=0, checksum_sum=0)
        session.add(row)
        session.flush()
    return row


def apply_page(session: Session, feed: Feed, page: FeedPage) -> int:
    """Apply a page and move the cursor; return how many rows changed something."""
    position = feed_position(session, feed)
    held = {
        r.key: r
        for r in session.scalars(
            select(ReplicaRow).where(
                ReplicaRow.feed == str(feed), ReplicaRow.key.in_([row.key for row in page.rows])
            )
        )
    }
    changed = 0
    fresh = [
        r
        for r in page.rows
        if not r.deleted and (r.key not in held or held[r.key].version < r.version)
    ]
    with session.no_autoflush:
        pre = _prefetch(session, feed, fresh)
        changed = _apply_rows(session, feed, page, held, position, pre)
        pre.finish(session)
    position.cursor = page.cursor
    session.flush()
    return changed


def _apply_rows(
    session: Session,
    feed: Feed,
    page: FeedPage,
    held: dict[str, ReplicaRow],
    position: SyncFeed,
    pre: _Prefetched,
) -> int:
    changed = 0
    for row in page.rows:
        replica = held.get(row.key)
        if replica is not None and replica.version >= row.version:
            continue
        if replica is not None:
            position.row_count -= 1
            position.checksum_sum -= row_hash(str(feed), row.key, replica.version)
        if row.deleted:
            if replica is not None:
                session.delete(replica)
                del held[row.key]
        else:
            APPLIERS[feed](session, row, pre)
            position.row_count += 1
            position.checksum_sum += row_hash(str(feed), row.key, row.version)
            if replica is None:
                held[row.key] = ReplicaRow(feed=str(feed), key=row.key, version=row.version)
                session.add(held[row.key])
            else:
                replica.version = row.version
        if row.deleted:
            _forget(session, feed, row.key)
        changed += 1
    return changed


@dataclass
class _Prefetched:
    """The local rows a page touches, read in a few queries instead of one per row."""

    customers: dict[uuid.UUID, Customer] = field(default_factory=dict)
    pending: dict[uuid.UUID, set[str]] = field(default_factory=dict)
    products: dict[uuid.UUID, Product] = field(default_factory=dict)
    product_codes: dict[str, uuid.UUID] = field(default_factory=dict)
    staff: dict[uuid.UUID, Staff] = field(default_factory=dict)
    staff_codes: dict[str, uuid.UUID] = field(default_factory=dict)
    confirm: list[dict[str, object]] = field(default_factory=list)
    skin_held: set[uuid.UUID] = field(default_factory=set)
    """Customers of the page with diagnostics or habits held here."""
    unsent_diagnostics: set[uuid.UUID] = field(default_factory=set)

    def finish(self, session: Session) -> None:
        if self.confirm:
            session.connection().execute(_CONFIRM_COVERED, self.confirm)


# Entries a pulled balance version includes drop out of the local adjustment (no double count).
_CONFIRM_COVERED = (
    update(LedgerEntry)
    .where(
        LedgerEntry.customer_id == bindparam("b_customer"),
        LedgerEntry.confirmed.is_(False),
        LedgerEntry.covered_version.is_not(None),
        LedgerEntry.covered_version <= bindparam("b_version"),
    )
    .values(confirmed=True)
)


def _ids(rows: list[FeedRow], field_name: str = "id") -> list[uuid.UUID]:
    return [uuid.UUID(str(_data(r)[field_name])) for r in rows]


def _prefetch(session: Session, feed: Feed, rows: list[FeedRow]) -> _Prefetched:
    pre = _Prefetched()
    if not rows:
        return pre
    if feed in (Feed.DIRECTORY, Feed.PROFILES, Feed.BALANCES):
        ids = _ids(rows, "customer_id" if feed == Feed.BALANCES else "id")
        pre.customers = {
            c.id: c for c in session.scalars(select(Customer).where(Customer.id.in_(ids)))
        }
        if feed == Feed.PROFILES:
            pending = session.execute(
                select(OutboxEntry.entity_id, OutboxEntry.payload).where(
                    OutboxEntry.entity == str(Entity.CUSTOMER),
                    OutboxEntry.entity_id.in_(ids),
                    OutboxEntry.state.in_(PENDING_STATES),
                )
            )
            for customer_id, payload in pending:
                pre.pending.setdefault(customer_id, set()).update(
                    json.loads(payload).get("fields", {})
                )
            pre.skin_held = set(
                session.scalars(
                    select(Diagnostic.customer_id).where(Diagnostic.customer_id.in_(ids))
                )
            ) | set(session.scalars(select(Habit.customer_id).where(Habit.customer_id.in_(ids))))
            pre.unsent_diagnostics = set(
                session.scalars(
                    select(OutboxEntry.entity_id).where(
                        OutboxEntry.entity == str(Entity.DIAGNOSTIC),
                        OutboxEntry.state.in_(PENDING_STATES),
                    )
                )
            )
    elif feed == Feed.CATALOGUE:
        ids = _ids(rows)
        codes = [str(_data(r)["code"]) for r in rows]
        for p in session.scalars(
            select(Product).where(or_(Product.id.in_(ids), Product.code.in_(codes)))
        ):
            pre.products[p.id] = p
            pre.product_codes[p.code] = p.id
    elif feed == Feed.STAFF:
        ids = _ids(rows)
        codes = [str(_data(r)["code"]) for r in rows]
        for m in session.scalars(
            select(Staff).where(or_(Staff.id.in_(ids), Staff.code.in_(codes)))
        ):
            pre.staff[m.id] = m
            pre.staff_codes[m.code] = m.id
    return pre


def held_checksum(session: Session, feed: Feed) -> tuple[int, int]:
    """Count and checksum of what this tablet holds of a feed, recounted from its rows."""
    count, total = 0, 0
    for key, version in session.execute(
        select(ReplicaRow.key, ReplicaRow.version).where(ReplicaRow.feed == str(feed))
    ):
        count += 1
        total += row_hash(str(feed), key, version)
    return count, total


def reset_feed(session: Session, feed: Feed) -> None:
    """Forget what this tablet holds of a feed so that it is downloaded again.

    The records themselves stay (sales point at them, and the outbox is never
    touched); the next download overwrites them and puts back their versions.
    """
    session.execute(delete(ReplicaRow).where(ReplicaRow.feed == str(feed)))
    position = feed_position(session, feed)
    position.cursor, position.row_count, position.checksum_sum = "", 0, 0
    session.flush()


def retire_unlisted(session: Session, feed: Feed) -> int:
    """After a feed was downloaded again, retire the records the server no longer lists.

    Their tombstones may have been compacted away while this tablet was
    behind. Products and staff are deactivated, never deleted: past sales
    point at them. Customers are never removed here (erasure has its own path).
    """
    table: type[Product] | type[Staff]
    if feed == Feed.CATALOGUE:
        table = Product
    elif feed == Feed.STAFF:
        table = Staff
    else:
        return 0
    listed = {
        uuid.UUID(key)
        for key in session.scalars(select(ReplicaRow.key).where(ReplicaRow.feed == str(feed)))
    }
    unlisted = [
        i
        for i in session.scalars(select(table.id).where(table.active.is_(True)))
        if i not in listed
    ]
    for chunk in range(0, len(unlisted), 500):
        session.execute(
            update(table).where(table.id.in_(unlisted[chunk : chunk + 500])).values(active=False)
        )
    return len(unlisted)


def _data(row: FeedRow) -> dict[str, object]:
    assert row.data is not None
    return row.data


def _apply_product(session: Session, row: FeedRow, pre: _Prefetched) -> None:
    p = ProductRow.model_validate(_data(row))
    current = pre.products.get(p.id)
    if current is None:
        other = pre.product_codes.get(p.code)
        if other is not None and other != p.id:
            # A product made locally (demo data) under the same code gives way to the chain's.
            session.execute(delete(Product).where(Product.id == other))
            session.expunge(pre.products.pop(other))
        current = Product(id=p.id)
        session.add(current)
        pre.products[p.id] = current
        pre.product_codes[p.code] = p.id
    for name in ProductRow.model_fields:
        if name != "id":
            setattr(current, name, getattr(p, name))


def _apply_staff(session: Session, row: FeedRow, pre: _Prefetched) -> None:
    s = StaffRow.model_validate(_data(row))
    current = pre.staff.get(s.id)
    if current is None:
        other = pre.staff_codes.get(s.code)
        if other is not None and other != s.id:
            session.execute(delete(Staff).where(Staff.id == other))
            session.expunge(pre.staff.pop(other))
        current = Staff(id=s.id, failed_attempts=0)
        session.add(current)
        pre.staff[s.id] = current
        pre.staff_codes[s.code] = s.id
    current.code, current.name, current.role = s.code, s.name, s.role
    current.pin_hash, current.active, current.must_change = s.pin_hash, s.active, s.must_change
    if s.unlocked_at is not None and s.unlocked_at != current.unlocked_at:
        # A manager unlocked the code (maybe on another tablet): a lock-out from before ends.
        current.unlocked_at = s.unlocked_at
        if current.locked_until is not None:
            current.locked_until, current.failed_attempts = None, 0


def _apply_setting(session: Session, row: FeedRow, pre: _Prefetched) -> None:
    value = _data(row)["value"]
    if row.key == "store" and isinstance(value, dict):
        session.execute(
            update(Device).values(
                store_name=str(value.get("name", "")),
                store_address=str(value.get("address", "")),
                store_tax_id=str(value.get("tax_id", "")),
            )
        )
        return
    setting = session.get(Setting, row.key)
    if setting is None:
        session.add(Setting(key=row.key, value=value))
    else:
        setting.value = value


def _customer(
    session: Session, pre: _Prefetched, customer_id: uuid.UUID, created_at: datetime | None = None
) -> Customer:
    current = pre.customers.get(customer_id)
    if current is None:
        current = Customer(
            id=customer_id,
            first_name="",
            last_names="",
            search_name="",
            language="es",
            club_member=False,
            confirmed_points=0,
            balance_version=0,
            created_at=created_at or datetime.fromtimestamp(0).astimezone(),
        )
        session.add(current)
        pre.customers[customer_id] = current
    return current


def _apply_directory(session: Session, row: FeedRow, pre: _Prefetched) -> None:
    d = DirectoryRow.model_validate(_data(row))
    c = _customer(session, pre, d.id, d.created_at)
    c.first_name, c.last_names = d.first_name, d.last_names
    c.search_name = fold(f"{d.first_name} {d.last_names}")
    if d.card_number != c.card_number:
        # A card number moves between customers only through a merge: free it first.
        session.execute(
            update(Customer)
            .where(Customer.card_number == d.card_number, Customer.id != d.id)
            .values(card_number=None)
        )
        c.card_number = d.card_number
    c.phone_key, c.email_key, c.national_id_key = d.phone_key, d.email_key, d.national_id_key
    c.phone_masked = d.phone_masked
    c.club_member, c.enrolled_on, c.language = d.club_member, d.enrolled_on, d.language
    if c.consent_state is not None:  # records held here (maybe not sent yet) decide
        c.club_member = bool(c.consent_state.get(str(Purpose.CLUB)))
    c.created_at = d.created_at


def _apply_profile(session: Session, row: FeedRow, pre: _Prefetched) -> None:
    p = ProfileRow.model_validate(_data(row))
    c = _customer(session, pre, p.id)
    keep = pre.pending.get(p.id, set())
    values: dict[str, object] = {
        "first_name": p.first_name,
        "last_names": p.last_names,
        "national_id": p.national_id,
        "phone": p.phone,
        "email": p.email,
        "birth_date": p.birth_date,
        "postal_code": p.postal_code,
        "language": p.language,
    }
    values["gender"] = p.gender
    for name, value in values.items():
        if name not in keep:
            setattr(c, name, value)
    c.search_name = fold(f"{c.first_name} {c.last_names}")
    if p.consent_records:
        _merge_consents(session, c, p.consent_records)
    elif session.scalar(select(Consent.id).where(Consent.customer_id == c.id).limit(1)) is None:
        # No record here or on the server (members who joined on paper): head office's state.
        c.consent_state = dict(p.consents) if p.consents is not None else None
    if p.diagnostics or p.habits or c.id in pre.skin_held:
        hold_skin_data(session, c.id, p.diagnostics, p.habits, unsent=pre.unsent_diagnostics)


def _merge_consents(session: Session, c: Customer, records: list[ConsentRecordRow]) -> None:
    """Hold the server's consent records; the state comes from every record held here.

    A record made here and not yet acknowledged is among them, so a
    withdrawal on this tablet holds while it travels.
    """
    held = set(session.scalars(select(Consent.id).where(Consent.id.in_([r.id for r in records]))))
    for r in records:
        if r.id in held:
            continue
        session.add(
            Consent(
                id=r.id,
                customer_id=c.id,
                kind=r.kind,
                text_version=r.text_version,
                language=r.language,
                text_sha256=r.text_sha256,
                choices=dict(r.choices),
                hlc=r.hlc,
                signed_at=r.signed_at,
                store_code=r.store_code,
                device_code=r.device_code,
                staff_name=r.staff_name,
                customer_snapshot=None,
                signature=None,
                signed=r.signed,
                digest=r.digest,
                document_sha256=r.document_sha256 or "",
            )
        )
    refresh_state(session, c)


def _apply_balance(session: Session, row: FeedRow, pre: _Prefetched) -> None:
    b = BalanceRow.model_validate(_data(row))
    c = _customer(session, pre, b.customer_id)
    c.confirmed_points, c.balance_version = b.points, row.version
    pre.confirm.append({"b_customer": b.customer_id, "b_version": row.version})


def _apply_redirect(session: Session, row: FeedRow, pre: _Prefetched) -> None:
    r = RedirectRow.model_validate(_data(row))
    current = session.get(CustomerRedirect, r.from_id)
    if current is None:
        session.add(CustomerRedirect(from_id=r.from_id, to_id=r.to_id, card_number=r.card_number))
    else:
        current.to_id, current.card_number = r.to_id, r.card_number
    remap_customer(session, r.from_id, r.to_id)


def _apply_review(session: Session, row: FeedRow, pre: _Prefetched) -> None:
    r = ReviewRow.model_validate(_data(row))
    current = session.get(ReviewItem, r.id)
    if current is None:
        current = ReviewItem(id=r.id)
        session.add(current)
    current.kind, current.status, current.customer_id = r.kind, r.status, r.customer_id
    current.change_id, current.subject_id = r.change_id, r.subject_id
    current.detail, current.created_at = dict(r.detail), r.created_at


def _apply_pairing(session: Session, row: FeedRow, pre: _Prefetched) -> None:
    p = PairingRow.model_validate(_data(row))
    current = session.get(Pairing, p.product_id)
    partners = [str(i) for i in p.partners]
    if current is None:
        session.add(Pairing(product_id=p.product_id, partners=partners))
    else:
        current.partners = partners


def _apply_purchase(session: Session, row: FeedRow, pre: _Prefetched) -> None:
    p = PurchaseRow.model_validate(_data(row))
    # A customer merged away since: their purchases are the survivor's.
    customer_id = survivor_id(session, p.customer_id)
    lines = [line.model_dump(mode="json") for line in p.lines]
    current = session.get(Purchase, p.sale_id)
    if current is None:
        session.add(
            Purchase(
                sale_id=p.sale_id,
                customer_id=customer_id,
                day=p.day,
                of_sale=p.of_sale,
                lines=lines,
            )
        )
    else:
        current.customer_id, current.day, current.of_sale = customer_id, p.day, p.of_sale
        current.lines = lines


def _forget(session: Session, feed: Feed, key: str) -> None:
    """A tombstone: the record left the chain (or this store's scope)."""
    if feed == Feed.CATALOGUE:
        session.execute(update(Product).where(Product.id == uuid.UUID(key)).values(active=False))
    elif feed == Feed.STAFF:
        session.execute(update(Staff).where(Staff.id == uuid.UUID(key)).values(active=False))
    elif feed == Feed.DIRECTORY:
        forget_customer(session, uuid.UUID(key))
    elif feed == Feed.REDIRECTS:
        session.execute(delete(CustomerRedirect).where(CustomerRedirect.from_id == uuid.UUID(key)))
    elif feed == Feed.PAIRINGS:
        session.execute(delete(Pairing).where(Pairing.product_id == uuid.UUID(key)))
    elif feed == Feed.PURCHASES:
        session.execute(delete(Purchase).where(Purchase.sale_id == uuid.UUID(key)))
    elif feed in replica_manager.ROW_APPLIERS:
        replica_manager.forget(session, feed, key)


def _by_data(apply: replica_manager.RowApplier) -> Applier:
    def applier(session: Session, row: FeedRow, pre: _Prefetched) -> None:
        apply(session, _data(row))

    return applier


APPLIERS: dict[Feed, Applier] = {
    Feed.CATALOGUE: _apply_product,
    Feed.SETTINGS: _apply_setting,
    Feed.STAFF: _apply_staff,
    Feed.DIRECTORY: _apply_directory,
    Feed.PROFILES: _apply_profile,
    Feed.BALANCES: _apply_balance,
    Feed.REDIRECTS: _apply_redirect,
    Feed.REVIEW: _apply_review,
    Feed.PAIRINGS: _apply_pairing,
    Feed.PURCHASES: _apply_purchase,
    **{feed: _by_data(apply) for feed, apply in replica_manager.ROW_APPLIERS.items()},
}

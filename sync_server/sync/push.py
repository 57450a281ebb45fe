"""Applying a pushed batch: in order, each change once, one answer per change.

Contract (SYNC.md, push):
- Changes are applied in the device's sequence order, and each id once:
  a change seen before is answered `duplicate` with its original result;
  the same id with another payload is `key_reuse`.
- Sales and points entries (most of any batch) are applied as a set
  (`FactRun`): the rows they touch are read once, the changes are decided
  in memory in order, and the new rows are written in a few statements, in
  a savepoint. Their inbox rows go in under the unique change id, so when
  two workers are given the same retried batch at once, the second one's
  insert fails, its savepoint is rolled back and its changes are applied one
  by one, each answered `duplicate`. Profile patches are applied one by one.
- A malformed or forbidden change is `rejected`, kept in the inbox with
  its payload and a review case, and the changes behind it go on.
- A change whose dependency has not arrived is `deferred`: nothing is
  recorded, the tablet sends it again later.
- Facts are never refused for a business reason: they are recorded with flags.
- The caller commits once, after the whole batch; only then is it answered.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from loyalty_core.errors import UserFacingError
from loyalty_core.habits import BadHabitValue
from loyalty_core.hlc import Hlc
from loyalty_core.profile import MAX_AHEAD_MS, BadProfileValue
from loyalty_core.receipt_chain import canonical_json, sha256_hex
from loyalty_core.sale_review import SaleFlag
from loyalty_core.sync_protocol import ChangeResult, ChangeStatus
from loyalty_core.wire import (
    Change,
    ConsentPayload,
    CustomerPayload,
    DiagnosticPayload,
    Entity,
    HabitsPatchPayload,
    LedgerEntryPayload,
    LedgerKind,
    MailPayload,
    MemberCardPayload,
    Operation,
    ProfilePatchPayload,
    SalePayload,
    decode_payload,
)
from loyalty_core.wire import _Payload as Payload
from sync_server.advice import service as advice
from sync_server.advice.models import Diagnostic
from sync_server.bulk import among, insert_rows
from sync_server.consents import service as consents
from sync_server.consents.models import Consent
from sync_server.customers.models import Customer
from sync_server.customers.service import (
    apply_patch,
    give_card,
    live_customer,
    merged_ids,
    publish_customer,
    register_customer,
    serve_in_store,
)
from sync_server.db import table_of
from sync_server.devices.models import Device
from sync_server.ledger.models import LedgerEntry
from sync_server.ledger.service import LedgerBatch, NewEntry, adjustment, known_entries
from sync_server.mail import service as mail
from sync_server.mail.models import MailRequest
from sync_server.review.service import NewCase, open_many
from sync_server.sales.models import Sale
from sync_server.sales.service import SaleBatch
from sync_server.staff.models import Staff
from sync_server.sync.models import Inbox
from sync_server.sync.outcomes import Deferral, Outcome, Refusal
from sync_server.sync.store_appliers import ENTITY_IDS, RECORDS, STORE_APPLIERS, customer_here

POINTS_MISMATCH = str(SaleFlag.POINTS_MISMATCH)


Applier = Callable[[Session, Device, Payload, Change, datetime], Outcome]


def _apply_profile(
    session: Session, device: Device, payload: Payload, change: Change, now: datetime
) -> Outcome:
    assert isinstance(payload, ProfilePatchPayload)
    live = live_customer(session, payload.customer_id)
    if live is not None and live.id != payload.customer_id:  # merged: edit the survivor
        payload = payload.model_copy(update={"customer_id": live.id})
    # A store that edits a customer serves them: it receives the full profile from now on,
    # so its tablets see the value that won.
    serve_in_store(session, payload.customer_id, device.store_code, now=now)
    try:
        result = apply_patch(session, payload, hlc=change.hlc, change_id=change.change_id, now=now)
    except BadProfileValue as exc:
        raise Refusal("bad_value", str(exc)) from None
    if not result.found:
        raise Deferral("customer_not_arrived", "this customer has not reached the server yet")
    status = ChangeStatus.SUPERSEDED if result.lost_fields else ChangeStatus.APPLIED
    return Outcome(status=status, lost_fields=result.lost_fields)


def _apply_registration(
    session: Session, device: Device, payload: Payload, change: Change, now: datetime
) -> Outcome:
    assert isinstance(payload, CustomerPayload)
    if payload.store_code != device.store_code:
        raise Refusal("wrong_store", "a device registers customers for its own store only")
    try:
        registered = register_customer(
            session, payload, hlc=change.hlc, store_code=device.store_code, now=now
        )
    except BadProfileValue as exc:
        raise Refusal("bad_value", str(exc)) from None
    return Outcome(flags=registered.flags)


def _apply_consent(
    session: Session, device: Device, payload: Payload, change: Change, now: datetime
) -> Outcome:
    assert isinstance(payload, ConsentPayload)
    if payload.store_code != device.store_code or payload.device_code != device.device_code:
        raise Refusal("wrong_store", "a device records consents signed on it only")
    customer = customer_here(session, payload.customer_id)
    try:
        flags = consents.record(session, payload, customer=customer, hlc=change.hlc, now=now)
    except consents.AttachmentsMissing as missing:
        raise Deferral("attachment_missing", f"waiting for the upload of {missing}") from None
    publish_customer(session, customer, now=now)
    return Outcome(flags=flags)


def _apply_mail(
    session: Session, device: Device, payload: Payload, change: Change, now: datetime
) -> Outcome:
    assert isinstance(payload, MailPayload)
    try:
        mail.queue(session, payload, store_code=device.store_code, now=now)
    except UserFacingError as exc:
        raise Refusal("bad_value", exc.message) from None
    except mail.AttachmentMissing:
        raise Deferral("attachment_missing", "waiting for the upload of the document") from None
    return Outcome()


def _apply_card(
    session: Session, device: Device, payload: Payload, change: Change, now: datetime
) -> Outcome:
    assert isinstance(payload, MemberCardPayload)
    if payload.store_code != device.store_code:
        raise Refusal("wrong_store", "a device issues cards for its own store only")
    customer = customer_here(session, payload.customer_id)
    flags = give_card(session, customer, payload.card_number, now=now)
    return Outcome(flags=flags)


def _apply_diagnostic(
    session: Session, device: Device, payload: Payload, change: Change, now: datetime
) -> Outcome:
    assert isinstance(payload, DiagnosticPayload)
    if payload.store_code != device.store_code or payload.device_code != device.device_code:
        raise Refusal("wrong_store", "a device records diagnostics made on it only")
    customer = customer_here(session, payload.customer_id)
    flags = advice.record_diagnostic(session, payload, customer=customer, hlc=change.hlc, now=now)
    if not flags:
        serve_in_store(session, customer.id, device.store_code, now=now)
        publish_customer(session, customer, now=now)
    return Outcome(flags=flags)


def _apply_habits(
    session: Session, device: Device, payload: Payload, change: Change, now: datetime
) -> Outcome:
    assert isinstance(payload, HabitsPatchPayload)
    customer = customer_here(session, payload.customer_id)
    serve_in_store(session, customer.id, device.store_code, now=now)
    staff = session.get(Staff, change.staff_id) if change.staff_id else None
    try:
        lost, flags = advice.apply_habits(
            session,
            payload,
            customer=customer,
            hlc=change.hlc,
            change_id=change.change_id,
            store_code=device.store_code,
            staff_name=staff.name if staff else "",
            changed_at=change.occurred_at,
            now=now,
        )
    except BadHabitValue as exc:
        raise Refusal("bad_value", str(exc)) from None
    # Republished even when every field lost, as profile patches are: the tablet that
    # sent the edit shows its own value until a newer version of the record reaches it.
    publish_customer(session, customer, now=now)
    status = ChangeStatus.SUPERSEDED if lost else ChangeStatus.APPLIED
    return Outcome(status=status, flags=flags, lost_fields=lost)


APPLIERS: dict[tuple[Entity, Operation], Applier] = {
    (Entity.CUSTOMER, Operation.UPDATE): _apply_profile,
    (Entity.CUSTOMER, Operation.CREATE): _apply_registration,
    (Entity.CONSENT, Operation.CREATE): _apply_consent,
    (Entity.MAIL, Operation.CREATE): _apply_mail,
    (Entity.MEMBER_CARD, Operation.CREATE): _apply_card,
    (Entity.DIAGNOSTIC, Operation.CREATE): _apply_diagnostic,
    (Entity.HABITS, Operation.UPDATE): _apply_habits,
    **STORE_APPLIERS,
}
"""Changes applied one at a time; sales and points entries go through `FactRun`."""


def _result(change_id: uuid.UUID, status: ChangeStatus, **extra: object) -> ChangeResult:
    return ChangeResult(change_id=change_id, status=status, **extra)


@dataclass(frozen=True)
class Seen:
    """What the inbox holds of a change already received."""

    status: str
    payload_sha256: str
    result: dict[str, object]


def _answer_seen(seen: Seen | Inbox, change: Change) -> ChangeResult:
    if seen.payload_sha256 != change.payload_sha256:
        return _result(
            change.change_id,
            ChangeStatus.KEY_REUSE,
            code="key_reuse",
            message="this change id was used before for another payload",
        )
    original = ChangeResult.model_validate(seen.result)
    return original.model_copy(update={"status": ChangeStatus.DUPLICATE, "code": original.status})


def push_batch(
    session: Session, device: Device, changes: list[Change], *, now: datetime
) -> list[ChangeResult]:
    """Apply a device's batch in sequence order; return one result per change, as sent."""
    by_id: dict[uuid.UUID, ChangeResult] = {}
    now_ms = int(now.timestamp() * 1000)
    if any(Hlc.decode(c.hlc).wall_ms > now_ms + MAX_AHEAD_MS for c in changes if _hlc_ok(c.hlc)):
        device.clock_flagged = True  # its stamps are clamped; head office should look
    run: list[Change] = []
    for change in sorted(changes, key=lambda c: c.device_seq):
        if (change.entity, change.op) in APPLIERS:
            by_id.update(_apply_facts(session, device, run, now))
            run = []
            by_id[change.change_id] = apply_change(session, device, change, now=now)
        else:
            run.append(change)
    by_id.update(_apply_facts(session, device, run, now))
    device.last_push_at = now
    device.last_device_seq = max([device.last_device_seq, *(c.device_seq for c in changes)])
    return [by_id[c.change_id] for c in changes]


def _apply_facts(
    session: Session, device: Device, run: list[Change], now: datetime
) -> dict[uuid.UUID, ChangeResult]:
    """Apply a run of sales and points entries as a set; one by one if that conflicts."""
    if not run:
        return {}
    try:
        with session.begin_nested():
            return FactRun(session, device, now).apply(run)
    except IntegrityError:
        # Another delivery of some of these changes (or of their records) got there first.
        results = {}
        for change in run:
            try:
                with session.begin_nested():
                    results.update(FactRun(session, device, now).apply([change]))
            except IntegrityError:
                results[change.change_id] = _after_conflict(session, device, change, now)
        return results


class FactRun:
    """Sales and points entries of one batch, decided in memory and written together."""

    def __init__(self, session: Session, device: Device, now: datetime) -> None:
        self.session = session
        self.device = device
        self.now = now
        self.results: dict[uuid.UUID, ChangeResult] = {}
        self.pending: dict[uuid.UUID, tuple[Change, Outcome, uuid.UUID | None]] = {}
        self.inbox: list[dict[str, object]] = []
        self.cases: list[NewCase] = []
        self.texts: dict[uuid.UUID, str] = {}

    def apply(self, run: list[Change]) -> dict[uuid.UUID, ChangeResult]:
        checked: dict[uuid.UUID, Payload | Refusal] = {}
        for change in run:
            try:
                checked[change.change_id], self.texts[change.change_id] = _checked(change)
            except Refusal as refusal:
                checked[change.change_id] = refusal
        _to_survivors(self.session, checked)
        sales = [p for p in checked.values() if isinstance(p, SalePayload)]
        entries = [p for p in checked.values() if isinstance(p, LedgerEntryPayload)]
        # Balances first: on PostgreSQL a twin of this batch applied by another worker
        # holds them until it commits, and the inbox read below then sees its changes.
        self.ledger = LedgerBatch(self.session, {e.customer_id for e in entries})
        self.seen = _seen(
            self.session,
            {c.change_id for c in run} | {c.depends_on for c in run if c.depends_on},
        )
        self.sales = SaleBatch(
            self.session,
            self.device.store_code,
            sales,
            {e.sale_id for e in entries if e.sale_id is not None},
        )
        self.entries = known_entries(self.session, [e.entry_id for e in entries])
        repeats = []
        for change in run:
            if change.change_id in self.seen:
                if change.change_id in self.pending:
                    repeats.append(change)  # the same id twice in one batch
                else:
                    self.results[change.change_id] = _answer_seen(
                        self.seen[change.change_id], change
                    )
                continue
            self._decide(change, checked[change.change_id])
        self._write()
        for change in repeats:
            self.results[change.change_id] = _answer_seen(self.seen[change.change_id], change)
        return self.results

    def _decide(self, change: Change, payload: Payload | Refusal) -> None:
        if change.depends_on is not None:
            dependency = self.seen.get(change.depends_on)
            if dependency is None:
                self.results[change.change_id] = _result(
                    change.change_id,
                    ChangeStatus.DEFERRED,
                    code="dependency_not_arrived",
                    message="a change this one depends on has not arrived yet",
                )
                return
            if dependency.status == ChangeStatus.REJECTED:
                self._reject(
                    change, Refusal("dependency_rejected", "the change it depends on was rejected")
                )
                return
        if isinstance(payload, Refusal):
            self._reject(change, payload)
            return
        try:
            if isinstance(payload, SalePayload):
                outcome, customer = self._sale(payload, self.texts[change.change_id]), None
            else:
                assert isinstance(payload, LedgerEntryPayload)
                outcome, customer = self._entry(payload), payload.customer_id
        except Deferral as deferral:
            self.results[change.change_id] = _result(
                change.change_id,
                ChangeStatus.DEFERRED,
                code=deferral.code,
                message=deferral.message,
            )
            return
        except Refusal as refusal:
            self._reject(change, refusal)
            return
        if outcome is None:  # the record's own key is taken: the fact is already here
            result = _result(
                change.change_id,
                ChangeStatus.DUPLICATE,
                code="already_recorded",
                message="this record is already on the server",
            )
            self.results[change.change_id] = result
            self._claim(change, result)
            return
        self.pending[change.change_id] = (change, outcome, customer)
        self.seen[change.change_id] = Seen(str(outcome.status), change.payload_sha256, {})

    def _sale(self, sale: SalePayload, text: str) -> Outcome | None:
        device = self.device
        if sale.store_code != device.store_code or sale.device_code != device.device_code:
            raise Refusal(
                "wrong_store",
                f"device {device.store_code}-{device.device_code} may not write "
                f"a sale of {sale.store_code}-{sale.device_code}",
            )
        if self.sales.recorded(sale):
            return None
        return Outcome(flags=self.sales.record(device, sale, text, now=self.now))

    def _entry(self, entry: LedgerEntryPayload) -> Outcome | None:
        sale = None
        if entry.sale_id is not None:
            sale = self.sales.known.get(entry.sale_id)
            if sale is None:
                raise Deferral("sale_not_arrived", "the sale of this entry has not arrived yet")
            if sale.store_code != self.device.store_code:
                raise Refusal("wrong_store", "this entry points at another store's sale")
        if entry.entry_id in self.entries:
            return None
        self.entries.add(entry.entry_id)
        flags = self.ledger.post(
            NewEntry(
                entry_id=entry.entry_id,
                customer_id=entry.customer_id,
                kind=str(entry.kind),
                points=entry.points,
                sale_id=entry.sale_id,
                store_code=self.device.store_code,
                device_id=self.device.id,
                occurred_at=entry.occurred_at,
            ),
            now=self.now,
        )
        outcome = Outcome(flags=flags)
        sale_id = entry.sale_id
        if sale and sale_id and entry.kind == LedgerKind.EARN and POINTS_MISMATCH in sale.flags:
            # Bring the entry to what the rule gives (the rule is the server's).
            expected = self.sales.expected_points(sale_id)
            if expected is not None and expected != entry.points:
                self.ledger.post(
                    adjustment(
                        customer_id=entry.customer_id,
                        points=expected - entry.points,
                        sale_id=sale_id,
                        store_code=sale.store_code,
                        now=self.now,
                    ),
                    now=self.now,
                )
                outcome.flags.append("points_adjusted")
        return outcome

    def _reject(self, change: Change, refusal: Refusal) -> None:
        result = _result(
            change.change_id, ChangeStatus.REJECTED, code=refusal.code, message=refusal.message
        )
        self.results[change.change_id] = result
        self._claim(change, result, payload=canonical_json(change.payload))
        self.cases.append(_rejection_case(self.device, change, refusal.code, refusal.message))

    def _claim(self, change: Change, result: ChangeResult, *, payload: str = "") -> None:
        """Its inbox row (written by `_write`); a later change of the batch now sees it."""
        answer = result.model_dump(mode="json")
        self.seen[change.change_id] = Seen(str(result.status), change.payload_sha256, answer)
        self.inbox.append(
            {
                "change_id": change.change_id,
                "device_id": self.device.id,
                "device_seq": change.device_seq,
                "entity": str(change.entity),
                "entity_id": change.entity_id,
                "payload_sha256": change.payload_sha256,
                "status": str(result.status),
                "result": answer,
                "payload": payload,
                "received_at": self.now,
            }
        )

    def _write(self) -> None:
        self.sales.write(now=self.now)
        versions = self.ledger.write(now=self.now)
        for change, outcome, customer in self.pending.values():
            balances = {str(customer): versions[customer]} if customer is not None else {}
            result = _result(
                change.change_id,
                outcome.status,
                flags=outcome.flags,
                lost_fields=outcome.lost_fields,
                balances=balances,
            )
            self.results[change.change_id] = result
            self._claim(change, result)
        if self.inbox:
            insert_rows(self.session, table_of(Inbox), self.inbox)
        open_many(self.session, self.cases, now=self.now)


def _to_survivors(session: Session, checked: dict[uuid.UUID, Payload | Refusal]) -> None:
    """Sales and entries naming a merged customer go to the survivor (mapped, never refused)."""
    named = {
        p.customer_id
        for p in checked.values()
        if isinstance(p, SalePayload | LedgerEntryPayload) and p.customer_id is not None
    }
    survivors = merged_ids(session, named)
    if not survivors:
        return
    for change_id, p in checked.items():
        if isinstance(p, SalePayload | LedgerEntryPayload) and p.customer_id in survivors:
            checked[change_id] = p.model_copy(update={"customer_id": survivors[p.customer_id]})


def _seen(session: Session, change_ids: set[uuid.UUID]) -> dict[uuid.UUID, Seen]:
    ids = list(change_ids)
    found: dict[uuid.UUID, Seen] = {}
    for start in range(0, len(ids), 500):
        rows = session.execute(
            select(Inbox.change_id, Inbox.status, Inbox.payload_sha256, Inbox.result).where(
                among(session, Inbox.change_id, ids[start : start + 500])
            )
        )
        found.update({i: Seen(status, sha, result) for i, status, sha, result in rows})
    return found


def _hlc_ok(text: str) -> bool:
    try:
        stamp = Hlc.decode(text)
    except ValueError:
        return False
    return (
        0 <= stamp.wall_ms < 10**13 and 0 <= stamp.counter < 10**6 and 0 < len(stamp.device) <= 16
    )


def apply_change(
    session: Session, device: Device, change: Change, *, now: datetime
) -> ChangeResult:
    """Apply one profile patch idempotently and say what became of it."""
    seen = session.get(Inbox, change.change_id)
    if seen is not None:
        return _answer_seen(seen, change)
    if change.depends_on is not None:
        dependency = session.get(Inbox, change.depends_on)
        if dependency is None:
            return _result(
                change.change_id,
                ChangeStatus.DEFERRED,
                code="dependency_not_arrived",
                message="a change this one depends on has not arrived yet",
            )
        if dependency.status == ChangeStatus.REJECTED:
            return _record_rejection(
                session,
                device,
                change,
                "dependency_rejected",
                "the change it depends on was rejected",
                now,
            )
    try:
        payload = _checked_payload(change)
    except Refusal as refusal:
        return _record_rejection(session, device, change, refusal.code, refusal.message, now)
    try:
        with session.begin_nested():
            claim = _claim(change, device, now)
            session.add(claim)
            session.flush()
            outcome = APPLIERS[change.entity, change.op](session, device, payload, change, now)
            result = _result(
                change.change_id,
                outcome.status,
                flags=outcome.flags,
                lost_fields=outcome.lost_fields,
                balances=outcome.balances,
            )
            claim.status = str(result.status)
            claim.result = result.model_dump(mode="json")
            session.flush()
        return result
    except Deferral as deferral:
        return _result(
            change.change_id, ChangeStatus.DEFERRED, code=deferral.code, message=deferral.message
        )
    except Refusal as refusal:
        return _record_rejection(session, device, change, refusal.code, refusal.message, now)
    except IntegrityError:
        return _after_conflict(session, device, change, now)


def _after_conflict(
    session: Session, device: Device, change: Change, now: datetime
) -> ChangeResult:
    """Another delivery of this change, or of its record, got there first."""
    seen = session.get(Inbox, change.change_id, populate_existing=True)
    if seen is not None:
        return _answer_seen(seen, change)
    if not _recorded(session, change):
        raise RuntimeError(f"change {change.change_id} conflicted, but its record is not here")
    # The record's own key was taken under another change id: the fact is already here.
    with session.begin_nested():
        claim = _claim(change, device, now)
        result = _result(
            change.change_id,
            ChangeStatus.DUPLICATE,
            code="already_recorded",
            message="this record is already on the server",
        )
        claim.status = str(ChangeStatus.DUPLICATE)
        claim.result = result.model_dump(mode="json")
        session.add(claim)
    return result


def _recorded(session: Session, change: Change) -> bool:
    """True when the record a conflicting change carries is on the server under its key."""
    if change.entity == Entity.SALE:
        receipt = change.payload.get("receipt_number")
        query = select(Sale.id).where(
            (Sale.id == change.entity_id) | (Sale.receipt_number == receipt)
        )
    elif change.entity == Entity.LEDGER_ENTRY:
        query = select(LedgerEntry.id).where(LedgerEntry.id == change.entity_id)
    elif change.entity == Entity.CONSENT:
        query = select(Consent.id).where(Consent.id == change.entity_id)
    elif change.entity == Entity.MEMBER_CARD:
        return True  # a card conflicts only on its change id
    elif change.entity == Entity.MAIL:
        query = select(MailRequest.id).where(MailRequest.id == change.entity_id)
    elif change.entity == Entity.DIAGNOSTIC:
        query = select(Diagnostic.id).where(Diagnostic.id == change.entity_id)
    elif change.entity == Entity.HABITS:
        return True  # a habit patch conflicts only on its change id
    elif change.entity in RECORDS:
        column = RECORDS[change.entity]
        if column is None:
            return True  # it conflicts only on its change id
        query = select(column).where(column == change.entity_id)
    elif change.op == Operation.CREATE:
        query = select(Customer.id).where(Customer.id == change.entity_id)
    else:
        return True  # a profile patch conflicts only on its change id
    return session.execute(query.limit(1)).first() is not None


def _checked_payload(change: Change) -> Payload:
    return _checked(change)[0]


def _checked(change: Change) -> tuple[Payload, str]:
    """The change's payload, decoded, and its canonical text (the one its hash is of)."""
    if not _hlc_ok(change.hlc):
        raise Refusal("bad_clock", f"{change.hlc!r} is not a hybrid logical clock stamp")
    text = canonical_json(change.payload)
    if sha256_hex(text) != change.payload_sha256:
        raise Refusal("hash_mismatch", "the payload does not match its hash")
    try:
        payload = decode_payload(
            change.entity, change.payload_version, change.payload, op=change.op
        )
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ()))
        raise Refusal(
            "malformed", f"{change.entity} payload: {where}: {first.get('msg')}"
        ) from None
    except ValueError as exc:
        raise Refusal("unsupported_version", str(exc)) from None
    ids = {
        Entity.SALE: "sale_id",
        Entity.LEDGER_ENTRY: "entry_id",
        Entity.CUSTOMER: "customer_id",
        Entity.CONSENT: "consent_id",
        Entity.MAIL: "mail_id",
        Entity.MEMBER_CARD: "card_id",
        Entity.DIAGNOSTIC: "diagnostic_id",
        Entity.HABITS: "customer_id",
        **ENTITY_IDS,
    }
    if getattr(payload, ids[change.entity]) != change.entity_id:
        raise Refusal("entity_mismatch", "the change's entity id is not its payload's")
    return payload, text


def _claim(change: Change, device: Device, now: datetime) -> Inbox:
    return Inbox(
        change_id=change.change_id,
        device_id=device.id,
        device_seq=change.device_seq,
        entity=str(change.entity),
        entity_id=change.entity_id,
        payload_sha256=change.payload_sha256,
        status="claimed",
        result={},
        payload="",
        received_at=now,
    )


def _rejection_case(device: Device, change: Change, code: str, message: str) -> NewCase:
    """The review case a rejected change opens for its store's managers."""
    return NewCase(
        kind="rejected_change",
        store_code=device.store_code,
        change_id=change.change_id,
        detail={"code": code, "message": message, "entity": str(change.entity)},
    )


def _record_rejection(
    session: Session, device: Device, change: Change, code: str, message: str, now: datetime
) -> ChangeResult:
    result = _result(change.change_id, ChangeStatus.REJECTED, code=code, message=message)
    try:
        with session.begin_nested():
            claim = _claim(change, device, now)
            claim.status = str(ChangeStatus.REJECTED)
            claim.result = result.model_dump(mode="json")
            claim.payload = canonical_json(change.payload)
            session.add(claim)
            session.flush()
            open_many(session, [_rejection_case(device, change, code, message)], now=now)
    except IntegrityError:
        seen = session.get(Inbox, change.change_id, populate_existing=True)
        if seen is not None:
            return _answer_seen(seen, change)
        raise
    return result

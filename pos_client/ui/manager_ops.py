"""The store manager's actions that reach the store (see `ops` for the pattern).

The review list and its decisions, answers to incidents waiting for the
store, staff PINs, the store's figures and the till's export. Each runs its
service on the store thread and says what it changes; a chosen file is read
on the I/O pool first, never on the store thread or the GUI thread.
Results are the services' own frozen dataclasses.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from loyalty_core.errors import UnknownCustomer
from loyalty_core.wire import SettleAction
from pos_client.context import AppContext
from pos_client.services import (
    customers,
    incidents,
    review,
    staff_admin,
    store_figures,
    till_import,
)
from pos_client.services.review import ReviewEntry
from pos_client.ui.ops import Done, Failed
from pos_client.ui.signals import Changes


# -- the review list ---------------------------------------------------------------
@dataclass(frozen=True)
class ReviewList:
    """The review list and the names of the customers it is about (those this tablet knows)."""

    entries: tuple[ReviewEntry, ...]
    names: Mapping[uuid.UUID, str]


def load_review(ctx: AppContext, *, success: Done, failure: Failed) -> None:
    """What waits for a manager at this store, newest first, with its customers' names."""
    today = ctx.now().astimezone().date()

    def work(s: Session) -> ReviewList:
        entries = tuple(review.review_list(s))
        names: dict[uuid.UUID, str] = {}
        for customer_id in {e.customer_id for e in entries if e.customer_id is not None}:
            try:
                card = customers.customer_card(s, customer_id=customer_id, today=today)
            except UnknownCustomer:
                continue  # not in this tablet's directory: the entry says so
            names[customer_id] = card.name
        return ReviewList(entries, names)

    ctx.runner.run_store(work, success=success, failure=failure)


def count_review(ctx: AppContext, *, success: Done, failure: Failed | None = None) -> None:
    """How many entries the review list has (the manager menu's button says it)."""
    ctx.runner.run_store(lambda s: len(review.review_list(s)), success=success, failure=failure)


def settle(
    ctx: AppContext,
    *,
    entry: ReviewEntry,
    action: SettleAction,
    note: str,
    success: Done,
    failure: Failed,
) -> None:
    """Record a manager's decision on an entry and queue it for head office."""
    assert ctx.staff is not None
    who, now = ctx.staff, ctx.now()
    ctx.runner.run_store(
        lambda s: review.settle(s, entry, action=action, note=note, staff=who, now=now),
        success=success,
        failure=failure,
        changes=Changes.OUTBOX,
    )


def resend_corrected(
    ctx: AppContext,
    *,
    entry: ReviewEntry,
    values: Mapping[str, str | None],
    note: str,
    success: Done,
    failure: Failed,
) -> None:
    """Send a rejected customer change again with corrected values; gives the new change's id."""
    assert ctx.staff is not None
    who, now, corrected = ctx.staff, ctx.now(), dict(values)
    ctx.runner.run_store(
        lambda s: review.resend_corrected(
            s, entry, values=corrected, note=note, staff=who, now=now
        ),
        success=success,
        failure=failure,
        changes=Changes.OUTBOX,
    )


def add_incident_note(
    ctx: AppContext, *, incident_id: uuid.UUID, text: str, success: Done, failure: Failed
) -> None:
    """Answer an incident head office is waiting on the store for."""
    assert ctx.staff is not None
    who, now = ctx.staff, ctx.now()
    ctx.runner.run_store(
        lambda s: incidents.add_note(s, incident_id, text=text, staff=who, now=now),
        success=success,
        failure=failure,
        changes=Changes.OUTBOX,
    )


# -- staff and PINs ----------------------------------------------------------------
def load_staff(ctx: AppContext, *, success: Done, failure: Failed) -> None:
    ctx.runner.run_store(staff_admin.store_staff, success=success, failure=failure)


def set_pin(
    ctx: AppContext, *, staff_id: uuid.UUID, pin: str, success: Done, failure: Failed
) -> None:
    """Give someone a PIN of the manager's choosing (or one's own a new one)."""
    assert ctx.staff is not None
    who, now = ctx.staff, ctx.now()
    ctx.runner.run_store(
        lambda s: staff_admin.set_pin(s, staff_id=staff_id, pin=pin, by=who, now=now),
        success=success,
        failure=failure,
        changes=Changes.STAFF | Changes.OUTBOX,
    )


def reset_pin(ctx: AppContext, *, staff_id: uuid.UUID, success: Done, failure: Failed) -> None:
    """Give a temporary PIN (the success callback gets it, to show once)."""
    assert ctx.staff is not None
    who, now = ctx.staff, ctx.now()
    ctx.runner.run_store(
        lambda s: staff_admin.reset_pin(s, staff_id=staff_id, by=who, now=now),
        success=success,
        failure=failure,
        changes=Changes.STAFF | Changes.OUTBOX,
    )


def unlock(ctx: AppContext, *, staff_id: uuid.UUID, success: Done, failure: Failed) -> None:
    """End a lock-out after too many wrong PINs."""
    assert ctx.staff is not None
    who, now = ctx.staff, ctx.now()
    ctx.runner.run_store(
        lambda s: staff_admin.unlock(s, staff_id=staff_id, by=who, now=now),
        success=success,
        failure=failure,
        changes=Changes.STAFF | Changes.OUTBOX,
    )


# -- the store's figures -----------------------------------------------------------
def load_figures(
    ctx: AppContext,
    *,
    first_day: date,
    last_day: date,
    language: str,
    category_labels: Mapping[str, str],
    success: Done,
    failure: Failed,
) -> None:
    """Work out the store's figures for a range of days (on the store thread)."""
    now, labels = ctx.now(), dict(category_labels)
    ctx.runner.run_store(
        lambda s: store_figures.store_figures(
            s,
            first_day=first_day,
            last_day=last_day,
            now=now,
            language=language,
            category_labels=labels,
        ),
        success=success,
        failure=failure,
    )


# -- the till's export -------------------------------------------------------------
def read_file(ctx: AppContext, *, path: Path, success: Done, failure: Failed) -> None:
    """Read a chosen file's bytes on the I/O pool."""
    ctx.runner.run_io(path.read_bytes, success=success, failure=failure)


def preview_import(
    ctx: AppContext, *, data: bytes, file_name: str, success: Done, failure: Failed
) -> None:
    """Say what importing a till export would bring in; nothing is written."""
    now = ctx.now()
    ctx.runner.run_store(
        lambda s: till_import.preview_import(s, data, file_name=file_name, now=now),
        success=success,
        failure=failure,
    )


def import_till_file(
    ctx: AppContext, *, data: bytes, file_name: str, success: Done, failure: Failed
) -> None:
    """Queue the export's tickets not imported yet, with their points; gives the report."""
    assert ctx.staff is not None
    who, now = ctx.staff, ctx.now()
    ctx.runner.run_store(
        lambda s: till_import.import_till_file(s, data, file_name=file_name, staff=who, now=now),
        success=success,
        failure=failure,
        changes=Changes.LEDGER | Changes.OUTBOX,
    )

"""Incidents and campaigns at the counter: the actions that reach the store (see `ops`).

The card's extras (a customer's incidents and the campaigns targeting them)
are read by their own op after the card itself, so the card service stays
what it was. Opening an incident or writing a note says `CUSTOMERS`, so the
counter reloads the card that shows it, and `OUTBOX`, so sync runs soon.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from loyalty_core.incidents import Category, Priority
from pos_client.context import AppContext
from pos_client.services import campaigns, incidents, returns
from pos_client.services.campaigns import CampaignView
from pos_client.services.incidents import BoughtLine, IncidentView
from pos_client.ui.ops import Done, Failed
from pos_client.ui.signals import Changes

RECENT_DAYS = 30
"""An incident that ended this recently stays on the card: its answer is news to the customer."""
BOUGHT_SALES = 8
"""How many of a customer's latest sales here the incident dialog offers lines of."""


def madrid_today(ctx: AppContext) -> date:
    """The store's day, the one campaigns run on (as `campaigns.response_for` reads it)."""
    return ctx.now().astimezone(campaigns.MADRID).date()


@dataclass(frozen=True)
class CardExtras:
    """What the customer card adds to the card service: incidents and campaigns."""

    customer_id: uuid.UUID
    incidents: tuple[IncidentView, ...]
    """Open ones, then those that ended in the last `RECENT_DAYS`, newest first."""
    campaigns: tuple[CampaignView, ...]
    """Campaigns targeting the customer that are not over (upcoming ones too)."""
    open_count: int


def load_card_extras(
    ctx: AppContext, *, customer_id: uuid.UUID, success: Done, failure: Failed
) -> None:
    now, today = ctx.now(), madrid_today(ctx)

    def work(s: Any) -> CardExtras:
        views = incidents.incidents_of(s, customer_id)
        shown = tuple(v for v in views if is_recent(v, now))
        return CardExtras(
            customer_id=customer_id,
            incidents=shown,
            campaigns=tuple(campaigns.targeting(s, customer_id, today=today)),
            open_count=sum(1 for v in views if v.open),
        )

    ctx.runner.run_store(work, success=success, failure=failure)


def load_live_campaigns(
    ctx: AppContext, *, customer_id: uuid.UUID | None, success: Done, failure: Failed
) -> None:
    """The campaigns on today, those targeting the customer first (the payment's question)."""
    today = madrid_today(ctx)
    ctx.runner.run_store(
        lambda s: campaigns.campaigns_for(s, customer_id, today=today),
        success=success,
        failure=failure,
    )


def is_recent(view: IncidentView, now: datetime) -> bool:
    """Whether the card shows it: open, or ended in the last `RECENT_DAYS`."""
    return view.open or now - view.updated_at <= timedelta(RECENT_DAYS)


# -- opening an incident ---------------------------------------------------------------
@dataclass(frozen=True)
class IncidentDraft:
    customer_id: uuid.UUID | None
    category: Category
    priority: Priority
    description: str
    line_id: uuid.UUID | None = None
    photo: bytes | None = None


def open_incident(ctx: AppContext, *, draft: IncidentDraft, success: Done, failure: Failed) -> None:
    """Record the incident and queue it for head office; success gets its `IncidentView`."""
    assert ctx.staff is not None
    who, now = ctx.staff, ctx.now()
    ctx.runner.run_store(
        lambda s: incidents.open_incident(
            s,
            customer_id=draft.customer_id,
            category=draft.category,
            priority=draft.priority,
            description=draft.description,
            staff=who,
            now=now,
            line_id=draft.line_id,
            photo=draft.photo,
        ),
        success=success,
        failure=failure,
        changes=Changes.CUSTOMERS | Changes.OUTBOX,
    )


def load_bought_lines(
    ctx: AppContext, *, customer_id: uuid.UUID, success: Done, failure: Failed
) -> None:
    """The lines of the customer's latest sales at this tablet, newest first."""

    ctx.runner.run_store(
        lambda s: incidents.bought_lines(s, customer_id, sales=BOUGHT_SALES),
        success=success,
        failure=failure,
    )


def find_receipt_lines(ctx: AppContext, *, reference: str, success: Done, failure: Failed) -> None:
    """The lines of a receipt typed or scanned (its QR), for an incident about one of them."""

    def work(s: Any) -> list[BoughtLine]:
        sale = returns.returnable_sale(s, reference=reference)
        day = sale.occurred_at.astimezone(campaigns.MADRID).date()
        return [
            BoughtLine(ln.line_id, sale.sale_id, ln.name, sale.receipt_number, day, ln.sold)
            for ln in sale.lines
        ]

    ctx.runner.run_store(work, success=success, failure=failure)


# -- the store's incidents ---------------------------------------------------------------
def load_store_incidents(ctx: AppContext, *, success: Done, failure: Failed) -> None:
    """The store's open incidents, newest first, with their customers' names."""

    ctx.runner.run_store(incidents.store_incidents_named, success=success, failure=failure)


def add_note(
    ctx: AppContext, *, incident_id: uuid.UUID, text: str, success: Done, failure: Failed
) -> None:
    """The store's note on an incident (its answer when head office waits for the store)."""
    assert ctx.staff is not None
    who, now = ctx.staff, ctx.now()
    ctx.runner.run_store(
        lambda s: incidents.add_note(s, incident_id, text=text, staff=who, now=now),
        success=success,
        failure=failure,
        changes=Changes.CUSTOMERS | Changes.OUTBOX,
    )

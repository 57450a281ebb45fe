"""The advisor's actions that reach the store (see `ops` for the pattern)."""

from __future__ import annotations

import uuid
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from loyalty_core.consent import Purpose
from pos_client.context import AppContext

if TYPE_CHECKING:
    from pos_client.documents.skin_report_pdf import SkinReport
from pos_client.services import advice, catalogue, diagnostics, habits, skin_report
from pos_client.store.models import Customer
from pos_client.ui.ops import Done, Failed
from pos_client.ui.signals import Changes


@dataclass(frozen=True)
class AdvisorOverview:
    """Everything the advisor's screen shows of one customer, read in one go."""

    customer_id: uuid.UUID
    name: str
    language: str
    club_member: bool
    has_email: bool
    email_consent: bool
    history: diagnostics.SkinHistory
    habits: habits.HabitsView
    suggestions: tuple[advice.ProductAdvice, ...]
    bought_with: tuple[advice.ProductAdvice, ...]
    reminders: tuple[advice.ReminderAdvice, ...]

    @property
    def allowed(self) -> bool:
        return self.history.allowed


def load_overview(
    ctx: AppContext,
    *,
    customer_id: uuid.UUID,
    basket: Collection[uuid.UUID],
    language: str,
    success: Done,
    failure: Failed,
) -> None:
    today = ctx.now().astimezone().date()
    wanted = list(basket)

    def work(s: Any) -> AdvisorOverview:
        c = s.scalars(select(Customer).where(Customer.id == customer_id)).one()
        known = advice.Known.read(s, customer_id, advice.care_guide())
        latest = known.history.latest
        recommended = [p.product_id for p in latest.recommended] if latest else []
        state = c.consent_state or {}
        return AdvisorOverview(
            customer_id=customer_id,
            name=f"{c.first_name} {c.last_names}",
            language=c.language,
            club_member=c.club_member,
            has_email=bool(c.email),
            email_consent=bool(state.get(Purpose.EMAIL)),
            history=known.history,
            habits=known.habits,
            suggestions=tuple(
                advice.suggestions_for(
                    s, customer_id, today=today, basket=wanted, language=language, known=known
                )
            ),
            bought_with=tuple(
                advice.bought_with(s, wanted + recommended, exclude=wanted, language=language)
            ),
            reminders=tuple(advice.reminders_for(s, customer_id, today=today, bought=known.bought)),
        )

    ctx.runner.run_store(work, success=success, failure=failure)


def record_diagnostic(
    ctx: AppContext,
    *,
    customer_id: uuid.UUID,
    draft: diagnostics.DiagnosticDraft,
    success: Done,
    failure: Failed,
) -> None:
    assert ctx.staff is not None
    who, now = ctx.staff, ctx.now()
    ctx.runner.run_store(
        lambda s: diagnostics.record_diagnostic(
            s, customer_id=customer_id, draft=draft, staff=who, now=now
        ),
        success=success,
        failure=failure,
        changes=Changes.CUSTOMERS | Changes.OUTBOX,
    )


def update_habits(
    ctx: AppContext,
    *,
    customer_id: uuid.UUID,
    edits: Mapping[str, str | None],
    success: Done,
    failure: Failed,
) -> None:
    assert ctx.staff is not None
    who, now, changed = ctx.staff, ctx.now(), dict(edits)
    ctx.runner.run_store(
        lambda s: habits.update_habits(
            s, customer_id=customer_id, edits=changed, staff=who, now=now
        ),
        success=success,
        failure=failure,
        changes=Changes.CUSTOMERS | Changes.OUTBOX,
    )


def search_products(ctx: AppContext, *, text: str, success: Done, failure: Failed) -> None:
    ctx.runner.run_store(
        lambda s: catalogue.search_products(s, text=text), success=success, failure=failure
    )


def load_report(ctx: AppContext, *, customer_id: uuid.UUID, success: Done, failure: Failed) -> None:
    """What the customer's report shows (the latest diagnostic), for the preview and print."""
    ctx.runner.run_store(
        lambda s: skin_report.skin_report(s, customer_id), success=success, failure=failure
    )


def load_skin_report(
    ctx: AppContext, *, customer_id: uuid.UUID, success: Done, failure: Failed
) -> None:
    """The report of the latest diagnostic, as PDF bytes (gathered, then rendered off the store)."""

    from pos_client.documents.skin_report_pdf import render_skin_report_pdf

    def render(report: SkinReport) -> None:
        ctx.runner.run_io(lambda: render_skin_report_pdf(report), success=success, failure=failure)

    ctx.runner.run_store(
        lambda s: skin_report.skin_report(s, customer_id), success=render, failure=failure
    )


def load_due_this_week(ctx: AppContext, *, success: Done, failure: Failed) -> None:
    today = ctx.now().astimezone().date()
    ctx.runner.run_store(
        lambda s: advice.due_this_week(s, today=today), success=success, failure=failure
    )

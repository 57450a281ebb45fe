"""UI actions that reach the store: one small factory per counter task.

Each op runs its service on the store thread (see `runner.Runner`) and
says which kinds of data it changes, so screens refresh what they show.
Op and service share a verb: `finish_sale` calls `sales.finish`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from loyalty_core.consent import ConsentText, Purpose
from loyalty_core.signature import Signature
from pos_client.context import AppContext
from pos_client.services import (
    catalogue,
    consents,
    customers,
    duplicates,
    enrolment,
    mail,
    member_cards,
    receipts,
    returns,
    sales,
    staff,
)
from pos_client.services.cart import Cart
from pos_client.store.outbox import pending_count
from pos_client.ui.signals import Changes

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


def log_in(ctx: AppContext, *, code: str, pin: str, success: Done, failure: Failed) -> None:
    """Check a PIN. Failed attempts are counted, so the transaction commits anyway."""

    def work(session: Any) -> Any:
        try:
            return staff.login(session, code=code, pin=pin, now=ctx.now())
        except Exception as exc:  # keep the attempt counter, report the error
            return exc

    def done(result: Any) -> None:
        (failure if isinstance(result, BaseException) else success)(result)

    ctx.runner.run_store(work, success=done, failure=failure, changes=Changes.STAFF)


def identify_customer(ctx: AppContext, *, query: str, success: Done, failure: Failed) -> None:
    ctx.runner.run_store(
        lambda s: customers.identify(s, query=query), success=success, failure=failure
    )


def load_customer_card(
    ctx: AppContext, *, customer_id: uuid.UUID, success: Done, failure: Failed
) -> None:
    today = ctx.now().astimezone().date()
    ctx.runner.run_store(
        lambda s: customers.customer_card(s, customer_id=customer_id, today=today),
        success=success,
        failure=failure,
    )


def find_product(ctx: AppContext, *, code: str, success: Done, failure: Failed) -> None:
    ctx.runner.run_store(
        lambda s: catalogue.find_product(s, code=code), success=success, failure=failure
    )


def finish_sale(
    ctx: AppContext, *, cart: Cart, payment: sales.PaymentInput, success: Done, failure: Failed
) -> None:
    assert ctx.staff is not None
    who, now = ctx.staff, ctx.now()
    changes = Changes.SALES | Changes.LEDGER | Changes.OUTBOX
    if cart.enrolment is not None:
        changes |= Changes.CUSTOMERS  # the new member is written with the sale
    ctx.runner.run_store(
        lambda s: sales.finish(s, cart=cart, payment=payment, staff=who, now=now),
        success=success,
        failure=failure,
        changes=changes,
    )


def find_returnable(ctx: AppContext, *, reference: str, success: Done, failure: Failed) -> None:
    ctx.runner.run_store(
        lambda s: returns.returnable_sale(s, reference=reference), success=success, failure=failure
    )


def record_return(
    ctx: AppContext,
    *,
    sale_id: uuid.UUID,
    quantities: Mapping[uuid.UUID, int],
    refund_method: str,
    success: Done,
    failure: Failed,
) -> None:
    assert ctx.staff is not None
    who, now = ctx.staff, ctx.now()
    ctx.runner.run_store(
        lambda s: returns.record_return(
            s,
            sale_id=sale_id,
            quantities=quantities,
            refund_method=refund_method,
            staff=who,
            now=now,
        ),
        success=success,
        failure=failure,
        changes=Changes.SALES | Changes.LEDGER | Changes.OUTBOX,
    )


def load_receipt(ctx: AppContext, *, sale_id: uuid.UUID, success: Done, failure: Failed) -> None:
    ctx.runner.run_store(
        lambda s: receipts.load_receipt(s, sale_id=sale_id), success=success, failure=failure
    )


def recent_receipts(ctx: AppContext, *, success: Done, failure: Failed) -> None:
    ctx.runner.run_store(
        lambda s: receipts.recent_receipts(s, limit=200), success=success, failure=failure
    )


def count_pending(ctx: AppContext, *, success: Done) -> None:
    ctx.runner.run_store(pending_count, success=success)


def find_duplicates(
    ctx: AppContext, *, form: Mapping[str, str | None], success: Done, failure: Failed
) -> None:
    today, snapshot = ctx.now().astimezone().date(), dict(form)
    ctx.runner.run_store(
        lambda s: duplicates.possible_duplicates(s, snapshot, today=today),
        success=success,
        failure=failure,
    )


@dataclass(frozen=True)
class ConsentOverview:
    """What the customer card's consent screen shows: the state, the history, the language."""

    customer_id: uuid.UUID
    language: str
    state: dict[Purpose, bool]
    records: list[consents.ConsentRecord]


def load_consent_overview(
    ctx: AppContext, *, customer_id: uuid.UUID, success: Done, failure: Failed
) -> None:
    def work(s: Any) -> ConsentOverview:
        return ConsentOverview(
            customer_id,
            consents.language_of(s, customer_id),
            consents.state_of(s, customer_id),
            consents.history(s, customer_id),
        )

    ctx.runner.run_store(work, success=success, failure=failure)


def change_consent(
    ctx: AppContext,
    *,
    customer_id: uuid.UUID,
    changes: Mapping[Purpose, bool],
    text: ConsentText,
    signature: Signature | None,
    success: Done,
    failure: Failed,
) -> None:
    """Give or withdraw purposes; club membership may change with them."""
    assert ctx.staff is not None
    who, now, stated = ctx.staff, ctx.now(), dict(changes)
    ctx.runner.run_store(
        lambda s: consents.change_consent(
            s,
            customer_id=customer_id,
            changes=stated,
            text=text,
            signature=signature,
            staff=who,
            now=now,
        ),
        success=success,
        failure=failure,
        changes=Changes.CUSTOMERS | Changes.OUTBOX,
    )


def load_consent_document(
    ctx: AppContext, *, consent_id: uuid.UUID, success: Done, failure: Failed
) -> None:
    """The signed PDF of a record: (its SHA-256, its bytes or None when only the server has it)."""
    ctx.runner.run_store(
        lambda s: consents.document(s, consent_id), success=success, failure=failure
    )


def load_enrolment_document(
    ctx: AppContext, *, customer_id: uuid.UUID, success: Done, failure: Failed
) -> None:
    """The consent a member signed when they enrolled, as `load_consent_document` gives it."""

    def work(s: Any) -> tuple[str, bytes | None]:
        records = consents.history(s, customer_id)  # newest first
        first = next(r for r in reversed(records) if r.kind == "enrolment")
        return consents.document(s, first.id)

    ctx.runner.run_store(work, success=success, failure=failure)


def load_member_card(
    ctx: AppContext, *, customer_id: uuid.UUID, success: Done, failure: Failed
) -> None:
    today = ctx.now().astimezone().date()
    ctx.runner.run_store(
        lambda s: member_cards.card_to_print(s, customer_id, today=today),
        success=success,
        failure=failure,
    )


def load_registration(
    ctx: AppContext, *, customer_id: uuid.UUID, success: Done, failure: Failed
) -> None:
    """A known customer's details as the registration form's fields (they join the club)."""
    ctx.runner.run_store(
        lambda s: enrolment.registration_of(s, customer_id), success=success, failure=failure
    )


def email_document(
    ctx: AppContext,
    *,
    customer_id: uuid.UUID,
    document: mail.Document,
    pdf: bytes,
    success: Done,
    failure: Failed,
) -> None:
    """Queue a PDF for the customer's e-mail (head office sends it); gives the address."""
    assert ctx.staff is not None
    who, now = ctx.staff, ctx.now()
    ctx.runner.run_store(
        lambda s: mail.email_document(
            s, customer_id=customer_id, document=document, pdf=pdf, staff=who, now=now
        ),
        success=success,
        failure=failure,
        changes=Changes.OUTBOX,
    )

"""UI actions that reach the store: one small factory per counter task.

Each op runs its service on the store thread (see `runner.Runner`) and
says which kinds of data it changes, so screens refresh what they show.
Op and service share a verb: `finish_sale` calls `sales.finish`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from typing import Any

from pos_client.context import AppContext
from pos_client.services import attention, catalogue, customers, receipts, returns, sales, staff
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
    ctx.runner.run_store(
        lambda s: sales.finish(s, cart=cart, payment=payment, staff=who, now=now),
        success=success,
        failure=failure,
        changes=Changes.SALES | Changes.LEDGER | Changes.OUTBOX,
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


def attention_items(ctx: AppContext, *, success: Done, failure: Failed) -> None:
    ctx.runner.run_store(attention.attention_items, success=success, failure=failure)

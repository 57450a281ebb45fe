"""Opening and listing review cases for the store managers and head office."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from loyalty_core.ids import uuid7
from sync_server.review.models import ReviewCase


def open_case(
    session: Session,
    *,
    kind: str,
    store_code: str,
    now: datetime,
    customer_id: uuid.UUID | None = None,
    change_id: uuid.UUID | None = None,
    subject_id: uuid.UUID | None = None,
    detail: dict[str, object] | None = None,
) -> ReviewCase:
    case = ReviewCase(
        id=uuid7(),
        kind=kind,
        store_code=store_code,
        customer_id=customer_id,
        change_id=change_id,
        subject_id=subject_id,
        detail=detail or {},
        status="open",
        created_at=now,
    )
    session.add(case)
    return case


def open_cases(session: Session, *, store_code: str | None = None) -> list[ReviewCase]:
    query = select(ReviewCase).where(ReviewCase.status == "open")
    if store_code is not None:
        query = query.where(ReviewCase.store_code == store_code)
    return list(session.scalars(query.order_by(ReviewCase.created_at, ReviewCase.id)))

"""Opening and listing review cases for the store managers and head office."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from loyalty_core.feeds import Feed, ReviewRow
from loyalty_core.ids import uuid7
from sync_server.bulk import insert_rows
from sync_server.db import table_of
from sync_server.review.models import ReviewCase
from sync_server.sync.feeds import publish_new


@dataclass(frozen=True)
class NewCase:
    kind: str
    store_code: str
    customer_id: uuid.UUID | None = None
    change_id: uuid.UUID | None = None
    subject_id: uuid.UUID | None = None
    detail: dict[str, object] = field(default_factory=dict)


def open_many(session: Session, cases: list[NewCase], *, now: datetime) -> None:
    """Open many cases at once (a pushed batch), each published to its store's feed."""
    if not cases:
        return
    rows = [
        {
            "id": uuid7(),
            "kind": case.kind,
            "store_code": case.store_code,
            "customer_id": case.customer_id,
            "change_id": case.change_id,
            "subject_id": case.subject_id,
            "detail": case.detail,
            "status": "open",
            "created_at": now,
        }
        for case in cases
    ]
    insert_rows(session, table_of(ReviewCase), rows)
    by_store: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for case, row in zip(cases, rows, strict=True):
        case_row = ReviewRow(**{name: row[name] for name in ReviewRow.model_fields})
        feed_row = case_row.model_dump(mode="json")
        by_store.setdefault(case.store_code, []).append((str(row["id"]), feed_row))
    for store_code, published in by_store.items():
        publish_new(session, Feed.REVIEW, store_code, published, now=now)


def open_cases(session: Session, *, store_code: str | None = None) -> list[ReviewCase]:
    query = select(ReviewCase).where(ReviewCase.status == "open")
    if store_code is not None:
        query = query.where(ReviewCase.store_code == store_code)
    return list(session.scalars(query.order_by(ReviewCase.created_at, ReviewCase.id)))

"""What needs a person at this store: changes the server rejected, and head office's cases.

Rejected changes stay on the tablet with the server's reason (they are
never sent again); the store's open review cases (an overdraft, a flagged
sale, another tablet's rejected change) come down with the review feed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos_client.store.models import OutboxEntry, ReviewItem


@dataclass(frozen=True)
class AttentionItem:
    """One line of the list: when, what kind, about what, and why."""

    when: datetime
    kind: str  # rejected_change, overdraft, flagged_sale, ...
    subject: str
    reason: str


def attention_items(session: Session) -> list[AttentionItem]:
    """Rejected changes of this tablet and open cases of this store, newest first."""
    items: list[AttentionItem] = []
    local_changes = set()
    for row in session.scalars(select(OutboxEntry).where(OutboxEntry.state == "rejected")):
        answer = json.loads(row.server_answer or "{}")
        local_changes.add(row.change_id)
        items.append(
            AttentionItem(
                when=row.occurred_at,
                kind="rejected_change",
                subject=_subject(row.entity, json.loads(row.payload)),
                reason=f"{answer.get('code', '')}: {answer.get('message', '')}".strip(": "),
            )
        )
    for case in session.scalars(select(ReviewItem).where(ReviewItem.status == "open")):
        if case.kind == "rejected_change" and case.change_id in local_changes:
            continue  # already listed from this tablet's own outbox
        detail = case.detail or {}
        items.append(
            AttentionItem(
                when=case.created_at,
                kind=case.kind,
                subject=str(detail.get("receipt_number") or detail.get("entity") or ""),
                reason=_reason(case.kind, detail),
            )
        )
    return sorted(items, key=lambda item: item.when, reverse=True)


def _subject(entity: str, payload: dict[str, object]) -> str:
    if entity == "sale":
        return str(payload.get("receipt_number", "sale"))
    return entity


def _reason(kind: str, detail: dict[str, object]) -> str:
    if kind == "overdraft":
        return f"{detail.get('points')} points left the balance at {detail.get('balance_after')}"
    if kind == "flagged_sale":
        return ", ".join(str(flag) for flag in detail.get("flags", []))  # type: ignore[attr-defined]
    return f"{detail.get('code', '')}: {detail.get('message', '')}".strip(": ")

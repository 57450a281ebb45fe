"""Numbers a tablet gives out itself (voucher and incident references), kept in settings.

The counter moves in the caller's transaction, so a number is used once even
if the app stops right after: the reference printed and the row written go
together or not at all.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from pos_client.store.models import Setting


def next_number(session: Session, key: str) -> int:
    """The next number of the counter `key` (1 for a new counter)."""
    row = session.get(Setting, key)
    number = int(str(row.value)) + 1 if row is not None else 1
    if row is None:
        session.add(Setting(key=key, value=number))
    else:
        row.value = number
    return number

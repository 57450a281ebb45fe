"""Is the person being registered already a customer? Asked while the form is typed.

Any match the server would merge or review is shown (loyalty_core.duplicates),
so the assistant opens the existing card instead of creating a second one:
the same DNI/NIE, phone or e-mail (in clear for this store's customers, by
keyed hash for any store's), or a very similar name with the same birth
date (this store's customers: only their birth dates are held here).
Values still being typed, or wrong, are simply not compared.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from loyalty_core.contact import mask_phone
from loyalty_core.duplicates import MatchReason, similar_names
from loyalty_core.errors import UserFacingError
from loyalty_core.feeds import lookup_key
from loyalty_core.registration import check_field
from pos_client.store.models import Customer, Setting

MAX_HITS = 5


@dataclass(frozen=True)
class PossibleDuplicate:
    id: uuid.UUID
    name: str
    card_number: str | None
    phone_masked: str | None
    club_member: bool
    reasons: tuple[MatchReason, ...]


_KEYED = {
    MatchReason.NATIONAL_ID: ("national_id", Customer.national_id, Customer.national_id_key),
    MatchReason.PHONE: ("phone", Customer.phone, Customer.phone_key),
    MatchReason.EMAIL: ("email", Customer.email, Customer.email_key),
}


def possible_duplicates(
    session: Session, form: Mapping[str, str | None], *, today: date
) -> list[PossibleDuplicate]:
    """Known customers who may be the person in the form, strongest match first."""
    values = {name: _value(name, form.get(name), today) for name in _FIELDS}
    secret = session.scalar(select(Setting.value).where(Setting.key == "lookup_secret"))
    found: dict[uuid.UUID, tuple[Customer, set[MatchReason]]] = {}
    for reason, (field, column, key_column) in _KEYED.items():
        value = values[field]
        if not isinstance(value, str):
            continue
        condition = column == value
        if isinstance(secret, str):
            key = lookup_key(bytes.fromhex(secret), field, value)
            condition = or_(condition, key_column == key)
        for row in session.scalars(select(Customer).where(condition).limit(MAX_HITS)):
            found.setdefault(row.id, (row, set()))[1].add(reason)
    birth = values["birth_date"]
    name = f"{form.get('first_name') or ''} {form.get('last_names') or ''}".strip()
    if isinstance(birth, date) and name:
        for row in session.scalars(select(Customer).where(Customer.birth_date == birth).limit(200)):
            if similar_names(name, f"{row.first_name} {row.last_names}"):
                found.setdefault(row.id, (row, set()))[1].add(MatchReason.NAME_AND_BIRTH_DATE)
    ranked = sorted(found.values(), key=lambda hit: (-len(hit[1]), hit[0].last_names))
    return [
        PossibleDuplicate(
            id=row.id,
            name=f"{row.first_name} {row.last_names}",
            card_number=row.card_number,
            phone_masked=row.phone_masked or (mask_phone(row.phone) if row.phone else None),
            club_member=row.club_member,
            reasons=tuple(sorted(reasons)),
        )
        for row, reasons in ranked[:MAX_HITS]
    ]


_FIELDS = ("national_id", "phone", "email", "birth_date")


def _value(name: str, text: str | None, today: date) -> object:
    try:
        return check_field(name, text, today=today)
    except UserFacingError:
        return None

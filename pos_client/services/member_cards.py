"""A member's card, ready to print: who holds it, since when, the club's name."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from loyalty_core.errors import UnknownCustomer
from pos_client.store.models import Customer


@dataclass(frozen=True)
class CardToPrint:
    card_number: str
    holder_name: str
    member_since: date
    language: str


def card_to_print(session: Session, customer_id: uuid.UUID, *, today: date) -> CardToPrint:
    """The card of a customer who has one (every member enrolled here has)."""
    row = session.scalars(select(Customer).where(Customer.id == customer_id)).first()
    if row is None or row.card_number is None:
        raise UnknownCustomer("no member card for this customer", id=str(customer_id))
    return CardToPrint(
        card_number=row.card_number,
        holder_name=f"{row.first_name} {row.last_names}",
        member_since=row.enrolled_on or today,
        language=row.language,
    )

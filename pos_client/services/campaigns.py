"""Campaigns at the counter: which target a customer, the response to one, its extra points.

A sale records that the customer came because of a campaign (suggested when
they are targeted; any live campaign may be chosen). The campaign's extra
points follow `loyalty_core.campaigns.with_campaign` on the sale's own
lines, as head office recomputes them; they go to the customer as their own
entry, under the response's id.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from loyalty_core import campaigns as rules
from loyalty_core.store_time import MADRID
from loyalty_core.wire import CampaignResponsePayload, SaleLinePayload
from pos_client.store.manager_models import Campaign, CampaignResponse, CampaignTarget
from pos_client.store.models import Product


@dataclass(frozen=True)
class CampaignView:
    id: uuid.UUID
    code: str
    name: str
    starts_on: date
    ends_on: date
    channel: str
    message: str
    multiplier: Decimal
    bonus_per_unit: int
    targeted: bool
    """Whether head office targeted this customer with it."""

    def on(self, day: date) -> bool:
        return self.starts_on <= day <= self.ends_on


def targeted_ids(session: Session, customer_id: uuid.UUID) -> set[uuid.UUID]:
    row = session.get(CampaignTarget, customer_id)
    return {uuid.UUID(c) for c in row.campaigns} if row is not None else set()


def campaigns_for(
    session: Session, customer_id: uuid.UUID | None, *, today: date
) -> list[CampaignView]:
    """The campaigns on today, targeted ones first (those the card shows and the sale suggests)."""
    targeted = targeted_ids(session, customer_id) if customer_id else set()
    rows = session.scalars(
        select(Campaign).where(Campaign.starts_on <= today, Campaign.ends_on >= today)
    )
    views = [_view(c, c.id in targeted) for c in rows]
    return sorted(views, key=lambda v: (not v.targeted, v.ends_on, v.name))


def targeting(session: Session, customer_id: uuid.UUID, *, today: date) -> list[CampaignView]:
    """The campaigns targeting a customer that are not over (upcoming ones too), for the card."""
    ids = targeted_ids(session, customer_id)
    if not ids:
        return []
    rows = session.scalars(select(Campaign).where(Campaign.id.in_(ids), Campaign.ends_on >= today))
    return sorted((_view(c, True) for c in rows), key=lambda v: (v.starts_on, v.name))


def bonus_points(
    session: Session, campaign: Campaign, lines: Sequence[SaleLinePayload], day: date
) -> int:
    """What a campaign adds to these lines' points (the counter's and head office's rule)."""
    categories = dict(
        session.execute(
            select(Product.id, Product.category).where(
                Product.id.in_([line.product_id for line in lines])
            )
        ).all()
    )
    parsed = [
        rules.Line(
            product_id=line.product_id,
            category=categories.get(line.product_id, ""),
            quantity=line.quantity,
            points=line.points,
        )
        for line in lines
    ]
    with_it = rules.with_campaign(parsed, rules.Campaign.from_row(campaign), day)
    return sum(with_it) - sum(line.points for line in parsed)


def response_for(
    session: Session,
    *,
    campaign_id: uuid.UUID,
    sale_id: uuid.UUID,
    customer_id: uuid.UUID | None,
    lines: Sequence[SaleLinePayload],
    amount_cents: int,
    store_code: str,
    staff_id: uuid.UUID,
    now: datetime,
    response_id: uuid.UUID,
) -> CampaignResponsePayload:
    """The response a sale records (its bonus counted for a customer only)."""
    campaign = session.get(Campaign, campaign_id)
    if campaign is None:
        raise LookupError(f"no campaign {campaign_id} on this tablet")
    day = now.astimezone(MADRID).date()
    bonus = bonus_points(session, campaign, lines, day) if customer_id else 0
    return CampaignResponsePayload(
        response_id=response_id,
        campaign_id=campaign_id,
        sale_id=sale_id,
        customer_id=customer_id,
        amount_cents=amount_cents,
        bonus_points=bonus,
        targeted=customer_id is not None and campaign_id in targeted_ids(session, customer_id),
        store_code=store_code,
        staff_id=staff_id,
        responded_at=now,
    )


def keep_response(session: Session, response: CampaignResponsePayload) -> None:
    session.add(
        CampaignResponse(
            id=response.response_id,
            campaign_id=response.campaign_id,
            sale_id=response.sale_id,
            customer_id=response.customer_id,
            amount_cents=response.amount_cents,
            bonus_points=response.bonus_points,
            responded_at=response.responded_at,
        )
    )


def campaign_name(session: Session, campaign_id: uuid.UUID) -> str:
    campaign = session.get(Campaign, campaign_id)
    return campaign.name if campaign else ""


def response_of_sale(session: Session, sale_id: uuid.UUID) -> tuple[str, int] | None:
    """The campaign a sale answered and the points it added, for a reprint."""
    row = session.execute(
        select(Campaign.name, CampaignResponse.bonus_points)
        .join(Campaign, Campaign.id == CampaignResponse.campaign_id)
        .where(CampaignResponse.sale_id == sale_id)
    ).first()
    return (str(row[0]), int(row[1])) if row else None


def _view(c: Campaign, targeted: bool) -> CampaignView:
    return CampaignView(
        id=c.id,
        code=c.code,
        name=c.name,
        starts_on=c.starts_on,
        ends_on=c.ends_on,
        channel=c.channel,
        message=c.message,
        multiplier=Decimal(c.multiplier),
        bonus_per_unit=c.bonus_per_unit,
        targeted=targeted,
    )

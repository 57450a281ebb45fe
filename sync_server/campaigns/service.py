"""Creating campaigns, computing whom they target, recording responses, reporting results.

Targets are computed here (a segment over the chain's customers, with the
consents each way of reaching them needs) and sent to every tablet as one
row per targeted customer listing their live campaigns, so a counter knows
them offline. A response's extra points are recomputed by the campaign's
rule (`loyalty_core.campaigns`) from the sale's own lines: the server's
figure is the one posted, a different claim is flagged.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation

import orjson
from sqlalchemy import delete, extract, select
from sqlalchemy.orm import Session

from loyalty_core import campaigns as rules
from loyalty_core.campaigns import BadCampaign, Line, Segment, consents_needed, with_campaign
from loyalty_core.feeds import CHAIN_SCOPE, CampaignRow, Feed, TargetRow
from loyalty_core.ids import uuid7
from loyalty_core.store_time import MADRID
from loyalty_core.wire import CampaignResponsePayload, LedgerKind
from sync_server.bulk import among, insert_rows
from sync_server.campaigns.models import Campaign, CampaignResponse, CampaignTarget
from sync_server.catalogue.models import Product
from sync_server.customers.models import Customer, CustomerStore
from sync_server.db import table_of
from sync_server.errors import ApiError
from sync_server.ledger.service import LedgerBatch, NewEntry
from sync_server.sales.models import Sale
from sync_server.sync.feeds import publish, publish_many

_CHUNK = 2_000


class SaleNotArrived(Exception):
    """A response whose sale has not reached the server yet."""


class UnknownCampaign(Exception):
    """A response to a campaign head office does not know."""


def create_campaign(
    session: Session,
    *,
    code: str,
    name: str,
    starts_on: date,
    ends_on: date,
    channel: str,
    segment: Segment,
    multiplier: str = "1",
    bonus_per_unit: int = 0,
    products: Iterable[str] = (),
    categories: Iterable[str] = (),
    message: str = "",
    now: datetime,
) -> Campaign:
    """Create a campaign, compute its targets and send both to every tablet.

    `products` are product codes (as the catalogue names them).
    """
    code = code.strip().upper()
    if not code or len(code) > 32:
        raise ApiError(400, "bad_campaign_code", "a campaign code has 1 to 32 characters")
    if session.scalars(select(Campaign).where(Campaign.code == code)).first() is not None:
        raise ApiError(409, "campaign_exists", f"campaign {code} already exists")
    codes = sorted(set(products))
    product_ids = dict(
        session.execute(select(Product.code, Product.id).where(Product.code.in_(codes))).all()
    )
    if missing := [c for c in codes if c not in product_ids]:
        raise ApiError(400, "unknown_product", f"no product {', '.join(missing)}")
    try:
        rule = rules.Campaign(
            id=uuid7(),
            name=name,
            starts_on=starts_on,
            ends_on=ends_on,
            channel=channel,
            multiplier=Decimal(multiplier),
            bonus_per_unit=bonus_per_unit,
            products=frozenset(product_ids.values()),
            categories=frozenset(categories),
        )
        consents_needed(segment, channel)
    except (BadCampaign, InvalidOperation) as exc:
        raise ApiError(400, "bad_campaign", str(exc)) from None
    campaign = Campaign(
        id=rule.id,
        code=code,
        name=name.strip(),
        starts_on=starts_on,
        ends_on=ends_on,
        channel=channel,
        multiplier=str(rule.multiplier),
        bonus_per_unit=bonus_per_unit,
        products=[str(p) for p in sorted(product_ids.values())],
        categories=sorted(rule.categories),
        message=message.strip(),
        segment=_segment_json(segment),
        created_at=now,
    )
    session.add(campaign)
    session.flush()
    publish_campaign(session, campaign, now=now)
    compute_targets(session, campaign, now=now)
    return campaign


def campaign_by_code(session: Session, code: str) -> Campaign:
    found = session.scalars(select(Campaign).where(Campaign.code == code.strip().upper())).first()
    if found is None:
        raise ApiError(404, "unknown_campaign", f"no campaign {code}")
    return found


def publish_campaign(session: Session, campaign: Campaign, *, now: datetime) -> None:
    row = CampaignRow(
        id=campaign.id,
        code=campaign.code,
        name=campaign.name,
        starts_on=campaign.starts_on,
        ends_on=campaign.ends_on,
        channel=campaign.channel,
        multiplier=campaign.multiplier,
        bonus_per_unit=campaign.bonus_per_unit,
        products=[uuid.UUID(p) for p in campaign.products],
        categories=list(campaign.categories),
        message=campaign.message,
    )
    publish(
        session, Feed.CAMPAIGNS, CHAIN_SCOPE, str(campaign.id), row.model_dump(mode="json"), now=now
    )


def segment_of(campaign: Campaign) -> Segment:
    data = campaign.segment
    inactive = data.get("inactive_days")
    month = data.get("birthday_month")
    return Segment(
        stores=frozenset(str(s) for s in data.get("stores", [])),  # type: ignore[attr-defined]
        inactive_days=int(str(inactive)) if inactive is not None else None,
        bought_categories=frozenset(str(c) for c in data.get("bought_categories", [])),  # type: ignore[attr-defined]
        within_days=int(str(data.get("within_days", 365))),
        birthday_month=int(str(month)) if month is not None else None,
    )


def _segment_json(segment: Segment) -> dict[str, object]:
    return {
        "stores": sorted(segment.stores),
        "inactive_days": segment.inactive_days,
        "bought_categories": sorted(segment.bought_categories),
        "within_days": segment.within_days,
        "birthday_month": segment.birthday_month,
    }


def targeted_customers(session: Session, campaign: Campaign, *, now: datetime) -> set[uuid.UUID]:
    """The customers a campaign's segment picks today, with the consents its channel needs."""
    segment = segment_of(campaign)
    needed = consents_needed(segment, campaign.channel)
    query = select(Customer.id, Customer.consents).where(
        Customer.club_member.is_(True),
        Customer.merged_into.is_(None),
        Customer.erased_at.is_(None),
    )
    if segment.birthday_month is not None:
        query = query.where(extract("month", Customer.birth_date) == segment.birthday_month)
    if segment.stores:
        served = select(CustomerStore.customer_id).where(
            CustomerStore.store_code.in_(sorted(segment.stores))
        )
        query = query.where(Customer.id.in_(served))
    picked = {
        customer_id
        for customer_id, consents in session.execute(query)
        if consents and all(consents.get(str(p)) for p in needed)
    }
    if segment.inactive_days is not None:
        since = now - timedelta(days=segment.inactive_days)
        picked -= set(
            session.scalars(
                select(Sale.customer_id).where(
                    Sale.occurred_at >= since, Sale.customer_id.is_not(None)
                )
            )
        )
    if segment.bought_categories:
        since = now - timedelta(days=segment.within_days)
        picked &= _bought_in(session, segment.bought_categories, since)
    return picked


def _bought_in(session: Session, categories: frozenset[str], since: datetime) -> set[uuid.UUID]:
    products = {
        str(p)
        for p in session.scalars(select(Product.id).where(Product.category.in_(sorted(categories))))
    }
    buyers: set[uuid.UUID] = set()
    rows = session.execute(
        select(Sale.customer_id, Sale.payload).where(
            Sale.occurred_at >= since, Sale.customer_id.is_not(None), Sale.kind == "sale"
        )
    )
    for customer_id, payload in rows:
        if customer_id is None or customer_id in buyers:
            continue
        if any(line["product_id"] in products for line in orjson.loads(payload)["lines"]):
            buyers.add(customer_id)
    return buyers


def compute_targets(session: Session, campaign: Campaign, *, now: datetime) -> int:
    """(Re)compute a campaign's targets; tell the tablets whose lists changed. Return how many."""
    new = targeted_customers(session, campaign, now=now)
    old = set(
        session.scalars(
            select(CampaignTarget.customer_id).where(CampaignTarget.campaign_id == campaign.id)
        )
    )
    gone = sorted(old - new)
    for start in range(0, len(gone), _CHUNK):
        session.execute(
            delete(CampaignTarget).where(
                CampaignTarget.campaign_id == campaign.id,
                among(session, CampaignTarget.customer_id, gone[start : start + _CHUNK]),
            )
        )
    insert_rows(
        session,
        table_of(CampaignTarget),
        [{"campaign_id": campaign.id, "customer_id": c} for c in sorted(new - old)],
    )
    campaign.targets_computed_at = now
    session.flush()
    publish_targets(session, (old ^ new), now=now)
    return len(new)


def publish_targets(session: Session, customers: Iterable[uuid.UUID], *, now: datetime) -> None:
    """Publish, for each customer, the campaigns not yet over that target them."""
    today = now.astimezone(MADRID).date()
    ordered = sorted(customers)
    for start in range(0, len(ordered), _CHUNK):
        chunk = ordered[start : start + _CHUNK]
        lists: dict[uuid.UUID, list[uuid.UUID]] = {c: [] for c in chunk}
        rows = session.execute(
            select(CampaignTarget.customer_id, CampaignTarget.campaign_id)
            .join(Campaign, Campaign.id == CampaignTarget.campaign_id)
            .where(among(session, CampaignTarget.customer_id, chunk), Campaign.ends_on >= today)
            .order_by(CampaignTarget.customer_id, CampaignTarget.campaign_id)
        )
        for customer_id, campaign_id in rows:
            lists[customer_id].append(campaign_id)
        published: dict[str, dict[str, object] | None] = {
            str(c): TargetRow(customer_id=c, campaigns=ids).model_dump(mode="json") if ids else None
            for c, ids in lists.items()
        }
        publish_many(session, Feed.TARGETS, CHAIN_SCOPE, published, now=now)


@dataclass(frozen=True)
class Recorded:
    flags: list[str]
    balances: dict[str, int]


def record_response(
    session: Session,
    payload: CampaignResponsePayload,
    *,
    customer_id: uuid.UUID | None,
    device_id: uuid.UUID,
    now: datetime,
) -> Recorded | None:
    """Record a campaign response and post its extra points by the server's rule.

    `customer_id` is the payload's customer as it stands now (a merge's survivor).
    None when it is recorded already.
    """
    if session.get(CampaignResponse, payload.response_id) is not None:
        return None
    campaign = session.get(Campaign, payload.campaign_id)
    if campaign is None:
        raise UnknownCampaign(str(payload.campaign_id))
    sale = session.get(Sale, payload.sale_id)
    if sale is None:
        raise SaleNotArrived(str(payload.sale_id))
    flags: list[str] = []
    targeted = customer_id is not None and (
        session.get(CampaignTarget, (campaign.id, customer_id)) is not None
    )
    if not targeted:
        flags.append("not_targeted")
    bonus = bonus_of(session, campaign, sale) if customer_id is not None else 0
    day = sale.occurred_at.astimezone(MADRID).date()
    if not rules.Campaign.from_row(campaign).on(day):
        flags.append("campaign_not_on")
    if bonus != payload.bonus_points:
        flags.append("points_recomputed")
    if payload.amount_cents != sale.total_cents:
        flags.append("amount_differs")
    balances: dict[str, int] = {}
    if customer_id is not None:
        ledger = LedgerBatch(session, {customer_id})
        flags += ledger.post(
            NewEntry(
                entry_id=payload.response_id,
                customer_id=customer_id,
                kind=str(LedgerKind.EARN),
                points=bonus,
                store_code=payload.store_code,
                sale_id=sale.id,
                device_id=device_id,
                occurred_at=payload.responded_at,
                flags=("campaign",),
            ),
            now=now,
        )
        balances = {str(c): v for c, v in ledger.write(now=now).items()}
    session.add(
        CampaignResponse(
            id=payload.response_id,
            campaign_id=campaign.id,
            sale_id=sale.id,
            customer_id=customer_id,
            amount_cents=sale.total_cents,
            bonus_points=bonus,
            claimed_points=payload.bonus_points,
            targeted=targeted,
            store_code=payload.store_code,
            staff_id=payload.staff_id,
            flags=flags,
            responded_at=payload.responded_at,
            received_at=now,
        )
    )
    session.flush()
    return Recorded(flags, balances)


def bonus_of(session: Session, campaign: Campaign, sale: Sale) -> int:
    """The extra points a campaign gives a sale: its lines with the campaign, less without."""
    lines = orjson.loads(sale.payload)["lines"]
    codes = sorted({line["code"] for line in lines})
    categories: dict[str, str] = {
        code: category
        for code, category in session.execute(
            select(Product.code, Product.category).where(Product.code.in_(codes))
        )
    }
    parsed = [
        Line(
            product_id=uuid.UUID(line["product_id"]),
            category=categories.get(line["code"], ""),
            quantity=int(line["quantity"]),
            points=int(line["points"]),
        )
        for line in lines
    ]
    day = sale.occurred_at.astimezone(MADRID).date()
    return sum(with_campaign(parsed, rules.Campaign.from_row(campaign), day)) - sum(
        p.points for p in parsed
    )


@dataclass(frozen=True)
class CampaignReport:
    """What a campaign did (head office's figures)."""

    code: str
    name: str
    starts_on: date
    ends_on: date
    targeted: int
    responses: int
    responders: int
    """Targeted customers with at least one response."""
    untargeted_responses: int
    sales_cents: int
    """The amount of every sale recorded as a response."""
    points: int
    """The campaign's extra points, as posted."""
    response_rate: Decimal
    """Responders per targeted customer."""
    non_responders: int
    non_responders_bought: int
    """Targeted customers who did not respond but bought during the campaign anyway."""
    non_responder_rate: Decimal
    """Their share of the non-responders: what the campaign is compared with."""


def report(session: Session, campaign: Campaign) -> CampaignReport:
    targeted = set(
        session.scalars(
            select(CampaignTarget.customer_id).where(CampaignTarget.campaign_id == campaign.id)
        )
    )
    responses = session.execute(
        select(
            CampaignResponse.customer_id,
            CampaignResponse.amount_cents,
            CampaignResponse.bonus_points,
        ).where(CampaignResponse.campaign_id == campaign.id)
    ).all()
    responders = {c for c, _, _ in responses if c in targeted}
    untargeted = sum(1 for c, _, _ in responses if c not in targeted)
    start = datetime.combine(campaign.starts_on, datetime.min.time(), MADRID)
    end = datetime.combine(campaign.ends_on + timedelta(days=1), datetime.min.time(), MADRID)
    non_responders = targeted - responders
    bought = set(
        session.scalars(
            select(Sale.customer_id)
            .where(
                Sale.occurred_at >= start,
                Sale.occurred_at < end,
                Sale.kind == "sale",
                Sale.customer_id.is_not(None),
            )
            .distinct()
        )
    )
    bought_anyway = len(non_responders & bought)
    return CampaignReport(
        code=campaign.code,
        name=campaign.name,
        starts_on=campaign.starts_on,
        ends_on=campaign.ends_on,
        targeted=len(targeted),
        responses=len(responses),
        responders=len(responders),
        untargeted_responses=untargeted,
        sales_cents=sum(amount for _, amount, _ in responses),
        points=sum(points for _, _, points in responses),
        response_rate=rules.response_rate(len(responders), len(targeted)),
        non_responders=len(non_responders),
        non_responders_bought=bought_anyway,
        non_responder_rate=rules.response_rate(bought_anyway, len(non_responders)),
    )

"""Head office's commands for gifts, campaigns, incidents and stores' offline caps.

    sync-server create-gift CODE NAME POINTS [--picture F.jpg] [--from D] [--until D]
    sync-server change-gift CODE [--points N] [--off | --on] [--until D]
    sync-server gift-stock STORE GIFT QUANTITY [--reason received|counted|damaged|sent_back]
    sync-server set-offline-caps STORE [--per-redemption N] [--per-customer N]
                                 [--device-budget N] [--balance-max-age-hours H]
    sync-server create-campaign CODE NAME FROM UNTIL --channel email|sms|in_store|post
                                [--multiplier 2] [--bonus-per-unit N] [--product CODE]...
                                [--category C]... [--store S]... [--inactive-days N]
                                [--bought-category C]... [--within-days N] [--birthday-month M]
                                [--message TEXT]
    sync-server compute-targets [CODE]
    sync-server campaign-report CODE
    sync-server incidents [--store S] [--all]
    sync-server incident REFERENCE [--assign NAME] [--status S] [--answer TEXT] [--by NAME]

Head office's screens come later; until then these are the way in.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from loyalty_core.campaigns import CHANNELS, Segment
from loyalty_core.incidents import Status
from loyalty_core.money import format_euros

Command = Callable[[Session, argparse.Namespace], int]


def _now() -> datetime:
    return datetime.now(UTC)


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add head office's commands to the `sync-server` parser."""
    gift = sub.add_parser("create-gift", help="add a gift to the catalogue for points")
    gift.add_argument("code")
    gift.add_argument("name")
    gift.add_argument("points", type=int)
    gift.add_argument("--description", default="")
    gift.add_argument("--picture", help="a JPEG or PNG shown at the counter")
    gift.add_argument("--from", dest="starts_on", type=date.fromisoformat)
    gift.add_argument("--until", dest="ends_on", type=date.fromisoformat)
    change = sub.add_parser("change-gift", help="change a gift's points, end day, or offer")
    change.add_argument("code")
    change.add_argument("--points", type=int)
    change.add_argument("--until", dest="ends_on", type=date.fromisoformat)
    offer = change.add_mutually_exclusive_group()
    offer.add_argument("--off", dest="active", action="store_false", default=None)
    offer.add_argument("--on", dest="active", action="store_true")
    stock = sub.add_parser("gift-stock", help="add (or take) gifts to a store's stock")
    stock.add_argument("store")
    stock.add_argument("gift")
    stock.add_argument("quantity", type=int)
    stock.add_argument(
        "--reason", default="received", choices=["received", "counted", "damaged", "sent_back"]
    )
    caps = sub.add_parser("set-offline-caps", help="a store's caps on redeeming offline")
    caps.add_argument("store")
    for name in ("per-redemption", "per-customer", "device-budget", "balance-max-age-hours"):
        caps.add_argument(f"--{name}", type=int)
    campaign = sub.add_parser("create-campaign", help="create a campaign and compute its targets")
    campaign.add_argument("code")
    campaign.add_argument("name")
    campaign.add_argument("starts_on", type=date.fromisoformat)
    campaign.add_argument("ends_on", type=date.fromisoformat)
    campaign.add_argument("--channel", required=True, choices=CHANNELS)
    campaign.add_argument("--multiplier", default="1")
    campaign.add_argument("--bonus-per-unit", type=int, default=0)
    campaign.add_argument("--product", action="append", default=[])
    campaign.add_argument("--category", action="append", default=[])
    campaign.add_argument("--store", action="append", default=[], help="target its customers")
    campaign.add_argument("--inactive-days", type=int)
    campaign.add_argument("--bought-category", action="append", default=[])
    campaign.add_argument("--within-days", type=int, default=365)
    campaign.add_argument("--birthday-month", type=int)
    campaign.add_argument("--message", default="")
    targets = sub.add_parser("compute-targets", help="compute campaigns' targets again")
    targets.add_argument("code", nargs="?", help="one campaign (default: every live one)")
    report = sub.add_parser("campaign-report", help="what a campaign did")
    report.add_argument("code")
    incidents = sub.add_parser("incidents", help="list customer-service incidents")
    incidents.add_argument("--store")
    incidents.add_argument("--all", action="store_true", help="closed ones too")
    incident = sub.add_parser("incident", help="show an incident; assign, move on or answer it")
    incident.add_argument("reference")
    incident.add_argument("--assign")
    incident.add_argument("--status", choices=[str(s) for s in Status])
    incident.add_argument("--answer", default="")
    incident.add_argument("--by", default="Atención al cliente")


def _create_gift(session: Session, args: argparse.Namespace) -> int:
    from sync_server.gifts.service import create_gift

    picture = Path(args.picture).read_bytes() if args.picture else None
    gift = create_gift(
        session,
        code=args.code,
        name=args.name,
        points=args.points,
        description=args.description,
        starts_on=args.starts_on,
        ends_on=args.ends_on,
        picture=picture,
        now=_now(),
    )
    print(f"gift {gift.code} created: {gift.name}, {gift.points} points")
    return 0


def _change_gift(session: Session, args: argparse.Namespace) -> int:
    from sync_server.gifts.service import change_gift

    gift = change_gift(
        session, args.code, points=args.points, active=args.active, ends_on=args.ends_on, now=_now()
    )
    state = "offered" if gift.active else "not offered"
    print(f"gift {gift.code}: {gift.points} points, {state}")
    return 0


def _gift_stock(session: Session, args: argparse.Namespace) -> int:
    from sync_server.gifts.service import gift_by_code, move_stock

    gift = gift_by_code(session, args.gift)
    now = _now()
    stock = move_stock(
        session,
        store_code=args.store.upper(),
        gift_id=gift.id,
        quantity=args.quantity,
        reason=args.reason,
        moved_at=now,
        now=now,
    )
    print(f"{args.store.upper()}: {stock} x {gift.code}")
    return 0


def _set_caps(session: Session, args: argparse.Namespace) -> int:
    from sync_server.stores.service import caps_of, set_offline_caps

    given = {
        name: getattr(args, name)
        for name in ("per_redemption", "per_customer", "device_budget", "balance_max_age_hours")
        if getattr(args, name) is not None
    }
    store = set_offline_caps(session, args.store, given, now=_now())
    print(f"{store.code}: " + ", ".join(f"{k}={v}" for k, v in caps_of(store).items()))
    return 0


def _create_campaign(session: Session, args: argparse.Namespace) -> int:
    from sync_server.campaigns.models import CampaignTarget
    from sync_server.campaigns.service import create_campaign

    segment = Segment(
        stores=frozenset(s.upper() for s in args.store),
        inactive_days=args.inactive_days,
        bought_categories=frozenset(args.bought_category),
        within_days=args.within_days,
        birthday_month=args.birthday_month,
    )
    campaign = create_campaign(
        session,
        code=args.code,
        name=args.name,
        starts_on=args.starts_on,
        ends_on=args.ends_on,
        channel=args.channel,
        segment=segment,
        multiplier=args.multiplier,
        bonus_per_unit=args.bonus_per_unit,
        products=args.product,
        categories=args.category,
        message=args.message,
        now=_now(),
    )
    targeted = len(
        session.scalars(
            select(CampaignTarget.customer_id).where(CampaignTarget.campaign_id == campaign.id)
        ).all()
    )
    print(f"campaign {campaign.code} created: {targeted} customers targeted")
    return 0


def _compute_targets(session: Session, args: argparse.Namespace) -> int:
    from sync_server.campaigns.models import Campaign
    from sync_server.campaigns.service import campaign_by_code, compute_targets

    now = _now()
    if args.code:
        chosen = [campaign_by_code(session, args.code)]
    else:
        chosen = list(session.scalars(select(Campaign).where(Campaign.ends_on >= now.date())))
    for campaign in chosen:
        print(f"{campaign.code}: {compute_targets(session, campaign, now=now)} targeted")
    return 0


def _campaign_report(session: Session, args: argparse.Namespace) -> int:
    from sync_server.campaigns.service import campaign_by_code, report

    r = report(session, campaign_by_code(session, args.code))
    print(f"{r.code}  {r.name}  ({r.starts_on} to {r.ends_on})")
    rows = [
        ("customers targeted", str(r.targeted)),
        ("responses", str(r.responses)),
        ("targeted customers who responded", str(r.responders)),
        ("responses from customers not targeted", str(r.untargeted_responses)),
        ("sales attributed", format_euros(r.sales_cents)),
        ("campaign points given", str(r.points)),
        ("response rate", _percent(r.response_rate)),
        (
            "targeted, not responding, bought anyway",
            f"{r.non_responders_bought} of {r.non_responders}",
        ),
        ("their rate", _percent(r.non_responder_rate)),
    ]
    for label, value in rows:
        print(f"  {label:<42} {value}")
    return 0


def _percent(share: object) -> str:
    return f"{share * 100:.2f} %"  # type: ignore[operator]


def _incidents(session: Session, args: argparse.Namespace) -> int:
    from sync_server.incidents.service import listed

    rows = listed(
        session, store_code=args.store.upper() if args.store else None, open_only=not args.all
    )
    for incident in rows:
        print(
            f"{incident.reference:<30} {incident.status:<17} {incident.priority:<7} "
            f"{incident.category:<18} {incident.opened_at:%Y-%m-%d %H:%M}  "
            f"{incident.assigned_to or '-'}"
        )
    print(f"{len(rows)} incident(s)")
    return 0


def _incident(session: Session, args: argparse.Namespace) -> int:
    from sync_server.incidents.service import by_reference, change, events_of

    now = _now()
    if args.assign is not None or args.status or args.answer:
        incident = change(
            session,
            args.reference,
            by=args.by,
            now=now,
            status=Status(args.status) if args.status else None,
            answer=args.answer,
            assign_to=args.assign,
        )
    else:
        incident = by_reference(session, args.reference)
    print(f"{incident.reference}  {incident.status}  ({incident.priority}, {incident.category})")
    opened = f"{incident.opened_at:%Y-%m-%d %H:%M} UTC"
    print(f"  store {incident.store_code}, opened {opened} by {incident.staff_name}")
    if incident.product_name or incident.receipt_number:
        print(f"  {incident.product_name}  {incident.receipt_number}".rstrip())
    print(f"  {incident.description}")
    for event in events_of(session, incident.id):
        what = event.status or "note"
        print(f"  {event.at:%Y-%m-%d %H:%M}  {event.by}: {what}  {event.note}".rstrip())
    return 0


COMMANDS: dict[str, Command] = {
    "create-gift": _create_gift,
    "change-gift": _change_gift,
    "gift-stock": _gift_stock,
    "set-offline-caps": _set_caps,
    "create-campaign": _create_campaign,
    "compute-targets": _compute_targets,
    "campaign-report": _campaign_report,
    "incidents": _incidents,
    "incident": _incident,
}

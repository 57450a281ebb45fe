"""The store manager's part of the demo chain: gifts with pictures and stock, and campaigns.

Added by `sync-server demo-data` after the customers, so a demo tablet has
gifts to redeem and campaigns on its customer cards from its first sync.
Idempotent: gifts and campaigns that exist are left as they are.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date, datetime, timedelta

from PIL import Image, ImageDraw
from sqlalchemy import select
from sqlalchemy.orm import Session

from loyalty_core.campaigns import Segment
from sync_server.campaigns.models import Campaign
from sync_server.campaigns.service import create_campaign
from sync_server.gifts.models import Gift
from sync_server.gifts.service import create_gift, move_stock

GIFTS = (
    # code, name, points, stock at the demo store, colour
    ("NECESER", "Neceser de viaje Lumen", 500, 12, "#7a3b69"),
    ("MINIS", "Set de miniaturas faciales", 800, 6, "#b98a2e"),
    ("TOALLA", "Toalla de algodón orgánico", 1200, 4, "#4f7c8a"),
    ("VELA", "Vela perfumada de azahar", 1500, 0, "#c2654a"),
    ("MASAJE", "Ritual de masaje facial (30 min)", 2500, 10, "#5d7a4a"),
    ("BOLSO", "Bolso de playa edición limitada", 4000, 2, "#2f4858"),
)


def load_manager_demo(
    session: Session,
    *,
    store_code: str,
    today: date,
    now: datetime,
    progress: Callable[[str], None],
) -> None:
    """Gifts (with stock at `store_code`) and two campaigns targeting its customers."""
    made = 0
    for code, name, points, stock, colour in GIFTS:
        if session.scalars(select(Gift).where(Gift.code == code)).first() is not None:
            continue
        gift = create_gift(
            session, code=code, name=name, points=points, picture=_picture(name, colour), now=now
        )
        if stock:
            move_stock(
                session,
                store_code=store_code,
                gift_id=gift.id,
                quantity=stock,
                reason="received",
                moved_at=now,
                now=now,
            )
        made += 1
    if made:
        progress(f"gifts: {made} with pictures, stock at {store_code}")
    campaigns = (
        dict(
            code="HIDRATA",
            name="Semana de la hidratación",
            starts_on=today - timedelta(days=2),
            ends_on=today + timedelta(days=12),
            channel="in_store",
            segment=Segment(stores=frozenset({store_code})),
            multiplier="2",
            categories=["skincare"],
            message="Doble de puntos en cuidado facial",
        ),
        dict(
            code="CUMPLE",
            name="Tu mes, tu regalo",
            starts_on=today.replace(day=1),
            ends_on=(today.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1),
            channel="email",
            segment=Segment(birthday_month=today.month),
            bonus_per_unit=50,
            message="50 puntos más por cada producto en el mes de tu cumpleaños",
        ),
    )
    for values in campaigns:
        if session.scalars(select(Campaign).where(Campaign.code == values["code"])).first():
            continue
        campaign = create_campaign(session, now=now, **values)  # type: ignore[arg-type]
        progress(f"campaign {campaign.code}: {campaign.name}")


def _picture(name: str, colour: str) -> bytes:
    """A plain tile with the gift's initials: enough to tell gifts apart at the counter."""
    image = Image.new("RGB", (320, 320), colour)
    draw = ImageDraw.Draw(image)
    initials = "".join(word[0] for word in name.split()[:2]).upper()
    draw.rounded_rectangle((24, 24, 296, 296), radius=36, outline="white", width=6)
    draw.text((160, 160), initials, fill="white", anchor="mm", font_size=120)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()

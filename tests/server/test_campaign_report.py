"""Head office's campaign report on a data set small enough to count by hand.

Products: a serum (Facial, 20,00 €, 1 point per unit) and a body milk
(Corporal, 10,00 €, no unit points); the store gives 1 point per euro.
The campaign PRIMAVERA (1 to 31 March, by e-mail) doubles the points of
Facial products for members who bought Facial in the last year and agreed
to e-mail and to profiling.

Before the campaign: Ana, Berta, Carla and Dolors bought the serum; Eva
only the body milk; Fina the serum but she refused e-mail; Gloria is not a
member. Targeted: Ana, Berta, Carla, Dolors (4).

During the campaign:
- Ana buys 1 serum (20 €) and says she came for it. Her lines earn 1 + 20 =
  21 points; doubled, 42: the campaign adds 21.
- Berta buys 2 serums and 1 body milk (50 €), a response. The 50 euro points
  are shared by what each line cost: 40 to the serums, 10 to the milk. The
  serums' 2 + 40 = 42 double to 84 (+42); the milk is not Facial (+0).
- Berta comes again for 1 body milk (10 €), a response: +0.
- Gloria (not targeted) buys 1 serum (20 €) and mentions the campaign: +21.
- Carla buys a body milk without mentioning it; Dolors buys nothing.

So: 4 targeted, 4 responses, 2 targeted responders, 1 response from outside
the target, 100,00 € attributed, 84 points, a response rate of 2/4 = 0.5;
of the 2 targeted who did not respond, 1 bought anyway: 0.5.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import orjson
import pytest
from pg import drop_database, fresh_database, postgres_url, require_postgres
from sqlalchemy import select

from loyalty_core.campaigns import Segment
from loyalty_core.ids import uuid7
from loyalty_core.points import PointsRule, earn_by_line
from loyalty_core.wire import CampaignResponsePayload
from sync_server.campaigns.models import CampaignResponse
from sync_server.campaigns.service import create_campaign, record_response, report
from sync_server.catalogue.models import Product
from sync_server.customers.models import Balance, Customer
from sync_server.db import Database
from sync_server.migrate import upgrade
from sync_server.sales.models import Sale
from sync_server.stores.service import create_store

SETUP = datetime(2026, 2, 1, 10, 0, tzinfo=UTC)
BEFORE = datetime(2025, 11, 10, 11, 0, tzinfo=UTC)
DURING = datetime(2026, 3, 12, 17, 0, tzinfo=UTC)
SERUM, MILK = uuid.UUID(int=0xA1), uuid.UUID(int=0xA2)
PRODUCTS = {
    SERUM: ("8437000000011", "Sérum", "Facial", 2000, 1),
    MILK: ("8437000000028", "Leche corporal", "Corporal", 1000, 0),
}
ALL = {"club": True, "email": True, "sms": False, "profiling": True, "skin_data": False}


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'server.db'}"
    else:
        base = postgres_url()
        if base is None:
            if require_postgres():
                pytest.fail("PostgreSQL is required but not given")
            pytest.skip("no PostgreSQL given (scripts/test.sh starts one)")
        url = fresh_database(base)
    db = Database(url)
    upgrade(db.engine)
    yield db
    db.dispose()
    if request.param == "postgresql":
        drop_database(url)


def _customer(
    s: object, name: str, *, member: bool = True, consents: dict[str, bool] | None = None
) -> uuid.UUID:
    customer = Customer(
        id=uuid7(),
        first_name=name,
        last_names="Prueba",
        language="es",
        club_member=member,
        home_store="S001",
        created_at=SETUP,
        field_clocks={},
        consents=consents if consents is not None else (ALL if member else None),
    )
    s.add(customer)  # type: ignore[attr-defined]
    return customer.id


def _sale(
    s: object, customer_id: uuid.UUID, items: dict[uuid.UUID, int], when: datetime
) -> uuid.UUID:
    """A sale as a counter sends it, its points by the store's rule (1 point per euro)."""
    nets = [PRODUCTS[p][3] * q for p, q in items.items()]
    total = sum(nets)
    earned = earn_by_line(
        total_cents=total,
        nets=nets,
        unit_points=[PRODUCTS[p][4] * q for p, q in items.items()],
        rule=PointsRule(points_per_euro=1),
    )
    sale_id = uuid7()
    lines = [
        {
            "line_id": str(uuid7()),
            "line_no": n,
            "product_id": str(product),
            "code": PRODUCTS[product][0],
            "name": PRODUCTS[product][1],
            "quantity": quantity,
            "unit_price_cents": PRODUCTS[product][3],
            "vat_rate": 21,
            "line_discount_cents": 0,
            "ticket_discount_cents": 0,
            "net_cents": net,
            "points": points.total,
        }
        for n, ((product, quantity), net, points) in enumerate(
            zip(items.items(), nets, earned, strict=True), start=1
        )
    ]
    s.add(  # type: ignore[attr-defined]
        Sale(
            id=sale_id,
            kind="sale",
            store_code="S001",
            device_id=uuid.UUID(int=1),
            receipt_number=f"S001-01-{sale_id.hex}",
            customer_id=customer_id,
            staff_id=uuid.UUID(int=2),
            occurred_at=when,
            total_cents=total,
            points_earned=sum(p.total for p in earned),
            record_hash="",
            payload=orjson.dumps({"lines": lines, "total_cents": total}).decode(),
            flags=[],
            received_at=when,
        )
    )
    s.flush()  # type: ignore[attr-defined]
    return sale_id


def test_the_campaign_report_gives_the_figures_counted_by_hand(database: Database) -> None:
    with database.session() as s, s.begin():
        create_store(s, code="S001", name="Bellesa Rambla", now=SETUP)
        for pid, (code, name, category, price, points) in PRODUCTS.items():
            s.add(
                Product(
                    id=pid,
                    code=code,
                    code_kind="ean13",
                    name=name,
                    brand="Lumen",
                    category=category,
                    size="50 ml",
                    price_cents=price,
                    vat_rate=21,
                    points_per_unit=points,
                    active=True,
                    updated_at=SETUP,
                )
            )
        ana, berta, carla, dolors, eva = (
            _customer(s, n) for n in ("Ana", "Berta", "Carla", "Dolors", "Eva")
        )
        fina = _customer(s, "Fina", consents={**ALL, "email": False})
        gloria = _customer(s, "Gloria", member=False)
        s.flush()
        for buyer in (ana, berta, carla, dolors, fina):
            _sale(s, buyer, {SERUM: 1}, BEFORE)
        _sale(s, eva, {MILK: 1}, BEFORE)
        campaign = create_campaign(
            s,
            code="primavera",
            name="Primavera facial",
            starts_on=date(2026, 3, 1),
            ends_on=date(2026, 3, 31),
            channel="email",
            segment=Segment(bought_categories=frozenset({"Facial"})),
            multiplier="2",
            categories=["Facial"],
            now=SETUP,
        )
        responses = [
            (ana, _sale(s, ana, {SERUM: 1}, DURING), 21),
            (berta, _sale(s, berta, {SERUM: 2, MILK: 1}, DURING), 42),
            (berta, _sale(s, berta, {MILK: 1}, DURING), 0),
            (gloria, _sale(s, gloria, {SERUM: 1}, DURING), 21),
        ]
        _sale(s, carla, {MILK: 1}, DURING)  # bought anyway, not a response
        for customer, sale_id, bonus in responses:
            recorded = record_response(
                s,
                CampaignResponsePayload(
                    response_id=uuid7(),
                    campaign_id=campaign.id,
                    sale_id=sale_id,
                    customer_id=customer,
                    amount_cents=s.get(Sale, sale_id).total_cents,  # type: ignore[union-attr]
                    bonus_points=bonus,
                    targeted=customer != gloria,
                    store_code="S001",
                    staff_id=uuid.UUID(int=2),
                    responded_at=DURING,
                ),
                customer_id=customer,
                device_id=uuid.UUID(int=1),
                now=DURING,
            )
            assert recorded is not None
            assert "points_recomputed" not in recorded.flags  # the counter's figure was right
            assert ("not_targeted" in recorded.flags) == (customer == gloria)

        r = report(s, campaign)
        assert (r.targeted, r.responses, r.responders, r.untargeted_responses) == (4, 4, 2, 1)
        assert r.sales_cents == 2000 + 5000 + 1000 + 2000
        assert r.points == 21 + 42 + 0 + 21
        assert r.response_rate == Decimal("0.5")
        assert (r.non_responders, r.non_responders_bought) == (2, 1)
        assert r.non_responder_rate == Decimal("0.5")
        # The extra points reached the balances, as posted entries.
        assert s.get(Balance, berta).points == 42  # type: ignore[union-attr]
        assert s.get(Balance, gloria).points == 21  # type: ignore[union-attr]
        assert (
            s.scalar(
                select(CampaignResponse.bonus_points).where(CampaignResponse.customer_id == ana)
            )
            == 21
        )


def test_a_claimed_bonus_the_rule_does_not_give_is_posted_as_the_rule_says(
    database: Database,
) -> None:
    with database.session() as s, s.begin():
        create_store(s, code="S001", name="Bellesa Rambla", now=SETUP)
        for pid, (code, name, category, price, points) in PRODUCTS.items():
            s.add(
                Product(
                    id=pid,
                    code=code,
                    code_kind="ean13",
                    name=name,
                    brand="Lumen",
                    category=category,
                    size="50 ml",
                    price_cents=price,
                    vat_rate=21,
                    points_per_unit=points,
                    active=True,
                    updated_at=SETUP,
                )
            )
        ana = _customer(s, "Ana")
        s.flush()
        campaign = create_campaign(
            s,
            code="P",
            name="P",
            starts_on=date(2026, 3, 1),
            ends_on=date(2026, 3, 31),
            channel="in_store",
            segment=Segment(),
            multiplier="2",
            categories=["Facial"],
            now=SETUP,
        )
        sale_id = _sale(s, ana, {MILK: 1}, DURING)
        recorded = record_response(
            s,
            CampaignResponsePayload(
                response_id=uuid7(),
                campaign_id=campaign.id,
                sale_id=sale_id,
                customer_id=ana,
                amount_cents=1000,
                bonus_points=500,
                targeted=True,
                store_code="S001",
                staff_id=uuid.UUID(int=2),
                responded_at=DURING,
            ),
            customer_id=ana,
            device_id=uuid.UUID(int=1),
            now=DURING,
        )
        assert recorded is not None and "points_recomputed" in recorded.flags
        assert s.get(Balance, ana).points == 0  # type: ignore[union-attr]

"""The store's figures from the tablet's own store: a week across the clock change, by hand."""

from __future__ import annotations

import io
import random
import time
import uuid
from collections import Counter
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest
from members import a_registration, a_signature
from pypdf import PdfReader
from sqlalchemy import insert, select

from loyalty_core.consent import PURPOSES, Purpose
from loyalty_core.feeds import CampaignRow, Feed, GiftRow, GiftStockRow, RedemptionRow
from loyalty_core.ids import uuid7
from loyalty_core.money import format_euros
from loyalty_core.offline_caps import Identified
from loyalty_core.store_time import MADRID
from loyalty_core.sync_protocol import RedemptionAnswer, RedemptionRequest
from pos_client.documents.consent_texts import load_consent_text
from pos_client.documents.store_figures_pdf import (
    CampaignFigures,
    DayFigures,
    GiftStockFigure,
    render_store_figures_pdf,
)
from pos_client.services import enrolment, gifts, returns, sales
from pos_client.services.cart import Cart
from pos_client.services.catalogue import find_product
from pos_client.services.consents import SignedConsent
from pos_client.services.receipts import Receipt
from pos_client.services.redemptions import redeem_points
from pos_client.services.sales import PaymentInput
from pos_client.services.store_figures import (
    MAX_DAYS,
    BadRange,
    RangeReversed,
    RangeTooLong,
    store_figures,
)
from pos_client.store.manager_models import CampaignResponse, Incident, Redemption
from pos_client.store.models import LAST_SYNC_KEY, Consent, LedgerEntry, Sale, Setting
from pos_client.sync.api import Refused
from pos_client.sync.replica_manager import ROW_APPLIERS

FIRST, LAST = date(2026, 3, 27), date(2026, 4, 2)
"""Friday to Thursday: Madrid goes from CET to CEST on Sunday 29 March at 02:00, and March
ends on the Tuesday."""
NOW = datetime(2026, 4, 2, 10, 0, tzinfo=UTC)  # Thursday, 12:00 in Madrid
LAST_SYNC = datetime(2026, 3, 31, 7, 0, tzinfo=UTC)
GIFT_NECESER = uuid.UUID("0195f000-0000-7000-8000-000000000001")
GIFT_SAMPLE = uuid.UUID("0195f000-0000-7000-8000-000000000002")
GIFT_RETIRED = uuid.UUID("0195f000-0000-7000-8000-000000000003")
HYDRATION = uuid.UUID("0195f000-0000-7000-8000-0000000000c1")
FATHERS_DAY = uuid.UUID("0195f000-0000-7000-8000-0000000000c2")
SPRING = uuid.UUID("0195f000-0000-7000-8000-0000000000c3")
OTHER_TABLET = "D02"


def utc(month: int, day: int, hour: int, minute: int = 0, second: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, second, tzinfo=UTC)


# --- ringing up the week with the counter's own services --------------------------------


def sell(
    store,
    when: datetime,
    items: dict[str, int],
    *,
    customer: uuid.UUID | None = None,
    campaign: uuid.UUID | None = None,
    enrol: enrolment.PendingEnrolment | None = None,
) -> Receipt:
    with store.sessions.begin() as s:
        cart = Cart(customer_id=customer)
        if enrol is not None:
            cart.enrol(enrol)
        cart.campaign_id = campaign
        for short, quantity in items.items():
            cart.add_product(find_product(s, code=store.products[short]), quantity)
        return sales.finish(
            s,
            cart=cart,
            payment=PaymentInput(card_cents=cart.priced().total_cents),
            staff=store.assistant,
            now=when,
        )


def new_member(number: int, signed_at: datetime) -> enrolment.PendingEnrolment:
    """A new member who signs the club's consent at `signed_at` (the sale comes a bit later)."""
    dni = 23456789 + number * 11111111
    registration = a_registration(
        first_name=("Lucía", "Pau", "Núria")[number],
        national_id=f"{dni}{'TRWAGMYFPDXBNJZSQVHLCKE'[dni % 23]}",
        phone=f"655 443 31{number}",
        email=f"member{number}@example.es",
    )
    given = {p: False for p in PURPOSES} | {Purpose.CLUB: True}
    consent = SignedConsent(load_consent_text("es"), given, a_signature(), signed_at)
    return enrolment.prepare(registration, consent, today=signed_at.date())


def give_back(store, receipt: Receipt, units: int, when: datetime) -> Receipt:
    """Return `units` of the receipt's first line."""
    with store.sessions.begin() as s:
        sale = returns.returnable_sale(s, reference=receipt.receipt_number)
        return returns.record_return(
            s,
            sale_id=sale.sale_id,
            quantities={sale.lines[0].line_id: units},
            refund_method="card",
            staff=store.assistant,
            now=when,
        )


def ask_gift(store, when: datetime, ask: gifts.Ask | None = None) -> gifts.Done | gifts.NoAnswer:
    return gifts.redeem_gift(
        store.sessions,
        customer_id=store.customer_id,
        gift_id=GIFT_NECESER,
        staff=store.assistant,
        approver=store.manager,
        identified=Identified.CARD,
        ask=ask,
        now=when,
    )


def redeem_offline(store, when: datetime) -> gifts.Done:
    pending = ask_gift(store, when)
    assert isinstance(pending, gifts.NoAnswer)
    with store.sessions.begin() as s:
        return gifts.redeem_offline(
            s,
            pending.asking,
            decision=pending.decision,
            approver=store.manager,
            reason="Sin conexión con la central",
            now=when,
        )


def refuse(request: RedemptionRequest) -> RedemptionAnswer:
    raise Refused("refused", code="insufficient_points")


def from_feed(s, feed: Feed, row: object) -> None:
    ROW_APPLIERS[feed](s, row.model_dump(mode="json"))  # type: ignore[attr-defined]


def catalogue(store) -> None:
    """Gifts, their stock and the campaigns, as head office's feeds bring them."""
    with store.sessions.begin() as s:
        for gid, name, points, active, stock in (
            (GIFT_NECESER, "Neceser de viaje", 100, True, 5),
            (GIFT_SAMPLE, "Mascarilla de arcilla (muestra)", 40, True, 0),
            (GIFT_RETIRED, "Bolsa de tela", 10, False, 9),
        ):
            gift = GiftRow(id=gid, code=name[:6], name=name, points=points, active=active)
            from_feed(s, Feed.GIFTS, gift)
            from_feed(s, Feed.GIFT_STOCK, GiftStockRow(gift_id=gid, quantity=stock))
        for cid, name, starts, ends in (
            (HYDRATION, "Semana de la hidratación", date(2026, 3, 23), date(2026, 4, 5)),
            (FATHERS_DAY, "Día del Padre", date(2026, 3, 16), date(2026, 3, 19)),
            (SPRING, "Primavera", date(2026, 4, 1), date(2026, 4, 30)),
        ):
            row = CampaignRow(
                id=cid,
                code=name[:8],
                name=name,
                starts_on=starts,
                ends_on=ends,
                channel="in_store",
                multiplier="1",
                bonus_per_unit=5,
                categories=["skincare"],
            )
            from_feed(s, Feed.CAMPAIGNS, row)
        s.add(Setting(key=LAST_SYNC_KEY, value=LAST_SYNC.isoformat()))


def other_consent(
    s, customer_id: uuid.UUID, signed_at: datetime, *, store: str = "S001", kind: str = "enrolment"
) -> None:
    """A consent record another tablet made, as the customer feed brings it (no signature)."""
    s.add(
        Consent(
            id=uuid7(),
            customer_id=customer_id,
            kind=kind,
            text_version="2026-01",
            language="es",
            text_sha256="0" * 64,
            choices={"club": True},
            hlc=f"{signed_at.isoformat()}-0000-{OTHER_TABLET}",
            signed_at=signed_at,
            store_code=store,
            device_code=OTHER_TABLET,
            staff_name="Ona Vidal",
            customer_snapshot=None,
            signature=None,
            signed=True,
            digest="1" * 64,
            document_sha256="",
        )
    )


def other_redemption(s, store, when: datetime, points: int, *, cancelled: bool = False) -> None:
    row = RedemptionRow(
        id=uuid7(),
        customer_id=store.customer_id,
        gift_id=GIFT_NECESER,
        gift_name="Neceser de viaje",
        points=points,
        device_code=OTHER_TABLET,
        staff_id=store.assistant.id,
        approved_by=store.manager.id,
        offline=False,
        redeemed_at=when,
        cancelled=cancelled,
    )
    from_feed(s, Feed.REDEMPTIONS, row)


def incident(s, category: str, status: str, n: int) -> None:
    at = utc(3, 20, 10)
    s.add(
        Incident(
            id=uuid7(),
            reference=f"INC-S001-D01-{n}",
            customer_id=None,
            category=category,
            priority="normal",
            status=status,
            description="El dispensador llegó roto de fábrica.",
            opened_at=at,
            updated_at=at,
            events=[],
        )
    )


def the_week(store) -> dict[str, Receipt]:
    """What happened at the store from Thursday 26 March to Friday 3 April, in order."""
    catalogue(store)
    maria = store.customer_id  # a member with 120 points confirmed
    r: dict[str, Receipt] = {}
    # 23:59:59 on Thursday 26 in Madrid (CET, UTC+1): the day before the range.
    r["before"] = sell(store, utc(3, 26, 22, 59, 59), {"soap": 1}, customer=maria)
    # Midnight on Friday 27: the range's first instant.
    r["fri"] = sell(store, utc(3, 26, 23), {"book": 1})
    with store.sessions.begin() as s:
        redeem_points(s, customer_id=maria, points=50, staff=store.assistant, now=utc(3, 27, 12))
    # Saturday 28: Lucía joins with a sérum.
    lucia = new_member(0, utc(3, 28, 9, 55))
    r["lucia"] = sell(store, utc(3, 28, 10), {"serum": 1}, enrol=lucia)
    # Sunday 29, the clock change: 00:30 CET and 23:30 CEST are both Sunday.
    r["sun_early"] = sell(store, utc(3, 28, 23, 30), {"serum": 2}, customer=maria)
    r["sun_late"] = sell(store, utc(3, 29, 21, 30), {"cream": 1})
    # 00:30 CEST on Monday 30 (22:30 UTC on Sunday): a campaign sale.
    r["campaign"] = sell(
        store, utc(3, 29, 22, 30), {"serum": 2}, customer=maria, campaign=HYDRATION
    )
    pau = new_member(1, utc(3, 30, 8, 58))
    r["pau"] = sell(store, utc(3, 30, 9), {"cream": 1}, enrol=pau)
    with store.sessions.begin() as s:  # Pau changes a choice on the other tablet: no new member
        other_consent(s, pau.customer_id, utc(3, 30, 9), kind="change")
    # Tuesday 31: gifts offline, one kept, one cancelled and put back on the shelf.
    redeem_offline(store, utc(3, 31, 8))
    cancelled = redeem_offline(store, utc(3, 31, 8, 10))
    with store.sessions.begin() as s:
        gifts.cancel_redemption(
            s,
            cancelled.redemption_id,
            staff=store.assistant,
            approver=store.manager,
            reason="Se equivocó de regalo",
            gift_returned=True,
            now=utc(3, 31, 8, 20),
        )
    with pytest.raises(gifts.ServerRefused):  # head office said no: void, nothing handed over
        ask_gift(store, utc(3, 31, 9), ask=refuse)
    r["tue_late"] = sell(store, utc(3, 31, 21, 45), {"soap": 1})
    # 00:15 on Wednesday 1 April: one sérum of Sunday's sale comes back.
    r["return_sun"] = give_back(store, r["sun_early"], 1, utc(3, 31, 22, 15))
    joined_elsewhere = uuid7()
    with store.sessions.begin() as s:
        other_redemption(s, store, utc(4, 1, 9), 200)
        other_redemption(s, store, utc(4, 1, 10), 300, cancelled=True)
        other_consent(s, joined_elsewhere, utc(4, 1, 16))  # on the store's other tablet
        other_consent(s, joined_elsewhere, utc(4, 1, 16, 5))  # signed again: one member
        other_consent(s, uuid7(), utc(4, 1, 17), store="S002")  # at another store
    pending = ask_gift(store, utc(4, 1, 11))  # no answer, not handed over
    assert isinstance(pending, gifts.NoAnswer)
    with store.sessions.begin() as s:
        gifts.give_up(s, pending.asking)
    # Thursday 2 April (today): Núria joins on a campaign; a campaign sérum comes back.
    nuria = new_member(2, utc(4, 2, 7, 57))
    r["nuria"] = sell(store, utc(4, 2, 8), {"book": 1}, enrol=nuria, campaign=HYDRATION)
    r["return_campaign"] = give_back(store, r["campaign"], 1, utc(4, 2, 9))
    # Midnight on Friday 3 April (CEST, UTC+2): the day after the range.
    r["after"] = sell(store, utc(4, 2, 22), {"soap": 1}, customer=maria)
    with store.sessions.begin() as s:
        for n, (category, status) in enumerate(
            [
                ("product_defect", "open"),
                ("product_defect", "in_progress"),
                ("request", "waiting_customer"),
                ("product_defect", "resolved"),
                ("other", "closed"),
                ("request", "rejected"),
            ]
        ):
            incident(s, category, status, n)
    return r


@pytest.fixture
def week(store) -> dict[str, Receipt]:
    return the_week(store)


# --- the figures, worked out by hand ----------------------------------------------------


def test_the_receipts_are_what_the_figures_below_assume(week) -> None:
    # Sérum 34,95 € (10 points a unit), cream 22,50 €, soap 5,95 €, book 12,00 €; 1 point
    # a euro for a member; the hydration campaign adds 5 points a unit.
    amounts = {k: (r.total_cents, r.points_earned) for k, r in week.items()}
    assert amounts == {
        "before": (595, 5),
        "fri": (1200, 0),
        "lucia": (3495, 44),
        "sun_early": (6990, 89),
        "sun_late": (2250, 0),
        "campaign": (6990, 89),
        "pau": (2250, 22),
        "tue_late": (595, 0),
        "return_sun": (-3495, -44),  # 89 * 1 // 2
        "nuria": (1200, 12),
        "return_campaign": (-3495, -44),
        "after": (595, 5),
    }


def test_each_day_of_the_range(store, week) -> None:
    with store.sessions() as s:
        figures = store_figures(s, first_day=FIRST, last_day=LAST, now=NOW, language="es")

    assert figures.days == (
        #         day                enrolled sales cents  campaign  earned       redeemed
        DayFigures(date(2026, 3, 27), 0, 1, 1200, 0, 0, 50),  # book; 50 points spent
        DayFigures(date(2026, 3, 28), 1, 1, 3495, 0, 44, 0),  # Lucía
        DayFigures(date(2026, 3, 29), 0, 2, 6990 + 2250, 0, 89, 0),  # both sides of 02:00
        DayFigures(date(2026, 3, 30), 1, 2, 6990 + 2250, 6990, 89 + 10 + 22, 0),  # + Pau
        DayFigures(date(2026, 3, 31), 0, 1, 595, 0, 0, 100),  # a gift kept, one cancelled
        DayFigures(date(2026, 4, 1), 1, 0, -3495, 0, -44, 200),  # the other tablet's gift
        DayFigures(date(2026, 4, 2), 1, 1, 1200 - 3495, 1200 - 3495, 12 + 5 - 44, 0),
    )


def test_the_headlines(store, week) -> None:
    with store.sessions() as s:
        figures = store_figures(s, first_day=FIRST, last_day=LAST, now=NOW, language="ca")

    assert (figures.store_name, figures.store_code) == ("Bellesa Rambla", "S001")
    assert (figures.first_day, figures.last_day) == (FIRST, LAST)
    assert figures.language == "ca"
    assert figures.generated_at == NOW
    assert figures.offline_note is True
    assert figures.last_sync == LAST_SYNC
    # Today Núria; this week (from Monday 30) Pau, the other tablet's member and Núria; this
    # month (from Wednesday 1) the last two.
    assert (figures.enrolled_today, figures.enrolled_week, figures.enrolled_month) == (1, 3, 2)
    days = figures.days
    assert sum(d.sales for d in days) == 8
    assert sum(d.sales_cents for d in days) == 1200 + 3495 + 9240 + 9240 + 595 - 3495 - 2295
    assert sum(d.campaign_sales_cents for d in days) == 6990 + 1200 - 3495
    assert sum(d.points_earned for d in days) == 44 + 89 + 121 - 44 - 27
    assert sum(d.points_redeemed for d in days) == 50 + 100 + 200
    assert sum(d.members_enrolled for d in days) == 4


def test_the_campaigns_net_of_returns(store, week) -> None:
    with store.sessions() as s:
        figures = store_figures(s, first_day=FIRST, last_day=LAST, now=NOW, language="es")
    # Father's Day ended before the range; spring started in it without a response.
    assert figures.campaigns == (
        CampaignFigures("Semana de la hidratación", 2, 6990 + 1200 - 3495),
        CampaignFigures("Primavera", 0, 0),
    )
    assert sum(c.sales_cents for c in figures.campaigns) == sum(
        d.campaign_sales_cents for d in figures.days
    )


def test_gifts_in_stock_after_the_redemptions(store, week) -> None:
    with store.sessions() as s:
        figures = store_figures(s, first_day=FIRST, last_day=LAST, now=NOW, language="es")
        # One handed over offline and not yet confirmed; the cancelled one came back.
        assert gifts.stock_here(s)[GIFT_NECESER] == 4
    assert figures.gifts == (
        GiftStockFigure("Mascarilla de arcilla (muestra)", 40, 0),
        GiftStockFigure("Neceser de viaje", 100, 4),
    )


def test_the_redemptions_left_out(store, week) -> None:
    with store.sessions() as s:
        states = Counter(
            (state, cancelled, device)
            for state, cancelled, device in s.execute(
                select(Redemption.state, Redemption.cancelled, Redemption.device_code)
            )
        )
    # What the 350 points of the range are not made of.
    assert states == {
        ("waiting", False, "D01"): 1,  # 100, counted
        ("waiting", True, "D01"): 1,  # cancelled
        ("void", False, "D01"): 1,  # refused by head office
        ("unanswered", False, "D01"): 1,  # never handed over
        ("posted", False, OTHER_TABLET): 1,  # 200, counted
        ("posted", True, OTHER_TABLET): 1,  # cancelled there
    }


def test_open_incidents_by_category(store, week) -> None:
    labels = {"product_defect": "Producto defectuoso", "request": "Petición"}
    with store.sessions() as s:
        labelled = store_figures(
            s, first_day=FIRST, last_day=LAST, now=NOW, language="es", category_labels=labels
        )
        raw = store_figures(s, first_day=FIRST, last_day=LAST, now=NOW, language="es")
    assert labelled.incidents_open == raw.incidents_open == 3
    assert labelled.incidents_by_category == (("Producto defectuoso", 2), ("Petición", 1))
    assert raw.incidents_by_category == (("product_defect", 2), ("request", 1))


def test_a_range_of_the_clock_change_only(store, week) -> None:
    """The Sunday of 23 hours holds the sales of 00:30 CET and 23:30 CEST, nothing else."""
    with store.sessions() as s:
        sunday = date(2026, 3, 29)
        figures = store_figures(s, first_day=sunday, last_day=sunday, now=NOW, language="es")
    assert figures.days == (DayFigures(sunday, 0, 2, 9240, 0, 89, 0),)
    assert figures.campaigns == (CampaignFigures("Semana de la hidratación", 0, 0),)
    # The headlines are about now, whatever the range.
    assert (figures.enrolled_today, figures.enrolled_week, figures.enrolled_month) == (1, 3, 2)


def test_a_quiet_range_has_a_row_of_zeros_per_day(store, week) -> None:
    first, last = date(2026, 2, 26), date(2026, 3, 3)  # across the end of February
    with store.sessions() as s:
        figures = store_figures(s, first_day=first, last_day=last, now=NOW, language="es")
    assert [d.day for d in figures.days] == [first + timedelta(days=i) for i in range(6)]
    assert all(d == DayFigures(d.day, 0, 0, 0, 0, 0, 0) for d in figures.days)
    assert figures.campaigns == ()
    assert figures.incidents_open == 3  # now, not in the range


def test_a_new_store_has_nothing_and_never_synced(store) -> None:
    with store.sessions() as s:
        figures = store_figures(s, first_day=FIRST, last_day=FIRST, now=NOW, language="en")
    assert figures.days == (DayFigures(FIRST, 0, 0, 0, 0, 0, 0),)
    assert (figures.campaigns, figures.gifts, figures.incidents_by_category) == ((), (), ())
    assert (figures.incidents_open, figures.enrolled_month) == (0, 0)
    assert figures.offline_note and figures.last_sync is None


@pytest.mark.parametrize(
    ("first", "last", "error", "code"),
    [
        (date(2026, 4, 2), date(2026, 4, 1), RangeReversed, "figures_range_reversed"),
        (date(2025, 1, 1), date(2026, 2, 5), RangeTooLong, "figures_range_too_long"),
    ],
)
def test_ranges_the_figures_refuse(store, first: date, last: date, error, code: str) -> None:
    with store.sessions() as s, pytest.raises(error) as raised:
        store_figures(s, first_day=first, last_day=last, now=NOW, language="es")
    assert isinstance(raised.value, BadRange) and raised.value.code == code
    if error is RangeTooLong:
        assert raised.value.params == {"days": 400 + 1, "limit": MAX_DAYS}


def test_the_longest_range_is_accepted(store) -> None:
    first = date(2025, 1, 1)
    last = first + timedelta(days=MAX_DAYS - 1)
    with store.sessions() as s:
        figures = store_figures(s, first_day=first, last_day=last, now=NOW, language="es")
    assert len(figures.days) == MAX_DAYS and figures.days[-1].day == last


def test_the_report_prints_the_service_figures(store, week) -> None:
    with store.sessions() as s:
        figures = store_figures(s, first_day=FIRST, last_day=LAST, now=NOW, language="es")
    pdf = render_store_figures_pdf(figures)
    reader = PdfReader(io.BytesIO(pdf))
    lines = [ln.strip() for p in reader.pages for ln in p.extract_text().splitlines() if ln.strip()]

    def after(anchor: str, count: int = 1) -> list[str]:
        i = lines.index(anchor)
        return lines[i + 1 : i + 1 + count]

    assert after("Ventas", 2) == [format_euros(17_980), "8 tickets"]
    assert after("Altas esta semana") == ["3"]
    assert after("Puntos canjeados") == ["350"]
    text = " ".join(" ".join(lines).split())
    assert "sincronizado hasta el 31/03/2026 a las 09:00" in text  # CEST


# --- a year of a busy store -------------------------------------------------------------


def test_a_year_of_40000_sales_is_summed_per_madrid_day(store) -> None:
    """Per UTC hour in SQL equals per sale in Python, across both clock changes; and fast."""
    rng = random.Random(2026)
    start = datetime(2025, 12, 31, 20, tzinfo=UTC)
    seconds = int((datetime(2027, 1, 1, 2, tzinfo=UTC) - start).total_seconds())
    staff: uuid.UUID = store.assistant.id
    sales_rows, entries = [], []
    for n in range(40_000):
        at = start + timedelta(seconds=rng.randrange(seconds))
        kind = "return" if n % 25 == 0 else "sale"
        cents = rng.randrange(500, 25_000) * (-1 if kind == "return" else 1)
        sale_id = uuid7()
        sales_rows.append(
            dict(
                id=sale_id,
                kind=kind,
                series="T" if kind == "sale" else "R",
                number=n + 1,
                receipt_number=f"S001-D01-{n + 1:08d}",
                customer_id=store.customer_id,
                staff_id=staff,
                occurred_at=at,
                ticket_discount_cents=0,
                total_cents=cents,
                points_earned=cents // 100,
                points_balance_after=None,
                original_sale_id=None,
                previous_hash="0" * 64,
                record_hash="0" * 64,
            )
        )
        entries.append(
            dict(
                id=uuid7(),
                customer_id=store.customer_id,
                kind="earn" if kind == "sale" else "reverse",
                points=cents // 100,
                sale_id=sale_id,
                lines=[],
                occurred_at=at,
                confirmed=False,
            )
        )
    responses = [
        dict(
            id=uuid7(),
            campaign_id=HYDRATION,
            sale_id=row["id"],
            customer_id=store.customer_id,
            amount_cents=row["total_cents"],
            bonus_points=0,
            responded_at=row["occurred_at"],
        )
        for row in sales_rows[1::10]
        if row["kind"] == "sale"
    ]
    with store.sessions.begin() as s:
        s.execute(insert(Sale), sales_rows)
        s.execute(insert(LedgerEntry), entries)
        s.execute(insert(CampaignResponse), responses)

    first, last = date(2026, 1, 1), date(2026, 12, 31)
    with store.sessions() as s:
        began = time.perf_counter()
        figures = store_figures(s, first_day=first, last_day=last, now=NOW, language="es")
        took = time.perf_counter() - began
    print(f"\nstore_figures over 365 days, 40,000 sales: {took * 1000:.0f} ms")

    def by_day(rows: list[dict[str, object]], value: Callable[[dict[str, object]], int]):
        out: Counter[date] = Counter()
        for row in rows:
            at = row.get("occurred_at") or row["responded_at"]
            assert isinstance(at, datetime)
            day = at.astimezone(MADRID).date()
            if first <= day <= last:
                out[day] += value(row)
        return out

    tickets = by_day(sales_rows, lambda r: r["kind"] == "sale")
    cents = by_day(sales_rows, lambda r: r["total_cents"])
    points = by_day(entries, lambda r: r["points"])
    campaign = by_day(responses, lambda r: r["amount_cents"])
    assert len(figures.days) == 365
    for d in figures.days:
        assert (d.sales, d.sales_cents, d.points_earned, d.campaign_sales_cents) == (
            tickets[d.day],
            cents[d.day],
            points[d.day],
            campaign[d.day],
        ), d.day
    assert sum(d.sales for d in figures.days) == sum(tickets.values()) > 35_000

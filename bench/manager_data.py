"""Data for bench/bench_manager.py: a year of a busy store in a tablet's store, for the
manager's figures to be measured on.

Sales, returns, campaign responses, gifts handed over and points spent, day by day, drawn
from a seeded `random.Random`, priced by the app's `Cart` and written by the app's own
writers (so the rows are the ones the app writes) into `Recorder`, a stand-in session that
sends each statement's rows in one executemany, CHUNK_DAYS days at a time (not a round trip
per row); campaigns, gifts, stock and incidents through the feeds' row appliers; today's
last minutes through the services themselves; the members' enrolment consents in bulk.
Nothing here times or prints: bench_manager.py does, and puts the repository, tests/ (for
`members`) and bench/ on sys.path, with a throwaway key folder, before importing this.
"""

from __future__ import annotations

import random
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as daytime
from decimal import Decimal
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from loyalty_core.campaigns import Campaign as CampaignRule
from loyalty_core.campaigns import Line, with_campaign
from loyalty_core.ids import uuid7
from loyalty_core.money import vat_breakdown
from loyalty_core.points import PointsRule
from loyalty_core.receipt_chain import receipt_number
from loyalty_core.store_time import MADRID
from loyalty_core.wire import (
    CampaignResponsePayload,
    LedgerEntryPayload,
    LedgerKind,
    LedgerLinePayload,
    Operation,
    PaymentPayload,
    SaleLinePayload,
    SalePayload,
    VatPayload,
)

if TYPE_CHECKING:
    import argparse

    from sqlalchemy.orm import Session, sessionmaker

    from pos_client.services.catalogue import ProductInfo
    from pos_client.store.models import Device

STORE, DEVICE, OTHER_TABLET = "S001", "D01", "D02"
OPEN_HOURS = (10, 21)  # in Madrid
WEEKDAY = (0.85, 0.9, 0.95, 1.0, 1.1, 1.4, 0.8)  # Monday first; mean 1
CHUNK_DAYS = 30


def iso(moment: datetime) -> str:
    """A time as the store's `UtcDateTime` columns hold it."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def madrid_day(when: datetime) -> date:
    return when.astimezone(MADRID).date()


# -- the year, written by the app's own writers --------------------------------------------


class Recorder:
    """Stands in for the session in the app's writers (`sales.chain`, `write_sale`,
    `write_ledger_entry`, `append_changes`, `campaigns.keep_response`): keeps the rows and
    objects they hand it, and writes them with one executemany per statement. The counters
    they advance (receipt series, device clock) are set by `write_year` at the end."""

    def __init__(self) -> None:
        self.rows: dict[Any, list[dict[str, Any]]] = {}
        self.objects: list[Any] = []

    def connection(self) -> Recorder:
        return self

    def execute(self, statement: Any, rows: Any) -> Any:
        if isinstance(rows, list):  # an insert; a dict is a counter's update
            self.rows.setdefault(statement, []).extend(rows)
        return SimpleNamespace(rowcount=1)  # `sales.seal` checks its update moved one row

    def add(self, obj: Any) -> None:
        self.objects.append(obj)

    def write(self, session: Session) -> None:
        for statement in sorted(self.rows, key=lambda s: s.table.name != "sale"):  # FKs
            session.connection().execute(statement, self.rows[statement])
        session.add_all(self.objects)
        session.flush()
        self.rows.clear()
        self.objects.clear()


@dataclass
class Shop:
    """What the year is drawn from."""

    device: Device
    staff: list[uuid.UUID]
    manager: uuid.UUID
    products: list[ProductInfo]
    customers: list[uuid.UUID]
    campaigns: list[CampaignRule]
    gifts: list[tuple[uuid.UUID, str, int]]
    rule: PointsRule
    series: dict[str, tuple[int, str]]  # last number and hash


class Year:
    """A store's days: sales, returns, gifts and points spent, as the services write them."""

    def __init__(self, shop: Shop, rng: random.Random, args: argparse.Namespace) -> None:
        self.shop, self.rng, self.args = shop, rng, args
        self.out = Recorder()
        self.returns: list[tuple[datetime, SalePayload]] = []
        self.balances: dict[uuid.UUID, int] = defaultdict(int)
        self.counts: dict[str, int] = defaultdict(int)
        self.references = 0

    def day(self, day: date, *, until: datetime) -> None:
        rng, hours = self.rng, OPEN_HOURS[1] - OPEN_HOURS[0]
        opens = datetime.combine(day, daytime(OPEN_HOURS[0]), MADRID).astimezone(UTC)
        n = round(rng.gauss(self.args.per_day, self.args.per_day / 10) * WEEKDAY[day.weekday()])
        kinds = [self.sale] * max(0, n) + [self.redemption] * rng.choice((2, 3, 4, 4, 5, 6))
        kinds += [self.spend] * (rng.random() < 0.8)
        events = [(opens + timedelta(seconds=rng.uniform(0, hours * 3600)), k) for k in kinds]
        while self.returns and self.returns[0][0] < opens + timedelta(hours=hours):
            when, sale = self.returns.pop(0)
            events.append((when, lambda when, sale=sale: self.give_back(when, sale)))
        for when, make in sorted(events, key=lambda e: e[0]):
            if when < until:
                make(when)

    def sale(self, when: datetime) -> None:
        """A sale as `sales.finish` makes it: priced by the cart, points by the store's rule."""
        from pos_client.services.cart import Cart
        from pos_client.services.sales import PaymentInput, split_payment

        rng, shop = self.rng, self.shop
        customer = rng.choice(shop.customers) if rng.random() < self.args.with_customer else None
        cart = Cart(customer_id=customer)
        picked = [rng.choice(shop.products) for _ in range(rng.choice((1, 1, 2, 2, 3, 3, 4, 5)))]
        for product in picked:  # the same product twice makes one line, as at the counter
            cart.add_product(product, 2 if rng.random() < 0.1 else 1)
        priced = cart.priced()
        line_points = cart.points(shop.rule)
        total = priced.total_cents
        cash = -(-total // 500) * 500 if rng.random() < 0.35 else 0
        pay = PaymentInput(card_cents=0 if cash else total, cash_tendered_cents=cash)
        lines = [
            SaleLinePayload(
                line_id=uuid7(),
                line_no=i + 1,
                product_id=uuid.UUID(p.line.product_id),
                code=p.line.code,
                name=p.line.name,
                quantity=p.line.quantity,
                unit_price_cents=p.line.unit_price_cents,
                vat_rate=p.line.vat_rate,
                line_discount_cents=p.line_discount_cents,
                ticket_discount_cents=p.ticket_discount_cents,
                net_cents=p.net_cents,
                points=lp.total,
            )
            for i, (p, lp) in enumerate(zip(priced.lines, line_points, strict=True))
        ]
        vat = [VatPayload(rate=v.rate, base_cents=v.base_cents, vat_cents=v.vat_cents,
                          gross_cents=v.gross_cents) for v in priced.vat]  # fmt: skip
        payload = self.seal(when, customer, lines, total, vat, split_payment(total, pay), None)
        campaign = next((c for c in shop.campaigns if c.on(madrid_day(when))), None)
        response = None
        if campaign is not None and rng.random() < self.args.campaign_share:
            bonus = 0
            if customer is not None:  # as `campaigns.bonus_points`
                kinds = {p.id: p.category for p in picked}
                parsed = [Line(ln.product_id, kinds[ln.product_id], ln.quantity, ln.points)
                          for ln in lines]  # fmt: skip
                with_it = with_campaign(parsed, campaign, madrid_day(when))
                bonus = sum(with_it) - sum(ln.points for ln in lines)
            response = CampaignResponsePayload(
                response_id=uuid7(),
                campaign_id=campaign.id,
                sale_id=payload.sale_id,
                customer_id=customer,
                amount_cents=total,
                bonus_points=bonus,
                targeted=False,
                store_code=STORE,
                staff_id=payload.staff_id,
                responded_at=when,
            )
        self.record(payload, response)
        if rng.random() < self.args.return_share:
            # Back on one of the next 14 days, at about the same time of day.
            back = when + timedelta(days=rng.randint(1, 14), seconds=rng.uniform(-3600, 3600))
            self.returns.append((back, payload))
            self.returns.sort(key=lambda r: r[0])

    def give_back(self, when: datetime, sale: SalePayload) -> None:
        """Every unit of the sale's first line comes back, as `returns.record_return` does it."""
        ln = sale.lines[0]
        line = ln.model_copy(
            update={
                "line_id": uuid7(),
                "quantity": -ln.quantity,
                "line_discount_cents": -ln.line_discount_cents,
                "ticket_discount_cents": -ln.ticket_discount_cents,
                "net_cents": -ln.net_cents,
                "points": -ln.points,  # points.reversal of every unit: all of them
                "returns_line_id": ln.line_id,
            }
        )
        vat = [VatPayload(rate=v.rate, base_cents=v.base_cents, vat_cents=v.vat_cents,
                          gross_cents=v.gross_cents)
               for v in vat_breakdown({ln.vat_rate: line.net_cents})]  # fmt: skip
        pay = [PaymentPayload(method=sale.payments[0].method, amount_cents=line.net_cents)]
        self.record(self.seal(when, sale.customer_id, [line], line.net_cents, vat, pay, sale), None)

    def seal(
        self,
        when: datetime,
        customer: uuid.UUID | None,
        lines: list[SaleLinePayload],
        total: int,
        vat: list[VatPayload],
        payments: list[PaymentPayload],
        original: SalePayload | None,
    ) -> SalePayload:
        """Number the sale or return in its series and seal it with `sales.chain`."""
        from pos_client.services import sales

        series = "R" if original else "T"
        number, previous = self.shop.series[series]
        fields = dict(
            sale_id=uuid7(),
            kind="return" if original else "sale",
            receipt_number=receipt_number(STORE, DEVICE, number + 1, series if original else ""),
            series=series,
            number=number + 1,
            store_code=STORE,
            device_code=DEVICE,
            customer_id=customer,
            staff_id=self.rng.choice(self.shop.staff),
            occurred_at=when,
            lines=lines,
            ticket_discount_cents=sum(ln.ticket_discount_cents for ln in lines),
            total_cents=total,
            vat=vat,
            payments=payments,
            points_earned=sum(ln.points for ln in lines),
            original_sale_id=original.sale_id if original else None,
        )
        sealed = sales.chain(self.out, fields, previous)  # type: ignore[arg-type]
        self.shop.series[series] = (number + 1, sealed.record_hash)
        return sealed

    def record(self, p: SalePayload, response: CampaignResponsePayload | None) -> None:
        """What `sales.record` writes for a sealed sale or return (its reads left out)."""
        from pos_client.services import campaigns, sales
        from pos_client.store.outbox import NewChange

        out = self.out
        bonus = response.bonus_points if response is not None and response.customer_id else 0
        balance_after = None
        if p.customer_id is not None:
            self.balances[p.customer_id] += p.points_earned + bonus
            balance_after = self.balances[p.customer_id]
        sales.write_sale(out, p, balance_after=balance_after)  # type: ignore[arg-type]
        sale_change = NewChange(uuid7(), p, p.sale_id, Operation.CREATE, p.occurred_at, p.staff_id)
        changes = [sale_change]
        after = sale_change.change_id
        if p.customer_id is not None and p.points_earned:
            kind = LedgerKind.EARN if p.kind == "sale" else LedgerKind.REVERSE
            lines = [LedgerLinePayload(line_id=ln.line_id, points=ln.points)
                     for ln in p.lines if ln.points]  # fmt: skip
            entry = self.entry(uuid7(), p.customer_id, kind, p.points_earned, p.occurred_at,
                               sale_id=p.sale_id, lines=lines)  # fmt: skip
            changes.append(NewChange(uuid7(), entry, entry.entry_id, Operation.CREATE,
                                     p.occurred_at, p.staff_id, depends_on=after))  # fmt: skip
        if response is not None:
            campaigns.keep_response(out, response)  # type: ignore[arg-type]
            if response.customer_id is not None and bonus:
                self.entry(response.response_id, response.customer_id, LedgerKind.EARN, bonus,
                           p.occurred_at, sale_id=p.sale_id)  # fmt: skip
            changes.append(NewChange(uuid7(), response, response.response_id, Operation.CREATE,
                                     p.occurred_at, p.staff_id, depends_on=after))  # fmt: skip
            self.counts["campaign responses"] += 1
        self.queue(changes)
        self.counts[f"{p.kind}s"] += 1

    def entry(
        self,
        entry_id: uuid.UUID,
        customer: uuid.UUID,
        kind: LedgerKind,
        points: int,
        when: datetime,
        *,
        sale_id: uuid.UUID | None = None,
        lines: list[LedgerLinePayload] | None = None,
    ) -> LedgerEntryPayload:
        from pos_client.services.sales import write_ledger_entry

        entry = LedgerEntryPayload(entry_id=entry_id, customer_id=customer, kind=kind,
                                   points=points, sale_id=sale_id, lines=lines or [],
                                   occurred_at=when)  # fmt: skip
        write_ledger_entry(self.out, entry)  # type: ignore[arg-type]
        return entry

    def queue(self, changes: list[Any]) -> None:
        from pos_client.store.outbox import append_changes

        append_changes(self.out, changes, device=self.shop.device)  # type: ignore[arg-type]

    def redemption(self, when: datetime) -> None:
        """A gift handed over at the store: by this tablet (posted online: the redemption and
        its entry here, as `gifts.posted` leaves them) or the other one (from the feed)."""
        from pos_client.store.manager_models import Redemption

        rng, shop = self.rng, self.shop
        gift_id, name, points = rng.choice(shop.gifts)
        customer = rng.choice(shop.customers)
        mine = rng.random() < 0.7
        state = "posted"
        if mine and rng.random() < 0.06:
            state = rng.choice(("void", "unanswered"))
        cancelled = state == "posted" and rng.random() < 0.05
        self.references += mine
        redemption = Redemption(
            id=uuid7(),
            customer_id=customer,
            gift_id=gift_id,
            gift_name=name,
            points=points,
            device_code=DEVICE if mine else OTHER_TABLET,
            staff_id=rng.choice(shop.staff),
            approved_by=shop.manager,
            offline=False,
            redeemed_at=when,
            state=state,
            reference=f"CJ-{STORE}-{DEVICE}-{self.references:06d}" if mine else "",
            reason="",
            caps_exceeded=[],
            balance_before=self.balances[customer] + 1000 if mine else None,
            cancelled=cancelled,
        )
        self.out.add(redemption)
        self.counts[f"gifts {state}{' cancelled' if cancelled else ''}"] += 1
        if mine and state == "posted":
            self.entry(redemption.id, customer, LedgerKind.REDEEM, -points, when)
            if cancelled:  # `gifts.cancel_redemption`: points given back
                redemption.cancel_id = uuid7()
                redemption.cancelled_at = when + timedelta(minutes=rng.uniform(2, 30))
                self.entry(redemption.cancel_id, customer, LedgerKind.REVERSE, points,
                           redemption.cancelled_at)  # fmt: skip

    def spend(self, when: datetime) -> None:
        """Points taken from a balance at the counter, as `redemptions.redeem_points`."""
        from pos_client.store.outbox import NewChange

        customer, staff = self.rng.choice(self.shop.customers), self.rng.choice(self.shop.staff)
        points = self.rng.choice((50, 100, 150, 200))
        entry = self.entry(uuid7(), customer, LedgerKind.REDEEM, -points, when)
        self.queue([NewChange(uuid7(), entry, entry.entry_id, Operation.CREATE, when, staff)])
        self.counts["points spent"] += 1


def write_year(
    sessions: sessionmaker[Session], year: Year, first: date, today: date, now: datetime
) -> None:
    """Write the year's days up to 45 minutes before `now` (the services ring up the rest),
    CHUNK_DAYS a transaction, acknowledged and confirmed as a sync would leave them; then set
    the counters the writers advanced (receipt series, device clock, redemption references)."""
    day = first
    while day <= today:
        with sessions.begin() as session:
            for _ in range(min(CHUNK_DAYS, (today - day).days + 1)):
                year.day(day, until=now - timedelta(minutes=45))
                day += timedelta(days=1)
            year.out.write(session)
            raw = session.connection().connection.driver_connection
            # What a sync does: every change acknowledged, every entry confirmed.
            raw.execute(
                "UPDATE outbox SET state = 'acknowledged', attempts = 1,"
                " answered_at = occurred_at WHERE state = 'pending'"
            )
            raw.execute("UPDATE ledger_entry SET confirmed = 1 WHERE NOT confirmed")
    with sessions.begin() as session:
        raw = session.connection().connection.driver_connection
        for series, (number, last_hash) in year.shop.series.items():
            raw.execute(
                "UPDATE receipt_series SET last_number = ?, last_hash = ? WHERE series = ?",
                (number, last_hash, series),
            )
        device = year.shop.device
        raw.execute(
            "UPDATE device SET outbox_seq = ?, hlc_wall_ms = ?, hlc_counter = ?",
            (device.outbox_seq, device.hlc_wall_ms, device.hlc_counter),
        )
        raw.execute("INSERT INTO setting VALUES ('redemption_seq', ?)", (str(year.references),))


# -- the store's other rows: feeds, today through the services, consents ----------------


def from_feeds(
    s: Session, rng: random.Random, first: date, today: date, now: datetime
) -> tuple[list[CampaignRule], list[tuple[uuid.UUID, str, int]]]:
    """Campaigns (back to back, a fortnight each), gifts, their stock and an incident a day,
    through the feeds' row appliers."""
    from loyalty_core.feeds import CampaignRow, Feed, GiftRow, GiftStockRow, IncidentRow
    from pos_client.store.models import LAST_SYNC_KEY, Setting
    from pos_client.sync.replica_manager import ROW_APPLIERS

    def apply(feed: Feed, row: Any) -> None:
        ROW_APPLIERS[feed](s, row.model_dump(mode="json"))

    campaigns: list[CampaignRule] = []
    day = first - timedelta(days=10)
    while day <= today + timedelta(days=10):
        n = len(campaigns) + 1
        multiplier, bonus = Decimal(1 + n % 2), 5 * (n % 2 == 0)
        campaigns.append(CampaignRule(uuid7(), f"Campaña {n}", day, day + timedelta(days=13),
                                      "in_store", multiplier, bonus))  # fmt: skip
        c = campaigns[-1]
        apply(Feed.CAMPAIGNS, CampaignRow(id=c.id, code=f"C{n:03d}", name=c.name,
                                          starts_on=c.starts_on, ends_on=c.ends_on,
                                          channel="in_store", multiplier=str(multiplier),
                                          bonus_per_unit=bonus))  # fmt: skip
        day += timedelta(days=14)
    gifts = [(uuid7(), f"Regalo de {p} puntos", p) for p in (100, 150, 200, 300, 400, 500, 1000)]
    for i, (gid, name, points) in enumerate(gifts):
        apply(Feed.GIFTS, GiftRow(id=gid, code=f"G{i}", name=name, points=points))
        apply(Feed.GIFT_STOCK, GiftStockRow(gift_id=gid, quantity=rng.randint(5, 40)))
    for i in range((today - first).days + 1):
        at = datetime.combine(first + timedelta(days=i), daytime(9), UTC)
        at += timedelta(hours=rng.uniform(0, 10))
        age = (now - at).days
        status = rng.choice(
            ("closed", "closed", "resolved", "rejected") if age > 60 else
            ("open", "in_progress", "waiting_store", "waiting_customer", "resolved", "closed")
        )  # fmt: skip
        apply(Feed.INCIDENTS, IncidentRow(
            id=uuid7(), reference=f"INC-{STORE}-{DEVICE}-{i + 1}", customer_id=None,
            category=rng.choice(("product_defect", "request", "complaint", "other")),
            priority="normal", status=status, description="El dispensador llegó roto.",
            opened_at=at, updated_at=at + timedelta(days=min(age, 3))))  # fmt: skip
    s.add(Setting(key=LAST_SYNC_KEY, value=(now - timedelta(minutes=5)).isoformat()))
    return campaigns, gifts


def shop_with_feeds(
    sessions: sessionmaker[Session], rng: random.Random, first: date, today: date, now: datetime
) -> Shop:
    """The feeds' rows written, and what the year is drawn from."""
    from sqlalchemy import select

    from pos_client.services.catalogue import find_product
    from pos_client.services.setup import points_rule
    from pos_client.store.models import Device

    with sessions.begin() as s:
        campaigns, gifts = from_feeds(s, rng, first, today, now)
        raw = s.connection().connection.driver_connection
        rows = raw.execute("SELECT code FROM product WHERE active AND price_cents > 0")
        products = [find_product(s, code=code) for (code,) in rows.fetchall()]
        staff = [(uuid.UUID(hex=i), role) for i, role in raw.execute("SELECT id, role FROM staff")]
        customers = [uuid.UUID(hex=r[0]) for r in raw.execute("SELECT id FROM customer")]
        series = {r[0]: (r[1], r[2]) for r in raw.execute("SELECT * FROM receipt_series")}
        device = s.scalars(select(Device)).one()
        rule = points_rule(s)
    manager = next(sid for sid, role in staff if role == "manager")
    return Shop(device, [sid for sid, _ in staff], manager, products, customers, campaigns,
                gifts, rule, series)  # fmt: skip


def today_through_services(sessions: sessionmaker[Session], shop: Shop, now: datetime) -> str:
    """Ring up today's last minutes with the services; return the enrolment consent's id."""
    from members import a_registration, a_signature

    from loyalty_core.consent import PURPOSES, Purpose
    from loyalty_core.offline_caps import Identified
    from pos_client.documents.consent_texts import load_consent_text
    from pos_client.services import enrolment, gifts, returns, sales
    from pos_client.services.cart import Cart
    from pos_client.services.consents import SignedConsent
    from pos_client.services.redemptions import redeem_points
    from pos_client.services.staff import login

    at = now - timedelta(minutes=40)
    with sessions.begin() as s:
        assistant = login(s, code="1001", pin="1234", now=at)
        manager = login(s, code="1003", pin="3456", now=at)
        raw = s.connection().connection.driver_connection
        top = "SELECT id FROM customer ORDER BY confirmed_points DESC"
        member = uuid.UUID(hex=raw.execute(top).fetchone()[0])

    def sell(customer: uuid.UUID | None, **extra: Any) -> Any:
        with sessions.begin() as s:
            cart = Cart(customer_id=customer)
            if "enrol" in extra:
                cart.enrol(extra["enrol"])
            cart.campaign_id = extra.get("campaign")
            for product in shop.products[:3]:
                cart.add_product(product, 1)
            pay = sales.PaymentInput(card_cents=cart.priced().total_cents)
            return sales.finish(s, cart=cart, payment=pay, staff=assistant, now=at)

    given = {p: False for p in PURPOSES} | {Purpose.CLUB: True}
    signed = SignedConsent(load_consent_text("es"), given, a_signature(), at)
    new = enrolment.prepare(a_registration(), signed, today=madrid_day(at))
    sell(None, enrol=new)
    at += timedelta(minutes=5)
    campaign = next(c.id for c in shop.campaigns if c.on(madrid_day(at)))
    receipt = sell(member, campaign=campaign)
    sell(None)
    at += timedelta(minutes=5)
    with sessions.begin() as s:
        sale = returns.returnable_sale(s, reference=receipt.receipt_number)
        returns.record_return(s, sale_id=sale.sale_id, quantities={sale.lines[0].line_id: 1},
                              refund_method="card", staff=assistant, now=at)  # fmt: skip
        redeem_points(s, customer_id=member, points=20, staff=assistant, now=at)
    pending = gifts.redeem_gift(sessions, customer_id=member, gift_id=shop.gifts[0][0],
                                staff=assistant, approver=manager, identified=Identified.CARD,
                                ask=None, now=at)  # fmt: skip
    assert isinstance(pending, gifts.NoAnswer)
    with sessions.begin() as s:
        gifts.redeem_offline(s, pending.asking, decision=pending.decision, approver=manager,
                             reason="Sin conexión con la central", now=at)  # fmt: skip
        raw = s.connection().connection.driver_connection
        found = raw.execute("SELECT id FROM consent WHERE customer_id = ?", (new.customer_id.hex,))
        return str(found.fetchone()[0])


def enrolments(
    sessions: sessionmaker[Session],
    rng: random.Random,
    template_id: str,
    first: date,
    now: datetime,
    per_day: int,
) -> tuple[int, int]:
    """`per_day` new members a day at this store (this tablet's consents copied from the one
    signed through the app, the other tablet's as the feed brings them: no signature nor
    snapshot), and every other member's consent from before, signed anywhere. Return how
    many consents were written and how many of them are new in the range."""
    with sessions.begin() as s:
        raw = s.connection().connection.driver_connection
        cursor = raw.execute("SELECT * FROM consent WHERE id = ?", (template_id,))
        names = [d[0] for d in cursor.description]
        template = dict(zip(names, cursor.fetchone(), strict=True))
        members = [r[0] for r in raw.execute("SELECT id FROM customer WHERE club_member")]
        rng.shuffle(members)
        days = (madrid_day(now) - first).days + 1
        rows = []
        for i, customer in enumerate(members):
            recent = i < per_day * days
            day = (
                first + timedelta(days=i % days)
                if recent
                else first - timedelta(days=rng.randint(1, 2000))
            )
            at = datetime.combine(day, daytime(10), MADRID) + timedelta(hours=rng.uniform(0, 11))
            at = min(at, now - timedelta(hours=1, minutes=rng.uniform(0, 60)))
            row = dict(template, id=uuid7().hex, customer_id=customer, signed_at=iso(at))
            device = DEVICE if recent and rng.random() < 0.75 else OTHER_TABLET
            row["hlc"] = f"{int(at.timestamp() * 1000):013d}-000000-{device}"
            if device == OTHER_TABLET:
                store = STORE if recent or rng.random() < 0.8 else "S002"
                row.update(store_code=store, device_code=device, customer_snapshot=None,
                           signature=None)  # fmt: skip
            rows.append(tuple(row[n] for n in names))
        marks = ", ".join("?" * len(names))
        raw.executemany(f"INSERT INTO consent ({', '.join(names)}) VALUES ({marks})", rows)
    return len(rows), min(len(rows), per_day * days)

"""Finding the customer at the counter from whatever the assistant types."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest

from loyalty_core.errors import InvalidNationalId, UnknownCustomer
from loyalty_core.ids import uuid7
from loyalty_core.member_card import make_card_number
from loyalty_core.text import fold
from pos_client.services import customers, sales
from pos_client.services.cart import Cart
from pos_client.services.catalogue import find_product
from pos_client.services.customers import AlertKind, MatchKind, customer_card, identify
from pos_client.services.sales import PaymentInput
from pos_client.store.models import Customer, PurchaseHistory

MARIA = "María José Núñez Pujol"
JORDI = "Jordi Ferrer i Castellà"


def names(store, query: str) -> tuple[MatchKind, list[str]]:
    with store.sessions() as s:
        found = identify(s, query=query)
    return found.kind, [h.name for h in found.hits]


def add_customer(
    store, first: str, last: str, *, member: bool = False, birth: date | None = None
) -> uuid.UUID:
    new_id = uuid7()
    with store.sessions.begin() as s:
        s.add(
            Customer(
                id=new_id,
                card_number=None,
                first_name=first,
                last_names=last,
                search_name=fold(f"{first} {last}"),
                club_member=member,
                birth_date=birth,
                confirmed_points=0,
                created_at=datetime(2024, 1, 1, tzinfo=UTC),
            )
        )
    return new_id


def test_by_card(store) -> None:
    with store.sessions() as s:
        found = identify(s, query=f" {store.customer_card} ")
    assert found.kind is MatchKind.CARD
    assert [(h.id, h.name, h.card_number, h.club_member) for h in found.hits] == [
        (store.customer_id, MARIA, store.customer_card, True)
    ]
    assert names(store, make_card_number(0, 2)) == (MatchKind.CARD, [])  # a card not issued here


@pytest.mark.parametrize(
    "phone",
    [
        "612345678",
        "612 34 56 78",
        "612-345-678",
        "+34 612 345 678",
        "0034612345678",
        "(+34) 612345678",
        "+34612345678",
    ],
)
def test_by_phone_however_written(store, phone: str) -> None:
    assert names(store, phone) == (MatchKind.PHONE, [MARIA])


def test_a_phone_nobody_has(store) -> None:
    assert names(store, "699 999 999") == (MatchKind.PHONE, [])
    assert names(store, "699 111 222") == (MatchKind.PHONE, [JORDI])


@pytest.mark.parametrize(
    "query",
    ["6", "61", "6123", "61234", "612345", "6123456", "+34 6"],
)
def test_a_phone_still_being_typed_finds_nothing_without_error(store, query: str) -> None:
    assert names(store, query)[1] == []


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("12345678Z", MARIA),
        ("12345678z", MARIA),
        ("12.345.678-z", MARIA),
        ("X1234567L", JORDI),
        ("x1234567l", JORDI),
        ("X-1234567-L", JORDI),
    ],
)
def test_by_dni_or_nie(store, query: str, name: str) -> None:
    assert names(store, query) == (MatchKind.NATIONAL_ID, [name])


@pytest.mark.parametrize("query", ["12345678A", "x1234567z"])
def test_a_wrong_dni_letter_is_refused(store, query: str) -> None:
    with store.sessions() as s, pytest.raises(InvalidNationalId):
        identify(s, query=query)


def test_a_valid_dni_nobody_has(store) -> None:
    assert names(store, "00000000T") == (MatchKind.NATIONAL_ID, [])


@pytest.mark.parametrize(
    "query", ["mj.nunez@example.com", "MJ.NUNEZ@EXAMPLE.COM", "  Mj.Nunez@Example.com "]
)
def test_by_email(store, query: str) -> None:
    assert names(store, query) == (MatchKind.EMAIL, [MARIA])


def test_an_email_nobody_has(store) -> None:
    assert names(store, "nobody@example.com") == (MatchKind.EMAIL, [])


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("nunez", [MARIA]),
        ("NÚÑEZ", [MARIA]),
        ("Núñez", [MARIA]),
        ("maria jose", [MARIA]),
        ("mar jo", [MARIA]),  # word starts
        ("jo mar", [MARIA]),  # in any order
        ("pujol", [MARIA]),
        ("castella", [JORDI]),
        ("Castellà", [JORDI]),
        ("ferrer castella", [JORDI]),
        ("j", [JORDI, MARIA]),  # both have a word starting with j
        ("maria jordi", []),  # every word must match
        ("zapata", []),
        ("", []),
        ("   ", []),
        ("'\"*", []),  # FTS syntax is not passed through
    ],
)
def test_by_name(store, query: str, found: list[str]) -> None:
    kind, hits = names(store, query)
    assert kind is MatchKind.NAME
    assert sorted(hits) == sorted(found)


def test_whole_words_rank_before_word_starts(store) -> None:
    add_customer(store, "Marta", "Soler", member=True)
    add_customer(store, "Mar", "Soler")
    assert names(store, "mar")[1] == ["Mar Soler", MARIA, "Marta Soler"]
    assert names(store, "soler mar")[1] == ["Mar Soler", "Marta Soler"]
    assert names(store, "marta")[1] == ["Marta Soler"]


def test_members_come_first_among_equal_matches(store) -> None:
    add_customer(store, "Núria", "Soler")
    add_customer(store, "Anna", "Soler", member=True)
    assert names(store, "soler")[1] == ["Anna Soler", "Núria Soler"]


def test_the_limit_caps_a_short_fragment(store) -> None:
    for i in range(30):
        add_customer(store, f"Marc{i:02d}", "Vidal")
    with store.sessions() as s:
        assert len(identify(s, query="marc", limit=20).hits) == 20
        assert len(identify(s, query="vidal").hits) == 20


def test_customer_card_after_a_sale(store, now: datetime) -> None:
    with store.sessions.begin() as s:
        s.add(
            PurchaseHistory(
                id=uuid7(),
                customer_id=store.customer_id,
                purchased_on=date(2026, 6, 1),
                store_name="Bellesa Diagonal",
                receipt_number="S002-D01-000123",
                summary="Crema de Día SPF15",
                total_cents=2250,
                points=22,
            )
        )
        cart = Cart(customer_id=store.customer_id)
        cart.add_product(find_product(s, code=store.products["serum"]))
        receipt = sales.finish(
            s, cart=cart, payment=PaymentInput(card_cents=3495), staff=store.assistant, now=now
        )
    with store.sessions() as s:
        card = customer_card(s, customer_id=store.customer_id, today=now.date())
    assert card.name == MARIA
    assert card.card_number == store.customer_card
    assert (card.phone, card.email, card.national_id) == (
        "+34612345678",
        "mj.nunez@example.com",
        "12345678Z",
    )
    assert card.club_member and card.enrolled_on == date(2020, 1, 1)
    assert card.points_balance == 120 + 10 + 34 == 120 + receipt.points_earned
    assert [
        (p.day, p.place, p.receipt_number, p.total_cents, p.points) for p in card.last_purchases
    ] == [
        (date(2026, 11, 20), "Bellesa Rambla", "S001-D01-000001", 3495, 44),
        (date(2026, 6, 1), "Bellesa Diagonal", "S002-D01-000123", 2250, 22),
    ]
    assert card.alerts == ()


def test_customer_card_of_an_unknown_customer(store, now: datetime) -> None:
    with store.sessions() as s, pytest.raises(UnknownCustomer):
        customer_card(s, customer_id=uuid7(), today=now.date())
    with store.sessions() as s, pytest.raises(UnknownCustomer):
        customers.points_balance(s, uuid7())


@pytest.mark.parametrize(
    ("birth", "today", "alert"),
    [
        (date(1985, 3, 14), date(2027, 3, 14), "14/03"),  # today
        (date(1985, 3, 14), date(2027, 3, 7), "14/03"),  # within a week
        (date(1985, 3, 14), date(2027, 3, 6), None),  # too early
        (date(1985, 3, 14), date(2027, 3, 15), None),  # just passed
        (date(1990, 1, 2), date(2026, 12, 28), "02/01"),  # over new year
        (date(1992, 2, 29), date(2028, 2, 25), "29/02"),  # leap year
        (date(1992, 2, 29), date(2027, 2, 25), "29/02"),  # celebrated on the 28th
    ],
)
def test_birthday_alert(store, birth: date, today: date, alert: str | None) -> None:
    customer = add_customer(store, "Aina", "Roig", birth=birth)
    with store.sessions() as s:
        card = customer_card(s, customer_id=customer, today=today)
    expected = () if alert is None else ((AlertKind.BIRTHDAY, alert),)
    assert tuple((a.kind, a.detail) for a in card.alerts) == expected

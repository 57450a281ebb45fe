"""Demo data: valid codes and ids, believable people, deterministic, searchable."""

from __future__ import annotations

import hashlib
import re
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session, sessionmaker

from loyalty_core.barcodes import is_valid_gtin
from loyalty_core.contact import normalise_phone
from loyalty_core.member_card import is_card_number
from loyalty_core.national_id import normalise_national_id
from loyalty_core.text import fold
from pos_client.demo.loader import DEMO_STAFF, DemoSummary, fill_demo_data
from pos_client.services import customers as customer_service
from pos_client.services.setup import device_info, points_rule
from pos_client.services.staff import login
from pos_client.store.database import open_store
from pos_client.store.models import Customer, Product, Staff

TODAY = date(2026, 11, 20)
NOW = datetime(2026, 11, 20, 10, 30, tzinfo=UTC)
CUSTOMERS = 2_000
PRODUCTS = 500


@dataclass(frozen=True)
class Demo:
    path: Path
    sessions: sessionmaker[Session]
    summary: DemoSummary


def _fill(path: Path, *, seed: int, customers: int = CUSTOMERS, products: int = PRODUCTS) -> Demo:
    sessions = open_store(path)
    summary = fill_demo_data(
        sessions, customers=customers, products=products, seed=seed, today=TODAY
    )
    return Demo(path, sessions, summary)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    return _fill(tmp_path_factory.mktemp("demo") / "store.db", seed=7)


def _rows(demo: Demo, sql: str) -> list[tuple[object, ...]]:
    with demo.sessions() as s:
        return [tuple(r) for r in s.execute(text(sql))]


def _fingerprint(demo: Demo) -> str:
    digest = hashlib.sha256()
    for sql in (
        "SELECT * FROM product ORDER BY code",
        "SELECT * FROM customer ORDER BY seq",
        "SELECT * FROM purchase_history ORDER BY id",
    ):
        for row in _rows(demo, sql):
            digest.update(repr(row).encode())
    return digest.hexdigest()


def test_summary_counts_what_was_written(demo: Demo) -> None:
    s = demo.summary
    assert (s.customers, s.products) == (CUSTOMERS, PRODUCTS)
    assert s.staff_codes == tuple(p.code for p in DEMO_STAFF)
    assert s.skipped == ()
    [(history,)] = _rows(demo, "SELECT count(*) FROM purchase_history")
    assert history == s.purchase_history
    assert 1.5 * CUSTOMERS < history < 2.6 * CUSTOMERS


def test_product_codes_are_valid_unique_and_never_card_numbers(demo: Demo) -> None:
    rows = _rows(demo, "SELECT code, code_kind FROM product")
    codes = [code for code, _ in rows]
    assert len(set(codes)) == len(codes) == PRODUCTS
    assert not [c for c in codes if c.startswith("29")]
    lengths = {"ean13": 13, "ean8": 8, "upca": 12}
    for code, kind in rows:
        if kind == "internal":
            assert re.fullmatch(r"INT-\d{5}", code)
        else:
            assert len(code) == lengths[kind] and is_valid_gtin(code), code
    assert {kind for _, kind in rows} == {"ean13", "ean8", "upca", "internal"}
    assert all(c.startswith(("84", "97884")) for c, k in rows if k in ("ean13", "ean8"))


def test_prices_vat_and_points_are_plausible(demo: Demo) -> None:
    rows = _rows(demo, "SELECT price_cents, vat_rate, points_per_unit, active FROM product")
    assert all(isinstance(p, int) and p > 0 for p, *_ in rows)
    assert {vat for _, vat, _, _ in rows} == {21, 10, 4}
    assert sum(vat == 21 for _, vat, _, _ in rows) > 0.9 * len(rows)
    assert all(p % 100 in (0, 50, 90, 95, 99) for p, *_ in rows)
    points = [pts for _, _, pts, _ in rows]
    assert all(pts == 0 or 5 <= pts <= 50 for pts in points)
    assert 0 < sum(pts > 0 for pts in points) < len(rows) / 4
    assert 0 < sum(not active for *_, active in rows) < len(rows) / 10


def test_national_ids_are_valid_and_unique(demo: Demo) -> None:
    ids = [i for (i,) in _rows(demo, "SELECT national_id FROM customer") if i is not None]
    assert all(normalise_national_id(i) == i for i in ids)
    assert len(set(ids)) == len(ids)
    assert any(i[0] in "XYZ" for i in ids) and any(i[0].isdigit() for i in ids)
    assert len(ids) < CUSTOMERS  # some customers never gave one


def test_phones_are_unique_spanish_mobiles(demo: Demo) -> None:
    phones = [p for (p,) in _rows(demo, "SELECT phone FROM customer") if p is not None]
    assert len(set(phones)) == len(phones) > 0.9 * CUSTOMERS
    for phone in phones:
        assert re.fullmatch(r"\+34[67]\d{8}", phone)
        assert normalise_phone(phone) == phone


def test_emails_are_unique_lower_case_and_never_real(demo: Demo) -> None:
    emails = [e for (e,) in _rows(demo, "SELECT email FROM customer") if e is not None]
    assert len(set(emails)) == len(emails) < CUSTOMERS
    for email in emails:
        assert email == email.lower() and email.isascii()
        assert re.fullmatch(r"[a-z0-9._]+@([a-z]+\.)?example\.(com|net|org)", email), email


def test_members_have_unique_cards_and_others_none(demo: Demo) -> None:
    rows = _rows(demo, "SELECT club_member, card_number, enrolled_on, created_at FROM customer")
    cards = [card for member, card, _, _ in rows if member]
    assert 0.6 * CUSTOMERS < len(cards) < 0.8 * CUSTOMERS
    assert all(is_card_number(c) for c in cards)
    assert len(set(cards)) == len(cards)
    assert all(card is None and enrolled is None for m, card, enrolled, _ in rows if not m)
    assert all(str(enrolled) >= str(created)[:10] for m, _, enrolled, created in rows if m)


def test_names_have_accents_and_fold_into_search_name(demo: Demo) -> None:
    rows = _rows(demo, "SELECT first_name, last_names, search_name, language FROM customer")
    assert all(search == fold(f"{first} {last}") for first, last, search, _ in rows)
    assert sum(not f"{first}{last}".isascii() for first, last, _, _ in rows) > CUSTOMERS / 3
    surnames = " ".join(last for _, last, _, _ in rows)
    for name in ("Núñez", "Martínez", "Pujol", "Ferrer"):
        assert name in surnames
    # Two surnames, Spanish style, except for some foreign residents.
    assert sum(len(last.split()) >= 2 for _, last, _, _ in rows) > 0.9 * CUSTOMERS
    assert {lang for *_, lang in rows} == {"es", "ca", "en"}


def test_customers_are_adults_with_spanish_postal_codes(demo: Demo) -> None:
    rows = _rows(demo, "SELECT birth_date, postal_code FROM customer")
    for born, postal in rows:
        if born is not None:
            age = (TODAY - date.fromisoformat(str(born))).days / 365.25
            assert 18 <= age < 86
        if postal is not None:
            assert re.fullmatch(r"(0[1-9]|[1-4]\d|5[0-2])\d{3}", str(postal))


def test_confirmed_points_match_the_purchase_history(demo: Demo) -> None:
    mismatched = _rows(
        demo,
        "SELECT c.seq FROM customer c LEFT JOIN purchase_history h ON h.customer_id = c.id "
        "GROUP BY c.seq HAVING c.confirmed_points != coalesce(sum(h.points), 0)",
    )
    assert mismatched == []
    [(non_member_points,)] = _rows(
        demo,
        "SELECT coalesce(sum(h.points), 0) FROM purchase_history h "
        "JOIN customer c ON c.id = h.customer_id WHERE NOT c.club_member",
    )
    assert non_member_points == 0


def test_purchase_history_looks_like_receipts_of_the_chain(demo: Demo) -> None:
    rows = _rows(
        demo,
        "SELECT purchased_on, store_name, receipt_number, summary, total_cents FROM "
        "purchase_history",
    )
    for day, store, receipt, summary, total in rows:
        assert 0 < (TODAY - date.fromisoformat(str(day))).days <= 730
        assert re.fullmatch(r"Bellesa .+ \(.+\)", str(store))
        assert re.fullmatch(r"S0\d\d-D0\d-\d{6}", str(receipt))
        assert summary and len(str(summary)) <= 300
        assert isinstance(total, int) and total > 0
    assert len({r[2] for r in rows}) == len(rows)
    assert not [r for r in rows if str(r[2]).startswith("S001-D01-")]  # this tablet's series


def test_rows_read_back_through_the_orm_and_services(demo: Demo) -> None:
    with demo.sessions() as s:
        row = s.scalars(select(Customer).where(Customer.club_member).limit(1)).one()
        assert isinstance(row.id, uuid.UUID) and row.created_at.tzinfo is not None
        card = customer_service.customer_card(s, customer_id=row.id, today=TODAY)
        assert card.points_balance == row.confirmed_points
        assert card.last_purchases == tuple(
            sorted(card.last_purchases, key=lambda p: p.day, reverse=True)
        )
        found = customer_service.identify(s, query=str(row.card_number))
        assert [h.id for h in found.hits] == [row.id]
        product = s.scalars(select(Product).order_by(Product.code).limit(1)).one()
        assert isinstance(product.id, uuid.UUID) and isinstance(product.active, bool)
        assert device_info(s).store_code == "S001"
        assert points_rule(s).points_per_euro == 1


def test_name_search_finds_folded_surname_prefix(demo: Demo) -> None:
    seqs = [r for (r,) in _rows(demo, "SELECT rowid FROM customer_search WHERE customer_search "
                                "MATCH 'nunez*'")]  # fmt: skip
    assert seqs
    names = _rows(
        demo, f"SELECT last_names FROM customer WHERE seq IN ({','.join(map(str, seqs))})"
    )
    assert all("Núñez" in str(last) or "nunez" in fold(str(last)) for (last,) in names)
    with demo.sessions() as s:
        hits = customer_service.search_names(s, "nuñez")
    assert hits and all("Núñez" in h.name for h in hits)


def test_search_trigger_is_restored_as_the_migration_made_it(demo: Demo, tmp_path: Path) -> None:
    fresh = open_store(tmp_path / "fresh.db")
    sql = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
    with fresh() as s:
        expected = [tuple(r) for r in s.execute(text(sql))]
    fresh.kw["bind"].dispose()
    assert _rows(demo, sql) == expected


def test_each_demo_staff_member_can_log_in(demo: Demo) -> None:
    with demo.sessions.begin() as s:
        for person in DEMO_STAFF:
            member = login(s, code=person.code, pin=person.pin, now=NOW)
            assert (member.name, member.role) == (person.name, person.role)


def test_same_seed_gives_the_same_data_and_another_seed_does_not(
    demo: Demo, tmp_path: Path
) -> None:
    again = _fill(tmp_path / "again.db", seed=7)
    other = _fill(tmp_path / "other.db", seed=8)
    assert _fingerprint(again) == _fingerprint(demo)
    assert _fingerprint(other) != _fingerprint(demo)
    for d in (again, other):
        d.sessions.kw["bind"].dispose()


def test_running_twice_adds_nothing_and_keeps_existing_staff(tmp_path: Path) -> None:
    first = _fill(tmp_path / "store.db", seed=3, customers=50, products=30)
    again = fill_demo_data(first.sessions, customers=50, products=30, seed=3, today=TODAY)
    assert (again.customers, again.products, again.purchase_history) == (0, 0, 0)
    assert again.staff_codes == ()
    assert again.skipped == ("products", "customers")
    with first.sessions() as s:
        assert len(s.scalars(select(Customer)).all()) == 50
        assert len(s.scalars(select(Staff)).all()) == len(DEMO_STAFF)
    first.sessions.kw["bind"].dispose()


def test_an_empty_table_is_filled_even_when_the_other_is_not(tmp_path: Path) -> None:
    only_products = _fill(tmp_path / "store.db", seed=3, customers=0, products=30)
    assert only_products.summary.customers == 0
    then = fill_demo_data(only_products.sessions, customers=40, products=30, seed=3, today=TODAY)
    assert (then.customers, then.products, then.skipped) == (40, 0, ("products",))
    assert then.purchase_history > 0
    only_products.sessions.kw["bind"].dispose()

"""'Bought together': counting tickets and ranking each product's partners."""

from __future__ import annotations

import uuid
from collections import Counter
from itertools import combinations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loyalty_core.pairings import (
    MIN_TICKETS,
    TOP_PARTNERS,
    Partner,
    count_baskets,
    rank_partners,
)

SERUM, CREAM, MASK, GEL, LOTION, SOAP, OIL = (uuid.UUID(int=n) for n in range(1, 8))


def pair(a: uuid.UUID, b: uuid.UUID) -> tuple[uuid.UUID, uuid.UUID]:
    return (a, b) if a < b else (b, a)


# --- counting ---------------------------------------------------------------------------


def test_tickets_products_and_pairs_are_counted() -> None:
    pairs, products, total = count_baskets([[SERUM, CREAM], [SERUM, CREAM, MASK], [GEL], [CREAM]])
    assert total == 4
    assert products == Counter({CREAM: 3, SERUM: 2, MASK: 1, GEL: 1})
    assert pairs == Counter({(SERUM, CREAM): 2, (SERUM, MASK): 1, (CREAM, MASK): 1})


def test_a_product_twice_on_one_ticket_counts_once() -> None:
    pairs, products, total = count_baskets([[SERUM, SERUM, CREAM, SERUM]])
    assert (total, products[SERUM], pairs[(SERUM, CREAM)]) == (1, 1, 1)
    assert (SERUM, SERUM) not in pairs


def test_an_empty_ticket_is_not_a_basket() -> None:
    assert count_baskets([[], [], [SERUM]]) == (Counter(), Counter({SERUM: 1}), 1)
    assert count_baskets([]) == (Counter(), Counter(), 0)


def test_a_pair_is_counted_once_whichever_order_it_was_scanned_in() -> None:
    pairs, _, _ = count_baskets([[CREAM, SERUM], [SERUM, CREAM]])
    assert pairs == Counter({(SERUM, CREAM): 2})
    assert all(a < b for a, b in pairs)


PRODUCTS = [uuid.UUID(int=n) for n in range(1, 9)]
baskets_st = st.lists(st.lists(st.sampled_from(PRODUCTS), max_size=6), max_size=30)


@settings(max_examples=150)
@given(baskets_st)
def test_counts_match_a_count_made_by_hand(baskets: list[list[uuid.UUID]]) -> None:
    pairs, products, total = count_baskets(baskets)
    assert total == sum(1 for b in baskets if b)
    for p in PRODUCTS:
        assert products[p] == sum(1 for b in baskets if p in b)
    for a, b in combinations(PRODUCTS, 2):
        assert pairs[(a, b)] == sum(1 for basket in baskets if a in basket and b in basket)
    assert all(a < b for a, b in pairs)
    assert all(0 < n <= min(products[a], products[b]) for (a, b), n in pairs.items())


# --- ranking ----------------------------------------------------------------------------


def test_the_lift_says_how_much_likelier_a_partner_is_than_by_chance() -> None:
    # 100 tickets; the serum in 10, the cream in 10, both in 5: 5x chance
    found = rank_partners({(SERUM, CREAM): 5}, {SERUM: 10, CREAM: 10}, 100)
    assert found == {SERUM: [Partner(CREAM, 5, 5000)], CREAM: [Partner(SERUM, 5, 5000)]}


def test_a_pair_no_likelier_than_chance_has_a_lift_of_1000() -> None:
    found = rank_partners({(SERUM, GEL): 25}, {SERUM: 50, GEL: 50}, 100)
    assert found[SERUM][0].lift_per_mille == 1000


@pytest.mark.parametrize(("together", "listed"), [(1, False), (2, False), (3, True), (4, True)])
def test_a_pair_counts_from_three_tickets(together: int, listed: bool) -> None:
    assert MIN_TICKETS == 3
    found = rank_partners({(SERUM, CREAM): together}, {SERUM: 10, CREAM: 10}, 100)
    assert (SERUM in found and CREAM in found) is listed
    assert bool(found) is listed  # a product with no strong pair has no entry at all


def test_the_minimum_can_be_set() -> None:
    counts = {(SERUM, CREAM): 1}
    assert rank_partners(counts, {SERUM: 1, CREAM: 1}, 10, min_tickets=1)[SERUM] == [
        Partner(CREAM, 1, 10_000)
    ]


def test_partners_sharing_more_tickets_come_first_then_the_likelier_ones() -> None:
    pairs = {pair(SERUM, CREAM): 8, pair(SERUM, MASK): 5, pair(SERUM, GEL): 5, pair(SERUM, OIL): 5}
    counts = {SERUM: 20, CREAM: 80, MASK: 10, GEL: 40, OIL: 10}
    found = rank_partners(pairs, counts, 100)
    assert [(p.product_id, p.tickets) for p in found[SERUM]] == [
        (CREAM, 8),
        (MASK, 5),  # lift 2500, tied with the oil: by id
        (OIL, 5),
        (GEL, 5),  # lift 625
    ]
    assert [p.lift_per_mille for p in found[SERUM]] == [500, 2500, 2500, 625]


def test_at_most_five_partners_are_kept_the_best_ones() -> None:
    assert TOP_PARTNERS == 5
    others = [uuid.UUID(int=100 + n) for n in range(8)]
    pairs = {pair(SERUM, other): 3 + n for n, other in enumerate(others)}
    counts = {SERUM: 60, **dict.fromkeys(others, 20)}
    found = rank_partners(pairs, counts, 100)
    assert [p.product_id for p in found[SERUM]] == others[:2:-1]  # the five strongest
    assert rank_partners(pairs, counts, 100, top=2)[SERUM] == found[SERUM][:2]


def test_a_product_is_not_its_own_partner() -> None:
    assert rank_partners({(SERUM, SERUM): 9}, {SERUM: 9}, 10) == {}


def test_a_product_counted_in_no_ticket_gets_no_lift_rather_than_a_crash() -> None:
    found = rank_partners({(SERUM, CREAM): 3}, {SERUM: 0, CREAM: 5}, 10)
    assert found[SERUM] == [Partner(CREAM, 3, 0)]


@settings(max_examples=150)
@given(baskets_st, st.integers(1, 4))
def test_partners_are_symmetric_when_nothing_is_cut(
    baskets: list[list[uuid.UUID]], min_tickets: int
) -> None:
    pairs, products, total = count_baskets(baskets)
    found = rank_partners(pairs, products, total, min_tickets=min_tickets, top=len(PRODUCTS))
    for product, partners in found.items():
        for partner in partners:
            back = {p.product_id: p.tickets for p in found[partner.product_id]}
            assert back[product] == partner.tickets
    listed = {pair(a, p.product_id) for a, partners in found.items() for p in partners}
    assert listed == {key for key, n in pairs.items() if n >= min_tickets}


@settings(max_examples=150)
@given(baskets_st, st.integers(1, 4), st.integers(1, 6))
def test_each_product_keeps_its_top_partners_in_order(
    baskets: list[list[uuid.UUID]], min_tickets: int, top: int
) -> None:
    pairs, products, total = count_baskets(baskets)
    everything = rank_partners(pairs, products, total, min_tickets=min_tickets, top=len(PRODUCTS))
    found = rank_partners(pairs, products, total, min_tickets=min_tickets, top=top)
    assert set(found) == set(everything)
    for product, partners in found.items():
        assert 1 <= len(partners) <= top
        assert partners == everything[product][:top]
        keys = [(-p.tickets, -p.lift_per_mille, str(p.product_id)) for p in partners]
        assert keys == sorted(keys)
        for p in partners:
            assert p.tickets >= min_tickets
            assert p.tickets == pairs[pair(product, p.product_id)]
            expected = products[product] * products[p.product_id]
            assert p.lift_per_mille == p.tickets * total * 1000 // expected

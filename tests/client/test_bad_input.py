"""Bad scans and absurd entries are refused and leave the cart as it was."""

from __future__ import annotations

import copy

import pytest

from loyalty_core.barcodes import with_check_digit
from loyalty_core.cart import CartLine, Discount
from loyalty_core.errors import (
    InactiveProduct,
    InvalidAmount,
    InvalidCheckDigit,
    InvalidQuantity,
    UnknownProduct,
    UserFacingError,
)
from loyalty_core.ids import uuid7
from pos_client.services.cart import Cart
from pos_client.services.catalogue import find_product
from pos_client.store.models import Product


@pytest.fixture
def cart(store) -> Cart:
    """A cart part way through a sale: 2 sérums at 10 % off, a soap, a ticket discount."""
    with store.sessions() as s:
        cart = Cart(customer_id=store.customer_id)
        cart.add_product(find_product(s, code=store.products["serum"]), 2)
        cart.set_line_discount(0, Discount.percent(10))
        cart.add_product(find_product(s, code=store.products["soap"]))
        cart.ticket_discount = Discount.amount(100)
    return cart


def scan(store, cart: Cart, code: str, quantity: int = 1) -> int:
    with store.sessions() as s:
        return cart.add_product(find_product(s, code=code), quantity)


def wrong_check_digit(code: str) -> str:
    return code[:-1] + str((int(code[-1]) + 1) % 10)


def test_good_scans_still_work(store, cart: Cart) -> None:
    assert scan(store, cart, store.products["soap"]) == 1  # a repeat scan adds to its line
    assert cart.lines[1].quantity == 2
    assert scan(store, cart, f"  {store.products['book']}\n") == 2  # scanner padding
    assert [ln.quantity for ln in cart.lines] == [2, 2, 1]
    assert cart.priced().total_cents == 6291 + 1190 + 1200 - 100


@pytest.mark.parametrize(
    ("code", "error"),
    [
        pytest.param("serum", InvalidCheckDigit, id="wrong check digit"),
        pytest.param("soap", InvalidCheckDigit, id="wrong check digit 2"),
        pytest.param(with_check_digit("841234599999"), UnknownProduct, id="unknown EAN"),
        pytest.param("96385074", UnknownProduct, id="unknown EAN-8"),
        pytest.param("ZZ-404", UnknownProduct, id="unknown internal code"),
        pytest.param("", UnknownProduct, id="blank"),
        pytest.param("   ", UnknownProduct, id="spaces"),
        pytest.param("84123450000²", UnknownProduct, id="superscript digit"),
        pytest.param("old", InactiveProduct, id="inactive product"),
    ],
)
def test_bad_scans_are_refused_and_change_nothing(
    store, cart: Cart, code: str, error: type[UserFacingError]
) -> None:
    if code in ("serum", "soap"):
        code = wrong_check_digit(store.products[code])
    elif code == "old":
        code = store.products["old"]
    before = copy.deepcopy(cart)
    with pytest.raises(error) as err:
        scan(store, cart, code)
    assert err.value.params["code"] == code.strip()
    assert cart == before


def test_inactive_product_names_the_product(store) -> None:
    with store.sessions() as s, pytest.raises(InactiveProduct) as err:
        find_product(s, code=store.products["old"])
    assert err.value.params["name"] == "Colonia Retirada"


def test_a_upc_read_with_a_leading_zero_finds_the_product(store) -> None:
    with store.sessions.begin() as s:
        s.add(
            Product(
                id=uuid7(),
                code="036000291452",
                code_kind="upca",
                name="Bálsamo Labial",
                brand="Aurélie",
                category="skincare",
                size="4 g",
                price_cents=450,
                vat_rate=21,
                points_per_unit=0,
                active=True,
            )
        )
    with store.sessions() as s:
        for scanned in ("036000291452", "0036000291452"):
            assert find_product(s, code=scanned).code == "036000291452"
        with pytest.raises(InvalidCheckDigit):
            find_product(s, code="0036000291453")


ABSURD = [0, -1, 1000, 10**6, True, False, 1.5, 2.0, "2", None]


@pytest.mark.parametrize("quantity", ABSURD)
def test_absurd_quantities_through_set_quantity(cart: Cart, quantity: object) -> None:
    before = copy.deepcopy(cart)
    for index in (0, 1):
        with pytest.raises(InvalidQuantity):
            cart.set_quantity(index, quantity)  # type: ignore[arg-type]
    assert cart == before


@pytest.mark.parametrize("quantity", ABSURD)
def test_absurd_quantities_through_add_product(store, cart: Cart, quantity: object) -> None:
    before = copy.deepcopy(cart)
    with store.sessions() as s:
        for short in ("soap", "book"):  # onto an existing line, and as a new line
            product = find_product(s, code=store.products[short])
            with pytest.raises(InvalidQuantity):
                cart.add_product(product, quantity)  # type: ignore[arg-type]
    assert cart == before


def test_a_repeat_scan_cannot_push_a_line_past_the_maximum(store, cart: Cart) -> None:
    cart.set_quantity(1, 998)
    scan(store, cart, store.products["soap"])
    assert cart.lines[1].quantity == 999
    before = copy.deepcopy(cart)
    with pytest.raises(InvalidQuantity) as err:
        scan(store, cart, store.products["soap"])
    assert err.value.params["maximum"] == 999
    assert cart == before


@pytest.mark.parametrize("price", [-1, -3495])
def test_a_negative_price_is_refused(cart: Cart, price: int) -> None:
    before = copy.deepcopy(cart)
    with pytest.raises(InvalidAmount):
        cart.lines.append(
            CartLine(
                product_id="p",
                code="0000",
                name="Mal",
                unit_price_cents=price,
                vat_rate=21,
                points_per_unit=0,
            )
        )
    assert cart == before


@pytest.mark.parametrize("make", [lambda: Discount.percent(150), lambda: Discount.amount(-5)])
def test_impossible_discounts_never_reach_the_cart(cart: Cart, make) -> None:
    before = copy.deepcopy(cart)
    with pytest.raises(InvalidAmount):
        cart.set_line_discount(1, make())
    assert cart == before
    assert cart.priced().total_cents == 6291 + 595 - 100

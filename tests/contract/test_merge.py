"""Duplicates across tablets: doubtful ones reviewed, sure ones merged, late changes mapped."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from chain import ServerProcess, Tablet
from members import a_registration, enrol_with_sale
from sqlalchemy import select

from pos_client.services.profiles import update_profile
from pos_client.store.models import Customer, ReviewItem
from sync_server.customers.models import Balance
from sync_server.customers.models import Customer as ServerCustomer
from sync_server.review.models import ReviewCase


@pytest.mark.sqlite_only
def test_a_shared_phone_with_another_name_is_put_before_both_stores_not_merged(
    server: ServerProcess, new_tablet: Callable[..., Tablet]
) -> None:
    first, second = new_tablet("S001"), new_tablet("S002")
    first.sync()
    second.sync()
    mother, _ = enrol_with_sale(first, {"cream": 1})
    daughter, _ = enrol_with_sale(
        second,
        {"cream": 1},
        a_registration(
            first_name="Marta",
            national_id="",
            email="marta@example.es",
            birth_date="02/05/2008",
        ),
        staff="2001",
    )
    first.sync()
    second.sync()
    first.sync()

    with server.admin() as s:
        assert s.get(ServerCustomer, mother).merged_into is None  # type: ignore[union-attr]
        assert s.get(ServerCustomer, daughter).merged_into is None  # type: ignore[union-attr]
        cases = s.scalars(select(ReviewCase).where(ReviewCase.kind == "possible_duplicate")).all()
        assert {c.store_code for c in cases} == {"S001", "S002"}
        assert all(c.detail["reasons"] == ["phone"] for c in cases)
    for tablet in (first, second):
        with tablet.sessions.begin() as s:
            items = s.scalars(
                select(ReviewItem).where(ReviewItem.kind == "possible_duplicate")
            ).all()
            assert len(items) == 1 and {items[0].customer_id, items[0].subject_id} == {
                mother,
                daughter,
            }


def test_changes_made_offline_to_a_customer_merged_meanwhile_reach_the_survivor(
    server: ServerProcess, new_tablet: Callable[..., Tablet]
) -> None:
    first, second = new_tablet("S001"), new_tablet("S002")
    first.sync()
    second.sync()
    one, receipt_one = enrol_with_sale(first, {"cream": 1})
    first.sync()
    # The second tablet, offline, registers the same person, sells again and edits the
    # postal code: it does not know yet that head office will merge the two.
    two, receipt_two = enrol_with_sale(
        second, {"serum": 1}, a_registration(first_name="LUCIA"), staff="2001"
    )
    later = second.sell({"soap": 2}, customer=two, staff="2001")
    with second.sessions.begin() as s:
        update_profile(
            s,
            customer_id=two,
            fields={"postal_code": "08012"},
            staff=second.staff("2001"),
            now=datetime.now(UTC),
        )
    second.sync()
    first.sync()
    second.sync()

    with server.admin() as s:
        survivor = s.get(ServerCustomer, one)
        assert survivor is not None and survivor.postal_code == "08012"
        total = receipt_one.points_earned + receipt_two.points_earned + later.points_earned
        assert s.get(Balance, one).points == total  # type: ignore[union-attr]
    for tablet in (first, second):
        with tablet.sessions.begin() as s:
            rows = s.scalars(select(Customer).where(Customer.id.in_([one, two]))).all()
            assert [r.id for r in rows] == [one]
    for tablet in (first, second):  # both stores serve the survivor now
        with tablet.sessions.begin() as s:
            postal = s.scalars(select(Customer.postal_code).where(Customer.id == one)).one()
            assert postal == "08012"

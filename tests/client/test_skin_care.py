"""The advisor's records at the tablet: diagnostics, habits, advice and reminders.

Real store files; every check is what the advisor or the assistant sees.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from conftest import Fixture
from members import a_signature
from sqlalchemy import func, select

from loyalty_core.consent import Purpose
from loyalty_core.errors import InactiveProduct, NotAllowed
from loyalty_core.habits import Frequency, RoutineStep
from loyalty_core.ids import uuid7
from loyalty_core.skin import (
    AppointmentInPast,
    Concern,
    LevelOutOfRange,
    LevelSource,
    NotesTooLong,
    SkinConsentMissing,
    SkinType,
)
from pos_client.documents.consent_texts import load_consent_text
from pos_client.services import advice, habits
from pos_client.services.cart import Cart
from pos_client.services.catalogue import find_product
from pos_client.services.consents import change_consent
from pos_client.services.customers import AlertKind, customer_card
from pos_client.services.diagnostics import (
    DiagnosticDraft,
    UnknownDiagnostic,
    record_diagnostic,
    skin_history,
)
from pos_client.services.mail import NoEmailConsent, email_document
from pos_client.services.sales import PaymentInput, finish
from pos_client.services.skin_report import skin_report
from pos_client.store.models import Diagnostic, OutboxEntry, Product, Purchase

NOW = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)


def _consent(store: Fixture, **changes: bool) -> None:
    given = {Purpose(k): v for k, v in changes.items()}
    with store.sessions.begin() as s:
        change_consent(
            s,
            customer_id=store.customer_id,
            changes=given,
            text=load_consent_text("es"),
            signature=a_signature() if any(given.values()) else None,
            staff=store.advisor,
            now=NOW,
        )


def _product_id(store: Fixture, short: str) -> uuid.UUID:
    with store.sessions.begin() as s:
        return find_product(s, code=store.products[short]).id


def _draft(store: Fixture, **overrides: object) -> DiagnosticDraft:
    values: dict[str, object] = dict(
        skin_type=SkinType.DRY,
        hydration=34,
        hydration_source=LevelSource.DEVICE,
        oiliness=22,
        oiliness_source=LevelSource.TYPED,
        phototype=2,
        concerns=(Concern.DEHYDRATION, Concern.FINE_LINES),
        notes="Tirantez en mejillas tras la limpieza.",
        recommended=(_product_id(store, "serum"),),
        next_appointment=NOW + timedelta(days=30),
    )
    values.update(overrides)
    return DiagnosticDraft(**values)  # type: ignore[arg-type]


def _record(store: Fixture, draft: DiagnosticDraft, now: datetime = NOW) -> uuid.UUID:
    with store.sessions.begin() as s:
        return record_diagnostic(
            s, customer_id=store.customer_id, draft=draft, staff=store.advisor, now=now
        ).diagnostic_id


def _counts(store: Fixture) -> tuple[int, int]:
    with store.sessions.begin() as s:
        return (
            s.scalar(select(func.count()).select_from(Diagnostic)) or 0,
            s.scalar(
                select(func.count())
                .select_from(OutboxEntry)
                .where(OutboxEntry.entity == "diagnostic")
            )
            or 0,
        )


def test_without_skin_consent_nothing_is_recorded_and_the_reason_is_given(store: Fixture) -> None:
    with pytest.raises(SkinConsentMissing):
        _record(store, _draft(store))
    assert _counts(store) == (0, 0)
    with store.sessions.begin() as s:
        assert not skin_history(s, store.customer_id).allowed


def test_a_diagnostic_is_stored_and_queued_with_the_catalogue_names_and_prices(
    store: Fixture,
) -> None:
    _consent(store, club=True, skin_data=True)
    diagnostic_id = _record(store, _draft(store))

    assert _counts(store) == (1, 1)
    with store.sessions.begin() as s:
        history = skin_history(s, store.customer_id)
        latest = history.latest
        assert latest is not None and latest.diagnostic_id == diagnostic_id
        assert latest.hydration == 34 and latest.hydration_source == LevelSource.DEVICE
        assert [p.name for p in latest.recommended] == ["Aurélie Sérum Hidratante 50 ml"]
        assert latest.recommended[0].price_cents == 3495
        assert latest.staff_name == store.advisor.name and latest.store_code == "S001"
        change = s.scalars(select(OutboxEntry).where(OutboxEntry.entity == "diagnostic")).one()
        assert json.loads(change.payload)["notes"] == "Tirantez en mejillas tras la limpieza."


@pytest.mark.parametrize(
    ("overrides", "error"),
    [
        ({"hydration": 101}, LevelOutOfRange),
        ({"oiliness": -1}, LevelOutOfRange),
        ({"next_appointment": NOW - timedelta(minutes=1)}, AppointmentInPast),
        ({"notes": "x" * 10_000}, NotesTooLong),
    ],
)
def test_bad_input_is_refused_and_nothing_is_stored_half(
    store: Fixture, overrides: dict[str, object], error: type[Exception]
) -> None:
    _consent(store, club=True, skin_data=True)
    with pytest.raises(error):
        _record(store, _draft(store, **overrides))
    assert _counts(store) == (0, 0)


def test_a_product_taken_off_sale_meanwhile_refuses_the_whole_diagnostic(store: Fixture) -> None:
    _consent(store, club=True, skin_data=True)
    draft = _draft(store, recommended=(_product_id(store, "serum"), _product_id(store, "cream")))
    with store.sessions.begin() as s:  # head office withdraws the cream while the form is open
        cream = s.scalars(select(Product).where(Product.code == store.products["cream"])).one()
        cream.active = False
    with pytest.raises(InactiveProduct) as refused:
        _record(store, draft)
    assert refused.value.params["name"] == "Crema de Día SPF15"
    assert _counts(store) == (0, 0)


def test_a_correction_supersedes_and_the_history_keeps_both(store: Fixture) -> None:
    _consent(store, club=True, skin_data=True)
    first = _record(store, _draft(store, hydration=30), NOW - timedelta(days=60))
    wrong = _record(store, _draft(store, hydration=80), NOW - timedelta(days=1))
    fixed = _record(store, _draft(store, hydration=45, supersedes=wrong))
    with store.sessions.begin() as s:
        history = skin_history(s, store.customer_id)
    assert [d.diagnostic_id for d in history.diagnostics] == [fixed, wrong, first]
    assert history.superseded == {wrong}
    assert [d.diagnostic_id for d in history.in_force] == [fixed, first]
    assert [h for _, h, _ in history.levels()] == [30, 45]  # the chart: oldest first
    again = DiagnosticDraft.correcting(history.diagnostics[0], now=NOW)
    assert again.supersedes == fixed and again.hydration == 45
    assert again.recommended == (_product_id(store, "serum"),)
    with pytest.raises(UnknownDiagnostic):
        _record(store, _draft(store, supersedes=uuid7()))


def test_habits_show_at_once_with_the_day_of_each_change(store: Fixture) -> None:
    _consent(store, club=True, skin_data=True)
    serum = RoutineStep("Sérum C", "Otra Marca", None, Frequency.DAILY, "2025-09").to_text()
    with store.sessions.begin() as s:
        changed = habits.update_habits(
            s,
            customer_id=store.customer_id,
            edits={"step.serum": serum, "pref.fragrance_free": "true", "pref.price_range": "mid"},
            staff=store.advisor,
            now=NOW,
        )
        assert set(changed) == {"step.serum", "pref.fragrance_free", "pref.price_range"}
        # Typed again unchanged: nothing new is queued.
        assert (
            habits.update_habits(
                s,
                customer_id=store.customer_id,
                edits={"pref.fragrance_free": "true"},
                staff=store.advisor,
                now=NOW,
            )
            == {}
        )
        view = habits.habits_of(s, store.customer_id)
    assert view.habits().fragrance_free and view.habits().price_range == "mid"
    assert view.habits().routine["serum"].brand == "Otra Marca"
    assert view.changed_on["step.serum"] == NOW.astimezone().date()


def test_suggestions_follow_the_skin_and_the_preferences_and_say_why(store: Fixture) -> None:
    _consent(store, club=True, skin_data=True)
    _record(store, _draft(store, recommended=()))
    with store.sessions.begin() as s:
        habits.update_habits(
            s,
            customer_id=store.customer_id,
            edits={"pref.fragrance_free": "true"},
            staff=store.advisor,
            now=NOW,
        )
        found = advice.suggestions_for(s, store.customer_id, today=NOW.date())
    names = [a.name for a in found]
    assert "Aurélie Sérum Hidratante 50 ml" in names
    assert "Aurélie Crema de Día SPF15 50 ml" not in names  # not fragrance-free
    serum = next(a for a in found if a.name.startswith("Aurélie Sérum"))
    assert serum.reason.startswith("para la deshidratación")
    assert serum.reason.endswith("sin perfume, como prefiere")


def test_a_product_in_the_basket_or_still_in_use_is_not_suggested(store: Fixture) -> None:
    _consent(store, club=True, skin_data=True)
    _record(store, _draft(store, recommended=()))
    serum = _product_id(store, "serum")
    with store.sessions.begin() as s:
        found = advice.suggestions_for(s, store.customer_id, today=NOW.date(), basket=[serum])
        assert serum not in {a.product_id for a in found}
    _sell(store, {"serum": 1}, NOW - timedelta(days=5))
    with store.sessions.begin() as s:
        assert serum not in {
            a.product_id for a in advice.suggestions_for(s, store.customer_id, today=NOW.date())
        }


def _sell(store: Fixture, items: dict[str, int], when: datetime) -> None:
    with store.sessions.begin() as s:
        cart = Cart(customer_id=store.customer_id)
        for short, quantity in items.items():
            cart.add_product(find_product(s, code=store.products[short]), quantity)
        finish(
            s,
            cart=cart,
            payment=PaymentInput(card_cents=cart.priced().total_cents),
            staff=store.assistant,
            now=when,
        )


def test_a_serum_bought_three_months_ago_is_due_on_the_customer_card(store: Fixture) -> None:
    # 50 ml at 0.5 ml a day lasts 100 days (the care guide).
    _sell(store, {"serum": 1}, NOW - timedelta(days=95))
    with store.sessions.begin() as s:
        card = customer_card(s, customer_id=store.customer_id, today=NOW.date())
    assert [(a.kind, a.detail) for a in card.alerts if a.kind == AlertKind.REPLENISH] == [
        (AlertKind.REPLENISH, "Aurélie Sérum Hidratante 50 ml")
    ]
    (reminder,) = card.reminders
    assert reminder.runs_out == (NOW - timedelta(days=95)).astimezone().date() + timedelta(100)
    assert not reminder.overdue


def test_purchases_from_other_stores_count_and_a_return_takes_them_off(store: Fixture) -> None:
    serum, cream = _product_id(store, "serum"), _product_id(store, "cream")
    bought_on = NOW.date() - timedelta(days=70)  # the cream (0.8 ml a day) ran out 8 days ago
    sale, returned = uuid7(), uuid7()
    with store.sessions.begin() as s:
        s.add(
            Purchase(
                sale_id=sale,
                customer_id=store.customer_id,
                day=bought_on,
                lines=[
                    {"product_id": str(serum), "quantity": 1},
                    {"product_id": str(cream), "quantity": 1},
                ],
            )
        )
        s.add(
            Purchase(
                sale_id=returned,
                customer_id=store.customer_id,
                day=bought_on + timedelta(days=2),
                of_sale=sale,
                lines=[{"product_id": str(serum), "quantity": -1}],
            )
        )
    with store.sessions.begin() as s:
        due = advice.reminders_for(s, store.customer_id, today=NOW.date())
    assert [(r.name, r.overdue) for r in due] == [("Aurélie Crema de Día SPF15 50 ml", True)]


def test_the_store_list_names_who_to_call_and_how_they_agreed_to_be_reached(
    store: Fixture,
) -> None:
    _consent(store, club=True, sms=True)
    _sell(store, {"serum": 1}, NOW - timedelta(days=97))
    with store.sessions.begin() as s:
        listed = advice.due_this_week(s, today=NOW.date())
    assert [(d.name, d.channels) for d in listed] == [("María José Núñez Pujol", ("sms",))]
    assert listed[0].reminders[0].name == "Aurélie Sérum Hidratante 50 ml"
    with store.sessions.begin() as s:
        assert advice.due_this_week(s, today=NOW.date() - timedelta(days=30)) == []


def test_withdrawing_skin_consent_forgets_the_skin_data_here_and_blocks_new_records(
    store: Fixture,
) -> None:
    _consent(store, club=True, skin_data=True)
    _record(store, _draft(store))
    _consent(store, skin_data=False)
    assert _counts(store)[0] == 0
    with store.sessions.begin() as s:
        assert skin_history(s, store.customer_id).diagnostics == ()
        assert habits.habits_of(s, store.customer_id).values == {}
    with pytest.raises(SkinConsentMissing):
        _record(store, _draft(store))


def test_the_report_compares_with_the_last_visit_and_prices_the_routine(store: Fixture) -> None:
    _consent(store, club=True, skin_data=True)
    _record(store, _draft(store, hydration=30, recommended=()), NOW - timedelta(days=40))
    _record(store, _draft(store, hydration=42))
    with store.sessions.begin() as s:
        report = skin_report(s, store.customer_id)
    assert report.customer_name == "María José Núñez Pujol"
    hydration = next(level for level in report.levels if level.level == "hydration")
    assert (hydration.now, hydration.before) == (42, 30)
    assert [(p.name, p.price_cents, p.step) for p in report.routine] == [
        ("Sérum Hidratante", 3495, "serum")
    ]
    assert report.routine[0].reason.startswith("para la deshidratación")
    assert len(report.history) == 1


def test_the_report_is_e_mailed_only_to_a_customer_who_agreed_to_e_mails(store: Fixture) -> None:
    _consent(store, club=True, skin_data=True)
    with store.sessions.begin() as s, pytest.raises(NoEmailConsent):
        email_document(
            s,
            customer_id=store.customer_id,
            document="skin_report",
            pdf=b"%PDF-1.4 report",
            staff=store.advisor,
            now=NOW,
        )
    _consent(store, email=True)
    with store.sessions.begin() as s:
        sent_to = email_document(
            s,
            customer_id=store.customer_id,
            document="skin_report",
            pdf=b"%PDF-1.4 report",
            staff=store.advisor,
            now=NOW,
        )
    assert sent_to == "mj.nunez@example.com"


def test_only_a_beauty_advisor_records_skin_data(store: Fixture) -> None:
    _consent(store, club=True, skin_data=True)
    for someone in (store.assistant, store.manager):
        with store.sessions.begin() as s, pytest.raises(NotAllowed):
            record_diagnostic(
                s, customer_id=store.customer_id, draft=_draft(store), staff=someone, now=NOW
            )
        with store.sessions.begin() as s, pytest.raises(NotAllowed):
            habits.update_habits(
                s,
                customer_id=store.customer_id,
                edits={"pref.vegan": "true"},
                staff=someone,
                now=NOW,
            )
    assert _counts(store) == (0, 0)

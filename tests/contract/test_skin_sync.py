"""Skin care across real processes: diagnostics and habits from two tablets, a withdrawal,
'bought together', purchases from another store, and the data-protection rights."""

from __future__ import annotations

import io
import json
import uuid
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from chain import CODES, MARIA, ServerProcess, Tablet
from members import a_registration, enrol_with_sale
from server_cli import run_sync_server
from sqlalchemy import select

from loyalty_core.consent import Purpose
from loyalty_core.habits import RoutineStep
from loyalty_core.skin import Concern, SkinConsentMissing, SkinType
from pos_client.documents.consent_texts import load_consent_text
from pos_client.services import advice, habits
from pos_client.services.catalogue import find_product
from pos_client.services.consents import change_consent
from pos_client.services.diagnostics import DiagnosticDraft, record_diagnostic, skin_history
from pos_client.services.staff import StaffMember
from pos_client.store.models import OutboxEntry, Product
from sync_server.advice.models import Diagnostic as ServerDiagnostic
from sync_server.advice.models import Habit as ServerHabit
from sync_server.advice.models import HabitChange
from sync_server.catalogue.csv_import import parse_catalogue
from sync_server.catalogue.service import import_catalogue
from sync_server.customers.merge import merge
from sync_server.customers.models import Customer as ServerCustomer
from sync_server.customers.privacy import erase_customer, export_customer


def _advisor(tablet: Tablet) -> StaffMember:
    return tablet.staff(ADVISORS[tablet.store_code])


def _diagnose(tablet: Tablet, customer_id: uuid.UUID, **overrides: object) -> uuid.UUID:
    staff = _advisor(tablet)
    values: dict[str, object] = dict(
        skin_type=SkinType.DRY, hydration=35, concerns=(Concern.DEHYDRATION,)
    )
    values.update(overrides)
    with tablet.sessions.begin() as s:
        return record_diagnostic(
            s,
            customer_id=customer_id,
            draft=DiagnosticDraft(**values),  # type: ignore[arg-type]
            staff=staff,
            now=datetime.now(UTC),
        ).diagnostic_id


def _habits(tablet: Tablet, customer_id: uuid.UUID, edits: dict[str, str | None]) -> None:
    staff = _advisor(tablet)
    with tablet.sessions.begin() as s:
        habits.update_habits(
            s, customer_id=customer_id, edits=edits, staff=staff, now=datetime.now(UTC)
        )


ADVISORS = {"S001": "1002", "S002": "2002"}


def _step(name: str, brand: str) -> str:
    return RoutineStep(name, brand).to_text()


def _member_with_skin_consent(tablet: Tablet) -> uuid.UUID:
    customer_id, _ = enrol_with_sale(tablet, {"cream": 1}, email=True, skin_data=True)
    tablet.sync()
    return customer_id


def test_diagnostics_and_habits_from_two_tablets_merge_field_by_field(
    server: ServerProcess, new_tablet: Callable[..., Tablet]
) -> None:
    first, second = new_tablet("S001"), new_tablet("S001")
    first.sync()
    customer_id = _member_with_skin_consent(first)
    second.sync()
    # Both offline: each advisor records a diagnostic and notes habits.
    one = _diagnose(first, customer_id, hydration=31)
    two = _diagnose(second, customer_id, hydration=44)
    _habits(second, customer_id, {"step.serum": _step("Sérum C", "Otra"), "pref.vegan": "true"})
    _habits(first, customer_id, {"step.serum": _step("Sérum Hidratante", "Aurélie")})
    _habits(first, customer_id, {"pref.fragrance_free": "true"})
    first.sync()
    second.sync()  # its serum edit is older than the first tablet's: it loses that field
    first.sync()

    with second.sessions.begin() as s:
        answer = s.scalars(
            select(OutboxEntry.server_answer).where(OutboxEntry.entity == "habits")
        ).one()
    assert json.loads(str(answer))["status"] == "superseded"
    for tablet in (first, second):
        with tablet.sessions.begin() as s:
            history = skin_history(s, customer_id)
            assert {d.diagnostic_id for d in history.diagnostics} == {one, two}
            view = habits.habits_of(s, customer_id).habits()
            assert view.routine["serum"].product_name == "Sérum Hidratante"
            assert view.vegan and view.fragrance_free
    with server.admin() as s:
        held = {h.field: h.value for h in s.scalars(select(ServerHabit))}
        assert set(held) == {"step.serum", "pref.vegan", "pref.fragrance_free"}
        lost = s.scalars(select(HabitChange).where(HabitChange.won.is_(False))).one()
        assert lost.field == "step.serum" and lost.value is not None and "Otra" in lost.value


@pytest.mark.sqlite_only
def test_a_withdrawal_blocks_new_diagnostics_on_every_tablet_after_sync(
    server: ServerProcess, new_tablet: Callable[..., Tablet]
) -> None:
    first, second = new_tablet("S001"), new_tablet("S001")
    first.sync()
    customer_id = _member_with_skin_consent(first)
    _diagnose(first, customer_id)
    _habits(first, customer_id, {"pref.vegan": "true"})
    first.sync()
    second.sync()
    with second.sessions.begin() as s:
        assert len(skin_history(s, customer_id).diagnostics) == 1
    # The customer withdraws at the first tablet; the second, offline, records one more.
    staff = first.staff("1001")
    with first.sessions.begin() as s:
        change_consent(
            s,
            customer_id=customer_id,
            changes={Purpose.SKIN_DATA: False},
            text=load_consent_text("es"),
            signature=None,
            staff=staff,
            now=datetime.now(UTC),
        )
    late = _diagnose(second, customer_id, hydration=50)
    first.sync()
    second.sync()

    with server.admin() as s:
        rows = {d.id: d for d in s.scalars(select(ServerDiagnostic))}
        assert len(rows) == 2 and all(d.content is None for d in rows.values())
        assert rows[late].dropped_because == "skin_consent_missing"
        assert s.scalars(select(ServerHabit)).first() is None
    for tablet in (first, second):
        with tablet.sessions.begin() as s:
            history = skin_history(s, customer_id)
            assert not history.allowed and history.diagnostics == ()
        with pytest.raises(SkinConsentMissing):
            _diagnose(tablet, customer_id)


def test_bought_together_is_counted_at_head_office_and_reaches_the_tablets(
    server: ServerProcess, new_tablet: Callable[..., Tablet]
) -> None:
    tablet = new_tablet("S001")
    tablet.sync()
    for _ in range(3):
        tablet.sell({"serum": 1, "cream": 1})
    tablet.sell({"soap": 1, "serum": 1})
    tablet.sync()
    done = run_sync_server(server.data_dir, "compute-pairings", database_url=server.database_url)
    assert done.returncode == 0, done.stderr
    assert "2 products changed" in done.stdout  # the serum and the cream (the soap: once)
    tablet.sync()

    with tablet.sessions.begin() as s:
        serum = find_product(s, code=CODES["serum"])
        found = advice.bought_with(s, [serum.id])
    assert [(a.name, a.reason) for a in found] == [
        ("Aurélie Crema de Día SPF15 50 ml", "se suele comprar con Sérum Hidratante")
    ]


@pytest.mark.sqlite_only
def test_a_purchase_in_another_store_reminds_the_home_store(
    server: ServerProcess, new_tablet: Callable[..., Tablet]
) -> None:
    home, other = new_tablet("S001"), new_tablet("S002")
    home.sync()
    other.sync()
    home.sell({"soap": 1}, customer=MARIA)  # María shops at home: S001 serves her
    # 95 days ago, in the other store, she bought the serum (50 ml lasts 100 days).
    bought = datetime.now(UTC) - timedelta(days=95)
    other.sell({"serum": 1}, customer=MARIA, staff="2001", now=bought)
    other.sync()
    home.sync()

    with home.sessions.begin() as s:
        due = advice.reminders_for(s, MARIA, today=datetime.now(UTC).date())
    assert [r.name for r in due] == ["Aurélie Sérum Hidratante 50 ml"]
    # The other store serves her from that sale on: its other tablets are told of it too.
    colleague = new_tablet("S002")
    colleague.sync()
    with colleague.sessions.begin() as s:
        due = advice.reminders_for(s, MARIA, today=datetime.now(UTC).date())
    assert [r.name for r in due] == ["Aurélie Sérum Hidratante 50 ml"]


def test_export_and_erasure_cover_diagnostics_and_habits(
    server: ServerProcess, new_tablet: Callable[..., Tablet]
) -> None:
    tablet = new_tablet("S001")
    tablet.sync()
    customer_id = _member_with_skin_consent(tablet)
    _diagnose(tablet, customer_id, notes="Rojeces en mejillas")
    _habits(tablet, customer_id, {"step.toner": _step("Tónico", "Otra")})
    tablet.sync()

    with server.admin() as s:
        archive = zipfile.ZipFile(
            io.BytesIO(export_customer(s, customer_id, now=datetime.now(UTC)))
        )
        exported = json.loads(archive.read("customer.json"))
        assert [d["record"]["notes"] for d in exported["skin_diagnostics"]] == [
            "Rojeces en mejillas"
        ]
        assert [h["field"] for h in exported["habits"]] == ["step.toner"]
        erase_customer(s, customer_id, now=datetime.now(UTC))
    tablet.sync()

    with server.admin() as s:
        diagnostic = s.scalars(select(ServerDiagnostic)).one()
        assert diagnostic.content is None and diagnostic.dropped_because == "erased"
        assert s.scalars(select(HabitChange)).first() is None
    with tablet.sessions.begin() as s:
        assert skin_history(s, customer_id).diagnostics == ()
        payloads = s.scalars(
            select(OutboxEntry.payload).where(OutboxEntry.entity.in_(["diagnostic", "habits"]))
        ).all()
        assert payloads and all(p == "{}" for p in payloads)


@pytest.mark.sqlite_only
def test_a_merge_moves_diagnostics_and_keeps_the_latest_habit_of_each_field(
    server: ServerProcess, new_tablet: Callable[..., Tablet]
) -> None:
    tablet = new_tablet("S001")
    tablet.sync()
    older = _member_with_skin_consent(tablet)
    newer = _member_with_skin_consent_as(tablet, first_name="Marta", email="marta@example.es")
    kept = _diagnose(tablet, older, hydration=30)
    moved = _diagnose(tablet, newer, hydration=48)
    _habits(tablet, older, {"pref.vegan": "true", "pref.price_range": "low"})
    _habits(tablet, newer, {"pref.price_range": "high"})  # later: it wins the field
    tablet.sync()
    # Head office finds they are one person (a review settled by hand, say) and merges.
    with server.admin() as s:
        survivor, loser = s.get(ServerCustomer, older), s.get(ServerCustomer, newer)
        assert survivor is not None and loser is not None
        merge(s, survivor=survivor, loser=loser, now=datetime.now(UTC))
    tablet.sync()

    with server.admin() as s:
        rows = s.scalars(select(ServerDiagnostic)).all()
        assert {(d.id, d.customer_id) for d in rows} == {(kept, older), (moved, older)}
        held = {h.field: h.value for h in s.scalars(select(ServerHabit))}
        assert held == {"pref.vegan": "true", "pref.price_range": "high"}
        assert {h.customer_id for h in s.scalars(select(ServerHabit))} == {older}
    with tablet.sessions.begin() as s:
        history = skin_history(s, older)
        assert {d.diagnostic_id for d in history.diagnostics} == {kept, moved}
        assert habits.habits_of(s, older).habits().price_range == "high"
        assert skin_history(s, newer).diagnostics == ()


def _member_with_skin_consent_as(tablet: Tablet, **person: str) -> uuid.UUID:
    registration = a_registration(national_id="", phone="", **person)
    customer_id, _ = enrol_with_sale(tablet, {"soap": 1}, registration, email=True, skin_data=True)
    tablet.sync()
    return customer_id


@pytest.mark.sqlite_only
def test_the_catalogues_care_columns_reach_tablets_and_a_file_without_them_keeps_them(
    server: ServerProcess, new_tablet: Callable[..., Tablet]
) -> None:
    tablet = new_tablet("S001")
    tablet.sync()
    header = "codigo;nombre;marca;familia;formato;pvp;iva"
    serum = f"{CODES['serum']};Sérum Hidratante Nuevo;Aurélie;Facial;30 ml;36,95;21"
    with server.admin() as s:  # the ERP's usual export has no care columns: a new name only
        import_catalogue(s, parse_catalogue(f"{header}\n{serum}\n".encode()), now=datetime.now(UTC))
    tablet.sync()
    with tablet.sessions.begin() as s:
        held = s.scalars(select(Product).where(Product.code == CODES["serum"])).one()
        assert held.name == "Sérum Hidratante Nuevo"
        assert (held.kind, held.tags) == ("serum", ["hydrating"])  # kept from the first file
    with server.admin() as s:  # a file with them sets them, an empty cell clears
        data = f"{header};tipo;atributos;duracion_dias\n{serum};serum;;120\n"
        import_catalogue(s, parse_catalogue(data.encode()), now=datetime.now(UTC))
    tablet.sync()
    with tablet.sessions.begin() as s:
        held = s.scalars(select(Product).where(Product.code == CODES["serum"])).one()
        assert (held.kind, held.tags, held.duration_days) == ("serum", [], 120)

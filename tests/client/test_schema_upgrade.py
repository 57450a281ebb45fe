"""Upgrading a store in place keeps its customers findable (migration 0002)."""

from __future__ import annotations

import shutil
import uuid
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from conftest import Fixture
from sqlalchemy import text
from store_files import read_store

from loyalty_core.text import fold
from pos_client.services.customers import search_names
from pos_client.store.database import create_store_engine, open_store
from pos_client.store.migrate import alembic_config, current_revision, head_revision
from pos_client.store.models import Customer


def _fts_prefixes(path: Path) -> str:
    with read_store(path) as db:
        (sql,) = db.execute("SELECT sql FROM sqlite_master WHERE name='customer_search'").fetchone()
    return sql.split("prefix='")[1].split("'")[0]


def _downgrade_to_first_release(path: Path) -> None:
    engine = create_store_engine(path)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0001")
    engine.dispose()


def test_a_first_release_store_upgrades_and_finds_customers_by_longer_word_starts(
    store_template: Fixture, tmp_path: Path
) -> None:
    path = tmp_path / "store.db"
    shutil.copyfile(store_template.path, path)
    _downgrade_to_first_release(path)
    assert _fts_prefixes(path) == "1 2 3"

    sessions = open_store(path)  # what the app does at start-up
    engine = sessions.kw["bind"]
    assert current_revision(engine) == head_revision()
    assert _fts_prefixes(path) == "1 2 3 4 5 6"
    with sessions.begin() as s:
        assert [h.name for h in search_names(s, "nuñe")] == ["María José Núñez Pujol"]
        assert [h.name for h in search_names(s, "castel jordi")] == ["Jordi Ferrer i Castellà"]
        s.add(
            Customer(
                id=uuid.uuid4(),
                first_name="Àngela",
                last_names="Castellví Roca",
                search_name=fold("Àngela Castellví Roca"),
                language="ca",
                club_member=False,
                confirmed_points=0,
                created_at=datetime(2026, 11, 23, tzinfo=UTC),
            )
        )
    with sessions.begin() as s:  # the triggers still feed the rebuilt index
        found = {h.name for h in search_names(s, "castel")}
        assert found == {"Jordi Ferrer i Castellà", "Àngela Castellví Roca"}
        s.execute(text("INSERT INTO customer_search(customer_search) VALUES('integrity-check')"))
    engine.dispose()

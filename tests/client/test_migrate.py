"""Start-up migration: a store at head opens without importing Alembic (0.2 s)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from conftest import Fixture

from pos_client.store.database import create_store_engine, open_store
from pos_client.store.migrate import alembic_config, current_revision, head_revision

ROOT = Path(__file__).resolve().parents[2]


def alembic_head() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def test_the_head_read_from_the_migration_files_is_alembics_head() -> None:
    assert head_revision() is not None
    assert head_revision() == alembic_head()


def test_a_store_at_head_opens_without_importing_alembic(
    store_template: Fixture, tmp_path: Path
) -> None:
    path = tmp_path / "store.db"
    shutil.copyfile(store_template.path, path)
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path

        from sqlalchemy import text

        from pos_client.store.database import open_store

        sessions = open_store(Path({str(path)!r}))
        with sessions.begin() as s:
            print(s.execute(text("SELECT count(*) FROM staff")).scalar_one())
        print(sorted(m for m in sys.modules if m == "alembic" or m.startswith("alembic.")))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:2] == ["3", "[]"]


def test_a_new_store_is_migrated_to_head(tmp_path: Path) -> None:
    sessions = open_store(tmp_path / "new" / "store.db")
    assert current_revision(sessions.kw["bind"]) == alembic_head()
    sessions.kw["bind"].dispose()


def test_a_store_stamped_with_another_revision_goes_through_alembic(
    store_template: Fixture, tmp_path: Path
) -> None:
    path = tmp_path / "store.db"
    shutil.copyfile(store_template.path, path)
    engine = create_store_engine(path)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'not-a-revision'")
    engine.dispose()
    with pytest.raises(Exception, match="not-a-revision"):  # Alembic's own complaint
        open_store(path)


def _write(folder: Path, name: str, body: str) -> None:
    (folder / name).write_text(textwrap.dedent(body), encoding="utf-8")


@pytest.mark.parametrize(
    ("files", "head"),
    [
        pytest.param(
            {
                "a.py": 'revision = "0001"\ndown_revision = None\n',
                "b.py": 'revision = "0002"\ndown_revision = "0001"\n',
            },
            "0002",
            id="plain",
        ),
        pytest.param(
            {
                "a.py": 'revision: str = "0001"\ndown_revision: str | None = None\n',
                "b.py": (
                    '"""x\n\nRevision ID: 0002\nRevises: 0001\n"""\n'
                    'revision: str = "0002"  # the second\n'
                    'down_revision: Union[str, None] = "0001"\n'
                ),
            },
            "0002",
            id="typed, as newer Alembic templates write them",
        ),
        pytest.param(
            {
                "a.py": 'revision = "1"\ndown_revision = None\n',
                "b.py": 'revision = "2"\ndown_revision = "1"\n',
                "c.py": 'revision = "3"\ndown_revision = "1"\n',
                "m.py": 'revision = "4"\ndown_revision = ("2", "3")\n',
            },
            "4",
            id="a merge",
        ),
        pytest.param(
            {
                "a.py": 'revision = "1"\ndown_revision = None\n',
                "b.py": 'revision = "2"\ndown_revision = "1"\n',
                "c.py": 'revision = "3"\ndown_revision = "1"\n',
            },
            None,
            id="two heads: ask Alembic",
        ),
        pytest.param(
            {"a.py": "revision = make_id()\ndown_revision = None\n"},
            None,
            id="not a literal: ask Alembic",
        ),
        pytest.param({"a.py": "down_revision = None\n"}, None, id="no revision: ask Alembic"),
        pytest.param({}, None, id="no migrations"),
    ],
)
def test_head_revision_reads_plain_literals_or_gives_up(
    tmp_path: Path, files: dict[str, str], head: str | None
) -> None:
    for name, body in files.items():
        _write(tmp_path, name, body)
    assert head_revision(tmp_path) == head


def test_the_migrations_build_the_tables_the_models_describe(tmp_path: Path) -> None:
    """Client migrations are written by hand: what they build must be what the code reads."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    import pos_client.store.manager_models  # noqa: F401 - its tables join the metadata
    from pos_client.store.models import Base

    engine = open_store(tmp_path / "store.db", encrypted=False).kw["bind"]
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": False})
        differences = [
            d
            for d in compare_metadata(context, Base.metadata)
            # Index names and the FTS shadow tables are the store's own business.
            if d[0] not in ("add_index", "remove_index", "remove_table")
        ]
    assert differences == []

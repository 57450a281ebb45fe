"""Writing many rows of one table in one statement: the hot path of a pushed batch.

On PostgreSQL the rows travel as one JSON parameter that the server turns
back into rows (`INSERT ... SELECT FROM json_to_recordset(...)`, `UPDATE
... FROM json_to_recordset(...)`): one statement for hundreds of rows, where
executemany would have the server parse and run one statement per row. On SQLite, a library
call in this process, executemany is as fast and is what is used.

The rows are plain dicts of column values, as Core takes them; JSON columns
are encoded here, times must be timezone-aware.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ARRAY, JSON, ColumnElement, Table, any_, bindparam, text, update
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import QueryableAttribute, Session


def _is_pg(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def among(
    session: Session, column: QueryableAttribute[Any], values: Iterable[Any]
) -> ColumnElement[bool]:
    """`column IN (values)`; on PostgreSQL `column = ANY(array)`, one parameter for them all.

    An IN list renders one placeholder per value, so every batch size is a new
    statement for the driver to parse; the array form is the same statement
    whatever the count.
    """
    listed = list(values)
    if _is_pg(session):
        return column == any_(bindparam(None, listed, type_=ARRAY(column.type)))
    return column.in_(listed)


def _recordset(
    session: Session, table: Table, names: Sequence[str], rows: Sequence[dict[str, Any]]
) -> tuple[str, dict[str, str]]:
    """The rows as one JSON parameter, and the json_to_recordset(...) that reads them.

    One text parameter encoded by the json module (C) is much cheaper to send than
    an array per column, whose text elements the driver escapes one by one.
    """
    dialect = session.get_bind().dialect
    spec = ", ".join(
        f'"{name}" '
        + ("json" if isinstance(table.c[name].type, JSON) else table.c[name].type.compile(dialect))
        for name in names
    )
    data = json.dumps([{name: row[name] for name in names} for row in rows], default=_plain)
    return f"json_to_recordset(CAST(:rows AS json)) AS v({spec})", {"rows": data}


def _plain(value: object) -> str:
    """UUIDs and aware datetimes as the text PostgreSQL reads back into their types."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("naive datetime")
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} cannot be written in bulk")


def _names(names: Sequence[str]) -> str:
    return ", ".join(f'"{name}"' for name in names)


def insert_rows(
    session: Session,
    table: Table,
    rows: Sequence[dict[str, Any]],
    *,
    unless_taken: Sequence[str] = (),
) -> None:
    """INSERT these rows (all with the same keys).

    With `unless_taken` (a unique key's columns), a row whose key is taken is
    skipped (ON CONFLICT DO NOTHING): a concurrent insert of it waits, then
    does nothing.
    """
    if not rows:
        return
    if not _is_pg(session):
        statement = sqlite.insert(table)
        if unless_taken:
            statement = statement.on_conflict_do_nothing(index_elements=list(unless_taken))
        session.execute(statement, list(rows))
        return
    names = list(rows[0])
    source, params = _recordset(session, table, names, rows)
    columns = _names(names)
    conflict = f" ON CONFLICT ({_names(unless_taken)}) DO NOTHING" if unless_taken else ""
    session.execute(
        text(f"INSERT INTO {table.name} ({columns}) SELECT {columns} FROM {source}{conflict}"),
        params,
    )


def update_rows(
    session: Session, table: Table, key: Sequence[str], rows: Sequence[dict[str, Any]]
) -> None:
    """UPDATE the rows matching each dict's `key` columns with its other columns."""
    if not rows:
        return
    names = list(rows[0])
    changed = [name for name in names if name not in key]
    if not _is_pg(session):
        statement = update(table).where(*(table.c[k] == bindparam(f"k_{k}") for k in key))
        session.execute(
            statement.values({name: bindparam(f"v_{name}") for name in changed}),
            [
                {**{f"k_{k}": row[k] for k in key}, **{f"v_{n}": row[n] for n in changed}}
                for row in rows
            ],
        )
        return
    source, params = _recordset(session, table, names, rows)
    sets = ", ".join(f'"{name}" = v."{name}"' for name in changed)
    where = " AND ".join(f't."{k}" = v."{k}"' for k in key)
    session.execute(
        text(f"UPDATE {table.name} AS t SET {sets} FROM {source} WHERE {where}"),
        params,
    )

"""Alembic environment: migrations run on the connection `sync_server.migrate` passes in."""

from __future__ import annotations

from alembic import context

from sync_server.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only sync_server.migrate runs migrations
    raise RuntimeError("run migrations with `sync-server migrate`")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()

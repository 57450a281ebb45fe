"""sync: feed cursors, replica versions, lookup keys, the sync lease, ledger coverage

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 19:10:00

Adds what pulling and pushing need. Outbox rows are left as they are
(the outbox is sacred): existing pending changes are pushed as before.
Columns are added and dropped with SQLite's own ALTER TABLE, not batch
mode: batch mode copies the table, which drops the customer table's
triggers that keep the name search index in step (a test caught it).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("customer", sa.Column("phone_key", sa.String(32), nullable=True))
    op.add_column("customer", sa.Column("email_key", sa.String(32), nullable=True))
    op.add_column("customer", sa.Column("national_id_key", sa.String(32), nullable=True))
    op.add_column("customer", sa.Column("phone_masked", sa.String(24), nullable=True))
    op.add_column(
        "customer", sa.Column("balance_version", sa.Integer(), nullable=False, server_default="0")
    )
    op.create_index("ix_customer_phone_key", "customer", ["phone_key"])
    op.create_index("ix_customer_email_key", "customer", ["email_key"])
    op.create_index("ix_customer_national_id_key", "customer", ["national_id_key"])
    op.add_column("ledger_entry", sa.Column("covered_version", sa.Integer(), nullable=True))
    op.add_column("outbox", sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"))
    op.add_column("outbox", sa.Column("answered_at", sa.String(32), nullable=True))
    op.create_table(
        "sync_feed",
        sa.Column("feed", sa.String(16), primary_key=True),
        sa.Column("cursor", sa.String(64), nullable=False),
        sa.Column("row_count", sa.Integer(), nullable=False),
        sa.Column("checksum_sum", sa.BigInteger(), nullable=False),
    )
    op.create_table(
        "replica_row",
        sa.Column("feed", sa.String(16), primary_key=True),
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "sync_lease",
        sa.Column("name", sa.String(16), primary_key=True),
        sa.Column("holder", sa.String(64), nullable=False),
        sa.Column("expires_at", sa.Float(), nullable=False),
    )
    op.create_table(
        "customer_redirect",
        sa.Column("from_id", sa.Uuid(), primary_key=True),
        sa.Column("to_id", sa.Uuid(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("customer_redirect")
    op.drop_table("sync_lease")
    op.drop_table("replica_row")
    op.drop_table("sync_feed")
    # SQLite's own DROP COLUMN (3.35+): Alembic would copy the tables instead, which
    # drops the customer table's search triggers at the end of the migration.
    op.execute("ALTER TABLE outbox DROP COLUMN answered_at")
    op.execute("ALTER TABLE outbox DROP COLUMN attempts")
    op.execute("ALTER TABLE ledger_entry DROP COLUMN covered_version")
    op.drop_index("ix_customer_national_id_key", "customer")
    op.drop_index("ix_customer_email_key", "customer")
    op.drop_index("ix_customer_phone_key", "customer")
    for name in ("balance_version", "phone_masked", "national_id_key", "email_key", "phone_key"):
        op.execute(f"ALTER TABLE customer DROP COLUMN {name}")

"""skin care: diagnostics, habits, pairings, catalogue attributes, sales by time

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24 03:16:09.670681
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sale", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sale_occurred_at"), ["occurred_at"], unique=False)
    op.create_table(
        "diagnostic",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("original_customer_id", sa.Uuid(), nullable=False),
        sa.Column("supersedes", sa.Uuid(), nullable=True),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("store_code", sa.String(length=16), nullable=False),
        sa.Column("content", sa.JSON(), nullable=True),
        sa.Column("dropped_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("dropped_because", sa.String(length=24), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_diagnostic")),
    )
    with op.batch_alter_table("diagnostic", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_diagnostic_customer_id"), ["customer_id"], unique=False
        )

    op.create_table(
        "habit",
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("field", sa.String(length=32), nullable=False),
        sa.Column("value", sa.Text(), nullable=True),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("customer_id", "field", name=op.f("pk_habit")),
    )
    op.create_table(
        "habit_change",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("field", sa.String(length=32), nullable=False),
        sa.Column("value", sa.Text(), nullable=True),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("store_code", sa.String(length=16), nullable=False),
        sa.Column("staff_name", sa.String(length=120), nullable=False),
        sa.Column("change_id", sa.Uuid(), nullable=False),
        sa.Column("won", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_habit_change")),
    )
    with op.batch_alter_table("habit_change", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_habit_change_customer_id"), ["customer_id"], unique=False
        )

    op.create_table(
        "pairing",
        sa.Column("product_id", sa.Uuid(), nullable=False),
        sa.Column("partners", sa.JSON(), nullable=False),
        sa.Column("tickets", sa.Integer(), nullable=False),
        sa.Column("computed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("product_id", name=op.f("pk_pairing")),
    )
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("kind", sa.String(length=32), server_default="", nullable=False)
        )
        batch_op.add_column(sa.Column("tags", sa.JSON(), server_default="[]", nullable=False))
        batch_op.add_column(sa.Column("duration_days", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sale", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sale_occurred_at"))
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.drop_column("duration_days")
        batch_op.drop_column("tags")
        batch_op.drop_column("kind")

    op.drop_table("pairing")
    with op.batch_alter_table("habit_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_habit_change_customer_id"))

    op.drop_table("habit_change")
    op.drop_table("habit")
    with op.batch_alter_table("diagnostic", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_diagnostic_customer_id"))

    op.drop_table("diagnostic")

"""skin care: diagnostics, habits, pairings, purchases; the catalogue's care attributes

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-24 03:19:06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# As the store writes them (models.UtcDateTime): ISO text with microseconds.
_TIME = sa.String(length=32)


def upgrade() -> None:
    op.create_table(
        "diagnostic",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("supersedes", sa.Uuid(), nullable=True),
        sa.Column("recorded_at", _TIME, nullable=False),
        sa.Column("record", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_diagnostic_customer_id", "diagnostic", ["customer_id"])
    op.create_table(
        "habit",
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("field", sa.String(length=32), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=True),
        sa.Column("changed_at", _TIME, nullable=False),
        sa.Column("store_code", sa.String(length=16), nullable=False),
        sa.Column("staff_name", sa.String(length=120), nullable=False),
        sa.PrimaryKeyConstraint("customer_id", "field", "hlc"),
    )
    op.create_table(
        "pairing",
        sa.Column("product_id", sa.Uuid(), nullable=False),
        sa.Column("partners", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("product_id"),
    )
    op.create_table(
        "purchase",
        sa.Column("sale_id", sa.Uuid(), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("of_sale", sa.Uuid(), nullable=True),
        sa.Column("lines", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("sale_id"),
    )
    op.create_index("ix_purchase_customer_id", "purchase", ["customer_id"])
    # Plain ADD COLUMN: a batch copy of a 50,000-product table is not needed for this.
    op.add_column("product", sa.Column("kind", sa.String(32), nullable=False, server_default=""))
    op.add_column("product", sa.Column("tags", sa.JSON(), nullable=False, server_default="[]"))
    op.add_column("product", sa.Column("duration_days", sa.Integer(), nullable=True))
    op.create_index("ix_product_kind", "product", ["kind"])


def downgrade() -> None:
    op.drop_index("ix_product_kind", "product")
    with op.batch_alter_table("product") as batch_op:
        batch_op.drop_column("duration_days")
        batch_op.drop_column("tags")
        batch_op.drop_column("kind")
    op.drop_index("ix_purchase_customer_id", "purchase")
    op.drop_table("purchase")
    op.drop_table("pairing")
    op.drop_table("habit")
    op.drop_index("ix_diagnostic_customer_id", "diagnostic")
    op.drop_table("diagnostic")

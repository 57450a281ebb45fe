"""enrolment: consents, attachments (signed PDFs, signature vectors), card numbers, gender

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24 01:10:00
"""

from __future__ import annotations

import contextlib

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN, not batch mode: a rebuilt customer table would lose the
    # triggers that keep the name search index in step (see 0003).
    op.add_column("customer", sa.Column("gender", sa.String(16), nullable=True))
    op.add_column("customer", sa.Column("consent_state", sa.JSON(), nullable=True))
    op.create_index("ix_customer_birth_date", "customer", ["birth_date"])
    op.add_column("device", sa.Column("card_issuer", sa.Integer(), nullable=True))
    op.add_column("device", sa.Column("card_seq", sa.Integer(), nullable=False, server_default="0"))
    op.add_column("customer_redirect", sa.Column("card_number", sa.String(20), nullable=True))
    op.create_index("ix_customer_redirect_card_number", "customer_redirect", ["card_number"])
    op.create_table(
        "consent",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("customer_id", sa.Uuid(), nullable=False, index=True),
        sa.Column("kind", sa.String(12), nullable=False),
        sa.Column("text_version", sa.String(16), nullable=False),
        sa.Column("language", sa.String(5), nullable=False),
        sa.Column("text_sha256", sa.String(64), nullable=False),
        sa.Column("choices", sa.JSON(), nullable=False),
        sa.Column("hlc", sa.String(64), nullable=False),
        sa.Column("signed_at", sa.String(32), nullable=False),
        sa.Column("store_code", sa.String(16), nullable=False),
        sa.Column("device_code", sa.String(16), nullable=False),
        sa.Column("staff_name", sa.String(120), nullable=False),
        sa.Column("customer_snapshot", sa.JSON(), nullable=True),
        sa.Column("signature", sa.JSON(), nullable=True),
        sa.Column("digest", sa.String(64), nullable=False),
        sa.Column("document_sha256", sa.String(64), nullable=False),
    )
    # An erased customer's name must leave the search index at once (SQLite 3.42+;
    # older builds rewrite the index after an erasure instead: store/customer_data.py).
    with contextlib.suppress(sa.exc.OperationalError):
        op.get_bind().exec_driver_sql(
            "INSERT INTO customer_search(customer_search, rank) VALUES ('secure-delete', 1)"
        )
    op.create_table(
        "attachment",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("content_type", sa.String(40), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("uploaded", sa.Boolean(), nullable=False, server_default="0"),
    )


def downgrade() -> None:
    op.drop_table("attachment")
    op.drop_table("consent")
    op.drop_index("ix_customer_redirect_card_number", "customer_redirect")
    op.drop_column("customer_redirect", "card_number")
    op.drop_column("device", "card_seq")
    op.drop_column("device", "card_issuer")
    op.drop_index("ix_customer_birth_date", "customer")
    op.drop_column("customer", "consent_state")
    op.drop_column("customer", "gender")

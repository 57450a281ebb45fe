"""mail requests: documents counters asked head office to e-mail to customers

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 00:57:55.096760
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "mail_request",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("to", sa.String(length=160), nullable=False),
        sa.Column("document", sa.String(length=16), nullable=False),
        sa.Column("attachment_sha256", sa.String(length=64), nullable=False),
        sa.Column("language", sa.String(length=5), nullable=False),
        sa.Column("store_code", sa.String(length=16), nullable=False),
        sa.Column("requested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_request")),
    )
    with op.batch_alter_table("mail_request", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_mail_request_customer_id"), ["customer_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_mail_request_status"), ["status"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("mail_request", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mail_request_status"))
        batch_op.drop_index(batch_op.f("ix_mail_request_customer_id"))

    op.drop_table("mail_request")

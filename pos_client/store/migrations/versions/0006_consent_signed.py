"""consent.signed: whether a record was signed, also for records received without their vectors

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24 01:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("consent", sa.Column("signed", sa.Boolean(), nullable=False, server_default="0"))
    op.execute("UPDATE consent SET signed = 1 WHERE signature IS NOT NULL")


def downgrade() -> None:
    op.drop_column("consent", "signed")

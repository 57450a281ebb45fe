"""store manager: gifts, redemptions, campaigns, incidents, settlements, till imports, PINs

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-24 06:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# As the store writes them (models.UtcDateTime): ISO text with microseconds.
_TIME = sa.String(length=32)


def upgrade() -> None:
    op.create_table(
        "gift",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("picture_sha256", sa.String(length=64), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "gift_stock",
        sa.Column("gift_id", sa.Uuid(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("gift_id"),
    )
    op.create_table(
        "redemption",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("gift_id", sa.Uuid(), nullable=False),
        sa.Column("gift_name", sa.String(length=120), nullable=False),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column("device_code", sa.String(length=16), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=False),
        sa.Column("approved_by", sa.Uuid(), nullable=False),
        sa.Column("offline", sa.Boolean(), nullable=False),
        sa.Column("redeemed_at", _TIME, nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("reference", sa.String(length=40), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("caps_exceeded", sa.JSON(), nullable=False),
        sa.Column("balance_before", sa.Integer(), nullable=True),
        sa.Column("cancelled", sa.Boolean(), nullable=False),
        sa.Column("cancel_id", sa.Uuid(), nullable=True),
        sa.Column("cancelled_at", _TIME, nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_redemption_customer_id", "redemption", ["customer_id"])
    op.create_index("ix_redemption_redeemed_at", "redemption", ["redeemed_at"])
    op.create_table(
        "campaign",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("multiplier", sa.String(length=8), nullable=False),
        sa.Column("bonus_per_unit", sa.Integer(), nullable=False),
        sa.Column("products", sa.JSON(), nullable=False),
        sa.Column("categories", sa.JSON(), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "campaign_target",
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("campaigns", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("customer_id"),
    )
    op.create_table(
        "campaign_response",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("campaign_id", sa.Uuid(), nullable=False),
        sa.Column("sale_id", sa.Uuid(), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=True),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("bonus_points", sa.Integer(), nullable=False),
        sa.Column("responded_at", _TIME, nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("sale_id"),
    )
    op.create_index("ix_campaign_response_campaign_id", "campaign_response", ["campaign_id"])
    op.create_index("ix_campaign_response_responded_at", "campaign_response", ["responded_at"])
    op.create_table(
        "incident",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("reference", sa.String(length=49), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=True),
        sa.Column("category", sa.String(length=24), nullable=False),
        sa.Column("priority", sa.String(length=12), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("product_name", sa.String(length=160), nullable=False),
        sa.Column("receipt_number", sa.String(length=40), nullable=False),
        sa.Column("assigned_to", sa.String(length=120), nullable=False),
        sa.Column("opened_at", _TIME, nullable=False),
        sa.Column("updated_at", _TIME, nullable=False),
        sa.Column("events", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_incident_customer_id", "incident", ["customer_id"])
    op.create_table(
        "settlement",
        sa.Column("subject", sa.String(length=40), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=False),
        sa.Column("settled_at", _TIME, nullable=False),
        sa.PrimaryKeyConstraint("subject"),
    )
    op.create_table(
        "till_import",
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.String(length=200), nullable=False),
        sa.Column("imported_at", _TIME, nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=False),
        sa.Column("tickets", sa.Integer(), nullable=False),
        sa.Column("rejected_rows", sa.Integer(), nullable=False),
        sa.Column("report", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("file_sha256"),
    )
    op.add_column(
        "staff", sa.Column("must_change", sa.Boolean(), nullable=False, server_default="0")
    )
    op.add_column("staff", sa.Column("unlocked_at", _TIME, nullable=True))
    # The store's figures read sales and points entries by date range.
    op.create_index("ix_sale_occurred_at", "sale", ["occurred_at"])
    op.create_index("ix_ledger_entry_occurred_at", "ledger_entry", ["occurred_at"])


def downgrade() -> None:
    op.drop_index("ix_ledger_entry_occurred_at", "ledger_entry")
    op.drop_index("ix_sale_occurred_at", "sale")
    with op.batch_alter_table("staff") as batch_op:
        batch_op.drop_column("unlocked_at")
        batch_op.drop_column("must_change")
    for table in ("till_import", "settlement"):
        op.drop_table(table)
    op.drop_index("ix_incident_customer_id", "incident")
    op.drop_table("incident")
    op.drop_index("ix_campaign_response_responded_at", "campaign_response")
    op.drop_index("ix_campaign_response_campaign_id", "campaign_response")
    for table in ("campaign_response", "campaign_target", "campaign"):
        op.drop_table(table)
    op.drop_index("ix_redemption_redeemed_at", "redemption")
    op.drop_index("ix_redemption_customer_id", "redemption")
    for table in ("redemption", "gift_stock", "gift"):
        op.drop_table(table)

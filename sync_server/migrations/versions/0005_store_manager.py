"""gifts, campaigns, incidents, settlements, till sales, staff PINs

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24 06:04:09.726147
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
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
        sa.Column("segment", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("targets_computed_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaign")),
        sa.UniqueConstraint("code", name=op.f("uq_campaign_code")),
    )
    op.create_table(
        "campaign_response",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("campaign_id", sa.Uuid(), nullable=False),
        sa.Column("sale_id", sa.Uuid(), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=True),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("bonus_points", sa.Integer(), nullable=False),
        sa.Column("claimed_points", sa.Integer(), nullable=False),
        sa.Column("targeted", sa.Boolean(), nullable=False),
        sa.Column("store_code", sa.String(length=16), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=False),
        sa.Column("flags", sa.JSON(), nullable=False),
        sa.Column("responded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaign_response")),
        sa.UniqueConstraint("sale_id", name=op.f("uq_campaign_response_sale_id")),
    )
    with op.batch_alter_table("campaign_response", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_campaign_response_campaign_id"), ["campaign_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_campaign_response_customer_id"), ["customer_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_campaign_response_store_code"), ["store_code"], unique=False
        )

    op.create_table(
        "campaign_target",
        sa.Column("campaign_id", sa.Uuid(), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("campaign_id", "customer_id", name=op.f("pk_campaign_target")),
    )
    with op.batch_alter_table("campaign_target", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_campaign_target_customer_id"), ["customer_id"], unique=False
        )

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
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gift")),
        sa.UniqueConstraint("code", name=op.f("uq_gift_code")),
    )
    op.create_table(
        "gift_stock",
        sa.Column("store_code", sa.String(length=16), nullable=False),
        sa.Column("gift_id", sa.Uuid(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("store_code", "gift_id", name=op.f("pk_gift_stock")),
    )
    op.create_table(
        "gift_stock_move",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("gift_id", sa.Uuid(), nullable=False),
        sa.Column("store_code", sa.String(length=16), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("moved_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gift_stock_move")),
    )
    with op.batch_alter_table("gift_stock_move", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_gift_stock_move_gift_id"), ["gift_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_gift_stock_move_store_code"), ["store_code"], unique=False
        )

    op.create_table(
        "incident",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("reference", sa.String(length=49), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=True),
        sa.Column("category", sa.String(length=24), nullable=False),
        sa.Column("priority", sa.String(length=12), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("product_id", sa.Uuid(), nullable=True),
        sa.Column("product_name", sa.String(length=160), nullable=False),
        sa.Column("sale_id", sa.Uuid(), nullable=True),
        sa.Column("receipt_number", sa.String(length=40), nullable=False),
        sa.Column("photo_sha256", sa.String(length=64), nullable=True),
        sa.Column("store_code", sa.String(length=16), nullable=False),
        sa.Column("device_code", sa.String(length=16), nullable=False),
        sa.Column("staff_name", sa.String(length=120), nullable=False),
        sa.Column("assigned_to", sa.String(length=120), nullable=False),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident")),
        sa.UniqueConstraint("reference", name=op.f("uq_incident_reference")),
    )
    with op.batch_alter_table("incident", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_incident_category"), ["category"], unique=False)
        batch_op.create_index(batch_op.f("ix_incident_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_incident_opened_at"), ["opened_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_incident_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_incident_store_code"), ["store_code"], unique=False)

    op.create_table(
        "incident_event",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("incident_id", sa.Uuid(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("by", sa.String(length=120), nullable=False),
        sa.Column("from_store", sa.Boolean(), nullable=False),
        sa.Column("ignored", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident_event")),
    )
    with op.batch_alter_table("incident_event", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_incident_event_incident_id"), ["incident_id"], unique=False
        )

    op.create_table(
        "redemption",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("gift_id", sa.Uuid(), nullable=False),
        sa.Column("gift_name", sa.String(length=120), nullable=False),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column("store_code", sa.String(length=16), nullable=False),
        sa.Column("device_code", sa.String(length=16), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=False),
        sa.Column("approved_by", sa.Uuid(), nullable=False),
        sa.Column("offline", sa.Boolean(), nullable=False),
        sa.Column("caps_exceeded", sa.JSON(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("flags", sa.JSON(), nullable=False),
        sa.Column("redeemed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("cancel_id", sa.Uuid(), nullable=True),
        sa.Column("cancelled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("cancel_reason", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_redemption")),
    )
    with op.batch_alter_table("redemption", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_redemption_customer_id"), ["customer_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_redemption_gift_id"), ["gift_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_redemption_redeemed_at"), ["redeemed_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_redemption_store_code"), ["store_code"], unique=False)

    op.create_table(
        "redemption_void",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("store_code", sa.String(length=16), nullable=False),
        sa.Column("voided_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_redemption_void")),
    )
    with op.batch_alter_table("review_case", schema=None) as batch_op:
        batch_op.add_column(sa.Column("settlement", sa.JSON(), nullable=True))

    with op.batch_alter_table("sale", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("source", sa.String(length=8), server_default="counter", nullable=False)
        )

    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("must_change", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.add_column(sa.Column("unlocked_at", sa.DateTime(timezone=True), nullable=True))

    with op.batch_alter_table("store", schema=None) as batch_op:
        batch_op.add_column(sa.Column("offline_caps", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("store", schema=None) as batch_op:
        batch_op.drop_column("offline_caps")

    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.drop_column("unlocked_at")
        batch_op.drop_column("must_change")

    with op.batch_alter_table("sale", schema=None) as batch_op:
        batch_op.drop_column("source")

    with op.batch_alter_table("review_case", schema=None) as batch_op:
        batch_op.drop_column("settlement")

    op.drop_table("redemption_void")
    with op.batch_alter_table("redemption", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_redemption_store_code"))
        batch_op.drop_index(batch_op.f("ix_redemption_redeemed_at"))
        batch_op.drop_index(batch_op.f("ix_redemption_gift_id"))
        batch_op.drop_index(batch_op.f("ix_redemption_customer_id"))

    op.drop_table("redemption")
    with op.batch_alter_table("incident_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incident_event_incident_id"))

    op.drop_table("incident_event")
    with op.batch_alter_table("incident", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incident_store_code"))
        batch_op.drop_index(batch_op.f("ix_incident_status"))
        batch_op.drop_index(batch_op.f("ix_incident_opened_at"))
        batch_op.drop_index(batch_op.f("ix_incident_customer_id"))
        batch_op.drop_index(batch_op.f("ix_incident_category"))

    op.drop_table("incident")
    with op.batch_alter_table("gift_stock_move", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_gift_stock_move_store_code"))
        batch_op.drop_index(batch_op.f("ix_gift_stock_move_gift_id"))

    op.drop_table("gift_stock_move")
    op.drop_table("gift_stock")
    op.drop_table("gift")
    with op.batch_alter_table("campaign_target", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_campaign_target_customer_id"))

    op.drop_table("campaign_target")
    with op.batch_alter_table("campaign_response", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_campaign_response_store_code"))
        batch_op.drop_index(batch_op.f("ix_campaign_response_customer_id"))
        batch_op.drop_index(batch_op.f("ix_campaign_response_campaign_id"))

    op.drop_table("campaign_response")
    op.drop_table("campaign")

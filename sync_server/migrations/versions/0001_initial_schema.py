"""initial schema: stores, devices, staff, catalogue, customers, sales, ledger, review, sync

Revision ID: 0001
Revises:
Create Date: 2026-11-23 18:45:43.163785
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        # Log positions for the feeds (SQLite serialises writers and takes max + 1).
        op.execute(sa.schema.CreateSequence(sa.Sequence("feed_log_id_seq")))
    op.create_table(
        "balance",
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("points", sa.BigInteger(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("customer_id", name=op.f("pk_balance")),
    )
    op.create_table(
        "chain_setting",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_chain_setting")),
    )
    op.create_table(
        "customer",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("card_number", sa.String(length=20), nullable=True),
        sa.Column("first_name", sa.String(length=80), nullable=False),
        sa.Column("last_names", sa.String(length=120), nullable=False),
        sa.Column("national_id", sa.String(length=12), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("email", sa.String(length=160), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("postal_code", sa.String(length=10), nullable=True),
        sa.Column("language", sa.String(length=5), nullable=False),
        sa.Column("club_member", sa.Boolean(), nullable=False),
        sa.Column("enrolled_on", sa.Date(), nullable=True),
        sa.Column("home_store", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("merged_into", sa.Uuid(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer")),
        sa.UniqueConstraint("card_number", name=op.f("uq_customer_card_number")),
    )
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_customer_home_store"), ["home_store"], unique=False)

    op.create_table(
        "customer_store",
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("store_code", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("customer_id", "store_code", name=op.f("pk_customer_store")),
    )
    op.create_table(
        "feed_horizon",
        sa.Column("feed", sa.String(length=16), nullable=False),
        sa.Column("txid", sa.BigInteger(), nullable=False),
        sa.Column("log_id", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("feed", name=op.f("pk_feed_horizon")),
    )
    op.create_table(
        "feed_row",
        sa.Column("feed", sa.String(length=16), nullable=False),
        sa.Column("scope", sa.String(length=16), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("data", sa.Text(), nullable=True),
        sa.Column("row_hash", sa.BigInteger(), nullable=False),
        sa.Column("txid", sa.BigInteger(), nullable=False),
        sa.Column("log_id", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("feed", "scope", "key", name=op.f("pk_feed_row")),
        sa.UniqueConstraint("log_id", name=op.f("uq_feed_row_log_id")),
    )
    with op.batch_alter_table("feed_row", schema=None) as batch_op:
        batch_op.create_index(
            "ix_feed_row_position", ["feed", "scope", "txid", "log_id"], unique=False
        )

    op.create_table(
        "inbox",
        sa.Column("change_id", sa.Uuid(), nullable=False),
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.Column("device_seq", sa.BigInteger(), nullable=False),
        sa.Column("entity", sa.String(length=24), nullable=False),
        sa.Column("entity_id", sa.Uuid(), nullable=False),
        sa.Column("payload_sha256", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("result", sa.JSON(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("change_id", name=op.f("pk_inbox")),
    )
    with op.batch_alter_table("inbox", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_inbox_device_id"), ["device_id"], unique=False)

    op.create_table(
        "ledger_entry",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column("sale_id", sa.Uuid(), nullable=True),
        sa.Column("store_code", sa.String(length=16), nullable=False),
        sa.Column("device_id", sa.Uuid(), nullable=True),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("balance_after", sa.BigInteger(), nullable=False),
        sa.Column("flags", sa.JSON(), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger_entry")),
    )
    with op.batch_alter_table("ledger_entry", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_ledger_entry_customer_id"), ["customer_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_ledger_entry_sale_id"), ["sale_id"], unique=False)

    op.create_table(
        "product",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("code_kind", sa.String(length=10), nullable=False),
        sa.Column("name", sa.String(length=160), nullable=False),
        sa.Column("brand", sa.String(length=80), nullable=False),
        sa.Column("category", sa.String(length=80), nullable=False),
        sa.Column("size", sa.String(length=40), nullable=False),
        sa.Column("price_cents", sa.Integer(), nullable=False),
        sa.Column("vat_rate", sa.Integer(), nullable=False),
        sa.Column("points_per_unit", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_product")),
        sa.UniqueConstraint("code", name=op.f("uq_product_code")),
    )
    op.create_table(
        "profile_loss",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("field", sa.String(length=32), nullable=False),
        sa.Column("value", sa.Text(), nullable=True),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("winner_hlc", sa.String(length=64), nullable=False),
        sa.Column("change_id", sa.Uuid(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_profile_loss")),
    )
    with op.batch_alter_table("profile_loss", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_profile_loss_customer_id"), ["customer_id"], unique=False
        )

    op.create_table(
        "review_case",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("store_code", sa.String(length=16), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=True),
        sa.Column("change_id", sa.Uuid(), nullable=True),
        sa.Column("subject_id", sa.Uuid(), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_case")),
    )
    with op.batch_alter_table("review_case", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_review_case_customer_id"), ["customer_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_review_case_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_review_case_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_review_case_store_code"), ["store_code"], unique=False)

    op.create_table(
        "sale",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("store_code", sa.String(length=16), nullable=False),
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.Column("receipt_number", sa.String(length=40), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=True),
        sa.Column("staff_id", sa.Uuid(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("total_cents", sa.Integer(), nullable=False),
        sa.Column("points_earned", sa.Integer(), nullable=False),
        sa.Column("record_hash", sa.String(length=64), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("flags", sa.JSON(), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sale")),
        sa.UniqueConstraint("receipt_number", name=op.f("uq_sale_receipt_number")),
    )
    with op.batch_alter_table("sale", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sale_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_sale_device_id"), ["device_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_sale_store_code"), ["store_code"], unique=False)

    op.create_table(
        "store",
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("tax_id", sa.String(length=20), nullable=False),
        sa.Column("points_per_euro", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_store")),
    )
    op.create_table(
        "device",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("store_code", sa.String(length=16), nullable=False),
        sa.Column("device_code", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("token_sha256", sa.String(length=64), nullable=False),
        sa.Column("registered_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_push_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_pull_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("client_version", sa.String(length=32), nullable=False),
        sa.Column("last_device_seq", sa.Integer(), nullable=False),
        sa.Column("clock_flagged", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["store_code"], ["store.code"], name=op.f("fk_device_store_code_store")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_device")),
        sa.UniqueConstraint("store_code", "device_code", name=op.f("uq_device_store_code")),
        sa.UniqueConstraint("token_sha256", name=op.f("uq_device_token_sha256")),
    )
    with op.batch_alter_table("device", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_device_store_code"), ["store_code"], unique=False)

    op.create_table(
        "registration_code",
        sa.Column("code_sha256", sa.String(length=64), nullable=False),
        sa.Column("store_code", sa.String(length=16), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("device_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["store_code"], ["store.code"], name=op.f("fk_registration_code_store_code_store")
        ),
        sa.PrimaryKeyConstraint("code_sha256", name=op.f("pk_registration_code")),
    )
    op.create_table(
        "staff",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("store_code", sa.String(length=16), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("pin_hash", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["store_code"], ["store.code"], name=op.f("fk_staff_store_code_store")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff")),
        sa.UniqueConstraint("code", name=op.f("uq_staff_code")),
    )
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_staff_store_code"), ["store_code"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_staff_store_code"))

    op.drop_table("staff")
    op.drop_table("registration_code")
    with op.batch_alter_table("device", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_device_store_code"))

    op.drop_table("device")
    op.drop_table("store")
    with op.batch_alter_table("sale", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sale_store_code"))
        batch_op.drop_index(batch_op.f("ix_sale_device_id"))
        batch_op.drop_index(batch_op.f("ix_sale_customer_id"))

    op.drop_table("sale")
    with op.batch_alter_table("review_case", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_case_store_code"))
        batch_op.drop_index(batch_op.f("ix_review_case_status"))
        batch_op.drop_index(batch_op.f("ix_review_case_kind"))
        batch_op.drop_index(batch_op.f("ix_review_case_customer_id"))

    op.drop_table("review_case")
    with op.batch_alter_table("profile_loss", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_profile_loss_customer_id"))

    op.drop_table("profile_loss")
    op.drop_table("product")
    with op.batch_alter_table("ledger_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ledger_entry_sale_id"))
        batch_op.drop_index(batch_op.f("ix_ledger_entry_customer_id"))

    op.drop_table("ledger_entry")
    with op.batch_alter_table("inbox", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_inbox_device_id"))

    op.drop_table("inbox")
    with op.batch_alter_table("feed_row", schema=None) as batch_op:
        batch_op.drop_index("ix_feed_row_position")

    op.drop_table("feed_row")
    op.drop_table("feed_horizon")
    op.drop_table("customer_store")
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customer_home_store"))

    op.drop_table("customer")
    op.drop_table("chain_setting")
    op.drop_table("balance")
    if op.get_bind().dialect.name == "postgresql":
        op.execute(sa.schema.DropSequence(sa.Sequence("feed_log_id_seq")))

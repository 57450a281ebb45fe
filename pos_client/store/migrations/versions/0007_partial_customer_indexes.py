"""partial indexes on the customer values held in clear (this store's customers only)

Phone, e-mail, DNI/NIE and birth date are held only for the customers this
store serves, a few per cent of the directory: indexing the other rows' NULLs
cost a million index entries and a second or more each on a first download.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-24 02:20:00
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

COLUMNS = ("national_id", "phone", "email", "birth_date")


def upgrade() -> None:
    for column in COLUMNS:
        op.drop_index(f"ix_customer_{column}", "customer")
        op.execute(
            f"CREATE INDEX ix_customer_{column} ON customer ({column}) WHERE {column} IS NOT NULL"
        )


def downgrade() -> None:
    for column in COLUMNS:
        op.drop_index(f"ix_customer_{column}", "customer")
        op.create_index(f"ix_customer_{column}", "customer", [column])

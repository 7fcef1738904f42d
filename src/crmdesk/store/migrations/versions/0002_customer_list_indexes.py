"""customer list indexes

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28

One index per sort of the customer list that starts with the `active` flag, so the default list (active
customers only) walks an index in order whatever the sort, and even a page deep in a million rows is read
from the index alone. SQLite stores NULLs first in an index while the list puts them last: for the two
nullable sort keys (last order date, preferred payment method) SQLite gets expression indexes on
`key IS NULL, key`, which the services' ORDER BY uses there (PostgreSQL's own NULL order needs none).
Measured with bench/bench_customer_list.py at 1,000,000 customers.
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# (name, columns): also declared on the Customer model (ix_customer_active_created_at as 0003 redefines it).
INDEXES = [
    ("ix_customer_active_code", ["active", "code"]),
    ("ix_customer_active_kind", ["active", "kind", "sort_name"]),
    ("ix_customer_active_city", ["active", "billing_city", "sort_name"]),
    ("ix_customer_active_postal_code", ["active", "billing_postal_code", "sort_name"]),
    ("ix_customer_active_phone", ["active", "phone"]),
    ("ix_customer_active_email", ["active", "email"]),
    ("ix_customer_active_order_count", ["active", "order_count", "sort_name"]),
    ("ix_customer_active_created_at", ["active", "created_at"]),
]

# SQLite only: NULLs last for the nullable sort keys (SQLAlchemy cannot reflect these; the schema drift
# test skips them).
SQLITE_NULLS_LAST = [
    ("ix_customer_nl_payment_method", "preferred_payment_method_id IS NULL, preferred_payment_method_id, sort_name"),
    ("ix_customer_nl_last_order_date", "last_order_date IS NULL, last_order_date, sort_name"),
    ("ix_customer_active_nl_payment_method",
     "active, preferred_payment_method_id IS NULL, preferred_payment_method_id, sort_name"),
    ("ix_customer_active_nl_last_order_date", "active, last_order_date IS NULL, last_order_date, sort_name"),
]


def upgrade() -> None:
    for name, columns in INDEXES:
        op.create_index(name, "customer", columns)
    if op.get_bind().dialect.name == "sqlite":
        for name, expression in SQLITE_NULLS_LAST:
            op.execute(f"CREATE INDEX {name} ON customer ({expression})")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name, _ in SQLITE_NULLS_LAST:
            op.execute(f"DROP INDEX IF EXISTS {name}")
    for name, _ in INDEXES:
        op.drop_index(name, "customer")

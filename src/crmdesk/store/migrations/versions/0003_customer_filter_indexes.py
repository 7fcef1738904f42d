"""indexes for the "orders not yet prepared" and "created between" filters

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28

The list's default is active customers only. With "has orders not yet prepared" on top, SQLite (which keeps
no statistics unless ANALYZE is run) walked every active customer to find the few with an open order: 2 s to
count them at 1,000,000 customers; an index on (active, open_order_count) answers it in milliseconds. With
"created between", the creation-date indexes found the customers but not their sort key: every match was
read from the table (80 ms for two months of customers, 650 ms from a cold cache); with the sort key in the
index, 4 ms. Measured with bench/bench_customer_list.py.
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_customer_active_open_orders", "customer", ["active", "open_order_count", "sort_name"])
    op.drop_index("ix_customer_active_created_at", "customer")
    op.create_index("ix_customer_active_created_at", "customer", ["active", "created_at", "sort_name"])
    op.drop_index("ix_customer_created_at", "customer")
    op.create_index("ix_customer_created_at", "customer", ["created_at", "sort_name"])


def downgrade() -> None:
    op.drop_index("ix_customer_created_at", "customer")
    op.create_index("ix_customer_created_at", "customer", ["created_at"])
    op.drop_index("ix_customer_active_created_at", "customer")
    op.create_index("ix_customer_active_created_at", "customer", ["active", "created_at"])
    op.drop_index("ix_customer_active_open_orders", "customer")

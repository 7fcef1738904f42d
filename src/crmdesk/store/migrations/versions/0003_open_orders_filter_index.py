"""index for the "orders not yet prepared" filter

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28

The list's default is active customers only: with "has orders not yet prepared" on top, SQLite (which keeps
no statistics unless ANALYZE is run) walked every active customer to find the few with an open order --
2 s to count them at 1,000,000 customers. An index on (active, open_order_count) answers it directly.
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_customer_active_open_orders", "customer", ["active", "open_order_count", "sort_name"])


def downgrade() -> None:
    op.drop_index("ix_customer_active_open_orders", "customer")

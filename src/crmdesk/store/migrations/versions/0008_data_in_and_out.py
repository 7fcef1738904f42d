"""data in and out (issue 11)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01

- `customer.pseudonymised_at`: when a GDPR erasure pseudonymised the customer's personal fields (its orders
  are kept for accounting); the inactive-customers list leaves those out.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("customer", sa.Column("pseudonymised_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    # A plain ALTER TABLE DROP COLUMN (SQLite 3.35+): a batch copy of the table would drop its search triggers.
    op.drop_column("customer", "pseudonymised_at")

"""documents: seller details, customer e-invoicing identity, product nature (issue 12)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01

Reserved in the chain so that work on several issues can add its schema changes in parallel;
empty until that work lands.
"""

from __future__ import annotations

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass

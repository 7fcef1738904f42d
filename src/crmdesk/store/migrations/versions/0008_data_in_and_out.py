"""data in and out (issue 11)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01

Reserved in the chain so that work on several issues can add its schema changes in parallel;
empty until that work lands.
"""

from __future__ import annotations

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass

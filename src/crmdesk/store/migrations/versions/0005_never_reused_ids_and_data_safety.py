"""never-reused ids and data safety (issue 14)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01

Reserved in the chain so that work on several issues can add its schema changes in parallel;
empty until that work lands.
"""

from __future__ import annotations

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass

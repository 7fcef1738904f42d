"""desk usability (issue 15)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01

Reserved in the chain so that work on several issues can add its schema changes in parallel;
empty until that work lands.
"""

from __future__ import annotations

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass

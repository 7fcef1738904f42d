"""customer card: contacts, history, notes, categories, figures, credit control (issue 13)

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01

Reserved in the chain so that work on several issues can add its schema changes in parallel;
empty until that work lands.
"""

from __future__ import annotations

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass

"""never-reused ids and data safety (issue 14)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01

SQLite gives a new row max(id) + 1: delete the newest customer and the next one created gets its id back,
so a window still holding the deleted one would save over the new one. AUTOINCREMENT never hands an id out
twice; SQLite can only add it by rebuilding each table (its documented 12-step procedure: create the new
table, copy the rows with their ids, drop the old one, rename, re-create its indexes and triggers). The
caller runs this with foreign keys off, in one transaction, and checks the keys before committing
(store/database.py), so no ON DELETE action fires and an interruption leaves the old tables.
PostgreSQL's sequences never go back: nothing to do there.
"""

from __future__ import annotations

import re

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# Every table whose ids a window may hold.
TABLES = ("payment_method", "payment_terms", "carrier", "customer", "address", "product", "sales_order",
          "order_line")


def _rebuild(table: str, autoincrement: bool) -> None:
    bind = op.get_bind()
    create = bind.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).scalar_one()
    others = [row[0] for row in bind.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('index', 'trigger') AND sql IS NOT NULL "
        "ORDER BY type, name", (table,))]
    if autoincrement:
        if "AUTOINCREMENT" in create.upper():
            return
        new, count = re.subn(r",\s*CONSTRAINT (\w+) PRIMARY KEY \(id\)", "", create)
        pk_name = re.search(r"CONSTRAINT (\w+) PRIMARY KEY \(id\)", create)
        if count != 1 or pk_name is None:
            raise RuntimeError(f"unexpected schema of {table}")
        new, count = re.subn(r"\bid INTEGER NOT NULL\b",
                             f"id INTEGER NOT NULL CONSTRAINT {pk_name.group(1)} PRIMARY KEY AUTOINCREMENT", new,
                             count=1)
    else:
        if "AUTOINCREMENT" not in create.upper():
            return
        match = re.search(r"\bid INTEGER NOT NULL CONSTRAINT (\w+) PRIMARY KEY AUTOINCREMENT", create)
        if match is None:
            raise RuntimeError(f"unexpected schema of {table}")
        new = create.replace(match.group(0), "id INTEGER NOT NULL", 1)
        new, count = re.subn(r"\)\s*$", f", \n\tCONSTRAINT {match.group(1)} PRIMARY KEY (id)\n)", new, count=1)
    if count != 1:
        raise RuntimeError(f"unexpected schema of {table}")
    temporary = f"_new_{table}"
    new = re.sub(rf"^CREATE TABLE \"?{table}\"?", f"CREATE TABLE {temporary}", new, count=1)
    op.execute(new)
    op.execute(f"INSERT INTO {temporary} SELECT * FROM {table}")
    op.execute(f"DROP TABLE {table}")
    op.execute(f"ALTER TABLE {temporary} RENAME TO {table}")
    for statement in others:
        op.execute(statement)
    if autoincrement:
        # Not below any id handed out so far (the copy sets it to the highest id present; say so explicitly).
        op.execute(f"DELETE FROM sqlite_sequence WHERE name = '{table}'")
        op.execute(f"INSERT INTO sqlite_sequence (name, seq) SELECT '{table}', coalesce(max(id), 0) FROM {table}")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in TABLES:
        _rebuild(table, autoincrement=True)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in reversed(TABLES):
        _rebuild(table, autoincrement=False)

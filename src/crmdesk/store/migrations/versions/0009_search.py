"""search (issue 16)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01

`order_word` (order_id, word): the words of each order's number and PO reference, so that the order list
searches them by word prefix on `ix_order_word_word` (the customers' rule, crmdesk.domain.search) instead of
scanning two million orders with ILIKE '%...%'. Back-filled here from the existing orders in batches, the
word index built once at the end (a sort, much faster than growing it row by row).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

BATCH = 50_000


def upgrade() -> None:
    from crmdesk.domain.search import order_words  # the rule's words, as the services write them

    op.create_table(
        "order_word",
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("word", sa.String(length=100), nullable=False),
        sa.Column("order_date", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(["order_id"], ["sales_order.id"], name=op.f("fk_order_word_order_id_sales_order"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("order_id", "word", name=op.f("pk_order_word")),
        sqlite_with_rowid=False,
    )
    bind = op.get_bind()
    # The driver's executemany with plain tuples: 2,000,000 orders make about 8,000,000 words.
    marker = "?" if bind.dialect.paramstyle == "qmark" else "%s"
    insert = f"INSERT INTO order_word (order_id, word, order_date) VALUES ({marker}, {marker}, {marker})"
    last = 0
    while True:
        rows = bind.execute(sa.text("SELECT id, number, customer_reference, order_date FROM sales_order "
                                    "WHERE id > :last "
                                    "ORDER BY id LIMIT :n"), {"last": last, "n": BATCH}).all()
        if not rows:
            break
        last = rows[-1][0]
        values = [(id_, w, day) for id_, number, ref, day in rows
                  for w in sorted(order_words(number or "", ref or ""))]
        if values:
            bind.exec_driver_sql(insert, values)
    op.create_index("ix_order_word_word", "order_word", ["word", "order_date", "order_id"],
                    postgresql_ops={"word": "varchar_pattern_ops"})


def downgrade() -> None:
    op.drop_index("ix_order_word_word", "order_word")
    op.drop_table("order_word")

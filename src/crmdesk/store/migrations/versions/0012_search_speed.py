"""search speed (issue 16)

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01

SQLite: the customers' word table (FTS5 `customer_words`) rebuilt with a prefix index of 3 characters too
('1 2 3'), then merged into one segment ('optimize'). Without it a 3-letter search merges the lists of every
word it starts before answering ("com": 409,000 customers, 80-190 ms, twice: to count and to search), and
each per-row probe of the list's walk does the same; with it, 2 ms. The merge: a table filled by many
writes (the demo generator, an import) holds many segments, and every probe seeks in each (2,000 probes:
370 ms before, 42 ms after). About 20 s of CPU at a million customers, once; the index grows from 86 to
99 MB. Same words, same rule: only how the index answers changes. PostgreSQL: see the block at the end
(issue 16, PostgreSQL).
"""

from __future__ import annotations

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def _words_table(prefix: str) -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    # The triggers of 0001 name the table: they keep working on the new one (same name, same column).
    bind.exec_driver_sql("DROP TABLE IF EXISTS customer_words")
    bind.exec_driver_sql(
        "CREATE VIRTUAL TABLE customer_words USING fts5(search_text, content='customer', content_rowid='id', "
        f"tokenize='unicode61 remove_diacritics 2', prefix='{prefix}', detail='none')")
    bind.exec_driver_sql("INSERT INTO customer_words(customer_words) VALUES ('rebuild')")
    bind.exec_driver_sql("INSERT INTO customer_words(customer_words) VALUES ('optimize')")


def upgrade() -> None:
    _words_table("1 2 3")
    _pg_words_index(create=True)


def downgrade() -> None:
    _words_table("1 2")
    _pg_words_index(create=False)


# ---- issue 16, PostgreSQL ---------------------------------------------------------------------------------
# A trigram index on the customers' search text with each run of characters other than letters and digits
# made one space (services/customer_search._pg_words: the same expression, written the same way). A word
# start is then "(^| )word", which pg_trgm answers from this index at any length; on the search text itself
# "(^|[^[:alnum:]])word" gives it no trigram under 3 characters: a full scan, 6-16 s for "zy" or "06 12" at
# a million customers. Building it: about a minute at a million customers, once. The name ends in "_trgm":
# the schema comparison leaves PostgreSQL-only trigram indexes aside (tests/test_schema_drift.py).
PG_WORDS_INDEX = "ix_customer_search_words_trgm"


def _pg_words_index(*, create: bool) -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    if create:
        bind.exec_driver_sql(
            f"CREATE INDEX IF NOT EXISTS {PG_WORDS_INDEX} ON customer USING gin "
            "((regexp_replace(search_text, '[^[:alnum:]]+', ' ', 'g')) gin_trgm_ops)")
    else:
        bind.exec_driver_sql(f"DROP INDEX IF EXISTS {PG_WORDS_INDEX}")

"""search on PostgreSQL: the customers' word table (issue 16)

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02

PostgreSQL only (SQLite has its FTS5 word table, `customer_words`). `customer_word` (customer_id, word):
the distinct words of each customer's search text, cut where the rule cuts them (each run of letters and
digits), kept by a trigger on every write of `search_text`, whatever writes it (dialog, import, the demo's
COPY, an erasure). With it the search does on PostgreSQL what it does on SQLite: counts a word's matches up
to a cap from the index alone (a few ms), reads a rare word from its matches and sorts them, and walks the
sort index for a common one, probing each customer on the primary key. The trigram indexes it replaces left
that choice to the planner, which cannot estimate a regular expression: "ribeir" (2,252 customers sorted
late) walked the name index for 1.7 s, a typed word took 18 s (bench/results_postgresql.md).

Words in the "C" collation: byte order, so that a prefix is a range of the plain btree in any database
locale. Building it at a million customers: 20 million rows (1.6 GB with its two indexes, against 0.5 GB for
the two trigram indexes dropped), 68 s, once.
"""

from __future__ import annotations

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

# The words of a search text: the expression the search used until this migration (0012), split.
_WORDS = "regexp_split_to_table(regexp_replace({text}, '[^[:alnum:]]+', ' ', 'g'), ' ')"

_SYNC = f"""
CREATE OR REPLACE FUNCTION customer_word_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW.search_text IS NOT DISTINCT FROM OLD.search_text THEN
            RETURN NULL;
        END IF;
        DELETE FROM customer_word WHERE customer_id = OLD.id;
    END IF;
    INSERT INTO customer_word (customer_id, word)
        SELECT DISTINCT NEW.id, w FROM {_WORDS.format(text="coalesce(NEW.search_text, '')")} AS w
        WHERE w <> '';
    RETURN NULL;
END
$$
"""


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    bind.exec_driver_sql(
        'CREATE TABLE customer_word (customer_id integer NOT NULL, word varchar COLLATE "C" NOT NULL)')
    # Filled before its indexes and its trigger: one sort per index instead of 20 million insertions.
    bind.exec_driver_sql(
        "INSERT INTO customer_word (customer_id, word) SELECT DISTINCT c.id, w FROM customer AS c, "
        f"{_WORDS.format(text='c.search_text')} AS w WHERE w <> ''")
    bind.exec_driver_sql("ALTER TABLE customer_word ADD CONSTRAINT pk_customer_word PRIMARY KEY (customer_id, word)")
    bind.exec_driver_sql("ALTER TABLE customer_word ADD CONSTRAINT fk_customer_word_customer_id_customer "
                         "FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE")
    bind.exec_driver_sql("CREATE INDEX ix_customer_word_word ON customer_word (word, customer_id)")
    # The rare plan looks its matches up by id to sort them: from this index alone, about 1 us each against
    # 3-4 us in the table (84,000 matches of "etabli": 90 ms against 390 ms).
    bind.exec_driver_sql("CREATE INDEX ix_customer_word_cover ON customer (id) INCLUDE (active, sort_name)")
    bind.exec_driver_sql(_SYNC)
    bind.exec_driver_sql("CREATE TRIGGER customer_word_sync AFTER INSERT OR UPDATE OF search_text ON customer "
                         "FOR EACH ROW EXECUTE FUNCTION customer_word_sync()")
    # The orders' words in the same collation: their prefix ranges, first words and dates read with the
    # same SQL as on SQLite (services/order_search.py), on a plain btree instead of the pattern operators.
    length = bind.exec_driver_sql("SELECT character_maximum_length FROM information_schema.columns "
                                  "WHERE table_name = 'order_word' AND column_name = 'word'").scalar() or 100
    bind.exec_driver_sql("DROP INDEX IF EXISTS ix_order_word_word")
    bind.exec_driver_sql(f'ALTER TABLE order_word ALTER COLUMN word TYPE varchar({int(length)}) COLLATE "C"')
    bind.exec_driver_sql("CREATE INDEX ix_order_word_word ON order_word (word, order_date, order_id)")
    # Nothing reads them any more; every customer write paid for them.
    bind.exec_driver_sql("DROP INDEX IF EXISTS ix_customer_search_words_trgm")
    bind.exec_driver_sql("DROP INDEX IF EXISTS ix_customer_search_trgm")
    bind.exec_driver_sql("ANALYZE customer_word")
    bind.exec_driver_sql("ANALYZE order_word")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    length = bind.exec_driver_sql("SELECT character_maximum_length FROM information_schema.columns "
                                  "WHERE table_name = 'order_word' AND column_name = 'word'").scalar() or 100
    bind.exec_driver_sql("DROP INDEX IF EXISTS ix_order_word_word")
    bind.exec_driver_sql(f'ALTER TABLE order_word ALTER COLUMN word TYPE varchar({int(length)}) COLLATE "default"')
    bind.exec_driver_sql("CREATE INDEX ix_order_word_word ON order_word (word varchar_pattern_ops, order_date, order_id)")
    bind.exec_driver_sql("DROP TRIGGER IF EXISTS customer_word_sync ON customer")
    bind.exec_driver_sql("DROP FUNCTION IF EXISTS customer_word_sync()")
    bind.exec_driver_sql("DROP TABLE IF EXISTS customer_word")
    bind.exec_driver_sql("DROP INDEX IF EXISTS ix_customer_word_cover")
    bind.exec_driver_sql("CREATE INDEX IF NOT EXISTS ix_customer_search_trgm ON customer USING gin "
                         "(search_text gin_trgm_ops)")
    bind.exec_driver_sql("CREATE INDEX IF NOT EXISTS ix_customer_search_words_trgm ON customer USING gin "
                         "((regexp_replace(search_text, '[^[:alnum:]]+', ' ', 'g')) gin_trgm_ops)")

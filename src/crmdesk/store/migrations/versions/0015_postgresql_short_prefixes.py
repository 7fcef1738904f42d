"""search on PostgreSQL: the short prefixes of each customer's words (issue 16)

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02

PostgreSQL only. `customer_prefix` (customer_id, prefixes): the distinct first one and two characters of
each of the customer's words, in a GIN index. A search of several short words ("05 4", "02 33 75": phone
fragments) is then one GIN lookup, whose posting lists are intersected from the rarest, instead of the
word index's ranges read whole and hashed (322,000 entries for "02" and "75", 130 ms, plus "33", in every
phone's international form, probed). Kept by the trigger of migration 0014, in the same statement as the
customer's words.
"""

from __future__ import annotations

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

_SYNC = """
CREATE OR REPLACE FUNCTION customer_word_sync() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    words text[];
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW.search_text IS NOT DISTINCT FROM OLD.search_text THEN
            RETURN NULL;
        END IF;
        DELETE FROM customer_word WHERE customer_id = OLD.id;
    END IF;
    -- The words once, in a variable: both tables from it, not the prefixes read back from the words' table.
    words := ARRAY(SELECT DISTINCT w FROM regexp_split_to_table(
        regexp_replace(coalesce(NEW.search_text, ''), '[^[:alnum:]]+', ' ', 'g'), ' ') AS w WHERE w <> '');
    INSERT INTO customer_word (customer_id, word) SELECT NEW.id, w FROM unnest(words) AS w;
    INSERT INTO customer_prefix (customer_id, prefixes) VALUES (NEW.id, ARRAY(
        SELECT left(w, 1) FROM unnest(words) AS w UNION SELECT left(w, 2) FROM unnest(words) AS w WHERE length(w) >= 2))
        ON CONFLICT (customer_id) DO UPDATE SET prefixes = EXCLUDED.prefixes;
    RETURN NULL;
END
$$
"""


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    bind.exec_driver_sql("CREATE TABLE customer_prefix (customer_id integer NOT NULL, prefixes text[] NOT NULL)")
    # From the word table, in customer order (its primary key): one pass, no hash of 40 million prefixes.
    bind.exec_driver_sql(
        "INSERT INTO customer_prefix (customer_id, prefixes) SELECT customer_id, array_agg(DISTINCT p) FROM "
        "(SELECT customer_id, left(word, 1) AS p FROM customer_word UNION ALL SELECT customer_id, left(word, 2) "
        "FROM customer_word WHERE length(word) >= 2) AS short GROUP BY customer_id")
    bind.exec_driver_sql("ALTER TABLE customer_prefix ADD CONSTRAINT pk_customer_prefix PRIMARY KEY (customer_id)")
    bind.exec_driver_sql("ALTER TABLE customer_prefix ADD CONSTRAINT fk_customer_prefix_customer_id_customer "
                         "FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE")
    bind.exec_driver_sql("CREATE INDEX ix_customer_prefix_gin ON customer_prefix USING gin (prefixes)")
    bind.exec_driver_sql(_SYNC)
    bind.exec_driver_sql("ANALYZE customer_prefix")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    # The function without its last statement: migration 0014's words only.
    bind.exec_driver_sql(_SYNC.split("    INSERT INTO customer_prefix")[0] + "    RETURN NULL;\nEND\n$$\n")
    bind.exec_driver_sql("DROP TABLE IF EXISTS customer_prefix")

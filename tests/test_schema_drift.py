"""The migrations build exactly the schema the models describe (search tables aside)."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from crmdesk.store.database import Database
from crmdesk.store.models import Base

SEARCH_TABLES = ("customer_fts", "customer_words", "customer_word", "customer_prefix")  # the last two: PostgreSQL only
# PostgreSQL-only search indexes (migration 0014) the models do not describe.
SEARCH_INDEXES = ("ix_customer_word_cover",)


# SQLite's expression indexes (NULLS LAST emulation) cannot be reflected; names are compared elsewhere.
@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection")
def test_migrated_schema_matches_models(db: Database) -> None:
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    drift = [
        d for d in diff
        if not (d[0] == "remove_table" and d[1].name.startswith(SEARCH_TABLES))
        and not (d[0] == "remove_index" and (d[1].name.endswith("_trgm") or d[1].name in SEARCH_INDEXES
                                              or d[1].table.name in SEARCH_TABLES))
    ]
    assert drift == []

"""Opening databases: migration to head on both backends, refusal of newer schemas and of things that
are not crmdesk databases, clear errors for bad URLs and unreachable servers, SQLite settings."""

from __future__ import annotations

import hashlib
import socket
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from crmdesk.domain.errors import CrmError, DatabaseOpenError, SchemaTooNewError
from crmdesk.domain.i18n import set_language
from crmdesk.services import Services
from crmdesk.store.database import head_revision, open_database

EXPECTED_TABLES = {"alembic_version", "address", "carrier", "counter", "customer", "order_line", "payment_method",
                   "payment_terms", "product", "sales_order"}


def _version(url: str) -> list[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return [row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))]
    finally:
        engine.dispose()


def _tables(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def _stamp(url: str, revision: str) -> None:
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})
    finally:
        engine.dispose()


def _sqlite_state(path: Path) -> tuple[str, int, list[str]]:
    return (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns,
            sorted(p.name for p in path.parent.iterdir()))


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])  # nothing listens once the socket is closed


# ---- both backends -----------------------------------------------------------------

def test_fresh_database_is_at_head(database_url: str) -> None:
    db = open_database(database_url)
    try:
        assert db.dialect in ("sqlite", "postgresql")
        assert db.is_sqlite == (db.dialect == "sqlite")
    finally:
        db.dispose()
    assert _version(database_url) == [head_revision()]
    assert EXPECTED_TABLES <= _tables(database_url)


def test_reopening_is_a_no_op(database_url: str) -> None:
    db = open_database(database_url)
    services = Services.open(db)
    customer = services.customers.new_customer()
    customer.name = "Reste là"
    saved = services.customers.create(customer)
    methods = services.catalog.payment_methods()
    db.dispose()
    tables = _tables(database_url)
    again = open_database(database_url)
    try:
        services = Services.open(again)
        assert services.customers.get(saved.id).name == "Reste là"  # type: ignore[arg-type]
        assert services.catalog.payment_methods() == methods  # reference lists not seeded twice
    finally:
        again.dispose()
    assert _version(database_url) == [head_revision()]
    assert _tables(database_url) == tables


def test_newer_schema_is_refused_and_left_untouched(database_url: str) -> None:
    open_database(database_url).dispose()
    _stamp(database_url, "9999_from_the_future")
    tables = _tables(database_url)
    path = Path(database_url.removeprefix("sqlite:///")) if database_url.startswith("sqlite") else None
    before = _sqlite_state(path) if path else None
    with pytest.raises(SchemaTooNewError) as err:
        open_database(database_url)
    assert "9999_from_the_future" in err.value.message and "newer" in err.value.message
    assert _version(database_url) == ["9999_from_the_future"]
    assert _tables(database_url) == tables
    if path:
        time.sleep(0.01)
        assert _sqlite_state(path) == before


def test_foreign_tables_are_refused(database_url: str) -> None:
    # A database holding a "customer" table but no crmdesk schema version is someone else's.
    engine = create_engine(database_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE customer (id INTEGER PRIMARY KEY, nom VARCHAR(50))"))
    engine.dispose()
    with pytest.raises(DatabaseOpenError):
        open_database(database_url)
    assert _tables(database_url) == {"customer"}


def test_database_settings_are_applied(db) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        if db.is_sqlite:
            assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert s.execute(text("PRAGMA busy_timeout")).scalar() >= 1000
        else:
            assert s.execute(text("SHOW server_encoding")).scalar() == "UTF8"
        # Foreign keys are enforced on both backends.
        with pytest.raises(Exception) as err, s.begin_nested():
            s.execute(text("INSERT INTO address (customer_id, label, usage, recipient, street1, street2, street3, "
                           "postal_code, city, country, phone, instructions, is_default_billing, "
                           "is_default_delivery) VALUES (424242, '', 'both', '', 'x', '', '', '75001', 'Paris', "
                           "'FR', '', '', false, false)"))
        assert "foreign" in str(err.value).lower()


# ---- SQLite files --------------------------------------------------------------------

def test_garbage_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"garbage, not a database at all\n" * 20)
    before = _sqlite_state(path)
    with pytest.raises(DatabaseOpenError) as err:
        open_database(f"sqlite:///{path}")
    assert str(path) in err.value.message
    assert _sqlite_state(path) == before


def test_short_garbage_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "tiny.db"
    path.write_bytes(b"garbage")
    with pytest.raises(DatabaseOpenError):
        open_database(f"sqlite:///{path}")
    assert path.read_bytes() == b"garbage"


def test_directory_instead_of_a_file(tmp_path: Path) -> None:
    folder = tmp_path / "a_folder.db"
    folder.mkdir()
    with pytest.raises(DatabaseOpenError):
        open_database(f"sqlite:///{folder}")
    assert list(folder.iterdir()) == []


def test_missing_folder_is_refused_and_not_created(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "deeper"
    with pytest.raises(DatabaseOpenError) as err:
        open_database(f"sqlite:///{missing / 'crm.db'}")
    assert "nowhere" in err.value.message
    assert not (tmp_path / "nowhere").exists()


def test_new_sqlite_file_is_created_and_migrated(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    db = open_database(f"sqlite:///{path}")
    db.dispose()
    assert path.read_bytes()[:16] == b"SQLite format 3\x00"
    assert _version(f"sqlite:///{path}") == [head_revision()]
    # An empty file (touch) is an empty database, not garbage.
    empty = tmp_path / "empty.db"
    empty.touch()
    open_database(f"sqlite:///{empty}").dispose()
    assert _version(f"sqlite:///{empty}") == [head_revision()]


def test_sqlite_memory_database(tmp_path: Path) -> None:
    db = open_database("sqlite://")
    try:
        assert db.is_sqlite
        with db.read() as s:
            assert s.execute(text("SELECT count(*) FROM payment_method")).scalar() == 6
    finally:
        db.dispose()


# ---- bad URLs and servers ---------------------------------------------------------------

@pytest.mark.parametrize("url", ["mysql://user@localhost/crm", "nonsense", "", "oracle+cx_oracle://u@h/x",
                                 "http://example.invalid/db.sqlite"])
def test_bad_urls_are_refused(url: str, tmp_path: Path) -> None:
    with pytest.raises(DatabaseOpenError) as err:
        open_database(url)
    assert err.value.message
    assert "\n" not in err.value.message


def test_error_messages_follow_the_language() -> None:
    set_language("fr")
    with pytest.raises(DatabaseOpenError) as err:
        open_database("nonsense")
    assert "invalide" in err.value.message


def test_unreachable_postgresql_fails_quickly() -> None:
    port = _closed_port()
    started = time.monotonic()
    with pytest.raises(DatabaseOpenError) as err:
        open_database(f"postgresql://crm@127.0.0.1:{port}/crm")
    assert time.monotonic() - started < 5
    assert f"127.0.0.1:{port}" in err.value.message
    assert "\n" not in err.value.message


@pytest.mark.postgres
def test_missing_postgresql_database(pg_cluster) -> None:  # type: ignore[no-untyped-def]
    url = pg_cluster.url("does_not_exist_" + str(_closed_port()))
    with pytest.raises(DatabaseOpenError) as err:
        open_database(url)
    assert "does_not_exist" in err.value.message


@pytest.mark.postgres
def test_postgres_scheme_aliases(pg_cluster) -> None:  # type: ignore[no-untyped-def]
    url = pg_cluster.create_database()  # postgresql+psycopg://...
    plain = url.replace("postgresql+psycopg://", "postgres://")
    db = open_database(plain)
    try:
        assert db.dialect == "postgresql" and db.engine.dialect.driver == "psycopg"
    finally:
        db.dispose()
    assert _version(url) == [head_revision()]


def test_errors_are_crm_errors() -> None:
    # The command line catches CrmError to print one line: every opening failure must be one.
    assert issubclass(DatabaseOpenError, CrmError) and issubclass(SchemaTooNewError, CrmError)


def test_failed_migration_leaves_no_half_written_database(database_url: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from crmdesk.store import database

    real_upgrade = database.command.upgrade

    def upgrade_then_fail(config, revision):  # type: ignore[no-untyped-def]
        real_upgrade(config, revision)  # every table written...
        raise RuntimeError("disk full")  # ...then the machine fails before the end

    monkeypatch.setattr(database.command, "upgrade", upgrade_then_fail)
    with pytest.raises(RuntimeError):
        open_database(database_url)
    if database_url.startswith("sqlite"):
        path = Path(database_url.removeprefix("sqlite:///"))
        assert not path.exists() and list(path.parent.iterdir()) == []
    else:
        assert _tables(database_url) == set()
    monkeypatch.undo()
    open_database(database_url).dispose()  # the next start creates it properly
    assert _version(database_url) == [head_revision()]

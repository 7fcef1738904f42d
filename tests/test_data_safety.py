"""Issue 14: ids never come back, first starts and upgrades are all or nothing, other programs' files are left
alone, database failures reach the user as short messages without personal data, text that cannot be stored is
refused at its field, PostgreSQL insists on TLS, passwords go to a real keychain only."""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import threading
import time
from contextlib import closing
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from crmdesk.domain.errors import (
    CrmError,
    DatabaseBusyError,
    DatabaseOpenError,
    NotFoundError,
    ValidationErrors,
)
from crmdesk.domain.i18n import set_language
from crmdesk.domain.records import AddressData, CustomerData, OrderLineData
from crmdesk.services import Services
from crmdesk.store import database
from crmdesk.store.database import alembic_config, head_revision, make_engine, open_database
from crmdesk.store.models import NEVER_REUSED_IDS

IBAN = "FR7630006000011234567890189"


def _customer(services: Services, name: str, **kw: object) -> CustomerData:
    data = services.customers.new_customer()
    data.name = name
    for key, value in kw.items():
        setattr(data, key, value)
    return services.customers.create(data)


def _state(path: Path) -> tuple[str, int, list[str]]:
    return (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns,
            sorted(p.name for p in path.parent.iterdir()))


# ---- 1. ids are never reused -----------------------------------------------------------------------

def test_a_deleted_customers_id_never_comes_back(services: Services) -> None:
    a = _customer(services, "Alpha")
    b = _customer(services, "Bravo")  # the newest: SQLite without AUTOINCREMENT would hand its id out again
    stale = services.customers.get(b.id)  # type: ignore[arg-type]
    services.customers.delete(b.id)  # type: ignore[arg-type]
    c = _customer(services, "Charlie")
    assert c.id not in (a.id, b.id) and c.id > b.id  # type: ignore[operator]
    # Desk 1 still has Bravo open and saves: refused, and Charlie is untouched.
    with pytest.raises(NotFoundError) as err:
        services.customers.update(replace(stale, notes="notes de bureau 1"), stale)
    assert "deleted" in err.value.message
    got = services.customers.get(c.id)  # type: ignore[arg-type]
    assert (got.name, got.notes, got.version) == ("Charlie", "", 1)


def test_the_deleted_message_is_french_in_french(services: Services) -> None:
    b = _customer(services, "Bravo")
    services.customers.delete(b.id)  # type: ignore[arg-type]
    set_language("fr")
    with pytest.raises(NotFoundError) as err:
        services.customers.update(replace(b, notes="x"), b)
    assert "supprimé" in err.value.message


def test_order_and_address_ids_are_not_reused_either(services: Services) -> None:
    c = _customer(services, "Alpha", addresses=[AddressData(street1="1 rue A", postal_code="75001", city="Paris")])
    [first] = services.customers.get(c.id).addresses  # type: ignore[arg-type]
    services.customers.remove_address(c.id, first.id)  # type: ignore[arg-type]
    second = services.customers.add_address(c.id, AddressData(street1="2 rue B", postal_code="75002",  # type: ignore[arg-type]
                                                              city="Paris"))
    assert second.id != first.id
    order = services.orders.new_order_for(c.id)  # type: ignore[arg-type]
    order.lines = [OrderLineData(description="Farine", quantity=Decimal(1), unit_price=Decimal(10))]
    draft = services.orders.create(order)
    services.orders.delete_draft(draft.id)  # type: ignore[arg-type]
    again = services.orders.create(replace(order, id=None))
    assert again.id != draft.id


def test_every_table_a_window_holds_ids_of_uses_autoincrement(sqlite_url: str) -> None:
    open_database(sqlite_url).dispose()
    with sqlite3.connect(sqlite_url.removeprefix("sqlite:///")) as conn:
        for table in NEVER_REUSED_IDS:
            sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
            assert "AUTOINCREMENT" in sql, table


def test_the_migrations_give_autoincrement_wherever_the_models_ask_for_it(sqlite_url: str) -> None:
    from crmdesk.store.models import Base

    open_database(sqlite_url).dispose()
    with closing(sqlite3.connect(sqlite_url.removeprefix("sqlite:///"))) as conn:
        for table in Base.metadata.sorted_tables:
            if table.dialect_kwargs.get("sqlite_autoincrement"):
                sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table.name,)).fetchone()[0]
                assert "AUTOINCREMENT" in sql, table.name


def _fill_not_null(conn: sqlite3.Connection, table: str, **values: object) -> int:
    """Insert a row giving every NOT NULL column without a default a neutral value (schema of 0004)."""
    row = dict(values)
    for _cid, name, type_, notnull, default, pk in conn.execute(f"PRAGMA table_info({table})"):
        if pk or name in row or not notnull or default is not None:
            continue
        kind = type_.upper()
        row[name] = (0 if kind.startswith(("INT", "BOOL", "NUM")) else "2026-01-05" if kind == "DATE"
                     else "2026-01-05 10:00:00" if kind == "DATETIME" else "")
    names = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    return int(conn.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", list(row.values())).lastrowid or 0)


def _database_at_0004(path: Path) -> None:
    engine = make_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0004")
    engine.dispose()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA foreign_keys=ON")
        for i, name in enumerate(["Alpha", "Bravo", "Charlie", "Delta"], start=1):
            cid = _fill_not_null(conn, "customer", code=f"C{i:06d}", name=name, sort_name=name.lower(),
                                 search_text=f"c{i:06d} {name.lower()} paris 75001", version=1, active=1)
            _fill_not_null(conn, "address", customer_id=cid, street1=f"{i} rue A", postal_code="75001",
                           city="Paris", country="FR", usage="both", is_default_billing=1, is_default_delivery=1)
            oid = _fill_not_null(conn, "sales_order", number=f"CMD-2026-{i:06d}", customer_id=cid,
                                 order_date="2026-01-05", status="draft", version=1, line_count=1,
                                 total_excl_tax=10, total_incl_tax=12)
            _fill_not_null(conn, "order_line", order_id=oid, position=0, description="Farine", quantity=1,
                           unit_price=10, vat_rate=20, discount_percent=0)
        # The newest customer deleted before the upgrade (its order first).
        conn.execute("DELETE FROM sales_order WHERE customer_id = 4")
        conn.execute("DELETE FROM customer WHERE id = 4")
        conn.commit()


def _schema_objects(path: Path) -> set[tuple[str, str]]:
    with closing(sqlite3.connect(path)) as conn:
        return {(kind, name) for kind, name in conn.execute(
            "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")}


def _check_sqlite_integrity(path: Path) -> None:
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        for fts in ("customer_fts", "customer_words"):
            conn.execute(f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)")


def test_upgrade_rebuilds_tables_keeping_rows_indexes_triggers_and_search(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _database_at_0004(path)
    before = _schema_objects(path)
    db = open_database(f"sqlite:///{path}")
    try:
        services = Services.open(db)
        assert before <= _schema_objects(path)  # every index and trigger came back after the rebuild
        assert [services.customers.get(i).name for i in (1, 2, 3)] == ["Alpha", "Bravo", "Charlie"]
        assert [a.city for a in services.customers.get(2).addresses] == ["Paris"]
        assert services.orders.get(3).lines[0].description == "Farine"
        with db.read() as s:
            assert s.execute(text("SELECT rowid FROM customer_fts WHERE customer_fts MATCH 'bravo'")).scalars().all() \
                == [2]
        new = _customer(services, "Echo")
        services.customers.delete(new.id)  # type: ignore[arg-type]
        after = _customer(services, "Foxtrot")
        assert after.id is not None and new.id is not None and after.id > new.id > 3
    finally:
        db.dispose()
    _check_sqlite_integrity(path)


def test_0005_goes_down_and_up_again_keeping_the_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _database_at_0004(path)
    engine = make_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as conn:
            conn.connection.dbapi_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
            with conn.begin():
                command.upgrade(alembic_config(conn), "0005")
            with conn.begin():
                command.downgrade(alembic_config(conn), "0004")
    finally:
        engine.dispose()
    with closing(sqlite3.connect(path)) as conn:
        assert "AUTOINCREMENT" not in conn.execute("SELECT sql FROM sqlite_master WHERE name = 'customer'"
                                                   ).fetchone()[0]
        assert conn.execute("SELECT count(*) FROM address").fetchone() == (3,)
    open_database(f"sqlite:///{path}").dispose()  # and up again, to head
    _check_sqlite_integrity(path)


def test_upgrade_does_not_cascade_deletes_through_the_rebuild(tmp_path: Path) -> None:
    # Dropping the old customer table with foreign keys on would delete every address (ON DELETE CASCADE).
    path = tmp_path / "old.db"
    _database_at_0004(path)
    open_database(f"sqlite:///{path}").dispose()
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT count(*) FROM address").fetchone() == (3,)
        assert conn.execute("SELECT count(*) FROM order_line").fetchone() == (3,)


# ---- 2. first start and upgrade: all or nothing ----------------------------------------------------

def test_an_upgrade_that_fails_leaves_the_old_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.db"
    _database_at_0004(path)
    before = _schema_objects(path)
    real_upgrade = database.command.upgrade

    def upgrade_then_fail(config, revision):  # type: ignore[no-untyped-def]
        real_upgrade(config, revision)
        raise RuntimeError("power cut")

    monkeypatch.setattr(database.command, "upgrade", upgrade_then_fail)
    with pytest.raises(RuntimeError):
        open_database(f"sqlite:///{path}")
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("0004",)]
        assert "AUTOINCREMENT" not in conn.execute("SELECT sql FROM sqlite_master WHERE name = 'customer'"
                                                   ).fetchone()[0]
        assert conn.execute("SELECT count(*) FROM customer").fetchone() == (3,)
    assert _schema_objects(path) == before
    monkeypatch.undo()
    open_database(f"sqlite:///{path}").dispose()
    _check_sqlite_integrity(path)


def test_a_new_file_appears_only_complete(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "crm.db"
    seen: list[bool] = []
    real_upgrade = database.command.upgrade

    def watch(config, revision):  # type: ignore[no-untyped-def]
        real_upgrade(config, revision)
        seen.append(path.exists())  # the migration runs on a file beside the target

    monkeypatch.setattr(database.command, "upgrade", watch)
    open_database(f"sqlite:///{path}").dispose()
    assert seen == [False]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["crm.db"]
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(head_revision(),)]


def test_a_build_file_left_by_a_killed_start_is_cleaned(tmp_path: Path) -> None:
    leftover = tmp_path / ".crm.db.999999999.deadbeef.creating"
    leftover.write_bytes(b"SQLite format 3\x00half")
    open_database(f"sqlite:///{tmp_path / 'crm.db'}").dispose()
    assert not leftover.exists()


# ---- 3. files that are not crmdesk's ---------------------------------------------------------------

def _foreign_file(path: Path, *, wal: bool = False, alembic: str | None = None, customer: bool = False) -> None:
    with closing(sqlite3.connect(path)) as conn:
        if wal:
            conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE recette (id INTEGER PRIMARY KEY, nom TEXT)")
        if customer:
            conn.execute("CREATE TABLE customer (id INTEGER PRIMARY KEY, nom TEXT)")
        conn.execute("INSERT INTO recette (nom) VALUES ('tarte')")
        if alembic:
            conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
            conn.execute("INSERT INTO alembic_version VALUES (?)", (alembic,))
        conn.commit()


@pytest.mark.parametrize("kind", ["plain", "wal", "other_alembic", "with_customer"])
def test_another_programs_database_is_refused_untouched(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "recettes.db"
    _foreign_file(path, wal=kind == "wal", alembic="ae1027a6acf" if kind == "other_alembic" else None,
                  customer=kind == "with_customer")
    before = _state(path)
    time.sleep(0.01)
    with pytest.raises(DatabaseOpenError) as err:
        open_database(f"sqlite:///{path}")
    assert "another program" in err.value.message and "\n" not in err.value.message
    assert _state(path) == before


def test_a_read_only_file_is_refused_and_nothing_is_created_beside_it(tmp_path: Path) -> None:
    path = tmp_path / "crm.db"
    open_database(f"sqlite:///{path}").dispose()
    path.chmod(0o444)
    before = _state(path)
    try:
        with pytest.raises(DatabaseOpenError) as err:
            open_database(f"sqlite:///{path}")
        assert "read-only" in err.value.message and "\n" not in err.value.message
        assert _state(path) == before
    finally:
        path.chmod(0o644)


def test_random_bytes_behind_a_sqlite_header_are_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "broken.db"
    path.write_bytes(b"SQLite format 3\x00" + os.urandom(8192))
    before = _state(path)
    with pytest.raises(DatabaseOpenError) as err:
        open_database(f"sqlite:///{path}")
    assert str(path) in err.value.message and "\n" not in err.value.message
    assert _state(path) == before


# ---- 4. database failures become short messages ---------------------------------------------------

def test_four_desks_taking_one_code_at_once_get_a_clear_refusal(database_url: str) -> None:
    dbs = [open_database(database_url) for _ in range(4)]
    try:
        outcomes: list[object] = []
        barrier = threading.Barrier(4)

        def create(db) -> None:  # type: ignore[no-untyped-def]
            services = Services.open(db)
            data = services.customers.new_customer()
            data.name, data.code, data.iban = "Même code", "DUP-1", IBAN
            barrier.wait()
            try:
                outcomes.append(services.customers.create(data).id)
            except Exception as exc:  # noqa: BLE001 - collected and checked below
                outcomes.append(exc)

        for _round in range(5):
            outcomes.clear()
            threads = [threading.Thread(target=create, args=(db,)) for db in dbs]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            created = [o for o in outcomes if isinstance(o, int)]
            refused = [o for o in outcomes if not isinstance(o, int)]
            assert len(created) == 1, outcomes
            for exc in refused:
                assert isinstance(exc, ValidationErrors), repr(exc)
                assert [e.field for e in exc.errors] == ["code"]
                assert "already used" in exc.message and IBAN not in exc.message
            Services.open(dbs[0]).customers.delete(created[0])
    finally:
        for db in dbs:
            db.dispose()


def test_a_unique_violation_names_the_field_without_personal_data(services: Services,
                                                                  caplog: pytest.LogCaptureFixture) -> None:
    # The service's own check passed (the code was free when read), the database refuses at the commit.
    from crmdesk.store.models import Customer

    _customer(services, "Premier", code="X-1", email="jean.dupont@example.fr", iban=IBAN)
    with caplog.at_level(logging.DEBUG), pytest.raises(ValidationErrors) as err, services.db.session() as s:
        s.add(Customer(code="X-1", name="Jean Dupont", email="jean.dupont@example.fr", iban=IBAN, version=1))
    assert err.value.by_field() == {"code": "This code is already used by another customer."}
    logged = caplog.text
    assert IBAN not in logged and "jean.dupont" not in logged and "Jean Dupont" not in logged
    assert "IntegrityError" in logged


def test_driver_errors_never_carry_the_values(services: Services) -> None:
    from sqlalchemy import insert
    from sqlalchemy.exc import IntegrityError

    from crmdesk.store.models import Customer

    _customer(services, "Premier", code="X-2")
    with pytest.raises(IntegrityError) as err, services.db.engine.begin() as conn:
        conn.execute(insert(Customer).values(code="X-2", name="Jean Dupont", iban=IBAN, version=1, kind="company"))
    assert IBAN not in str(err.value) and "Jean Dupont" not in str(err.value)  # hide_parameters


def test_a_locked_sqlite_file_says_busy_after_the_timeout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(database, "LOCK_TIMEOUT_MS", 300)
    url = f"sqlite:///{tmp_path / 'crm.db'}"
    db = open_database(url)
    try:
        services = Services.open(db)
        c = _customer(services, "Alpha")
        holder = sqlite3.connect(tmp_path / "crm.db", isolation_level=None)
        holder.execute("BEGIN EXCLUSIVE")
        set_language("fr")
        started = time.monotonic()
        with pytest.raises(DatabaseBusyError) as err:
            services.customers.update(replace(c, notes="en attente"), c)
        assert time.monotonic() - started < 3
        assert err.value.message.startswith("La base est occupée par un autre poste")
        assert "locked" not in err.value.message and "SQL" not in err.value.message
        holder.execute("ROLLBACK")
        holder.close()
        saved = services.customers.update(replace(c, notes="en attente"), c)  # the next save works
        assert saved.notes == "en attente"
    finally:
        db.dispose()


def test_a_file_held_by_another_process_for_10_s(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "crm.db"
    db = open_database(f"sqlite:///{path}")
    try:
        services = Services.open(db)
        c = _customer(services, "Alpha", notes="avant")
        holder = subprocess.Popen(
            [sys.executable, "-c", "import sqlite3, sys, time; c = sqlite3.connect(sys.argv[1], isolation_level=None); "
             "c.execute('BEGIN EXCLUSIVE'); print('held', flush=True); time.sleep(10)", str(path)],
            stdout=subprocess.PIPE, text=True)
        try:
            assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
            started = time.monotonic()
            with pytest.raises(DatabaseBusyError):  # waited the lock timeout (5 s), then said it
                services.customers.update(replace(c, notes="pendant"), c)
            waited = time.monotonic() - started
            assert database.LOCK_TIMEOUT_MS / 1000 - 0.5 < waited < database.LOCK_TIMEOUT_MS / 1000 + 3
        finally:
            holder.kill()
            holder.wait()
        assert services.customers.get(c.id).notes == "avant"  # nothing lost, nothing half-written  # type: ignore[arg-type]
        assert services.customers.update(replace(c, notes="après"), c).notes == "après"
    finally:
        db.dispose()
    _check_sqlite_integrity(path)


def test_secure_delete_is_on(sqlite_services: Services) -> None:
    with sqlite_services.db.session() as s:
        assert s.execute(text("PRAGMA secure_delete")).scalar() == 1


# ---- 4. text that cannot be stored ----------------------------------------------------------------

@pytest.mark.parametrize("bad", ["\x00", "\ud800", "\x07", "\x1b[31m"])
def test_unstorable_characters_are_refused_at_their_field(services: Services, bad: str) -> None:
    data = services.customers.new_customer()
    data.name = f"Boulangerie{bad}Martin"
    data.notes = f"ligne 1\nligne 2{bad}"
    with pytest.raises(ValidationErrors) as err:
        services.customers.create(data)
    fields = err.value.by_field()
    assert set(fields) == {"name", "notes"}
    assert "cannot be stored" in fields["name"] and "U+" in fields["name"]
    assert bad not in err.value.message


def test_line_breaks_are_text_in_notes_only(services: Services) -> None:
    c = _customer(services, "Alpha", notes="ligne 1\nligne 2\tfin", delivery_instructions="Quai 3\nSonner")
    got = services.customers.get(c.id)  # type: ignore[arg-type]
    assert (got.notes, got.delivery_instructions) == ("ligne 1\nligne 2\tfin", "Quai 3\nSonner")
    # A one-line field takes a pasted line break as a space (domain/text.py single_line).
    assert _customer(services, "Deux\nlignes").name == "Deux lignes"


def test_a_refusal_quotes_only_the_start_of_a_long_value(services: Services) -> None:
    data = services.customers.new_customer()
    data.name = "Alpha"
    data.addresses = [AddressData(street1="1 rue A", postal_code="7" * 186, city="Paris")]
    with pytest.raises(ValidationErrors) as err:
        services.customers.create(data)
    assert "7" * 31 not in err.value.message and "…" in err.value.message
    assert len(err.value.message) < 200


@pytest.mark.parametrize("query", ["\x00", "a\x00b", "\ud800", "x\ud800y", "\x1b", "\ufffe"])
def test_search_boxes_take_unstorable_characters(services: Services, query: str) -> None:
    from crmdesk.services.customers import CustomerQuery
    from crmdesk.services.orders import OrderQuery

    _customer(services, "Alpha")
    services.customers.count(CustomerQuery(text=query))
    services.customers.page(CustomerQuery(text=query), 0, 50)
    services.orders.count(OrderQuery(text=query))
    services.orders.page(OrderQuery(text=query), 0, 50)
    services.catalog.count_products(query)
    services.catalog.products(query)


# ---- 6. search finds stored names ----------------------------------------------------------------

def test_names_made_of_numbers_are_found(services: Services) -> None:
    from crmdesk.services.customers import CustomerQuery

    names = ["1.00", "1/2", "-1.00", "1/0", "0.5", "2-3", "10/10", "+1", "1,5", "100 %"]
    ids = {name: _customer(services, name, code=f"N{i:03d}").id for i, name in enumerate(names)}
    for i in range(40):  # neighbours whose codes, phones and names hold the same digits
        _customer(services, f"Client {i}00", code=f"Z{i:03d}1", phone=f"01 00 00 {i:02d} 10")
    for name, cid in ids.items():
        rows = services.customers.page(CustomerQuery(text=name), 0, 200)
        assert cid in [r.id for r in rows], name


# ---- 7. PostgreSQL over TLS by default --------------------------------------------------------------

def test_postgresql_urls_default_to_sslmode_require(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PGSSLMODE", raising=False)
    assert make_engine("postgresql://crm@db.example/crm").url.query["sslmode"] == "require"
    assert make_engine("postgresql://crm@db.example/crm?sslmode=verify-full").url.query["sslmode"] == "verify-full"
    monkeypatch.setenv("PGSSLMODE", "disable")
    assert "sslmode" not in make_engine("postgresql://crm@db.example/crm").url.query


@pytest.mark.postgres
def test_a_server_without_tls_is_refused_by_default(pg_cluster, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    url = pg_cluster.create_database()
    monkeypatch.delenv("PGSSLMODE", raising=False)
    with pytest.raises(DatabaseOpenError) as err:
        open_database(url)
    assert "sslmode" in err.value.message and "\n" not in err.value.message
    db = open_database(url + "?sslmode=disable")
    try:
        assert db.encrypted is False
    finally:
        db.dispose()


# ---- 8. passwords only in a real keychain ------------------------------------------------------------

def test_file_keyrings_are_not_a_keychain() -> None:
    import keyring
    from keyring.backend import KeyringBackend
    from keyring.backends import chainer, fail, null

    from crmdesk.store import credentials

    class PlaintextKeyring(KeyringBackend):  # what keyrings.alt.file offers
        priority = 1  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            return None

        def set_password(self, service: str, username: str, password: str) -> None:
            raise AssertionError("a password was written to a file")

        def delete_password(self, service: str, username: str) -> None:
            pass

    PlaintextKeyring.__module__ = "keyrings.alt.file"
    assert not credentials.is_system_keychain(PlaintextKeyring())
    assert not credentials.is_system_keychain(null.Keyring())
    assert not credentials.is_system_keychain(fail.Keyring())
    previous = keyring.get_keyring()
    try:
        keyring.set_keyring(PlaintextKeyring())
        assert not credentials.can_remember()
        assert not credentials.save_password("postgresql://crm@db.example/crm", "secret")
    finally:
        keyring.set_keyring(previous)
    chained = chainer.ChainerBackend.__new__(chainer.ChainerBackend)
    chained.__dict__["backends"] = [PlaintextKeyring()]
    assert not credentials.is_system_keychain(chained)


def test_errors_are_crm_errors() -> None:
    from crmdesk.domain import errors

    for name in ("DatabaseUnavailableError", "DatabaseBusyError", "DatabaseReadOnlyError", "UnexpectedDatabaseError"):
        assert issubclass(getattr(errors, name), CrmError)


# ---- the command line: one clear line, the file untouched -------------------------------------------

@pytest.mark.parametrize("kind", ["foreign", "read_only", "random"])
def test_the_command_refuses_with_one_line_and_touches_nothing(tmp_path: Path, kind: str) -> None:
    from test_cli import assert_one_line_error, crmdesk

    path = tmp_path / "autre.db"
    if kind == "random":
        path.write_bytes(b"SQLite format 3\x00" + os.urandom(4096))
    elif kind == "foreign":
        _foreign_file(path)
    else:
        open_database(f"sqlite:///{path}").dispose()
        path.chmod(0o444)
    before = _state(path)
    try:
        run = crmdesk(tmp_path, "--database", f"sqlite:///{path}", "--quit-after", "0")
        assert run.code != 0
        assert_one_line_error(run, str(path) if kind != "foreign" else "another program")
        assert _state(path) == before
    finally:
        path.chmod(0o644)

"""Opening a crmdesk database: URL checks, connection settings, migrations.

`open_database(url)` returns a `Database` whose `session()` gives short-lived
sessions; the services open one per unit of work.
"""

from __future__ import annotations

import os
import sqlite3
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from crmdesk.domain.errors import (
    DatabaseOpenError,
    DatabaseUnavailableError,
    PasswordRequiredError,
    SchemaTooNewError,
    file_reason,
)
from crmdesk.domain.i18n import translate
from crmdesk.domain.text import first_unstorable, unstorable_removed
from crmdesk.store.errors import translated

MIGRATIONS = Path(__file__).with_name("migrations")
ENV_VAR = "CRMDESK_DATABASE_URL"


def default_database_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path("crmdesk", appauthor=False, ensure_exists=True) / "crmdesk.db"


def default_database_url() -> str:
    return os.environ.get(ENV_VAR) or f"sqlite:///{default_database_path()}"


def normalise_url(url: str) -> str:
    """Accept postgresql:// and postgres:// and use psycopg 3 for them."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://"):]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    return url


# Per connection. A page cache 8 times SQLite's default keeps the list's indexes in memory; it and a memory
# map are also what grows with the database. 16 MB and no map meet every speed target of the customer list at
# a million customers while the process grows by about 35 MB over 10,000 (64 MB plus a 256 MB map: 420 MB,
# no faster; bench/results.md). The system's file cache still holds the file.
SQLITE_CACHE_MB = 16
SQLITE_MMAP_MB = 0


# How long a write waits for another desk's transaction before saying the database is busy (SQLite's busy
# timeout, PostgreSQL's lock_timeout); statement_timeout bounds any one query on a shared server.
LOCK_TIMEOUT_MS = 5000
PG_STATEMENT_TIMEOUT_MS = 120_000


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={LOCK_TIMEOUT_MS}")
    # A deleted customer's name must not stay readable in the file's free pages.
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_MB * 1024}")
    cursor.execute(f"PRAGMA mmap_size={SQLITE_MMAP_MB * 1024 * 1024}")
    cursor.close()


def _sqlite_begin(conn: Any) -> None:
    """Writes and migrations begin with BEGIN IMMEDIATE: the whole unit of work, DDL included, is one
    transaction (Python's sqlite3 would run DDL outside any), and a writer waits for another desk's write
    (busy timeout) at its start instead of failing mid-way when its read snapshot turns stale."""
    if conn.get_execution_options().get(WRITE_OPTION):
        conn.exec_driver_sql("BEGIN IMMEDIATE")


WRITE_OPTION = "crmdesk_write"


def _searchable_parameters(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any,
                           executemany: bool) -> tuple[str, Any]:
    """What a search box sends may hold NUL or a lone surrogate (pasted text): neither backend takes them
    (SQLite cannot encode a surrogate, PostgreSQL refuses NUL), and they mean nothing to a search. Reads
    get them as spaces, on both backends alike; writes are checked at their fields (domain/text.py)."""
    if executemany or not parameters or not statement.lstrip()[:6].upper().startswith(("SELECT", "WITH")):
        return statement, parameters
    if isinstance(parameters, dict):
        if any(isinstance(v, str) and first_unstorable(v) for v in parameters.values()):
            parameters = {k: unstorable_removed(v) if isinstance(v, str) else v for k, v in parameters.items()}
    elif isinstance(parameters, list | tuple):
        if any(isinstance(v, str) and first_unstorable(v) for v in parameters):
            parameters = type(parameters)(unstorable_removed(v) if isinstance(v, str) else v for v in parameters)
    return statement, parameters


def _pg_disconnect(context: Any) -> None:
    """A backend killed (pg_terminate_backend) or a server shut down: the connection is gone for good. Say so
    to the pool, so that it drops it (and, on a pre-ping, reconnects) instead of handing it out again."""
    orig = context.original_exception
    state = str(getattr(orig, "sqlstate", "") or "")
    connection = getattr(context, "connection", None)
    raw = getattr(getattr(connection, "connection", None), "dbapi_connection", None) if connection else None
    if state[:2] in ("08", "57") and state != "57014" or bool(getattr(raw, "broken", False)):
        context.is_disconnect = True


def alembic_config(connection: Any = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


class Database:
    """An open, migrated database. `session()` gives a new Session per unit of work."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.dialect = engine.dialect.name
        self._sessions = sessionmaker(engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False)
        self._readers = sessionmaker(engine, expire_on_commit=False)
        self._encrypted: bool | None = None

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    @property
    def encrypted(self) -> bool | None:
        """Whether the connection to a PostgreSQL server is encrypted (TLS); None for an embedded database."""
        if self.dialect != "postgresql":
            return None
        if self._encrypted is None:
            with self.engine.connect() as conn:
                pgconn = getattr(conn.connection.dbapi_connection, "pgconn", None)
                self._encrypted = bool(getattr(pgconn, "ssl_in_use", False))
        return self._encrypted

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A transaction: committed when the block ends, rolled back on an exception. A database failure comes
        out as a crmdesk error with a short message (store/errors.py), never as the driver's text."""
        try:
            with self._sessions() as session, session.begin():
                yield session
        except Exception as exc:
            error = self._translated(exc)
            if error is exc:
                raise
            raise error from None

    @contextmanager
    def read(self) -> Iterator[Session]:
        try:
            with self._readers() as session:
                yield session
                session.rollback()
        except Exception as exc:
            error = self._translated(exc)
            if error is exc:
                raise
            raise error from None

    def _translated(self, exc: Exception) -> BaseException:
        """`exc` as a crmdesk error (store/errors.py), or `exc` itself when it is not a database failure."""
        error = translated(exc)
        if isinstance(error, DatabaseUnavailableError):
            # The server went away: every pooled connection is dead too. The next call connects afresh.
            self.engine.dispose()
        return error

    def dispose(self) -> None:
        self.engine.dispose()


def make_engine(url: str) -> Engine:
    url = normalise_url(url)
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseOpenError(translate("store.database", "Not a database URL: {url}").format(url=url)) from None
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        path = parsed.database
        if path and path != ":memory:":
            folder = Path(path).expanduser().resolve().parent
            if not folder.is_dir():
                raise DatabaseOpenError(translate("store.database", "Folder {folder} does not exist.").format(folder=folder))
        # hide_parameters: an error's text never carries the values saved (an IBAN, an e-mail address).
        engine = create_engine(parsed, connect_args={"timeout": LOCK_TIMEOUT_MS / 1000}, hide_parameters=True)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        event.listen(engine, "before_cursor_execute", _searchable_parameters, retval=True)
        return engine
    if backend == "postgresql":
        if parsed.get_driver_name() != "psycopg":
            parsed = parsed.set(drivername="postgresql+psycopg")
        if "sslmode" not in parsed.query and not os.environ.get("PGSSLMODE"):
            # libpq's default ("prefer") falls back to clear text without a word: insist on TLS unless the
            # URL (or PGSSLMODE) says otherwise; verify-full also checks the server's certificate.
            parsed = parsed.update_query_dict({"sslmode": "require"})
        # plan_cache_mode: psycopg prepares a statement run five times, and PostgreSQL may then plan it once
        # for any parameters; a search's best plan depends on its words ("82": the word index read in 4 ms
        # with its values, 78 ms with the generic plan).
        options = (f"-c lock_timeout={LOCK_TIMEOUT_MS} -c statement_timeout={PG_STATEMENT_TIMEOUT_MS} "
                   "-c plan_cache_mode=force_custom_plan")
        # Keepalives: a server gone without a word (network cut) is noticed in about 25 s, not the system's
        # two hours, so a waiting save ends with "the server does not answer".
        engine = create_engine(parsed, pool_pre_ping=True, hide_parameters=True,
                               connect_args={"connect_timeout": 5, "options": options, "keepalives": 1,
                                             "keepalives_idle": 10, "keepalives_interval": 5,
                                             "keepalives_count": 3})
        event.listen(engine, "before_cursor_execute", _searchable_parameters, retval=True)
        event.listen(engine, "handle_error", _pg_disconnect)
        return engine
    raise DatabaseOpenError(translate("store.database", "Unsupported database {url}: use sqlite:/// or postgresql://").format(url=url))


def open_database(url: str, *, migrate: bool = True) -> Database:
    """Open the database at `url`, creating and migrating it if needed.

    Refuses, untouched (no pragma, no -wal or -shm file beside it): a database whose schema is newer than
    this program, a SQLite file that is not a database or not crmdesk's, and a read-only file. A new SQLite
    file is built beside its target and renamed into place once complete; an upgrade is one transaction, so
    an interrupted one leaves the database at its old version.
    """
    engine = make_engine(url)
    if engine.dialect.name == "sqlite" and sqlite3.sqlite_version_info < (3, 34):
        engine.dispose()
        raise DatabaseOpenError(translate("store.database", "SQLite {v} is too old: 3.34 or newer is needed.").format(v=sqlite3.sqlite_version))
    if engine.dialect.name == "sqlite" and engine.url.database not in (None, "", ":memory:"):
        path = Path(str(engine.url.database)).expanduser()
        engine.dispose()
        _clean_stale_builds(path)
        if not _check_sqlite_file(path):
            _build_new_sqlite(url, path)
        engine = make_engine(url)
    try:
        _migrate(engine, migrate)
    except (SchemaTooNewError, DatabaseOpenError):
        engine.dispose()
        raise
    except (OperationalError, DBAPIError) as exc:
        engine.dispose()
        raise _open_error(engine, exc) from None
    except BaseException:
        engine.dispose()
        raise
    return Database(engine)


def _open_error(engine: Engine, exc: DBAPIError) -> DatabaseOpenError:
    orig = str(getattr(exc, "orig", exc))
    reason = orig.strip().splitlines()[0] if orig.strip() else type(exc).__name__
    if engine.dialect.name == "postgresql" and _is_password_refusal(orig):
        return PasswordRequiredError(translate("store.database", "The server {url} refused the password of {user}.").format(url=engine.url.render_as_string(hide_password=True),
                                       user=engine.url.username or ""))
    if "does not support SSL" in orig:
        return DatabaseOpenError(translate("store.database", "The server {url} offers no encrypted connection: add sslmode=disable to the URL to connect in clear "
            "text anyway (not advised outside a trusted network).").format(url=engine.url.render_as_string(hide_password=True)))
    return DatabaseOpenError(translate("store.database", "Cannot open the database {url}: {reason}").format(url=engine.url.render_as_string(hide_password=True), reason=reason))


# Tables every crmdesk schema has had since its first revision.
CRMDESK_TABLES = frozenset({"customer", "sales_order", "counter", "payment_method"})


def _foreign() -> DatabaseOpenError:
    return DatabaseOpenError(translate("store.database", "This database holds tables crmdesk did not create: it belongs to another program "
                               "and is left untouched."))


def _migrate(engine: Engine, migrate: bool) -> None:
    """Check the schema version and bring the database to head, all in one transaction."""
    sqlite = engine.dialect.name == "sqlite"
    with engine.execution_options(**{WRITE_OPTION: True}).connect() as conn:
        raw = conn.connection.dbapi_connection
        if sqlite:
            # The table rebuilds of a migration must not fire ON DELETE actions nor fail half-way: keys are
            # checked once, at the end, before the commit. (A no-op inside a transaction: none is open.)
            raw.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
        try:
            with conn.begin():
                if not sqlite:
                    # Two desks starting on a database that needs an upgrade: one upgrades, the other waits
                    # and then finds it done (SQLite's BEGIN IMMEDIATE already serialises them).
                    conn.exec_driver_sql("SELECT pg_advisory_xact_lock(1414)")
                current = MigrationContext.configure(conn).get_current_revision()
                script = ScriptDirectory.from_config(alembic_config())
                known = {rev.revision for rev in script.walk_revisions()}
                tables = set(inspect(conn).get_table_names())
                if current is not None and current not in known:
                    if not CRMDESK_TABLES <= tables:
                        raise _foreign()  # another program's Alembic
                    raise SchemaTooNewError(translate("store.database", "This database was written by a newer crmdesk (schema {rev}); update crmdesk to open it.").format(rev=current))
                if current is None and tables - {"alembic_version"}:
                    raise _foreign()
                if migrate and current != script.get_current_head():
                    if not sqlite:
                        # An upgrade rewrites whole tables: at a million rows one statement takes minutes, so the
                        # per-query bound of a desk's work does not apply to it (the lock timeout still does).
                        conn.exec_driver_sql("SET LOCAL statement_timeout = 0")
                    command.upgrade(alembic_config(conn), "head")
                    if sqlite:
                        broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                        if broken:
                            raise DatabaseOpenError(translate("store.database", "The database could not be upgraded: {n} rows refer to missing rows. It is left "
                                "at its previous version.").format(n=len(broken)))
        finally:
            if sqlite:
                raw.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]


def _writable(path: Path) -> bool:
    """Writable by this process and not marked read-only by its owner (root may write anything)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return os.access(path, os.W_OK) and bool(mode & 0o222)


def _check_sqlite_file(path: Path) -> bool:
    """False for a file to create; True for a crmdesk database (or an empty one) to open. Anything else is
    refused with DatabaseOpenError, without writing to it or beside it."""
    if not path.exists():
        if not _writable(path.parent):
            raise DatabaseOpenError(translate("store.database", "Cannot create {path}: the folder is read-only.").format(path=path))
        return False
    if path.is_dir():
        raise DatabaseOpenError(translate("store.database", "{path} is a folder, not a database file.").format(path=path))
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:  # no permission: a one-line error, not a traceback
        raise DatabaseOpenError(translate("store.database", "Cannot read {path}: {reason}.").format(path=path, reason=file_reason(exc))) from None
    if header and not header.startswith(b"SQLite format 3\x00"):
        raise DatabaseOpenError(translate("store.database", "{path} is not a crmdesk database.").format(path=path))
    if not _writable(path) or not _writable(path.parent):
        # Opening it would need -wal and -shm files beside it and would change its header: refused instead.
        raise DatabaseOpenError(translate("store.database", "{path} is read-only: crmdesk needs to write to it and beside it. Copy it to a folder where you can "
            "write, or ask for write access.").format(path=path))
    if not header:
        return True  # an empty file (touch) is an empty database
    tables = _peek_tables(path)
    if tables is None:
        raise DatabaseOpenError(translate("store.database", "{path} is not a readable database (damaged or not SQLite).").format(path=path))
    if tables and ("alembic_version" not in tables or not CRMDESK_TABLES <= tables):
        raise _foreign()  # another program's, with or without its own Alembic version table
    return True


def _peek_tables(path: Path) -> set[str] | None:
    """The tables of a SQLite file read without writing anything (immutable: no lock, no -shm); None when it
    is not a readable database. Tables still in another program's write-ahead log are not seen: the check
    is made again on the real connection."""
    uri = path.resolve().as_uri() + "?mode=ro&immutable=1"
    try:
        peek = sqlite3.connect(uri, uri=True)
    except sqlite3.Error:
        return None
    try:
        return {row[0] for row in peek.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                               "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")}
    except sqlite3.Error:
        return None
    finally:
        peek.close()


BUILD_SUFFIX = ".creating"


def _build_new_sqlite(url: str, path: Path) -> None:
    """Create and migrate a new database in a file beside `path`, then put it in place in one step: a start
    killed half-way leaves no file at `path` (only a build file, removed by a later start)."""
    build = path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}{BUILD_SUFFIX}")
    build_url = make_url(normalise_url(url)).set(database=str(build)).render_as_string(hide_password=False)
    engine = make_engine(build_url)
    try:
        _migrate(engine, True)
        with engine.connect() as conn:
            # One self-contained file: the log folded into it, no -wal or -shm left beside the build.
            conn.exec_driver_sql("PRAGMA journal_mode=DELETE")
        engine.dispose()
        with build.open("rb+") as fh:
            os.fsync(fh.fileno())
        try:
            os.link(build, path)  # fails if another start created `path` meanwhile: theirs is kept
        except FileExistsError:
            pass
        except OSError:  # a file system without hard links
            if not path.exists():
                os.replace(build, path)
        _sync_folder(path.parent)
    except BaseException:
        engine.dispose()
        raise
    finally:
        _remove_sqlite(build)


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _clean_stale_builds(path: Path) -> None:
    """Remove build files a killed start left beside `path` (its process gone, or an hour old)."""
    try:
        candidates = list(path.parent.glob(f".{path.name}.*{BUILD_SUFFIX}"))
    except OSError:
        return
    for build in candidates:
        parts = build.name.split(".")
        pid = int(parts[-3]) if len(parts) >= 4 and parts[-3].isdigit() else None
        try:
            old = time.time() - build.stat().st_mtime > 3600
        except OSError:
            continue
        if old or (pid is not None and pid != os.getpid() and not _alive(pid)):
            _remove_sqlite(build)


def _alive(pid: int) -> bool:
    if os.name != "posix":
        return True  # age alone decides there
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _is_password_refusal(message: str) -> bool:
    """libpq's words for a missing or wrong password (its messages are not translated)."""
    return any(words in message for words in ("password authentication failed", "no password supplied",
                                              "fe_sendauth: no password"))


def _remove_sqlite(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        candidate = path.with_name(path.name + suffix)
        if candidate.exists():
            candidate.unlink()

"""Opening a crmdesk database: URL checks, connection settings, migrations.

`open_database(url)` returns a `Database` whose `session()` gives short-lived
sessions; the services open one per unit of work.
"""

from __future__ import annotations

import os
import sqlite3
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

from crmdesk.domain.errors import DatabaseOpenError, PasswordRequiredError, SchemaTooNewError
from crmdesk.domain.i18n import t

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


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_MB * 1024}")
    cursor.execute(f"PRAGMA mmap_size={SQLITE_MMAP_MB * 1024 * 1024}")
    cursor.close()


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
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A transaction: committed when the block ends, rolled back on an exception."""
        with self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session
            session.rollback()

    def dispose(self) -> None:
        self.engine.dispose()


def make_engine(url: str) -> Engine:
    url = normalise_url(url)
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseOpenError(t("Not a database URL: {url}", "Adresse de base de données invalide : {url}",
                                  url=url)) from None
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        path = parsed.database
        if path and path != ":memory:":
            folder = Path(path).expanduser().resolve().parent
            if not folder.is_dir():
                raise DatabaseOpenError(t("Folder {folder} does not exist.", "Le dossier {folder} n'existe pas.",
                                          folder=folder))
        engine = create_engine(parsed, connect_args={"timeout": 10})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if backend == "postgresql":
        if parsed.get_driver_name() != "psycopg":
            parsed = parsed.set(drivername="postgresql+psycopg")
        return create_engine(parsed, pool_pre_ping=True, connect_args={"connect_timeout": 5})
    raise DatabaseOpenError(t("Unsupported database {url}: use sqlite:/// or postgresql://",
                              "Base non prise en charge {url} : utilisez sqlite:/// ou postgresql://",
                              url=url))


def open_database(url: str, *, migrate: bool = True) -> Database:
    """Open the database at `url`, creating and migrating it if needed.

    Refuses (untouched) a database whose schema is newer than this program,
    and a SQLite file that is not a database.
    """
    engine = make_engine(url)
    created_file: Path | None = None
    if engine.dialect.name == "sqlite" and engine.url.database not in (None, "", ":memory:"):
        path = Path(str(engine.url.database)).expanduser()
        if not path.exists():
            created_file = path
        elif path.is_dir() or path.stat().st_size > 0:
            try:
                with path.open("rb") as fh:
                    header = fh.read(16)
            except OSError as exc:  # a folder, no permission: a one-line error, not a traceback
                engine.dispose()
                raise DatabaseOpenError(t("Cannot read {path}: {reason}.", "Impossible de lire {path} : {reason}.",
                                          path=path, reason=exc.strerror or type(exc).__name__)) from None
            if header != b"SQLite format 3\x00":
                engine.dispose()
                raise DatabaseOpenError(t("{path} is not a crmdesk database.",
                                          "{path} n'est pas une base crmdesk.", path=path))
        if engine.dialect.name == "sqlite" and sqlite3.sqlite_version_info < (3, 34):
            raise DatabaseOpenError(t("SQLite {v} is too old: 3.34 or newer is needed.",
                                      "SQLite {v} est trop ancien : 3.34 ou plus récent est nécessaire.",
                                      v=sqlite3.sqlite_version))
    try:
        with engine.begin() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
            script = ScriptDirectory.from_config(alembic_config())
            known = {rev.revision for rev in script.walk_revisions()}
            if current is not None and current not in known:
                raise SchemaTooNewError(t(
                    "This database was written by a newer crmdesk (schema {rev}); update crmdesk to open it.",
                    "Cette base a été écrite par une version plus récente de crmdesk (schéma {rev}) ; "
                    "mettez crmdesk à jour pour l'ouvrir.", rev=current))
            if current is None and inspect(conn).has_table("customer"):
                raise DatabaseOpenError(t("This database holds tables crmdesk did not create.",
                                          "Cette base contient des tables que crmdesk n'a pas créées."))
            if migrate and current != script.get_current_head():
                command.upgrade(alembic_config(conn), "head")
    except (SchemaTooNewError, DatabaseOpenError):
        engine.dispose()
        raise
    except (OperationalError, DBAPIError) as exc:
        engine.dispose()
        if created_file is not None and created_file.exists():
            _remove_sqlite(created_file)
        reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc) else type(exc).__name__
        if engine.dialect.name == "postgresql" and _is_password_refusal(str(getattr(exc, "orig", exc))):
            raise PasswordRequiredError(t("The server {url} refused the password of {user}.",
                                          "Le serveur {url} a refusé le mot de passe de {user}.",
                                          url=engine.url.render_as_string(hide_password=True),
                                          user=engine.url.username or "")) from None
        raise DatabaseOpenError(t("Cannot open the database {url}: {reason}",
                                  "Impossible d'ouvrir la base {url} : {reason}",
                                  url=engine.url.render_as_string(hide_password=True), reason=reason)) from None
    except BaseException:
        engine.dispose()
        # Never leave a half-created file behind.
        if created_file is not None and created_file.exists():
            _remove_sqlite(created_file)
        raise
    return Database(engine)


def _is_password_refusal(message: str) -> bool:
    """libpq's words for a missing or wrong password (its messages are not translated)."""
    return any(words in message for words in ("password authentication failed", "no password supplied",
                                              "fe_sendauth: no password"))


def _remove_sqlite(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        candidate = path.with_name(path.name + suffix)
        if candidate.exists():
            candidate.unlink()

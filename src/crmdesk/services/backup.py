"""Backup and restore of the embedded SQLite database.

A backup is SQLite's online backup API (`sqlite3.Connection.backup`): a consistent copy page by page while
crmdesk, or another program, goes on reading and writing. A restore first checks the file (SQLite header,
`PRAGMA integrity_check`, a crmdesk schema this program knows), keeps a copy of the database it replaces, and
copies the backup into the open database file with the same API, so that connections opened afterwards see
the restored data (and WAL files stay consistent). On PostgreSQL the server's own tools (pg_dump, base
backups) do this job: `supported()` says so.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic.script import ScriptDirectory

from crmdesk.domain.errors import CrmError, file_reason
from crmdesk.domain.i18n import translate
from crmdesk.store.database import Database, alembic_config

log = logging.getLogger(__name__)

BACKUP_PREFIX = "crmdesk-"
DEFAULT_KEEP = 10
ProgressFn = Callable[[int, int], None]


class BackupError(CrmError):
    pass


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    revision: str
    customers: int
    orders: int
    size: int


def supported(db: Database) -> bool:
    return db.is_sqlite and db.engine.url.database not in (None, "", ":memory:")


def database_path(db: Database) -> Path:
    if not supported(db):
        raise BackupError(translate("services.backup", "On PostgreSQL, the server's own backup (pg_dump or the host's backups) saves the database; "
            "crmdesk's exports give the customers and orders as spreadsheets."))
    return Path(str(db.engine.url.database)).expanduser().resolve()


def _copy(src: sqlite3.Connection, dest: Path, progress: ProgressFn | None) -> None:
    """Copy `src` to a temporary file beside `dest`, then rename it: a backup file is complete or absent."""
    part = dest.with_name(dest.name + ".part")
    part.unlink(missing_ok=True)
    out = sqlite3.connect(part)
    try:
        def step(_status: int, remaining: int, total: int) -> None:
            if progress is not None:
                progress(total - remaining, total)

        # One step: one read transaction, a consistent snapshot; in WAL mode writers go on meanwhile (a
        # step-by-step copy would restart each time another connection writes, forever under steady writes).
        src.backup(out, pages=-1, progress=step)
        out.execute("PRAGMA journal_mode=DELETE")  # a single self-contained file, no -wal beside it
    finally:
        out.close()
    part.replace(dest)


def backup(db: Database, dest: Path, progress: ProgressFn | None = None) -> BackupInfo:
    """An online backup of the open database to `dest` (while other connections keep writing)."""
    source = database_path(db)
    dest = dest.expanduser().resolve()
    if dest == source:
        raise BackupError(translate("services.backup", "Choose another file than the database itself."))
    try:
        raw = db.engine.raw_connection()  # one of crmdesk's own connections: WAL and pragmas as usual
        try:
            _copy(raw.driver_connection, dest, progress)  # type: ignore[arg-type]
        finally:
            raw.close()
    except (sqlite3.Error, OSError) as exc:
        log.warning("backup to %s failed: %r", dest, exc)
        dest.with_name(dest.name + ".part").unlink(missing_ok=True)
        raise BackupError(translate("services.backup", "The backup to {path} failed: {reason}.").format(path=dest, reason=_reason(exc))) from None
    return check(dest)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError):
        return file_reason(exc)
    return translate("services.backup", "database error")


def check(path: Path) -> BackupInfo:
    """That `path` is a sound crmdesk database this program can open; its figures. Raises BackupError."""
    path = path.expanduser()
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise BackupError(translate("services.backup", "Cannot read {path}: {reason}.").format(path=path, reason=_reason(exc))) from None
    if header != b"SQLite format 3\x00":
        raise BackupError(translate("services.backup", "{name} is not a crmdesk backup.").format(name=path.name))
    try:
        # Read-only and immutable: checking a file never changes it (no WAL switch, no journal).
        conn = sqlite3.connect(f"file:{path.resolve()}?mode=ro&immutable=1", uri=True)
        try:
            result = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            if result != ["ok"]:
                log.warning("integrity_check of %s: %s", path, result[:5])
                raise BackupError(translate("services.backup", "{name} is damaged (integrity check failed).").format(name=path.name))
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not {"alembic_version", "customer", "sales_order"} <= tables:
                raise BackupError(translate("services.backup", "{name} is not a crmdesk database.").format(name=path.name))
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            known = {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
            if revision is None or revision[0] not in known:
                raise BackupError(translate("services.backup", "{name} was written by a newer crmdesk (schema {rev}); update crmdesk to restore it.").format(name=path.name, rev=revision[0] if revision else "?"))
            customers = int(conn.execute("SELECT count(*) FROM customer").fetchone()[0])
            orders = int(conn.execute("SELECT count(*) FROM sales_order").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error as exc:
        log.warning("checking %s: %r", path, exc)
        raise BackupError(translate("services.backup", "{name} is not a readable crmdesk database.").format(name=path.name)) from None
    return BackupInfo(path, str(revision[0]), customers, orders, path.stat().st_size)


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


def restore(db: Database, source: Path, keep_folder: Path | None = None,
            progress: ProgressFn | None = None) -> Path:
    """Replace the open database's content by the backup `source`, after checking it; returns the copy kept of
    what was replaced (in `keep_folder`, by default the database's folder). The database is migrated to this
    program's schema by `open_database` the next time it opens; `db`'s pooled connections are closed so that
    the next ones see the restored data."""
    info = check(source)
    target = database_path(db)
    folder = keep_folder or target.parent
    folder.mkdir(parents=True, exist_ok=True)
    kept = folder / f"{BACKUP_PREFIX}replaced-{_stamp()}.db"
    backup(db, kept)
    db.engine.dispose()
    try:
        src = sqlite3.connect(f"file:{info.path.resolve()}?mode=ro&immutable=1", uri=True)
        dst = sqlite3.connect(target, timeout=10)
        try:
            def step(_status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total)

            src.backup(dst, pages=2048, progress=step)
        finally:
            src.close()
            dst.close()
    except sqlite3.Error as exc:
        log.warning("restore from %s failed: %r", source, exc)
        raise BackupError(translate("services.backup", "The restore failed ({reason}); the database is unchanged, a copy is in {kept}.").format(reason=_reason(exc), kept=kept)) from None
    db.engine.dispose()
    return kept


def automatic_backup(db: Database, folder: Path, keep: int = DEFAULT_KEEP) -> Path | None:
    """The backup taken at start in the data folder; only the last `keep` automatic ones are kept."""
    if not supported(db) or keep <= 0:
        return None
    folder.mkdir(parents=True, exist_ok=True)
    dest = folder / f"{BACKUP_PREFIX}auto-{_stamp()}.db"
    if dest.exists():
        return dest
    backup(db, dest)
    old = sorted(folder.glob(f"{BACKUP_PREFIX}auto-*.db"))
    for stale in old[:-keep]:
        stale.unlink(missing_ok=True)
    return dest


def is_desk_database(db: Database) -> bool:
    """Whether `db` is the default embedded database, in the user data folder."""
    from crmdesk.store.database import default_database_path

    try:
        return supported(db) and database_path(db) == default_database_path().resolve()
    except OSError:
        return False


def default_backup_folder(db: Database) -> Path:
    return database_path(db).parent / "backups"

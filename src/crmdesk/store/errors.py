"""The one place where database failures become crmdesk errors with short messages in the user's language.

`Database.session()` and `Database.read()` pass every failure through `translate`, so no driver message, SQL
statement or parameter (an IBAN, an e-mail address) ever reaches a message box. The log gets the exception's
class, its SQLSTATE / SQLite error name and the constraint involved: never `str(exc)` of a DBAPIError,
whose text carries the statement's parameters.
"""

from __future__ import annotations

import logging
import re

from sqlalchemy.exc import DBAPIError, IntegrityError, InterfaceError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from crmdesk.domain import i18n
from crmdesk.domain.errors import (
    CrmError,
    DatabaseBusyError,
    DatabaseReadOnlyError,
    DatabaseUnavailableError,
    FieldError,
    NotFoundError,
    UnexpectedDatabaseError,
    ValidationErrors,
)
from crmdesk.domain.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

# Unique constraints a user can run into, by (table, column): the field they show on, and the message.
_UNIQUE = {
    ("customer", "code"): ("code", QT_TRANSLATE_NOOP("store.errors", "This code is already used by another customer.")),
    ("sales_order", "number"): ("number", QT_TRANSLATE_NOOP("store.errors", "This order number is already used.")),
    ("product", "reference"): ("reference", QT_TRANSLATE_NOOP("store.errors", "This reference is already used by another product.")),
}
# PostgreSQL names constraints after the naming convention of store/models.py: uq_<table>_<column>.
_PG_UNIQUE_NAMES = {f"uq_{table}_{column}": (table, column) for table, column in _UNIQUE}
_SQLITE_UNIQUE = re.compile(r"UNIQUE constraint failed: (\w+)\.(\w+)")

# SQLSTATE classes and codes (PostgreSQL) meaning "the server is not there / the connection is gone".
_PG_UNAVAILABLE_CLASSES = ("08", "57")  # connection exception; operator intervention (shutdown, terminate)
_PG_BUSY = {"55P03", "40P01", "40001", "57014"}  # lock not available, deadlock, serialization, timeout
_PG_READ_ONLY = {"25006", "42501"}  # read-only transaction, insufficient privilege


def unavailable() -> DatabaseUnavailableError:
    return DatabaseUnavailableError(i18n.translate("store.errors", "The database server does not answer; nothing was saved. What you typed is kept: try again in a moment."))


def busy() -> DatabaseBusyError:
    return DatabaseBusyError(i18n.translate("store.errors", "The database is busy with another desk; nothing was saved. What you typed is kept: try again in a "
        "moment."))


def read_only() -> DatabaseReadOnlyError:
    return DatabaseReadOnlyError(i18n.translate("store.errors", "The database refuses changes (read-only file or account); nothing was saved."))


def unexpected() -> UnexpectedDatabaseError:
    return UnexpectedDatabaseError(i18n.translate("store.errors", "The database could not complete the operation; nothing was saved. Details are in the log."))


def _sqlstate(orig: BaseException | None) -> str:
    return str(getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None) or "")


def _unique_key(exc: IntegrityError) -> tuple[str, str] | None:
    orig = exc.orig
    diag = getattr(orig, "diag", None)
    constraint = getattr(diag, "constraint_name", None) if diag is not None else None
    if constraint in _PG_UNIQUE_NAMES:
        return _PG_UNIQUE_NAMES[constraint]
    match = _SQLITE_UNIQUE.search(str(orig) if orig is not None else "")
    if match and (match.group(1), match.group(2)) in _UNIQUE:
        return match.group(1), match.group(2)
    return None


def describe_for_log(exc: BaseException) -> str:
    """What the log may say about a database failure: classes, codes, constraint; no parameters or values."""
    orig = getattr(exc, "orig", None)
    parts = [type(exc).__name__]
    if orig is not None:
        parts.append(type(orig).__module__ + "." + type(orig).__name__)
        code = _sqlstate(orig) or str(getattr(orig, "sqlite_errorname", "") or "")
        if code:
            parts.append(code)
        diag = getattr(orig, "diag", None)
        if diag is not None and getattr(diag, "constraint_name", None):
            parts.append(f"constraint {diag.constraint_name}")
        elif isinstance(exc, IntegrityError):
            match = re.match(r"(\w+ constraint failed)", str(orig))
            if match:
                parts.append(match.group(1))
        elif type(orig).__module__.startswith("sqlite3"):
            # SQLite's own messages ("database is locked", "disk I/O error") carry no data; the first line only.
            parts.append(str(orig).splitlines()[0][:120] if str(orig) else "")
    return " ".join(p for p in parts if p)


def translate(exc: BaseException) -> CrmError | None:
    """The crmdesk error to raise instead of `exc`, or None when `exc` is not a database failure."""
    if isinstance(exc, CrmError):
        return None
    if isinstance(exc, UnicodeEncodeError):  # a lone surrogate that slipped past the field checks
        return ValidationErrors([FieldError("", i18n.translate("store.errors", "A field contains a character that cannot be stored (half of a character pair); remove it."))])
    if isinstance(exc, PoolTimeout):
        return busy()
    if not isinstance(exc, DBAPIError):
        return None
    orig = exc.orig
    message = str(orig) if orig is not None else ""
    state = _sqlstate(orig)
    if isinstance(exc, IntegrityError):
        key = _unique_key(exc)
        if key is not None:
            field, source = _UNIQUE[key]
            return ValidationErrors([FieldError(field, i18n.translate("store.errors", source))])
        if state == "23503" or "foreign key constraint failed" in message.lower():
            return NotFoundError(i18n.translate("store.errors", "What you saved refers to a record another desk has just deleted; nothing was saved."))
    if exc.connection_invalidated or isinstance(exc, InterfaceError):
        return unavailable()
    if state:
        if state[:2] in _PG_UNAVAILABLE_CLASSES and state != "57014":
            return unavailable()
        if state in _PG_BUSY:
            return busy()
        if state in _PG_READ_ONLY:
            return read_only()
        if state == "22021" or state == "22P05":  # a character the encoding cannot hold (NUL)
            return ValidationErrors([FieldError("", i18n.translate("store.errors", "A field contains an invisible character that cannot be stored; remove it."))])
    lowered = message.lower()
    if "nul (0x00)" in lowered:  # psycopg refuses it before sending
        return ValidationErrors([FieldError("", i18n.translate("store.errors", "A field contains an invisible character that cannot be stored (NUL); remove it."))])
    if "database is locked" in lowered or "database table is locked" in lowered or "busy" in lowered:
        return busy()
    if "readonly database" in lowered or "read-only" in lowered:
        return read_only()
    if any(words in lowered for words in ("server closed the connection", "connection refused", "terminating",
                                          "could not connect", "connection is closed", "the connection is lost",
                                          "consuming input failed", "no connection to the server")):
        return unavailable()
    if "disk i/o error" in lowered or "unable to open database" in lowered:
        return unavailable()
    return unexpected()


def translated(exc: BaseException) -> BaseException:
    """`translate(exc)`, logged without personal data, or `exc` itself when it is not a database failure."""
    error = translate(exc)
    if error is None:
        return exc
    level = logging.ERROR if isinstance(error, UnexpectedDatabaseError) else logging.WARNING
    from crmdesk.store.cancel import is_cancelled

    if is_cancelled(exc):  # a search overtaken by a newer keystroke, stopped on purpose (store/cancel.py)
        level = logging.DEBUG
    log.log(level, "database operation failed: %s -> %s", describe_for_log(exc), type(error).__name__)
    return error

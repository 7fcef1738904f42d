"""Errors the services raise; each carries a message in the user's language."""

from __future__ import annotations

from collections.abc import Iterable


class CrmError(Exception):
    """Base of every error crmdesk shows to a user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class FieldError(CrmError):
    """A value rejected for one field; `field` is the field (and widget) name."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field

    def __repr__(self) -> str:
        return f"FieldError({self.field!r}, {self.message!r})"


class ValidationErrors(CrmError):
    """Several field errors found in one check, in form order."""

    def __init__(self, errors: Iterable[FieldError]) -> None:
        self.errors = list(errors)
        super().__init__("; ".join(f"{e.field}: {e.message}" for e in self.errors))

    def by_field(self) -> dict[str, str]:
        return {e.field: e.message for e in self.errors}


class NotFoundError(CrmError):
    """The record no longer exists (deleted by someone else)."""


class ConflictError(CrmError):
    """Someone else saved the record since it was read; nothing was written.

    `changed` lists the fields whose stored values differ from what the
    user started from, when known.
    """

    def __init__(self, message: str, changed: list[str] | None = None) -> None:
        super().__init__(message)
        self.changed = changed or []


class OrderLockedError(CrmError):
    """The order is prepared or beyond and can no longer be changed."""


class TransitionError(CrmError):
    """A status change that the order's workflow does not allow."""


class DeleteRefusedError(CrmError):
    """A deletion that would lose data (a customer with orders)."""


class SchemaTooNewError(CrmError):
    """The database was written by a newer crmdesk."""


class DatabaseOpenError(CrmError):
    """The database cannot be opened (bad URL, unreachable, unreadable)."""


class PasswordRequiredError(DatabaseOpenError):
    """The PostgreSQL server refused the connection for want of the right password."""



class DatabaseUnavailableError(CrmError):
    """The database server does not answer, or the connection was lost; nothing was written."""


class DatabaseBusyError(CrmError):
    """Another desk holds the database (or the record) longer than crmdesk waits; nothing was written."""


class DatabaseReadOnlyError(CrmError):
    """The database refuses writes (a read-only file or account); nothing was written."""


class UnexpectedDatabaseError(CrmError):
    """A database failure crmdesk has no specific words for; the details are in the log, not the message."""


def file_reason(exc: OSError) -> str:
    """Why a file could not be read or written, in the user's language (the system's own text is English
    on most desks and names nothing a user can act on)."""
    import errno

    from crmdesk.domain.i18n import translate

    if isinstance(exc, FileNotFoundError):
        return translate("domain.errors", "no such file or folder")
    if isinstance(exc, IsADirectoryError):
        return translate("domain.errors", "it is a folder, not a file")
    if isinstance(exc, NotADirectoryError):
        return translate("domain.errors", "part of the path is not a folder")
    if isinstance(exc, PermissionError):
        return translate("domain.errors", "access refused (read-only, or open in another program?)")
    if exc.errno == errno.ENOSPC:
        return translate("domain.errors", "the disk is full")
    if exc.errno == errno.EROFS:
        return translate("domain.errors", "the disk is read-only")
    if exc.errno == errno.ENAMETOOLONG:
        return translate("domain.errors", "the name is too long")
    return translate("domain.errors", "the system refused it")

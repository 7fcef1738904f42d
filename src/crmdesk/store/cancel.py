"""Cancelling a running read from another thread: SQLite's interrupt, PostgreSQL's cancel request.

A worker thread reads inside `with scope.active():`; every statement it runs on `db` meanwhile notes its
DBAPI connection in the scope (an engine event). `scope.cancel()`, from any thread, then stops the statement
running: sqlite3's `Connection.interrupt()` or psycopg's `Connection.cancel()`, and the worker's call raises
(`is_cancelled(exc)` tells that error from a real one). A scope that is not active cancels nothing: a
connection back in the pool, or in use by someone else, is never touched.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, event

_current = threading.local()
_installed: set[int] = set()
_install_lock = threading.Lock()


class CancelScope:
    """What one worker reads for one request (a search, a page); cancel() stops it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._connections: list[Any] = []
        self._active = False
        self.cancelled = False

    @contextmanager
    def active(self) -> Iterator[CancelScope]:
        with self._lock:
            self._active = True
        previous = getattr(_current, "scope", None)
        _current.scope = self
        try:
            yield self
        finally:
            _current.scope = previous
            with self._lock:
                self._active = False
                self._connections.clear()

    def _note(self, dbapi_connection: Any) -> None:
        with self._lock:
            if self._active and dbapi_connection not in self._connections:
                self._connections.append(dbapi_connection)

    def cancel(self) -> None:
        """Stop what the scope's thread is running (no-op when it is not reading)."""
        with self._lock:
            self.cancelled = True
            if not self._active:
                return
            for connection in self._connections:
                try:
                    if hasattr(connection, "interrupt"):  # sqlite3
                        connection.interrupt()
                    elif hasattr(connection, "cancel"):  # psycopg 3
                        connection.cancel()
                except Exception:  # noqa: BLE001 - a connection closing meanwhile: nothing left to cancel
                    pass


def _before_execute(conn: Any, _cursor: Any, _statement: Any, _parameters: Any, _context: Any,
                    _executemany: Any) -> None:
    scope = getattr(_current, "scope", None)
    if scope is not None:
        scope._note(conn.connection.dbapi_connection)


def install(engine: Engine) -> None:
    """Let scopes see the connections of `engine` (once per engine)."""
    with _install_lock:
        if id(engine) in _installed:
            return
        _installed.add(id(engine))
        event.listen(engine, "before_cursor_execute", _before_execute)


def is_cancelled(exc: BaseException) -> bool:
    """Whether an exception is the error of a statement stopped by CancelScope.cancel()."""
    text = str(exc).lower()
    return "interrupted" in text or "canceling statement due to user request" in text or \
        type(getattr(exc, "orig", None)).__name__ == "QueryCanceled"

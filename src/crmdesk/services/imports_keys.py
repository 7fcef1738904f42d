"""The keys and codes an import has met so far, with the line each was first met on.

An import reports a customer code or key that a file repeats ("already on line 12"), so it must remember every
key of the file. A dictionary would grow with the file (about 150 bytes a key: 150 MB for a million rows);
these live in a private temporary SQLite database (a file that SQLite deletes on close, with a small page
cache), so memory stays flat whatever the file's size. Recent keys are also kept in memory, in a small buffer
written in batches.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

BUFFER = 2000  # keys held in memory before they are written in one executemany
CACHE_KB = 2048  # the temporary database's page cache


class KeyLines:
    """A mapping of text keys to line numbers, on disk; `prefetch` reads many keys in one query."""

    def __init__(self) -> None:
        self._db: sqlite3.Connection | None = None
        self._buffer: dict[str, int] = {}
        self._known: dict[str, int | None] = {}  # read by prefetch (None: not met), for the chunk being checked

    def _conn(self) -> sqlite3.Connection:
        if self._db is None:
            # "" is a private temporary database on disk (not ":memory:", which would grow in memory).
            self._db = sqlite3.connect("", isolation_level=None, check_same_thread=False)
            self._db.execute(f"PRAGMA cache_size=-{CACHE_KB}")
            self._db.execute("PRAGMA journal_mode=OFF")
            self._db.execute("PRAGMA synchronous=OFF")
            self._db.execute("CREATE TABLE seen (key TEXT PRIMARY KEY, line INTEGER NOT NULL) WITHOUT ROWID")
        return self._db

    def get(self, key: str) -> int | None:
        if key in self._buffer:
            return self._buffer[key]
        if key in self._known:
            return self._known[key]
        if self._db is None:
            return None
        row = self._db.execute("SELECT line FROM seen WHERE key = ?", (key,)).fetchone()
        return None if row is None else int(row[0])

    def set(self, key: str, line: int) -> None:
        """Records `key` (first come first kept: a key is set once, after `get` found nothing)."""
        self._buffer.setdefault(key, line)
        if len(self._buffer) >= BUFFER:
            self.flush()

    def prefetch(self, keys: Iterable[str]) -> None:
        """Reads these keys in a few queries, so that the `get`s of a chunk cost no query each."""
        self._known = {}
        if self._db is None:
            self._known = dict.fromkeys(keys)
            return
        wanted = [k for k in set(keys) if k not in self._buffer]
        self._known = dict.fromkeys(wanted)
        for start in range(0, len(wanted), 500):
            part = wanted[start:start + 500]
            marks = ",".join("?" * len(part))
            self._known.update((str(k), int(v)) for k, v in self._db.execute(
                f"SELECT key, line FROM seen WHERE key IN ({marks})", part))

    def flush(self) -> None:
        if self._buffer:
            self._conn().executemany("INSERT OR IGNORE INTO seen (key, line) VALUES (?, ?)",
                                     list(self._buffer.items()))
            self._known.update(self._buffer)  # what a prefetch found absent may be among them
            self._buffer = {}

    def close(self) -> None:
        self._buffer = {}
        self._known = {}
        if self._db is not None:
            self._db.close()
            self._db = None

"""The customer dialog's checks of a large import, run ahead in other processes while this one writes.

A row that creates a customer is checked on exactly what the import would check: the row's cells converted by
the same `_Converter` (with the same reference lists), merged into a new customer by the same `_merge`, and
checked by the same `check_customer` (the domain's `validate_customer` and `validate_address`). A worker sends
back the checked customer of each row that passed, and nothing for the others: the importer converts every row
itself, uses a worker's customer only for a row that creates one and had no problem, and checks every other row
itself (rows that update a customer are merged with what the database holds; a row with a problem is checked
again here, so that its messages are in the user's language). No rule is copied and no row skips the rules.

Processes are started with "spawn" (the one start method of Windows and macOS, and safe from a GUI thread);
the PyInstaller bundle's entry script calls `multiprocessing.freeze_support()` for it.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from datetime import datetime
from typing import Any

log = logging.getLogger(__name__)

# Below this many rows the start of a process (about a second, importing the libraries) costs more than it saves.
MIN_ROWS = 20_000
# Two checking processes beside the writer: the checks are the longer half of a first import (about 33 s of CPU
# for 100,000 rows against 28 s of writing), so on two cores two of them keep the writer fed (100,000 rows:
# 34 s with two, 87 s with one, at load averages of 1.4-2.1 and 2.5-3.5; bench/results_import.md).
WORKERS = 2
AHEAD = 3  # chunks sent per worker before waiting for the first answer: the writer never waits on a check

_converter: Any = None  # the worker's own converter, made once by _start
STAMP = datetime(2000, 1, 1)  # creation time of the rows computed ahead: the importer puts its own


def worker_count(rows: int) -> int:
    """How many checking processes an import of `rows` rows uses (0: checks in this process)."""
    cores = os.cpu_count() or 1
    if rows < MIN_ROWS or cores < 2:
        return 0
    return min(WORKERS, cores)


def _start(headers: list[str], mapping: list[str], tables: dict[str, dict[str, int]], lang: str) -> None:
    global _converter
    from crmdesk.domain.i18n import set_language
    from crmdesk.services.imports import _Converter, _RefMatcher

    set_language(lang)  # numbers are read by the interface's language ("1,234.50")
    _converter = _Converter(headers, mapping, _RefMatcher.from_tables(tables), {})


def _check(rows: list[tuple[int, list[str]]]) -> list[Any]:
    """For each row that passes every rule, the checked new customer and (when the row has its code) the
    customer's and its addresses' table rows as the importer would write them; else None."""
    from crmdesk.services.imports import _merge, _Row, check_customer, new_customer_values

    out: list[Any] = []
    for line, cells in rows:
        row = _Row(line, cells)
        _converter.convert(row)
        if row.problems or row.data is None:
            out.append(None)
            continue
        merged = _merge(None, row)
        needs_code = not merged.code
        if needs_code:
            merged.code = "C?"  # as the importer does: the code is given at write time
        clean, errors = check_customer(merged)
        if clean is None or errors:
            out.append(None)
        elif needs_code:
            clean.code = ""
            out.append((clean, None))
        else:
            out.append((clean, new_customer_values(clean, STAMP)))
    return out


class Answers:
    """A chunk's answers, waited for only when the importer needs one: a chunk whose rows are all rejected
    or all name existing customers (a file of repeated codes, a second import) never waits for its worker."""

    def __init__(self, future: Future[list[Any]], size: int) -> None:
        self.future = future
        self.size = size
        self.answers: list[Any] | None = None
        self.failed = False

    def get(self, index: int) -> Any:
        if self.answers is None and not self.failed:
            try:
                answers = self.future.result()
            except Exception:  # a worker that died or failed: its rows are checked here, nothing is lost
                log.exception("import checker failed")
                answers = []
            self.failed = len(answers) != self.size
            self.answers = None if self.failed else answers
        return None if self.answers is None else self.answers[index]

    def drop(self) -> None:
        if self.answers is None:
            self.future.cancel()  # not started yet: not checked at all


class Checker:
    """Chunks of rows in, the same chunks out with their workers' answers, in the file's order."""

    def __init__(self, workers: int, headers: Sequence[str], mapping: Sequence[str],
                 tables: dict[str, dict[str, int]]) -> None:
        from crmdesk.domain.i18n import language

        self.pool: ProcessPoolExecutor | None = ProcessPoolExecutor(
            max_workers=workers, mp_context=multiprocessing.get_context("spawn"), initializer=_start,
            initargs=(list(headers), list(mapping), tables, language()))
        self.pending: deque[tuple[Any, Answers | None]] = deque()
        self.ahead = AHEAD * workers

    def put(self, chunk: Sequence[Any]) -> Iterator[tuple[Any, Answers | None]]:
        """Send a chunk of `_Row`s; yields the chunks that are due, with their answers (None: check here)."""
        answers = None
        if self.pool is not None:
            try:
                answers = Answers(self.pool.submit(_check, [(row.line, row.cells) for row in chunk]), len(chunk))
            except Exception:  # a broken pool: the importer checks the rows itself
                log.exception("import checker unavailable")
                self.close()
        self.pending.append((chunk, answers))
        while len(self.pending) > self.ahead:
            yield self.pending.popleft()

    def drain(self) -> Iterator[tuple[Any, Answers | None]]:
        while self.pending:
            yield self.pending.popleft()

    def close(self, wait: bool = False) -> None:
        """`wait`: once every chunk is answered, let the idle workers exit (not on cancel or error)."""
        if self.pool is not None:
            self.pool.shutdown(wait=wait, cancel_futures=True)
            self.pool = None

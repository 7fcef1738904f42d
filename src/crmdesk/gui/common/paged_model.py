"""The one list engine: a table model over a query that knows how many rows match and reads the rows a view
shows, page by page, never all of them. Every list and picker of crmdesk is a subclass that says how to count
and read its rows and how to show a cell.

- A new query (`set_query`) is read in a worker: the first page alone (the rows appear, "200+" meanwhile);
  when that page is full, its count is started once the page is painted (the rows beyond are then
  inserted), so that neither the count nor the row notes compete with the first paint for the two cores.
  The GUI thread waits a few ms for the first page, so that a quick query is painted once, with its rows.
- A newer query cancels the one running (SQLite's interrupt, PostgreSQL's cancel: store/cancel.py) and
  whatever a worker brings for an older request is dropped (generation counter): a stale query never
  delays the next answer.
- Pages near the top (or bottom) are read on the GUI thread when painted (indexed reads, ~1 ms); pages deep
  in a long list in the background, with "Loading…" in their rows meanwhile (`BACKGROUND_DEPTH`).
- Notes (`read_notes`): slower facts about the rows shown (why a row matches a search), read in a worker
  after the rows are painted, then announced by dataChanged: they never delay the rows.
- `refresh(changed_ids, removed_ids)` re-reads in place: exact dataChanged when the rows are the same,
  rowsInserted / rowsRemoved when a few rows came or went, so selection and scroll position stay.

Subclasses give `read_count(query)`, `read_page(query, offset, limit, total)` (both run in a worker: they
use services only, never Qt), `row_id(row)`, `header_text(key)` and `cell(r, row, key, role)`, and may give
`read_position(query, row_id)` (a row's index, to keep it selected after a change).
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from sqlalchemy import Engine

from crmdesk.gui.common.background import BackgroundPages, Call, start_briefly_waited
from crmdesk.gui.common.columns import ALIGN_ROLE, Column
from crmdesk.gui.common.error_report import user_message
from crmdesk.store import cancel

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
ALIGN = ALIGN_ROLE
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the record id of the row (every list)
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

RowT = TypeVar("RowT")
QueryT = TypeVar("QueryT")


@dataclass
class Loaded:
    """What a worker read for one request: pages (page number -> rows), the row count when known, the
    positions of some records."""

    generation: int
    query: Any
    count: int | None  # None: not counted yet (a second Loaded brings it)
    pages: dict[int, list[Any]]
    positions: dict[int, int | None]
    seconds: float
    kind: str  # "query" (a new search, filter or sort), "count" (its count, later), "refresh"
    applied: bool = False  # taken by the GUI thread's short wait; the queued signal then does nothing


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(int, object)
    notes = Signal(int, int, object)  # generation, page number, {row id: note}


class PagedModel(QAbstractTableModel, Generic[QueryT, RowT]):
    """Rows of a query, read page by page on demand (see the module's docstring).

    Signals:
        loaded(int): a new query's first page arrived (the row count given); also after a refresh.
        busy_changed(bool): a query or refresh is running in the background, or no longer.
        failed(str): reading failed (database unreachable...); the message to show.
    """

    loaded = Signal(int)
    busy_changed = Signal(bool)
    failed = Signal(str)

    PAGE_SIZE = 200
    MAX_PAGES = 24  # rows in memory stay bounded, whatever the size of the database
    # How long the GUI thread waits for a request's first result before going back to its event loop.
    QUICK_WAIT_SECONDS = 0.03
    # A page at least this far from both ends of the list is read in the background while scrolling.
    BACKGROUND_DEPTH = 2000
    PLACEHOLDER_KEY: str | None = None  # the column showing "Loading…" (the first one by default)
    # The roles `cell` answers (with ID_ROLE and the alignment); a view asks for about ten per cell painted,
    # most of them about fonts and colours a list leaves to the style: those are answered here at once.
    ROLES: frozenset[int] = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole})

    def __init__(self, columns: Sequence[Column], query: QueryT, parent: QObject | None = None, *,
                 threaded: bool = True, engine: Engine | None = None) -> None:
        super().__init__(parent)
        # The pool first: children are deleted in creation order, and the pool's destructor waits for a
        # running job, which must still find its signals object alive.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._notes_pool = QThreadPool(self)  # row notes, read after their page is shown (never before)
        self._notes_pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.done.connect(self._on_loaded)
        self._signals.failed.connect(self._on_failed)
        self._signals.notes.connect(self._on_notes)
        self._background = BackgroundPages(self)  # pages read while scrolling
        self._background.arrived.connect(self._on_page)
        self._background.failed.connect(self.failed)
        if engine is not None:
            cancel.install(engine)
        self.columns: list[Column] = list(columns)
        self.threaded = threaded
        self.query: QueryT = query
        self._count = 0
        self._pages: OrderedDict[int, list[RowT]] = OrderedDict()
        self._generation = 0
        self._busy = False
        self._count_known = True
        self._query_pending = False
        self._pending_refresh: set[int] = set()
        self._pending_removed: set[int] = set()
        self._scope = cancel.CancelScope()
        self._notes: dict[int, Any] = {}  # row id -> note (read_notes), for the current generation
        self._notes_generation = 0
        self.last_load_seconds = 0.0

    # ---- what subclasses give -----------------------------------------------------------------
    def read_count(self, query: QueryT) -> int:
        raise NotImplementedError

    def read_page(self, query: QueryT, offset: int, limit: int, total: int | None) -> list[RowT]:
        raise NotImplementedError

    def read_position(self, query: QueryT, row_id: int) -> int | None:
        return None

    def row_id(self, row: RowT) -> int:
        raise NotImplementedError

    def header_text(self, key: str) -> str:
        return key

    def cell(self, r: int, row: RowT, key: str, role: int) -> Any:
        return None

    def read_notes(self, query: QueryT, rows: list[RowT]) -> dict[int, Any] | None:
        """Extra, slower facts about a page's rows (row id -> note), read in a worker after the rows are
        shown; None (the default): no notes for this query."""
        return None

    def wants_notes(self, query: QueryT) -> bool:
        return False

    def note(self, row: RowT) -> Any:
        """The note of a row read by read_notes (None until it arrives)."""
        return self._notes.get(self.row_id(row))

    def reads_slowly(self, number: int) -> bool:
        """Whether page `number` is read in the background when painted (deep in a long list)."""
        offset = number * self.PAGE_SIZE
        return self.threaded and offset >= self.BACKGROUND_DEPTH and self._count - offset >= self.BACKGROUND_DEPTH

    def forget_display(self) -> None:
        """Subclasses caching formatted cells drop them here (rows replaced)."""

    # ---- requests ---------------------------------------------------------------------------
    def set_query(self, query: QueryT) -> None:
        """Show the rows of `query`: its first page (then a reset), then its count (then the rows beyond)."""
        self.query = query
        self._query_pending = True
        self._start(lambda emit, g: self._read_query(query, g, emit))

    def reload(self) -> None:
        self.set_query(self.query)

    def refresh(self, changed_ids: Sequence[int] = (), removed_ids: Sequence[int] = ()) -> None:
        """Re-read after records changed elsewhere: exact dataChanged when the set of rows is the same,
        rowsInserted / rowsRemoved when one or a few rows came or went, a reset otherwise."""
        if self._query_pending:
            self.set_query(self.query)  # what is shown is about to be replaced anyway: read it afresh
            return
        self._pending_refresh.update(changed_ids)
        self._pending_removed.update(removed_ids)
        query = self.query
        pages = sorted(self._pages) or [0]
        ids = sorted(self._pending_refresh)[:50]
        self._start(lambda emit, g: self._read_refresh(query, pages, ids, g, emit))

    def _start(self, work: Callable[[Callable[[Loaded], None], int], None]) -> None:
        self._generation += 1
        self._background.reset()
        generation = self._generation
        self._scope.cancel()  # the read running for an older request stops now
        if not self.threaded:
            work(self._on_loaded, generation)
            return
        scope = self._scope = cancel.CancelScope()
        self._set_busy(True)
        signals = self._signals

        def run(emit: Callable[[Loaded], None]) -> None:
            if scope.cancelled:
                return  # overtaken before it started
            try:
                with scope.active():
                    work(emit, generation)
            except Exception as exc:  # reported on the GUI thread, which decides what to show
                if not (scope.cancelled or cancel.is_cancelled(exc)):
                    signals.failed.emit(generation, exc)

        start_briefly_waited(self._pool, run, signals.done.emit, self._on_loaded, self.QUICK_WAIT_SECONDS)

    def _read_query(self, query: QueryT, generation: int, emit: Callable[[Loaded], None]) -> None:
        """Worker thread: the first page only (threaded: the GUI thread starts the count after painting it,
        _after_first_paint; not threaded: the count at once)."""
        started = time.perf_counter()
        first = self.read_page(query, 0, self.PAGE_SIZE, None)
        full = len(first) == self.PAGE_SIZE
        emit(Loaded(generation, query, None if full else len(first), {0: first}, {},
                    time.perf_counter() - started, "query"))
        if full and not self.threaded and generation == self._generation:
            self._read_count(query, generation, emit, started)

    def _read_count(self, query: QueryT, generation: int, emit: Callable[[Loaded], None],
                    started: float) -> None:
        count = self.read_count(query)
        emit(Loaded(generation, query, count, {}, {}, time.perf_counter() - started, "count"))

    def _after_first_paint(self, generation: int) -> None:
        """GUI thread, once the first page of a query is painted (a zero timer runs after the paint events
        posted by the reset): its row notes, and its count when the page was full."""
        if generation != self._generation:
            return  # a newer request replaced it: its own first page will ask
        first = self._pages.get(0)
        if first is not None:  # pages read while painting asked for theirs (_store)
            self._ask_notes(0, first)
        if self._count_known:
            return
        query, scope, signals, started = self.query, self._scope, self._signals, time.perf_counter()

        def run() -> None:
            if scope.cancelled or generation != self._generation:
                return  # overtaken before it started
            try:
                with scope.active():
                    self._read_count(query, generation, signals.done.emit, started)
            except Exception as exc:  # reported on the GUI thread, which decides what to show
                if not (scope.cancelled or cancel.is_cancelled(exc)):
                    signals.failed.emit(generation, exc)

        self._pool.start(Call(run))

    def _read_refresh(self, query: QueryT, pages: list[int], ids: list[int], generation: int,
                      emit: Callable[[Loaded], None]) -> None:
        started = time.perf_counter()
        count = self.read_count(query)
        read = {number: self.read_page(query, number * self.PAGE_SIZE, self.PAGE_SIZE, count)
                for number in pages if number == 0 or number * self.PAGE_SIZE < count}
        positions = {rid: self.read_position(query, rid) for rid in ids}
        emit(Loaded(generation, query, count, read, positions, time.perf_counter() - started, "refresh"))

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until background work is done (tests and benchmarks)."""
        return self._pool.waitForDone(msecs) and self._notes_pool.waitForDone(msecs)

    def is_busy(self) -> bool:
        return self._busy

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)

    # ---- results (GUI thread) ---------------------------------------------------------------
    def _on_failed(self, generation: int, exc: object) -> None:
        if generation != self._generation:
            return
        self._set_busy(False)
        # Never the exception's text (it may carry SQL); a crmdesk error's short message, or the log's path.
        self.failed.emit(user_message(exc) if isinstance(exc, BaseException) else str(exc))

    def _on_loaded(self, result: Loaded) -> None:
        if result.applied:
            return
        result.applied = True
        if result.generation != self._generation or result.query != self.query:
            return  # a newer request is on its way: this one is stale
        if result.kind == "count":
            self._apply_count(result.count or 0)
        elif result.kind == "refresh":
            self._set_busy(False)
            self.last_load_seconds = result.seconds
            self._apply_refresh(result)
        else:
            self._set_busy(result.count is None)
            self.last_load_seconds = result.seconds
            self._query_pending = False
            self._pending_refresh.clear()
            self._pending_removed.clear()
            self.beginResetModel()
            first = result.pages.get(0, [])
            self._count = len(first) if result.count is None else result.count
            self._count_known = result.count is not None
            self._pages = OrderedDict(sorted(result.pages.items()))
            self.forget_display()
            self.endResetModel()
            self._forget_notes()
            if self.threaded:
                QTimer.singleShot(0, self, lambda g=result.generation: self._after_first_paint(g))
            else:
                for number, rows in self._pages.items():
                    self._ask_notes(number, rows)
        self.loaded.emit(self._count)

    def _apply_count(self, count: int) -> None:
        """The count of a query whose first page is shown: the rows beyond it are inserted (or removed)."""
        self._set_busy(False)
        self._count_known = True
        if count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()
        elif count < self._count:
            self.beginRemoveRows(QModelIndex(), count, self._count - 1)
            self._count = count
            self.endRemoveRows()

    def count_known(self) -> bool:
        """False while the first page of a common search is shown and its count still runs."""
        return self._count_known

    def _apply_refresh(self, result: Loaded) -> None:
        if result.count is None:  # refreshes are always counted; guard the type
            return
        self._forget_notes()
        for number, rows in result.pages.items():
            self._ask_notes(number, rows)
        count: int = result.count
        changed = self._pending_refresh
        removed = self._pending_removed
        self._pending_refresh, self._pending_removed = set(), set()
        old_rows = {r: row for number, rows in self._pages.items()
                    for r, row in enumerate(rows, start=number * self.PAGE_SIZE)}
        old_position = {self.row_id(row): r for r, row in old_rows.items()}
        new_pages: OrderedDict[int, list[RowT]] = OrderedDict(sorted(result.pages.items()))
        delta = count - self._count
        if delta == 0:
            self._pages = new_pages
            self.forget_display()
            self._emit_changed(old_rows)
            return
        gone = [old_position[i] for i in (changed | removed)
                if i in old_position and result.positions.get(i) is None]
        came = [p for i, p in result.positions.items() if p is not None and i not in old_position]
        if delta < 0 and len(gone) == -delta and not came:
            # Visible rows left the list (deleted, or no longer matching): remove exactly those.
            self._pages = OrderedDict()
            for r in sorted(gone, reverse=True):
                self.beginRemoveRows(QModelIndex(), r, r)
                self._count -= 1
                self.endRemoveRows()
        elif delta > 0 and len(came) == delta and not gone:
            # New rows (created, duplicated, restored): insert exactly there.
            self._pages = OrderedDict()
            for p in sorted(came):
                self.beginInsertRows(QModelIndex(), p, p)
                self._count += 1
                self.endInsertRows()
        else:
            self.beginResetModel()
            self._count = count
            self._pages = new_pages
            self.forget_display()
            self.endResetModel()
            return
        self._pages = new_pages
        self.forget_display()
        self._emit_changed({})

    def _emit_changed(self, old_rows: dict[int, RowT]) -> None:
        """dataChanged over each run of rows that differ from what was shown."""
        last = len(self.columns) - 1
        start: int | None = None
        previous = -2
        for number, rows in list(self._pages.items()):
            for r, row in enumerate(rows, start=number * self.PAGE_SIZE):
                differs = old_rows.get(r) != row
                if differs and start is not None and r == previous + 1:
                    previous = r
                    continue
                if start is not None:
                    self.dataChanged.emit(self.index(start, 0), self.index(previous, last))
                    start = None
                if differs:
                    start = previous = r
        if start is not None:
            self.dataChanged.emit(self.index(start, 0), self.index(previous, last))

    # ---- rows -------------------------------------------------------------------------------
    def row_at(self, row: int, wait: bool = True) -> RowT | None:
        """The row, read from the database if needed; `wait=False` (painting): None while a slow page is
        read in the background, the rows then announced by dataChanged."""
        if not 0 <= row < self._count:
            return None
        number = row // self.PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            if not wait and self.reads_slowly(number):
                self._fetch_later(number)
                return None
            page = self._fetch(number)
        else:
            self._pages.move_to_end(number)
        offset = row - number * self.PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def _fetch_later(self, number: int) -> None:
        query, size = self.query, self.PAGE_SIZE
        total = self._count if self._count_known else None
        self._background.request(number, lambda: self.read_page(query, number * size, size, total))

    def _on_page(self, number: int, rows: list[RowT]) -> None:
        if number in self._pages:
            return
        self._store(number, rows)
        first = number * self.PAGE_SIZE
        last = min(first + self.PAGE_SIZE, self._count) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))

    def wait_for_pages(self, msecs: int = 30_000) -> bool:
        """Block until the pages read in the background are read (tests and benchmarks)."""
        return self._background.wait(msecs)

    def _store(self, number: int, page: list[RowT]) -> None:
        self._pages[number] = page
        self._ask_notes(number, page)
        while len(self._pages) > self.MAX_PAGES:
            dropped, _ = self._pages.popitem(last=False)
            self.page_dropped(dropped)

    def _ask_notes(self, number: int, page: list[RowT]) -> None:
        query = self.query
        if not page or not self.wants_notes(query):
            return
        generation, signals = self._notes_generation, self._signals

        def work() -> None:
            try:
                notes = self.read_notes(query, page)
            except Exception:  # noqa: BLE001 - notes are a help, not the list: the rows stay without them
                return
            if notes:
                signals.notes.emit(generation, number, notes)

        if self.threaded:
            self._notes_pool.start(Call(work))
        else:
            work()

    def _on_notes(self, generation: int, number: int, notes: dict[int, Any]) -> None:
        if generation != self._notes_generation:
            return
        self._notes.update(notes)
        first = number * self.PAGE_SIZE
        last = min(first + self.PAGE_SIZE, self._count) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))

    def _forget_notes(self) -> None:
        self._notes_generation += 1
        self._notes_pool.clear()
        self._notes = {}

    def page_dropped(self, number: int) -> None:
        """A page left the cache (subclasses drop what they derived from it)."""

    def _fetch(self, number: int) -> list[RowT]:
        try:
            total = self._count if self._count_known else None
            page = self.read_page(self.query, number * self.PAGE_SIZE, self.PAGE_SIZE, total)
        except Exception as exc:  # the view keeps painting; the page says what went wrong
            self.failed.emit(user_message(exc))
            page = []
        self._store(number, page)
        return page

    def id_at(self, row: int) -> int | None:
        found = self.row_at(row)
        return self.row_id(found) if found is not None else None

    def cached_row_of(self, record_id: int) -> int | None:
        """The row of a record among the rows in memory, without reading the database."""
        for number, rows in self._pages.items():
            for offset, row in enumerate(rows):
                if self.row_id(row) == record_id:
                    return number * self.PAGE_SIZE + offset
        return None

    def find_row(self, record_id: int) -> int | None:
        """The row of a record in the current list (None when it does not match the query)."""
        row = self.cached_row_of(record_id)
        if row is not None:
            return row
        position = self.read_position(self.query, record_id)
        return position if position is not None and position < self._count else None

    def cached_page_count(self) -> int:
        return len(self._pages)

    # ---- Qt model ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == DISPLAY:
            return self.header_text(column.key)
        if role == ALIGN:
            return column.align
        return self.header_data(column, role)

    def header_data(self, column: Column, role: int) -> Any:
        """Other header roles (tooltips, sort keys) for subclasses."""
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not (role in self.ROLES or role == ALIGN or role == ID_ROLE) or not index.isValid():
            return None
        r = index.row()
        row = self.row_at(r, wait=False)
        column = self.columns[index.column()]
        if row is None:
            placeholder = self.PLACEHOLDER_KEY or self.columns[0].key
            if role == DISPLAY and column.key == placeholder and self._background.is_loading(r // self.PAGE_SIZE):
                return self.tr("Loading…")
            return None
        if role == ALIGN:
            return column.align
        if role == ID_ROLE:
            return self.row_id(row)
        return self.cell(r, row, column.key, role)

    def sort_key_of(self, column: int) -> str | None:
        return self.columns[column].sort if 0 <= column < len(self.columns) else None

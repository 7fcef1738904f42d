"""The customer list's table model and its row-actions delegate.

`CustomerTableModel` knows how many customers match the current query and reads the rows a view shows
page by page through the services, caching a bounded number of pages (least recently used out). It never
loads every customer: memory stays flat from ten thousand to a million customers.

Threading rule: whatever can be slow on a big database -- counting and reading the first page of a new
search, filter or sort, and re-reading after a change -- runs in a worker thread of the model's own pool
(one thread: newer work replaces queued work), on its own pooled connection, and comes back by signal; a
result is applied only if no newer request was made meanwhile (generation counter). Reading a further page
while scrolling stays on the GUI thread: an indexed OFFSET page costs milliseconds even a million rows
deep (see bench/results.md).
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QAction, QHelpEvent, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
)

from crmdesk.domain.validation import format_phone
from crmdesk.gui.common.background import BackgroundPages, start_briefly_waited
from crmdesk.gui.common.icons import icon
from crmdesk.services import Services
from crmdesk.services.customers import CustomerQuery, CustomerRow

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
DECORATION = Qt.ItemDataRole.DecorationRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
ALIGN = Qt.ItemDataRole.TextAlignmentRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the customer id of the row
ACTIVE_ROLE = Qt.ItemDataRole.UserRole + 2  # False for an archived customer
SORT_ROLE = Qt.ItemDataRole.UserRole + 3  # the services' sort key of a column (header data)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
_ROLES = frozenset({DISPLAY, DECORATION, TOOLTIP, ALIGN, FOREGROUND, ID_ROLE, ACTIVE_ROLE})


@dataclass(frozen=True)
class Column:
    key: str
    sort: str | None  # key of services.customers.SORT_COLUMNS, None when not sortable
    align: int = LEFT


COLUMNS: tuple[Column, ...] = (
    Column("code", "code"),
    Column("name", "name"),
    Column("kind", "kind"),
    Column("place", "city"),
    Column("phone", "phone"),
    Column("email", "email"),
    Column("payment_method", "payment_method"),
    Column("order_count", "order_count", RIGHT),
    Column("last_order_date", "last_order_date", RIGHT),
    Column("status", "status"),
    Column("actions", None),
)
COLUMN_KEYS = [c.key for c in COLUMNS]
ACTIONS_COLUMN = COLUMN_KEYS.index("actions")
NAME_COLUMN = COLUMN_KEYS.index("name")


# ---- background work ------------------------------------------------------------------------------

@dataclass
class Loaded:
    """What a worker read for one request: pages (page number -> rows), the row count when known, the
    positions of some customers."""

    generation: int
    query: CustomerQuery
    count: int | None  # None: not counted yet (a second Loaded brings it)
    pages: dict[int, list[CustomerRow]]
    positions: dict[int, int | None]
    seconds: float
    kind: str  # "query" (a new search, filter or sort), "count" (its count, later), "refresh"
    applied: bool = False  # taken by the GUI thread's short wait; the queued signal then does nothing


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(int, object)


# ---- the model ------------------------------------------------------------------------------------

class CustomerTableModel(QAbstractTableModel):
    """Customers matching a CustomerQuery, one row each, read page by page on demand.

    Signals:
        loaded(int): a new query's first page arrived (the row count given); also after a refresh.
        busy_changed(bool): a query or refresh is running in the background, or no longer.
        failed(str): reading failed (database unreachable...); the message to show.
    """

    loaded = Signal(int)
    busy_changed = Signal(bool)
    failed = Signal(str)

    PAGE_SIZE = 200
    MAX_PAGES = 24  # at most 4,800 rows in memory, whatever the size of the database
    # How long the GUI thread waits for a request's first result before going back to its event loop: a
    # quick query (most are) is then shown in the very next paint, without first repainting the old rows.
    # Short enough to be unnoticeable when the query is slow and the result comes later by signal.
    QUICK_WAIT_SECONDS = 0.03
    # While scrolling, a page at least this deep into a search (and as far from its end, which is read
    # backwards) is read in the background: a page in the middle of a third of a million matches costs a
    # few hundred ms at a million customers, too long to hold the window. "Loading…" meanwhile.
    BACKGROUND_DEPTH = 2000

    def __init__(self, services: Services, parent: QObject | None = None, *, threaded: bool = True) -> None:
        super().__init__(parent)
        # The pool first: children are deleted in creation order, and the pool's destructor waits for a
        # running job, which must still find its signals object alive.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.done.connect(self._on_loaded)
        self._signals.failed.connect(self._on_failed)
        self._background = BackgroundPages(self)  # pages read while scrolling: never cancelled by a new query
        self._background.arrived.connect(self._on_page)
        self._background.failed.connect(self.failed)
        self.services = services
        self.threaded = threaded
        self.query = CustomerQuery()
        self._count = 0
        self._pages: OrderedDict[int, list[CustomerRow]] = OrderedDict()
        self._display: dict[int, tuple[str, ...]] = {}  # row -> formatted cells, for the rows painted
        self._generation = 0
        self._busy = False
        self._count_known = True
        self._query_pending = False
        self._pending_refresh: set[int] = set()
        self._pending_removed: set[int] = set()
        self.last_load_seconds = 0.0
        self._locale = QLocale()

    # ---- requests ---------------------------------------------------------------------------
    def set_query(self, query: CustomerQuery) -> None:
        """Show the customers matching `query`: in the background, the first page (then a reset), then,
        when that page is full, the count (then the rows beyond it are inserted)."""
        self.query = query
        self._query_pending = True
        self._start(lambda emit, g: self._read_query(query, g, emit))

    def reload(self) -> None:
        self.set_query(self.query)

    def refresh(self, changed_ids: Sequence[int] = (), removed_ids: Sequence[int] = ()) -> None:
        """Re-read after customers changed elsewhere: exact dataChanged when the set of rows is the same,
        rowsInserted / rowsRemoved when one or a few visible rows came or went, a reset otherwise."""
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
        if not self.threaded:
            work(self._on_loaded, generation)
            return
        self._set_busy(True)
        signals = self._signals

        def run(emit: Callable[[Loaded], None]) -> None:
            try:
                work(emit, generation)
            except Exception as exc:  # reported on the GUI thread, which decides what to show
                signals.failed.emit(generation, exc)

        start_briefly_waited(self._pool, run, signals.done.emit, self._on_loaded, self.QUICK_WAIT_SECONDS)

    def _read_query(self, query: CustomerQuery, generation: int, emit: Callable[[Loaded], None]) -> None:
        """Worker thread (no Qt objects, services only): first page, then the count if the page is full."""
        started = time.perf_counter()
        customers = self.services.customers
        first = customers.page(query, 0, self.PAGE_SIZE)
        full = len(first) == self.PAGE_SIZE
        emit(Loaded(generation, query, None if full else len(first), {0: first}, {},
                    time.perf_counter() - started, "query"))
        if full and generation == self._generation:  # not superseded meanwhile
            count = customers.count(query)
            emit(Loaded(generation, query, count, {}, {}, time.perf_counter() - started, "count"))

    def _read_refresh(self, query: CustomerQuery, pages: list[int], ids: list[int], generation: int,
                      emit: Callable[[Loaded], None]) -> None:
        started = time.perf_counter()
        customers = self.services.customers
        count = customers.count(query)
        read = {number: customers.page(query, number * self.PAGE_SIZE, self.PAGE_SIZE, count)
                for number in pages if number == 0 or number * self.PAGE_SIZE < count}
        positions = {cid: customers.position(query, cid) for cid in ids}
        emit(Loaded(generation, query, count, read, positions, time.perf_counter() - started, "refresh"))

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until background work is done (tests and benchmarks)."""
        return self._pool.waitForDone(msecs)

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
        self.failed.emit(str(exc))

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
            self._display.clear()
            self.endResetModel()
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
        count: int = result.count
        changed = self._pending_refresh
        removed = self._pending_removed
        self._pending_refresh, self._pending_removed = set(), set()
        old_rows = {r: row for number, rows in self._pages.items()
                    for r, row in enumerate(rows, start=number * self.PAGE_SIZE)}
        old_position = {row.id: r for r, row in old_rows.items()}
        new_pages = OrderedDict(sorted(result.pages.items()))
        delta = count - self._count
        if delta == 0:
            self._pages = new_pages
            self._display.clear()
            self._emit_changed(old_rows)
            return
        gone = [old_position[i] for i in (changed | removed)
                if i in old_position and result.positions.get(i) is None]
        came = [p for i, p in result.positions.items() if p is not None and i not in old_position]
        if delta < 0 and len(gone) == -delta and not came:
            # Visible rows left the list (deleted, or archived under "active"): remove exactly those.
            self._pages = OrderedDict()
            for r in sorted(gone, reverse=True):
                self.beginRemoveRows(QModelIndex(), r, r)
                self._count -= 1
                self.endRemoveRows()
        elif delta > 0 and len(came) == delta and not gone:
            # New rows (created, duplicated, restored under "all"): insert exactly there.
            self._pages = OrderedDict()
            for p in sorted(came):
                self.beginInsertRows(QModelIndex(), p, p)
                self._count += 1
                self.endInsertRows()
        else:
            self.beginResetModel()
            self._count = count
            self._pages = new_pages
            self._display.clear()
            self.endResetModel()
            return
        self._pages = new_pages
        self._display.clear()
        self._emit_changed({})

    def _emit_changed(self, old_rows: dict[int, CustomerRow]) -> None:
        """dataChanged over each run of rows that differ from what was shown."""
        last = len(COLUMNS) - 1
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
    def row_at(self, row: int, wait: bool = True) -> CustomerRow | None:
        """The row, read from the database if needed; `wait=False` (painting): None while a slow page is
        read in the background (see BACKGROUND_DEPTH), the rows then announced by dataChanged."""
        if not 0 <= row < self._count:
            return None
        number = row // self.PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            if not wait and self._reads_slowly(number):
                self._fetch_later(number)
                return None
            page = self._fetch(number)
        else:
            self._pages.move_to_end(number)
        offset = row - number * self.PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def _reads_slowly(self, number: int) -> bool:
        """Deep in a search; on PostgreSQL deep in any list too, where OFFSET walks the rows it skips (1.3 s
        for the middle of a million customers; SQLite reads them from an index in 20 ms)."""
        offset = number * self.PAGE_SIZE
        deep = offset >= self.BACKGROUND_DEPTH and self._count - offset >= self.BACKGROUND_DEPTH
        return self.threaded and deep and (bool(self.query.text.strip()) or not self.services.db.is_sqlite)

    def _fetch_later(self, number: int) -> None:
        query, size, customers = self.query, self.PAGE_SIZE, self.services.customers
        total = self._count if self._count_known else None
        self._background.request(number, lambda: customers.page(query, number * size, size, total))

    def _on_page(self, number: int, rows: list[CustomerRow]) -> None:
        if number in self._pages:
            return
        self._store(number, rows)
        first = number * self.PAGE_SIZE
        last = min(first + self.PAGE_SIZE, self._count) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

    def wait_for_pages(self, msecs: int = 30_000) -> bool:
        """Block until the pages read in the background are read (tests and benchmarks)."""
        return self._background.wait(msecs)

    def _store(self, number: int, page: list[CustomerRow]) -> None:
        self._pages[number] = page
        while len(self._pages) > self.MAX_PAGES:
            dropped, _ = self._pages.popitem(last=False)
            first = dropped * self.PAGE_SIZE
            for r in range(first, first + self.PAGE_SIZE):
                self._display.pop(r, None)

    def _fetch(self, number: int) -> list[CustomerRow]:
        try:
            total = self._count if self._count_known else None
            page = self.services.customers.page(self.query, number * self.PAGE_SIZE, self.PAGE_SIZE, total)
        except Exception as exc:  # the view keeps painting; the page says what went wrong
            self.failed.emit(str(exc))
            page = []
        self._store(number, page)
        return page

    def customer_id(self, row: int) -> int | None:
        found = self.row_at(row)
        return found.id if found else None

    def cached_row_of(self, customer_id: int) -> int | None:
        """The row of a customer among the rows in memory, without reading the database."""
        for number, rows in self._pages.items():
            for offset, row in enumerate(rows):
                if row.id == customer_id:
                    return number * self.PAGE_SIZE + offset
        return None

    def find_row(self, customer_id: int) -> int | None:
        """The row of a customer in the current list (None when it does not match the query)."""
        row = self.cached_row_of(customer_id)
        if row is not None:
            return row
        position = self.services.customers.position(self.query, customer_id)
        return position if position is not None and position < self._count else None

    def cached_page_count(self) -> int:
        return len(self._pages)

    # ---- Qt model ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        column = COLUMNS[section]
        if role == DISPLAY:
            return self.header_text(column.key)
        if role == ALIGN:
            return column.align
        if role == SORT_ROLE:
            return column.sort
        if role == TOOLTIP and column.key == "actions":
            return self.tr("Duplicate, view, edit or delete the customer of the row")
        return None

    def header_text(self, key: str) -> str:
        return {
            "code": self.tr("Code"), "name": self.tr("Name"), "kind": self.tr("Kind"),
            "place": self.tr("City"), "phone": self.tr("Phone"), "email": self.tr("Email"),
            "payment_method": self.tr("Payment method"), "order_count": self.tr("Orders"),
            "last_order_date": self.tr("Last order"), "status": self.tr("Status"), "actions": self.tr("Actions"),
        }[key]

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role not in _ROLES or not index.isValid():
            return None
        r = index.row()
        row = self.row_at(r, wait=False)
        if row is None:
            if role == DISPLAY and index.column() == NAME_COLUMN and self._background.is_loading(r // self.PAGE_SIZE):
                return self.tr("Loading…")  # read in the background (BACKGROUND_DEPTH)
            return None
        column = index.column()
        if role == DISPLAY:
            return self._cells(r, row)[column] if column != ACTIONS_COLUMN else None
        if role == ID_ROLE:
            return row.id
        if role == ACTIVE_ROLE:
            return row.active
        if role == ALIGN:
            return COLUMNS[column].align
        key = COLUMN_KEYS[column]
        if role == DECORATION:
            if key == "kind":
                return icon("company" if row.kind == "company" else "individual")
            return None
        if role == FOREGROUND:
            # Archived customers are shown, greyed, only under "archived" or "all".
            if not row.active:
                return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            return None
        if role == TOOLTIP:
            if key == "status" and not row.active:
                return self.tr("Archived: hidden from the list by default, its history kept")
            if key in ("name", "email", "place"):
                return self._cells(r, row)[column] or None
            return None
        return None

    def _cells(self, r: int, row: CustomerRow) -> tuple[str, ...]:
        """The texts of a row, formatted once (phone formatting is costly) and kept while it is shown."""
        cells = self._display.get(r)
        if cells is None or cells[0] != row.code:
            place = f"{row.city} ({row.postal_code})" if row.city and row.postal_code else (row.city or
                                                                                          row.postal_code)
            cells = (
                row.code, row.name, self.kind_text(row.kind), place, format_phone(row.phone), row.email,
                row.payment_method or "", self._locale.toString(row.order_count), self.date_text(row.last_order_date),
                self.tr("Active") if row.active else self.tr("Archived"), "",
            )
            self._display[r] = cells
        return cells

    def kind_text(self, kind: str) -> str:
        return self.tr("Company") if kind == "company" else self.tr("Individual")

    def date_text(self, value: date | None) -> str:
        if value is None:
            return ""
        return self._locale.toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS) or COLUMNS[column].sort is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (self.query.sort, self.query.descending) != (COLUMNS[column].sort, descending):
            self.set_query(replace(self.query, sort=COLUMNS[column].sort or "name", descending=descending))

    def sort_column(self) -> int:
        return next((i for i, c in enumerate(COLUMNS) if c.sort == self.query.sort), COLUMN_KEYS.index("name"))

    def retranslate(self) -> None:
        """Texts and formats follow the language and locale just installed."""
        self._locale = QLocale()
        self._display.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, len(COLUMNS) - 1))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().event(event)


# ---- row actions -------------------------------------------------------------------------------------

class RowActionsDelegate(QStyledItemDelegate):
    """Icons of the actions of a row (duplicate, view, edit, delete). A click selects the row, then
    triggers the very QAction of the toolbar, the context menu and the keyboard shortcut."""

    ICON = 18
    GAP = 10

    def __init__(self, view: QAbstractItemView, actions: Sequence[QAction],
                 select_row: Callable[[int], None]) -> None:
        super().__init__(view)
        self.view = view
        self.actions = list(actions)
        self.select_row = select_row

    def rects(self, cell: QRect) -> list[QRect]:
        count = len(self.actions)
        total = count * self.ICON + (count - 1) * self.GAP
        left = cell.left() + max(4, (cell.width() - total) // 2)
        top = cell.top() + (cell.height() - self.ICON) // 2
        return [QRect(left + i * (self.ICON + self.GAP), top, self.ICON, self.ICON) for i in range(count)]

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        if index.data(ID_ROLE) is None:  # a row still being read: no actions to offer yet
            return
        for action, rect in zip(self.actions, self.rects(opt.rect), strict=True):
            action.icon().paint(painter, rect)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        count = len(self.actions)
        return QSize(count * self.ICON + (count - 1) * self.GAP + 16, self.ICON + 10)

    def action_at(self, cell: QRect, position: Any) -> QAction | None:
        for action, rect in zip(self.actions, self.rects(cell), strict=True):
            if rect.adjusted(-3, -3, 3, 3).contains(position):
                return action
        return None

    def editorEvent(self, event: QEvent, model: Any, option: QStyleOptionViewItem,  # noqa: N802
                    index: Index) -> bool:
        if event.type() not in (QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick):
            return False
        assert isinstance(event, QMouseEvent)
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        action = self.action_at(option.rect, event.position().toPoint())
        if action is None:
            return False
        if event.type() == QEvent.Type.MouseButtonRelease:
            self.select_row(index.row())
            if action.isEnabled():
                action.trigger()
        return True  # a double-click on an icon does not open the customer a second time

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem,  # noqa: N802
                  index: Index) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            action = self.action_at(option.rect, event.pos())
            if action is not None:
                QToolTip.showText(event.globalPos(), action.toolTip() or action.text().replace("&", ""), view)
                return True
        return super().helpEvent(event, view, option, index)

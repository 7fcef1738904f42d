"""Reading a list's rows off the GUI thread: the pieces the customer and order list models share.

- `start_briefly_waited`: a read (count and first pages) in a worker; the GUI thread waits a few ms for its
  first result so that a quick query is painted once, with the new rows, and a slow one comes by signal.
- `BackgroundPages`: pages far into a list read in a worker while the user scrolls, one at a time, the last
  ones asked for first; a page scrolled past before its turn is skipped.

Workers run plain functions given by the models, which capture the query and the services, never Qt objects.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from crmdesk.gui.common.error_report import user_message


class Call(QRunnable):
    """Runs a function on a pool thread."""

    def __init__(self, work: Callable[[], None]) -> None:
        super().__init__()
        self.work = work

    def run(self) -> None:
        self.work()


def start_briefly_waited(pool: QThreadPool, work: Callable[[Callable[[Any], None]], None],
                         deliver: Callable[[Any], None], apply: Callable[[Any], None], seconds: float) -> None:
    """Run `work(emit)` on `pool` (queued, not started work is dropped: overtaken). Each result it emits goes to
    `deliver` (a queued signal's emit); the first one, if it comes within `seconds`, is also given to `apply`
    at once on this thread, which must then ignore it when the signal brings it again."""
    first: list[Any] = []
    arrived = threading.Event()

    def emit(result: Any) -> None:
        if not arrived.is_set():
            first.append(result)
            arrived.set()
        deliver(result)

    pool.clear()
    pool.start(Call(lambda: work(emit)))
    if arrived.wait(seconds):  # releases the GIL: the worker runs meanwhile
        apply(first[0])


class _PageSignals(QObject):
    page = Signal(int, int, object)  # generation, page number, rows (None: skipped, no longer wanted)
    failed = Signal(int, int, str)


class BackgroundPages(QObject):
    """Pages read in a worker while scrolling.

    Signals:
        arrived(int, object): a page number and its rows, for the current generation only.
        failed(str): a page could not be read; the message to show.
    """

    arrived = Signal(int, object)
    failed = Signal(str)

    WANTED = 4  # pages painting asked for last; the others waiting are skipped

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # The pool before the signals: children go in creation order, and the pool's destructor waits for a
        # running read, which must still find its signals object.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _PageSignals(self)
        self._signals.page.connect(self._on_page)
        self._signals.failed.connect(self._on_failed)
        self._generation = 0
        self._loading: set[int] = set()
        self._wanted: deque[int] = deque(maxlen=self.WANTED)

    def reset(self) -> None:
        """The list changed (new query, refresh): pages being read for the old one are dropped when they come."""
        self._generation += 1
        self._loading.clear()

    def is_loading(self, number: int) -> bool:
        return number in self._loading

    def request(self, number: int, read: Callable[[], list[Any]]) -> None:
        """Read page `number` with `read` (run on the worker) unless it is on its way already."""
        if number in self._wanted:
            self._wanted.remove(number)
        self._wanted.append(number)
        if number in self._loading:
            return
        self._loading.add(number)
        generation, signals, wanted = self._generation, self._signals, self._wanted

        def work() -> None:
            if number not in wanted:  # scrolled past meanwhile
                signals.page.emit(generation, number, None)
                return
            try:
                rows = read()
            except Exception as exc:  # said on the GUI thread: a short message, never the exception's text
                signals.failed.emit(generation, number, user_message(exc))
                return
            signals.page.emit(generation, number, rows)

        self._pool.start(Call(work))

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the pages asked for are read (tests and benchmarks)."""
        return self._pool.waitForDone(msecs)

    def _on_page(self, generation: int, number: int, rows: list[Any] | None) -> None:
        if generation != self._generation:
            return
        self._loading.discard(number)
        if rows is not None:
            self.arrived.emit(number, rows)

    def _on_failed(self, generation: int, number: int, message: str) -> None:
        if generation == self._generation:
            self._loading.discard(number)
            self.failed.emit(message)

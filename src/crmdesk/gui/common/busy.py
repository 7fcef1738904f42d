"""Saves that wait for the database without freezing the window.

`run_busy(widget, work)` runs `work()` (a service call: no widget in it) on a worker thread and returns its
result, or raises its exception, on the GUI thread, so a dialog's save keeps its simple shape. A save done
within QUICK_SECONDS is simply waited for (nothing repaints in between, as before); a longer one (another
desk holding the database, a slow server) shows a busy state: the window stays painted, its controls are
disabled, the cursor waits and a line says what is happening, until the database answers or its lock
timeout (5 s) ends the wait with a clear message.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar, cast

from PySide6.QtCore import QEventLoop, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QVBoxLayout, QWidget
from shiboken6 import isValid as shiboken_valid

from crmdesk.gui.common.background import Call
from crmdesk.gui.common.styles import Tone, banner_style
from crmdesk.store.database import Database

T = TypeVar("T")

QUICK_SECONDS = 0.15


class BusyNotice(QFrame):
    """The line shown over a window while its save waits for the database."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("busy_notice")
        self.setStyleSheet(banner_style("QFrame#busy_notice", Tone.WARNING, padding="0px", children="QLabel"))
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        self.label.setText(self.tr("Saving… the database is busy, please wait."))
        self.adjustSize()

    def place(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        width = min(max(parent.width() - 40, 200), 420)
        self.setFixedWidth(width)
        self.adjustSize()
        self.move((parent.width() - width) // 2, max(parent.height() // 3 - self.height() // 2, 8))


_pool: QThreadPool | None = None


def _worker_pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool(QApplication.instance())
        _pool.setMaxThreadCount(2)
    return _pool


def run_busy(widget: QWidget, work: Callable[[], T], db: Database | None = None) -> T:
    """`work()` off the GUI thread, its result (or exception) back here; a busy state if it takes long.
    On an in-memory database (one connection per thread) it runs here."""
    if db is not None and db.is_sqlite and db.engine.url.database in (None, "", ":memory:"):
        return work()
    outcome: dict[str, Any] = {}
    finished = threading.Event()

    pending = [work]

    # The worker must not hold the last reference to anything Qt: `work` usually captures its dialog, and
    # a widget freed on the pool's thread (which deletes the runnable) crashed the process. It lets go of
    # `work` before saying it has finished, so the GUI thread's reference is the last one.
    def job() -> None:
        fn = pending.pop()
        try:
            outcome["result"] = fn()
        except BaseException as exc:  # noqa: BLE001 - re-raised on the GUI thread
            outcome["error"] = exc
        del fn
        finished.set()

    _worker_pool().start(Call(job))
    if not finished.wait(QUICK_SECONDS):  # releases the GIL: the worker runs meanwhile
        _wait_visibly(widget, finished)
    finished.wait()
    if "error" in outcome:
        raise outcome["error"]
    return cast(T, outcome["result"])


def _wait_visibly(widget: QWidget, finished: threading.Event) -> None:
    window = widget.window()
    notice = BusyNotice(window)
    notice.place()
    notice.show()
    notice.raise_()
    # The window's own controls only: not the dialogs it owns (they are windows of their own, and one
    # closed a moment ago may be deleted while this waits).
    was_enabled = [(child, child.isEnabled()) for child in
                   window.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                   if not child.isWindow() and child is not notice]
    for child, _enabled in was_enabled:
        child.setEnabled(False)  # no second save, no edit while this one is on its way
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    loop = QEventLoop()
    guard = QTimer()
    guard.setInterval(20)  # a save that already waited 150 ms ends at most 20 ms after the database answers
    guard.timeout.connect(lambda: loop.quit() if finished.is_set() else None)
    guard.start()
    try:
        if not finished.is_set():
            # Input to the window is disabled above; the loop only keeps it painted and the cursor turning.
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    finally:
        guard.stop()
        QApplication.restoreOverrideCursor()
        for child, enabled in was_enabled:
            if shiboken_valid(child):
                child.setEnabled(enabled)
        if shiboken_valid(notice):
            notice.hide()
            notice.deleteLater()

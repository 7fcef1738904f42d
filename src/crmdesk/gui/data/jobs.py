"""A long piece of work (import, export, backup) on a pool thread, with progress and Cancel.

The work is a plain function `work(progress, cancelled)` that never touches widgets; it reports through
`progress(done, total)` and stops when `cancelled()` becomes true. Its result (or the CrmError message it
raised) comes back on the GUI thread by signal.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from crmdesk.domain.errors import CrmError
from crmdesk.domain.i18n import translate
from crmdesk.gui.common.background import Call

log = logging.getLogger(__name__)

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class Job(QObject):
    """Signals:
    progressed(int, int): rows (or pages) done and the total.
    done(object): the work's result.
    failed(str): the message to show (details in the log).
    """

    progressed = Signal(int, int)
    done = Signal(object)
    failed = Signal(str)
    _worker_done = Signal(object)  # from the worker, queued to the GUI thread
    _worker_failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._cancel = threading.Event()
        self._running = False
        # One queued event per outcome: `running` turns false and the public signal goes out together.
        self._worker_done.connect(self._on_worker_done)
        self._worker_failed.connect(self._on_worker_failed)

    @property
    def running(self) -> bool:
        return self._running

    def start(self, work: Work) -> None:
        self._cancel.clear()
        self._running = True
        cancel = self._cancel
        progressed, done, failed = self.progressed, self._worker_done, self._worker_failed

        def run() -> None:
            try:
                result = work(lambda n, total: progressed.emit(int(n), int(total)), cancel.is_set)
            except CrmError as exc:
                failed.emit(exc.message)
                return
            except Exception:  # shown as one line; the traceback goes to the log
                log.exception("background work failed")
                failed.emit(translate("gui.data.jobs", "The operation failed; details are in the log."))
                return
            done.emit(result)

        self._pool.start(Call(run))

    def _on_worker_done(self, result: Any) -> None:
        self._running = False
        self.done.emit(result)

    def _on_worker_failed(self, message: str) -> None:
        self._running = False
        self.failed.emit(message)

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self, msecs: int = 60_000) -> bool:
        """Block until the work ends (tests, closing the window)."""
        return self._pool.waitForDone(msecs)


def documents_folder() -> str:
    """Where a file is offered first: the documents folder, or the home folder where there is none."""
    from pathlib import Path

    from PySide6.QtCore import QStandardPaths

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return folder if folder and Path(folder).is_dir() else str(Path.home())

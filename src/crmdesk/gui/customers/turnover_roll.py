""""CA 12 mois" brought to this month in a background job once the main window shows (issue 13).

On the first start of a month the roll recomputes every customer whose 12-month window moved: seconds at a
million customers. Run on the thread that opens the database it froze the start; here it runs on a worker,
the list's turnover column is shown as being updated (greyed, with a tooltip, and a message in the status
bar) and the list re-reads its rows when it is done. The service (services/activity.roll_turnover) makes it
safe with several desks: on PostgreSQL one rolls and the others wait for it and find the month done.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal
from PySide6.QtWidgets import QLabel

from crmdesk.gui.common.background import Call
from crmdesk.gui.common.error_report import user_message
from crmdesk.store.database import Database

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from crmdesk.gui.customers.list_page import CustomerListPage

STATUS_SECONDS = 5  # how long "updated" stays in the status bar


class _Signals(QObject):
    rolling = Signal()
    done = Signal(int)
    failed = Signal(str)


class TurnoverRoll(QObject):
    """Runs roll_turnover on a worker, once per start.

    Signals:
        started(): a roll is due and runs now (not emitted when the month is already done).
        finished(int): the job ended: how many customers were recomputed (0: nothing was due).
        failed(str): the roll failed; the short message to show (details in the log).
    """

    started = Signal()
    finished = Signal(int)
    failed = Signal(str)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # The pool before the signals: children are destroyed in creation order, and the pool's destructor
        # waits for the running job, which must still find its signals object.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.rolling.connect(self._on_rolling)
        self._signals.done.connect(self._on_done)
        self._signals.failed.connect(self._on_failed)
        self.db = db
        self._stopping = threading.Event()
        self._begun = False
        self.running = False

    def start_once(self) -> None:
        """Start the job unless it was started already (the window shows more than once)."""
        if self._begun:
            return
        self._begun = True
        self.running = True
        db, signals, stopping = self.db, self._signals, self._stopping

        def work() -> None:
            from crmdesk.services.activity import roll_turnover, turnover_roll_due

            try:
                if not turnover_roll_due(db):
                    signals.done.emit(0)
                    return
                signals.rolling.emit()
                done = roll_turnover(db, stop=stopping.is_set)
            except Exception as exc:  # said on the GUI thread: a short message, never the exception's text
                if not stopping.is_set():
                    signals.failed.emit(user_message(exc))
                return
            if not stopping.is_set():
                signals.done.emit(done)

        self._pool.start(Call(work))

    def stop(self, msecs: int = 10_000) -> bool:
        """The window closes: the job gives up between two batches (the month stays due, rolled next start)."""
        self._stopping.set()
        return self._pool.waitForDone(msecs)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the job is done (tests and benchmarks); its signals come with the next events."""
        return self._pool.waitForDone(msecs)

    def _on_rolling(self) -> None:
        self.started.emit()

    def _on_done(self, done: int) -> None:
        self.running = False
        self.finished.emit(done)

    def _on_failed(self, message: str) -> None:
        self.running = False
        self.failed.emit(message)


def install_turnover_roll(window: QMainWindow, db: Database, customer_list: CustomerListPage) -> TurnoverRoll:
    """The job of `window`: a message in its status bar while it runs, the customer list re-read after."""
    roll = TurnoverRoll(db, window)
    label = QLabel()
    label.setObjectName("turnover_roll_status")
    label.hide()
    window.statusBar().addPermanentWidget(label)
    model = customer_list.model

    def started() -> None:
        label.setText(QCoreApplication.translate("TurnoverRoll", "Updating the 12-month turnover…"))
        label.setToolTip(QCoreApplication.translate(
            "TurnoverRoll", "The month changed: the customers' 12-month turnover is being brought up to date. "
            "You can work meanwhile."))
        label.show()
        model.set_turnover_updating(True)

    def finished(done: int) -> None:
        label.hide()
        model.set_turnover_updating(False)
        if done:
            model.refresh()  # the rows shown, read again with their new figures
            window.statusBar().showMessage(QCoreApplication.translate("TurnoverRoll", "12-month turnover updated"),
                                           STATUS_SECONDS * 1000)

    def failed(message: str) -> None:
        label.hide()
        model.set_turnover_updating(False)
        window.statusBar().showMessage(QCoreApplication.translate(
            "TurnoverRoll", "The 12-month turnover could not be updated: %1").replace("%1", message))

    roll.started.connect(started)
    roll.finished.connect(finished)
    roll.failed.connect(failed)
    return roll

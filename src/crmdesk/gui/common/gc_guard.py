"""Python's cyclic garbage collector, run on the GUI thread only.

CPython collects cycles in whichever thread happens to allocate when a threshold is crossed. A worker
thread (a save, a page read) then frees widgets that were part of a cycle (a closed dialog and the
lambdas connected to it), and a QWidget destroyed off the GUI thread leaves its timers registered: the
next event loop iteration crashed the process. The fix, as calibre does it: automatic collection off,
and a GUI-thread timer that collects whenever the allocation counts pass the usual thresholds.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GarbageCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        counts = gc.get_count()
        if counts[0] <= self.threshold[0]:
            return
        generation = 0
        if counts[1] > self.threshold[1]:
            generation = 1
            if counts[2] > self.threshold[2]:
                generation = 2
        gc.collect(generation)


_installed: list[GarbageCollector] = []


def install_gui_thread_gc(app: QObject) -> None:
    """Once per application: from now on cycles are collected on the GUI thread, from its event loop."""
    if _installed:
        return
    _installed.append(GarbageCollector(app))

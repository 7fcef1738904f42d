"""PySide6 6.12.0 on Python 3.11 drops a reference to None on every void Qt call and aborts
("none_dealloc", shared/NOTES.md). The dependency specification excludes that pair, and the
running pair must not leak references to None."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import PySide6
from packaging.requirements import Requirement
from packaging.version import Version
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QTableView

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


def _pyside_requirements() -> list[Requirement]:
    deps = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]["dependencies"]
    return [r for r in map(Requirement, deps) if r.name.lower().startswith("pyside6")]


def _allowed(pyside: str, python: str) -> bool:
    env = {"python_version": python, "python_full_version": python + ".0"}
    applicable = [r for r in _pyside_requirements() if r.marker is None or r.marker.evaluate(env)]
    assert applicable, f"no PySide6 requirement for Python {python}"
    return all(r.specifier.contains(Version(pyside), prereleases=True) for r in applicable)


def test_specification_excludes_the_crashing_pair() -> None:
    assert not _allowed("6.12.0", "3.11")
    assert _allowed("6.11.3", "3.11")
    assert _allowed("6.12.0", "3.12")
    assert _allowed("6.12.0", "3.13")


def test_running_pair_is_not_the_crashing_one() -> None:
    assert not (sys.version_info < (3, 12) and PySide6.__version__ == "6.12.0")


class _NoneModel(QAbstractTableModel):
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 50

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return None


def test_void_qt_calls_do_not_leak_none(qapp: QApplication) -> None:
    view = QTableView()
    view.setModel(_NoneModel())
    view.show()
    qapp.processEvents()
    before = sys.getrefcount(None)
    for _ in range(20_000):
        qapp.processEvents()
    after = sys.getrefcount(None)
    view.close()
    # On the broken pair the count falls by about one per call (20,000 here).
    assert before - after < 1_000


def test_cycles_are_collected_on_the_gui_thread_only(qapp) -> None:  # type: ignore[no-untyped-def]
    """A worker thread must never free widgets: CPython collects cycles in whichever thread allocates, and a
    dialog freed on a save's worker thread left its timers behind and crashed the next event loop pass."""
    import gc
    import weakref

    from PySide6.QtWidgets import QDialog

    from crmdesk.gui.application import ensure_application
    from crmdesk.gui.common import gc_guard

    ensure_application()
    assert not gc.isenabled()
    dialog = QDialog()
    dialog.cycle = dialog  # type: ignore[attr-defined]
    gone = weakref.ref(dialog)
    del dialog
    kept = [[] for _ in range(gc_guard._installed[0].threshold[0] + 10)]  # allocations the collector counts
    gc_guard._installed[0].check()
    del kept
    assert gone() is None

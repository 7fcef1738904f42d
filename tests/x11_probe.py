"""crmdesk as users run it (its own `main`), plus a probe that tells a test where widgets are on screen.

    python tests/x11_probe.py PROBE_DIR [crmdesk arguments...]

The real-display test (tests/test_desk_x11.py) moves the real mouse there with xdotool: it needs the
on-screen position of a button, a navigation entry, a menu item or a row's icon, which only the process
showing them knows (mapToGlobal, the view's visualRect, the row delegate's icon rectangles). The test writes
a request to PROBE_DIR/request.json; the probe answers in PROBE_DIR/answer.json, from a timer of the GUI
thread. It never acts on the application: what the test does, it does through the X server.
"""

from __future__ import annotations

import json
import os
import sys
import traceback
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QWidget,
)


def _plain(text: str) -> str:
    return text.replace("&", "").replace("…", "").strip()


def _windows() -> list[QWidget]:
    """Visible top-level windows, the one in front (modal, active) first."""
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible() and not isinstance(w, QMenu)]
    front = QApplication.activeModalWidget() or QApplication.activeWindow()
    return sorted(shown, key=lambda w: (w is not front, not isinstance(w, QDialog)))


def _window(name: str | None) -> QWidget:
    for window in _windows():
        if name is None or window.objectName() == name:
            return window
    raise LookupError(f"no visible window {name!r}")


def _find(name: str, window: str | None = None) -> QWidget:
    for top in ([_window(window)] if window else _windows()):
        for widget in [top, *top.findChildren(QWidget, name)]:
            if widget.objectName() == name and widget.isVisible():
                return widget
    raise LookupError(f"no visible widget {name!r}")


def _global(widget: QWidget, rect: QRect) -> dict[str, int]:
    """The centre of `rect` (in `widget`'s coordinates) on the screen."""
    centre = widget.mapToGlobal(rect.center())
    return {"x": centre.x(), "y": centre.y(), "w": rect.width(), "h": rect.height()}


def _row_icon(table: QTableView, row: int, action: str) -> dict[str, int]:
    from crmdesk.gui.common.row_actions import RowActionsDelegate

    model = table.model()
    for column in range(model.columnCount()):
        delegate = table.itemDelegateForColumn(column)
        if isinstance(delegate, RowActionsDelegate):
            break
    else:
        raise LookupError(f"{table.objectName()} has no row icons")
    cell = table.visualRect(model.index(row, column))  # not scrolled to: an icon out of view is a failure
    names = [a.objectName() for a in delegate.actions]
    rect = delegate.rects(cell)[names.index(action)]
    if not table.viewport().rect().contains(rect):
        raise LookupError(f"the {action} icon of row {row} lies outside the visible list: {rect}")
    return _global(table.viewport(), rect)


def where(target: dict[str, Any]) -> dict[str, int]:
    kind = target["kind"]
    if kind == "widget":
        widget = _find(target["name"], target.get("window"))
        return _global(widget, widget.rect())
    if kind == "button":  # a dialog's button by its role: accept / reject
        box = _find(target.get("box", "button_box"), target.get("window"))
        assert isinstance(box, QDialogButtonBox)
        role = {"accept": QDialogButtonBox.ButtonRole.AcceptRole,
                "reject": QDialogButtonBox.ButtonRole.RejectRole}[target["role"]]
        button = next(b for b in box.buttons() if box.buttonRole(b) == role and b.isVisible())
        return _global(button, button.rect())
    if kind == "message_button":  # a button of the message box in front, by its text
        box = next(w for w in _windows() if isinstance(w, QMessageBox))
        button = next(b for b in box.findChildren(QAbstractButton) if _plain(b.text()) == target["text"])
        return _global(button, button.rect())
    if kind == "nav":
        tree = _find("navigation")
        assert isinstance(tree, QTreeWidget)
        item = next(i for i in tree.findItems("*", _match_all(), 0) if i.text(0) == target["text"])
        return _global(tree.viewport(), tree.visualItemRect(item))
    if kind == "menubar":
        window = next(w for w in _windows() if isinstance(w, QMainWindow))
        bar = window.menuBar()
        action = next(a for a in bar.actions() if _plain(a.text()) == target["text"])
        return _global(bar, bar.actionGeometry(action))
    if kind == "menu":
        popup = QApplication.activePopupWidget()
        if not isinstance(popup, QMenu):
            raise LookupError("no menu open")
        action = next(a for a in popup.actions() if _plain(a.text()) == target["text"])
        return _global(popup, popup.actionGeometry(action))
    if kind == "tab":
        tabs = _find(target["tabs"])
        assert isinstance(tabs, QTabWidget)
        page = tabs.findChild(QWidget, target["page"])
        bar = tabs.tabBar()
        return _global(bar, bar.tabRect(tabs.indexOf(page)))
    if kind == "row_icon":
        table = _find(target["table"])
        assert isinstance(table, QTableView)
        return _row_icon(table, int(target.get("row", 0)), target["action"])
    raise LookupError(f"unknown target {kind!r}")


def _match_all() -> Any:
    from PySide6.QtCore import Qt

    return Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive


def state() -> dict[str, Any]:
    """What is on screen: the windows in front first, with what a test checks after a click."""
    out: dict[str, Any] = {"windows": []}
    for window in _windows():
        info: dict[str, Any] = {"name": window.objectName(), "title": window.windowTitle(),
                                "class": type(window).__name__, "wid": int(window.winId())}
        if window.objectName() == "customer_dialog":
            name = window.findChild(QLineEdit, "name")
            info["mode"] = getattr(window, "mode", None)
            info["customer_name"] = name.text() if name is not None else None
            info["read_only"] = name.isReadOnly() if name is not None else None
            tabs = window.findChild(QTabWidget, "customer_tabs")
            info["tab"] = tabs.currentWidget().objectName() if tabs is not None and tabs.currentWidget() else None
            history = window.findChild(QTableView, "order_history")
            info["orders"] = history.model().rowCount() if history is not None and history.model() else 0
        if window.objectName() == "order_dialog":
            info["read_only"] = bool(window.is_read_only())  # type: ignore[attr-defined]
        if isinstance(window, QMessageBox):
            info["text"] = window.text()
        if isinstance(window, QMainWindow):
            page = getattr(window, "customer_list_page", None)
            info["customers_shown"] = page.isVisible() if page is not None else None
            info["customer_count"] = page.model.rowCount() if page is not None else None
            info["search"] = page.customer_search.text() if page is not None else None
            orders = window.findChild(QWidget, "order_list_page")
            info["orders_shown"] = orders.isVisible() if orders is not None else None
            bar = window.findChild(QWidget, "message_bar")
            info["message"] = bar.findChild(QWidget, "message_text").text() if bar is not None and \
                bar.isVisible() else ""  # type: ignore[attr-defined]
        out["windows"].append(info)
    popup = QApplication.activePopupWidget()
    out["menu"] = [_plain(a.text()) for a in popup.actions()] if isinstance(popup, QMenu) else None
    focus = QApplication.focusWidget()
    out["focus"] = focus.objectName() if focus is not None else None
    return out


def _answer(folder: Path) -> None:
    request_file = folder / "request.json"
    if not request_file.exists():
        return
    request = json.loads(request_file.read_text())
    request_file.unlink()
    try:
        result: Any = state() if request["op"] == "state" else where(request["target"])
        reply = {"id": request["id"], "ok": True, "result": result}
    except Exception as exc:  # noqa: BLE001 - said to the test, which fails with it
        reply = {"id": request["id"], "ok": False, "error": f"{exc}\n{traceback.format_exc(limit=3)}"}
    temporary = folder / "answer.json.tmp"
    temporary.write_text(json.dumps(reply))
    os.replace(temporary, folder / "answer.json")


def main() -> int:
    folder = Path(sys.argv[1])
    arguments = sys.argv[2:]
    from crmdesk.gui.application import ensure_application

    app = ensure_application(["crmdesk"])
    timer = QTimer(app)
    timer.timeout.connect(lambda: _answer(folder))
    timer.start(25)
    sys.argv = ["crmdesk", *arguments]
    from crmdesk.cli.commands import main as crmdesk_main

    return crmdesk_main(arguments)


if __name__ == "__main__":
    raise SystemExit(main())

"""Parts every list page shows the same way: its title, its search box and when it searches, its layout."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QLayout, QLineEdit, QVBoxLayout, QWidget

from crmdesk.gui.common.icons import icon

TITLE_SCALE = 1.3  # a page's title: bold, this much larger than the text


def page_title() -> QLabel:
    """A page's title (its text is set by the page's retranslate)."""
    title = QLabel()
    font = title.font()
    font.setPointSizeF(font.pointSizeF() * TITLE_SCALE)
    font.setBold(True)
    title.setFont(font)
    return title


def search_box(name: str, minimum_width: int = 200, icon_name: str = "search") -> QLineEdit:
    """A search box named `name`, with its clear button and the magnifier (or another icon) before the text."""
    box = QLineEdit()
    box.setObjectName(name)
    box.setClearButtonEnabled(True)
    box.addAction(icon(icon_name), QLineEdit.ActionPosition.LeadingPosition)
    box.setMinimumWidth(minimum_width)
    return box


def stack_list_page(page: QWidget, top: QLayout, filters: QLayout, table: QWidget, footer: QWidget) -> QVBoxLayout:
    """A list page's layout: title and commands, then filters, the table (taking the room), its count."""
    layout = QVBoxLayout(page)
    layout.addLayout(top)
    layout.addLayout(filters)
    layout.addWidget(table, 1)
    layout.addWidget(footer)
    return layout


def search_timer(parent: QObject, box: QLineEdit, delay_ms: int, search: Callable[[], object], *,
                 on_return: bool = True) -> QTimer:
    """Search `delay_ms` after the last keystroke in `box` (keys arriving together make one query), and at
    once on Return unless the caller handles Return itself. The caller stops the timer when it searches."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(delay_ms)
    timer.timeout.connect(search)
    box.textEdited.connect(lambda _t: timer.start())
    if on_return:
        box.returnPressed.connect(search)
    return timer

"""Column widths that fit the window a list is in (issue 15: a 1024×768 screen).

The row icons and the short values (code, phone, amounts) keep the width their text needs; one column (the
name) stretches over the free width; the other columns share what is left in stages, so that on a narrow
window they shrink (elided, the full text in the tooltip) before the row icons leave the screen, and on a
wide one they never cut a value while there is room for it.

- `fit_widths(available, columns)`: the widths (pure arithmetic, tested on its own).
- `ColumnFitter(table, widths, stretch)`: applies them to a table whenever its width changes.
- `IconWhenNarrowDelegate`: a cell showing only its icon when its text does not fit (the kind column).
- `placeholder_room(edit)`, `fit_placeholder(edit, texts)`: the longest of a few placeholders that the line
  edit shows whole (a cut placeholder reads as a fault).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex
from PySide6.QtWidgets import (
    QHeaderView,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionFrame,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
)
from shiboken6 import isValid

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ColumnWidth:
    """A shown column: its width at each stage of the fit (stage 0: the least it may get). A fixed column
    has one width; the stretching one (the name) takes part in the stages so that the others leave it room,
    and gets whatever is left in the end."""

    key: str
    stages: tuple[int, ...]

    def at(self, stage: int) -> int:
        return self.stages[min(stage, len(self.stages) - 1)]


def fit_widths(available: int, columns: Sequence[ColumnWidth]) -> dict[str, int]:
    """Widths for `columns` in `available` pixels: every column at its least, then each stage in turn while
    it fits; the first stage that does not fit is shared in proportion to what each column asks for."""
    widths = {c.key: float(c.at(0)) for c in columns}
    room = available - sum(widths.values())
    stages = max((len(c.stages) for c in columns), default=1)
    for stage in range(1, stages):
        wanted = {c.key: max(0.0, c.at(stage) - widths[c.key]) for c in columns}
        need = sum(wanted.values())
        if need <= 0:
            continue
        share = min(1.0, max(room, 0) / need)
        for key, extra in wanted.items():
            widths[key] += extra * share
        room -= need * share
        if share < 1.0:
            break
    return {key: int(width) for key, width in widths.items()}


class ColumnFitter(QObject):
    """Fits a table's columns to its width on every resize: `widths()` gives the shown columns' stages (keys
    are the model's column numbers as text), the `stretch` column takes the rest."""

    def __init__(self, table: QTableView, widths: Callable[[], Sequence[ColumnWidth]], stretch: int) -> None:
        super().__init__(table)
        self.table = table
        self.widths = widths
        self.stretch = stretch
        self._fitting = False
        table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.viewport = table.viewport()  # kept: the table may be half destroyed when its last events come
        self.viewport.installEventFilter(self)

    def fit(self) -> None:
        available = self.viewport.width()
        if available <= 0 or self._fitting:
            return
        self._fitting = True
        try:
            header = self.table.horizontalHeader()
            for key, width in fit_widths(available - 1, self.widths()).items():
                if int(key) != self.stretch:
                    header.resizeSection(int(key), width)
        finally:
            self._fitting = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and watched is self.viewport and isValid(self.table):
            self.fit()
        return False


class IconWhenNarrowDelegate(QStyledItemDelegate):
    """The icon and the text when both fit the cell, the icon alone when not (the text is in the tooltip)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        widget = option.widget
        style = widget.style() if widget is not None else None
        margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1) if style else 6
        needed = option.decorationSize.width() + 4 + option.fontMetrics.horizontalAdvance(str(option.text)) + \
            2 * margin
        if option.text and option.rect.width() and option.rect.width() < needed:
            option.text = ""


def placeholder_room(edit: QLineEdit) -> int:
    """The width a line edit gives its text: its contents less the text margins and the side icons (the
    search icon, the clear button), as QLineEdit lays them out."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    contents = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    side = sum(b.width() + 4 for b in edit.findChildren(QToolButton) if b.isVisibleTo(edit))
    return contents.width() - margins.left() - margins.right() - 4 - side


def fit_placeholder(edit: QLineEdit, texts: Sequence[str]) -> None:
    """The first of `texts` (longest first) that the edit shows whole, else the last."""
    room = placeholder_room(edit)
    metrics = edit.fontMetrics()
    chosen = next((t for t in texts if metrics.horizontalAdvance(t) <= room), texts[-1])
    if edit.placeholderText() != chosen:
        edit.setPlaceholderText(chosen)

"""The icons of a row's actions (view, edit, duplicate, delete...), for every list.

A click selects the row, then triggers the very QAction of the toolbar, the context menu and the keyboard
shortcut. An action can be drawn disabled for one row (`enabled(action, index)`), its tooltip then saying
why (`reason(action, index)`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QAction, QHelpEvent, QIcon, QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
)

from crmdesk.gui.common.paged_model import ID_ROLE

Index = QModelIndex | QPersistentModelIndex


class RowActionsDelegate(QStyledItemDelegate):
    """Icons of the actions of a row, centred in the cell."""

    ICON = 18
    GAP = 10

    def __init__(self, view: QAbstractItemView, actions: Sequence[QAction], select_row: Callable[[int], None],
                 enabled: Callable[[QAction, Index], bool] | None = None,
                 reason: Callable[[QAction, Index], str] | None = None) -> None:
        super().__init__(view)
        self.view = view
        self.actions = list(actions)
        self.select_row = select_row
        self.enabled = enabled
        self.reason = reason

    def rects(self, cell: QRect) -> list[QRect]:
        count = len(self.actions)
        total = count * self.ICON + (count - 1) * self.GAP
        left = cell.left() + max(4, (cell.width() - total) // 2)
        top = cell.top() + (cell.height() - self.ICON) // 2
        return [QRect(left + i * (self.ICON + self.GAP), top, self.ICON, self.ICON) for i in range(count)]

    def _enabled(self, action: QAction, index: Index) -> bool:
        return self.enabled is None or self.enabled(action, index)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        if index.data(ID_ROLE) is None:  # a row still being read: no actions to offer yet
            return
        for action, rect in zip(self.actions, self.rects(opt.rect), strict=True):
            mode = QIcon.Mode.Normal if self._enabled(action, index) else QIcon.Mode.Disabled
            action.icon().paint(painter, rect, Qt.AlignmentFlag.AlignCenter, mode)

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
        return True  # a double-click on an icon does not act a second time

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem,  # noqa: N802
                  index: Index) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            action = self.action_at(option.rect, event.pos())
            if action is not None:
                tip = action.toolTip() or action.text().replace("&", "")
                if not self._enabled(action, index) and self.reason is not None:
                    tip = self.reason(action, index)
                QToolTip.showText(event.globalPos(), tip, view)
                return True
        return super().helpEvent(event, view, option, index)

"""The customer's name cell: the name, then, greyed, why the row matches the search when no shown column
says it ("Contact : Bérénice Quintal"); see CustomerTableModel's MATCH_ROLE."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

Index = QModelIndex | QPersistentModelIndex


class NameWithMatchDelegate(QStyledItemDelegate):
    """Paints the name as usual, and the match hint after it in the placeholder colour."""

    def __init__(self, match_role: int, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.match_role = match_role

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        hint = index.data(self.match_role)
        if not hint:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        name = str(opt.text).split("  —  ", 1)[0]
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, opt.widget) + 1  # as Qt's own
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget).adjusted(
            margin, 0, -margin, 0)
        metrics = opt.fontMetrics
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Active
        painter.save()
        name_text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, text_rect.width())
        painter.setPen(opt.palette.color(group, QPalette.ColorRole.HighlightedText if selected
                                         else QPalette.ColorRole.Text))
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        painter.drawText(text_rect, flags, name_text)
        used = metrics.horizontalAdvance(name_text) + metrics.horizontalAdvance("  ")
        rest = QRect(text_rect.left() + used, text_rect.top(), max(0, text_rect.width() - used), text_rect.height())
        if rest.width() > metrics.horizontalAdvance("…"):
            painter.setPen(opt.palette.color(group, QPalette.ColorRole.HighlightedText if selected
                                             else QPalette.ColorRole.PlaceholderText))
            painter.drawText(rest, flags, metrics.elidedText(str(hint), Qt.TextElideMode.ElideRight, rest.width()))
        painter.restore()

"""A bar chart drawn with QPainter (no QtCharts: GPL or commercial only; no extra dependency).

One or two series of amounts over a few categories (months), grouped bars, a value axis with round ticks, a
legend, a tooltip per bar, and an accessible description listing the values. Every colour comes from the
widget's palette (highlight for the first series, the text colour faded for the second, mid for the grid), so
it reads in a light or a dark theme; labels are set by the caller in the interface language.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float, ...]


def nice_step(maximum: float, ticks: int = 4) -> float:
    """A round step (1, 2 or 5 times a power of ten) giving about `ticks` intervals up to `maximum`."""
    if maximum <= 0:
        return 1.0
    raw = maximum / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * power:
            return factor * power
    return 10 * power


class BarChart(QWidget):
    """Grouped bars. `set_data(categories, series, value_text, axis_text)`; `category_tips` (optional) are the
    long names of the categories for the tooltips ("mars 2026" where the axis says "mars"); `category_groups`
    (optional) a second line under the axis, empty but where a group starts (the year, under its first
    month)."""

    MARGIN = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.categories: list[str] = []
        self.category_tips: list[str] = []
        self.category_groups: list[str] = []
        self.series: list[Series] = []
        self.value_text: Callable[[float], str] = lambda v: f"{v:,.2f}"
        self.axis_text: Callable[[float], str] = lambda v: f"{v:,.0f}"
        self.empty_text = ""
        self.tip_template = "%1: %2"  # category, value: the caller sets it in the interface language
        self._bars: list[tuple[QRectF, int, int]] = []  # (rect, series, category) of the last paint
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(160)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable by keyboard, for its accessible description

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(520, 240)

    def set_data(self, categories: Sequence[str], series: Sequence[Series],
                 value_text: Callable[[float], str] | None = None, axis_text: Callable[[float], str] | None = None,
                 category_tips: Sequence[str] | None = None, category_groups: Sequence[str] | None = None) -> None:
        self.categories = list(categories)
        self.category_tips = list(category_tips or categories)
        self.category_groups = list(category_groups or [])
        self.series = list(series)
        if value_text is not None:
            self.value_text = value_text
        if axis_text is not None:
            self.axis_text = axis_text
        parts = []
        for s in self.series:
            values = ", ".join(f"{tip} {self.value_text(v)}" for tip, v in zip(self.category_tips, s.values, strict=False))
            parts.append(f"{s.name}: {values}")
        self.setAccessibleDescription("; ".join(parts))
        self.update()

    def set_empty_text(self, text: str) -> None:
        self.empty_text = text
        self.update()

    def colors(self) -> list[QColor]:
        palette = self.palette()
        first = palette.color(QPalette.ColorRole.Highlight)
        second = QColor(palette.color(QPalette.ColorRole.WindowText))
        second.setAlpha(110)
        return [first, second]

    def maximum(self) -> float:
        return max((v for s in self.series for v in s.values), default=0.0)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_color = palette.color(QPalette.ColorRole.WindowText)
        grid_color = QColor(palette.color(QPalette.ColorRole.Mid))
        fm = QFontMetrics(self.font())
        rect = QRectF(self.rect()).adjusted(self.MARGIN, self.MARGIN, -self.MARGIN, -self.MARGIN)
        self._bars = []
        maximum = self.maximum()
        colors = self.colors()

        # Legend (top right) when there are several series.
        legend_h = 0.0
        if len(self.series) > 1:
            legend_h = fm.height() + 6
            x = rect.right()
            for index in reversed(range(len(self.series))):
                name = self.series[index].name
                w = fm.horizontalAdvance(name)
                x -= w
                painter.setPen(text_color)
                painter.drawText(QPointF(x, rect.top() + fm.ascent()), name)
                x -= 16
                painter.fillRect(QRectF(x, rect.top() + fm.ascent() - 10, 10, 10), colors[index % len(colors)])
                x -= 16
        plot_top = rect.top() + legend_h + fm.height() / 2
        step = nice_step(maximum)
        top_value = step * max(1, math.ceil(maximum / step)) if maximum > 0 else step * 4
        ticks = [step * i for i in range(int(round(top_value / step)) + 1)]
        axis_w = max(fm.horizontalAdvance(self.axis_text(v)) for v in ticks) + 8
        groups_h = fm.height() + 2 if any(self.category_groups) else 0
        plot = QRectF(rect.left() + axis_w, plot_top, rect.width() - axis_w,
                      rect.bottom() - plot_top - fm.height() - 6 - groups_h)
        if plot.height() <= 10 or plot.width() <= 10:
            return

        def y_of(value: float) -> float:
            return plot.bottom() - (value / top_value) * plot.height()

        # Grid and value axis.
        for value in ticks:
            y = y_of(value)
            painter.setPen(QPen(grid_color, 1, Qt.PenStyle.DotLine if value else Qt.PenStyle.SolidLine))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text_color)
            label = self.axis_text(value)
            painter.drawText(QPointF(plot.left() - 6 - fm.horizontalAdvance(label), y + fm.ascent() / 2 - 1), label)

        count = max(len(self.categories), 1)
        slot = plot.width() / count
        n_series = max(len(self.series), 1)
        group_w = slot * 0.75
        bar_w = group_w / n_series
        for c, category in enumerate(self.categories):
            x0 = plot.left() + c * slot + (slot - group_w) / 2
            for si, s in enumerate(self.series):
                value = s.values[c] if c < len(s.values) else 0.0
                if value <= 0:
                    continue
                top = y_of(value)
                bar = QRectF(x0 + si * bar_w + 1, top, max(bar_w - 2, 1), plot.bottom() - top)
                painter.fillRect(bar, colors[si % len(colors)])
                self._bars.append((bar, si, c))
            # Category label, elided to its slot.
            painter.setPen(text_color)
            label = fm.elidedText(category, Qt.TextElideMode.ElideRight, int(slot))
            lw = fm.horizontalAdvance(label)
            painter.drawText(QPointF(plot.left() + c * slot + (slot - lw) / 2, plot.bottom() + fm.ascent() + 4), label)
            group = self.category_groups[c] if c < len(self.category_groups) else ""
            if group:  # under its first category, from the category's left (a year reads beyond its month)
                gx = plot.left() + c * slot + max(0.0, (slot - fm.horizontalAdvance(group)) / 2)
                gx = min(gx, rect.right() - fm.horizontalAdvance(group))
                painter.drawText(QPointF(gx, plot.bottom() + fm.height() + fm.ascent() + 6), group)

        if maximum <= 0 and self.empty_text:
            painter.setPen(text_color)
            painter.drawText(plot, int(Qt.AlignmentFlag.AlignCenter), self.empty_text)
        painter.end()

    def bar_at(self, x: float, y: float) -> tuple[int, int] | None:
        """(series, category) of the bar under the point, from the last paint."""
        for bar, si, c in self._bars:
            if bar.adjusted(-1, -4, 1, 0).contains(QPointF(x, y)):
                return si, c
        return None

    def tip(self, series: int, category: int) -> str:
        s = self.series[series]
        name = f"{s.name} — " if len(self.series) > 1 else ""
        return name + self.tip_template.replace("%1", self.category_tips[category]).replace(
            "%2", self.value_text(s.values[category]))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            hit = self.bar_at(event.pos().x(), event.pos().y())
            if hit is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tip(*hit), self)
            return True
        return super().event(event)

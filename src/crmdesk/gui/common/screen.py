"""Window sizes that fit the screen they open on (a 1024×768 laptop as well as a large monitor).

- `fit_to_screen(widget, width, height)`: the preferred size, never larger than the screen's available
  geometry (less a margin for the window frame), and the window kept on that screen.
- `first_start_size(screen)`: the main window's size on a first start, from the screen's available area.
- `ElidedLabel`: a one-line label that elides its text to the width it gets, the full text in its tooltip;
  long pasted names must not widen a dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QPainter, QPaintEvent, QResizeEvent, QScreen
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

# Room for the window manager's frame and title bar around a window.
FRAME_MARGIN = QSize(16, 48)


def available_geometry(widget: QWidget | None = None) -> QRect:
    screen: QScreen | None = None
    if widget is not None:
        parent = widget.parentWidget()
        screen = (parent.screen() if parent is not None else None) or widget.screen()
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 768)


def fit_size(preferred: QSize, area: QRect) -> QSize:
    """`preferred`, shrunk to fit `area` with room for the window frame."""
    return QSize(max(200, min(preferred.width(), area.width() - FRAME_MARGIN.width())),
                 max(150, min(preferred.height(), area.height() - FRAME_MARGIN.height())))


def fit_to_screen(widget: QWidget, width: int, height: int) -> QSize:
    """Resize `widget` to width×height or less so that it fits its screen; returns the size given."""
    size = fit_size(QSize(width, height), available_geometry(widget))
    widget.resize(size)
    return size


def first_start_size(area: QRect) -> QSize:
    """Most of the screen on a small one, a roomy 1280×800 on a large one."""
    return fit_size(QSize(max(1280, int(area.width() * 0.8)) if area.width() > 1600 else 1280,
                          max(800, int(area.height() * 0.8)) if area.height() > 1000 else 800), area)


class ElidedLabel(QLabel):
    """One line, elided on the right to the width it has; the whole text in the tooltip when cut."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setWordWrap(False)

    def setText(self, text: str) -> None:  # noqa: N802
        self._full = text
        super().setText(text)
        self._update_tooltip()

    def full_text(self) -> str:
        return self._full

    def is_elided(self) -> bool:
        return self.fontMetrics().horizontalAdvance(self._full) > self.contentsRect().width()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), 40), hint.height())

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        return QSize(min(hint.width(), 600), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._update_tooltip()

    def _update_tooltip(self) -> None:
        self.setToolTip(self._full if self.is_elided() else "")

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self._full.replace("\n", " "), Qt.TextElideMode.ElideRight,
                                             rect.width())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(rect, int(self.alignment() | Qt.AlignmentFlag.AlignVCenter), text)


class _Elider(QObject):
    """Re-elides a label's full text (property `full_text`) whenever the label is resized."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and isinstance(watched, QLabel):
            _elide(watched)
        return False


_ELIDER: _Elider | None = None


def _elide(label: QLabel) -> None:
    full = str(label.property("full_text") or "")
    width = label.contentsRect().width()
    shown = label.fontMetrics().elidedText(full.replace("\n", " "), Qt.TextElideMode.ElideRight, max(width, 0))
    QLabel.setText(label, shown)
    label.setToolTip(full if shown != full else "")


def set_elided_text(label: QLabel, text: str) -> None:
    """Show `text` on one line of `label`, elided to the label's width (full text in the tooltip); the label
    never asks for more width than it has, so a 5,000-character name cannot widen its window."""
    global _ELIDER
    if _ELIDER is None:
        _ELIDER = _Elider()
    if not label.property("elided"):
        label.setProperty("elided", True)
        label.setWordWrap(False)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, label.sizePolicy().verticalPolicy())
        label.setMinimumWidth(0)
        label.installEventFilter(_ELIDER)
    label.setProperty("full_text", text)
    _elide(label)


def elide_title(title: str, limit: int = 90) -> str:
    """A window title short enough for a title bar and a task bar."""
    title = " ".join(title.split())
    return title if len(title) <= limit else title[:limit - 1].rstrip() + "…"

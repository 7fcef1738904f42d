"""View mode looks different from edit mode, the same way on every dialog.

- `READ_ONLY_STYLE`: read-only fields drawn flat on the window's grey, without an input frame, so that
  nobody takes a record being viewed for one being edited.
- `ModeBanner`: the line at the top of a dialog saying "Consultation — cliquez sur Modifier pour changer" in
  view mode, and, for a few seconds after a save, "Enregistré à 14:32".
- `apply_mode_style(dialog)`: re-applies the style after fields switched between read-only and editable.
"""

from __future__ import annotations

from PySide6.QtCore import QTime, QTimer
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QTextEdit,
    QWidget,
)

from crmdesk.gui.common.styles import READ_ONLY_STYLE, Tone, banner_style


def apply_mode_style(dialog: QWidget) -> None:
    """Install the read-only look on `dialog` (once) and repolish its fields after a mode change."""
    if READ_ONLY_STYLE not in dialog.styleSheet():
        dialog.setStyleSheet(dialog.styleSheet() + READ_ONLY_STYLE)
    style = dialog.style()
    for field in dialog.findChildren(QWidget):
        if isinstance(field, (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox)):
            style.unpolish(field)
            style.polish(field)


class ModeBanner(QLabel):
    """The mode line of a dialog (objectName `mode_banner`): hidden while editing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mode_banner")
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._view_text = ""
        self._saved_until = QTimer(self)
        self._saved_until.setSingleShot(True)
        self._saved_until.timeout.connect(self._end_saved)
        self._viewing = False
        self.hide()

    def set_view_text(self, text: str) -> None:
        self._view_text = text
        if self._viewing and not self._saved_until.isActive():
            self.setText(text)

    def set_viewing(self, viewing: bool) -> None:
        self._viewing = viewing
        if not self._saved_until.isActive():
            self._show_mode()

    def show_saved(self, text: str) -> None:
        """A visible sign that the record was written: `text` with the time, for a few seconds."""
        self.setStyleSheet(banner_style("QLabel#mode_banner", Tone.SUCCESS))
        self.setText(f"✓ {text} ({QTime.currentTime().toString('HH:mm')})")
        self.setAccessibleName(self.text())
        self.show()
        self._saved_until.start(6000)

    def is_showing_saved(self) -> bool:
        return self._saved_until.isActive()

    def _end_saved(self) -> None:
        self._show_mode()

    def _show_mode(self) -> None:
        self.setStyleSheet(banner_style("QLabel#mode_banner", Tone.NEUTRAL))
        self.setText(self._view_text)
        self.setAccessibleName(self._view_text)
        self.setVisible(self._viewing and bool(self._view_text))

"""Message boxes shown the way every crmdesk dialog shows them: window-modal and opened with `open()`, never
a nested event loop (`exec()`, `QMessageBox.warning(...)`), so that nothing else runs inside a click handler
while the user reads. The caller goes on from a signal (`answered`), not from a return value.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget


def open_box(box: QMessageBox, answered: Callable[[QAbstractButton], object] | None = None) -> QMessageBox:
    """Show `box` window-modal with open(); `answered(button)` once the user clicks one. The box deletes
    itself when closed."""
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if answered is not None:
        box.buttonClicked.connect(answered)
    box.open()
    return box


def warn(parent: QWidget, title: str, text: str, object_name: str = "error_box") -> QMessageBox:
    """A warning with an OK button (objectName `object_name`), opened window-modal over `parent`."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(object_name)
    return open_box(box)

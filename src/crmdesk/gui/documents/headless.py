"""Writing documents to PDF without a window (`crmdesk print`): a QGuiApplication on the offscreen platform."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from crmdesk.domain.documents import Document


def write_pdf_headless(documents: list[Document], target: Path) -> int:
    """Painting needs a Qt GUI application, not a display: the offscreen platform unless one is chosen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from crmdesk.gui.documents.renderer import write_pdf_file

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    try:
        return write_pdf_file(documents, target)
    finally:
        del app

"""The main window's word on a connection that is not encrypted (a PostgreSQL server reached in clear text)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from crmdesk.gui.common.styles import error_text_style
from crmdesk.store.database import Database


class UnencryptedBadge(QLabel):
    """A permanent status-bar label: the data travels in clear text between this desk and the server."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unencrypted_connection")
        self.setStyleSheet(error_text_style() + " font-weight: bold; padding: 0 6px;")
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Connection not encrypted"))
        self.setToolTip(self.tr("The data travels in clear text between this computer and the database server. "
                                "Ask for TLS on the server and put sslmode=verify-full in the database address."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def add_connection_badge(window: QMainWindow, db: Database) -> UnencryptedBadge | None:
    """Show the badge in `window`'s status bar when `db` is a PostgreSQL server reached without TLS."""
    try:
        encrypted = db.encrypted
    except Exception:  # noqa: BLE001 - the server gone meanwhile: the next action says so
        return None
    if encrypted is None or encrypted:
        return None
    badge = UnencryptedBadge(window)
    window.statusBar().addPermanentWidget(badge)
    return badge

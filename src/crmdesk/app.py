"""In-process entry point: `create_main_window(database_url)` (tests and the `crmdesk` command use it)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMainWindow

from crmdesk.services import Services
from crmdesk.store.database import open_database


def create_main_window(database_url: str) -> QMainWindow:
    """With a QApplication running, open (create and migrate if needed) the database and return the
    ready main window, not yet shown."""
    from crmdesk.gui.application import install_language, installed_language
    from crmdesk.gui.common.gc_guard import install_gui_thread_gc
    from crmdesk.gui.main_window import MainWindow

    app = QApplication.instance()
    if app is None:
        raise RuntimeError("create_main_window needs a running QApplication")
    install_gui_thread_gc(app)
    if installed_language() is None:
        install_language(None)
    services = Services.open(open_database(database_url), roll_turnover=False)  # rolled once shown
    return MainWindow(services)

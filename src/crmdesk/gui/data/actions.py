"""The main window's File menu entries for data in and out, and the GDPR actions of the customer list.

`DataActions(window)` creates the QActions (object names in shared/CONTRACT.md: action_import_customers,
action_export, action_backup, action_restore), puts them at the top of the File menu, opens their dialogs,
and takes the automatic backup at start (in the background, keeping the last N).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Qt, QThreadPool
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QBoxLayout, QLayout, QMainWindow, QMenu, QMessageBox, QToolBar, QToolButton, QWidget

from crmdesk.gui.common.background import Call
from crmdesk.gui.common.icons import icon
from crmdesk.gui.data.export_dialog import ListView
from crmdesk.services import backup as backups

log = logging.getLogger(__name__)


class DataActions(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.services = window.services  # type: ignore[attr-defined]
        self.bus = window.bus  # type: ignore[attr-defined]

        def action(name: str, slot: Any, shortcut: str | None = None) -> QAction:
            a = QAction(window)
            a.setObjectName(name)
            if shortcut:
                a.setShortcut(QKeySequence(shortcut))
            a.triggered.connect(slot)
            window.addAction(a)
            return a

        self.import_customers = action("action_import_customers", self.open_import, "Ctrl+I")
        self.export = action("action_export", self.open_export, "Ctrl+E")
        self.backup = action("action_backup", self.open_backup)
        self.restore = action("action_restore", self.open_restore)
        self.inactive = action("action_inactive_customers", self.open_inactive)
        self.gdpr_export = action("action_gdpr_export_customer", lambda: self._gdpr().export_data())
        self.gdpr_erase = action("action_gdpr_erase_customer", lambda: self._gdpr().erase())
        self.export.setIcon(icon("export"))
        self._add_list_buttons()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._box: QMessageBox | None = None
        self.dialogs: list[QWidget] = []
        self.retranslate()

    def add_to(self, menu: QMenu) -> None:
        for a in (self.import_customers, self.export):
            menu.addAction(a)
        menu.addSeparator()
        for a in (self.backup, self.restore):
            menu.addAction(a)
        menu.addSeparator()
        menu.addAction(self.inactive)
        menu.addSeparator()

    def _add_list_buttons(self) -> None:
        """Export from each list: on the customer list's toolbar, and beside the order list's search box."""
        customers = getattr(self.window, "customer_list_page", None)
        toolbar = getattr(customers, "toolbar", None)
        if isinstance(toolbar, QToolBar):
            toolbar.addSeparator()
            toolbar.addAction(self.export)
        orders = getattr(self.window, "order_list_page", None)
        search = getattr(orders, "order_search", None)
        layout: QBoxLayout | None = None
        parent = search.parentWidget() if isinstance(search, QWidget) else None
        outer = parent.layout() if parent is not None else None
        if outer is not None and isinstance(search, QWidget):
            layout = _layout_holding(outer, search)
        if layout is not None:
            button = QToolButton()
            button.setObjectName("order_export_button")
            button.setDefaultAction(self.export)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAutoRaise(True)
            layout.addWidget(button)

    def list_actions(self) -> list[QAction]:
        """For the customer list's context menu."""
        return [self.gdpr_export, self.gdpr_erase]

    def retranslate(self) -> None:
        self.import_customers.setText(self.tr("&Import customers…"))
        self.export.setText(self.tr("E&xport…"))
        self.backup.setText(self.tr("&Back up…"))
        self.restore.setText(self.tr("Rest&ore…"))
        self.inactive.setText(self.tr("Customers &inactive for 3 years (GDPR)…"))
        self.gdpr_export.setText(self.tr("Export personal data (GDPR)…"))
        self.gdpr_erase.setText(self.tr("Erase personal data (GDPR)…"))

    # ---- dialogs --------------------------------------------------------------------------------------------
    def _open(self, dialog: QWidget) -> QWidget:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialogs = [d for d in self.dialogs if _alive(d)]
        self.dialogs.append(dialog)
        dialog.open()  # type: ignore[attr-defined]
        return dialog

    def open_import(self) -> QWidget:
        from crmdesk.gui.data.import_dialog import ImportDialog

        dialog = ImportDialog(self.services, self.window)
        dialog.imported.connect(self._after_import)
        return self._open(dialog)

    def _after_import(self, _result: Any) -> None:
        page = getattr(self.window, "customer_list_page", None)
        if page is not None:
            page.reload_reference_lists()
            page.model.set_query(page.model.query)

    def views(self) -> dict[str, ListView]:
        from crmdesk.gui.customers.table_model import COLUMN_KEYS
        from crmdesk.services.customers import CustomerQuery
        from crmdesk.services.orders import OrderQuery

        views: dict[str, ListView] = {}
        page = getattr(self.window, "customer_list_page", None)
        if page is not None:
            header = page.customer_table.horizontalHeader()
            keys = [COLUMN_KEYS[header.logicalIndex(v)] for v in range(header.count())
                    if not header.isSectionHidden(header.logicalIndex(v))]
            views["customers"] = ListView(page.current_query(), tuple(k for k in keys if k != "actions"))
        else:
            views["customers"] = ListView(CustomerQuery(), ())
        orders = getattr(self.window, "order_list_page", None)
        if orders is not None:
            header = orders.order_table.horizontalHeader()
            columns = orders.model.columns if hasattr(orders.model, "columns") else ()
            keys = [columns[header.logicalIndex(v)].key for v in range(header.count())
                    if not header.isSectionHidden(header.logicalIndex(v)) and header.logicalIndex(v) < len(columns)]
            views["orders"] = ListView(orders.query(), tuple(k for k in keys if k != "actions"))
        else:
            views["orders"] = ListView(OrderQuery(), ())
        return views

    def open_export(self) -> QWidget:
        from crmdesk.gui.data.export_dialog import ExportDialog

        current = "customers"
        pages = getattr(self.window, "pages", None)
        if pages is not None and pages.currentWidget() is getattr(self.window, "order_list_page", None):
            current = "orders"
        return self._open(ExportDialog(self.services, self.views(), current, self.window))

    def open_backup(self) -> QWidget | None:
        if not backups.supported(self.services.db):
            self._postgres_message()
            return None
        from crmdesk.gui.data.backup_dialog import BackupDialog

        return self._open(BackupDialog(self.services, self.window))

    def open_restore(self) -> QWidget | None:
        if not backups.supported(self.services.db):
            self._postgres_message()
            return None
        from crmdesk.gui.data.backup_dialog import RestoreDialog

        dialog = RestoreDialog(self.services, self.window)
        dialog.restored.connect(self._after_restore)
        return self._open(dialog)

    def _after_restore(self, _kept: str) -> None:
        self._after_import(None)
        orders = getattr(self.window, "order_list_page", None)
        if orders is not None and hasattr(orders, "model") and hasattr(orders.model, "reload"):
            orders.model.reload()

    def _postgres_message(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Backup"), self.tr(
            "This database is on a PostgreSQL server: the server's own backup (pg_dump, or your host's backups) "
            "saves and restores it. crmdesk can export the customers and the orders as spreadsheets."),
            QMessageBox.StandardButton.Close, self.window)
        box.setObjectName("postgres_backup_message")
        export = box.addButton(self.tr("&Export…"), QMessageBox.ButtonRole.ActionRole)
        box.buttonClicked.connect(lambda b: self.open_export() if b is export else None)
        self._box = box
        box.open()

    def open_inactive(self) -> QWidget:
        from crmdesk.gui.data.gdpr import InactiveCustomersDialog

        return self._open(InactiveCustomersDialog(self.services, self.bus, self.window))

    def _gdpr(self) -> Any:
        from crmdesk.gui.data.gdpr import GdprRequests

        page = getattr(self.window, "customer_list_page", None)
        return GdprRequests(self.services, self.bus, (lambda: page.current_id()) if page is not None
                            else (lambda: None), self.window)

    # ---- automatic backup -------------------------------------------------------------------------------------
    def automatic_backup(self) -> None:
        """At start, in the background, of the desk's own database (the one in the user data folder; a file
        named with --database is the user's to look after): the last N kept (the backup dialog sets N; 0 turns
        it off)."""
        from crmdesk.gui.data.backup_dialog import automatic_keep

        db, keep = self.services.db, automatic_keep()
        if not backups.supported(db) or keep <= 0 or not backups.is_desk_database(db):
            return
        folder = backups.default_backup_folder(db)

        def work() -> None:
            try:
                backups.automatic_backup(db, folder, keep)
            except Exception:  # never in the way of the start: said in the log
                log.exception("automatic backup failed")

        self._pool.start(Call(work))

    def wait(self, msecs: int = 30_000) -> bool:
        return self._pool.waitForDone(msecs)


def _layout_holding(layout: QLayout, widget: QWidget) -> QBoxLayout | None:
    """The box layout (within `layout`) that holds `widget`."""
    if isinstance(layout, QBoxLayout) and layout.indexOf(widget) >= 0:
        return layout
    for i in range(layout.count()):
        item = layout.itemAt(i)
        child = item.layout() if item is not None else None
        if child is not None:
            found = _layout_holding(child, widget)
            if found is not None:
                return found
    return None


def _alive(widget: QWidget) -> bool:
    try:
        return widget.isVisible()
    except RuntimeError:
        return False

"""GDPR requests from the customer dialog and the customer list's context menu, and the inactive customers.

- Export the personal data of a customer (Art. 15, 20): a zip with JSON and CSV.
- Erase (Art. 17): deleted when the customer has no order, else pseudonymised (its orders are kept), after
  confirmation.
- Customers inactive for more than 3 years, pseudonymised in bulk after confirmation.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QMenu,
    QMessageBox,
    QTableWidgetItem,
    QToolButton,
    QWidget,
)

from crmdesk.domain.errors import CrmError
from crmdesk.domain.records import CustomerData
from crmdesk.gui.common.bus import DataBus
from crmdesk.gui.data.job_panel import DataDialog
from crmdesk.gui.data.jobs import documents_folder
from crmdesk.gui.forms.ui_inactive_customers_dialog import Ui_InactiveCustomersDialog
from crmdesk.services import Services
from crmdesk.services.gdpr import GdprService


class GdprRequests(QObject):
    """Export and erase for one customer, given by `customer_id()`; messages are parented to `parent`."""

    def __init__(self, services: Services, bus: DataBus, customer_id: Callable[[], int | None],
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.services = services
        self.bus = bus
        self.customer_id = customer_id
        self.widget = parent
        self.service = GdprService(services.db)
        self._box: QMessageBox | None = None
        self._file_dialog: QFileDialog | None = None

    def _customer(self) -> tuple[int, CustomerData] | None:
        """The customer the request is about, read now; None (said in a message) when there is none."""
        cid = self.customer_id()
        if cid is None:
            return None
        try:
            return cid, self.services.customers.get(cid)
        except CrmError as exc:
            self._say(exc.message)
            return None

    def export_data(self) -> None:
        found = self._customer()
        if found is None:
            return
        cid, code = found[0], found[1].code
        documents = documents_folder()
        folder = Path(str(QSettings().value("gdpr/folder", documents)))
        dialog = QFileDialog(self.widget, self.tr("Export the customer's personal data"))
        dialog.setObjectName("gdpr_export_file_dialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([self.tr("Zip archives (*.zip)")])
        dialog.setDefaultSuffix("zip")
        dialog.selectFile(str(folder / self.tr("personal-data-{code}.zip").format(code=code)))
        dialog.fileSelected.connect(lambda name: self.export_to(cid, Path(name)))
        self._file_dialog = dialog
        dialog.open()

    def export_to(self, customer_id: int, path: Path) -> bool:
        try:
            self.service.export_customer(customer_id, path)
        except (CrmError, OSError) as exc:
            self._say(exc.message if isinstance(exc, CrmError) else self.tr("Cannot write {path}.").format(
                path=path))
            return False
        QSettings().setValue("gdpr/folder", str(path.parent))
        self._say(self.tr("Everything crmdesk holds about this customer is in {path} (JSON and CSV).").format(
            path=path), warning=False)
        return True

    def erase(self) -> None:
        found = self._customer()
        if found is None:
            return
        cid, data = found
        if data.order_count:
            text = self.tr("{name} has {n} orders, which must be kept (accounting documents, 10 years). Its "
                           "personal data will be pseudonymised: name, contact details, bank details, notes, "
                           "contacts and street addresses. This cannot be undone.").format(
                name=data.name, n=data.order_count)
        else:
            text = self.tr("{name} has no order: the customer and all its data will be deleted. This cannot be "
                           "undone.").format(name=data.name)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Erase personal data"), text,
                          QMessageBox.StandardButton.Cancel, self.widget)
        box.setObjectName("gdpr_erase_question")
        erase = box.addButton(self.tr("&Erase"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(lambda button: self.erase_now(cid) if button is erase else None)
        self._box = box
        box.open()

    def erase_now(self, customer_id: int) -> str | None:
        try:
            done = self.service.erase(customer_id)
        except CrmError as exc:
            self._say(exc.message)
            return None
        if done == "deleted":
            self.bus.customers_removed.emit([customer_id])
        else:
            self.bus.customers_changed.emit([customer_id])
        return done

    def _say(self, text: str, warning: bool = True) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information,
                          self.tr("Personal data"), text, QMessageBox.StandardButton.Ok, self.widget)
        box.setObjectName("gdpr_message")
        self._box = box
        box.open()


def add_gdpr_button(dialog: QWidget) -> None:
    """A "GDPR" button with its menu on a customer dialog's button box (saved customers only)."""
    services: Services = dialog.services  # type: ignore[attr-defined]
    bus: DataBus = dialog.bus  # type: ignore[attr-defined]
    requests = GdprRequests(services, bus, dialog.customer_id, dialog)  # type: ignore[attr-defined]
    button = QToolButton(dialog)
    button.setObjectName("gdpr_button")
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu = QMenu(button)
    export = menu.addAction(QCoreApplication.translate("GdprRequests", "&Export the personal data…"), requests.export_data)
    export.setObjectName("action_gdpr_export")
    erase = menu.addAction(QCoreApplication.translate("GdprRequests", "E&rase the personal data…"), requests.erase)
    erase.setObjectName("action_gdpr_erase")
    button.setMenu(menu)
    button.setText(QCoreApplication.translate("GdprRequests", "GDPR"))
    button.setToolTip(QCoreApplication.translate("GdprRequests", "Personal data of this customer: export (access) or erasure"))
    box = getattr(getattr(dialog, "ui", None), "button_box", None)
    if isinstance(box, QDialogButtonBox):
        # HelpRole: at the left of Edit / Save / Close; the dialog acts on accept and reject roles only.
        box.addButton(button, QDialogButtonBox.ButtonRole.HelpRole)
    dialog.gdpr_requests = requests  # type: ignore[attr-defined]
    dialog.gdpr_button = button  # type: ignore[attr-defined]
    # A customer being created has nothing to export or erase yet.
    button.setVisible(getattr(dialog, "mode", "view") not in ("create", "duplicate"))

    def enable() -> None:
        saved = dialog.customer_id() is not None  # type: ignore[attr-defined]
        export.setEnabled(saved)
        erase.setEnabled(saved)

    menu.aboutToShow.connect(enable)


class InactiveCustomersDialog(DataDialog):
    """Customers with no order for more than 3 years (CNIL), to pseudonymise in bulk.

    The form ui/inactive_customers_dialog.ui. Signals: finished(int), as QDialog.
    """

    ui: Ui_InactiveCustomersDialog

    def __init__(self, services: Services, bus: DataBus, parent: QWidget | None = None) -> None:
        super().__init__(Ui_InactiveCustomersDialog(), "inactive_customers_dialog", (760, 480), parent)
        self.services = services
        self.bus = bus
        self.service = GdprService(services.db)
        self.table, self.pseudonymise_button = self.ui.inactive_customers_table, self.ui.pseudonymise_button
        self.pseudonymise_button.clicked.connect(self.ask)
        self.ui.close_button.clicked.connect(self.reject)
        self._box: QMessageBox | None = None
        self.load()
        self.fit()

    def retranslate(self) -> None:
        if hasattr(self, "customers"):
            self._update_button()

    def load(self) -> None:
        self.customers = self.service.inactive()
        self.table.setRowCount(len(self.customers))
        for r, c in enumerate(self.customers):
            values = (c.code, c.name, c.last_order_date.isoformat() if c.last_order_date else self.tr("none"),
                      str(c.order_count))
            for col, value in enumerate(values):
                self.table.setItem(r, col, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self._update_button()

    def _update_button(self) -> None:
        self.pseudonymise_button.setText(self.tr("&Pseudonymise these {n} customers…").format(n=len(self.customers)))
        self.pseudonymise_button.setEnabled(bool(self.customers))

    def ask(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.windowTitle(),
                          self.tr("Pseudonymise {n} customers? Their names, contact details, bank details, notes, "
                                  "contacts and street addresses are removed for good; their orders are kept.")
                          .format(n=len(self.customers)), QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("pseudonymise_question")
        go = box.addButton(self.tr("&Pseudonymise"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(lambda button: self.pseudonymise() if button is go else None)
        self._box = box
        box.open()

    def pseudonymise(self) -> int:
        ids = [c.id for c in self.customers]
        try:
            n = self.service.pseudonymise(ids)
        except CrmError as exc:
            box = QMessageBox(QMessageBox.Icon.Warning, self.windowTitle(), exc.message,
                              QMessageBox.StandardButton.Ok, self)
            self._box = box
            box.open()
            return 0
        self.bus.customers_changed.emit(ids)
        self.load()
        return n

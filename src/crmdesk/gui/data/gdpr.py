"""GDPR requests from the customer dialog and the customer list's context menu, and the inactive customers.

- Export the personal data of a customer (Art. 15, 20): a zip with JSON and CSV.
- Erase (Art. 17): deleted when the customer has no order, else pseudonymised (its orders are kept), after
  confirmation.
- Customers inactive for more than 3 years, listed and pseudonymised in bulk in the background (progress,
  Cancel) after confirmation.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressBar,
    QToolButton,
    QWidget,
)

from crmdesk.domain.errors import CrmError
from crmdesk.domain.records import CustomerData
from crmdesk.gui.common.bus import DataBus
from crmdesk.gui.common.error_report import user_message
from crmdesk.gui.data.job_panel import DataDialog, JobPanel
from crmdesk.gui.data.jobs import Job, documents_folder
from crmdesk.gui.forms.ui_inactive_customers_dialog import Ui_InactiveCustomersDialog
from crmdesk.services import Services
from crmdesk.services.gdpr import GdprService, InactiveCustomer


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


@dataclass(frozen=True)
class _Listed:
    """The inactive customers read by the background job: the oldest ones (up to the service's limit) and how
    many there are in all."""

    customers: list[InactiveCustomer]
    total: int


@dataclass(frozen=True)
class _Pseudonymised:
    """How a bulk pseudonymisation ended: `done` pseudonymised of the `handled` first of `ids` (skipped ones,
    no longer inactive, included), or stopped by `error`."""

    ids: list[int]
    done: int
    handled: int
    error: str = ""


FILL_ROWS = 400  # table rows filled per turn of the event loop (about 40 ms)


def _number(n: int) -> str:
    return QLocale().toString(n)


class InactiveCustomersDialog(DataDialog):
    """Customers with no order for more than 3 years (CNIL), to pseudonymise in bulk.

    The form ui/inactive_customers_dialog.ui, with a progress bar (`inactive_progress`) and a status line
    (`inactive_status`). The list is read and the customers pseudonymised in background jobs; the
    pseudonymise button acts on the selected customers, or on all those listed when none is selected. Each
    batch of customers is committed as it is done, so Cancel (or closing the dialog) stops after the current
    customer and what was pseudonymised stays so: an erasure the user confirmed is never rolled back.

    Signals: finished(int), as QDialog.
    """

    ui: Ui_InactiveCustomersDialog
    panel: JobPanel

    def __init__(self, services: Services, bus: DataBus, parent: QWidget | None = None) -> None:
        super().__init__(Ui_InactiveCustomersDialog(), "inactive_customers_dialog", (760, 480), parent)
        self.services = services
        self.bus = bus
        self.service = GdprService(services.db)
        self.customers: list[InactiveCustomer] = []
        self.total = 0  # inactive customers in all (more than listed at a million customers)
        self.pseudonymised = 0  # by this dialog, for work_done()
        self._result = ""  # how the last run ended, kept on the status line above the list's state
        self._outcome: list[_Pseudonymised] = []  # the running job's outcome, read at once when closing
        self._handled: _Pseudonymised | None = None
        self._reload = False
        self.table, self.pseudonymise_button = self.ui.inactive_customers_table, self.ui.pseudonymise_button
        self.close_button = self.ui.close_button
        # The progress bar and status line of every data dialog; added here, the form having none.
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("inactive_progress")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("inactive_status")
        self.status_label.setWordWrap(True)
        self.ui.inactive_layout.insertWidget(2, self.progress_bar)
        self.ui.inactive_layout.insertWidget(3, self.status_label)
        self.loader = Job(self)
        self.loader.done.connect(self._on_listed)
        self.loader.failed.connect(self._on_list_failed)
        self.job = Job(self)
        self.panel = JobPanel(self.job, self.status_label, self.progress_bar, self.close_button)
        self.progress_bar.hide()  # until a job runs
        self.job.done.connect(self._on_pseudonymised)
        self.job.failed.connect(lambda _message: self._update_buttons())
        self.pseudonymise_button.clicked.connect(self.ask)
        self.close_button.clicked.connect(self.cancel_or_close)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(FILL_ROWS)  # sized on the first rows only
        header.setStretchLastSection(False)  # the name takes the room, not the number of orders
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._filler = QTimer(self)
        self._filler.setInterval(0)
        self._filler.timeout.connect(self._fill_some)
        self._next_row = 0
        self._box: QMessageBox | None = None
        self.retranslate()
        self.load()
        self.fit()

    def retranslate(self) -> None:
        if hasattr(self, "progress_bar"):
            self.progress_bar.setFormat(self.tr("%v of %m"))
            self._update_buttons()

    # ---- the list, read in the background -------------------------------------------------------------------
    def load(self) -> None:
        """Read the inactive customers again (in the background); the table keeps its rows meanwhile."""
        if self.loader.running:
            self._reload = True
            return
        if not self._result:
            self.status_label.setText(self.tr("Reading the inactive customers…"))
        service = self.service
        self.loader.start(lambda _progress, _cancelled: _Listed(service.inactive(), service.inactive_count()))
        self._update_buttons()

    def _on_listed(self, listed: _Listed) -> None:
        if self._reload:
            self._reload = False
            self.load()
            return
        self.customers, self.total = listed.customers, max(listed.total, len(listed.customers))
        self.table.clearSelection()
        self.table.setRowCount(len(self.customers))
        self._next_row = 0
        self._fill_some()
        for column in (0, 2, 3):  # the name (1) stretches: resizing it to its contents would undo that
            self.table.resizeColumnToContents(column)
        if self._next_row < len(self.customers):
            self._filler.start()  # the rest a slice per turn of the event loop: 10,000 rows take a second
        self.status_label.setText(" ".join(t for t in (self._result, self._list_state()) if t))
        self._update_buttons()

    @property
    def filling(self) -> bool:
        return self._filler.isActive()

    def _fill_some(self) -> None:
        end = min(self._next_row + FILL_ROWS, len(self.customers))
        locale, none, model = QLocale(), self.tr("none"), self.table.model()
        right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        display, align = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole
        # Through the model, the table makes its items in C++: no Python object per cell (32,000 of them set
        # off a half-second garbage collection).
        for r in range(self._next_row, end):
            c = self.customers[r]
            last = locale.toString(QDate(c.last_order_date.year, c.last_order_date.month, c.last_order_date.day),
                                   QLocale.FormatType.ShortFormat) if c.last_order_date else none
            for col, value in enumerate((c.code, c.name, last, locale.toString(c.order_count))):
                model.setData(model.index(r, col), value, display)
            model.setData(model.index(r, 3), right, align)
        self._next_row = end
        if end >= len(self.customers) and self._filler.isActive():
            self._filler.stop()
            self._update_buttons()

    def _list_state(self) -> str:
        if not self.customers:
            return self.tr("No customer has been inactive for more than 3 years.")
        if self.total > len(self.customers):
            return self.tr("The {n} oldest of the {total} inactive customers are listed; the next ones are listed "
                           "once these are pseudonymised.").format(n=_number(len(self.customers)),
                                                                   total=_number(self.total))
        return self.tr("{n} customers inactive for more than 3 years.").format(n=_number(self.total))

    def _on_list_failed(self, message: str) -> None:
        self._reload = False
        self.status_label.setText(message)
        self._update_buttons()

    # ---- pseudonymisation, in the background ----------------------------------------------------------------
    def chosen(self) -> list[InactiveCustomer]:
        """The selected customers, or all those listed when none is selected."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.customers[r] for r in rows if r < len(self.customers)] or list(self.customers)

    def _update_buttons(self) -> None:
        if not hasattr(self, "panel"):
            return
        busy = self.job.running or self.loader.running or self.filling
        selected = bool(self.table.selectionModel().selectedRows())
        n = _number(len(self.chosen()))
        self.pseudonymise_button.setText(
            self.tr("&Pseudonymise") if not self.customers
            else self.tr("&Pseudonymise the {n} selected customers…").format(n=n) if selected
            else self.tr("&Pseudonymise these {n} customers…").format(n=n))
        self.pseudonymise_button.setEnabled(bool(self.customers) and not busy)
        self.table.setEnabled(not self.job.running)
        self.panel.update_cancel_button(finished=True)  # Cancel while the job runs, Close otherwise

    def ask(self) -> None:
        chosen = self.chosen()
        if not chosen or self.job.running:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.windowTitle(),
                          self.tr("Pseudonymise {n} customers? Their names, contact details, bank details, notes, "
                                  "contacts and street addresses are removed for good; their orders are kept.")
                          .format(n=_number(len(chosen))), QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("pseudonymise_question")
        go = box.addButton(self.tr("&Pseudonymise"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        ids = [c.id for c in chosen]
        box.buttonClicked.connect(lambda button: self.pseudonymise(ids) if button is go else None)
        self._box = box
        box.open()

    def pseudonymise(self, ids: list[int]) -> None:
        """Start pseudonymising `ids` in the background (after the confirmation)."""
        if self.job.running or not ids:
            return
        service, outcome = self.service, list[_Pseudonymised]()
        self._outcome = outcome

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> _Pseudonymised:
            handled = [0]

            def report(n: int, total: int) -> None:
                handled[0] = n
                progress(n, total)

            try:
                done = service.pseudonymise(ids, report, cancelled, inactive_only=True)
                result = _Pseudonymised(ids, done, handled[0])
            except Exception as exc:  # the batches committed before it stay: say how far it went
                result = _Pseudonymised(ids, -1, handled[0], user_message(exc))
            outcome.append(result)
            return result

        self._result = ""
        self.panel.begin(self.tr("Pseudonymising {n} customers…").format(n=_number(len(ids))))
        self.job.start(work)
        self._update_buttons()

    def _finish(self, outcome: _Pseudonymised) -> bool:
        """Tell the rest of the window which customers changed; False when this outcome was already told."""
        if outcome is self._handled:
            return False
        self._handled = outcome
        changed = outcome.ids if outcome.error else outcome.ids[:outcome.handled]
        if changed:
            self.bus.customers_changed.emit(changed)
        self.pseudonymised += max(outcome.done, 0) if not outcome.error else outcome.handled
        return True

    def _on_pseudonymised(self, outcome: _Pseudonymised) -> None:
        if not self._finish(outcome):
            return
        total, left = len(outcome.ids), len(outcome.ids) - outcome.handled
        if outcome.error:
            text = self.tr("Stopped after {handled} of {total} customers: {error} Those handled before stay "
                           "pseudonymised.").format(handled=_number(outcome.handled), total=_number(total),
                                                    error=outcome.error)
        elif left:
            text = self.tr("Cancelled: {done} customers pseudonymised (they stay so); the other {left} are "
                           "unchanged.").format(done=_number(outcome.done), left=_number(left))
        else:
            text = self.tr("{done} customers pseudonymised.").format(done=_number(outcome.done))
            if outcome.done < total:
                text += " " + self.tr("{n} skipped: they have ordered or were pseudonymised meanwhile.").format(
                    n=_number(total - outcome.done))
        self._result = text
        self.panel.end(text, complete=not outcome.error and not left)
        self.progress_bar.setRange(0, max(total, 1))  # the bar keeps saying how far it went: n of N
        self.progress_bar.setValue(outcome.handled)
        self.load()
        self._update_buttons()

    def work_done(self) -> bool:
        return self.pseudonymised > 0

    def reject(self) -> None:
        """Closing while the job runs stops it after the current customer; the window still hears of those
        pseudonymised."""
        if self.job.running:
            self.job.cancel()
            self.job.wait()
            if self._outcome:
                self._finish(self._outcome[0])
        super().reject()

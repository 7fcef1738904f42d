"""File › Exporter… : the customer list or the order list, as shown or with every column, to CSV or XLSX.

The export runs in the background with a progress bar and Cancel (a cancelled export leaves no file).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from crmdesk.gui.data.job_panel import DataDialog, FileField, JobPanel
from crmdesk.gui.data.jobs import Job, documents_folder
from crmdesk.gui.forms.ui_export_dialog import Ui_ExportDialog
from crmdesk.services import Services
from crmdesk.services.exports import ExportCancelled, ExportOptions, ExportService

FORMATS = (("csv;", "csv", ";"), ("csv,", "csv", ","), ("xlsx", "xlsx", ";"))


@dataclass(frozen=True)
class ListView:
    """What a list shows: its query (search, filters, sort) and its visible columns in their order."""

    query: Any
    columns: tuple[str, ...]


class ExportDialog(DataDialog):
    """The form ui/export_dialog.ui. Signals: finished(int), as QDialog."""

    ui: Ui_ExportDialog
    panel: JobPanel

    def __init__(self, services: Services, views: dict[str, ListView], current: str = "customers",
                 parent: QWidget | None = None) -> None:
        super().__init__(Ui_ExportDialog(), "export_dialog", (620, 300), parent)
        self.services = services
        self.views = views
        self.exporter = ExportService(services.db, services.customers, services.orders)
        self.job = Job(self)
        self.panel = JobPanel(self.job, self.ui.export_status, self.ui.export_progress, self.ui.cancel_button)
        self.job.done.connect(self._on_done)
        self.job.failed.connect(lambda _message: self._update_buttons())
        self.written: int | None = None
        ui = self.ui
        self.what_combo, self.format_combo, self.file_edit = ui.export_what, ui.export_format, ui.export_file
        self.all_columns, self.status_label = ui.export_all_columns, ui.export_status
        self.file = FileField(ui.export_file, ui.browse_button, "export_file_dialog", save=True)
        self.file_error = self.file.error_label
        for key in ("customers", "orders"):
            if key in views:
                self.what_combo.addItem("", key)
        self.what_combo.setCurrentIndex(max(self.what_combo.findData(current), 0))
        for key, _fmt, _sep in FORMATS:
            self.format_combo.addItem("", key)
        saved = QSettings().value("export/format", "csv;")
        self.format_combo.setCurrentIndex(max(self.format_combo.findData(saved), 0))
        ui.export_button.clicked.connect(self.start)
        ui.cancel_button.clicked.connect(self.cancel_or_close)
        self.what_combo.currentIndexChanged.connect(self._suggest_file)
        self.format_combo.currentIndexChanged.connect(self._suggest_file)
        self.retranslate()
        self._suggest_file()
        self.fit()

    def retranslate(self) -> None:
        """The texts the form does not hold: the combos' items, the buttons' state."""
        for i in range(self.what_combo.count()):
            key = self.what_combo.itemData(i)
            self.what_combo.setItemText(i, self.tr("Customers") if key == "customers" else self.tr("Orders"))
        texts = {"csv;": self.tr("CSV for a French spreadsheet (UTF-8, separator ;)"),
                 "csv,": self.tr("CSV, separator , (UTF-8)"), "xlsx": self.tr("Excel workbook (XLSX)")}
        for i in range(self.format_combo.count()):
            self.format_combo.setItemText(i, texts[self.format_combo.itemData(i)])
        self._update_buttons()

    def _format(self) -> tuple[str, str]:
        key = self.format_combo.currentData()
        _key, fmt, sep = next(f for f in FORMATS if f[0] == key)
        return fmt, sep

    def _suggest_file(self) -> None:
        """A name after the list and the format, in the folder chosen last (the documents folder at first)."""
        fmt, _sep = self._format()
        current = self.file_edit.text().strip()
        documents = documents_folder()
        folder = Path(current).parent if current else Path(str(QSettings().value("export/folder", documents)))
        name = self.tr("customers") if self.what_combo.currentData() == "customers" else self.tr("orders")
        self.file_edit.setText(str(folder / f"{name}.{fmt}"))

    def _update_buttons(self) -> None:
        running = self.job.running
        ui = self.ui
        ui.export_button.setEnabled(not running)
        self.panel.update_cancel_button(finished=self.work_done())
        for w in (ui.export_what, ui.export_as_shown, ui.export_all_columns, ui.export_format, ui.export_file,
                  ui.browse_button):
            w.setEnabled(not running)

    def start(self) -> None:
        path = self.file.target()
        if path is None:
            return
        fmt, sep = self._format()
        QSettings().setValue("export/format", self.format_combo.currentData())
        QSettings().setValue("export/folder", str(path.parent))
        what = str(self.what_combo.currentData())
        view = self.views[what]
        options = ExportOptions(format=fmt, delimiter=sep, all_columns=self.all_columns.isChecked(),
                                columns=view.columns)
        exporter = self.exporter
        self.written = None
        self.panel.begin(self.tr("Exporting…"))

        def work(progress: Any, cancelled: Any) -> int:
            try:
                if what == "customers":
                    return exporter.export_customers(path, view.query, options, progress, cancelled)
                return exporter.export_orders(path, view.query, options, progress, cancelled)
            except ExportCancelled:
                return -1

        self.job.start(work)
        self._update_buttons()

    def _on_done(self, n: Any) -> None:
        if n < 0:
            self.panel.end(self.tr("Cancelled: no file was written."), complete=False)
        else:
            self.written = int(n)
            self.panel.end(self.tr("{n} rows written to {path}.").format(n=n, path=self.file_edit.text()))
        self._update_buttons()

    def work_done(self) -> bool:
        return self.written is not None

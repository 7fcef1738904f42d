"""File › Exporter… : the customer list or the order list, as shown or with every column, to CSV or XLSX.

The export runs in the background with a progress bar and Cancel (a cancelled export leaves no file).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.gui.common.widgets import FieldErrorLabel
from crmdesk.gui.data.jobs import Job, documents_folder
from crmdesk.services import Services
from crmdesk.services.exports import ExportCancelled, ExportOptions, ExportService

FORMATS = (("csv;", "csv", ";"), ("csv,", "csv", ","), ("xlsx", "xlsx", ";"))


@dataclass(frozen=True)
class ListView:
    """What a list shows: its query (search, filters, sort) and its visible columns in their order."""

    query: Any
    columns: tuple[str, ...]


class ExportDialog(QDialog):
    """Signals: finished(int), as QDialog."""

    def __init__(self, services: Services, views: dict[str, ListView], current: str = "customers",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.services = services
        self.views = views
        self.exporter = ExportService(services.db, services.customers, services.orders)
        self.job = Job(self)
        self.job.progressed.connect(self._on_progress)
        self.job.done.connect(self._on_done)
        self.job.failed.connect(self._on_failed)
        self.written: int | None = None

        self.what_combo = QComboBox()
        self.what_combo.setObjectName("export_what")
        for key in ("customers", "orders"):
            if key in views:
                self.what_combo.addItem("", key)
        self.what_combo.setCurrentIndex(max(self.what_combo.findData(current), 0))
        self.as_shown = QRadioButton()
        self.as_shown.setObjectName("export_as_shown")
        self.as_shown.setChecked(True)
        self.all_columns = QRadioButton()
        self.all_columns.setObjectName("export_all_columns")
        group = QButtonGroup(self)
        group.addButton(self.as_shown)
        group.addButton(self.all_columns)
        self.format_combo = QComboBox()
        self.format_combo.setObjectName("export_format")
        for key, _fmt, _sep in FORMATS:
            self.format_combo.addItem("", key)
        saved = QSettings().value("export/format", "csv;")
        self.format_combo.setCurrentIndex(max(self.format_combo.findData(saved), 0))
        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("export_file")
        self.file_error = FieldErrorLabel(self.file_edit)
        self.browse_button = QPushButton()
        self.browse_button.setObjectName("browse_button")
        self.browse_button.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.browse_button)
        self.progress = QProgressBar()
        self.progress.setObjectName("export_progress")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status_label = QLabel()
        self.status_label.setObjectName("export_status")
        self.status_label.setWordWrap(True)
        self.export_button = QPushButton()
        self.export_button.setObjectName("export_button")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancel_button")
        self.cancel_button.clicked.connect(self.cancel_or_close)
        self.what_label, self.scope_label, self.format_label, self.file_label = QLabel(), QLabel(), QLabel(), QLabel()
        form = QFormLayout()
        form.addRow(self.what_label, self.what_combo)
        form.addRow(self.scope_label, self.as_shown)
        form.addRow("", self.all_columns)
        form.addRow(self.format_label, self.format_combo)
        form.addRow(self.file_label, row)
        form.addRow("", self.file_error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.what_combo.currentIndexChanged.connect(self._suggest_file)
        self.format_combo.currentIndexChanged.connect(self._suggest_file)
        self.retranslate()
        self._suggest_file()
        self.resize(620, 300)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export"))
        self.what_label.setText(self.tr("&List:"))
        self.what_label.setBuddy(self.what_combo)
        for i in range(self.what_combo.count()):
            key = self.what_combo.itemData(i)
            self.what_combo.setItemText(i, self.tr("Customers") if key == "customers" else self.tr("Orders"))
        self.scope_label.setText(self.tr("Columns:"))
        self.as_shown.setText(self.tr("As &shown: search, filters, visible columns and sort of the list"))
        self.all_columns.setText(self.tr("&Every column (to import back or into another tool)"))
        self.format_label.setText(self.tr("&Format:"))
        self.format_label.setBuddy(self.format_combo)
        texts = {"csv;": self.tr("CSV for a French spreadsheet (UTF-8, separator ;)"),
                 "csv,": self.tr("CSV, separator , (UTF-8)"), "xlsx": self.tr("Excel workbook (XLSX)")}
        for i in range(self.format_combo.count()):
            self.format_combo.setItemText(i, texts[self.format_combo.itemData(i)])
        self.file_label.setText(self.tr("F&ile:"))
        self.file_label.setBuddy(self.file_edit)
        self.browse_button.setText(self.tr("&Browse…"))
        self.export_button.setText(self.tr("&Export"))
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

    def _browse(self) -> None:
        dialog = QFileDialog(self, self.tr("Export"))
        dialog.setObjectName("export_file_dialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.selectFile(self.file_edit.text())
        dialog.fileSelected.connect(self.file_edit.setText)
        dialog.open()

    def _update_buttons(self) -> None:
        running = self.job.running
        self.export_button.setEnabled(not running)
        self.cancel_button.setText(self.tr("Cancel") if running or self.written is None else self.tr("Close"))
        for w in (self.what_combo, self.as_shown, self.all_columns, self.format_combo, self.file_edit,
                  self.browse_button):
            w.setEnabled(not running)

    def start(self) -> None:
        text = self.file_edit.text().strip()
        path = Path(text).expanduser() if text else None
        if path is None or not path.parent.is_dir():
            self.file_error.setText(self.tr("Choose a file in an existing folder."))
            self.file_error.show()
            self.file_edit.setFocus()
            return
        self.file_error.hide()
        fmt, sep = self._format()
        QSettings().setValue("export/format", self.format_combo.currentData())
        QSettings().setValue("export/folder", str(path.parent))
        what = str(self.what_combo.currentData())
        view = self.views[what]
        options = ExportOptions(format=fmt, delimiter=sep, all_columns=self.all_columns.isChecked(),
                                columns=view.columns)
        exporter = self.exporter
        self.written = None
        self.progress.setRange(0, 0)
        self.status_label.setText(self.tr("Exporting…"))

        def work(progress: Any, cancelled: Any) -> int:
            try:
                if what == "customers":
                    return exporter.export_customers(path, view.query, options, progress, cancelled)
                return exporter.export_orders(path, view.query, options, progress, cancelled)
            except ExportCancelled:
                return -1

        self.job.start(work)
        self._update_buttons()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))

    def _on_done(self, n: Any) -> None:
        self.progress.setRange(0, 1)
        if n < 0:
            self.progress.setValue(0)
            self.status_label.setText(self.tr("Cancelled: no file was written."))
        else:
            self.progress.setValue(1)
            self.written = int(n)
            self.status_label.setText(self.tr("{n} rows written to {path}.").format(n=n, path=self.file_edit.text()))
        self._update_buttons()

    def _on_failed(self, message: str) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status_label.setText(message)
        self._update_buttons()

    def cancel_or_close(self) -> None:
        if self.job.running:
            self.job.cancel()
            return
        self.accept() if self.written is not None else self.reject()

    def reject(self) -> None:
        if self.job.running:
            self.job.cancel()
            self.job.wait()
        super().reject()

"""File › Importer des clients… : a three-step dialog (file, columns, check and import).

1. The file: CSV (encoding and separator detected, shown, changeable), XLSX or ODS, its first rows.
2. The columns: a crmdesk field per column of the file, proposed from its headers (French and English),
   remembered per file layout; the key that recognises existing customers; all-or-nothing or valid rows only;
   the first rows as they will be stored.
3. The check (a dry run of every row with the customer dialog's rules, in the background) lists each problem,
   the possible duplicates and the unknown reference entries (created in one click); then the import itself,
   in the background, one transaction, with Cancel.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSettings, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHeaderView, QMessageBox, QTableWidgetItem, QWidget

from crmdesk.domain.errors import CrmError
from crmdesk.gui.data.job_panel import DataDialog, FileField, JobPanel
from crmdesk.gui.data.jobs import Job
from crmdesk.gui.forms.ui_import_dialog import Ui_ImportDialog
from crmdesk.services import Services
from crmdesk.services.imports import (
    ENCODINGS,
    IGNORE,
    KEYS,
    TO_NOTES,
    CustomerImporter,
    FileFormat,
    ImportOptions,
    ImportResult,
    all_targets,
    create_unknown_references,
    detect_format,
    layout_key,
    preview,
    preview_stored,
    propose_key,
    propose_mapping,
    target_label,
)

PAGE_FILE, PAGE_MAPPING, PAGE_CHECK = range(3)
PREVIEW_ROWS = 20
SEPARATORS = ((";", ";"), (",", ","), ("\t", "Tab"), ("|", "|"))


class ImportDialog(DataDialog):
    """The form ui/import_dialog.ui: three pages in `import_pages`.

    Signals:
    imported(object): the ImportResult of an import that wrote something.
    """

    imported = Signal(object)
    ui: Ui_ImportDialog
    panel: JobPanel

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(Ui_ImportDialog(), "import_dialog", (900, 620), parent)
        self.services = services
        self.importer = CustomerImporter(services.db)
        self.path: Path | None = None
        self.format = FileFormat("csv")
        self.headers: list[str] = []
        self.sample: list[list[str]] = []
        self.import_result: ImportResult | None = None
        self.checked_result: ImportResult | None = None
        ui = self.ui
        self.job = Job(self)
        self.panel = JobPanel(self.job, ui.import_summary, ui.import_progress, ui.cancel_button)
        self.job.done.connect(self._on_done)
        self.job.failed.connect(self._on_failed)
        self._running = ""  # "check" or "import" while the job runs
        # The names the tests and the rest of the dialog use.
        self.pages, self.summary_label = ui.import_pages, ui.import_summary
        self.file_edit, self.preview_table, self.mapping_table = ui.import_file, ui.import_preview, ui.import_mapping
        self.stored_preview, self.problems_table = ui.import_stored_preview, ui.import_problems
        self.duplicates_table, self.result_tabs = ui.import_duplicates, ui.import_result_tabs
        self.references_label, self.create_references_button = ui.unknown_references, ui.create_references_button
        self.mode_valid, self.rejects_edit, self.key_combo = ui.mode_valid_only, ui.rejects_file, ui.import_key
        self.encoding_combo, self.separator_combo = ui.import_encoding, ui.import_separator

        self.file = FileField(ui.import_file, ui.browse_button, "import_file_dialog")
        self.file_error = self.file.error_label  # import_file_error
        self.file.chosen.connect(lambda name: self.load_file(Path(name)))
        ui.import_file.editingFinished.connect(lambda: self.load_file(Path(self.file.text()))
                                               if self.file.text() else None)
        for enc in ENCODINGS:
            self.encoding_combo.addItem(enc, enc)
        for value, text in SEPARATORS:
            self.separator_combo.addItem(text, value)
        self.encoding_combo.activated.connect(self._format_changed)
        self.separator_combo.activated.connect(self._format_changed)
        self.mapping_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for key in KEYS:
            self.key_combo.addItem("", key)
        self.mode_valid.toggled.connect(self.rejects_edit.setEnabled)
        ui.mapping_tabs.currentChanged.connect(lambda i: self.refresh_stored_preview() if i == 1 else None)
        ui.create_references_button.clicked.connect(self.create_references)
        ui.back_button.clicked.connect(self.go_back)
        ui.next_button.clicked.connect(self.go_next)
        ui.import_button.clicked.connect(self.start_import)
        ui.cancel_button.clicked.connect(self.cancel_or_close)
        self.retranslate()
        self.fit()
        self._show_page(PAGE_FILE)

    # ---- texts ------------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """The texts the form does not hold: the combos' items, the step, the buttons' state."""
        self.file.name_filters = [self.tr("Tables (*.csv *.txt *.xlsx *.ods)"), self.tr("All files (*)")]
        self.separator_combo.setItemText(2, self.tr("Tab"))
        names = {"utf-8-sig": self.tr("UTF-8 with BOM"), "utf-8": "UTF-8", "cp1252": "Windows-1252",
                 "iso8859-15": "ISO-8859-15 (Latin-9)", "utf-16": "UTF-16"}
        for i in range(self.encoding_combo.count()):
            self.encoding_combo.setItemText(i, names.get(self.encoding_combo.itemData(i), "?"))
        for i, key in enumerate(KEYS):
            self.key_combo.setItemText(i, target_label(key))
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._show_page(self.pages.currentIndex())  # the step's title

    # ---- navigation -------------------------------------------------------------------------------------------
    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        steps = {PAGE_FILE: self.tr("1. Choose the file"), PAGE_MAPPING: self.tr("2. Match the columns"),
                 PAGE_CHECK: self.tr("3. Check and import")}
        self.ui.import_step.setText(steps[index])
        self._update_buttons()

    def _update_buttons(self) -> None:
        page = self.pages.currentIndex()
        running = bool(self._running)
        ui = self.ui
        ui.back_button.setEnabled(page > PAGE_FILE and not running)
        ui.next_button.setVisible(page < PAGE_CHECK)
        ui.next_button.setText(self.tr("&Check >") if page == PAGE_MAPPING else self.tr("&Next >"))
        ui.next_button.setEnabled(page != PAGE_FILE or bool(self.headers))
        result = self.checked_result
        can_import = (page == PAGE_CHECK and not running and result is not None and not result.file_error
                      and not result.cancelled and self.import_result is None
                      and (result.rejected == 0 or self.mode_valid.isChecked())
                      and (result.would_create + result.would_update) > 0)
        ui.import_button.setVisible(page == PAGE_CHECK)
        ui.import_button.setEnabled(can_import)
        self.panel.update_cancel_button(finished=self.work_done())

    def go_back(self) -> None:
        self._show_page(max(self.pages.currentIndex() - 1, PAGE_FILE))

    def go_next(self) -> None:
        page = self.pages.currentIndex()
        if page == PAGE_FILE and self.headers:
            self._show_page(PAGE_MAPPING)
        elif page == PAGE_MAPPING:
            if not any(self.mapping()):
                self.warn(self.tr("Match at least one column to a field."))
                return
            if self.mode_valid.isChecked() and not self.rejects_edit.text().strip():
                self.rejects_edit.setFocus()
                self.warn(self.tr("Name the file for the rejected rows."))
                return
            self._remember_mapping()
            self._show_page(PAGE_CHECK)
            self.start_check()

    def work_done(self) -> bool:
        return self.import_result is not None

    # ---- the file ---------------------------------------------------------------------------------------------
    def load_file(self, path: Path, fmt: FileFormat | None = None) -> bool:
        """Read the file's format, header and first rows; propose (or recall) the mapping."""
        self.path = path
        self.file_edit.setText(str(path))
        self.file.accept()
        try:
            self.format = fmt or detect_format(path)
            headers, sample = preview(path, self.format, PREVIEW_ROWS)
        except CrmError as exc:
            return self._file_refused(exc.message)
        if not headers or not any(headers):
            return self._file_refused(self.tr("The file is empty: its first line should name the columns."))
        self.headers, self.sample = headers, sample
        csv_file = self.format.kind == "csv"
        self.ui.import_format.setText({"csv": self.tr("CSV text"), "xlsx": self.tr("Excel workbook (XLSX)"),
                                   "ods": self.tr("OpenDocument spreadsheet (ODS)")}.get(self.format.kind, "?"))
        for widget in (self.encoding_combo, self.separator_combo, self.ui.encoding_label, self.ui.separator_label):
            widget.setVisible(csv_file)
        if csv_file:
            self.encoding_combo.setCurrentIndex(max(self.encoding_combo.findData(self.format.encoding), 0))
            self.separator_combo.setCurrentIndex(max(self.separator_combo.findData(self.format.delimiter), 0))
        self._fill_preview()
        self._fill_mapping()
        self.rejects_edit.setText(str(path.with_name(path.stem + self.tr("-rejected") + ".csv")))
        self._update_buttons()
        return True

    def _file_refused(self, message: str) -> bool:
        self.headers, self.sample = [], []
        self.preview_table.clear()
        self.preview_table.setRowCount(0)
        self.preview_table.setColumnCount(0)
        self.file.refuse(message)
        self._update_buttons()
        return False

    def _format_changed(self) -> None:
        if self.path is None:
            return
        fmt = FileFormat("csv", str(self.encoding_combo.currentData()), str(self.separator_combo.currentData()))
        self.load_file(self.path, fmt)

    def _fill_preview(self) -> None:
        t = self.preview_table
        t.clear()
        t.setColumnCount(len(self.headers))
        t.setHorizontalHeaderLabels(self.headers)
        t.setRowCount(len(self.sample))
        for r, row in enumerate(self.sample):
            for c in range(len(self.headers)):
                t.setItem(r, c, QTableWidgetItem(row[c][:200] if c < len(row) else ""))
        t.resizeColumnsToContents()

    # ---- mapping ----------------------------------------------------------------------------------------------
    def _settings_key(self) -> str:
        return f"import/mappings/{layout_key(self.headers)}"

    def _fill_mapping(self) -> None:
        proposed = propose_mapping(self.headers)
        key = propose_key(proposed)
        saved = QSettings().value(self._settings_key())
        if isinstance(saved, str):
            try:
                data = json.loads(saved)
                if len(data.get("mapping", [])) == len(self.headers):
                    proposed, key = list(data["mapping"]), str(data.get("key", key))
            except (ValueError, AttributeError):
                pass
        targets = [IGNORE, TO_NOTES, *all_targets()]
        t = self.mapping_table
        t.setRowCount(len(self.headers))
        for r, header in enumerate(self.headers):
            t.setItem(r, 0, QTableWidgetItem(header or f"#{r + 1}"))
            example = next((row[r] for row in self.sample if r < len(row) and row[r].strip()), "")
            t.setItem(r, 1, QTableWidgetItem(example[:80]))
            combo = QComboBox()
            combo.setObjectName(f"mapping_{r}")
            for target in targets:
                combo.addItem(target_label(target), target)
            combo.setCurrentIndex(max(combo.findData(proposed[r] if r < len(proposed) else IGNORE), 0))
            combo.activated.connect(self._mapping_changed)
            t.setCellWidget(r, 2, combo)
        t.resizeColumnToContents(0)
        self.key_combo.setCurrentIndex(max(self.key_combo.findData(key), 0))

    def combo_of(self, row: int) -> QComboBox:
        widget = self.mapping_table.cellWidget(row, 2)
        assert isinstance(widget, QComboBox)
        return widget

    def mapping(self) -> list[str]:
        return [str(self.combo_of(r).currentData() or "") for r in range(self.mapping_table.rowCount())]

    def _mapping_changed(self) -> None:
        """A field is given to one column: choosing it for another column frees it from the first."""
        sender = self.sender()
        if isinstance(sender, QComboBox):
            chosen = sender.currentData()
            if chosen not in (IGNORE, TO_NOTES):
                for r in range(self.mapping_table.rowCount()):
                    combo = self.combo_of(r)
                    if combo is not sender and combo.currentData() == chosen:
                        combo.setCurrentIndex(combo.findData(IGNORE))

    def _remember_mapping(self) -> None:
        QSettings().setValue(self._settings_key(), json.dumps({"mapping": self.mapping(),
                                                               "key": self.key_combo.currentData()}))

    def refresh_stored_preview(self) -> None:
        if self.path is None:
            return
        mapping = self.mapping()
        shown = [m for m in mapping if m and m != TO_NOTES]
        try:
            rows = preview_stored(self.services.db, self.path, self.format, mapping)
        except CrmError as exc:
            self.warn(exc.message)
            return
        t = self.stored_preview
        t.clear()
        t.setColumnCount(len(shown) + 2)
        t.setHorizontalHeaderLabels([self.tr("Line"), *[target_label(m) for m in shown], self.tr("Problems")])
        t.setRowCount(len(rows))
        for r, row in enumerate(rows):
            t.setItem(r, 0, QTableWidgetItem(str(row.line)))
            for c, target in enumerate(shown):
                t.setItem(r, c + 1, QTableWidgetItem(row.values.get(target, "")[:200]))
            t.setItem(r, len(shown) + 1, QTableWidgetItem("; ".join(row.problems)))
        t.resizeColumnsToContents()

    def options(self, dry_run: bool) -> ImportOptions:
        valid_only = self.mode_valid.isChecked()
        rejects = Path(self.rejects_edit.text().strip()) if valid_only and self.rejects_edit.text().strip() else None
        return ImportOptions(mapping=self.mapping(), key=str(self.key_combo.currentData()), valid_only=valid_only,
                             rejects_path=None if dry_run else rejects, dry_run=dry_run)

    # ---- check and import -------------------------------------------------------------------------------------
    def start_check(self) -> None:
        self.checked_result = None
        self.import_result = None
        self._start("check", self.options(dry_run=True))

    def start_import(self) -> None:
        self._start("import", self.options(dry_run=False))

    def _start(self, what: str, options: ImportOptions) -> None:
        assert self.path is not None
        self._running = what
        self.panel.begin(self.tr("Checking every row…") if what == "check" else self.tr("Importing…"))
        path, fmt, importer = self.path, self.format, self.importer
        self._update_buttons()
        self.job.start(lambda progress, cancelled: importer.run_import(path, fmt, options, progress, cancelled))

    def _on_failed(self, _message: str) -> None:
        self._running = ""
        self._update_buttons()

    def _on_done(self, result: Any) -> None:
        assert isinstance(result, ImportResult)
        what, self._running = self._running, ""
        if what == "check":
            self.checked_result = result
        else:
            self.import_result = result
        self._show_result(result, what)
        self._update_buttons()
        if what == "import" and result.written:
            self.imported.emit(result)

    def _show_result(self, r: ImportResult, what: str) -> None:
        if r.file_error:
            text = r.file_error
        elif r.cancelled:
            text = self.tr("Cancelled: nothing was written.")
        elif what == "check":
            text = self.tr("Check of {rows} rows: {c} to create, {u} to update, {n} unchanged, {r} rejected.").format(
                rows=r.rows, c=r.would_create, u=r.would_update, n=r.unchanged, r=r.rejected)
            if r.rejected and not self.mode_valid.isChecked():
                text += " " + self.tr("Fix the rejected rows (or choose to import the valid rows only) to import.")
        elif r.written or (not r.rejected):
            text = self.tr("Imported: {summary}.").format(summary=r.summary())
            if r.rejected and self.mode_valid.isChecked():
                text += " " + self.tr("The rejected rows are in {path}.").format(path=self.rejects_edit.text())
        else:
            text = self.tr("Nothing was imported: {summary}.").format(summary=r.summary())
        if r.problem_count > len(r.problems):
            text += " " + self.tr("({n} problems, the first {m} shown.)").format(n=r.problem_count,
                                                                                 m=len(r.problems))
        self.panel.end(text, complete=not r.cancelled)
        t = self.problems_table
        t.setRowCount(len(r.problems))
        for i, p in enumerate(r.problems):
            for c, value in enumerate((str(p.line), p.column, p.value, p.reason)):
                t.setItem(i, c, QTableWidgetItem(value))
        t.resizeColumnToContents(0)
        t.resizeColumnToContents(1)
        d = self.duplicates_table
        d.setRowCount(len(r.duplicates))
        for i, dup in enumerate(r.duplicates):
            existing = f"{dup.name} ({dup.code})" + ("" if dup.active else " — " + self.tr("archived"))
            for c, value in enumerate((str(dup.line), target_label(dup.field), dup.value, existing)):
                d.setItem(i, c, QTableWidgetItem(value))
        self.result_tabs.setTabText(0, self.tr("Problems ({n})").format(n=r.problem_count))
        self.result_tabs.setTabText(1, self.tr("Possible duplicates ({n})").format(n=len(r.duplicates)))
        unknown = r.unknown_references if what == "check" else {}
        names = [f"{target_label(kind)} : {', '.join(labels.values())}" for kind, labels in unknown.items()]
        self.references_label.setText(self.tr("Not in the lists yet: {names}").format(names="; ".join(names))
                                      if names else "")
        self.references_label.setVisible(bool(names))
        self.create_references_button.setVisible(bool(names))

    def create_references(self) -> None:
        """Create every unknown entry the check found, then check again."""
        if self.checked_result is None:
            return
        try:
            create_unknown_references(self.services.db, self.checked_result.unknown_references)
        except CrmError as exc:
            self.warn(exc.message)
            return
        self.start_check()

    def warn(self, text: str) -> None:
        """A warning shown with open(): the dialog's event loop goes on."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.windowTitle(), text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("import_warning")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        self.panel.stop()
        super().closeEvent(event)

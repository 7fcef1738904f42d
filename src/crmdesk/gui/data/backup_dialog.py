"""File › Sauvegarder… and File › Restaurer… for the embedded database; on PostgreSQL, what does that job.

The backup runs in the background (SQLite's online backup: crmdesk stays usable). The restore checks the
chosen file first and shows what it holds, asks for confirmation, keeps a copy of the database it replaces,
and tells the window to read its lists again.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.errors import CrmError
from crmdesk.gui.common.widgets import FieldErrorLabel
from crmdesk.gui.data.jobs import Job, documents_folder
from crmdesk.services import Services
from crmdesk.services import backup as backups

KEEP_SETTING = "backup/automatic_keep"


def automatic_keep() -> int:
    try:
        return max(int(QSettings().value(KEEP_SETTING, backups.DEFAULT_KEEP)), 0)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return backups.DEFAULT_KEEP


class _FileRow(QWidget):
    def __init__(self, name: str, save: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.save = save
        self.edit = QLineEdit()
        self.edit.setObjectName(name)
        self.button = QPushButton()
        self.button.setObjectName("browse_button")
        self.button.clicked.connect(self._browse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)

    def _browse(self) -> None:
        dialog = QFileDialog(self, self.window().windowTitle())
        dialog.setObjectName("backup_file_dialog")
        dialog.setNameFilters([self.tr("crmdesk backups (*.db *.sqlite)"), self.tr("All files (*)")])
        if self.save:
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.setDefaultSuffix("db")
        else:
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        if self.edit.text():
            dialog.selectFile(self.edit.text())
        dialog.fileSelected.connect(self.edit.setText)
        dialog.open()


class BackupDialog(QDialog):
    """A backup to a chosen file, and how many automatic backups (taken at start) are kept."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backup_dialog")
        self.services = services
        self.job = Job(self)
        self.job.done.connect(self._on_done)
        self.job.failed.connect(self._on_failed)
        self.file_row = _FileRow("backup_file", save=True)
        self.file_error = FieldErrorLabel(self.file_row.edit)
        documents = documents_folder()
        folder = Path(str(QSettings().value("backup/folder", documents)))
        self.file_row.edit.setText(str(folder / f"crmdesk-{datetime.now():%Y-%m-%d-%H%M}.db"))
        self.keep_spin = QSpinBox()
        self.keep_spin.setObjectName("automatic_backups_kept")
        self.keep_spin.setRange(0, 100)
        self.keep_spin.setValue(automatic_keep())
        self.keep_spin.valueChanged.connect(lambda n: QSettings().setValue(KEEP_SETTING, n))
        self.folder_label = QLabel()
        self.folder_label.setObjectName("automatic_backups_folder")
        self.folder_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("backup_progress")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status_label = QLabel()
        self.status_label.setObjectName("backup_status")
        self.status_label.setWordWrap(True)
        self.backup_button = QPushButton()
        self.backup_button.setObjectName("backup_button")
        self.backup_button.setDefault(True)
        self.backup_button.clicked.connect(self.start)
        self.close_button = QPushButton()
        self.close_button.setObjectName("close_button")
        self.close_button.clicked.connect(self.reject)
        self.file_label, self.keep_label = QLabel(), QLabel()
        form = QFormLayout()
        form.addRow(self.file_label, self.file_row)
        form.addRow("", self.file_error)
        form.addRow(self.keep_label, self.keep_spin)
        form.addRow("", self.folder_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.retranslate()
        self.resize(620, 260)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Back up the database"))
        self.file_label.setText(self.tr("&Back up to:"))
        self.file_label.setBuddy(self.file_row.edit)
        self.file_row.button.setText(self.tr("&Browse…"))
        self.keep_label.setText(self.tr("Automatic backups &kept:"))
        self.keep_label.setBuddy(self.keep_spin)
        self.keep_spin.setSpecialValueText(self.tr("none"))
        from crmdesk.store.database import default_database_path

        self.folder_label.setText(self.tr("At each start, crmdesk backs up the database of its data folder into "
                                          "{folder}.").format(folder=default_database_path().parent / "backups"))
        self.backup_button.setText(self.tr("Back &up"))
        self.close_button.setText(self.tr("Close"))

    def start(self) -> None:
        text = self.file_row.edit.text().strip()
        path = Path(text).expanduser() if text else None
        if path is None or not path.parent.is_dir():
            self.file_error.setText(self.tr("Choose a file in an existing folder."))
            self.file_error.show()
            return
        self.file_error.hide()
        QSettings().setValue("backup/folder", str(path.parent))
        db = self.services.db
        self.backup_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.status_label.setText(self.tr("Backing up…"))
        self.job.start(lambda progress, _cancelled: backups.backup(db, path, progress))

    def _on_done(self, info: Any) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.backup_button.setEnabled(True)
        self.status_label.setText(self.tr("Backed up to {path}: {c} customers, {o} orders.").format(
            path=info.path, c=info.customers, o=info.orders))

    def _on_failed(self, message: str) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.backup_button.setEnabled(True)
        self.status_label.setText(message)

    def reject(self) -> None:
        self.job.wait()
        super().reject()


class RestoreDialog(QDialog):
    """Choose a backup, see what it holds, confirm, restore.

    Signals:
        restored(str): the path of the copy kept of the replaced database.
    """

    restored = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.services = services
        self.info: backups.BackupInfo | None = None
        self.job = Job(self)
        self.job.done.connect(self._on_done)
        self.job.failed.connect(self._on_failed)
        self.file_row = _FileRow("restore_file", save=False)
        self.file_row.edit.textChanged.connect(self._forget_check)
        self.file_row.edit.editingFinished.connect(self.check_file)
        self.info_label = QLabel()
        self.info_label.setObjectName("restore_info")
        self.info_label.setWordWrap(True)
        self.confirm_box = QCheckBox()
        self.confirm_box.setObjectName("restore_confirm")
        self.confirm_box.toggled.connect(self._update_buttons)
        self.status_label = QLabel()
        self.status_label.setObjectName("restore_status")
        self.status_label.setWordWrap(True)
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restore_button")
        self.restore_button.clicked.connect(self.start)
        self.close_button = QPushButton()
        self.close_button.setObjectName("close_button")
        self.close_button.clicked.connect(self.reject)
        self.file_label = QLabel()
        form = QFormLayout()
        form.addRow(self.file_label, self.file_row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.info_label)
        layout.addWidget(self.confirm_box)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.retranslate()
        self._update_buttons()
        self.resize(620, 280)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Restore the database"))
        self.file_label.setText(self.tr("&Backup file:"))
        self.file_label.setBuddy(self.file_row.edit)
        self.file_row.button.setText(self.tr("&Browse…"))
        self.confirm_box.setText(self.tr("&Replace the current database by this backup (a copy of the current one "
                                         "is kept)"))
        self.restore_button.setText(self.tr("&Restore"))
        self.close_button.setText(self.tr("Close"))

    def _forget_check(self) -> None:
        self.info = None
        self.confirm_box.setChecked(False)
        self.info_label.clear()
        self._update_buttons()

    def check_file(self) -> bool:
        text = self.file_row.edit.text().strip()
        if not text:
            return False
        try:
            self.info = backups.check(Path(text))
        except CrmError as exc:
            self.info = None
            self.info_label.setText(exc.message)
            self._update_buttons()
            return False
        self.info_label.setText(self.tr("A sound crmdesk database: {c} customers, {o} orders ({size} MB).").format(
            c=self.info.customers, o=self.info.orders, size=round(self.info.size / 1e6, 1)))
        self._update_buttons()
        return True

    def _update_buttons(self) -> None:
        ok = self.info is not None and not self.job.running
        self.confirm_box.setEnabled(ok)
        self.restore_button.setEnabled(ok and self.confirm_box.isChecked())

    def start(self) -> None:
        if self.info is None or not self.confirm_box.isChecked():
            return
        db, source = self.services.db, self.info.path
        self.status_label.setText(self.tr("Restoring…"))
        self.restore_button.setEnabled(False)

        def work(progress: Any, _cancelled: Any) -> str:
            kept = backups.restore(db, source, progress=progress)
            from crmdesk.store.database import open_database

            open_database(db.engine.url.render_as_string(hide_password=False)).dispose()  # migrate if older
            return str(kept)

        self.job.start(work)

    def _on_done(self, kept: Any) -> None:
        self.status_label.setText(self.tr("Restored. The replaced database is kept in {path}.").format(path=kept))
        self.confirm_box.setChecked(False)
        self._update_buttons()
        self.restored.emit(str(kept))

    def _on_failed(self, message: str) -> None:
        self.status_label.setText(message)
        self._update_buttons()

    def reject(self) -> None:
        self.job.wait()
        super().reject()

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
from PySide6.QtWidgets import QWidget

from crmdesk.domain.errors import CrmError
from crmdesk.gui.data.job_panel import DataDialog, FileField, JobPanel
from crmdesk.gui.data.jobs import Job, documents_folder
from crmdesk.gui.forms.ui_backup_dialog import Ui_BackupDialog
from crmdesk.gui.forms.ui_restore_dialog import Ui_RestoreDialog
from crmdesk.services import Services
from crmdesk.services import backup as backups

KEEP_SETTING = "backup/automatic_keep"


def automatic_keep() -> int:
    try:
        return max(int(QSettings().value(KEEP_SETTING, backups.DEFAULT_KEEP)), 0)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return backups.DEFAULT_KEEP


class BackupDialog(DataDialog):
    """A backup to a chosen file, and how many automatic backups (taken at start) are kept.

    The form ui/backup_dialog.ui. Signals: finished(int), as QDialog.
    """

    ui: Ui_BackupDialog
    panel: JobPanel
    cancel_on_close = False  # the backup cannot be cancelled: closing waits for its end

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(Ui_BackupDialog(), "backup_dialog", (620, 260), parent)
        self.services = services
        self.job = Job(self)
        self.panel = JobPanel(self.job, self.ui.backup_status, self.ui.backup_progress)
        self.job.done.connect(self._on_done)
        self.job.failed.connect(lambda _message: self.ui.backup_button.setEnabled(True))
        self.status_label = self.ui.backup_status
        self.file = FileField(self.ui.backup_file, self.ui.browse_button, "backup_file_dialog", save=True,
                              default_suffix="db")
        self.file_error = self.file.error_label
        documents = documents_folder()
        folder = Path(str(QSettings().value("backup/folder", documents)))
        self.ui.backup_file.setText(str(folder / f"crmdesk-{datetime.now():%Y-%m-%d-%H%M}.db"))
        self.keep_spin = self.ui.automatic_backups_kept
        self.keep_spin.setValue(automatic_keep())
        self.keep_spin.valueChanged.connect(lambda n: QSettings().setValue(KEEP_SETTING, n))
        self.ui.backup_button.clicked.connect(self.start)
        self.ui.close_button.clicked.connect(self.reject)
        self.retranslate()
        self.fit()

    def retranslate(self) -> None:
        """The texts the form does not hold."""
        self.file.name_filters = [self.tr("crmdesk backups (*.db *.sqlite)"), self.tr("All files (*)")]
        from crmdesk.store.database import default_database_path

        self.ui.automatic_backups_folder.setText(self.tr(
            "At each start, crmdesk backs up the database of its data folder into {folder}.").format(
            folder=default_database_path().parent / "backups"))

    def start(self) -> None:
        path = self.file.target()
        if path is None:
            return
        QSettings().setValue("backup/folder", str(path.parent))
        db = self.services.db
        self.ui.backup_button.setEnabled(False)
        self.panel.begin(self.tr("Backing up…"))
        self.job.start(lambda progress, _cancelled: backups.backup(db, path, progress))

    def _on_done(self, info: Any) -> None:
        self.ui.backup_button.setEnabled(True)
        self.panel.end(self.tr("Backed up to {path}: {c} customers, {o} orders.").format(
            path=info.path, c=info.customers, o=info.orders))


class RestoreDialog(DataDialog):
    """Choose a backup, see what it holds, confirm, restore. The form ui/restore_dialog.ui.

    Signals:
        restored(str): the path of the copy kept of the replaced database.
    """

    restored = Signal(str)
    ui: Ui_RestoreDialog
    panel: JobPanel
    cancel_on_close = False  # a restore half done is worse than a wait

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(Ui_RestoreDialog(), "restore_dialog", (620, 280), parent)
        self.services = services
        self.info: backups.BackupInfo | None = None
        self.job = Job(self)
        self.panel = JobPanel(self.job, self.ui.restore_status)
        self.job.done.connect(self._on_done)
        self.job.failed.connect(lambda _message: self._update_buttons())
        self.info_label, self.status_label, self.confirm_box = (self.ui.restore_info, self.ui.restore_status,
                                                                 self.ui.restore_confirm)
        self.file = FileField(self.ui.restore_file, self.ui.browse_button, "backup_file_dialog")
        self.ui.restore_file.textChanged.connect(self._forget_check)
        self.ui.restore_file.editingFinished.connect(self.check_file)
        self.file.chosen.connect(self.check_file)  # a file picked with Browse… is checked at once too
        self.confirm_box.toggled.connect(self._update_buttons)
        self.ui.restore_button.clicked.connect(self.start)
        self.ui.close_button.clicked.connect(self.reject)
        self.retranslate()
        self._update_buttons()
        self.fit()

    def retranslate(self) -> None:
        self.file.name_filters = [self.tr("crmdesk backups (*.db *.sqlite)"), self.tr("All files (*)")]

    def _forget_check(self) -> None:
        self.info = None
        self.confirm_box.setChecked(False)
        self.info_label.clear()
        self._update_buttons()

    def check_file(self) -> bool:
        text = self.file.text()
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
        self.ui.restore_button.setEnabled(ok and self.confirm_box.isChecked())

    def start(self) -> None:
        if self.info is None or not self.confirm_box.isChecked():
            return
        db, source = self.services.db, self.info.path
        self.panel.begin(self.tr("Restoring…"))
        self.ui.restore_button.setEnabled(False)

        def work(progress: Any, _cancelled: Any) -> str:
            kept = backups.restore(db, source, progress=progress)
            from crmdesk.store.database import open_database

            open_database(db.engine.url.render_as_string(hide_password=False)).dispose()  # migrate if older
            return str(kept)

        self.job.start(work)

    def _on_done(self, kept: Any) -> None:
        self.panel.end(self.tr("Restored. The replaced database is kept in {path}.").format(path=kept))
        self.confirm_box.setChecked(False)
        self._update_buttons()
        self.restored.emit(str(kept))

"""What every data dialog shares: its Designer form, a file field with its Browse… button, and a background
job shown on the form's progress bar, status line and Cancel / Close button.

- `DataDialog`: composes the form (`self.ui`), sizes itself to the screen, re-applies its texts on a language
  change, and on Cancel / Close stops its job first.
- `FileField`, `JobPanel`: wire the form's widgets (which keep the object names automation relies on), so that
  the behaviour is written once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QLineEdit, QProgressBar, QPushButton, QWidget

from crmdesk.gui.common.screen import fit_to_screen
from crmdesk.gui.common.widgets import FieldErrorLabel, FieldErrors
from crmdesk.gui.data.jobs import Job


class FileField(QObject):
    """A file name typed in `edit` or chosen with `button` in a file dialog (opened with open(), never exec()),
    and the message under the field when the name is refused.

    `name_filters` (translated by the dialog) may be set at any time; `save` asks for a file to write.

    Signals:
        chosen(str): a file was picked in the file dialog (its name is already in the field).
    """

    chosen = Signal(str)

    def __init__(self, edit: QLineEdit, button: QPushButton, dialog_name: str, *, save: bool = False,
                 default_suffix: str = "") -> None:
        super().__init__(edit)
        self.edit = edit
        self.dialog_name = dialog_name
        self.save = save
        self.default_suffix = default_suffix
        self.name_filters: list[str] = []
        self.errors = FieldErrors(self)
        self.error_label: FieldErrorLabel = self.errors.attach(edit)
        button.clicked.connect(self.browse)

    def text(self) -> str:
        return self.edit.text().strip()

    def browse(self) -> QFileDialog:
        dialog = QFileDialog(self.edit.window(), self.edit.window().windowTitle())
        dialog.setObjectName(self.dialog_name)
        if self.name_filters:
            dialog.setNameFilters(self.name_filters)
        if self.save:
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            if self.default_suffix:
                dialog.setDefaultSuffix(self.default_suffix)
        else:
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        if self.text():
            dialog.selectFile(self.text())
        dialog.fileSelected.connect(self._picked)
        dialog.open()
        return dialog

    def _picked(self, name: str) -> None:
        self.edit.setText(name)
        self.chosen.emit(name)

    def target(self) -> Path | None:
        """The file to write: a name in an existing folder; otherwise None, said at the field (focused)."""
        path = Path(self.text()).expanduser() if self.text() else None
        if path is None or not path.parent.is_dir():
            self.refuse(self.tr("Choose a file in an existing folder."))
            return None
        self.accept()
        return path

    def refuse(self, message: str) -> None:
        """Show why the file is refused, under the field; what the user typed stays."""
        self.errors.show(self.edit, message)
        self.edit.setFocus()

    def accept(self) -> None:
        self.errors.clear(self.edit)


class JobPanel(QObject):
    """A Job on a form: `begin()` shows the bar busy and says what runs; the job's progress moves the bar; its
    failure message (or `end()`) stops the bar and says how it ended. `cancel_button`, when given, reads
    Cancel while the job runs (or until it has finished once) and Close after, and cancels the job."""

    def __init__(self, job: Job, status: QLabel, progress: QProgressBar | None = None,
                 cancel_button: QPushButton | None = None) -> None:
        super().__init__(job)
        self.job = job
        self.status = status
        self.progress = progress
        self.cancel_button = cancel_button
        job.progressed.connect(self._on_progress)
        job.failed.connect(lambda message: self.end(message, complete=False))
        self._stop_bar(0)

    def _stop_bar(self, value: int) -> None:
        if self.progress is not None:
            self.progress.setRange(0, 1)
            self.progress.setValue(value)

    def begin(self, text: str) -> None:
        """Call before `job.start()`."""
        if self.progress is not None:
            self.progress.setRange(0, 0)  # busy until the first progress report
            self.progress.show()
        if self.cancel_button is not None:
            self.cancel_button.setEnabled(True)
        self.status.setText(text)

    def end(self, text: str, complete: bool = True) -> None:
        self._stop_bar(1 if complete else 0)
        if self.cancel_button is not None:
            self.cancel_button.setEnabled(True)
        self.status.setText(text)

    def _on_progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(min(done, max(total, 1)))

    def update_cancel_button(self, finished: bool) -> None:
        if self.cancel_button is not None:
            self.cancel_button.setText(self.tr("Cancel") if self.job.running or not finished else self.tr("Close"))

    def cancel_or_close(self, dialog: QDialog, finished: bool) -> None:
        """The Cancel / Close button: cancels a running job (the button waits, disabled, for it to stop);
        otherwise closes the dialog, accepted when the work was done."""
        if self.job.running:
            self.job.cancel()
            if self.cancel_button is not None:
                self.cancel_button.setEnabled(False)
            return
        dialog.accept() if finished else dialog.reject()

    def stop(self, cancel: bool = True) -> None:
        """Before the dialog goes: cancel the job (when it can be cancelled) and wait for it to end."""
        if self.job.running:
            if cancel:
                self.job.cancel()
            self.job.wait()


class DataDialog(QDialog):
    """A data dialog composed of its Designer form `ui` (a `Ui_*` instance of crmdesk.gui.forms).

    Subclasses set `panel` when they run a job, override `retranslate()` for the texts the form does not hold
    and `work_done()` for what the Close button means (accepted once the work is done).

    Signals: those of QDialog.
    """

    panel: JobPanel | None = None
    cancel_on_close = True  # False for work that cannot be cancelled: closing waits for it

    def __init__(self, ui: Any, name: str, size: tuple[int, int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        ui.setupUi(self)
        self.setObjectName(name)
        self._size = size

    def fit(self) -> None:
        """The form's size, never larger than the screen (a 1024×768 laptop included)."""
        fit_to_screen(self, *self._size)

    def retranslate(self) -> None:
        """The texts the form does not hold (combo items, texts that say a state)."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)

    def work_done(self) -> bool:
        return False

    def cancel_or_close(self) -> None:
        if self.panel is not None:
            self.panel.cancel_or_close(self, finished=self.work_done())
        else:
            self.reject()

    def reject(self) -> None:
        if self.panel is not None:
            self.panel.stop(cancel=self.cancel_on_close)
        super().reject()

"""The data dialogs (import, export, backup, restore, inactive customers) are Designer forms composed by their
classes (issue 10, point 6): their object names stay those automation uses, they fit a 1024×768 screen in
French and English, and the pieces they share (the file field with Browse…, the job's progress, status and
Cancel / Close) behave the same in each."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import OFFSCREEN_NOISE, interface_language, replace_text, type_text
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from crmdesk.domain.records import CustomerData
from crmdesk.gui.common.bus import DataBus
from crmdesk.gui.common.screen import fit_size
from crmdesk.services import Services

pytestmark = OFFSCREEN_NOISE

# The names each dialog's automation (and the other tests) find its widgets by.
NAMES = {
    "import_dialog": [
        "import_step", "file_page", "mapping_page", "check_page", "import_file", "import_file_error", "browse_button",
        "import_format", "import_encoding", "import_separator", "import_preview", "import_mapping",
        "import_stored_preview", "import_key", "mode_all_or_nothing", "mode_valid_only", "rejects_file",
        "import_progress", "import_summary", "unknown_references", "create_references_button", "import_result_tabs",
        "import_problems", "import_duplicates", "back_button", "next_button", "import_button", "cancel_button"],
    "export_dialog": [
        "export_what", "export_as_shown", "export_all_columns", "export_format", "export_file", "export_file_error",
        "browse_button", "export_progress", "export_status", "export_button", "cancel_button"],
    "backup_dialog": [
        "backup_file", "backup_file_error", "browse_button", "automatic_backups_kept", "automatic_backups_folder",
        "backup_progress", "backup_status", "backup_button", "close_button"],
    "restore_dialog": [
        "restore_file", "browse_button", "restore_info", "restore_confirm", "restore_status", "restore_button",
        "close_button"],
    "inactive_customers_dialog": ["inactive_customers_table", "pseudonymise_button", "close_button"],
}
DESIGNER_DEFAULT = re.compile(r"^(widget|label|lineEdit|pushButton|comboBox|tableWidget|tabWidget|tab|page|"
                              r"progressBar|radioButton|checkBox|spinBox|(vertical|horizontal|form|grid)Layout)"
                              r"(_\d+)?$")
SMALL_SCREEN = QRect(0, 0, 1024, 768)
CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QProgressBar)


def make(name: str, services: Services) -> QDialog:
    from crmdesk.gui.data.backup_dialog import BackupDialog, RestoreDialog
    from crmdesk.gui.data.export_dialog import ExportDialog, ListView
    from crmdesk.gui.data.gdpr import InactiveCustomersDialog
    from crmdesk.gui.data.import_dialog import ImportDialog
    from crmdesk.services.customers import CustomerQuery
    from crmdesk.services.orders import OrderQuery

    if name == "import_dialog":
        return ImportDialog(services)
    if name == "export_dialog":
        return ExportDialog(services, {"customers": ListView(CustomerQuery(), ("code", "name")),
                                       "orders": ListView(OrderQuery(), ())})
    if name == "backup_dialog":
        return BackupDialog(services)
    if name == "restore_dialog":
        return RestoreDialog(services)
    return InactiveCustomersDialog(services, DataBus())


def opened(qtbot: QtBot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.fixture(params=["fr", "en"])
def lang(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    with interface_language(request.param):
        yield request.param


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    with interface_language("en"):
        yield


@pytest.mark.parametrize("name", list(NAMES))
def test_each_data_dialog_is_its_designer_form_with_the_names_automation_uses(
        qtbot: QtBot, sqlite_services: Services, name: str) -> None:
    dialog = opened(qtbot, make(name, sqlite_services))
    assert dialog.objectName() == name
    assert type(dialog.ui).__module__.startswith("crmdesk.gui.forms.ui_")  # type: ignore[attr-defined]
    for child in NAMES[name]:
        assert dialog.findChild(QWidget, child) is not None, f"{name}: no {child}"
    named = [c.objectName() for c in dialog.findChildren(QWidget) if c.objectName()]
    assert not [n for n in named if DESIGNER_DEFAULT.match(n)], named


def pages_and_tabs(dialog: QDialog) -> Iterator[str]:
    """Show every page of every stacked widget and tab widget in turn."""
    yield "first"
    for stack in dialog.findChildren(QStackedWidget):
        if isinstance(stack.parentWidget(), QTabWidget):
            continue  # a tab widget's own stack: its tabs are walked below
        for index in range(stack.count()):
            stack.setCurrentIndex(index)
            QApplication.processEvents()
            yield f"page {index}"
            for tabs in stack.widget(index).findChildren(QTabWidget):
                for tab in range(tabs.count()):
                    tabs.setCurrentIndex(tab)
                    yield f"page {index} tab {tab}"
        stack.setCurrentIndex(0)


def cut_controls(dialog: QDialog) -> list[str]:
    """The visible buttons and fields of `dialog` that do not lie wholly inside it."""
    out = []
    for widget in dialog.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(dialog) or widget.width() <= 1:
            continue
        parent = widget.parentWidget()
        if isinstance(parent, (QComboBox, QAbstractSpinBox)) or (
                parent is not None and isinstance(parent.parentWidget(), QAbstractItemView)):
            continue  # part of a composite widget, or a table's cell widget (reached by scrolling)
        rect = QRect(widget.mapTo(dialog, widget.rect().topLeft()), widget.size())
        if not dialog.rect().contains(rect):
            out.append(f"{widget.objectName()} {rect} outside {dialog.rect()}")
    return out


@pytest.mark.parametrize("name", list(NAMES))
def test_each_data_dialog_fits_1024x768(qtbot: QtBot, sqlite_services: Services, lang: str, name: str) -> None:
    dialog = opened(qtbot, make(name, sqlite_services))
    small = fit_size(QSize(dialog.width(), dialog.height()), SMALL_SCREEN)
    hint = dialog.minimumSizeHint()
    assert hint.width() <= small.width() and hint.height() <= small.height(), f"{name} needs {hint}"
    dialog.resize(small)
    problems = []
    for where in pages_and_tabs(dialog):
        QApplication.processEvents()
        problems += [f"[{where}] {p}" for p in cut_controls(dialog)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name, field, button", [("export_dialog", "export_file", "export_button"),
                                                 ("backup_dialog", "backup_file", "backup_button")])
def test_a_file_in_no_folder_is_refused_at_the_field_and_what_was_typed_stays(
        qtbot: QtBot, sqlite_services: Services, tmp_path: Path, english: None, name: str, field: str,
        button: str) -> None:
    dialog = opened(qtbot, make(name, sqlite_services))
    edit = dialog.findChild(QLineEdit, field)
    typed = str(tmp_path / "nowhere" / "file.csv")
    replace_text(qtbot, edit, typed)
    qtbot.mouseClick(dialog.findChild(QPushButton, button), Qt.MouseButton.LeftButton)
    error = dialog.findChild(QLabel, f"{field}_error")
    assert error.isVisible() and error.text() == "Choose a file in an existing folder."
    assert edit.text() == typed and dialog.focusWidget() is edit and not dialog.job.running  # type: ignore[attr-defined]
    type_text(qtbot, edit, "x")  # the message goes as soon as the user changes the name
    assert not error.isVisible()


def test_export_reads_cancel_until_it_has_written_then_close(qtbot: QtBot, sqlite_services: Services,
                                                             tmp_path: Path, english: None) -> None:
    for name in ("Boulangerie Dupont", "Garage Dupont"):
        sqlite_services.customers.create(CustomerData(name=name))
    dialog = opened(qtbot, make("export_dialog", sqlite_services))
    cancel = dialog.findChild(QPushButton, "cancel_button")
    assert cancel.text() == "Cancel"
    replace_text(qtbot, dialog.findChild(QLineEdit, "export_file"), str(tmp_path / "list.csv"))
    qtbot.mouseClick(dialog.findChild(QPushButton, "export_button"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.job.running, timeout=10_000)  # type: ignore[attr-defined]
    progress = dialog.findChild(QProgressBar, "export_progress")
    assert progress.value() == progress.maximum() == 1
    assert dialog.findChild(QLabel, "export_status").text().startswith("2 rows written")
    assert cancel.text() == "Close" and cancel.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)


def test_the_job_panel_cancels_a_running_job_and_says_how_it_ended(qtbot: QtBot, english: None) -> None:
    from crmdesk.gui.data.job_panel import JobPanel
    from crmdesk.gui.data.jobs import Job

    dialog = QDialog()
    qtbot.addWidget(dialog)
    status, bar, cancel = QLabel(dialog), QProgressBar(dialog), QPushButton(dialog)
    job = Job(dialog)
    panel = JobPanel(job, status, bar, cancel)
    started = threading.Event()

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        progress(3, 10)
        started.set()
        while not cancelled():
            threading.Event().wait(0.01)
        return "stopped"

    job.done.connect(lambda result: panel.end(f"ended: {result}", complete=False))
    panel.begin("Working…")
    assert (bar.minimum(), bar.maximum()) == (0, 0) and status.text() == "Working…"  # busy
    job.start(work)
    panel.update_cancel_button(finished=False)
    assert cancel.text() == "Cancel"
    qtbot.waitUntil(lambda: bar.value() == 3 and bar.maximum() == 10)
    panel.cancel_or_close(dialog, finished=False)  # what the Cancel button runs
    assert not cancel.isEnabled()  # the click is taken: the button waits for the job to stop
    qtbot.waitUntil(lambda: not job.running)
    assert status.text() == "ended: stopped" and bar.value() == 0 and cancel.isEnabled()
    panel.update_cancel_button(finished=True)
    assert cancel.text() == "Close"
    job.start(lambda _progress, _cancelled: 1 / 0)  # a failure: one line for the user, the rest in the log
    with qtbot.waitSignal(job.failed):
        pass
    assert status.text() == "The operation failed; details are in the log."


def test_a_backup_picked_with_browse_is_checked_at_once(qtbot: QtBot, sqlite_services: Services,
                                                        tmp_path: Path, english: None) -> None:
    from crmdesk.services import backup as backups

    sqlite_services.customers.create(CustomerData(name="Avant la sauvegarde"))
    saved = tmp_path / "copy.db"
    backups.backup(sqlite_services.db, saved)
    dialog = opened(qtbot, make("restore_dialog", sqlite_services))
    qtbot.mouseClick(dialog.findChild(QPushButton, "browse_button"), Qt.MouseButton.LeftButton)
    chooser = dialog.findChild(QFileDialog, "backup_file_dialog")
    assert chooser is not None and chooser.isVisible() and chooser.fileMode() == QFileDialog.FileMode.ExistingFile
    chooser.fileSelected.emit(str(saved))  # what choosing the file and clicking Open sends
    chooser.close()
    assert dialog.findChild(QLineEdit, "restore_file").text() == str(saved)
    assert "1 customers" in dialog.findChild(QLabel, "restore_info").text()
    assert dialog.findChild(QAbstractButton, "restore_confirm").isEnabled()


def test_the_forms_follow_a_change_of_language(qtbot: QtBot, sqlite_services: Services, english: None) -> None:
    from crmdesk.gui.application import install_language

    dialog = opened(qtbot, make("export_dialog", sqlite_services))
    assert dialog.windowTitle() == "Export"
    install_language("fr")  # the interface_language fixture puts English back afterwards
    QApplication.processEvents()
    assert dialog.windowTitle() == "Exporter"
    assert dialog.findChild(QPushButton, "export_button").text() == "&Exporter"
    assert dialog.findChild(QComboBox, "export_what").currentText() == "Clients"  # the texts the form lacks too

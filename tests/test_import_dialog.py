"""The data dialogs driven as a person does: File › Importer des clients… (file, columns, check, import, the
rejected rows, a second run, Cancel), Exporter…, Sauvegarder… / Restaurer…, and the GDPR requests from the list's
context menu; on PostgreSQL the backup entries say what does that job."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from helpers import OFFSCREEN_NOISE, click_message_box, replace_text, type_text
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QLineEdit, QPushButton, QRadioButton, QTableWidget

from crmdesk.app import create_main_window
from crmdesk.domain.records import CustomerData

pytestmark = OFFSCREEN_NOISE

HEADER = ["Code client", "Raison sociale", "E-mail", "Téléphone", "Adresse", "Code postal", "Ville",
          "Mode de règlement", "Remarque interne"]
ROWS = [["D1", "Boulangerie Œuvre", "pain@exemple.fr", "01 23 45 67 89", "3 rue de la Paix", "75002", "Paris",
         "chèque", "client fidèle"],
        ["D2", "Garage Müller", "garage@exemple.fr", "", "1 place Bellecour", "69002", "Lyon", "Virement", ""],
        ["D3", "Sans ville", "", "", "8 allée des Pins", "01000", "", "", ""],
        ["D4", "Élise Martin", "elise@exemple.fr", "", "2 quai Ouest", "13001", "Marseille", "CARTE BANCAIRE", ""]]


def write(path: Path, rows: list[list[str]], header: list[str] = HEADER) -> Path:
    with path.open("w", encoding="cp1252", newline="") as fh:  # as Excel saves "CSV (séparateur : point-virgule)"
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(header)
        writer.writerows(rows)
    return path


def window_for(qtbot, url: str):  # type: ignore[no-untyped-def]
    window = create_main_window(url)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.data_actions.wait(10))
    return window


def action(window, name: str) -> QAction:  # type: ignore[no-untyped-def]
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def dialog_named(window, name: str) -> QDialog:  # type: ignore[no-untyped-def]
    found = [d for d in window.findChildren(QDialog, name) if d.isVisible()]
    assert found, name
    return found[-1]


def click(qtbot, dialog: QDialog, name: str) -> None:  # type: ignore[no-untyped-def]
    button = dialog.findChild(QPushButton, name)
    assert button is not None and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def tick(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    """A click on the box or round of a check box or radio button (its centre may be past its text)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def choose_file(qtbot, dialog: QDialog, name: str, path: Path) -> None:  # type: ignore[no-untyped-def]
    edit = dialog.findChild(QLineEdit, name)
    replace_text(qtbot, edit, str(path))
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def wait_job(qtbot, dialog: QDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not dialog.job.running, timeout=30_000)  # type: ignore[attr-defined]


def customer_rows(window) -> int:  # type: ignore[no-untyped-def]
    page = window.customer_list_page
    qtbot_wait = page.model
    return int(qtbot_wait.rowCount())


def test_import_a_spreadsheet_fix_the_rejects_and_import_again(qtbot, sqlite_url, tmp_path):  # type: ignore[no-untyped-def]
    window = window_for(qtbot, sqlite_url)
    path = write(tmp_path / "clients.csv", ROWS)
    action(window, "action_import_customers").trigger()
    d = dialog_named(window, "import_dialog")
    choose_file(qtbot, d, "import_file", path)
    assert d.findChild(QComboBox, "import_encoding").currentData() == "cp1252"
    assert d.findChild(QComboBox, "import_separator").currentData() == ";"
    preview = d.findChild(QTableWidget, "import_preview")
    assert preview.rowCount() == 4 and preview.item(0, 1).text() == "Boulangerie Œuvre"
    click(qtbot, d, "next_button")
    mapping = d.findChild(QTableWidget, "import_mapping")
    assert [d.combo_of(r).currentData() for r in range(mapping.rowCount())] == [
        "code", "name", "email", "phone", "billing.street1", "billing.postal_code", "billing.city",
        "payment_method", ""]
    notes = d.combo_of(8)  # the unknown column goes into the notes
    notes.setCurrentIndex(notes.findData("to_notes"))
    notes.activated.emit(notes.currentIndex())
    click(qtbot, d, "next_button")  # Check >
    wait_job(qtbot, d)
    problems = d.findChild(QTableWidget, "import_problems")
    assert problems.rowCount() == 1 and problems.item(0, 0).text() == "4" and problems.item(0, 1).text() == "Ville"
    assert "1 rejected" in d.summary_label.text()
    assert not d.findChild(QPushButton, "import_button").isEnabled()  # all or nothing: fix first
    click(qtbot, d, "back_button")
    tick(qtbot, d.findChild(QRadioButton, "mode_valid_only"))
    assert d.findChild(QRadioButton, "mode_valid_only").isChecked()
    rejects = tmp_path / "rejets.csv"
    replace_text(qtbot, d.findChild(QLineEdit, "rejects_file"), str(rejects))
    click(qtbot, d, "next_button")
    wait_job(qtbot, d)
    assert "3 to create" in d.summary_label.text(), d.summary_label.text()
    click(qtbot, d, "import_button")
    wait_job(qtbot, d)
    assert "3 created, 0 updated, 0 unchanged, 1 rejected" in d.summary_label.text()
    qtbot.waitUntil(lambda: customer_rows(window) == 3)
    services = window.services
    dupont = next(r for r in services.customers.page(window.customer_list_page.model.query, 0, 10) if r.code == "D1")
    assert "Remarque interne : client fidèle" in services.customers.get(dupont.id).notes
    with rejects.open(encoding="utf-8-sig", newline="") as fh:
        back = list(csv.reader(fh, delimiter=";"))
    assert back[1][0] == "D3"
    click(qtbot, d, "cancel_button")  # now "Close"
    # The user fixes the row in the rejects file and imports the whole file again: nothing is duplicated.
    rows = [r[:] for r in ROWS]
    rows[2][6] = "Bourg-en-Bresse"
    write(path, rows)
    action(window, "action_import_customers").trigger()
    d = dialog_named(window, "import_dialog")
    choose_file(qtbot, d, "import_file", path)
    click(qtbot, d, "next_button")
    assert d.combo_of(8).currentData() == "to_notes"  # the mapping of this layout is remembered
    click(qtbot, d, "next_button")
    wait_job(qtbot, d)
    click(qtbot, d, "import_button")
    wait_job(qtbot, d)
    assert "1 created, 0 updated, 3 unchanged, 0 rejected" in d.summary_label.text()
    qtbot.waitUntil(lambda: customer_rows(window) == 4)
    click(qtbot, d, "cancel_button")


def test_unknown_payment_method_created_in_one_click_and_cancel_writes_nothing(qtbot, sqlite_url,  # type: ignore[no-untyped-def]
                                                                               tmp_path):
    window = window_for(qtbot, sqlite_url)
    rows = [[f"K{i:04d}", f"Client {i}", "", "", "1 rue", "75001", "Paris", "Bitcoin", ""] for i in range(3000)]
    path = write(tmp_path / "big.csv", rows)
    action(window, "action_import_customers").trigger()
    d = dialog_named(window, "import_dialog")
    choose_file(qtbot, d, "import_file", path)
    click(qtbot, d, "next_button")
    click(qtbot, d, "next_button")
    wait_job(qtbot, d)
    assert "Bitcoin" in d.references_label.text()
    click(qtbot, d, "create_references_button")
    wait_job(qtbot, d)
    assert not d.create_references_button.isVisible()
    assert "3000 to create" in d.summary_label.text()
    click(qtbot, d, "import_button")
    click(qtbot, d, "cancel_button")  # while it runs
    wait_job(qtbot, d)
    assert "Cancelled" in d.summary_label.text()
    from crmdesk.services.customers import CustomerQuery

    assert window.services.customers.count(CustomerQuery(status="all")) == 0
    d.reject()


def test_binary_file_is_refused_at_the_file_field(qtbot, sqlite_url, tmp_path):  # type: ignore[no-untyped-def]
    window = window_for(qtbot, sqlite_url)
    path = tmp_path / "photo.xlsx"
    path.write_bytes(b"PK\x03\x04" + bytes(300))
    d = window.data_actions.open_import()
    choose_file(qtbot, d, "import_file", path)
    assert d.file_error.isVisible() and "readable spreadsheet" in d.file_error.text()
    assert not d.findChild(QPushButton, "next_button").isEnabled()
    assert d.findChild(QLineEdit, "import_file").text() == str(path)  # what the user typed stays
    d.reject()


def test_export_the_filtered_list(qtbot, sqlite_url, tmp_path):  # type: ignore[no-untyped-def]
    window = window_for(qtbot, sqlite_url)
    for name in ("Boulangerie Dupont", "Garage Dupont", "Fleurs Martin"):
        window.services.customers.create(CustomerData(name=name))
    page = window.customer_list_page
    type_text(qtbot, page.customer_search, "dupont")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    action(window, "action_export").trigger()
    d = dialog_named(window, "export_dialog")
    out = tmp_path / "liste.csv"
    replace_text(qtbot, d.findChild(QLineEdit, "export_file"), str(out))
    click(qtbot, d, "export_button")
    wait_job(qtbot, d)
    assert "2 rows written" in d.status_label.text()
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert [r[1] for r in rows[1:]] == ["Boulangerie Dupont", "Garage Dupont"]
    click(qtbot, d, "cancel_button")


def test_backup_and_restore_from_the_menu(qtbot, sqlite_url, tmp_path):  # type: ignore[no-untyped-def]
    window = window_for(qtbot, sqlite_url)
    window.services.customers.create(CustomerData(name="Avant la sauvegarde"))
    action(window, "action_backup").trigger()
    d = dialog_named(window, "backup_dialog")
    out = tmp_path / "sauvegarde.db"
    replace_text(qtbot, d.findChild(QLineEdit, "backup_file"), str(out))
    click(qtbot, d, "backup_button")
    wait_job(qtbot, d)
    assert out.exists() and "1 customers" in d.status_label.text()
    click(qtbot, d, "close_button")
    window.services.customers.create(CustomerData(name="Après la sauvegarde"))
    action(window, "action_restore").trigger()
    r = dialog_named(window, "restore_dialog")
    choose_file(qtbot, r, "restore_file", out)
    assert "1 customers" in r.info_label.text()
    assert not r.findChild(QPushButton, "restore_button").isEnabled()  # confirmation first
    tick(qtbot, r.findChild(QCheckBox, "restore_confirm"))
    click(qtbot, r, "restore_button")
    wait_job(qtbot, r)
    assert "Restored" in r.status_label.text()
    qtbot.waitUntil(lambda: window.customer_list_page.model.rowCount() == 1)
    click(qtbot, r, "close_button")


def test_erase_a_customer_from_the_list_context_menu(qtbot, sqlite_url):  # type: ignore[no-untyped-def]
    from crmdesk.services import Services
    from crmdesk.store.database import open_database

    db = open_database(sqlite_url)
    Services.open(db).customers.create(CustomerData(name="Jeanne Oubli", email="jeanne@exemple.fr"))
    db.dispose()
    window = window_for(qtbot, sqlite_url)
    page = window.customer_list_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.select_only_row(0)
    menu = page.context_menu()
    names = [a.objectName() for a in menu.actions()]
    assert "action_gdpr_export_customer" in names and "action_gdpr_erase_customer" in names
    action(window, "action_gdpr_erase_customer").trigger()
    text = click_message_box(qtbot, "Erase", object_name="gdpr_erase_question")
    assert "no order" in text
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)


@pytest.mark.postgres
def test_backup_on_postgresql_points_to_the_server_and_the_exports(qtbot, pg_cluster):  # type: ignore[no-untyped-def]
    window = window_for(qtbot, pg_cluster.create_database())
    action(window, "action_backup").trigger()
    text = click_message_box(qtbot, "Export…", object_name="postgres_backup_message")
    assert "pg_dump" in text
    d = dialog_named(window, "export_dialog")
    d.reject()
    window.services.db.dispose()


def test_customer_dialog_gdpr_button_exports_the_data(qtbot, sqlite_services, tmp_path):  # type: ignore[no-untyped-def]
    import zipfile

    from PySide6.QtWidgets import QToolButton

    from crmdesk.gui.common.bus import DataBus
    from crmdesk.gui.customers.dialog import CustomerDialog

    customer = sqlite_services.customers.create(CustomerData(name="Jeanne Accès", email="jeanne@exemple.fr"))
    dialog = CustomerDialog(sqlite_services, DataBus(), None, customer_id=customer.id, mode="view")
    qtbot.addWidget(dialog)
    dialog.show()
    button = dialog.findChild(QToolButton, "gdpr_button")
    assert button is not None and button.isVisible()
    names = [a.objectName() for a in button.menu().actions()]
    assert names == ["action_gdpr_export", "action_gdpr_erase"]
    out = tmp_path / "jeanne.zip"
    assert dialog.gdpr_requests.export_to(customer.id, out)  # what the file dialog's choice runs
    click_message_box(qtbot, "OK", object_name="gdpr_message")
    with zipfile.ZipFile(out) as zf:
        assert "jeanne@exemple.fr" in zf.read("customer.json").decode()
    new = CustomerDialog(sqlite_services, DataBus(), None, mode="create")
    qtbot.addWidget(new)
    assert new.findChild(QToolButton, "gdpr_button").isHidden()

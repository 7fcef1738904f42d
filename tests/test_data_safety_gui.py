"""Issue 14 through the windows: a busy database shows a busy state and then a short message, what was typed
stays, the next save works; a stale window of a deleted customer is refused; an unencrypted connection is
said in the main window; unexpected errors go to the log file and the user sees one short line."""

from __future__ import annotations

import sqlite3
import sys
import threading
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from helpers import OFFSCREEN_NOISE, click_message_box, interface_language, replace_text
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QLabel, QMessageBox, QWidget

from crmdesk.domain.records import CustomerData, OrderLineData
from crmdesk.gui.common.bus import DataBus
from crmdesk.gui.customers.dialog import CustomerDialog
from crmdesk.services import Services
from crmdesk.store import database
from crmdesk.store.database import open_database

pytestmark = OFFSCREEN_NOISE


@pytest.fixture
def bus(qapp) -> DataBus:  # type: ignore[no-untyped-def]
    return DataBus()


@pytest.fixture
def french(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    with interface_language("fr"):
        yield


@pytest.fixture
def english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    # The widgets' own words (tr) are checked in English: their French comes with the next lupdate.
    with interface_language("en"):
        yield


def _customer(services: Services, name: str = "Boulangerie Martin") -> CustomerData:
    data = services.customers.new_customer()
    data.name = name
    return services.customers.create(data)


def _open(qtbot, services: Services, bus: DataBus, **kwargs) -> CustomerDialog:  # type: ignore[no-untyped-def]
    dialog = CustomerDialog(services, bus, None, **kwargs)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    return dialog


def _w(dialog: QWidget, name: str) -> QWidget:
    widget = dialog.findChild(QWidget, name)
    assert widget is not None, name
    return widget


def _save_button(dialog: QWidget):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialogButtonBox

    box = dialog.findChild(QDialogButtonBox, "button_box")
    assert box is not None
    return box.button(QDialogButtonBox.StandardButton.Save)


class Holder:
    """Another process's transaction holding the SQLite file (BEGIN EXCLUSIVE), released at will."""

    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.conn.execute("BEGIN EXCLUSIVE")

    def release(self) -> None:
        self.conn.execute("ROLLBACK")
        self.conn.close()

    def release_after(self, seconds: float) -> threading.Timer:
        timer = threading.Timer(seconds, self.release)
        timer.start()
        return timer


def test_a_save_waiting_for_a_locked_file_shows_a_busy_state_then_saves(qtbot, tmp_path, bus, english) -> None:  # type: ignore[no-untyped-def]
    db = open_database(f"sqlite:///{tmp_path / 'crm.db'}")
    try:
        services = Services.open(db)
        customer = _customer(services)
        dialog = _open(qtbot, services, bus, customer_id=customer.id, mode="edit")
        replace_text(qtbot, _w(dialog, "name"), "Boulangerie Martin et Fils")
        holder = Holder(tmp_path / "crm.db")
        timer = holder.release_after(1.5)  # a colleague's long write, shorter than the lock timeout
        seen: dict[str, object] = {}

        def look() -> None:  # while the save waits: the window paints, says it is busy, takes no input
            notice = dialog.findChild(QFrame, "busy_notice")
            seen["notice"] = notice is not None and notice.isVisible()
            seen["text"] = notice.findChild(QLabel).text() if notice is not None else ""
            seen["save_enabled"] = _save_button(dialog).isEnabled()
            dialog.grab().save(str(tmp_path / "busy.png"))

        QTimer.singleShot(700, look)
        started = time.monotonic()
        qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)
        assert time.monotonic() - started >= 1.0
        timer.join()
        assert seen == {"notice": True, "text": seen["text"], "save_enabled": False}
        assert "busy" in str(seen["text"])
        assert services.customers.get(customer.id).name == "Boulangerie Martin et Fils"  # type: ignore[arg-type]
    finally:
        db.dispose()


def test_a_file_locked_past_the_timeout_says_busy_and_keeps_the_typing(qtbot, tmp_path, bus, french,  # type: ignore[no-untyped-def]
                                                                       monkeypatch) -> None:
    monkeypatch.setattr(database, "LOCK_TIMEOUT_MS", 500)
    db = open_database(f"sqlite:///{tmp_path / 'crm.db'}")
    try:
        services = Services.open(db)
        customer = _customer(services)
        dialog = _open(qtbot, services, bus, customer_id=customer.id, mode="edit")
        replace_text(qtbot, _w(dialog, "name"), "Martin SARL")
        holder = Holder(tmp_path / "crm.db")
        qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)
        text = click_message_box(qtbot, QMessageBox.StandardButton.Ok, dialog, "error_box")
        assert text.startswith("La base est occupée par un autre poste")
        assert "locked" not in text and "SQL" not in text and "[" not in text
        assert dialog.isVisible() and dialog.is_editing()
        assert _w(dialog, "name").text() == "Martin SARL"  # type: ignore[attr-defined]
        holder.release()
        qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)  # the next save works
        qtbot.waitUntil(lambda: services.customers.get(customer.id).name == "Martin SARL")  # type: ignore[arg-type]
    finally:
        db.dispose()


def test_the_order_dialog_says_the_database_is_busy(qtbot, tmp_path, bus, french, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from test_order_dialog import open_dialog as open_order_dialog

    monkeypatch.setattr(database, "LOCK_TIMEOUT_MS", 500)
    db = open_database(f"sqlite:///{tmp_path / 'crm.db'}")
    try:
        services = Services.open(db)
        customer = _customer(services)
        order = services.orders.new_order_for(customer.id)  # type: ignore[arg-type]
        order.lines = [OrderLineData(description="Farine", quantity=Decimal(2), unit_price=Decimal(10))]
        dialog = open_order_dialog(qtbot, services, bus, order=order)
        holder = Holder(tmp_path / "crm.db")
        assert dialog.save() is False  # no exception into Qt: refused, said
        said = click_message_box(qtbot, QMessageBox.StandardButton.Ok, dialog, "error_box", timeout=5000)
        assert said.startswith("La base est occupée par un autre poste")
        holder.release()
        assert dialog.save() is True
        assert services.orders.count  # the order is there
    finally:
        db.dispose()


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_a_stale_window_of_a_deleted_customer_cannot_save_over_another(qtbot, bus, french, backend,  # type: ignore[no-untyped-def]
                                                                        request) -> None:
    url = request.getfixturevalue("sqlite_url") if backend == "sqlite" else \
        request.getfixturevalue("pg_cluster").create_database()
    desk1, desk2 = Services.open(open_database(url)), Services.open(open_database(url))
    try:
        _customer(desk2, "Alpha")
        bravo = _customer(desk2, "Bravo")
        dialog = _open(qtbot, desk1, bus, customer_id=bravo.id, mode="edit")
        replace_text(qtbot, _w(dialog, "notes"), "notes du poste 1")
        desk2.customers.delete(bravo.id)  # type: ignore[arg-type]
        charlie = _customer(desk2, "Charlie")
        qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)
        text = click_message_box(qtbot, QMessageBox.StandardButton.Ok, dialog, "error_box")
        assert "supprimé" in text
        got = desk2.customers.get(charlie.id)  # type: ignore[arg-type]
        assert (got.name, got.notes) == ("Charlie", "")
    finally:
        desk1.db.dispose()
        desk2.db.dispose()


@pytest.mark.postgres
def test_the_main_window_says_when_the_connection_is_not_encrypted(qtbot, pg_cluster, sqlite_url, english) -> None:  # type: ignore[no-untyped-def]
    from crmdesk.app import create_main_window

    window = create_main_window(pg_cluster.create_database())  # PGSSLMODE=disable in the tests
    qtbot.addWidget(window)
    window.show()
    badge = window.findChild(QLabel, "unencrypted_connection")
    assert badge is not None and badge.isVisible() and badge.text() == "Connection not encrypted"
    plain = create_main_window(sqlite_url)
    qtbot.addWidget(plain)
    assert plain.findChild(QLabel, "unencrypted_connection") is None


def test_unexpected_errors_go_to_the_log_without_personal_data(qtbot, tmp_path, french) -> None:  # type: ignore[no-untyped-def]
    from crmdesk.gui.common import error_report

    log = tmp_path / "logs" / "crmdesk.log"
    previous = sys.excepthook
    try:
        error_report.install_error_reporting(log, qt_messages=False)
        try:
            raise ValueError("postgresql://crm:s3cret@db/crm jean.dupont@example.fr FR76 3000 6000 0112 3456 7890 189")
        except ValueError:
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
        box = None
        qtbot.waitUntil(lambda: any(w.objectName() == "unexpected_error_box" and w.isVisible()
                                    for w in __import__("PySide6.QtWidgets").QtWidgets.QApplication.topLevelWidgets()))
        from PySide6.QtWidgets import QApplication

        box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "unexpected_error_box")
        assert str(log) in box.text() and "ValueError" not in box.text()  # type: ignore[attr-defined]
        box.close()
    finally:
        sys.excepthook = previous
        import logging

        for handler in list(logging.getLogger().handlers):
            if getattr(handler, "baseFilename", "") == str(log):
                logging.getLogger().removeHandler(handler)
                handler.close()
    written = log.read_text(encoding="utf-8")
    assert "ValueError" in written and "Traceback" in written
    assert "s3cret" not in written and "jean.dupont" not in written and "3456 7890" not in written


def test_the_password_dialog_says_when_it_cannot_remember(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QCheckBox

    from crmdesk.gui.connection.password_dialog import PasswordDialog

    # The tests' keyring is the null backend (conftest): no system keychain here.
    dialog = PasswordDialog("postgresql+psycopg://crm@db.example:5432/crm", lambda url: None)  # type: ignore[arg-type,return-value]
    qtbot.addWidget(dialog)
    dialog.show()
    remember = dialog.findChild(QCheckBox, "remember_password")
    note = dialog.findChild(QLabel, "no_keychain")
    assert remember is not None and not remember.isEnabled() and not remember.isChecked()
    assert note is not None and note.isVisible() and "never writes it to a file" in note.text()


@pytest.mark.parametrize("pasted", ["a\x00b", "\x1b[31m", "x\ufffey", "'; DROP TABLE customer; --", "\"NEAR(", "%_*"])
def test_the_search_boxes_take_pasted_control_characters(qtbot, sqlite_url, english, pasted) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLineEdit, QTableView

    from crmdesk.app import create_main_window

    window = create_main_window(sqlite_url)
    qtbot.addWidget(window)
    window.show()
    for search_name in ("customer_search", "order_search"):
        search = window.findChild(QLineEdit, search_name)
        assert search is not None
        search.setText(pasted)  # as a paste delivers it
        qtbot.wait(400)  # past the search-as-you-type delay
        bar = window.findChild(QWidget, "message_bar")
        assert bar is None or not bar.isVisible(), bar.text.text()  # type: ignore[attr-defined]
    table = window.findChild(QTableView, "customer_table")
    assert table is not None and table.model().rowCount() == 0
    window.services.db.dispose()  # type: ignore[attr-defined]

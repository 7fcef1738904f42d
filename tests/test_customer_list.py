"""The customer list page, driven as a person: search as you type, filters, row icons, delete/archive."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QTableView, QWidget

from crmdesk.app import create_main_window
from crmdesk.domain.records import AddressData, OrderLineData
from crmdesk.gui.customer_model import CustomerTableModel
from crmdesk.services import Services
from crmdesk.store.database import open_database
from tests.helpers import click_message_box, type_text

NAMES = ["Société Générale de Boulangerie", "Müller Frères", "Dupont SARL", "Martin Épicerie", "Zèbre & Co"]


@pytest.fixture
def window(qtbot, sqlite_url):
    db = open_database(sqlite_url)
    services = Services.open(db)
    for i, name in enumerate(NAMES):
        data = services.customers.new_customer()
        data.name = name
        data.phone = f"06 12 34 56 7{i}"
        data.addresses = [AddressData(street1=f"{i} rue de Paris", postal_code=f"7500{i + 1}", city="Paris")]
        services.customers.create(data)
    db.dispose()
    win = create_main_window(sqlite_url)
    qtbot.addWidget(win)
    win.show()
    page = win.customer_list_page
    qtbot.waitUntil(lambda: page.model.rowCount() == len(NAMES) and not page.model.is_busy())
    return win


def _page(window) -> QWidget:
    return window.findChild(QWidget, "customer_list_page")


def _table(window) -> QTableView:
    return _page(window).findChild(QTableView, "customer_table")


def _names_shown(window) -> list[str]:
    model = _table(window).model()
    return [model.row_at(r).name for r in range(model.rowCount())]


def _wait_rows(qtbot, window, n: int) -> None:
    model = _table(window).model()
    qtbot.waitUntil(lambda: model.rowCount() == n and not model.is_busy(), timeout=5000)


def test_model_passes_qt_model_tester(qtmodeltester, sqlite_services):
    for name in NAMES:
        data = sqlite_services.customers.new_customer()
        data.name = name
        sqlite_services.customers.create(data)
    model = CustomerTableModel(sqlite_services, threaded=False)
    model.set_query(model.query)
    assert model.rowCount() == len(NAMES)
    qtmodeltester.check(model)


def test_search_as_you_type_is_accent_and_case_insensitive(qtbot, window):
    search = _page(window).findChild(QLineEdit, "customer_search")
    for typed, expected in (("societe", ["Société Générale de Boulangerie"]), ("mull", ["Müller Frères"]),
                            ("06 12 34 56 72", ["Dupont SARL"]), ("PARIS", sorted(NAMES)),
                            ("zzz", [])):
        search.clear()
        type_text(qtbot, search, typed)
        qtbot.waitUntil(lambda expected=expected: sorted(_names_shown(window)) == sorted(expected)
                        and not _table(window).model().is_busy(), timeout=5000)


def test_count_label_follows_search_and_filters(qtbot, window):
    page = _page(window)
    count = page.findChild(QLabel, "customer_count")
    assert "5" in count.text()
    place = page.findChild(QLineEdit, "filter_place")
    type_text(qtbot, place, "75003")
    _wait_rows(qtbot, window, 1)
    qtbot.waitUntil(lambda: "1" in count.text() and "5" not in count.text())
    page.clear_filters()
    _wait_rows(qtbot, window, len(NAMES))


def test_row_icon_triggers_the_same_action(qtbot, window):
    table = _table(window)
    view_action = window.findChild(QAction, "action_view_customer")
    triggered = []
    view_action.triggered.connect(lambda *_: triggered.append(True))
    model = table.model()
    actions_column = model.columnCount() - 1
    rect = table.visualRect(model.index(1, actions_column))
    # Icons are drawn duplicate, view, edit, delete from the left: find the eye by trying each slot.
    for x in range(rect.left() + 2, rect.right(), 4):
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, rect.center().y()))
        if triggered:
            break
    assert triggered
    assert table.selectionModel().currentIndex().row() == 1
    dialog = window.findChild(QWidget, "customer_dialog")
    assert dialog is not None and dialog.isVisible()
    dialog.close()


def test_delete_asks_then_deletes_a_customer_without_orders(qtbot, window):
    table = _table(window)
    table.selectRow(_names_shown(window).index("Zèbre & Co"))
    window.findChild(QAction, "action_delete_customer").trigger()
    text = click_message_box(qtbot, "Yes", object_name="delete_confirmation")
    assert "Zèbre & Co" in text
    _wait_rows(qtbot, window, len(NAMES) - 1)
    assert "Zèbre & Co" not in _names_shown(window)


def test_delete_refused_with_orders_offers_archive(qtbot, window):
    services = window.services
    target = _names_shown(window).index("Dupont SARL")
    customer_id = _table(window).model().row_at(target).id
    order = services.orders.new_order_for(customer_id, date(2026, 11, 2))
    order.lines = [OrderLineData(description="Pain", quantity=Decimal(2), unit_price=Decimal("1.10"))]
    services.orders.create(order)
    window.bus.orders_changed.emit(customer_id, [])
    _table(window).selectRow(target)
    window.findChild(QAction, "action_delete_customer").trigger()
    click_message_box(qtbot, "Yes", object_name="delete_confirmation")
    text = click_message_box(qtbot, "Archive", object_name="archive_offer")
    assert "Dupont SARL" in text
    _wait_rows(qtbot, window, len(NAMES) - 1)
    assert services.customers.get(customer_id).active is False
    # Archived customers show again with the status filter, and can be restored.
    status = _page(window).findChild(QComboBox, "filter_status")
    status.setCurrentIndex(status.findData("archived"))
    _wait_rows(qtbot, window, 1)
    _table(window).selectRow(0)
    window.findChild(QAction, "action_restore_customer").trigger()
    qtbot.waitUntil(lambda: services.customers.get(customer_id).active is True)


def test_several_rows_archived_at_once(qtbot, window):
    table = _table(window)
    selection = table.selectionModel()
    for row in (0, 2):
        selection.select(table.model().index(row, 0),
                         QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    ids = sorted(_page(window).selected_ids())
    assert len(ids) == 2
    window.findChild(QAction, "action_archive_customer").trigger()
    _wait_rows(qtbot, window, len(NAMES) - 2)
    assert all(window.services.customers.get(i).active is False for i in ids)


def test_selection_kept_when_a_customer_is_edited_elsewhere(qtbot, window):
    table = _table(window)
    row = _names_shown(window).index("Martin Épicerie")
    table.selectRow(row)
    customer_id = table.model().row_at(row).id
    data = window.services.customers.get(customer_id)
    data.email = "contact@martin.fr"
    window.services.customers.update(data)
    window.bus.customers_changed.emit([customer_id])
    qtbot.waitUntil(lambda: not table.model().is_busy())
    assert _page(window).current_id() == customer_id
    qtbot.waitUntil(lambda: table.model().row_at(table.currentIndex().row()).email == "contact@martin.fr")

"""The main window exposes the names of shared/CONTRACT.md and wires its menus."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QStackedWidget, QTableView, QToolButton, QTreeWidget, QWidget

from crmdesk.app import create_main_window

CONTRACT_ACTIONS = ["action_new_customer", "action_duplicate_customer", "action_view_customer",
                    "action_edit_customer", "action_delete_customer", "action_new_order"]


def test_contract_names_and_navigation(qtbot, sqlite_url):
    window = create_main_window(sqlite_url)
    qtbot.addWidget(window)
    assert window.objectName() == "main_window"
    nav = window.findChild(QTreeWidget, "navigation")
    sales = nav.topLevelItem(0)
    assert [sales.child(i).text(0) for i in range(sales.childCount())][:2] in (
        ["Customers", "Orders"], ["Clients", "Commandes"])
    assert window.findChild(QToolButton, "new_customer_button") is not None
    page = window.findChild(QWidget, "customer_list_page")
    assert page.findChild(QLineEdit, "customer_search") is not None
    assert page.findChild(QTableView, "customer_table") is not None
    names = {a.objectName() for a in window.findChildren(QAction)}
    assert set(CONTRACT_ACTIONS) <= names
    orders = window.findChild(QWidget, "order_list_page")
    assert orders.findChild(QTableView, "order_table") is not None
    assert orders.findChild(QLineEdit, "order_search") is not None

    stack = window.findChild(QStackedWidget)
    nav.setCurrentItem(sales.child(1))
    assert stack.currentWidget() is orders
    nav.setCurrentItem(sales.child(0))
    assert stack.currentWidget() is page


def test_reference_list_changes_reach_the_list_filters(qtbot, sqlite_url):
    window = create_main_window(sqlite_url)
    qtbot.addWidget(window)
    window.open_reference_lists()
    dialog = window.findChild(QWidget, "reference_lists_dialog")
    assert dialog is not None
    # As the dialog's Add does: write, then report the kind; closing it reloads the filter combo.
    window.services.catalog.add_payment_method("Virement instantané", "Instant transfer")
    dialog._page_changed("payment_method")
    dialog.reject()
    combo = window.customer_list_page.filter_payment_method
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert any(text in ("Instant transfer", "Virement instantané") for text in texts)

"""Issue 12 in the windows, driven as a person would: Settings › Entreprise, a public entity recorded on the
accounting tab, several orders of the order list printed at once."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from helpers import OFFSCREEN_NOISE, interface_language, type_text
from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QComboBox, QDialogButtonBox, QLabel, QTableView, QWidget

from crmdesk.domain.records import AddressData, CustomerData, OrderLineData
from crmdesk.gui.common.bus import DataBus
from crmdesk.services import Services

pytestmark = OFFSCREEN_NOISE


@pytest.fixture
def english(qapp: Any) -> Iterator[None]:
    with interface_language("en"):
        yield


def w(parent: QWidget, name: str) -> Any:
    widget = parent.findChild(QWidget, name)
    assert widget is not None, name
    return widget


def click(qtbot: Any, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose(qtbot: Any, combo: QComboBox, text: str) -> None:
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text, [combo.itemText(i) for i in range(combo.count())]


def error_text(parent: QWidget, name: str) -> str:
    label = parent.findChild(QLabel, f"{name}_error")
    return "" if label is None or label.isHidden() else label.text()


def test_company_details_typed_in_the_settings(qtbot: Any, sqlite_url: str, english: None) -> None:
    from crmdesk.app import create_main_window
    from crmdesk.gui.settings.dialog import SettingsDialog

    window = create_main_window(sqlite_url)
    qtbot.addWidget(window)
    window.show()
    window.findChild(QAction, "action_settings").trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible() and dialog.objectName() == "settings_dialog"
    page = w(dialog, "company_page")
    type_text(qtbot, w(page, "name"), "Fournitures Rhône-Alpes")
    type_text(qtbot, w(page, "share_capital"), "50 000")
    type_text(qtbot, w(page, "siren"), "552 100 555")  # a typing error: the check digit does not match
    type_text(qtbot, w(page, "email"), "commandes@fra.fr")
    click(qtbot, dialog.button_box.button(QDialogButtonBox.StandardButton.Ok))
    assert dialog.isVisible()
    assert "SIREN 552 100 555" in error_text(page, "siren")
    assert "register" in error_text(page, "registry_city").lower() or error_text(page, "registry_city") == ""
    assert w(page, "siren").text() == "552 100 555"  # what was typed stays on screen
    w(page, "siren").selectAll()
    type_text(qtbot, w(page, "siren"), "552 100 554")
    type_text(qtbot, w(page, "registry_city"), "Lyon")
    click(qtbot, dialog.button_box.button(QDialogButtonBox.StandardButton.Ok))
    assert not dialog.isVisible()
    stored = window.services.company.get()  # type: ignore[attr-defined]
    assert (stored.name, stored.siren, stored.registry_city, stored.share_capital) == (
        "Fournitures Rhône-Alpes", "552100554", "Lyon", Decimal("50000.00"))
    window.close()


def test_public_entity_recorded_on_the_accounting_tab(qtbot: Any, services: Services, english: None) -> None:
    from crmdesk.gui.customers.dialog import CustomerDialog

    dialog = CustomerDialog(services, DataBus(), None, mode="create")
    dialog.show()
    try:
        _record_public_entity(qtbot, services, dialog)
    finally:
        # Gone before its database is: a later language change would have it read the reference lists again.
        dialog.close()
        dialog.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _record_public_entity(qtbot: Any, services: Services, dialog: Any) -> None:
    from crmdesk.gui.customers.dialog import TAB_ACCOUNTING

    type_text(qtbot, w(dialog, "name"), "Mairie de Villeurbanne")
    dialog.ui.customer_tabs.setCurrentIndex(TAB_ACCOUNTING)
    choose(qtbot, w(dialog, "einvoicing_category"), "Public entity (Chorus Pro)")
    assert w(dialog, "chorus_service_code").isVisible()
    save = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
    click(qtbot, save)
    assert "SIRET" in error_text(dialog, "siret") and "service code" in error_text(dialog, "chorus_service_code")
    assert dialog.customer_id() is None
    type_text(qtbot, w(dialog, "siret"), "216 902 668 00013")
    type_text(qtbot, w(dialog, "chorus_service_code"), "SERVICE-FINANCES")
    click(qtbot, w(dialog, "add_einvoice_address_button"))
    choose(qtbot, w(dialog, "einvoice_form_0"), "SIREN_SIRET_routing code")
    type_text(qtbot, w(dialog, "einvoice_identifier_0"), "216902668_21690266800013_SERVICE-FINANCES")
    click(qtbot, save)
    assert dialog.customer_id() is not None, [error_text(dialog, n) for n in ("siret", "einvoice_addresses")]
    stored = services.customers.get(dialog.customer_id())  # type: ignore[arg-type]
    assert (stored.einvoicing_category, stored.siret, stored.siren, stored.chorus_service_code) == (
        "public", "21690266800013", "216902668", "SERVICE-FINANCES")
    assert [(a.identifier, a.is_default) for a in stored.einvoice_addresses] == [
        ("216902668_21690266800013_SERVICE-FINANCES", True)]


def test_order_list_prints_several_selected_orders(qtbot: Any, sqlite_url: str, english: None) -> None:
    from crmdesk.app import create_main_window
    from crmdesk.gui.documents.dialog import PrintDocumentDialog

    window = create_main_window(sqlite_url)
    qtbot.addWidget(window)
    services: Services = window.services  # type: ignore[attr-defined]
    customer = services.customers.create(CustomerData(name="Acme", addresses=[AddressData(
        street1="1 rue A", postal_code="75001", city="Paris", is_default_billing=True, is_default_delivery=True)]))
    ids = []
    for i in range(3):
        order = services.orders.new_order_for(customer.id, date(2026, 11, 1 + i))  # type: ignore[arg-type]
        order.lines.append(OrderLineData(description=f"Article {i}", quantity=Decimal(1), unit_price=Decimal(5)))
        ids.append(services.orders.create(order).id)
    for step in ("validated", "prepared"):
        services.orders.set_status(ids[0], step)
    window.show()
    window.show_page("orders")  # type: ignore[attr-defined]
    page = w(window, "order_list_page")
    table = page.findChild(QTableView, "order_table")
    qtbot.waitUntil(lambda: table.model().rowCount() == 3)
    page.model.row_at(2)
    selection = table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    selection.select(table.model().index(0, 0), flags)
    confirmation = page.findChild(QAction, "action_print_order")
    note = page.findChild(QAction, "action_print_delivery_note")
    assert confirmation.isEnabled() and not note.isEnabled()  # the newest order is a draft
    selection.select(table.model().index(2, 0), flags)  # the oldest, prepared
    selection.select(table.model().index(0, 0), QItemSelectionModel.SelectionFlag.Deselect
                     | QItemSelectionModel.SelectionFlag.Rows)
    assert note.isEnabled()
    selection.select(table.model().index(1, 0), flags)
    confirmation.trigger()
    dialog = page.findChild(PrintDocumentDialog)
    assert dialog is not None and sorted(dialog.order_ids) == sorted(ids[:2])
    assert w(dialog, "one_file").isChecked() and w(dialog, "file_per_order").isVisible()
    dialog.close()
    window.close()


def test_print_preview_shows_the_pages(qtbot: Any, sqlite_services: Services, english: None) -> None:
    from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget

    from crmdesk.domain.documents import DocumentKind
    from crmdesk.gui.documents.dialog import PrintDocumentDialog

    services = sqlite_services
    customer = services.customers.create(CustomerData(name="Acme", addresses=[AddressData(
        street1="1 rue A", postal_code="75001", city="Paris", is_default_billing=True, is_default_delivery=True)]))
    order = services.orders.new_order_for(customer.id, date(2026, 11, 2))  # type: ignore[arg-type]
    order.lines += [OrderLineData(description=f"Article {i} " + "très long " * (i % 7), quantity=Decimal(1),
                                  unit_price=Decimal(5)) for i in range(45)]
    saved = services.orders.create(order)
    dialog = PrintDocumentDialog(services, [saved.id], DocumentKind.CONFIRMATION)  # type: ignore[list-item]
    qtbot.addWidget(dialog)
    dialog.show()
    choose(qtbot, w(dialog, "document_language"), "French")
    click(qtbot, w(dialog, "preview_button"))
    # The orders are read in the background: the buttons wait meanwhile, the preview opens after.
    qtbot.waitUntil(lambda: dialog.findChild(QPrintPreviewDialog, "print_preview") is not None)
    preview = dialog.findChild(QPrintPreviewDialog, "print_preview")
    assert preview.isVisible() and w(dialog, "preview_button").isEnabled()
    widget = preview.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: widget.pageCount() > 0)
    assert widget.pageCount() == 2
    preview.close()


def test_preview_of_a_deleted_order_says_so_at_the_dialog(qtbot: Any, sqlite_services: Services,
                                                          english: None) -> None:
    """An order deleted by another desk meanwhile: a short message in the dialog, no preview, buttons back."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    from crmdesk.domain.documents import DocumentKind
    from crmdesk.gui.documents.dialog import PrintDocumentDialog

    services = sqlite_services
    customer = services.customers.create(CustomerData(name="Acme", addresses=[AddressData(
        street1="1 rue A", postal_code="75001", city="Paris", is_default_billing=True, is_default_delivery=True)]))
    order = services.orders.new_order_for(customer.id, date(2026, 11, 2))  # type: ignore[arg-type]
    order.lines += [OrderLineData(description="Article", quantity=Decimal(1), unit_price=Decimal(5))]
    saved = services.orders.create(order)
    dialog = PrintDocumentDialog(services, [saved.id], DocumentKind.CONFIRMATION)  # type: ignore[list-item]
    qtbot.addWidget(dialog)
    dialog.show()
    services.orders.delete_draft(saved.id)  # type: ignore[arg-type]
    click(qtbot, w(dialog, "preview_button"))
    qtbot.waitUntil(lambda: w(dialog, "preview_button").isEnabled())
    status = w(dialog, "print_status").text()
    assert status == "This order no longer exists."
    assert dialog.findChild(QPrintPreviewDialog, "print_preview") is None

"""The customer card in the customer dialog, the order dialog and the customer list, driven as a person would:
the figures and the chart, the outstanding amount against the limit, contacts added through their form, the
history after an IBAN change made in the dialog, the credit-limit question when validating, the list's new
columns and filter. Key paths on both backends.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from helpers import OFFSCREEN_NOISE, click_message_box, interface_language, type_text
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QPushButton, QTableView, QWidget

from crmdesk.domain.records import AddressData, OrderLineData
from crmdesk.gui.common.bus import DataBus
from crmdesk.gui.common.styles import sensitive_tint
from crmdesk.gui.customers.contacts_page import ContactDialog, ContactTableModel
from crmdesk.gui.customers.dialog import TAB_ACCOUNTING, CustomerDialog
from crmdesk.gui.customers.history_page import HistoryModel
from crmdesk.services import Services
from crmdesk.services.customers import CustomerQuery

pytestmark = OFFSCREEN_NOISE
D = Decimal


@pytest.fixture
def english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    with interface_language("en"):
        yield


@pytest.fixture
def bus(qapp) -> DataBus:  # type: ignore[no-untyped-def]
    return DataBus()


@pytest.fixture(autouse=True)
def _dialogs_deleted(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Closed dialogs are deleted after each test: none lingers to read a database (or a PostgreSQL server)
    that the fixtures have taken away, on a later language change."""
    yield
    import shiboken6
    from PySide6.QtWidgets import QApplication

    from crmdesk.gui.orders.dialog import OrderDialog

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, (CustomerDialog, OrderDialog)) and shiboken6.isValid(widget):
            shiboken6.delete(widget)


def w(parent: QWidget, name: str) -> QWidget:
    widget = parent.findChild(QWidget, name)
    assert widget is not None, name
    return widget


def customer_with_orders(services: Services, control: str = "warn", limit: str = "5000") -> int:
    c = services.customers.new_customer()
    c.name = "Cave Saint-Vincent"
    c.credit_limit = D(limit)
    c.credit_control = control
    c.addresses = [AddressData(street1="4 place du Marché", postal_code="21000", city="Dijon")]
    c = services.customers.create(c)
    assert c.id is not None
    for amount, status in (("1200", "delivered"), ("800", "validated"), ("300", "cancelled"), ("50", "draft")):
        order = services.orders.new_order_for(c.id)
        order.lines = [OrderLineData(description="Meursault 2020", quantity=D(1), unit_price=D(amount), vat_rate=D(0))]
        saved = services.orders.create(order, credit_confirmed=True)
        path = {"delivered": ("validated", "prepared", "shipped", "delivered"), "validated": ("validated",),
                "cancelled": ("cancelled",), "draft": ()}[status]
        for step in path:
            services.orders.set_status(saved.id, step, credit_confirmed=True)  # type: ignore[arg-type]
    return c.id


def open_customer(qtbot, services: Services, bus: DataBus, customer_id: int, mode: str = "view") -> CustomerDialog:  # type: ignore[no-untyped-def]
    dialog = CustomerDialog(services, bus, None, customer_id=customer_id, mode=mode)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def go_to(qtbot, dialog: CustomerDialog, page: str) -> QWidget:  # type: ignore[no-untyped-def]
    tabs = dialog.ui.customer_tabs
    widget = w(tabs, page)
    tabs.setCurrentWidget(widget)
    qtbot.waitUntil(widget.isVisible)
    return widget


def test_figures_chart_and_outstanding_on_the_dialog(qtbot, services: Services, bus: DataBus, english) -> None:  # type: ignore[no-untyped-def]
    cid = customer_with_orders(services)
    dialog = open_customer(qtbot, services, bus, cid)
    page = go_to(qtbot, dialog, "activity_page")
    outstanding = w(page, "outstanding_amount")
    assert isinstance(outstanding, QLabel)
    qtbot.waitUntil(lambda: outstanding.text() == "€800.00", timeout=5000)
    assert w(page, "turnover_12m").text() == "€2,000.00"  # type: ignore[attr-defined]  # cancelled and draft left out
    assert w(page, "order_count").text() == "2"  # type: ignore[attr-defined]
    assert w(page, "average_order").text() == "€1,000.00"  # type: ignore[attr-defined]
    assert "€4,200.00 left" in w(page, "outstanding_detail").text()  # type: ignore[attr-defined]
    chart = w(page, "turnover_chart")
    assert sum(sum(s.values) for s in chart.series) == 2000  # type: ignore[attr-defined]
    assert len(chart.categories) == 12  # type: ignore[attr-defined]
    mode = w(page, "turnover_chart_mode")
    assert isinstance(mode, QComboBox)
    mode.setCurrentIndex(1)  # this year against the last one: two series
    assert [s.name for s in chart.series][1] == str(int(chart.series[0].name) - 1)  # type: ignore[attr-defined]
    band = dialog.summary_band  # type: ignore[attr-defined]
    assert "€800.00" in band.outstanding.text() and "€5,000.00" in band.outstanding.text()
    # An order saved elsewhere updates the figures of the open dialog.
    order = services.orders.new_order_for(cid)
    order.lines = [OrderLineData(description="Chablis", quantity=D(1), unit_price=D("100"), vat_rate=D(0))]
    saved = services.orders.create(order)
    services.orders.set_status(saved.id, "validated")  # type: ignore[arg-type]
    bus.orders_changed.emit(cid, [saved.id])
    qtbot.waitUntil(lambda: outstanding.text() == "€900.00", timeout=5000)
    # The customer's credit control is on the Accounting tab, under the limit.
    dialog.ui.customer_tabs.setCurrentIndex(TAB_ACCOUNTING)
    combo = w(dialog, "credit_control")
    assert isinstance(combo, QComboBox) and combo.currentData() == "warn"


def test_contacts_added_edited_and_found(qtbot, services: Services, bus: DataBus, english) -> None:  # type: ignore[no-untyped-def]
    cid = customer_with_orders(services)
    dialog = open_customer(qtbot, services, bus, cid)
    page = go_to(qtbot, dialog, "contacts_page")
    assert not w(page, "add_contact_button").isVisible()  # view mode: the list follows the dialog
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    table = w(page, "contacts_table")
    assert isinstance(table, QTableView)
    qtbot.mouseClick(w(page, "add_contact_button"), Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    form = page.findChild(ContactDialog, "contact_dialog")
    assert form is not None
    qtbot.waitExposed(form)
    type_text(qtbot, w(form, "first_name"), "Hélène")
    type_text(qtbot, w(form, "email"), "pas une adresse")
    save = form.button_box.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert form.isVisible()  # refused, the form still open with what was typed: the email is not one
    assert "not valid" in form.errors.message(w(form, "email"))
    w(form, "email").clear()  # type: ignore[attr-defined]
    type_text(qtbot, w(form, "email"), "compta@cave-st-vincent.fr")
    type_text(qtbot, w(form, "last_name"), "Garnier")
    role = w(form, "role")
    assert isinstance(role, QComboBox)
    role.setCurrentIndex(role.findData("accounting"))
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    assert table.model().data(table.model().index(0, 1)) == "Hélène Garnier"
    assert table.model().data(table.model().index(0, 0)) == "★"  # the first contact is the main one
    assert services.contacts.list(cid) == []  # staged: written with the customer
    with qtbot.waitSignal(bus.customers_changed, timeout=5000):
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert services.customers.page(CustomerQuery(text="garnier"), 0, 5)[0].id == cid
    assert services.contacts.accounting_contact(cid).last_name == "Garnier"  # type: ignore[union-attr]


def test_iban_change_in_the_dialog_stands_out_in_the_history(qtbot, database_url: str, services: Services,  # type: ignore[no-untyped-def]
                                                            bus: DataBus, english) -> None:
    cid = customer_with_orders(services)
    dialog = open_customer(qtbot, services, bus, cid, mode="edit")
    dialog.ui.customer_tabs.setCurrentIndex(TAB_ACCOUNTING)
    type_text(qtbot, w(dialog, "iban"), "FR76 3000 6000 0112 3456 7890 189")
    with qtbot.waitSignal(bus.customers_changed, timeout=5000):
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    page = go_to(qtbot, dialog, "history_page")
    view = w(page, "history_view")
    assert isinstance(view, QTableView)
    model = view.model()
    assert isinstance(model, HistoryModel)
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    top = model.items[0]
    assert (top.field, top.new_value, top.sensitive) == ("iban", "FR7630006000011234567890189", True)
    assert model.data(model.index(0, 3)) == "IBAN"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) == sensitive_tint()
    import getpass

    assert model.data(model.index(0, 1)) == (getpass.getuser() if database_url.startswith("sqlite") else "postgres")
    # Filtered: only the customer's own changes, then a text.
    kind = w(page, "history_kind")
    assert isinstance(kind, QComboBox)
    kind.setCurrentIndex(kind.findData("order"))
    assert model.rowCount() > 0 and all(i.entity == "order" for i in model.items)
    kind.setCurrentIndex(0)
    type_text(qtbot, w(page, "history_filter"), "iban")
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    # An empty note is refused, said under the note (as every field error); typing takes the message away.
    w(page, "history_filter").clear()  # type: ignore[attr-defined]
    assert not w(page, "add_note_button").isEnabled()  # view mode: notes follow the dialog
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    page = go_to(qtbot, dialog, "history_page")
    qtbot.mouseClick(w(page, "add_note_button"), Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    said = w(page, "note_text_error")
    assert isinstance(said, QLabel) and said.isVisible() and said.text()
    note = w(page, "note_text")
    assert said.mapTo(page, QPoint(0, 0)).y() >= note.mapTo(page, QPoint(0, note.height())).y()  # under it
    # A note, written from the tab, joins the timeline.
    type_text(qtbot, w(page, "note_text"), "Appelé pour confirmer le nouvel IBAN")
    assert not said.isVisible()
    qtbot.mouseClick(w(page, "add_note_button"), Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: model.rowCount() > 0 and model.items[0].kind == "note")
    assert model.data(model.index(0, 2)).endswith("(not saved yet)")
    assert not [i for i in services.history.timeline(cid) if i.kind == "note"]  # staged until Save
    with qtbot.waitSignal(bus.customers_changed, timeout=5000):
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert [i.new_value for i in services.history.timeline(cid) if i.kind == "note"] == [
        "Appelé pour confirmer le nouvel IBAN"]


@pytest.mark.parametrize("control", ["warn", "block"])
def test_validating_over_the_limit_asks_or_refuses(qtbot, sqlite_services: Services, bus: DataBus, english,  # type: ignore[no-untyped-def]
                                                   control: str) -> None:
    from crmdesk.gui.orders.dialog import OrderDialog

    services = sqlite_services
    cid = customer_with_orders(services, control=control, limit="1000")  # 800 outstanding already
    order = services.orders.new_order_for(cid)
    order.lines = [OrderLineData(description="Corton", quantity=D(1), unit_price=D("500"), vat_rate=D(0))]
    saved = services.orders.create(order, credit_confirmed=True)
    dialog = OrderDialog(services, bus, order_id=saved.id)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    qtbot.waitExposed(dialog)
    # First time: the user stops at the question (window-modal, opened with open()); nothing changes.
    dialog.action_validate_order.trigger()
    seen = click_message_box(qtbot, "cancel_credit_button", dialog, "credit_limit_box")
    assert "€800.00" in seen and "€1,000.00" in seen
    assert services.orders.get(saved.id).status == "draft"  # type: ignore[arg-type]
    # Then goes on (block mode: an explicit override), which the history records.
    go = "override_credit_button" if control == "block" else "confirm_credit_button"
    dialog.action_validate_order.trigger()
    click_message_box(qtbot, go, dialog, "credit_limit_box")
    assert services.orders.get(saved.id).status == "validated"  # type: ignore[arg-type]
    actions = [i.action for i in services.history.timeline(order_id=saved.id)]
    expected = "credit_override" if control == "block" else "credit_confirmed"
    assert expected in actions
    # The order's history is one click away.
    history = dialog.card.show_history()
    assert history is not None and history.history_view.model().rowCount() >= 3
    history.done(0)


def test_models_pass_the_model_tester(qtmodeltester, services: Services, english) -> None:  # type: ignore[no-untyped-def]
    cid = customer_with_orders(services)
    from crmdesk.domain.contacts import ContactData

    services.contacts.add(cid, ContactData(first_name="Luc", last_name="Perrin"))
    contacts = ContactTableModel()
    contacts.set_contacts(services.contacts.list(cid))
    qtmodeltester.check(contacts)
    history = HistoryModel()
    history.set_items(services.history.timeline(cid))
    qtmodeltester.check(history)


def test_list_columns_sort_and_filter(qtbot, services: Services, english) -> None:  # type: ignore[no-untyped-def]
    from crmdesk.app import create_main_window

    over = customer_with_orders(services, limit="500")  # 800 outstanding: over its limit
    within = customer_with_orders(services, limit="5000")
    window = create_main_window(services.db.url if not services.db.is_sqlite else str(services.db.engine.url))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = w(window, "customer_list_page")
    table = w(page, "customer_table")
    assert isinstance(table, QTableView)
    model = table.model()
    keys = [c.key for c in model.columns]  # type: ignore[attr-defined]
    assert {"turnover_12m", "outstanding_amount"} <= set(keys)
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    model.sort(keys.index("outstanding_amount"), Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: model.query.sort == "outstanding_amount")  # type: ignore[attr-defined]
    check = w(page, "filter_over_credit_limit")
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=check.rect().center())
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    qtbot.waitUntil(lambda: model.customer_id(0) == over)  # type: ignore[attr-defined]
    assert within != over
    window.close()


def test_french_texts(qtbot, sqlite_services: Services, bus: DataBus) -> None:  # type: ignore[no-untyped-def]
    cid = customer_with_orders(sqlite_services)
    with interface_language("fr"):
        dialog = open_customer(qtbot, sqlite_services, bus, cid, mode="edit")
        page = go_to(qtbot, dialog, "activity_page")
        outstanding = w(page, "outstanding_amount")
        qtbot.waitUntil(lambda: outstanding.text().startswith("800,00"), timeout=5000)  # type: ignore[attr-defined]
        button = w(go_to(qtbot, dialog, "contacts_page"), "add_contact_button")
        assert isinstance(button, QPushButton) and button.isEnabled()
        dialog.done(0)



def test_category_chips_and_list_filter(qtbot, services: Services, bus: DataBus, english) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog

    cid = customer_with_orders(services)
    other = customer_with_orders(services)
    dialog = open_customer(qtbot, services, bus, cid, mode="edit")
    chips = w(dialog, "customer_categories")
    assert chips.isVisible()
    box = chips.ask_new()  # type: ignore[attr-defined]  # "+ Category" › "New category…"
    assert isinstance(box, QInputDialog)
    qtbot.waitExposed(box)
    box.setTextValue("Cavistes")
    box.accept()
    assert chips.labels() == ["Cavistes"]  # type: ignore[attr-defined]
    assert services.categories.of_customer(cid) == []  # staged until Save
    with qtbot.waitSignal(bus.customers_changed, timeout=5000):
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    chip = chips.chips[0]  # type: ignore[attr-defined]
    # The list filters on it.
    from crmdesk.gui.customers.categories import CategoryFilter

    combo = CategoryFilter(services)
    qtbot.addWidget(combo)
    combo.setCurrentIndex(combo.findText("Cavistes"))
    assert [r.id for r in services.customers.page(CustomerQuery(category_id=combo.value()), 0, 10)] == [cid]
    assert other != cid
    # The chip's × takes it off again; both changes are in the history.
    qtbot.mouseClick(chip.remove_button, Qt.MouseButton.LeftButton)
    assert chips.labels() == []  # type: ignore[attr-defined]
    assert dialog.is_dirty()
    with qtbot.waitSignal(bus.customers_changed, timeout=5000):
        qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert [i.field for i in services.history.timeline(cid) if i.field == "categories"] == ["categories"] * 2


def test_settings_page_sets_the_default_credit_control(qtbot, sqlite_services: Services, english) -> None:  # type: ignore[no-untyped-def]
    from crmdesk.gui.settings.dialog import SettingsDialog

    dialog = SettingsDialog(sqlite_services)
    qtbot.addWidget(dialog)
    dialog.show()
    page = dialog.page("customer_settings_page")
    assert page is not None
    dialog.show_page(page)
    combo = w(page, "credit_control_default")
    assert isinstance(combo, QComboBox) and combo.currentData() == "warn"
    combo.setCurrentIndex(combo.findData("block"))
    type_text(qtbot, w(page, "new_category"), "Grossistes")
    qtbot.keyClick(w(page, "new_category"), Qt.Key.Key_Return)
    assert [c.label for c in sqlite_services.categories.all()] == ["Grossistes"]
    assert page.is_dirty()  # type: ignore[attr-defined]
    page.save()  # type: ignore[attr-defined]  # as OK does for a changed page
    assert sqlite_services.customers.new_customer().credit_control == "block"
    dialog.done(0)

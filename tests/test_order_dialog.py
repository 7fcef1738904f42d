"""The order dialog: lines and totals as the user types, the save-time rule, status changes, closing."""

from __future__ import annotations

from decimal import Decimal

import pytest
from helpers import find_message_box, wait_message_box
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from test_order_history import (  # noqa: F401  (_en_gb_locale: an autouse fixture)
    OFFSCREEN_NOISE,
    _en_gb_locale,
    button_named,
    line,
    make_customer,
    make_order,
    make_products,
    ref_ids,
    standard,
)

from crmdesk.domain.enums import OrderStatus
from crmdesk.domain.orders import can_transition
from crmdesk.services.orders import OrderQuery

pytestmark = OFFSCREEN_NOISE
D = Decimal
COL = {"reference": 0, "description": 1, "quantity": 2, "unit_price": 3, "discount": 4, "vat": 5, "total": 6}


def answer(qtbot, object_name: str, choose, calls: list[str] | None = None) -> None:
    """Answer the window-modal QMessageBox `object_name` that the dialog opened (open(), no nested loop)."""
    box = wait_message_box(qtbot, None, object_name)
    if calls is not None:
        calls.append(box.text())
    button = choose(box)
    assert button is not None, [b.text() for b in box.buttons()]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: find_message_box(None, object_name) is None)


@pytest.fixture
def bus():
    from crmdesk.gui.common.bus import DataBus

    return DataBus()


_opened: list = []


@pytest.fixture(autouse=True)
def _close_opened_dialogs():
    """At the end of a test, close without the unsaved-changes question. Not qtbot.addWidget: a dialog
    the test closed is already deleted (WA_DeleteOnClose), and pytest-qt would close it again."""
    import shiboken6

    yield
    while _opened:
        dialog = _opened.pop()
        if shiboken6.isValid(dialog):
            dialog.done(0)
            dialog.deleteLater()


def open_dialog(qtbot, services, bus, **kwargs):
    from crmdesk.gui.orders.dialog import OrderDialog

    dialog = OrderDialog(services, bus, **kwargs)
    _opened.append(dialog)

    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def type_in_cell(qtbot, dialog, row: int, column: str, text: str, finish: bool = True) -> QLineEdit:
    """Select the cell, open its editor, replace its text by typing, and press Return (as a person)."""
    view = dialog.order_lines
    index = view.model().index(row, COL[column])
    editor = view.indexWidget(index)  # already open, e.g. on the description of a line just added
    if editor is None:
        view.setCurrentIndex(index)
        view.setFocus()
        qtbot.keyClick(view, Qt.Key.Key_F2)  # the platform's "edit" key
        editor = view.indexWidget(index)
    assert isinstance(editor, QLineEdit), editor
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClicks(editor, text)
    if finish:
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        # The view commits and closes the editor from its event queue, as it does between a person's keystrokes.
        qtbot.waitUntil(lambda: view.indexWidget(index) is None)
    return editor


def amount(label_text: str) -> Decimal:
    """A Decimal back from an amount shown in the default locale."""
    locale = QLocale()
    cleaned = label_text.replace("€", "").replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    cleaned = cleaned.replace(locale.groupSeparator(), "") if locale.groupSeparator() not in ("", " ") else cleaned
    return D(cleaned.replace(locale.decimalPoint(), "."))


def vat_shown(dialog) -> dict[str, Decimal]:
    return {label.text(): amount(value.text()) for label, value in dialog.vat_labels}


# ---- lines and totals ---------------------------------------------------------------
def test_totals_follow_typing_with_several_rates_discounts_and_rounding(qtbot, sqlite_services, bus,
                                                                         qtmodeltester):
    services = sqlite_services
    customer = make_customer(services)
    dialog = open_dialog(qtbot, services, bus, order=services.orders.new_order_for(customer.id))
    assert dialog.total_incl_tax.text() == "€0.00"

    dialog.add_free_line()
    type_in_cell(qtbot, dialog, 0, "description", "Farine bio")
    type_in_cell(qtbot, dialog, 0, "quantity", "3")
    type_in_cell(qtbot, dialog, 0, "unit_price", "19.99")
    type_in_cell(qtbot, dialog, 0, "vat", "5.5")
    # The discount is typed but not yet confirmed: the totals already follow it.
    editor = type_in_cell(qtbot, dialog, 0, "discount", "10", finish=False)
    assert amount(dialog.total_excl_tax.text()) == D("53.97")  # 59.97 less 10 % = 53.973
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.order_lines.indexWidget(dialog.lines_model.index(0, COL["discount"])) is None)

    dialog.add_free_line()
    type_in_cell(qtbot, dialog, 1, "description", "Sachet")
    type_in_cell(qtbot, dialog, 1, "unit_price", "0.125")  # half a cent rounds up, per line
    dialog.add_free_line()
    type_in_cell(qtbot, dialog, 2, "description", "Moule")
    type_in_cell(qtbot, dialog, 2, "quantity", "2")
    type_in_cell(qtbot, dialog, 2, "unit_price", "7.455")

    assert dialog.lines_model.index(1, COL["total"]).data() == "€0.13"
    assert dialog.lines_model.index(2, COL["total"]).data() == "€14.91"
    assert amount(dialog.total_excl_tax.text()) == D("69.01")
    assert vat_shown(dialog) == {"VAT 5.5 %": D("2.97"), "VAT 20 %": D("3.01")}
    assert amount(dialog.total_incl_tax.text()) == D("74.99")
    assert all(w.isVisible() for w in (dialog.total_excl_tax, dialog.total_incl_tax, *dialog.vat_labels[0]))
    qtmodeltester.check(dialog.lines_model)

    # Saved as shown, in Decimal.
    assert dialog.save()
    saved = services.orders.get(dialog.order.id)
    assert [(x.quantity, x.unit_price, x.discount_percent, x.vat_rate) for x in saved.lines] == [
        (D(3), D("19.99"), D(10), D("5.5")), (D(1), D("0.125"), D(0), D(20)), (D(2), D("7.455"), D(0), D(20))]
    row = services.orders.page(OrderQuery(customer_id=customer.id), 0, 1)[0]
    assert (row.total_excl_tax, row.total_incl_tax) == (D("69.01"), D("74.99"))


def test_bad_numbers_are_refused_in_the_cell(qtbot, sqlite_services, bus):
    customer = make_customer(sqlite_services)
    dialog = open_dialog(qtbot, sqlite_services, bus, order=sqlite_services.orders.new_order_for(customer.id))
    dialog.add_free_line()
    model = dialog.lines_model
    assert not model.setData(model.index(0, COL["quantity"]), "abc")
    assert not model.setData(model.index(0, COL["discount"]), "120")
    assert not model.setData(model.index(0, COL["unit_price"]), "-3")
    assert model.line(0).quantity == D(1)
    # A line without a description is not saved; the reason is shown.
    calls: list[str] = []
    assert not dialog.save()
    answer(qtbot, "error_box", standard(QMessageBox.StandardButton.Ok), calls)
    assert "description is required" in calls[0]
    assert dialog.order.id is None


def test_french_amounts_and_typing(qtbot, sqlite_services, bus):
    from crmdesk.domain.i18n import set_language

    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    set_language("fr")
    try:
        customer = make_customer(sqlite_services)
        dialog = open_dialog(qtbot, sqlite_services, bus, order=sqlite_services.orders.new_order_for(customer.id))
        dialog.add_free_line()
        type_in_cell(qtbot, dialog, 0, "description", "Cafe")
        type_in_cell(qtbot, dialog, 0, "quantity", "1250")
        type_in_cell(qtbot, dialog, 0, "unit_price", "1,5")
        assert dialog.lines_model.line(0).unit_price == D("1.5")
        shown = dialog.total_incl_tax.text()
        assert shown.endswith("€") and ",00" in shown and "2" in shown  # "2 250,00 €"
        assert amount(shown) == D("2250.00")
        assert dialog.lines_model.index(0, COL["unit_price"]).data().startswith("1,50")
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def test_catalogue_lines_from_the_picker_by_name_and_by_barcode(qtbot, sqlite_services, bus):
    services = sqlite_services
    products = make_products(services)
    customer = make_customer(services)
    dialog = open_dialog(qtbot, services, bus, order=services.orders.new_order_for(customer.id))

    picker = dialog.pick_product()
    qtbot.keyClicks(picker.product_search, "beurre")
    qtbot.waitUntil(lambda: picker.model.rowCount() == 1)
    qtbot.keyClick(picker.product_search, Qt.Key.Key_Return)
    assert not picker.isVisible()
    first = dialog.lines_model.line(0)
    assert (first.product_reference, first.description, first.unit_price, first.vat_rate) == (
        "BEU-AOP-1K", "Beurre AOP Charentes-Poitou 1 kg", D("12.35"), D("5.5"))
    assert first.product_id == products[1].id

    # A scanner types the EAN and Return.
    picker = dialog.pick_product()
    qtbot.keyClicks(picker.product_search, "9782012345676")
    qtbot.keyClick(picker.product_search, Qt.Key.Key_Return)
    assert dialog.lines_model.line(1).product_reference == "LIV-REC-10"

    # By reference, chosen in the list with a double-click.
    picker = dialog.pick_product()
    qtbot.keyClicks(picker.product_search, "MOU")
    qtbot.waitUntil(lambda: picker.model.rowCount() == 1)
    rect = picker.product_table.visualRect(picker.model.index(0, 1))
    qtbot.mouseClick(picker.product_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(picker.product_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.lines_model.line(2).product_reference == "MOU-INOX-12"
    assert dialog.lines_label.text().startswith("3")

    # Remove the middle line.
    dialog.order_lines.selectRow(1)
    dialog.action_remove_line.trigger()
    assert [x.product_reference for x in dialog.lines_model.lines()] == ["BEU-AOP-1K", "MOU-INOX-12"]
    assert dialog.save()
    saved = services.orders.get(dialog.order.id)
    assert [x.product_reference for x in saved.lines] == ["BEU-AOP-1K", "MOU-INOX-12"]


def test_export_customer_lines_have_no_vat(qtbot, sqlite_services, bus):
    make_products(sqlite_services)
    customer = make_customer(sqlite_services, "Export GmbH", vat_regime="export")
    dialog = open_dialog(qtbot, sqlite_services, bus, order=sqlite_services.orders.new_order_for(customer.id))
    product = sqlite_services.catalog.products("TAB")[0]
    dialog.add_product_line(product)
    assert dialog.lines_model.line(0).vat_rate == D(0)


# ---- header: addresses among the customer's, references -------------------------------
def test_addresses_are_chosen_among_the_customers_and_copied(qtbot, services, bus):
    customer = make_customer(services)
    order = make_order(services, customer.id, OrderStatus.VALIDATED)
    dialog = open_dialog(qtbot, services, bus, order_id=order.id)
    combo = dialog.delivery_address
    boutique = next(i for i in range(combo.count()) if "Bellecour" in combo.itemText(i))
    combo.setCurrentIndex(boutique)
    assert "1 place Bellecour" in dialog.delivery_address_text.text()
    refs = ref_ids(services)
    dialog.payment_method.setCurrentIndex(dialog.payment_method.findData(refs["payment"]["carte"]))
    qtbot.keyClicks(dialog.customer_reference, "PO-77")
    assert dialog.is_dirty()
    with qtbot.waitSignal(bus.orders_changed) as signal:
        assert dialog.save()
    assert signal.args == [customer.id, [order.id]]
    saved = services.orders.get(order.id)
    assert saved.delivery_address.street1 == "1 place Bellecour"
    assert saved.delivery_address.recipient == customer.name
    assert saved.payment_method_id == refs["payment"]["carte"]
    assert saved.customer_reference == "PO-77"
    # Changing the customer's address later does not rewrite the order.
    assert not dialog.is_dirty()


# ---- read-only ----------------------------------------------------------------------
@pytest.mark.parametrize("status", [OrderStatus.PREPARED, OrderStatus.SHIPPED, OrderStatus.DELIVERED,
                                    OrderStatus.CANCELLED])
def test_an_order_past_preparation_opens_read_only_even_for_edit(qtbot, sqlite_services, bus, status):
    customer = make_customer(sqlite_services)
    order = make_order(sqlite_services, customer.id, status)
    dialog = open_dialog(qtbot, sqlite_services, bus, order_id=order.id, read_only=False)
    assert dialog.is_read_only()
    assert not dialog.edit_button.isVisible()
    assert dialog.banner.isVisible()
    assert ("cancelled" if status is OrderStatus.CANCELLED else "already prepared") in dialog.banner.text()
    assert not dialog.action_add_product_line.isEnabled()
    assert not dialog.action_save_order.isEnabled()
    assert not dialog.save()
    assert not dialog.lines_model.setData(dialog.lines_model.index(0, COL["quantity"]), "9")
    dialog.reject()  # no question: nothing can have changed
    assert not dialog.isVisible()


# ---- closing ----------------------------------------------------------------------
def test_unsaved_changes_question_on_close(qtbot, sqlite_services, bus):
    customer = make_customer(sqlite_services)
    order = make_order(sqlite_services, customer.id, OrderStatus.DRAFT)
    dialog = open_dialog(qtbot, sqlite_services, bus, order_id=order.id)
    qtbot.keyClicks(dialog.notes, "Livrer avant 10h")
    asked: list[str] = []
    dialog.button_box.button(dialog.button_box.StandardButton.Cancel).click()
    answer(qtbot, "unsaved_changes_box", button_named("Keep editing"), asked)
    assert asked and dialog.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    answer(qtbot, "unsaved_changes_box", button_named("Discard"), asked)
    assert len(asked) == 2 and not dialog.isVisible()
    assert sqlite_services.orders.get(order.id).notes == ""


def test_unsaved_changes_saved_from_the_question_and_ctrl_s(qtbot, sqlite_services, bus):
    customer = make_customer(sqlite_services)
    order = make_order(sqlite_services, customer.id, OrderStatus.DRAFT)
    dialog = open_dialog(qtbot, sqlite_services, bus, order_id=order.id)
    # Shortcuts go to the active window.
    dialog.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClicks(dialog.customer_reference, "A1")
    qtbot.keyClick(dialog.customer_reference, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert sqlite_services.orders.get(order.id).customer_reference == "A1"
    assert dialog.isVisible() and not dialog.is_dirty()
    qtbot.keyClicks(dialog.customer_reference, "B2")
    dialog.close()
    answer(qtbot, "unsaved_changes_box", button_named("Save"))
    assert not dialog.isVisible()
    assert sqlite_services.orders.get(order.id).customer_reference == "A1B2"


# ---- the rule at save time ---------------------------------------------------------
def test_save_refused_when_a_colleague_prepared_the_order_meanwhile(qtbot, services, bus):
    customer = make_customer(services)
    order = make_order(services, customer.id, OrderStatus.VALIDATED)
    dialog = open_dialog(qtbot, services, bus, order_id=order.id)
    type_in_cell(qtbot, dialog, 0, "quantity", "40")
    # Meanwhile, in the warehouse:
    services.orders.set_status(order.id, OrderStatus.PREPARED)
    told: list[str] = []
    dialog.button_box.button(dialog.button_box.StandardButton.Save).click()
    answer(qtbot, "save_refused_box", button_named("Keep my changes on screen"), told)
    assert told and "can no longer be changed" in told[0] and "already prepared" in told[0]
    assert dialog.isVisible()
    assert dialog.lines_model.line(0).quantity == D(40)  # nothing typed is lost
    assert "already prepared" in dialog.banner.text()
    stored = services.orders.get(order.id)
    assert stored.status == "prepared"
    assert stored.lines == order.lines and stored.lines[0].quantity == D(2)
    # Reloading shows the order as it is: prepared, read-only.
    assert not dialog.save()
    answer(qtbot, "save_refused_box", button_named("Reload"))
    assert dialog.is_read_only()
    assert dialog.lines_model.line(0).quantity == D(2)
    assert [dialog.button_box.standardButton(b) for b in dialog.button_box.buttons()] == [
        dialog.button_box.StandardButton.Close]


def test_save_refused_when_a_colleague_saved_the_order_meanwhile(qtbot, services, bus):
    customer = make_customer(services)
    order = make_order(services, customer.id, OrderStatus.DRAFT)
    dialog = open_dialog(qtbot, services, bus, order_id=order.id)
    qtbot.keyClicks(dialog.customer_reference, "MINE")
    theirs = services.orders.get(order.id)
    theirs.notes = "Their note"
    services.orders.update(theirs)
    told: list[str] = []
    assert not dialog.save()
    answer(qtbot, "save_refused_box", button_named("Keep my changes on screen"), told)
    assert "Someone else saved" in told[0]
    assert dialog.customer_reference.text() == "MINE"
    assert services.orders.get(order.id).customer_reference == ""
    assert not dialog.save()
    answer(qtbot, "save_refused_box", button_named("Reload"))
    assert dialog.notes.toPlainText() == "Their note" and dialog.customer_reference.text() == ""
    qtbot.keyClicks(dialog.customer_reference, "MINE")
    assert dialog.save()
    stored = services.orders.get(order.id)
    assert (stored.notes, stored.customer_reference) == ("Their note", "MINE")


# ---- status changes ---------------------------------------------------------------
def status_action_states(dialog) -> dict[OrderStatus, bool]:
    return {target: action.isEnabled() for target, action in dialog.status_actions.items()}


@pytest.mark.parametrize("status", list(OrderStatus))
def test_status_actions_follow_the_workflow(qtbot, sqlite_services, bus, status):
    customer = make_customer(sqlite_services)
    order = make_order(sqlite_services, customer.id, status)
    dialog = open_dialog(qtbot, sqlite_services, bus, order_id=order.id, read_only=True)
    assert status_action_states(dialog) == {t: can_transition(status, t) for t in OrderStatus if t in
                                            dialog.status_actions}
    for name in ("action_validate_order", "action_prepare_order", "action_ship_order", "action_deliver_order",
                 "action_cancel_order"):
        assert dialog.findChild(type(dialog.action_validate_order), name) is not None


def test_walk_through_the_workflow_with_confirmations(qtbot, services, bus):
    customer = make_customer(services)
    dialog = open_dialog(qtbot, services, bus, order=services.orders.new_order_for(customer.id))
    dialog.add_free_line()
    type_in_cell(qtbot, dialog, 0, "description", "Pain")
    # Validate a new order: saved first, no question (it can be put back to draft).
    with qtbot.waitSignal(bus.orders_changed):
        dialog.action_validate_order.trigger()
    assert dialog.order.status == "validated" and dialog.order.id is not None
    order_id = dialog.order.id
    assert not dialog.is_read_only()

    # Preparing cannot be undone: asked first; "Don't change" leaves it validated.
    asked: list[str] = []
    dialog.action_prepare_order.trigger()
    answer(qtbot, "confirm_status_box", button_named("Don't change"), asked)
    assert "can then no longer be edited" in asked[0]
    assert services.orders.get(order_id).status == "validated"

    # Pending edits are saved with the status change.
    type_in_cell(qtbot, dialog, 0, "quantity", "5")
    dialog.action_prepare_order.trigger()
    answer(qtbot, "confirm_status_box", button_named("Mark prepared"))
    stored = services.orders.get(order_id)
    assert stored.status == "prepared" and stored.lines[0].quantity == D(5)
    assert dialog.is_read_only() and "already prepared" in dialog.banner.text()
    assert not dialog.action_prepare_order.isEnabled() and dialog.action_ship_order.isEnabled()

    for action, target in ((dialog.action_ship_order, "shipped"), (dialog.action_deliver_order, "delivered")):
        action.trigger()
        answer(qtbot, "confirm_status_box", standard(QMessageBox.StandardButton.Yes))
        assert services.orders.get(order_id).status == target
    # Delivered is final.
    assert not any(status_action_states(dialog).values())
    assert not dialog.change_status(OrderStatus.CANCELLED)
    assert services.orders.get(order_id).status == "delivered"


def test_status_change_refused_when_a_colleague_moved_the_order(qtbot, services, bus):
    customer = make_customer(services)
    order = make_order(services, customer.id, OrderStatus.VALIDATED)
    dialog = open_dialog(qtbot, services, bus, order_id=order.id, read_only=True)
    services.orders.set_status(order.id, OrderStatus.CANCELLED)  # someone else cancels it
    told: list[str] = []
    dialog.action_prepare_order.trigger()
    answer(qtbot, "confirm_status_box", standard(QMessageBox.StandardButton.Yes))
    answer(qtbot, "status_refused_box", button_named("Reload"), told)
    qtbot.waitUntil(lambda: bool(told))
    assert "cancelled" in told[0].lower()
    assert services.orders.get(order.id).status == "cancelled"
    assert dialog.order.status == "cancelled"
    assert not any(status_action_states(dialog).values())


def test_back_to_draft_needs_no_confirmation(qtbot, sqlite_services, bus):
    customer = make_customer(sqlite_services)
    order = make_order(sqlite_services, customer.id, OrderStatus.VALIDATED)
    dialog = open_dialog(qtbot, sqlite_services, bus, order_id=order.id)
    assert dialog.action_draft_order.isVisible() or dialog.action_draft_order.isEnabled()
    dialog.action_draft_order.trigger()
    assert sqlite_services.orders.get(order.id).status == "draft"
    assert not dialog.action_draft_order.isEnabled()


def test_new_order_has_line_helpers_and_no_number_yet(qtbot, sqlite_services, bus):
    customer = make_customer(sqlite_services)
    draft = sqlite_services.orders.new_order_for(customer.id)
    dialog = open_dialog(qtbot, sqlite_services, bus, order=draft)
    assert dialog.number.text() == ""
    assert dialog.windowTitle() == "New order"
    assert {t for t, on in status_action_states(dialog).items() if on} == {OrderStatus.VALIDATED}
    dialog.add_free_line()
    type_in_cell(qtbot, dialog, 0, "description", "Livraison")
    assert dialog.save()
    assert dialog.number.text().startswith("CMD-")
    assert dialog.windowTitle() == f"Order {dialog.number.text()}"
    assert [line("Livraison", "1", "0").description] == [x.description for x in dialog.lines_model.lines()]

"""The reference lists dialog (`reference_lists_dialog`), driven with the keyboard and the mouse as a person
does: add, edit, reorder, deactivate and delete payment methods, payment terms and carriers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QTableView, QToolButton

from crmdesk.domain.records import CustomerData
from crmdesk.gui.common.bus import DataBus
from crmdesk.gui.common.widgets import RefCombo
from crmdesk.gui.reference.dialog import (
    ReferenceEntryDialog,
    ReferenceListPage,
    ReferenceListsDialog,
    ReferenceTableModel,
)
from crmdesk.services import Services
from crmdesk.services.reference import ReferenceEntry, ReferenceKind, ReferenceService
from tests.helpers import OFFSCREEN_NOISE, click_message_box, interface_language, replace_text, type_text

pytestmark = OFFSCREEN_NOISE

PM, PT, CA = ReferenceKind.PAYMENT_METHOD, ReferenceKind.PAYMENT_TERMS, ReferenceKind.CARRIER


@pytest.fixture
def english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    with interface_language("en"):
        yield


@pytest.fixture
def dialog(qtbot, sqlite_services: Services, english) -> ReferenceListsDialog:  # type: ignore[no-untyped-def]
    bus = DataBus()
    dlg = ReferenceListsDialog(sqlite_services, bus, None)
    dlg.bus_signals = []  # type: ignore[attr-defined]
    for signal in (bus.customers_changed, bus.customers_removed, bus.products_changed):
        signal.connect(lambda *args: dlg.bus_signals.append(args))  # type: ignore[attr-defined]
    qtbot.addWidget(dlg)
    with qtbot.waitExposed(dlg):
        dlg.open()
    with qtbot.waitActive(dlg):  # shortcuts act in the active window
        dlg.activateWindow()
    return dlg


def table(page: ReferenceListPage) -> QTableView:
    view = page.findChild(QTableView, "reference_table")
    assert view is not None
    return view


def button(page: ReferenceListPage, name: str) -> QToolButton:
    found = page.findChild(QToolButton, name)
    assert found is not None, name
    return found


def labels(page: ReferenceListPage) -> list[str]:
    model = page.model
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def cell(page: ReferenceListPage, row: int, key: str) -> str:
    return str(page.model.data(page.model.index(row, page.model.columns.index(key))))


def select(qtbot, page: ReferenceListPage, label: str) -> int:  # type: ignore[no-untyped-def]
    """Click the row showing `label`; returns its row."""
    row = labels(page).index(label)
    view = table(page)
    rect = view.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.selected_entry() is not None and page.selected_entry().label == label  # type: ignore[union-attr]
    return row


def press(qtbot, page: ReferenceListPage, key: Qt.Key,  # type: ignore[no-untyped-def]
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    view = table(page)
    # Shortcuts act in the active window. After a box or an entry dialog closes, a window manager gives the
    # activation back to the dialog; the offscreen platform does not, so the test does it.
    if QApplication.activeWindow() is not view.window():
        view.window().activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is view.window(), timeout=2000)
    view.setFocus()
    qtbot.keyClick(view, key, modifier)


def entry_dialog_from(qtbot, page: ReferenceListPage, key: Qt.Key) -> ReferenceEntryDialog:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(page.entry_dialog_opened, timeout=2000) as blocker:
        press(qtbot, page, key)
    return shown(qtbot, blocker.args[0])


def shown(qtbot, dlg: ReferenceEntryDialog) -> ReferenceEntryDialog:  # type: ignore[no-untyped-def]
    """The entry dialog, once the window system has made it the active window."""
    assert isinstance(dlg, ReferenceEntryDialog) and dlg.isVisible()
    dlg.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg, timeout=2000)
    return dlg


def save(qtbot, dlg: ReferenceEntryDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(dlg.label, Qt.Key.Key_Return)


def delete_box(qtbot, page: ReferenceListPage) -> QMessageBox:  # type: ignore[no-untyped-def]
    """Press Del on the table; the usage is read in the background, then the question comes."""
    with qtbot.waitSignal(page.message_box_opened, timeout=5000) as blocker:
        press(qtbot, page, Qt.Key.Key_Delete)
    box = blocker.args[0]
    assert isinstance(box, QMessageBox) and box.objectName() == "confirm_delete_box"
    return box


def new_customer(services: Services, name: str, **kw: object) -> CustomerData:
    data = services.customers.new_customer()
    data.name = name
    for key, value in kw.items():
        setattr(data, key, value)
    return services.customers.create(data)


# ---- the table model ---------------------------------------------------------------------------------------

def test_models_pass_the_model_tester_through_every_kind_of_change(qtmodeltester, sqlite_services: Services,
                                                                   english) -> None:  # type: ignore[no-untyped-def]
    service = ReferenceService(sqlite_services.db)
    for kind in ReferenceKind:
        model = ReferenceTableModel(kind)
        model.set_entries(service.entries(kind))
        qtmodeltester.check(model)
        added = service.add(kind, "Nouvelle entrée", days=15 if kind is PT else None)
        model.append_entry(added)
        model.replace_entry(service.rename(kind, added.id, "Entrée renommée", days=20 if kind is PT else None))
        model.apply_order(service.move(kind, added.id, -1))
        model.apply_order(service.move(kind, model.entries()[0].id, +2))
        model.set_entries(service.entries(kind))
        model.remove_entry(added.id)
        model.set_entries([])
        model.set_entries(service.entries(kind))
        model.retranslate()
        qtmodeltester.check(model)
        assert model.data(QModelIndex()) is None
        assert model.data(model.index(0, 0), Qt.ItemDataRole.UserRole) == service.entries(kind)[0]


def test_moves_are_reported_as_moved_rows(qtbot, sqlite_services: Services, english) -> None:  # type: ignore[no-untyped-def]
    service = ReferenceService(sqlite_services.db)
    model = ReferenceTableModel(PM)
    model.set_entries(service.entries(PM))
    moves: list[tuple[int, int]] = []
    model.rowsMoved.connect(lambda _p, start, _end, _d, destination: moves.append((start, destination)))
    model.modelReset.connect(lambda: moves.append((-1, -1)))
    first = model.entries()[0]
    model.apply_order(service.move(PM, first.id, +1), first.id)
    model.apply_order(service.move(PM, first.id, -1), first.id)
    third = model.entries()[2]
    model.apply_order(service.move(PM, third.id, -1), third.id)
    model.apply_order(service.move(PM, third.id, +1))  # which one moved is not said: still one move
    assert moves == [(0, 2), (1, 0), (2, 1), (1, 3)]
    assert model.entries() == service.entries(PM)


# ---- the dialog ----------------------------------------------------------------------------------------------

def test_dialog_shows_three_lists_with_their_tools(dialog: ReferenceListsDialog) -> None:
    assert dialog.objectName() == "reference_lists_dialog"
    assert dialog.windowTitle() == "Reference lists"
    tabs = dialog.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Payment methods", "Payment terms", "Carriers"]
    assert [tabs.widget(i).objectName() for i in range(3)] == ["payment_methods_page", "payment_terms_page",
                                                               "carriers_page"]
    page = dialog.page(PT)
    assert [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())] == [
        "Label (French)", "Label (English)", "Days", "End of month", "Status"]
    assert labels(page)[:2] == ["À réception", "30 jours"] and cell(page, 2, "end_of_month") == "Yes"
    for kind in ReferenceKind:
        page = dialog.page(kind)
        for name in ("add_button", "edit_button", "move_up_button", "move_down_button", "toggle_active_button",
                     "delete_button"):
            assert not button(page, name).icon().isNull(), name
            assert button(page, name).text(), name
        assert page.action_add.shortcut().toString() == "Ins"
        assert page.action_edit.shortcut().toString() == "F2"
        assert page.action_delete.shortcut().toString() == "Del"
        # The first entry is selected: it can go down, not up.
        assert page.selected_entry() == page.model.entries()[0]
        assert not page.action_move_up.isEnabled() and page.action_move_down.isEnabled()


def test_add_a_payment_method_from_the_keyboard(qtbot, dialog: ReferenceListsDialog,  # type: ignore[no-untyped-def]
                                                sqlite_services: Services) -> None:
    page = dialog.page(PM)
    changes: list[str] = []
    dialog.lists_changed.connect(changes.append)
    entry = entry_dialog_from(qtbot, page, Qt.Key.Key_Insert)
    assert entry.windowTitle() == "New payment method" and entry.label.hasFocus()
    type_text(qtbot, entry.label, "Affacturage")
    qtbot.keyClick(entry.label, Qt.Key.Key_Tab)
    assert entry.label_en.hasFocus()
    type_text(qtbot, entry.label_en, "Factoring")
    save(qtbot, entry)
    qtbot.waitUntil(lambda: not entry.isVisible())
    assert labels(page)[-1] == "Affacturage" and cell(page, len(labels(page)) - 1, "label_en") == "Factoring"
    assert page.selected_entry() is not None and page.selected_entry().label == "Affacturage"  # type: ignore[union-attr]
    assert sqlite_services.catalog.payment_methods()[-1].label == "Factoring"
    assert changes == ["payment_method"] and dialog.changed_kinds() == {"payment_method"}
    assert dialog.bus_signals == []  # type: ignore[attr-defined]  # callers reload when the dialog closes


def test_refused_values_are_shown_under_their_field(qtbot, dialog: ReferenceListsDialog,  # type: ignore[no-untyped-def]
                                                    sqlite_services: Services) -> None:
    page = dialog.page(PM)
    before = labels(page)
    entry = entry_dialog_from(qtbot, page, Qt.Key.Key_Insert)
    save(qtbot, entry)  # nothing typed
    assert entry.isVisible()
    error = entry.field_errors.label(entry.label)
    assert error is not None and error.isVisible() and error.text() == "The label is required."
    assert entry.label.hasFocus()
    type_text(qtbot, entry.label, "cheque")
    assert not error.isVisible()  # typing clears the message
    save(qtbot, entry)
    assert error.isVisible() and error.text() == "“Chèque” is already in the list."
    replace_text(qtbot, entry.label, "Chèque emploi")
    replace_text(qtbot, entry.label_en, "Cash")
    save(qtbot, entry)
    en_error = entry.field_errors.label(entry.label_en)
    assert en_error is not None and en_error.isVisible() and en_error.text() == "“Cash” is already in the list."
    assert not error.isVisible() and entry.label_en.hasFocus()
    qtbot.keyClick(entry.label_en, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not entry.isVisible())
    assert labels(page) == before and dialog.changed_kinds() == set()


def test_domain_messages_follow_the_interface_language(qtbot, sqlite_services: Services, qapp) -> None:  # type: ignore[no-untyped-def]
    with interface_language("fr"):
        dlg = ReferenceListsDialog(sqlite_services, DataBus(), None)
        qtbot.addWidget(dlg)
        dlg.show()
        page = dlg.page(CA)
        entry = page.add()
        assert not entry.label_en.isVisibleTo(entry)  # carriers have one name
        replace_text(qtbot, entry.label, "  ")
        save(qtbot, entry)
        assert entry.field_errors.message(entry.label) == "Le libellé est obligatoire."
        type_text(qtbot, entry.label, "Géodis")
        save(qtbot, entry)
        assert entry.field_errors.message(entry.label) == "« Geodis » figure déjà dans la liste."
        assert entry.isVisible()
        qtbot.keyClick(entry.label, Qt.Key.Key_Escape)
        assert not entry.isVisible() and "Géodis" not in labels(page)
        # The texts are applied again when the language changes.
        QApplication.sendEvent(dlg, QEvent(QEvent.Type.LanguageChange))
        QApplication.sendEvent(page, QEvent(QEvent.Type.LanguageChange))
        assert dlg.tabs.count() == 3 and page.action_add.text()


def test_edit_with_f2_keeps_the_entry_and_its_place(qtbot, dialog: ReferenceListsDialog,  # type: ignore[no-untyped-def]
                                                    sqlite_services: Services) -> None:
    page = dialog.page(PM)
    row = select(qtbot, page, "LCR")
    code = page.selected_entry().code  # type: ignore[union-attr]
    entry = entry_dialog_from(qtbot, page, Qt.Key.Key_F2)
    assert entry.windowTitle() == "Edit payment method"
    assert (entry.label.text(), entry.label_en.text()) == ("LCR", "Bill of exchange (LCR)")
    replace_text(qtbot, entry.label, "Lettre de change relevé")
    save(qtbot, entry)
    qtbot.waitUntil(lambda: not entry.isVisible())
    assert labels(page)[row] == "Lettre de change relevé"
    assert page.selected_entry().code == code  # type: ignore[union-attr]
    assert "Lettre de change relevé" in [m.label for m in ReferenceService(sqlite_services.db).entries(PM)]


def test_payment_terms_labels_follow_the_days_until_typed(qtbot, dialog: ReferenceListsDialog,  # type: ignore[no-untyped-def]
                                                          sqlite_services: Services) -> None:
    dialog.tabs.setCurrentIndex(1)
    page = dialog.page(PT)
    with qtbot.waitSignal(page.entry_dialog_opened) as blocker:
        qtbot.mouseClick(button(page, "add_button"), Qt.MouseButton.LeftButton)
    entry = shown(qtbot, blocker.args[0])
    assert entry.days.hasFocus() and entry.label.text() == "30 jours"
    replace_text(qtbot, entry.days, "90")
    assert (entry.label.text(), entry.label_en.text()) == ("90 jours", "90 days")
    assert entry.legal_hint.isVisible() and "60 days" in entry.legal_hint.text()
    box = entry.end_of_month  # click its box, at the left (the widget spans the whole row)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert (entry.label.text(), entry.label_en.text()) == ("90 jours fin de mois", "90 days end of month")
    replace_text(qtbot, entry.days, "45")
    assert not entry.legal_hint.isVisible()  # 45 days end of month is allowed
    replace_text(qtbot, entry.label_en, "45 days EOM")  # typed by the user: no longer follows
    replace_text(qtbot, entry.days, "42")
    assert (entry.label.text(), entry.label_en.text()) == ("42 jours fin de mois", "45 days EOM")
    qtbot.keyClick(entry.days, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not entry.isVisible())
    last = len(labels(page)) - 1
    assert (labels(page)[last], cell(page, last, "days"), cell(page, last, "end_of_month")) == (
        "42 jours fin de mois", "42", "Yes")
    assert sqlite_services.catalog.payment_terms()[-1].days == 42
    # Editing: the usual wording follows the days; a label of the user's own does not.
    select(qtbot, page, "60 jours")
    entry = entry_dialog_from(qtbot, page, Qt.Key.Key_F2)
    assert (entry.days.value(), entry.end_of_month.isChecked()) == (60, False)
    replace_text(qtbot, entry.label_en, "Net 60")
    replace_text(qtbot, entry.days, "50")
    assert (entry.label.text(), entry.label_en.text()) == ("50 jours", "Net 60")
    qtbot.keyClick(entry.days, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not entry.isVisible())
    row = labels(page).index("50 jours")
    assert (cell(page, row, "label_en"), cell(page, row, "days")) == ("Net 60", "50")


def test_reorder_with_buttons_and_ctrl_arrows(qtbot, dialog: ReferenceListsDialog,  # type: ignore[no-untyped-def]
                                              sqlite_services: Services) -> None:
    dialog.tabs.setCurrentIndex(2)
    page = dialog.page(CA)
    original = labels(page)
    select(qtbot, page, original[2])
    press(qtbot, page, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert labels(page)[:3] == [original[0], original[2], original[1]]
    qtbot.mouseClick(button(page, "move_up_button"), Qt.MouseButton.LeftButton)
    assert labels(page)[0] == original[2] and page.selected_entry().label == original[2]  # type: ignore[union-attr]
    assert not page.action_move_up.isEnabled()
    press(qtbot, page, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)  # already first: nothing happens
    assert labels(page)[0] == original[2]
    press(qtbot, page, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert labels(page)[:3] == [original[0], original[2], original[1]]
    # The forms offer the carriers in the new order.
    assert [c.label for c in sqlite_services.catalog.carriers()] == labels(page)
    assert dialog.changed_kinds() == {"carrier"}
    # The other tabs' shortcuts do not act on this list.
    assert labels(dialog.page(PM))[0] == "Virement"


def test_deactivate_and_reactivate(qtbot, dialog: ReferenceListsDialog, sqlite_services: Services) -> None:  # type: ignore[no-untyped-def]
    page = dialog.page(PM)
    row = select(qtbot, page, "Espèces")
    toggle = button(page, "toggle_active_button")
    assert toggle.text() == "Deactivate"
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert cell(page, row, "active") == "Inactive" and toggle.text() == "Reactivate"
    assert "Espèces" not in [m.label for m in sqlite_services.catalog.payment_methods()]
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert cell(page, row, "active") == "Active" and toggle.text() == "Deactivate"
    assert "Cash" in [m.label for m in sqlite_services.catalog.payment_methods()]


def test_delete_an_unused_entry_after_confirmation(qtbot, dialog: ReferenceListsDialog,  # type: ignore[no-untyped-def]
                                                   sqlite_services: Services) -> None:
    page = dialog.page(PM)
    select(qtbot, page, "LCR")
    box = delete_box(qtbot, page)
    assert box.text() == "Delete “LCR”?" and "No customer and no order uses it" in box.informativeText()
    click_message_box(qtbot, QMessageBox.StandardButton.Cancel, page, "confirm_delete_box")
    assert "LCR" in labels(page)
    box = delete_box(qtbot, page)
    with qtbot.waitSignal(page.changed, timeout=5000):
        click_message_box(qtbot, "delete_button", page, "confirm_delete_box")
    assert "LCR" not in labels(page)
    assert "lcr" not in [m.code for m in sqlite_services.catalog.payment_methods(include_inactive=True)]
    assert page.selected_entry() is not None and not page.is_busy()


def test_a_used_entry_is_deactivated_instead_and_customers_keep_it(qtbot, dialog: ReferenceListsDialog,  # type: ignore[no-untyped-def]
                                                                   sqlite_services: Services) -> None:
    page = dialog.page(PM)
    cheque = next(e for e in page.model.entries() if e.code == "cheque")
    user = new_customer(sqlite_services, "Boulangerie Martin", preferred_payment_method_id=cheque.id)
    new_customer(sqlite_services, "Épicerie Lefèvre", preferred_payment_method_id=cheque.id)
    row = select(qtbot, page, "Chèque")
    box = delete_box(qtbot, page)
    assert box.text() == "“Chèque” is used by 2 customers, so it cannot be deleted."
    assert "Deactivate it instead?" in box.informativeText()
    click_message_box(qtbot, "deactivate_button", page, "confirm_delete_box")
    assert cell(page, row, "active") == "Inactive" and "Chèque" in labels(page)
    # Not offered any more, but still shown, marked, to the customer that uses it.
    assert cheque.id not in [m.id for m in sqlite_services.catalog.payment_methods()]
    combo = RefCombo()
    qtbot.addWidget(combo)
    items = sqlite_services.catalog.payment_methods(include_inactive=True)
    combo.set_items(items, "— none —", sqlite_services.customers.get(user.id).preferred_payment_method_id)  # type: ignore[arg-type]
    assert combo.currentText() == "Cheque (inactive)" and combo.current_id() == cheque.id
    other = RefCombo()  # a customer without it
    qtbot.addWidget(other)
    other.set_items(items, "— none —", None)
    assert other.findData(cheque.id) < 0 and other.count() == len(items)  # "none" + the active ones
    # Already inactive: the box only explains.
    box = delete_box(qtbot, page)
    assert "already deactivated" in box.informativeText()
    click_message_box(qtbot, QMessageBox.StandardButton.Ok, page, "confirm_delete_box")
    assert "Chèque" in labels(page)


def test_an_entry_deleted_elsewhere_is_reported_and_the_list_refreshed(qtbot, dialog: ReferenceListsDialog,  # type: ignore[no-untyped-def]
                                                                       sqlite_services: Services) -> None:
    page = dialog.page(CA)
    dialog.tabs.setCurrentIndex(2)
    select(qtbot, page, "GLS")
    gls: ReferenceEntry = page.selected_entry()  # type: ignore[assignment]
    box = delete_box(qtbot, page)
    ReferenceService(sqlite_services.db).delete(CA, gls.id)  # a colleague was quicker
    with qtbot.waitSignal(page.message_box_opened, timeout=5000) as blocker:
        click_message_box(qtbot, "delete_button", page, "confirm_delete_box")
    error = blocker.args[0]
    assert error.objectName() == "reference_error_box" and "no longer exists" in error.text()
    assert box is not error and "GLS" not in labels(page)
    click_message_box(qtbot, QMessageBox.StandardButton.Ok, page, "reference_error_box")

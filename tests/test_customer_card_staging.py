"""Issue 13, round two: the customer dialog's contacts, notes and categories follow the dialog (staged, written
with "Save" in the customer's own transaction with their history, discarded by Cancel, counted by the
unsaved-changes question, working for a new customer too); a company's contact person lives in its contacts
only (migration 0011, the import); an order keeps the accounting contact of the day it was created, and its
document prints that one. Driven as a user would, on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from alembic import command
from helpers import OFFSCREEN_NOISE, click_message_box, interface_language, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QTableView, QWidget
from sqlalchemy import create_engine, func, select, text

from crmdesk.domain.contacts import ContactData
from crmdesk.domain.records import AddressData, OrderLineData
from crmdesk.gui.common.bus import DataBus
from crmdesk.gui.customers.contacts_page import ContactDialog
from crmdesk.gui.customers.dialog import TAB_ACCOUNTING, CustomerDialog
from crmdesk.services import Services
from crmdesk.store.database import alembic_config, open_database
from crmdesk.store.models import Contact, CustomerCategory, CustomerNote, HistoryEntry

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
    yield
    import shiboken6
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, CustomerDialog) and shiboken6.isValid(widget):
            shiboken6.delete(widget)


def w(parent: QWidget, name: str) -> QWidget:
    widget = parent.findChild(QWidget, name)
    assert widget is not None, name
    return widget


def company(services: Services, name: str = "Cave Saint-Vincent") -> int:
    c = services.customers.new_customer()
    c.name = name
    c.addresses = [AddressData(street1="4 place du Marché", postal_code="21000", city="Dijon")]
    saved = services.customers.create(c)
    assert saved.id is not None
    return saved.id


def open_customer(qtbot, services: Services, bus: DataBus, customer_id: int | None,  # type: ignore[no-untyped-def]
                  mode: str = "edit") -> CustomerDialog:
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


def add_contact(qtbot, dialog: CustomerDialog, first: str, last: str, email: str = "",  # type: ignore[no-untyped-def]
                role: str = "other") -> None:
    """Contacts tab › "Add a contact", fill the form, Save it (into the dialog's list)."""
    page = go_to(qtbot, dialog, "contacts_page")
    qtbot.mouseClick(w(page, "add_contact_button"), Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    form = page.findChild(ContactDialog, "contact_dialog")
    assert form is not None
    qtbot.waitExposed(form)
    type_text(qtbot, w(form, "first_name"), first)
    type_text(qtbot, w(form, "last_name"), last)
    if email:
        type_text(qtbot, w(form, "email"), email)
    combo = w(form, "role")
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(role))
    qtbot.mouseClick(form.button_box.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.findChild(ContactDialog, "contact_dialog") is None)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def add_note(qtbot, dialog: CustomerDialog, note: str) -> None:  # type: ignore[no-untyped-def]
    page = go_to(qtbot, dialog, "history_page")
    type_text(qtbot, w(page, "note_text"), note)
    qtbot.mouseClick(w(page, "add_note_button"), Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def counts(services: Services, customer_id: int | None) -> tuple[int, int, int, int]:
    """Contacts, notes, categories and history entries of the customer (all rows when None)."""
    with services.db.read() as s:
        def n(model, column) -> int:  # type: ignore[no-untyped-def]
            stmt = select(func.count()).select_from(model)
            if customer_id is not None:
                stmt = stmt.where(column == customer_id)
            return int(s.scalar(stmt) or 0)

        return (n(Contact, Contact.customer_id), n(CustomerNote, CustomerNote.customer_id),
                n(CustomerCategory, CustomerCategory.customer_id), n(HistoryEntry, HistoryEntry.customer_id))


def save(qtbot, dialog: CustomerDialog, bus: DataBus) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(bus.customers_changed, timeout=5000):
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


# ---- Cancel discards, Save writes in one transaction ------------------------------------------------------

def test_contact_note_and_category_then_cancel_write_nothing(qtbot, services: Services, bus: DataBus,  # type: ignore[no-untyped-def]
                                                             english) -> None:
    cid = company(services)
    wine = services.categories.add("Cavistes")
    before = counts(services, cid)
    dialog = open_customer(qtbot, services, bus, cid)
    add_contact(qtbot, dialog, "Hélène", "Garnier", "compta@cave.fr", role="accounting")
    add_note(qtbot, dialog, "Appel : relancer jeudi")
    dialog.category_chips.add(wine)  # type: ignore[attr-defined]  # the "+ Category" menu's entry
    assert counts(services, cid) == before  # nothing written while editing
    table = w(dialog, "contacts_table")
    assert isinstance(table, QTableView) and table.model().rowCount() == 1
    # Cancel asks (the staged contact, note and category count as unsaved changes); Discard drops them.
    qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    click_message_box(qtbot, "Discard", dialog, "unsaved_changes_box")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert counts(services, cid) == before
    assert services.contacts.list(cid) == []


def test_only_a_staged_contact_makes_the_dialog_ask_before_closing(qtbot, services: Services, bus: DataBus,  # type: ignore[no-untyped-def]
                                                                   english) -> None:
    cid = company(services)
    dialog = open_customer(qtbot, services, bus, cid)
    assert not dialog.is_dirty()
    add_contact(qtbot, dialog, "Luc", "Perrin")
    assert dialog.is_dirty()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    click_message_box(qtbot, "Keep editing", dialog, "unsaved_changes_box")
    assert dialog.isVisible() and w(dialog, "contacts_table").model().rowCount() == 1  # type: ignore[attr-defined]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    click_message_box(qtbot, "Save", dialog, "unsaved_changes_box")  # Save from the question writes it
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert [c.last_name for c in services.contacts.list(cid)] == ["Perrin"]


def test_save_writes_contacts_notes_categories_and_their_history_together(qtbot, services: Services,  # type: ignore[no-untyped-def]
                                                                           bus: DataBus, english) -> None:
    cid = company(services)
    wine = services.categories.add("Cavistes")
    dialog = open_customer(qtbot, services, bus, cid)
    add_contact(qtbot, dialog, "Hélène", "Garnier", "compta@cave.fr", role="accounting")
    add_contact(qtbot, dialog, "Luc", "Perrin")
    add_note(qtbot, dialog, "Rendez-vous au salon")
    dialog.category_chips.add(wine)  # type: ignore[attr-defined]
    dialog.ui.customer_tabs.setCurrentIndex(TAB_ACCOUNTING)
    type_text(qtbot, w(dialog, "accounting_code"), "411CAVE")
    save(qtbot, dialog, bus)
    assert not dialog.is_editing()
    contacts = services.contacts.list(cid)
    assert [(c.first_name, c.last_name, c.is_main) for c in contacts] == [("Hélène", "Garnier", True),
                                                                          ("Luc", "Perrin", False)]
    assert [c.label for c in services.categories.of_customer(cid)] == ["Cavistes"]
    with services.db.read() as s:
        entries = s.execute(select(HistoryEntry.at, HistoryEntry.entity, HistoryEntry.action, HistoryEntry.field,
                                   HistoryEntry.new_value).where(HistoryEntry.customer_id == cid,
                                                                 HistoryEntry.action != "create")
                            .order_by(HistoryEntry.id)).all()
        created = s.execute(select(HistoryEntry.at, HistoryEntry.new_value).where(
            HistoryEntry.customer_id == cid, HistoryEntry.entity == "contact",
            HistoryEntry.action == "create")).all()
        [(note_at, note_text)] = s.execute(select(CustomerNote.at, CustomerNote.text)
                                           .where(CustomerNote.customer_id == cid)).all()
    assert note_text == "Rendez-vous au salon"
    assert sorted(v for _at, v in created) == ["Hélène Garnier", "Luc Perrin"]
    changes = {(e.entity, e.field): e for e in entries}
    assert changes[("customer", "accounting_code")].new_value == "411CAVE"
    assert changes[("customer", "categories")].new_value == "Cavistes"
    # One save: its entries carry its moment (to the second, taken during the transaction; that they are
    # one transaction is shown by test_a_refused_save_writes_no_staged_contact_nor_its_history).
    moments = [e.at for e in entries] + [at for at, _v in created]
    assert (max(moments) - min(moments)).total_seconds() <= 2
    # The timeline shows the saved note and the contacts' creation, nothing marked "not saved" any more.
    page = go_to(qtbot, dialog, "history_page")
    model = w(page, "history_view").model()  # type: ignore[attr-defined]
    assert not [i for i in model.items if i.id < 0]
    assert any(i.kind == "note" and i.new_value == "Rendez-vous au salon" for i in model.items)


def test_a_refused_save_writes_no_staged_contact_nor_its_history(qtbot, services: Services, bus: DataBus,  # type: ignore[no-untyped-def]
                                                                 english) -> None:
    cid = company(services)
    dialog = open_customer(qtbot, services, bus, cid)
    add_contact(qtbot, dialog, "Hélène", "Garnier")
    add_note(qtbot, dialog, "Note du dialogue")
    before = counts(services, cid)
    # A colleague saves the customer meanwhile: this save is refused, and nothing of it is written.
    other = services.customers.get(cid)
    other.website = "www.cave-st-vincent.fr"
    services.customers.update(other)
    after_colleague = counts(services, cid)
    assert after_colleague[:3] == before[:3]
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    click_message_box(qtbot, "Keep editing", dialog, "conflict_box")
    assert counts(services, cid) == after_colleague
    # Kept on screen over the colleague's record; saving again writes them.
    assert w(dialog, "contacts_table").model().rowCount() == 1  # type: ignore[attr-defined]
    save(qtbot, dialog, bus)
    assert [c.last_name for c in services.contacts.list(cid)] == ["Garnier"]
    assert [n.new_value for n in services.history.timeline(cid) if n.kind == "note"] == ["Note du dialogue"]
    assert services.customers.get(cid).website == "www.cave-st-vincent.fr"


def test_a_new_customer_gets_its_contacts_notes_and_categories_with_the_first_save(  # type: ignore[no-untyped-def]
        qtbot, services: Services, bus: DataBus, english) -> None:
    wine = services.categories.add("Cavistes")
    dialog = open_customer(qtbot, services, bus, None, mode="create")
    type_text(qtbot, w(dialog, "name"), "Domaine Roche")
    add_contact(qtbot, dialog, "Anne", "Roche", "anne@domaine-roche.fr", role="accounting")
    add_note(qtbot, dialog, "Premier contact au salon")
    chips = w(dialog, "customer_categories")
    assert chips.isVisible()
    chips.add(wine)  # type: ignore[attr-defined]
    assert counts(services, None)[:3] == (0, 0, 0)
    with qtbot.waitSignal(bus.customers_changed, timeout=5000) as changed:
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    [cid] = changed.args[0]
    assert [(c.first_name, c.last_name, c.role, c.is_main) for c in services.contacts.list(cid)] == [
        ("Anne", "Roche", "accounting", True)]
    assert [c.label for c in services.categories.of_customer(cid)] == ["Cavistes"]
    assert [i.new_value for i in services.history.timeline(cid) if i.kind == "note"] == ["Premier contact au salon"]
    assert any(i.entity == "contact" and i.action == "create" for i in services.history.timeline(cid))


def test_view_mode_edits_nothing_and_cancel_after_remove_keeps_the_contact(qtbot, services: Services,  # type: ignore[no-untyped-def]
                                                                           bus: DataBus, english) -> None:
    cid = company(services)
    dialog = open_customer(qtbot, services, bus, cid)
    add_contact(qtbot, dialog, "Luc", "Perrin")
    save(qtbot, dialog, bus)
    page = go_to(qtbot, dialog, "contacts_page")
    assert not w(page, "add_contact_button").isVisible()  # view mode
    assert not w(dialog, "add_note_button").isEnabled()
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    table = w(page, "contacts_table")
    assert isinstance(table, QTableView)
    table.selectRow(0)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Delete)  # Del, as in the other lists
    click_message_box(qtbot, "Remove", page, "remove_contact_box")
    assert table.model().rowCount() == 0
    assert len(services.contacts.list(cid)) == 1  # still stored
    qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    click_message_box(qtbot, "Discard", dialog, "unsaved_changes_box")
    assert [c.last_name for c in services.contacts.list(cid)] == ["Perrin"]


# ---- a company's person: in its contacts only ------------------------------------------------------------

def test_the_contact_tab_has_no_second_place_for_a_company_person(qtbot, services: Services, bus: DataBus,  # type: ignore[no-untyped-def]
                                                                  english) -> None:
    cid = company(services)
    services.contacts.add(cid, ContactData(first_name="Hélène", last_name="Garnier", job_title="Gérante"))
    dialog = open_customer(qtbot, services, bus, cid, mode="view")
    assert not w(dialog, "first_name").isVisible() and not w(dialog, "civility").isVisible()
    assert dialog.findChild(QWidget, "job_title") is None
    summary = w(dialog, "main_contact_summary")
    assert "Hélène Garnier" in summary.text() and "Gérante" in summary.text()  # type: ignore[attr-defined]
    qtbot.mouseClick(w(dialog, "go_to_contacts_button"), Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    assert dialog.ui.customer_tabs.currentWidget() is w(dialog, "contacts_page")
    # An individual's own name is still typed on the Contact tab.
    person = services.customers.new_customer()
    person.kind, person.first_name, person.last_name, person.name = "individual", "Paul", "Simon", "Paul Simon"
    pid = services.customers.create(person).id
    other = open_customer(qtbot, services, bus, pid, mode="view")
    assert w(other, "first_name").isVisible() and not w(other, "contact_people_group").isVisible()


def test_a_person_given_to_a_company_becomes_a_contact(services: Services) -> None:
    c = services.customers.new_customer()
    c.name = "Menuiserie Blanc"
    c.civility, c.first_name, c.last_name, c.job_title = "Mme", "Inès", "Blanc", "Gérante"
    saved = services.customers.create(c)
    assert (saved.civility, saved.first_name, saved.last_name, saved.job_title) == ("", "", "", "")
    saved.first_name, saved.last_name = "Marc", "Blanc"  # an older caller updating the old fields
    services.customers.update(saved)
    assert [(x.first_name, x.last_name, x.is_main) for x in services.contacts.list(saved.id)] == [  # type: ignore[arg-type]
        ("Inès", "Blanc", True), ("Marc", "Blanc", False)]
    assert services.customers.get(saved.id).first_name == ""  # type: ignore[arg-type]


def test_import_columns_naming_the_contact_fill_a_contact(services: Services, tmp_path: Path) -> None:
    from crmdesk.services.customers import CustomerQuery
    from crmdesk.services.imports import CustomerImporter, ImportOptions, detect_format, propose_mapping

    header = ["Code", "Raison sociale", "Prénom", "Nom du contact", "Fonction"]
    rows = [["K1", "Kiosque Lambert", "Jeanne", "Lambert", "Gérante"]]
    path = tmp_path / "k.csv"
    path.write_text(";".join(header) + "\n" + "\n".join(";".join(r) for r in rows) + "\n", encoding="utf-8")
    mapping = propose_mapping(header)
    # "Nom du contact" is also the French header of the customer's own last name (an individual's): on a
    # company's row it fills the company's contact, as "Prénom" and "Fonction" do.
    assert mapping[2:] == ["first_name", "last_name", "job_title"]
    assert propose_mapping(["Contact"]) == ["contact.last_name"]
    options = ImportOptions(mapping=mapping, key="code")
    result = CustomerImporter(services.db).run_import(path, detect_format(path), options)
    assert result.created == 1, result.problems
    [row] = services.customers.page(CustomerQuery(text="kiosque"), 0, 5)
    customer = services.customers.get(row.id)
    assert (customer.first_name, customer.last_name, customer.job_title) == ("", "", "")
    assert [(c.first_name, c.last_name, c.job_title, c.is_main) for c in services.contacts.list(row.id)] == [
        ("Jeanne", "Lambert", "Gérante", True)]
    again = CustomerImporter(services.db).run_import(path, detect_format(path), options)
    assert again.unchanged == 1  # the same file again changes nothing


# ---- the order keeps its accounting contact ------------------------------------------------------------------

def test_an_order_keeps_the_accounting_contact_of_its_creation(services: Services) -> None:
    cid = company(services)
    services.contacts.add(cid, ContactData(first_name="Luc", last_name="Perrin", is_main=True))
    services.contacts.add(cid, ContactData(first_name="Hélène", last_name="Garnier", role="accounting",
                                           email="compta@cave.fr", phone="03 80 12 34 56"))
    order = services.orders.new_order_for(cid)
    assert order.accounting_contact_name == "Hélène Garnier"  # proposed
    order.lines = [OrderLineData(description="Meursault 2020", quantity=D(1), unit_price=D("30"), vat_rate=D(0))]
    placed = services.orders.create(order)
    assert (placed.accounting_contact_name, placed.accounting_contact_email, placed.accounting_contact_phone) == (
        "Hélène Garnier", "compta@cave.fr", "+33380123456")
    # The customer's contacts change afterwards: a new accounting contact, the old one edited then removed.
    [_luc, helene] = services.contacts.list(cid)
    services.contacts.update(ContactData(**{**helene.__dict__, "email": "helene@ailleurs.fr"}))
    services.contacts.remove(helene.id)  # type: ignore[arg-type]
    services.contacts.add(cid, ContactData(first_name="Marc", last_name="Roy", role="accounting"))
    again = services.orders.get(placed.id)  # type: ignore[arg-type]
    assert (again.accounting_contact_name, again.accounting_contact_email) == ("Hélène Garnier", "compta@cave.fr")
    again.notes = "modifiée"
    services.orders.update(again)  # an edit of the order does not take the new contact either
    assert services.orders.get(placed.id).accounting_contact_name == "Hélène Garnier"  # type: ignore[arg-type]
    text_ = services.documents.document(placed.id, lang="fr").text()  # type: ignore[arg-type]
    assert "Contact comptabilité : Hélène Garnier — compta@cave.fr — 03 80 12 34 56" in text_
    assert "Marc Roy" not in text_
    # A new order takes today's accounting contact.
    order = services.orders.new_order_for(cid)
    order.lines = placed.lines
    assert services.orders.create(order).accounting_contact_name == "Marc Roy"
    # Erased for GDPR: the orders stay, the person kept on them goes.
    from crmdesk.services.gdpr import GdprService

    assert GdprService(services.db).erase(cid) == "pseudonymised"
    gone = services.orders.get(placed.id)  # type: ignore[arg-type]
    assert (gone.accounting_contact_name, gone.accounting_contact_email, gone.accounting_contact_phone) == ("",) * 3


def test_the_order_dialog_shows_the_stored_accounting_contact(qtbot, services: Services, bus: DataBus,  # type: ignore[no-untyped-def]
                                                              english) -> None:
    from crmdesk.gui.orders.dialog import OrderDialog

    cid = company(services)
    services.contacts.add(cid, ContactData(last_name="Service comptabilité", role="accounting",
                                           email="compta@cave.fr"))
    order = services.orders.new_order_for(cid)
    order.lines = [OrderLineData(description="Chablis", quantity=D(2), unit_price=D("12"), vat_rate=D(0))]
    placed = services.orders.create(order)
    [contact] = services.contacts.list(cid)
    services.contacts.update(ContactData(**{**contact.__dict__, "last_name": "Comptabilité fournisseurs"}))
    dialog = OrderDialog(services, bus, None, order_id=placed.id, read_only=True)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    label = w(dialog, "accounting_contact")
    assert label.text() == "Service comptabilité — compta@cave.fr"  # type: ignore[attr-defined]
    dialog.done(0)


# ---- migration 0011 --------------------------------------------------------------------------------------------

@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection")
def test_migration_0011_moves_company_people_to_contacts_and_stamps_orders(database_url: str) -> None:
    db = open_database(database_url)
    services = Services.open(db)
    cid = company(services, "Menuiserie Dupont")
    services.contacts.add(cid, ContactData(first_name="Anne", last_name="Compta", role="accounting",
                                           email="compta@dupont.fr"))
    person = services.customers.new_customer()
    person.kind, person.first_name, person.last_name, person.name = "individual", "Marie", "Lambert", "Marie Lambert"
    pid = services.customers.create(person).id
    order = services.orders.new_order_for(cid)
    order.lines = [OrderLineData(description="Porte", quantity=D(1), unit_price=D("100"), vat_rate=D(0))]
    oid = services.orders.create(order).id
    db.dispose()
    engine = create_engine(database_url)
    try:
        with engine.begin() as conn:
            command.downgrade(alembic_config(conn), "0010")
        with engine.begin() as conn:
            # What the old dialog left: a company person typed in the old fields, not among its contacts.
            conn.execute(text("UPDATE customer SET civility = 'M.', first_name = 'Jean', last_name = 'Dupont', "
                              "job_title = 'Gérant' WHERE id = :id"), {"id": cid})
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "head")
    finally:
        engine.dispose()
    db = open_database(database_url)
    try:
        services = Services.open(db)
        c = services.customers.get(cid)
        assert (c.civility, c.first_name, c.last_name, c.job_title) == ("", "", "", "")
        assert [(x.civility, x.first_name, x.last_name, x.job_title, x.is_main) for x in services.contacts.list(cid)] == [
            ("", "Anne", "Compta", "", True), ("M.", "Jean", "Dupont", "Gérant", False)]
        p = services.customers.get(pid)  # type: ignore[arg-type]
        assert (p.first_name, p.last_name) == ("Marie", "Lambert")  # an individual's name is its own
        o = services.orders.get(oid)  # type: ignore[arg-type]
        assert (o.accounting_contact_name, o.accounting_contact_email) == ("Anne Compta", "compta@dupont.fr")
    finally:
        db.dispose()


def test_a_note_typed_but_not_added_is_kept_by_save(qtbot, services: Services, bus: DataBus, english) -> None:  # type: ignore[no-untyped-def]
    cid = company(services)
    dialog = open_customer(qtbot, services, bus, cid)
    page = go_to(qtbot, dialog, "history_page")
    type_text(qtbot, w(page, "note_text"), "Rappeler lundi")
    assert dialog.is_dirty()  # the question before closing would count it
    save(qtbot, dialog, bus)
    assert [i.new_value for i in services.history.timeline(cid) if i.kind == "note"] == ["Rappeler lundi"]
    assert w(page, "note_text").toPlainText() == ""  # type: ignore[attr-defined]

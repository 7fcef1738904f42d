"""The customer dialog, driven as a person would: typing in the fields, clicking the real buttons, keys.

The key paths run on SQLite and PostgreSQL (`services`); the others on SQLite only (`sqlite_services`).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from helpers import (
    OFFSCREEN_NOISE,
    click_message_box,
    find_message_box,
    interface_language,
    replace_text,
    type_text,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from crmdesk.domain.records import AddressData, CustomerData
from crmdesk.gui.application import install_language
from crmdesk.gui.common.bus import DataBus
from crmdesk.gui.customers.address_dialog import AddressDialog
from crmdesk.gui.customers.dialog import TAB_ACCOUNTING, TAB_ADDRESSES, TAB_CONTACT, TAB_LOGISTICS, CustomerDialog
from crmdesk.services import Services
from crmdesk.store.database import open_database

pytestmark = OFFSCREEN_NOISE


@pytest.fixture
def english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    with interface_language("en"):
        yield


@pytest.fixture
def french(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    with interface_language("fr"):
        yield


@pytest.fixture
def bus(qapp) -> DataBus:  # type: ignore[no-untyped-def]
    return DataBus()


# ---- driving the dialog ----------------------------------------------------------------------------

def open_dialog(qtbot, services: Services, bus: DataBus, **kwargs) -> CustomerDialog:  # type: ignore[no-untyped-def]
    dialog = CustomerDialog(services, bus, None, **kwargs)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    with qtbot.waitActive(dialog):  # shortcuts (Ctrl+S, Ctrl+PgDown) act in the active window
        dialog.activateWindow()
    return dialog


def w(dialog: QWidget, name: str) -> QWidget:
    widget = dialog.findChild(QWidget, name)
    assert widget is not None, name
    return widget


def click(qtbot, button: QAbstractButton) -> None:  # type: ignore[no-untyped-def]
    assert button.isVisible() and button.isEnabled(), button.objectName() or button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def go_to_tab(qtbot, dialog: CustomerDialog, index: int) -> None:  # type: ignore[no-untyped-def]
    bar = dialog.ui.customer_tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert dialog.ui.customer_tabs.currentIndex() == index


def choose(qtbot, combo: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Pick an entry with the keyboard (Home, then Down until it shows)."""
    assert isinstance(combo, QComboBox)
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text, [combo.itemText(i) for i in range(combo.count())]


def save_button(dialog: CustomerDialog) -> QPushButton:
    button = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
    assert button is not None
    return button


def error_text(dialog: QWidget, name: str) -> str:
    label = dialog.findChild(QLabel, f"{name}_error")
    assert label is not None, name
    return "" if label.isHidden() else label.text()  # isHidden: the tab holding it may not be the current one


def open_address_dialog(dialog: CustomerDialog) -> AddressDialog:
    """The address dialog on screen (closed ones may linger until deleted)."""
    shown = [d for d in dialog.findChildren(AddressDialog, "address_dialog") if d.isVisible()]
    assert len(shown) == 1, shown
    return shown[0]


def add_address(qtbot, dialog: CustomerDialog, street: str, postal_code: str, city: str, *,  # type: ignore[no-untyped-def]
                label: str = "", delivery: bool = False) -> None:
    go_to_tab(qtbot, dialog, TAB_ADDRESSES)
    click(qtbot, w(dialog, "add_address_button"))
    address_dialog = open_address_dialog(dialog)
    if label:
        type_text(qtbot, w(address_dialog, "label"), label)
    type_text(qtbot, w(address_dialog, "street"), street)
    type_text(qtbot, w(address_dialog, "postal_code"), postal_code)
    type_text(qtbot, w(address_dialog, "city"), city)
    if delivery:
        box = w(address_dialog, "is_default_delivery")
        assert isinstance(box, QCheckBox)
        if not box.isChecked():
            box.setFocus()
            qtbot.keyClick(box, Qt.Key.Key_Space)
        assert box.isChecked()
    with qtbot.waitSignal(address_dialog.finished, timeout=2000):
        click(qtbot, address_dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok))


def make_customer(services: Services, **fields: object) -> CustomerData:
    data = services.customers.new_customer()
    data.name = "Dupont SA"
    data.addresses = [AddressData(label="Siège", street1="1 rue de la Paix", postal_code="75002", city="Paris")]
    for key, value in fields.items():
        setattr(data, key, value)
    return services.customers.create(data)


# ---- create, with every page filled, read back -----------------------------------------------------

def test_create_a_company_with_every_page_filled(qtbot, services, bus, english) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, services, bus, mode="create")
    assert dialog.objectName() == "customer_dialog"
    assert dialog.windowTitle() == "New customer"
    assert dialog.ui.customer_tabs.currentIndex() == TAB_CONTACT

    # Contact
    assert w(dialog, "kind").currentText() == "Company"  # type: ignore[attr-defined]
    type_text(qtbot, w(dialog, "name"), "Société Générale d'Équipements")
    type_text(qtbot, w(dialog, "legal_form"), "SAS")
    # A company's contact person is one of its contacts (the Contacts tab), even before the first save.
    assert not w(dialog, "first_name").isVisible() and not w(dialog, "person_group").isVisible()
    click(qtbot, w(dialog, "go_to_contacts_button"))  # type: ignore[arg-type]
    contacts_page = w(dialog, "contacts_page")
    assert dialog.ui.customer_tabs.currentWidget() is contacts_page
    click(qtbot, w(contacts_page, "add_contact_button"))  # type: ignore[arg-type]
    form = contacts_page.findChild(QWidget, "contact_dialog")
    assert form is not None
    qtbot.waitExposed(form)
    w(form, "civility").setCurrentIndex(w(form, "civility").findData("Mme"))  # type: ignore[attr-defined]
    type_text(qtbot, w(form, "first_name"), "Hélène")
    type_text(qtbot, w(form, "last_name"), "Dupré")
    type_text(qtbot, w(form, "job_title"), "Responsable des achats")
    click(qtbot, form.button_box.button(QDialogButtonBox.StandardButton.Save))  # type: ignore[attr-defined]
    assert w(contacts_page, "contacts_table").model().rowCount() == 1  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: dialog.findChild(QWidget, "contact_dialog") is None)  # its fields are named alike
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    go_to_tab(qtbot, dialog, TAB_CONTACT)
    assert "Hélène Dupré" in w(dialog, "main_contact_summary").text()  # type: ignore[attr-defined]
    type_text(qtbot, w(dialog, "email"), "achats@sge-equipements.fr")
    type_text(qtbot, w(dialog, "phone"), "01 23 45 67 89")
    type_text(qtbot, w(dialog, "mobile"), "06 12 34 56 78")
    type_text(qtbot, w(dialog, "website"), "www.sge-equipements.fr")
    choose(qtbot, w(dialog, "language"), "English")
    type_text(qtbot, w(dialog, "notes"), "Client depuis 2019 — livraisons le matin.")

    # Logistics, reached with Ctrl+PgDown
    qtbot.keyClick(w(dialog, "notes"), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert dialog.ui.customer_tabs.currentIndex() == TAB_LOGISTICS
    choose(qtbot, w(dialog, "default_carrier"), "Chronopost")
    choose(qtbot, w(dialog, "incoterm"), "DAP")
    type_text(qtbot, w(dialog, "incoterm_place"), "Le Havre")
    type_text(qtbot, w(dialog, "franco_threshold"), "1,500.50")
    type_text(qtbot, w(dialog, "minimum_order_amount"), "250")
    qtbot.keyClick(w(dialog, "minimum_order_amount"), Qt.Key.Key_Tab)
    assert w(dialog, "minimum_order_amount").text() == "250.00"  # type: ignore[attr-defined]
    type_text(qtbot, w(dialog, "delivery_instructions"), "Quai n°3, avant 11 h")

    # Accounting
    go_to_tab(qtbot, dialog, TAB_ACCOUNTING)
    type_text(qtbot, w(dialog, "siren"), "732 829 320")
    type_text(qtbot, w(dialog, "siret"), "732 829 320 00074")
    click(qtbot, w(dialog, "compute_vat_button"))  # type: ignore[arg-type]
    assert w(dialog, "vat_number").text() == "FR44732829320"  # type: ignore[attr-defined]
    type_text(qtbot, w(dialog, "naf_code"), "4669B")
    type_text(qtbot, w(dialog, "accounting_code"), "411SGE")
    choose(qtbot, w(dialog, "vat_regime"), "Intra-EU")
    type_text(qtbot, w(dialog, "iban"), "FR76 3000 6000 0112 3456 7890 189")
    type_text(qtbot, w(dialog, "bic"), "BNPAFRPP")
    type_text(qtbot, w(dialog, "sepa_mandate_ref"), "RUM-2024-0001")
    type_text(qtbot, w(dialog, "sepa_mandate_date"), "15032024")
    choose(qtbot, w(dialog, "preferred_payment_method"), "SEPA direct debit")
    choose(qtbot, w(dialog, "payment_terms"), "30 days end of month")
    choose(qtbot, w(dialog, "currency"), "EUR — Euro")
    type_text(qtbot, w(dialog, "credit_limit"), "10000")
    type_text(qtbot, w(dialog, "default_discount"), "2.5")
    hint = w(dialog, "preferred_payment_method_hint")
    assert isinstance(hint, QLabel) and hint.text() == "Becomes the payment method of every new order for this customer."

    # Addresses: two, the second one the default delivery address
    add_address(qtbot, dialog, "12 rue de l'Industrie", "01000", "Bourg-en-Bresse", label="Siège")
    add_address(qtbot, dialog, "ZI des Béthunes, 4 avenue du Fief", "95310", "Saint-Ouen-l'Aumône",
                label="Entrepôt", delivery=True)
    table = dialog.ui.addresses_table
    assert table.model().rowCount() == 2
    go_to_tab(qtbot, dialog, TAB_LOGISTICS)
    assert "Entrepôt" in w(dialog, "default_delivery_address").currentText()  # type: ignore[attr-defined]

    with qtbot.waitSignal(bus.customers_changed, timeout=5000) as changed:
        click(qtbot, save_button(dialog))
    [customer_id] = changed.args[0]
    # A new customer stays on screen, read-only, with its code.
    assert not dialog.is_editing() and dialog.isVisible()
    saved = services.customers.get(customer_id)
    assert saved.code.startswith("C") and saved.code in dialog.windowTitle()
    assert dialog.windowTitle() == f"Customer {saved.code} — Société Générale d'Équipements (view)"

    methods = {m.label: m.id for m in services.catalog.payment_methods()}
    terms = {t.label: t.id for t in services.catalog.payment_terms()}
    carriers = {c.label: c.id for c in services.catalog.carriers()}
    assert (saved.kind, saved.name, saved.legal_form) == ("company", "Société Générale d'Équipements", "SAS")
    assert (saved.civility, saved.first_name, saved.last_name, saved.job_title) == ("", "", "", "")
    [person] = services.contacts.list(customer_id)
    assert (person.civility, person.first_name, person.last_name, person.job_title, person.is_main) == (
        "Mme", "Hélène", "Dupré", "Responsable des achats", True)
    assert (saved.email, saved.phone, saved.mobile) == ("achats@sge-equipements.fr", "+33123456789", "+33612345678")
    assert (saved.website, saved.language, saved.active) == ("www.sge-equipements.fr", "en", True)
    assert saved.notes == "Client depuis 2019 — livraisons le matin."
    assert saved.default_carrier_id == carriers["Chronopost"]
    assert (saved.incoterm, saved.incoterm_place) == ("DAP", "Le Havre")
    assert saved.franco_threshold == Decimal("1500.50") and saved.minimum_order_amount == Decimal("250")
    assert saved.delivery_instructions == "Quai n°3, avant 11 h"
    assert (saved.siren, saved.siret, saved.vat_number) == ("732829320", "73282932000074", "FR44732829320")
    assert (saved.naf_code, saved.accounting_code, saved.vat_regime) == ("46.69B", "411SGE", "intra_eu")
    assert (saved.iban, saved.bic) == ("FR7630006000011234567890189", "BNPAFRPP")
    assert (saved.sepa_mandate_ref, saved.sepa_mandate_date) == ("RUM-2024-0001", date(2024, 3, 15))
    assert saved.preferred_payment_method_id == methods["SEPA direct debit"]
    assert saved.payment_terms_id == terms["30 days end of month"]
    assert (saved.credit_limit, saved.default_discount, saved.currency) == (Decimal("10000"), Decimal("2.5"), "EUR")
    by_label = {a.label: a for a in saved.addresses}
    assert by_label["Siège"].postal_code == "01000"  # a French postal code is text: its 0 stays
    assert (by_label["Siège"].is_default_billing, by_label["Siège"].is_default_delivery) == (True, False)
    assert (by_label["Entrepôt"].is_default_billing, by_label["Entrepôt"].is_default_delivery) == (False, True)
    assert by_label["Entrepôt"].city == "Saint-Ouen-l'Aumône"

    # The view shows the IBAN masked, and the list finds the new customer.
    assert w(dialog, "iban").text() == "FR•• •••• •••• 0189"  # type: ignore[attr-defined]
    assert services.customers.row(customer_id) is not None
    assert services.customers.page(services_query("Générale"), 0, 10)[0].id == customer_id


def services_query(text: str):  # type: ignore[no-untyped-def]
    from crmdesk.services.customers import CustomerQuery

    return CustomerQuery(text=text)


def test_an_individual_shows_person_fields_and_derives_the_name(qtbot, sqlite_services, bus, english) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, sqlite_services, bus, mode="create")
    choose(qtbot, w(dialog, "kind"), "Individual")
    assert not w(dialog, "name").isVisible() and not w(dialog, "legal_form").isVisible()
    go_to_tab(qtbot, dialog, TAB_ACCOUNTING)
    assert not w(dialog, "siret").isVisible() and not w(dialog, "compute_vat_button").isVisible()
    go_to_tab(qtbot, dialog, TAB_CONTACT)
    last_name_label = w(dialog, "last_name_label")
    assert isinstance(last_name_label, QLabel) and last_name_label.text().endswith("*")
    # Saving without a name says so at the last name.
    click(qtbot, save_button(dialog))
    assert error_text(dialog, "last_name")
    assert dialog.focusWidget() is w(dialog, "last_name")
    type_text(qtbot, w(dialog, "first_name"), "Jeanne")
    type_text(qtbot, w(dialog, "last_name"), "Martin-Lefèvre")
    with qtbot.waitSignal(bus.customers_changed, timeout=3000) as changed:
        click(qtbot, save_button(dialog))
    saved = sqlite_services.customers.get(changed.args[0][0])
    assert (saved.kind, saved.name, saved.siret) == ("individual", "Jeanne Martin-Lefèvre", "")


# ---- validation errors, each on its tab, in French ----------------------------------------------

def test_validation_errors_in_french_each_on_its_tab_and_nothing_lost(qtbot, services, bus, french) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, services, bus, mode="create")
    type_text(qtbot, w(dialog, "name"), "Établissements Lœwy")
    type_text(qtbot, w(dialog, "email"), "contact@")
    go_to_tab(qtbot, dialog, TAB_LOGISTICS)
    type_text(qtbot, w(dialog, "franco_threshold"), "1 500,50")
    go_to_tab(qtbot, dialog, TAB_ACCOUNTING)
    type_text(qtbot, w(dialog, "siret"), "732 829 320 00075")
    type_text(qtbot, w(dialog, "iban"), "FR76 3000 6000 0112 3456 7890 180")
    before = services.customers.count(services_query(""))

    click(qtbot, save_button(dialog))  # the focus is on the Accounting tab
    # The first failing field, on the Contact tab, is shown and focused; both tabs holding errors are marked.
    assert dialog.ui.customer_tabs.currentIndex() == TAB_CONTACT
    assert dialog.focusWidget() is w(dialog, "email")
    assert "L'adresse e-mail contact@ n'est pas valide" in error_text(dialog, "email")
    assert w(dialog, "email").toolTip() == error_text(dialog, "email")
    assert "SIRET 732 829 320 00075" in error_text(dialog, "siret")
    assert "clé de contrôle" in error_text(dialog, "siret")
    assert error_text(dialog, "iban").startswith("IBAN : ")
    assert dialog.error_tabs() == [TAB_CONTACT, TAB_ACCOUNTING]
    assert services.customers.count(services_query("")) == before  # nothing written
    # Nothing typed is lost.
    assert w(dialog, "name").text() == "Établissements Lœwy"  # type: ignore[attr-defined]
    assert w(dialog, "franco_threshold").text() == "1\u202f500,50"  # type: ignore[attr-defined]
    assert w(dialog, "iban").text() == "FR76 3000 6000 0112 3456 7890 180"  # type: ignore[attr-defined]

    # Correcting the email takes its message and the tab's mark away; saving again goes to Accounting.
    replace_text(qtbot, w(dialog, "email"), "contact@loewy.fr")
    assert error_text(dialog, "email") == ""
    assert dialog.error_tabs() == [TAB_ACCOUNTING]
    click(qtbot, save_button(dialog))
    assert dialog.ui.customer_tabs.currentIndex() == TAB_ACCOUNTING
    assert dialog.focusWidget() is w(dialog, "siret")
    replace_text(qtbot, w(dialog, "siret"), "732 829 320 00074")
    replace_text(qtbot, w(dialog, "iban"), "FR76 3000 6000 0112 3456 7890 189")
    with qtbot.waitSignal(bus.customers_changed, timeout=5000) as changed:
        click(qtbot, save_button(dialog))
    saved = services.customers.get(changed.args[0][0])
    assert (saved.name, saved.email, saved.siret) == ("Établissements Lœwy", "contact@loewy.fr", "73282932000074")
    assert saved.franco_threshold == Decimal("1500.50")


def test_a_number_that_is_not_one_is_refused_at_its_field(qtbot, sqlite_services, bus, english) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, sqlite_services, bus, mode="create")
    type_text(qtbot, w(dialog, "name"), "Acme")
    go_to_tab(qtbot, dialog, TAB_ACCOUNTING)
    type_text(qtbot, w(dialog, "credit_limit"), "12,5,0")
    type_text(qtbot, w(dialog, "default_discount"), "150")
    go_to_tab(qtbot, dialog, TAB_CONTACT)
    click(qtbot, save_button(dialog))
    assert dialog.ui.customer_tabs.currentIndex() == TAB_ACCOUNTING
    assert "is not a number" in error_text(dialog, "credit_limit")
    assert "cannot exceed 100" in error_text(dialog, "default_discount")
    assert w(dialog, "credit_limit").text() == "12,5,0"  # type: ignore[attr-defined]


def test_a_code_already_used_and_a_vat_number_without_siren(qtbot, sqlite_services, bus, english) -> None:  # type: ignore[no-untyped-def]
    first = make_customer(sqlite_services)
    second = make_customer(sqlite_services, name="Martin SARL")
    dialog = open_dialog(qtbot, sqlite_services, bus, customer_id=second.id, mode="edit")
    replace_text(qtbot, w(dialog, "code"), first.code)
    go_to_tab(qtbot, dialog, TAB_ACCOUNTING)
    click(qtbot, w(dialog, "compute_vat_button"))  # type: ignore[arg-type]
    assert "SIREN" in error_text(dialog, "siren") and w(dialog, "vat_number").text() == ""  # type: ignore[attr-defined]
    click(qtbot, save_button(dialog))  # the services refuse the code, in the same transaction as the rest
    assert dialog.ui.customer_tabs.currentIndex() == TAB_CONTACT
    assert error_text(dialog, "code") == f"Code {first.code} is already used by another customer."
    assert sqlite_services.customers.get(second.id) == second


def test_an_address_refused_by_the_services_is_shown_on_the_addresses_tab(qtbot, sqlite_services, bus,  # type: ignore[no-untyped-def]
                                                                           english) -> None:
    # An address stored before a rule existed (a 4-digit French postal code) fails when the customer is saved.
    customer = make_customer(sqlite_services)
    from crmdesk.store.models import Address

    with sqlite_services.db.session() as s:
        s.get(Address, customer.addresses[0].id).postal_code = "7500"
    dialog = open_dialog(qtbot, sqlite_services, bus, customer_id=customer.id, mode="edit")
    replace_text(qtbot, w(dialog, "name"), "Dupont et Fils")
    click(qtbot, save_button(dialog))
    assert dialog.ui.customer_tabs.currentIndex() == TAB_ADDRESSES
    error = w(dialog, "addresses_error")
    assert isinstance(error, QLabel) and error.isVisible() and "7500" in error.text()
    assert dialog.error_tabs() == [TAB_ADDRESSES]
    assert w(dialog, "name").text() == "Dupont et Fils"  # type: ignore[attr-defined]


# ---- view, edit, duplicate --------------------------------------------------------------------------

def test_view_is_read_only_and_edit_button_switches_to_editing(qtbot, services, bus, english) -> None:  # type: ignore[no-untyped-def]
    customer = make_customer(services, iban="FR7630006000011234567890189", email="a@dupont.fr")
    dialog = open_dialog(qtbot, services, bus, customer_id=customer.id, mode="view")
    assert dialog.windowTitle() == f"Customer {customer.code} — Dupont SA (view)"
    name = w(dialog, "name")
    assert isinstance(name, QLineEdit) and name.isReadOnly()
    qtbot.keyClicks(name, "xyz")
    assert name.text() == "Dupont SA"
    for field in ("email", "siret", "iban", "franco_threshold", "notes"):
        widget = w(dialog, field)
        assert isinstance(widget, (QLineEdit, QPlainTextEdit)) and widget.isReadOnly(), field
    for field in ("kind", "preferred_payment_method", "payment_terms", "default_carrier", "legal_form"):
        combo = w(dialog, field)
        assert isinstance(combo, QComboBox) and combo.isEnabled(), field  # legible, reachable with Tab
        before = combo.currentText()
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        qtbot.keyClicks(combo, "x")
        qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
        assert combo.currentText() == before, field
    active = w(dialog, "active")
    assert isinstance(active, QCheckBox)
    qtbot.mouseClick(active, Qt.MouseButton.LeftButton)
    active.setFocus()
    qtbot.keyClick(active, Qt.Key.Key_Space)
    assert active.isChecked()
    assert w(dialog, "iban").text() == "FR•• •••• •••• 0189"  # type: ignore[attr-defined]
    assert w(dialog, "phone").placeholderText() == ""  # type: ignore[attr-defined]  # no example passing for data
    assert dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save) is None
    assert w(dialog, "compute_vat_button").isHidden()
    go_to_tab(qtbot, dialog, TAB_ADDRESSES)
    assert not w(dialog, "add_address_button").isVisible()
    edit = w(dialog, "edit_button")
    assert isinstance(edit, QPushButton) and edit.isVisible()

    with qtbot.waitSignal(dialog.mode_changed, timeout=1000):
        click(qtbot, edit)
    assert dialog.is_editing() and not name.isReadOnly()
    choose(qtbot, w(dialog, "kind"), "Individual")  # the combos answer again
    choose(qtbot, w(dialog, "kind"), "Company")
    assert dialog.windowTitle() == f"Customer {customer.code} — Dupont SA (editing)"
    assert w(dialog, "iban").text() == "FR76 3000 6000 0112 3456 7890 189"  # type: ignore[attr-defined]
    assert save_button(dialog).isVisible() and not edit.isVisible()
    assert not w(dialog, "compute_vat_button").isHidden()
    assert w(dialog, "phone").placeholderText() == "01 23 45 67 89"  # type: ignore[attr-defined]
    assert w(dialog, "add_address_button").isVisible()
    # Closing the view without changes asks nothing.
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert find_message_box(dialog) is None


def test_edit_saves_with_ctrl_s_emits_and_shows_it_saved(qtbot, services, bus, english) -> None:  # type: ignore[no-untyped-def]
    customer = make_customer(services)
    dialog = open_dialog(qtbot, services, bus, customer_id=customer.id, mode="edit")
    replace_text(qtbot, w(dialog, "phone"), "+44 20 7946 0958")
    with qtbot.waitSignal(bus.customers_changed, timeout=3000) as changed:
        qtbot.keyClick(w(dialog, "phone"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert changed.args == [[customer.id]]
    # Saved as a new customer is: on screen, in view mode, saying so (issue 15: both saves end the same way).
    assert dialog.isVisible() and not dialog.is_editing()
    assert dialog.mode_banner.isVisible() and "Customer saved" in dialog.mode_banner.text()
    saved = services.customers.get(customer.id)
    assert saved.phone == "+442079460958" and saved.version == customer.version + 1
    assert saved.addresses == customer.addresses


def test_saving_without_changes_writes_nothing(qtbot, sqlite_services, bus, english) -> None:  # type: ignore[no-untyped-def]
    customer = make_customer(sqlite_services, phone="+33123456789", credit_limit=Decimal("1000.00"),
                             iban="FR7630006000011234567890189")
    dialog = open_dialog(qtbot, sqlite_services, bus, customer_id=customer.id, mode="edit")
    with qtbot.assertNotEmitted(bus.customers_changed):
        click(qtbot, save_button(dialog))
    assert dialog.isVisible() and not dialog.is_editing() and "No change" in dialog.mode_banner.text()
    assert sqlite_services.customers.get(customer.id).version == customer.version


def test_duplicate_opens_a_copy_in_edit_mode_and_writes_only_on_save(qtbot, services, bus, english) -> None:  # type: ignore[no-untyped-def]
    source = make_customer(services, siret="73282932000074", email="contact@dupont.fr")
    dialog = open_dialog(qtbot, services, bus, customer_id=source.id, mode="duplicate")
    assert dialog.is_editing()
    assert dialog.windowTitle() == f"New customer (copy of {source.code})"
    assert w(dialog, "name").text() == "Dupont SA (copy)"  # type: ignore[attr-defined]
    assert w(dialog, "code").text() == ""  # type: ignore[attr-defined]
    assert dialog.ui.addresses_table.model().rowCount() == 1
    # Same SIRET and email as the source: said, without blocking.
    assert dialog.duplicate_ids() == [source.id]
    assert services.customers.count(services_query("")) == 1  # nothing written yet
    with qtbot.waitSignal(bus.customers_changed, timeout=3000) as changed:
        click(qtbot, save_button(dialog))
    [copy_id] = changed.args[0]
    copy = services.customers.get(copy_id)
    assert copy.id != source.id and copy.code != source.code
    assert copy.name == "Dupont SA (copy)" and copy.order_count == 0
    assert [(a.street1, a.city) for a in copy.addresses] == [(a.street1, a.city) for a in source.addresses]
    assert services.customers.get(source.id) == source


def test_a_duplicate_closed_without_saving_leaves_nothing(qtbot, sqlite_services, bus, english) -> None:  # type: ignore[no-untyped-def]
    source = make_customer(sqlite_services)
    dialog = open_dialog(qtbot, sqlite_services, bus, customer_id=source.id, mode="duplicate")
    click(qtbot, dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel))
    assert not dialog.isVisible()
    assert sqlite_services.customers.count(services_query("")) == 1


# ---- the unsaved-changes question ---------------------------------------------------------------------

def test_closing_with_unsaved_changes_asks_save_discard_or_cancel(qtbot, services, bus, english) -> None:  # type: ignore[no-untyped-def]
    customer = make_customer(services)
    dialog = open_dialog(qtbot, services, bus, customer_id=customer.id, mode="edit")
    replace_text(qtbot, w(dialog, "name"), "Dupont & Cie")

    qtbot.keyClick(w(dialog, "name"), Qt.Key.Key_Escape)  # Esc: the question, then Cancel keeps editing
    text = click_message_box(qtbot, QMessageBox.StandardButton.Cancel, dialog, "unsaved_changes_box")
    assert "Save the changes" in text
    assert dialog.isVisible() and w(dialog, "name").text() == "Dupont & Cie"  # type: ignore[attr-defined]

    click(qtbot, dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel))  # Cancel, then Discard
    click_message_box(qtbot, QMessageBox.StandardButton.Discard, dialog, "unsaved_changes_box")
    assert not dialog.isVisible()
    assert services.customers.get(customer.id).name == "Dupont SA"

    dialog = open_dialog(qtbot, services, bus, customer_id=customer.id, mode="edit")
    replace_text(qtbot, w(dialog, "name"), "Dupont & Cie")
    dialog.close()  # the window's close button: the question, then Save saves and closes
    with qtbot.waitSignal(bus.customers_changed, timeout=3000):
        click_message_box(qtbot, QMessageBox.StandardButton.Save, dialog, "unsaved_changes_box")
    assert not dialog.isVisible()
    assert services.customers.get(customer.id).name == "Dupont & Cie"


def test_save_from_the_question_with_an_error_keeps_the_dialog_open(qtbot, sqlite_services, bus, english) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, sqlite_services, bus, mode="create")
    type_text(qtbot, w(dialog, "email"), "not an email")
    qtbot.keyClick(w(dialog, "email"), Qt.Key.Key_Escape)
    click_message_box(qtbot, QMessageBox.StandardButton.Save, dialog, "unsaved_changes_box")
    assert dialog.isVisible()
    assert error_text(dialog, "name") and error_text(dialog, "email")
    assert w(dialog, "email").text() == "not an email"  # type: ignore[attr-defined]


# ---- addresses and their defaults -------------------------------------------------------------------

def test_addresses_edit_delete_and_defaults_saved_with_the_customer(qtbot, services, bus, english) -> None:  # type: ignore[no-untyped-def]
    customer = make_customer(services)
    dialog = open_dialog(qtbot, services, bus, customer_id=customer.id, mode="edit")
    add_address(qtbot, dialog, "5 quai Rambaud", "69002", "Lyon", label="Dépôt Lyon")
    add_address(qtbot, dialog, "8 rue Nationale", "59000", "Lille", label="Dépôt Lille")
    table = dialog.ui.addresses_table
    model = table.model()
    assert model.rowCount() == 3
    column = {name: i for i, name in enumerate(("label", "usage", "street", "postal_code", "city", "country",
                                                  "default_billing", "default_delivery"))}
    # The new ones are not defaults: the first address keeps both.
    assert [model.index(r, column["default_billing"]).data() for r in range(3)] == ["✓", "", ""]

    table.selectRow(1)
    click(qtbot, w(dialog, "default_delivery_button"))
    table.selectRow(2)
    click(qtbot, w(dialog, "default_billing_button"))
    assert [model.index(r, column["default_delivery"]).data() for r in range(3)] == ["", "✓", ""]
    assert [model.index(r, column["default_billing"]).data() for r in range(3)] == ["", "", "✓"]

    # Edit the Lille address from the button; delete the first one.
    table.selectRow(2)
    click(qtbot, w(dialog, "edit_address_button"))
    address_dialog = open_address_dialog(dialog)
    replace_text(qtbot, w(address_dialog, "city"), "Lille Cedex")
    click(qtbot, address_dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok))
    table.selectRow(0)
    click(qtbot, w(dialog, "delete_address_button"))
    assert model.rowCount() == 2

    # The Logistics tab offers the addresses as default delivery address.
    go_to_tab(qtbot, dialog, TAB_LOGISTICS)
    combo = w(dialog, "default_delivery_address")
    assert isinstance(combo, QComboBox) and combo.count() == 2 and "Dépôt Lyon" in combo.currentText()
    choose(qtbot, combo, combo.itemText(1))  # make Lille the default delivery address from here
    assert model.index(1, column["default_delivery"]).data() == "✓"

    with qtbot.waitSignal(bus.customers_changed, timeout=3000):
        click(qtbot, save_button(dialog))
    saved = services.customers.get(customer.id)
    by_city = {a.city: a for a in saved.addresses}
    assert set(by_city) == {"Lyon", "Lille Cedex"}
    assert (by_city["Lille Cedex"].is_default_billing, by_city["Lille Cedex"].is_default_delivery) == (True, True)
    assert (by_city["Lyon"].is_default_billing, by_city["Lyon"].is_default_delivery) == (False, False)


def test_first_address_becomes_both_defaults_in_create_mode(qtbot, sqlite_services, bus, english) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, sqlite_services, bus, mode="create")
    type_text(qtbot, w(dialog, "name"), "Nouvelle SARL")
    go_to_tab(qtbot, dialog, TAB_LOGISTICS)
    assert not w(dialog, "default_delivery_address").isEnabled()
    add_address(qtbot, dialog, "1 place du Marché", "97400", "Saint-Denis")
    with qtbot.waitSignal(bus.customers_changed, timeout=3000) as changed:
        click(qtbot, save_button(dialog))
    [address] = sqlite_services.customers.get(changed.args[0][0]).addresses
    assert (address.postal_code, address.is_default_billing, address.is_default_delivery) == ("97400", True, True)


# ---- possible duplicates -------------------------------------------------------------------------------

def test_possible_duplicate_warns_without_blocking_and_opens_the_other(qtbot, services, bus, english) -> None:  # type: ignore[no-untyped-def]
    other = make_customer(services, email="compta@dupont.fr", siret="73282932000074")
    services.customers.archive([other.id])  # archived ones count too
    dialog = open_dialog(qtbot, services, bus, mode="create")
    assert dialog.ui.duplicate_banner.isHidden()
    type_text(qtbot, w(dialog, "name"), "Dupont Nord")
    type_text(qtbot, w(dialog, "email"), "compta@dupont.fr")
    qtbot.keyClick(w(dialog, "email"), Qt.Key.Key_Tab)  # leaving the field checks
    qtbot.waitUntil(lambda: dialog.ui.duplicate_banner.isVisible(), timeout=2000)
    banner = dialog.ui.duplicate_label.text()
    assert other.code in banner and "email address" in banner and "archived" in banner
    assert dialog.duplicate_ids() == [other.id]

    # The link opens the other customer, read-only.
    dialog.ui.duplicate_label.linkActivated.emit(f"customer:{other.id}")
    [linked] = dialog.linked_dialogs
    assert linked.isVisible() and not linked.is_editing() and linked.customer_id() == other.id
    linked.close()

    # Saving is not blocked; the new customer stays on screen with the warning.
    with qtbot.waitSignal(bus.customers_changed, timeout=3000):
        click(qtbot, save_button(dialog))
    assert dialog.isVisible() and dialog.ui.duplicate_banner.isVisible()
    assert services.customers.count(services_query("dupont")) == 1  # the active one; the other is archived


def test_duplicate_found_on_save_keeps_the_edited_customer_on_screen(qtbot, sqlite_services, bus, english) -> None:  # type: ignore[no-untyped-def]
    other = make_customer(sqlite_services, vat_number="FR44732829320")
    customer = make_customer(sqlite_services)
    dialog = open_dialog(qtbot, sqlite_services, bus, customer_id=customer.id, mode="edit")
    go_to_tab(qtbot, dialog, TAB_ACCOUNTING)
    type_text(qtbot, w(dialog, "vat_number"), "FR44 732829320")
    qtbot.keyClick(w(dialog, "vat_number"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    # Saved, but not closed: the user sees the warning they had not seen.
    assert sqlite_services.customers.get(customer.id).vat_number == "FR44732829320"
    assert dialog.isVisible() and not dialog.is_editing() and dialog.duplicate_ids() == [other.id]


# ---- a colleague's change -----------------------------------------------------------------------------

@pytest.fixture
def second_services(database_url: str) -> Iterator[Services]:
    """Another user's session: its own connection pool to the same database."""
    database = open_database(database_url)
    yield Services.open(database)
    database.dispose()


def test_a_colleagues_change_is_named_and_reload_drops_the_edits(qtbot, services, second_services, bus,  # type: ignore[no-untyped-def]
                                                                 english) -> None:
    customer = make_customer(services, phone="+33123456789")
    mine = open_dialog(qtbot, services, bus, customer_id=customer.id, mode="edit")
    theirs = open_dialog(qtbot, second_services, DataBus(), customer_id=customer.id, mode="edit")
    replace_text(qtbot, w(theirs, "phone"), "04 72 00 00 00")
    replace_text(qtbot, w(theirs, "email"), "nouveau@dupont.fr")
    click(qtbot, save_button(theirs))
    assert theirs.isVisible() and not theirs.is_editing()  # saved, shown in view mode

    replace_text(qtbot, w(mine, "name"), "Dupont Frères")
    click(qtbot, save_button(mine))
    box = find_message_box(mine, "conflict_box")
    assert box is not None
    assert "saved by someone else" in box.text() and "Phone" in box.text() and "Email" in box.text()
    assert mine.isVisible() and w(mine, "name").text() == "Dupont Frères"  # type: ignore[attr-defined]
    click_message_box(qtbot, "reload_button", mine, "conflict_box")
    assert w(mine, "name").text() == "Dupont SA"  # type: ignore[attr-defined]
    assert w(mine, "phone").text() == "04 72 00 00 00"  # type: ignore[attr-defined]
    assert not mine.is_dirty()
    stored = services.customers.get(customer.id)
    assert (stored.name, stored.phone, stored.email) == ("Dupont SA", "+33472000000", "nouveau@dupont.fr")


def test_a_colleagues_change_then_keep_editing_keeps_both_changes(qtbot, services, second_services, bus,  # type: ignore[no-untyped-def]
                                                                  english) -> None:
    customer = make_customer(services, phone="+33123456789")
    mine = open_dialog(qtbot, services, bus, customer_id=customer.id, mode="edit")
    theirs = open_dialog(qtbot, second_services, DataBus(), customer_id=customer.id, mode="edit")
    replace_text(qtbot, w(theirs, "phone"), "04 72 00 00 00")
    click(qtbot, save_button(theirs))

    replace_text(qtbot, w(mine, "name"), "Dupont Frères")
    click(qtbot, save_button(mine))
    click_message_box(qtbot, "keep_editing_button", mine, "conflict_box")
    # My edit stays; their phone shows in the field I did not touch; nothing was overwritten.
    assert w(mine, "name").text() == "Dupont Frères"  # type: ignore[attr-defined]
    assert w(mine, "phone").text() == "04 72 00 00 00"  # type: ignore[attr-defined]
    assert services.customers.get(customer.id).name == "Dupont SA"
    with qtbot.waitSignal(bus.customers_changed, timeout=3000):
        click(qtbot, save_button(mine))
    stored = services.customers.get(customer.id)
    assert (stored.name, stored.phone) == ("Dupont Frères", "+33472000000")


# ---- keyboard, accessibility, bus ------------------------------------------------------------------

def test_keyboard_tab_switching_and_label_buddies(qtbot, sqlite_services, bus, english) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, sqlite_services, bus, mode="create")
    tabs = dialog.ui.customer_tabs
    assert [tabs.widget(i).objectName() for i in range(tabs.count())] == [
        "contact_page", "logistics_page", "accounting_page", "addresses_page", "orders_page",
        "contacts_page", "activity_page", "history_page"]  # the customer card's tabs (issue 13)
    name = w(dialog, "name")
    qtbot.keyClick(name, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == TAB_LOGISTICS
    qtbot.keyClick(w(dialog, "incoterm_place"), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == TAB_ACCOUNTING
    qtbot.keyClick(w(dialog, "siren"), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(w(dialog, "incoterm_place"), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == TAB_CONTACT

    # Every field has a label buddy, so a screen reader announces it.
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy() is not None}
    fields = [f for page in dialog.pages[:3] for f in page.fields]
    for field in fields:
        assert w(dialog, field) in buddies, field
    assert w(dialog, "email").accessibleName() == "Email"
    # Tab order follows the visual order on the Contact tab.
    order = []
    widget = w(dialog, "kind")
    for _ in range(14):
        order.append(widget.objectName())
        widget = widget.nextInFocusChain()
        while not widget.objectName() or widget.focusPolicy() == Qt.FocusPolicy.NoFocus \
                or isinstance(widget.parentWidget(), QComboBox):
            widget = widget.nextInFocusChain()
    assert order[:14] == ["kind", "code", "name", "legal_form", "civility", "first_name", "last_name",
                          "email", "phone", "mobile", "website", "language", "active", "notes"]
    # Enter in a field does not save.
    type_text(qtbot, name, "Acme")
    with qtbot.assertNotEmitted(bus.customers_changed):
        qtbot.keyClick(name, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.is_editing()


def test_switching_language_keeps_what_was_typed(qtbot, sqlite_services, bus, english) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, sqlite_services, bus, mode="create")
    type_text(qtbot, w(dialog, "name"), "Dupont")
    go_to_tab(qtbot, dialog, TAB_LOGISTICS)
    type_text(qtbot, w(dialog, "franco_threshold"), "1,500.5")
    go_to_tab(qtbot, dialog, TAB_ACCOUNTING)
    type_text(qtbot, w(dialog, "credit_limit"), "not a number")
    choose(qtbot, w(dialog, "payment_terms"), "30 days")
    try:
        install_language("fr")
        qtbot.waitUntil(lambda: w(dialog, "kind").currentText() == "Société", timeout=2000)  # type: ignore[attr-defined]
        assert w(dialog, "name").text() == "Dupont"  # type: ignore[attr-defined]
        assert w(dialog, "franco_threshold").text() == "1\u202f500,50"  # type: ignore[attr-defined]
        assert w(dialog, "credit_limit").text() == "not a number"  # type: ignore[attr-defined]
        assert w(dialog, "payment_terms").currentText() == "30 jours"  # type: ignore[attr-defined]
        assert w(dialog, "vat_regime").currentText() == "France"  # type: ignore[attr-defined]
        assert dialog.is_dirty()
    finally:
        install_language("en")
    qtbot.waitUntil(lambda: w(dialog, "kind").currentText() == "Company", timeout=2000)  # type: ignore[attr-defined]
    assert w(dialog, "franco_threshold").text() == "1,500.50"  # type: ignore[attr-defined]


def test_a_view_follows_changes_made_elsewhere(qtbot, sqlite_services, bus, english) -> None:  # type: ignore[no-untyped-def]
    customer = make_customer(sqlite_services)
    view = open_dialog(qtbot, sqlite_services, bus, customer_id=customer.id, mode="view")
    editor = open_dialog(qtbot, sqlite_services, bus, customer_id=customer.id, mode="edit")
    replace_text(qtbot, w(editor, "name"), "Dupont Holding")
    click(qtbot, save_button(editor))
    assert w(view, "name").text() == "Dupont Holding"  # type: ignore[attr-defined]
    assert "Dupont Holding" in view.windowTitle()


def test_orders_tab_shows_the_customers_orders(qtbot, sqlite_services, bus, english) -> None:  # type: ignore[no-untyped-def]
    customer = make_customer(sqlite_services)
    dialog = open_dialog(qtbot, sqlite_services, bus, customer_id=customer.id, mode="view")
    panel = dialog.orders.panel
    assert panel is not None
    history = dialog.findChild(QWidget, "order_history")
    assert history is not None and w(dialog, "orders_page").isAncestorOf(history)
    assert panel.customer_id == customer.id  # type: ignore[attr-defined]

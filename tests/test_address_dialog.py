"""The address dialog (`address_dialog`) and the table of a customer's addresses, driven from the keyboard."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from helpers import OFFSCREEN_NOISE, interface_language, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from crmdesk.domain.records import AddressData
from crmdesk.gui.common.widgets import CountryCombo, country_names
from crmdesk.gui.customers.address_dialog import AddressDialog, AddressTableModel

pytestmark = OFFSCREEN_NOISE


@pytest.fixture
def english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    with interface_language("en"):
        yield


@pytest.fixture
def french(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    with interface_language("fr"):
        yield


def open_dialog(qtbot, address: AddressData | None = None, **kwargs) -> AddressDialog:  # type: ignore[no-untyped-def]
    dialog = AddressDialog(address, None, **kwargs)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    return dialog


def field(dialog: AddressDialog, name: str) -> QWidget:
    widget = dialog.findChild(QWidget, name)
    assert widget is not None, name
    return widget


def click_ok(qtbot, dialog: AddressDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_a_new_address_typed_in_keeps_its_leading_zero_and_accents(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot)
    assert dialog.objectName() == "address_dialog"
    country = field(dialog, "country")
    assert isinstance(country, CountryCombo) and country.code() == "FR" and country.itemData(0) == "FR"
    type_text(qtbot, field(dialog, "label"), "Siège")
    type_text(qtbot, field(dialog, "recipient"), "Service comptabilité")
    type_text(qtbot, field(dialog, "street"), "12, rue de l'Église")
    type_text(qtbot, field(dialog, "street2"), "Bâtiment B")
    type_text(qtbot, field(dialog, "postal_code"), "01000")
    type_text(qtbot, field(dialog, "city"), "Bourg-en-Bresse")
    type_text(qtbot, field(dialog, "phone"), "04 74 12 34 56")
    type_text(qtbot, field(dialog, "instructions"), "Sonner à l'accueil")
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        click_ok(qtbot, dialog)
    address = dialog.address()
    assert address is not None
    assert (address.label, address.street1, address.street2, address.postal_code, address.city, address.country) == (
        "Siège", "12, rue de l'Église", "Bâtiment B", "01000", "Bourg-en-Bresse", "FR")
    assert address.recipient == "Service comptabilité"
    assert address.phone == "+33474123456"
    assert address.instructions == "Sonner à l'accueil"
    assert address.usage == "both"


def test_wrong_postal_code_is_explained_in_french_at_the_field_and_nothing_is_lost(qtbot, french) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot)
    type_text(qtbot, field(dialog, "street"), "3 place Bellecour")
    type_text(qtbot, field(dialog, "postal_code"), "6900")
    type_text(qtbot, field(dialog, "city"), "Lyon")
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.address() is None
    postal = field(dialog, "postal_code")
    error = dialog.findChild(QLabel, "postal_code_error")
    assert error is not None and error.isVisible()
    assert "Code postal 6900" in error.text() and "5 chiffres" in error.text()
    assert postal.toolTip() == error.text()
    assert dialog.focusWidget() is postal
    assert field(dialog, "street").text() == "3 place Bellecour"  # type: ignore[attr-defined]
    # Correcting the field takes the message away; OK then accepts.
    postal.selectAll()  # type: ignore[attr-defined]
    type_text(qtbot, postal, "69002")
    assert not error.isVisible()
    click_ok(qtbot, dialog)
    assert dialog.address() is not None and dialog.address().postal_code == "69002"  # type: ignore[union-attr]


def test_required_fields_each_get_their_message(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot)
    click_ok(qtbot, dialog)
    for name in ("street", "postal_code", "city"):
        label = dialog.findChild(QLabel, f"{name}_error")
        assert label is not None and label.isVisible() and label.text(), name
    assert dialog.focusWidget() is field(dialog, "street")


def test_country_chosen_from_the_list_by_typing_its_name(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot)
    country = field(dialog, "country")
    assert isinstance(country, QComboBox)
    country.setFocus()
    qtbot.keyClicks(country, "Belgium")
    assert country.code() == "BE"  # type: ignore[attr-defined]
    type_text(qtbot, field(dialog, "street"), "Rue Neuve 1")
    type_text(qtbot, field(dialog, "postal_code"), "1000")
    type_text(qtbot, field(dialog, "city"), "Bruxelles")
    click_ok(qtbot, dialog)
    address = dialog.address()
    assert address is not None and (address.country, address.postal_code) == ("BE", "1000")


def test_country_names_follow_the_language_with_france_first(qtbot, french) -> None:  # type: ignore[no-untyped-def]
    combo = CountryCombo()
    qtbot.addWidget(combo)
    assert combo.itemText(0) == "France"
    names = country_names("fr")
    assert names["DE"] == "Allemagne" and "EU" not in names and "ZZ" not in names
    assert 245 <= len(names) <= 250  # ISO 3166-1 has 249 codes
    texts = [combo.itemText(i) for i in range(2, combo.count())]
    assert texts.index("Allemagne") < texts.index("Belgique") < texts.index("Équateur") < texts.index("Zimbabwe")


def test_first_address_is_both_defaults(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, first=True)
    billing, delivery = field(dialog, "is_default_billing"), field(dialog, "is_default_delivery")
    assert isinstance(billing, QCheckBox) and isinstance(delivery, QCheckBox)
    assert billing.isChecked() and delivery.isChecked()
    assert not billing.isEnabled() and not delivery.isEnabled()


def test_read_only_address(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    address = AddressData(id=3, street1="1 rue A", postal_code="75001", city="Paris", phone="+33142000000")
    dialog = open_dialog(qtbot, address, read_only=True)
    street = field(dialog, "street")
    assert isinstance(street, QLineEdit) and street.isReadOnly() and street.text() == "1 rue A"
    assert field(dialog, "phone").text() == "01 42 00 00 00"  # type: ignore[attr-defined]
    country = field(dialog, "country")
    assert isinstance(country, QComboBox) and country.isEnabled()  # legible and reachable, not greyed out
    country.setFocus()
    qtbot.keyClick(country, Qt.Key.Key_Down)
    qtbot.mouseClick(country, Qt.MouseButton.LeftButton)
    assert country.currentData() == "FR"
    assert dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok) is None
    qtbot.keyClicks(street, "xyz")
    assert street.text() == "1 rue A"


def test_every_field_has_a_label_buddy(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot)
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy() is not None}
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, (QLineEdit, QComboBox, QPlainTextEdit)) and widget.objectName() \
                and widget.parentWidget() is not None and not isinstance(widget.parentWidget(), QComboBox):
            assert widget in buddies, widget.objectName()
    assert field(dialog, "street").accessibleName() == "Street"


def test_editing_keeps_the_id(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, AddressData(id=7, street1="1 rue A", postal_code="75001", city="Paris"))
    city = field(dialog, "city")
    qtbot.keyClick(city, Qt.Key.Key_End)
    type_text(qtbot, city, " Cedex")
    click_ok(qtbot, dialog)
    assert dialog.address() == AddressData(id=7, street1="1 rue A", postal_code="75001", city="Paris Cedex")


# ---- the table model ----------------------------------------------------------------------------

def addr(city: str, **flags: bool) -> AddressData:
    return AddressData(street1=f"1 rue de {city}", postal_code="75001", city=city, **flags)


def flags(model: AddressTableModel) -> list[tuple[bool, bool]]:
    return [(a.is_default_billing, a.is_default_delivery) for a in model.addresses()]


def test_address_model_passes_the_model_tester_and_keeps_the_defaults(qtmodeltester, english) -> None:  # type: ignore[no-untyped-def]
    model = AddressTableModel()
    qtmodeltester.check(model)
    model.add(addr("Paris"))
    assert flags(model) == [(True, True)]  # the first address is both defaults
    model.add(addr("Lyon", is_default_delivery=True))
    assert flags(model) == [(True, False), (False, True)]
    model.add(addr("Lille"))
    model.set_default(2, billing=True)
    assert flags(model) == [(False, False), (False, True), (True, False)]
    qtmodeltester.check(model)
    model.remove(2)  # the default billing address goes: the first one takes over
    assert flags(model) == [(True, False), (False, True)]
    model.replace(1, replace_city(model.address(1), "Lyon 2e"))
    assert model.data(model.index(1, AddressTableModel.COLUMNS.index("city"))) == "Lyon 2e"
    assert model.data(model.index(1, AddressTableModel.COLUMNS.index("default_delivery"))) == "✓"
    assert model.data(model.index(0, AddressTableModel.COLUMNS.index("country"))) == "France"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole) is None
    qtmodeltester.check(model)


def replace_city(a: AddressData, city: str) -> AddressData:
    from dataclasses import replace

    return replace(a, city=city)

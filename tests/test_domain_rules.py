"""Each business rule has one definition, in crmdesk.domain, and every path (services, widgets, the demo
generator) gives the same answer through it.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from helpers import OFFSCREEN_NOISE, interface_language, make_customer_at, replace_text

from crmdesk.domain.addresses import ORDER_ADDRESS_PARTS, order_address, resolve_defaults
from crmdesk.domain.enums import OrderStatus
from crmdesk.domain.errors import FieldError, ValidationErrors
from crmdesk.domain.orders import (
    EDITABLE_STATUSES,
    OPEN_STATUSES,
    check_line_value,
    line_vat_rate,
    new_line,
)
from crmdesk.domain.records import AddressData, CustomerData, OrderLineData, ProductData
from crmdesk.domain.reference import ReferenceKind, exceeds_legal_terms
from crmdesk.services import Services
from crmdesk.services.reference import ReferenceService

pytestmark = OFFSCREEN_NOISE
D = Decimal
SRC = Path(__file__).resolve().parents[1] / "src" / "crmdesk"


def definitions(pattern: str) -> list[str]:
    """Where src/ defines something matching `pattern` (a regular expression on a line)."""
    found = []
    for file in sorted(SRC.rglob("*.py")):
        if "forms" in file.parts:
            continue
        for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), start=1):
            if re.match(pattern, line):
                found.append(f"{file.relative_to(SRC)}:{number}")
    return found


# ---- statuses ------------------------------------------------------------------------------------

def test_open_statuses_are_defined_once() -> None:
    assert [d.split(":")[0] for d in definitions(r"\s*OPEN_STATUSES\b.*=")] == ["domain/orders.py"]
    # Open orders are those that can still be changed: not yet prepared.
    assert set(OPEN_STATUSES) == {s.value for s in EDITABLE_STATUSES} == {"draft", "validated"}


def test_legal_payment_caps_and_vat_rates_are_defined_once() -> None:
    assert [d.split(":")[0] for d in definitions(r"\s*LEGAL_MAX_DAYS\w* =")] == ["domain/reference.py"] * 2
    assert [d.split(":")[0] for d in definitions(r"\s*FRENCH_VAT_RATES\b.*=")] == ["domain/orders.py"]
    assert [d.split(":")[0] for d in definitions(r"\s*def (validate_product|check_line_value|new_line|"
                                                 r"order_address|resolve_defaults)\b")] == [
        "domain/addresses.py", "domain/addresses.py", "domain/catalog.py", "domain/orders.py", "domain/orders.py"]


# ---- line defaults: VAT by the customer's regime and the delivery place ------------------------------

@pytest.mark.parametrize(("regime", "postal", "country", "rates"), [
    # metropolitan rates 20, 10, 5.5, 2.1, 0 become:
    ("france", "75001", "FR", ("20", "10", "5.5", "2.1", "0")),
    ("france", "20000", "FR", ("20", "10", "5.5", "2.1", "0")),  # Corsica: the metropolitan rates here
    ("france", "97100", "FR", ("8.5", "2.1", "2.1", "2.1", "0")),  # Guadeloupe
    ("france", "97200", "FR", ("8.5", "2.1", "2.1", "2.1", "0")),  # Martinique
    ("france", "97400", "FR", ("8.5", "2.1", "2.1", "2.1", "0")),  # La Réunion
    ("france", "97 410", "FR", ("8.5", "2.1", "2.1", "2.1", "0")),
    ("france", "97420", "RE", ("8.5", "2.1", "2.1", "2.1", "0")),  # the country code says it too
    ("france", "97300", "FR", ("0", "0", "0", "0", "0")),  # Guyane: no VAT
    ("france", "97600", "FR", ("0", "0", "0", "0", "0")),  # Mayotte: no VAT
    ("france", "97600", "YT", ("0", "0", "0", "0", "0")),
    ("intra_eu", "75001", "FR", ("0", "0", "0", "0", "0")),  # outside the French regime: no VAT
    ("export", "97400", "FR", ("0", "0", "0", "0", "0")),
    ("exempt", "75001", "FR", ("0", "0", "0", "0", "0")),
])
def test_line_vat_rate_by_regime_and_place(regime: str, postal: str, country: str, rates: tuple[str, ...]) -> None:
    metro = (D(20), D(10), D("5.5"), D("2.1"), D(0))
    assert tuple(line_vat_rate(regime, rate, postal, country) for rate in metro) == tuple(D(r) for r in rates)


def test_new_line_defaults() -> None:
    customer = CustomerData(vat_regime="france", default_discount=D("2.5"))
    product = ProductData(7, "BEU-1K", "Beurre 1 kg", "", D("12.35"), D("5.5"))
    reunion = AddressData(postal_code="97400", city="Saint-Denis")
    line = new_line(customer, reunion, product)
    assert (line.product_id, line.product_reference, line.description, line.quantity, line.unit_price,
            line.discount_percent, line.vat_rate) == (7, "BEU-1K", "Beurre 1 kg", D(1), D("12.35"), D("2.5"),
                                                      D("2.1"))
    free = new_line(customer, reunion)
    assert (free.quantity, free.unit_price, free.discount_percent, free.vat_rate) == (D(1), D(0), D(0), D("8.5"))
    assert new_line(customer, AddressData(postal_code="69002")).vat_rate == D(20)  # the default rate
    assert new_line(None).vat_rate == D(20)
    assert new_line(replace(customer, vat_regime="export"), None, product).vat_rate == D(0)


def _reunion_customer(services: Services) -> CustomerData:
    return make_customer_at(services, "Épicerie de Saint-Denis", city="Saint-Denis", postal="97400",
                            default_discount=D(5))


def test_the_order_dialog_takes_its_line_defaults_from_the_domain(qtbot, sqlite_services: Services) -> None:  # type: ignore[no-untyped-def]
    from crmdesk.gui.common.bus import DataBus
    from crmdesk.gui.orders.dialog import OrderDialog

    with interface_language("en"):
        customer = _reunion_customer(sqlite_services)
        assert customer.id is not None
        product = sqlite_services.catalog.save_product(ProductData(None, "TAB-1", "Tablier", "", D("19.90"), D(20)))
        order = sqlite_services.orders.new_order_for(customer.id)
        dialog = OrderDialog(sqlite_services, DataBus(), order=order)
        qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
        dialog.add_product_line(product)
        dialog.add_free_line()
        lines = dialog.lines_model.lines()
        assert lines[0] == new_line(customer, order.delivery_address, product)
        assert (lines[0].vat_rate, lines[0].discount_percent) == (D("8.5"), D(5))
        assert lines[1] == new_line(customer, order.delivery_address)


def test_line_rates_follow_the_delivery_place_chosen_in_the_dialog(qtbot, sqlite_services: Services) -> None:  # type: ignore[no-untyped-def]
    from crmdesk.gui.common.bus import DataBus
    from crmdesk.gui.orders.dialog import OrderDialog
    from crmdesk.gui.orders.models import LINE_COLUMNS

    data = sqlite_services.customers.new_customer()
    data.name = "Import Export Océan Indien"
    data.addresses = [AddressData(label="Siège", street1="1 quai Rambaud", postal_code="69002", city="Lyon"),
                      AddressData(label="Dépôt", usage="delivery", street1="5 rue de Paris", postal_code="97400",
                                  city="Saint-Denis")]
    customer = sqlite_services.customers.create(data)
    assert customer.id is not None
    butter = sqlite_services.catalog.save_product(ProductData(None, "BEU-1", "Beurre", "", D("9.90"), D("5.5")))
    apron = sqlite_services.catalog.save_product(ProductData(None, "TAB-1", "Tablier", "", D("19.90"), D(20)))
    with interface_language("en"):
        dialog = OrderDialog(sqlite_services, DataBus(), order=sqlite_services.orders.new_order_for(customer.id))
        qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
        dialog.add_product_line(butter)
        dialog.add_product_line(apron)
        dialog.add_free_line()
        dialog.add_free_line()
        model = dialog.lines_model
        model.setData(model.index(3, LINE_COLUMNS.index("vat_rate")), "10")  # chosen by the user
        assert [line.vat_rate for line in model.lines()] == [D("5.5"), D(20), D(20), D(10)]
        combo = dialog.delivery_address
        combo.setCurrentIndex(combo.findData(1))  # the Réunion depot
        assert [line.vat_rate for line in model.lines()] == [D("2.1"), D("8.5"), D("8.5"), D("2.1")]
        assert {rate for rate in model.totals().vat_by_rate} == {D("2.1"), D("8.5")}
        combo.setCurrentIndex(combo.findData(0))  # back to Lyon
        # 2.1 % in La Réunion could be 10, 5.5 or 2.1 in Lyon: the user's line keeps it, the products' follow.
        assert [line.vat_rate for line in model.lines()] == [D("5.5"), D(20), D(20), D("2.1")]


def test_the_demo_generator_takes_its_line_rates_from_the_domain(services: Services) -> None:
    from sqlalchemy import select

    from crmdesk.demo.builder import fill_demo
    from crmdesk.store.models import OrderLine, Product, SalesOrder

    assert fill_demo(services)
    with services.db.read() as s:
        metro = {pid: rate for pid, rate in s.execute(select(Product.id, Product.vat_rate))}
        rows = s.execute(select(SalesOrder.delivery_postal_code, SalesOrder.delivery_country, OrderLine.product_id,
                                OrderLine.vat_rate).join(OrderLine, OrderLine.order_id == SalesOrder.id)).all()
    assert rows
    overseas = 0
    for postal, country, product_id, rate in rows:
        assert rate == line_vat_rate("france", metro[product_id], postal, country), (postal, product_id)
        overseas += postal.startswith("974")
    assert overseas, "the demo delivers to La Réunion"


# ---- line bounds: one rule for the editor and for saving ---------------------------------------------

@pytest.mark.parametrize(("field", "value", "accepted"), [
    ("quantity", "0", False), ("quantity", "0.001", True), ("quantity", "1000000", True),
    ("quantity", "1000000.001", False), ("quantity", "99999999999", False), ("quantity", "-3", False),
    ("quantity", "1.2345", False),
    ("unit_price", "0", True), ("unit_price", "-9.5", False), ("unit_price", "10000000", True),
    ("unit_price", "10000000.01", False), ("unit_price", "0.1234", True), ("unit_price", "0.12345", False),
    ("discount_percent", "100", True), ("discount_percent", "150", False), ("discount_percent", "-1", False),
    ("vat_rate", "8.5", True), ("vat_rate", "101", False),
])
def test_line_bounds_are_the_same_in_the_editor_and_at_save(qtbot, sqlite_services: Services, field: str,  # type: ignore[no-untyped-def]
                                                            value: str, accepted: bool) -> None:
    from crmdesk.gui.orders.models import LINE_COLUMNS, OrderLinesModel
    from crmdesk.services.orders import validate_order

    def domain() -> bool:
        try:
            check_line_value(field, D(value))
        except FieldError:
            return False
        return True

    model = OrderLinesModel()
    model.add_line(OrderLineData(description="Farine", unit_price=D(1)))
    editor = model.setData(model.index(0, LINE_COLUMNS.index(field)), D(value))
    line = replace(OrderLineData(description="Farine", unit_price=D(1)), **{field: D(value)})
    try:
        validate_order(replace(sqlite_services.orders.new_order_for(_reunion_customer(sqlite_services).id or 0),
                               lines=[line]))
        saved = True
    except ValidationErrors:
        saved = False
    assert domain() == editor == saved == accepted
    if field in ("unit_price", "vat_rate"):  # a product's price and rate obey the same bounds
        product = ProductData(None, f"P-{field}", "Produit", "", D(1), D(20))
        try:
            sqlite_services.catalog.save_product(replace(product, **{field: D(value)}))
            product_saved = True
        except ValidationErrors:
            product_saved = False
        assert product_saved == accepted


# ---- the copy of an address on an order ------------------------------------------------------------

def test_an_order_copies_the_default_addresses_through_the_domain(qtbot, sqlite_services: Services) -> None:  # type: ignore[no-untyped-def]
    from crmdesk.gui.common.bus import DataBus
    from crmdesk.gui.orders.dialog import OrderDialog

    data = sqlite_services.customers.new_customer()
    data.name = "Fromagerie Dubois"
    data.addresses = [
        AddressData(label="Siège", usage="billing", street1="12 rue de la République", postal_code="69002",
                    city="Lyon", is_default_billing=True),
        AddressData(label="Entrepôt", usage="delivery", recipient="Quai 3", street1="5 allée des Frênes",
                    postal_code="69800", city="Saint-Priest", is_default_delivery=True),
        AddressData(label="Boutique", usage="delivery", street1="2 place Bellecour", postal_code="69002",
                    city="Lyon"),
    ]
    customer = sqlite_services.customers.create(data)
    assert customer.id is not None
    billing, delivery, shop = customer.addresses
    order = sqlite_services.orders.new_order_for(customer.id)
    assert order.billing_address == order_address(billing, customer.name)
    assert order.billing_address.recipient == "Fromagerie Dubois"  # the customer's name when none is given
    assert order.delivery_address == order_address(delivery, customer.name)
    with interface_language("en"):
        dialog = OrderDialog(sqlite_services, DataBus(), order=order)
        qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
        combo = dialog.delivery_address
        combo.setCurrentIndex(combo.findData(customer.addresses.index(shop)))
        assert dialog.current_data().delivery_address == order_address(shop, customer.name)


def test_the_demo_copies_addresses_as_an_order_does() -> None:
    from crmdesk.demo.builder import Builder, Refs

    builder = Builder(random.Random(3), Refs({}, {}, [], [(1, "Farine", D("18.90"), D("5.5"))]), date(2026, 12, 1),
                      orders_per_customer=1, exact_search_text=True)
    c = {"id": 1, "name": "Boulangerie Martin", "kind": "company"}
    addresses = [
        {"recipient": "", "street1": "1 rue A", "street2": "", "street3": "", "postal_code": "75001",
         "city": "Paris", "country": "FR", "is_default_billing": True, "is_default_delivery": False},
        {"recipient": "Quai 2", "street1": "2 rue B", "street2": "Bât. C", "street3": "", "postal_code": "97400",
         "city": "Saint-Denis", "country": "FR", "is_default_billing": False, "is_default_delivery": True},
    ]
    copied = builder.order_addresses(c, addresses)
    for prefix, source in (("billing", addresses[0]), ("delivery", addresses[1])):
        expected = order_address(AddressData(**{p: source[p] for p in ORDER_ADDRESS_PARTS}), c["name"])
        assert {p: copied[f"{prefix}_{p}"] for p in ORDER_ADDRESS_PARTS} == {
            p: getattr(expected, p) for p in ORDER_ADDRESS_PARTS}


# ---- the default addresses: the service and the customer dialog's table agree ------------------------

def _place(n: int) -> AddressData:
    return AddressData(label=f"Adresse {n}", street1=f"{n} rue de la Paix", postal_code="75002", city="Paris")


def test_default_address_rule_through_the_service_and_the_table_model(services: Services, qapp) -> None:  # type: ignore[no-untyped-def]
    from crmdesk.gui.customers.address_dialog import AddressTableModel

    data = services.customers.new_customer()
    data.name = "Maison Durand"
    customer = services.customers.create(data)
    assert customer.id is not None
    model = AddressTableModel()
    ids: list[int] = []

    def stored() -> list[tuple[bool, bool]]:
        got = services.customers.get(customer.id or 0).addresses
        by_id = {a.id: (a.is_default_billing, a.is_default_delivery) for a in got}
        return [by_id[i] for i in ids]

    def shown() -> list[tuple[bool, bool]]:
        return [(a.is_default_billing, a.is_default_delivery) for a in model.addresses()]

    # The first address takes both defaults; a second one asking for delivery takes only that.
    for address in (_place(1), replace(_place(2), is_default_delivery=True), _place(3)):
        ids.append(services.customers.add_address(customer.id, address).id or 0)
        model.add(address)
        assert stored() == shown()
    assert shown() == [(True, False), (False, True), (False, False)]
    services.customers.set_default_address(customer.id, ids[2], billing=True)
    model.set_default(2, billing=True)
    assert stored() == shown() == [(False, False), (False, True), (True, False)]
    services.customers.set_default_address(customer.id, ids[0], billing=True, delivery=True)
    model.set_default(0, billing=True, delivery=True)
    assert stored() == shown() == [(True, True), (False, False), (False, False)]
    # Removing the default address hands both defaults to the first one left.
    services.customers.remove_address(customer.id, ids[0])
    model.remove(0)
    del ids[0]
    assert stored() == shown() == [(True, True), (False, False)]
    assert resolve_defaults([(False, False), (True, True), (True, False)]) == [(False, False), (True, True),
                                                                            (False, False)]


# ---- payment terms: the legal caps, through the service and the reference dialog ----------------------

@pytest.fixture
def english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    with interface_language("en"):
        yield


@pytest.mark.parametrize(("days", "end_of_month", "over"), [
    (30, False, False), (60, False, False), (61, False, True), (45, True, False), (46, True, True), (90, True, True),
])
def test_payment_term_caps_through_the_service_and_the_dialog(qtbot, sqlite_services: Services, english,  # type: ignore[no-untyped-def]
                                                              days: int, end_of_month: bool, over: bool) -> None:
    from crmdesk.gui.reference.dialog import ReferenceEntryDialog

    assert exceeds_legal_terms(days, end_of_month) is over
    service = ReferenceService(sqlite_services.db)
    entry = service.add(ReferenceKind.PAYMENT_TERMS, f"Terme {days} {end_of_month}", "", days, end_of_month)
    assert entry.over_legal_cap is over
    dialog = ReferenceEntryDialog(service, ReferenceKind.PAYMENT_TERMS)
    qtbot.addWidget(dialog)
    dialog.show()
    if end_of_month:
        dialog.end_of_month.setChecked(True)
    replace_text(qtbot, dialog.days, str(days))
    assert dialog.legal_hint.isVisible() is over


# ---- reference lists: one duplicate rule ------------------------------------------------------------

def test_a_duplicate_payment_method_is_refused_by_both_services(services: Services) -> None:
    reference = ReferenceService(services.db)
    reference.add(ReferenceKind.PAYMENT_METHOD, "Affacturage", "Factoring")
    messages = []
    for add in (lambda: services.catalog.add_payment_method("  AFFACTURAGE "),
                lambda: reference.add(ReferenceKind.PAYMENT_METHOD, "affacturage")):
        with pytest.raises(ValidationErrors) as refused:
            add()
        assert list(refused.value.by_field()) == ["label"]
        messages.append(refused.value.errors[0].message)
    assert messages[0] == messages[1] == "“Affacturage” is already in the list."
    # The English label counts too, in both.
    with pytest.raises(ValidationErrors):
        services.catalog.add_payment_method("Affacturage inversé", "factoring")
    assert [e.label for e in reference.entries(ReferenceKind.PAYMENT_METHOD)].count("Affacturage") == 1


def test_order_status_labels_stay_on_the_enum() -> None:
    # The statuses and their transitions live in domain/enums.py and domain/orders.py only.
    assert [d.split(":")[0] for d in definitions(r"\s*(TRANSITIONS|EDITABLE_STATUSES)\b.*=")] == [
        "domain/orders.py", "domain/orders.py"]
    assert [d.split(":")[0] for d in definitions(r"class OrderStatus\b")] == ["domain/enums.py"]
    assert OrderStatus.DRAFT.value in OPEN_STATUSES

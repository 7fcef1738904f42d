"""Issue 14, input: hostile strings in every text field of a customer, an address, a product and an order, and
in every search box, on both backends. Each is stored as its NFC form and read back identically, or refused at
its field with a short message (which never repeats the whole value); never an exception. A stored name is
found by searching it."""

from __future__ import annotations

import unicodedata
from dataclasses import fields
from decimal import Decimal

import pytest

from crmdesk.domain.errors import ValidationErrors
from crmdesk.domain.records import AddressData, CustomerData, OrderLineData, ProductData
from crmdesk.domain.text import MULTILINE_FIELDS, single_line
from crmdesk.domain.validation import clean_text
from crmdesk.services import Services
from crmdesk.services.customers import CustomerQuery
from crmdesk.services.orders import OrderQuery

HOSTILE = [
    "\x00", "a\x00b", "\ud800", "x\udfffy", "\x07bell", "\x1b[31mrouge\x1b[0m", "\x7f", "\ufeffBOM", "\ufffe",
    "\u202eRTL override", "\u200f\u05e9\u05dc\u05d5\u05dd", "zero\u200bwidth", "\u200d", "e\u0301te\u0301",
    "Z\u0351\u036b\u0343\u036a\u0302\u036b\u033d\u034f\u0334\u0319\u0324\u031e\u0349\u035a\u032f\u031e",
    "😀🎉 émoji", "👨‍👩‍👧‍👦", "𝕳𝖊𝖑𝖑𝖔", "ß œ æ ﬁ", "x" * 10_000, "É" * 201,
    "'; DROP TABLE customer; --", "\" OR 1=1 --", "NEAR(a b)", "a* OR b*", "\"\"", "col:val", "^start", "%",
    "_", "\\", "%s %d {0} {name} %(x)s", "=1+2", "=HYPERLINK(\"http://x\")", "@SUM(A1)", "-2+3", "+33",
    "1.00", "1/0", "-1.00", "<script>alert(1)</script>", "null", "NULL", "  espaces  ", "tab\there",
    "line\nbreak", "CR\r\nLF",
]

MAX_MESSAGE = 400


def _free_text_fields() -> list[str]:
    return [f.name for f in fields(CustomerData) if f.type in ("str", str) and f.name not in ("kind", "vat_regime")]


def _expected(name: str, value: str) -> str:
    return clean_text(value if name in MULTILINE_FIELDS else single_line(value))


def _check_refusal(exc: ValidationErrors, value: str) -> set[str]:
    for error in exc.errors:
        assert error.field, exc
        assert len(error.message) < MAX_MESSAGE, error.message[:100]
        if len(value) > 40:
            assert value[:40] not in error.message
    return {e.field for e in exc.errors}


def _save_customer(services: Services, value: str, names: list[str]) -> tuple[CustomerData | None, set[str]]:
    """Create a customer with `value` in every field of `names`; fields refused are emptied and it is saved
    again. Returns the saved customer and the refused fields."""
    refused: set[str] = set()
    data = services.customers.new_customer()
    for name in names:
        setattr(data, name, value)
    data.addresses = [AddressData(label=value, recipient=value, street1=value, street2=value, postal_code="75001",
                                  city=value, instructions=value)]
    for _attempt in range(4):
        if not data.name.strip() or "name" in refused:
            data.name = "Repli"
        if not data.code.strip() or "code" in refused:
            data.code = ""
        try:
            return services.customers.create(data), refused
        except ValidationErrors as exc:
            fields_ = _check_refusal(exc, value)
            refused |= fields_
            for name in fields_ - {"addresses"}:
                setattr(data, name, "")
            if "addresses" in fields_:
                data.addresses = [AddressData(street1="1 rue A", postal_code="75001", city="Paris")]
                refused.add("addresses")
    raise AssertionError(f"could not save {value[:30]!r} after emptying {refused}")


@pytest.mark.parametrize("value", HOSTILE, ids=[repr(v[:12]) for v in HOSTILE])
def test_hostile_strings_everywhere(services: Services, value: str) -> None:
    names = _free_text_fields()
    saved, refused = _save_customer(services, value, names)
    assert saved is not None
    got = services.customers.get(saved.id)  # type: ignore[arg-type]
    person = ("civility", "first_name", "last_name", "job_title")
    if got.kind == "company":
        # A company's contact person lives in its contacts (issue 13): the value is stored there, whole.
        assert all(getattr(got, name) == "" for name in person)
        if {"first_name", "last_name"} - refused and _expected("last_name", value):
            [contact] = services.contacts.list(saved.id)  # type: ignore[arg-type]
            for name in set(person) - refused:
                assert getattr(contact, name) == _expected(name, value), name
        names = [name for name in names if name not in person]
    for name in names:
        if name not in refused and name not in ("code", "name") or (name == "name" and got.name != "Repli"):
            stored = getattr(got, name)
            if stored != _expected(name, value):
                # A validated field keeps its normalised form (a phone in E.164, a VAT number compact).
                assert name not in ("legal_form", "first_name", "last_name", "job_title", "notes",
                                    "incoterm_place", "delivery_instructions", "sepa_mandate_ref",
                                    "accounting_code", "civility"), (name, stored[:30])
            else:
                assert unicodedata.is_normalized("NFC", stored)
    if "addresses" not in refused:
        [address] = got.addresses
        for part in ("label", "recipient", "street1", "street2", "city"):
            if getattr(address, part):
                assert getattr(address, part) == _expected(part, value), part
    # A stored name is found by searching it.
    if got.name != "Repli" and got.name.strip():
        found = [r.id for r in services.customers.page(CustomerQuery(text=got.name), 0, 200)]
        assert saved.id in found, got.name[:30]
    # The search boxes take anything.
    for query in (value, value[:3], value[-2:]):
        services.customers.count(CustomerQuery(text=query))
        services.customers.page(CustomerQuery(text=query), 0, 50)
        services.orders.count(OrderQuery(text=query))
        services.orders.page(OrderQuery(text=query), 0, 50)
        services.catalog.count_products(query)
        services.catalog.products(query)

    # A product.
    product = ProductData(None, f"R-{abs(hash(value)) % 10**8}", value, "", Decimal("1.50"), Decimal("20"))
    try:
        stored_product = services.catalog.save_product(product)
        assert stored_product.name == _expected("name", value)
        assert services.catalog.product(stored_product.id).name == stored_product.name  # type: ignore[arg-type]
    except ValidationErrors as exc:
        assert _check_refusal(exc, value) <= {"name", "reference"}
    # An order.
    order = services.orders.new_order_for(saved.id)  # type: ignore[arg-type]
    order.customer_reference, order.notes = value, value
    order.lines = [OrderLineData(description=value, quantity=Decimal(1), unit_price=Decimal(2))]
    for _attempt in range(3):
        try:
            placed = services.orders.create(order)
            break
        except ValidationErrors as exc:
            fields_ = _check_refusal(exc, value)
            assert fields_ <= {"customer_reference", "notes", "order_lines"}, fields_
            for name in fields_ & {"customer_reference", "notes"}:
                setattr(order, name, "")
            if "order_lines" in fields_:
                order.lines = [OrderLineData(description="Farine", quantity=Decimal(1), unit_price=Decimal(2))]
    else:
        raise AssertionError("the order could not be saved")
    again = services.orders.get(placed.id)  # type: ignore[arg-type]
    for name in ("customer_reference", "notes"):
        if getattr(order, name):
            assert getattr(again, name) == _expected(name, value), name
    assert again.lines[0].description == placed.lines[0].description


@pytest.mark.parametrize("value", HOSTILE, ids=[repr(v[:12]) for v in HOSTILE])
def test_hostile_strings_in_a_contact(services: Services, value: str) -> None:
    """A contact's text fields: stored as typed (NFC, one line) or refused at the field, never an exception;
    a contact's name stored is found from the customer list."""
    from crmdesk.domain.contacts import ContactData

    customer = services.customers.new_customer()
    customer.name = "Hôte"
    customer = services.customers.create(customer)
    data = ContactData(civility=value[:20], first_name=value, last_name=value, job_title=value)
    for _attempt in range(3):
        try:
            stored = services.contacts.add(customer.id, data)  # type: ignore[arg-type]
            break
        except ValidationErrors as exc:
            refused = _check_refusal(exc, value)
            assert refused <= {"civility", "first_name", "last_name", "job_title"}, refused
            for name in refused:
                setattr(data, name, "")
            if not (data.first_name or data.last_name):
                data.last_name = "Repli"
    else:
        raise AssertionError("the contact could not be saved")
    [again] = services.contacts.list(customer.id)  # type: ignore[arg-type]
    assert again == stored
    for name in ("first_name", "last_name", "job_title"):
        if getattr(data, name):
            assert getattr(again, name) == _expected(name, getattr(data, name)), name
            assert unicodedata.is_normalized("NFC", getattr(again, name))
    if again.last_name.strip() and again.last_name != "Repli":
        found = [r.id for r in services.customers.page(CustomerQuery(text=again.last_name), 0, 200)]
        assert customer.id in found, again.last_name[:30]

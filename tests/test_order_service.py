"""OrderService on SQLite and PostgreSQL: customer defaults, numbers, totals, the editing rule,
conflicts, status transitions, the customer's order summary and the order list."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from crmdesk.domain.enums import OrderStatus
from crmdesk.domain.errors import (
    ConflictError,
    NotFoundError,
    OrderLockedError,
    TransitionError,
    ValidationErrors,
)
from crmdesk.domain.orders import TRANSITIONS
from crmdesk.domain.records import AddressData, CustomerData, OrderData, OrderLineData
from crmdesk.services import Services
from crmdesk.services.orders import OrderQuery, order_totals

S = OrderStatus


def ref_id(items, code: str) -> int:  # type: ignore[no-untyped-def]
    return next(item.id for item in items if item.code == code)


def customer(services: Services, name: str = "Boulangerie Martin", **kw: object) -> CustomerData:
    data = services.customers.new_customer()
    data.name = name
    # An order is validated only with a delivery address: every customer here has one unless told.
    data.addresses = [AddressData(street1="12 rue des Lilas", postal_code="75011", city="Paris", country="FR",
                                  is_default_billing=True, is_default_delivery=True)]
    for key, value in kw.items():
        setattr(data, key, value)
    return services.customers.create(data)


def line(description: str = "Farine T65", quantity: str = "1", price: str = "10", discount: str = "0",
         vat: str = "20") -> OrderLineData:
    return OrderLineData(description=description, quantity=Decimal(quantity), unit_price=Decimal(price),
                         discount_percent=Decimal(discount), vat_rate=Decimal(vat))


def place(services: Services, customer_id: int, when: date | None = None, lines: list[OrderLineData] | None = None,
          **kw: object) -> OrderData:
    order = services.orders.new_order_for(customer_id, when)
    order.lines = lines if lines is not None else [line()]
    for key, value in kw.items():
        setattr(order, key, value)
    return services.orders.create(order)


def move(services: Services, order: OrderData, *path: S) -> OrderData:
    for status in path:
        order = services.orders.set_status(order.id, status)  # type: ignore[arg-type]
    return order


# Shortest way to reach each status from a new draft.
PATHS: dict[S, tuple[S, ...]] = {
    S.DRAFT: (),
    S.VALIDATED: (S.VALIDATED,),
    S.PREPARED: (S.VALIDATED, S.PREPARED),
    S.SHIPPED: (S.VALIDATED, S.PREPARED, S.SHIPPED),
    S.DELIVERED: (S.VALIDATED, S.PREPARED, S.SHIPPED, S.DELIVERED),
    S.CANCELLED: (S.CANCELLED,),
}


# ---- defaults from the customer ------------------------------------------------

def test_new_order_takes_the_customers_defaults(services: Services) -> None:
    cat = services.catalog
    sepa = ref_id(cat.payment_methods(), "sepa")
    terms = ref_id(cat.payment_terms(), "45jfdm")
    carrier = ref_id(cat.carriers(), "geodis")
    c = customer(services, preferred_payment_method_id=sepa, payment_terms_id=terms, default_carrier_id=carrier,
                 addresses=[AddressData(street1="1 rue de la Paix", street2="Bât. A", postal_code="75002",
                                        city="Paris", recipient="Compta"),
                            AddressData(street1="ZI des Ormes", postal_code="69800", city="Saint-Priest",
                                        is_default_delivery=True)])
    draft = services.orders.new_order_for(c.id, date(2025, 4, 2))
    assert draft.id is None and draft.number == "" and draft.status == "draft"
    assert (draft.customer_id, draft.customer_code, draft.customer_name) == (c.id, c.code, c.name)
    assert draft.order_date == date(2025, 4, 2)
    assert (draft.payment_method_id, draft.payment_terms_id, draft.carrier_id) == (sepa, terms, carrier)
    b, d = draft.billing_address, draft.delivery_address
    assert (b.recipient, b.street1, b.street2, b.postal_code, b.city, b.country) == (
        "Compta", "1 rue de la Paix", "Bât. A", "75002", "Paris", "FR")
    # No recipient on the address: the customer's name.
    assert (d.recipient, d.street1, d.postal_code, d.city) == (c.name, "ZI des Ormes", "69800", "Saint-Priest")
    assert services.orders.new_order_for(c.id).order_date == date.today()
    # Nothing saved by asking for a draft.
    assert services.orders.count(OrderQuery()) == 0


def test_order_keeps_its_copy_of_the_addresses(services: Services) -> None:
    c = customer(services, addresses=[AddressData(street1="1 rue de la Paix", postal_code="75002", city="Paris")])
    order = place(services, c.id)
    address = services.customers.get(c.id).addresses[0]
    services.customers.update_address(c.id, replace(address, street1="99 avenue Foch", postal_code="75116"))
    edit = services.customers.get(c.id)
    edit.addresses[0].city = "Paris 16e"
    services.customers.update(edit)
    got = services.orders.get(order.id)  # type: ignore[arg-type]
    assert (got.billing_address.street1, got.billing_address.postal_code, got.billing_address.city) == (
        "1 rue de la Paix", "75002", "Paris")
    assert got.delivery_address.street1 == "1 rue de la Paix"
    # The order can carry its own addresses too.
    edited = replace(got, delivery_address=AddressData(recipient="Chantier", street1="Route de Lyon",
                                                      postal_code="01000", city="Bourg-en-Bresse", country="fr"))
    saved = services.orders.update(edited)
    assert saved.delivery_address.postal_code == "01000" and saved.delivery_address.country == "FR"
    [row] = services.orders.page(OrderQuery(), 0, 10)
    assert row.delivery_city == "Bourg-en-Bresse"


def test_customer_without_addresses_or_defaults(services: Services) -> None:
    c = customer(services, preferred_payment_method_id=None, addresses=[])
    draft = services.orders.new_order_for(c.id)
    assert draft.payment_method_id is None and draft.billing_address == AddressData()
    draft.lines = [line()]
    saved = services.orders.create(draft)
    assert saved.billing_address.country == "FR" and saved.billing_address.city == ""
    [row] = services.orders.page(OrderQuery(), 0, 10)
    assert row.payment_method == ""
    with pytest.raises(NotFoundError):
        services.orders.new_order_for(999_999)
    with pytest.raises(NotFoundError):
        services.orders.get(999_999)


# ---- numbers and totals -----------------------------------------------------------

def test_numbers_follow_the_year(services: Services) -> None:
    c = customer(services)
    numbers = [place(services, c.id, date(2025, 3, 1)).number for _ in range(3)]
    assert numbers == ["CMD-2025-000001", "CMD-2025-000002", "CMD-2025-000003"]
    assert place(services, c.id, date(2026, 1, 2)).number == "CMD-2026-000001"
    assert place(services, c.id, date(2025, 12, 31)).number == "CMD-2025-000004"
    today = place(services, c.id).number
    assert re.fullmatch(rf"CMD-{date.today().year}-\d{{6}}", today)


def test_totals_are_decimal_and_rounded_half_up(services: Services) -> None:
    c = customer(services)
    lines = [
        line("Café moulu", "3", "10.005"),  # 30.015 -> 30.02 at 20 %
        line("Sucre", "1", "19.99", discount="10", vat="5.5"),  # 17.991 -> 17.99 at 5.5 %
        line("Livre", "2", "7.125", vat="5.5"),  # 14.25 at 5.5 %
        line("Verre", "0.5", "3.33", vat="20.0"),  # 1.665 -> 1.67 at 20 %
    ]
    order = place(services, c.id, lines=lines)
    totals = order_totals(order.lines)
    assert totals.excl_tax == Decimal("63.93")
    # VAT per rate on the rounded bases: 20 % of 31.69 = 6.338 -> 6.34; 5.5 % of 32.24 = 1.7732 -> 1.77.
    assert totals.vat_by_rate == {Decimal("5.5"): Decimal("1.77"), Decimal("20"): Decimal("6.34")}
    assert totals.incl_tax == Decimal("72.04")
    [row] = services.orders.page(OrderQuery(), 0, 10)
    assert isinstance(row.total_excl_tax, Decimal) and isinstance(row.total_incl_tax, Decimal)
    assert (row.total_excl_tax, row.total_incl_tax, row.line_count) == (Decimal("63.93"), Decimal("72.04"), 4)
    got = services.orders.get(order.id)  # type: ignore[arg-type]
    assert [(ln.description, ln.quantity, ln.unit_price, ln.discount_percent, ln.vat_rate) for ln in got.lines] == [
        ("Café moulu", Decimal("3"), Decimal("10.005"), Decimal("0"), Decimal("20")),
        ("Sucre", Decimal("1"), Decimal("19.99"), Decimal("10"), Decimal("5.5")),
        ("Livre", Decimal("2"), Decimal("7.125"), Decimal("0"), Decimal("5.5")),
        ("Verre", Decimal("0.5"), Decimal("3.33"), Decimal("0"), Decimal("20")),
    ]
    assert all(isinstance(ln.unit_price, Decimal) and isinstance(ln.quantity, Decimal) for ln in got.lines)
    assert order_totals(got.lines) == totals
    assert services.orders.totals(OrderQuery()) == (Decimal("63.93"), Decimal("72.04"))


def test_large_amounts_keep_every_cent(services: Services) -> None:
    c = customer(services)
    place(services, c.id, lines=[line("Machine", "3", "333333.3333")])  # 999999.9999 -> 1000000.00
    place(services, c.id, lines=[line("Pièce", "7", "0.01")])
    assert services.orders.totals(OrderQuery()) == (Decimal("1000000.07"), Decimal("1200000.08"))


def test_invalid_lines_are_refused_with_nothing_saved(services: Services) -> None:
    c = customer(services)
    draft = services.orders.new_order_for(c.id)
    draft.lines = [line(""), line(quantity="0"), line(price="-1"), line(discount="101"), line(vat="-5")]
    with pytest.raises(ValidationErrors) as err:
        services.orders.create(draft)
    assert [e.field for e in err.value.errors] == ["order_lines"] * 5
    assert "Line 1" in err.value.errors[0].message and "Line 5" in err.value.errors[-1].message
    draft.lines = [line()]
    draft.customer_reference = "R" * 101
    with pytest.raises(ValidationErrors) as err:
        services.orders.create(draft)
    assert list(err.value.by_field()) == ["customer_reference"]
    assert services.orders.count(OrderQuery()) == 0
    assert services.customers.get(c.id).order_count == 0


# ---- the editing rule and conflicts ------------------------------------------------

@pytest.mark.parametrize("status", [S.DRAFT, S.VALIDATED])
def test_update_allowed_while_draft_or_validated(services: Services, status: S) -> None:
    c = customer(services)
    order = move(services, place(services, c.id, lines=[line(price="10")]), *PATHS[status])
    edit = replace(order, notes="Livrer le matin", customer_reference="BC-778",
                   lines=[line(price="10"), line("Levure", "2", "4.50", vat="5.5")])
    saved = services.orders.update(edit)
    assert saved.version == order.version + 1 and saved.status == status.value
    got = services.orders.get(order.id)  # type: ignore[arg-type]
    assert (got.notes, got.customer_reference, len(got.lines)) == ("Livrer le matin", "BC-778", 2)
    [row] = services.orders.page(OrderQuery(), 0, 10)
    assert (row.line_count, row.total_excl_tax, row.total_incl_tax) == (2, Decimal("19.00"), Decimal("21.50"))


@pytest.mark.parametrize("status", [S.PREPARED, S.SHIPPED, S.DELIVERED, S.CANCELLED])
def test_update_refused_once_prepared(services: Services, status: S) -> None:
    c = customer(services)
    order = move(services, place(services, c.id, customer_reference="BC-1"), *PATHS[status])
    before = services.orders.get(order.id)  # type: ignore[arg-type]
    with pytest.raises(OrderLockedError) as err:
        services.orders.update(replace(before, notes="trop tard", lines=[line(price="999")]))
    assert before.number in err.value.message
    after = services.orders.get(order.id)  # type: ignore[arg-type]
    assert after == before
    [row] = services.orders.page(OrderQuery(), 0, 10)
    assert row.total_excl_tax == Decimal("10.00")


def test_update_refused_when_a_colleague_prepared_it_meanwhile(services: Services) -> None:
    c = customer(services)
    order = move(services, place(services, c.id), S.VALIDATED)
    mine = services.orders.get(order.id)  # type: ignore[arg-type]
    services.orders.set_status(order.id, S.PREPARED)  # type: ignore[arg-type]
    with pytest.raises(OrderLockedError):
        services.orders.update(replace(mine, notes="modifié"))
    got = services.orders.get(order.id)  # type: ignore[arg-type]
    assert got.notes == "" and got.status == "prepared"


def test_stale_version_is_a_conflict(services: Services) -> None:
    c = customer(services)
    order = place(services, c.id)
    first = services.orders.get(order.id)  # type: ignore[arg-type]
    second = services.orders.get(order.id)  # type: ignore[arg-type]
    services.orders.update(replace(first, notes="premier"))
    with pytest.raises(ConflictError) as err:
        services.orders.update(replace(second, notes="second", lines=[line(price="50")]))
    assert order.number in err.value.message
    got = services.orders.get(order.id)  # type: ignore[arg-type]
    assert got.notes == "premier" and got.version == first.version + 1
    assert got.lines[0].unit_price == Decimal("10")
    # A status change also makes an earlier read stale.
    fresh = services.orders.get(order.id)  # type: ignore[arg-type]
    services.orders.set_status(order.id, S.VALIDATED)  # type: ignore[arg-type]
    with pytest.raises(ConflictError):
        services.orders.update(replace(fresh, notes="troisième"))
    assert services.orders.get(order.id).notes == "premier"  # type: ignore[arg-type]


def test_update_of_a_deleted_order(services: Services) -> None:
    c = customer(services)
    order = place(services, c.id)
    services.orders.delete_draft(order.id)  # type: ignore[arg-type]
    with pytest.raises(NotFoundError):
        services.orders.update(order)
    with pytest.raises(NotFoundError):
        services.orders.set_status(order.id, S.VALIDATED)  # type: ignore[arg-type]


# ---- status transitions ----------------------------------------------------------------

def test_every_allowed_transition(services: Services) -> None:
    c = customer(services)
    taken = 0
    for current, targets in TRANSITIONS.items():
        for target in targets:
            order = move(services, place(services, c.id), *PATHS[current])
            assert order.status == current.value
            changed = services.orders.set_status(order.id, target)  # type: ignore[arg-type]
            assert changed.status == target.value
            assert changed.version == order.version + 1
            assert services.orders.get(order.id).status == target.value  # type: ignore[arg-type]
            taken += 1
    assert taken == 8


def test_every_other_transition_is_refused(services: Services) -> None:
    c = customer(services)
    refused = 0
    for current in S:
        order = move(services, place(services, c.id), *PATHS[current])
        for target in S:
            if target in TRANSITIONS[current]:
                continue
            with pytest.raises(TransitionError):
                services.orders.set_status(order.id, target.value)  # type: ignore[arg-type]
            refused += 1
        got = services.orders.get(order.id)  # type: ignore[arg-type]
        assert (got.status, got.version) == (current.value, order.version)
    assert refused == 36 - 8


def test_status_change_with_a_stale_version(services: Services) -> None:
    c = customer(services)
    order = place(services, c.id)
    services.orders.update(replace(order, notes="changé"))
    with pytest.raises(ConflictError):
        services.orders.set_status(order.id, S.VALIDATED, expected_version=order.version)  # type: ignore[arg-type]
    assert services.orders.get(order.id).status == "draft"  # type: ignore[arg-type]
    ok = services.orders.set_status(order.id, S.VALIDATED, expected_version=order.version + 1)  # type: ignore[arg-type]
    assert ok.status == "validated"


# ---- the customer's order summary ---------------------------------------------------------

def _summary(services: Services, customer_id: int) -> tuple[int, int, date | None]:
    row = services.customers.row(customer_id)
    assert row is not None
    from crmdesk.services.customers import CustomerQuery

    open_ids = {r.id for r in services.customers.page(CustomerQuery(status="all", has_open_orders=True), 0, 100)}
    return row.order_count, int(customer_id in open_ids), row.last_order_date


def test_customer_summary_follows_the_orders(services: Services) -> None:
    c = customer(services)
    other = customer(services, "Autre")
    assert _summary(services, c.id) == (0, 0, None)
    first = place(services, c.id, date(2025, 1, 10))
    assert _summary(services, c.id) == (1, 1, date(2025, 1, 10))
    assert services.customers.get(c.id).order_count == 1
    second = place(services, c.id, date(2025, 3, 5))
    assert _summary(services, c.id) == (2, 1, date(2025, 3, 5))
    move(services, first, S.VALIDATED, S.PREPARED)
    assert _summary(services, c.id) == (2, 1, date(2025, 3, 5))
    services.orders.set_status(second.id, S.CANCELLED)  # type: ignore[arg-type]
    assert _summary(services, c.id) == (2, 0, date(2025, 3, 5))
    third = place(services, c.id, date(2024, 12, 1))
    assert _summary(services, c.id) == (3, 1, date(2025, 3, 5))
    services.orders.update(replace(third, order_date=date(2025, 6, 30)))
    assert _summary(services, c.id) == (3, 1, date(2025, 6, 30))
    services.orders.delete_draft(third.id)  # type: ignore[arg-type]
    assert _summary(services, c.id) == (2, 0, date(2025, 3, 5))
    assert _summary(services, other.id) == (0, 0, None)
    # Only drafts can be deleted.
    with pytest.raises(ConflictError):
        services.orders.delete_draft(first.id)  # type: ignore[arg-type]
    assert services.orders.count(OrderQuery(customer_id=c.id)) == 2
    services.orders.delete_draft(999_999)  # already gone: nothing to do


# ---- the order list -------------------------------------------------------------------

@pytest.fixture
def book(services: Services) -> dict[str, OrderData]:
    martin = customer(services, "Boulangerie Martin")
    muller = customer(services, "Müller GmbH")
    dupont = services.customers.create(replace(services.customers.new_customer(), kind="individual",
                                               first_name="Jean", last_name="Dupont"))
    return {
        "m1": place(services, martin.id, date(2025, 1, 5), customer_reference="BC-2025-017"),
        "m2": place(services, martin.id, date(2025, 2, 10), lines=[line(price="100")]),
        "u1": place(services, muller.id, date(2025, 2, 20), customer_reference="PO 4711",
                    lines=[line(price="50"), line(price="25", vat="5.5")]),
        "d1": place(services, dupont.id, date(2024, 12, 31), lines=[line(price="1.10")]),
    }


def _numbers(services: Services, query: OrderQuery) -> list[str]:
    rows = services.orders.page(query, 0, 100)
    assert services.orders.count(query) == len(rows)
    return [r.number for r in rows]


def test_order_search(services: Services, book: dict[str, OrderData]) -> None:
    n = {k: v.number for k, v in book.items()}
    assert n == {"m1": "CMD-2025-000001", "m2": "CMD-2025-000002", "u1": "CMD-2025-000003",
                 "d1": "CMD-2024-000001"}
    sort = {"sort": "number", "descending": False}
    assert _numbers(services, OrderQuery(text="CMD-2025-000002", **sort)) == [n["m2"]]  # type: ignore[arg-type]
    assert _numbers(services, OrderQuery(text="cmd-2024", **sort)) == [n["d1"]]  # type: ignore[arg-type]
    assert _numbers(services, OrderQuery(text="000003", **sort)) == [n["u1"]]  # type: ignore[arg-type]
    assert _numbers(services, OrderQuery(text="boulangerie", **sort)) == [n["m1"], n["m2"]]  # type: ignore[arg-type]
    assert _numbers(services, OrderQuery(text="Boulangerie Martin", **sort)) == [n["m1"], n["m2"]]  # type: ignore[arg-type]
    assert _numbers(services, OrderQuery(text="muller", **sort)) == [n["u1"]]  # type: ignore[arg-type]
    assert _numbers(services, OrderQuery(text="Mül", **sort)) == [n["u1"]]  # type: ignore[arg-type]
    assert _numbers(services, OrderQuery(text="dupont", **sort)) == [n["d1"]]  # type: ignore[arg-type]
    assert _numbers(services, OrderQuery(text="C000003", **sort)) == [n["d1"]]  # type: ignore[arg-type]
    assert _numbers(services, OrderQuery(text="c000001", **sort)) == [n["m1"], n["m2"]]  # type: ignore[arg-type]
    assert _numbers(services, OrderQuery(text="BC-2025-017", **sort)) == [n["m1"]]  # type: ignore[arg-type]
    assert _numbers(services, OrderQuery(text="po 4711", **sort)) == [n["u1"]]  # type: ignore[arg-type]
    assert _numbers(services, OrderQuery(text="4711", **sort)) == [n["u1"]]  # type: ignore[arg-type]
    assert _numbers(services, OrderQuery(text="introuvable")) == []
    assert _numbers(services, OrderQuery(text="%")) == []
    assert _numbers(services, OrderQuery(text="_")) == []


def test_order_filters_pages_and_totals(services: Services, book: dict[str, OrderData]) -> None:
    n = {k: v.number for k, v in book.items()}
    move(services, book["m2"], S.VALIDATED, S.PREPARED)
    services.orders.set_status(book["d1"].id, S.CANCELLED)  # type: ignore[arg-type]
    # Newest first by default.
    assert _numbers(services, OrderQuery()) == [n["u1"], n["m2"], n["m1"], n["d1"]]
    assert _numbers(services, OrderQuery(descending=False)) == [n["d1"], n["m1"], n["m2"], n["u1"]]
    assert _numbers(services, OrderQuery(statuses=("draft",))) == [n["u1"], n["m1"]]
    assert _numbers(services, OrderQuery(statuses=("prepared", "cancelled"))) == [n["m2"], n["d1"]]
    assert _numbers(services, OrderQuery(date_from=date(2025, 1, 5), date_to=date(2025, 2, 10))) == [
        n["m2"], n["m1"]]
    assert _numbers(services, OrderQuery(date_to=date(2024, 12, 31))) == [n["d1"]]
    assert _numbers(services, OrderQuery(date_from=date(2025, 2, 11))) == [n["u1"]]
    assert _numbers(services, OrderQuery(customer_id=book["m1"].customer_id)) == [n["m2"], n["m1"]]
    assert _numbers(services, OrderQuery(text="martin", statuses=("prepared",))) == [n["m2"]]
    assert _numbers(services, OrderQuery(sort="total_incl_tax", descending=True)) == [
        n["m2"], n["u1"], n["m1"], n["d1"]]
    assert _numbers(services, OrderQuery(sort="customer", descending=False)) == [n["m1"], n["m2"], n["d1"], n["u1"]]
    # Pages cover the list once, in order.
    full = services.orders.page(OrderQuery(), 0, 100)
    assert services.orders.page(OrderQuery(), 0, 3) + services.orders.page(OrderQuery(), 3, 3) == full
    assert services.orders.page(OrderQuery(), 4, 3) == []
    # Totals of what the query matches, cancelled orders never counted (d1, 1.10 excl.): 10 + 100 + 75
    # excl.; 12 + 120 + 86.38 incl.
    assert services.orders.totals(OrderQuery()) == (Decimal("185.00"), Decimal("218.38"))
    assert services.orders.totals(OrderQuery(text="martin")) == (Decimal("110.00"), Decimal("132.00"))
    assert services.orders.totals(OrderQuery(statuses=("shipped",))) == (Decimal("0.00"), Decimal("0.00"))
    row = next(r for r in full if r.number == n["u1"])
    assert (row.customer_name, row.customer_code, row.status, row.line_count, row.customer_reference) == (
        "Müller GmbH", "C000002", "draft", 2, "PO 4711")
    assert (row.total_excl_tax, row.total_incl_tax, row.order_date) == (
        Decimal("75.00"), Decimal("86.38"), date(2025, 2, 20))
    assert row.payment_method == "Bank transfer"

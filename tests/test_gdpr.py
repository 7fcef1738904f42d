"""GDPR: a customer's data exported as JSON and CSV in one zip; erasure deletes, or pseudonymises and keeps the
orders; customers inactive for more than 3 years pseudonymised in bulk. SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select, update

from crmdesk.domain.errors import NotFoundError
from crmdesk.domain.records import AddressData, CustomerData, OrderData, OrderLineData
from crmdesk.services import Services
from crmdesk.services.customers import CustomerQuery
from crmdesk.services.gdpr import GdprService
from crmdesk.store.models import Customer


def person(services: Services, name: str = "Jeanne Dupont", **kw: object) -> CustomerData:
    return services.customers.create(CustomerData(
        kind="individual", name=name, first_name=name.split()[0], last_name=name.split()[-1],
        email=f"{name.split()[0].lower()}@exemple.fr", phone="01 23 45 67 89", iban="FR7630006000011234567890189",
        notes="Allergique aux chats", addresses=[AddressData(street1="3 rue de la Paix", postal_code="75002",
                                                             city="Paris", recipient=name)], **kw))


def order_for(services: Services, customer_id: int, when: date | None = None) -> OrderData:
    data = services.orders.new_order_for(customer_id, when or date.today())
    data.lines = [OrderLineData(description="Pain", quantity=Decimal(2), unit_price=Decimal("1.20"))]
    return services.orders.create(data)


def test_export_holds_everything_about_the_customer(services: Services, tmp_path: Path) -> None:
    c = person(services)
    order = order_for(services, c.id)  # type: ignore[arg-type]
    other = person(services, "Paul Martin")
    path = GdprService(services.db).export_customer(c.id, tmp_path / "data.zip")  # type: ignore[arg-type]
    with zipfile.ZipFile(path) as zf:
        names = set(zf.namelist())
        data = json.loads(zf.read("customer.json"))
        lines = list(csv.DictReader(io.StringIO(zf.read("address.csv").decode("utf-8-sig")), delimiter=";"))
    assert {"customer.json", "customer.csv", "address.csv", "sales_order.csv", "order_line.csv"} <= names
    assert data["customer"][0]["email"] == "jeanne@exemple.fr"
    assert [o["number"] for o in data["sales_order"]] == [order.number]
    assert len(data["order_line"]) == 1
    assert lines[0]["street1"] == "3 rue de la Paix"
    assert "Paul" not in json.dumps(data) and other.id not in [a["customer_id"] for a in data["address"]]


def test_erase_without_orders_deletes(services: Services) -> None:
    c = person(services)
    assert GdprService(services.db).erase(c.id) == "deleted"  # type: ignore[arg-type]
    with pytest.raises(NotFoundError):
        services.customers.get(c.id)  # type: ignore[arg-type]


def test_erase_with_orders_pseudonymises_and_keeps_the_orders(services: Services) -> None:
    c = person(services)
    order = order_for(services, c.id)  # type: ignore[arg-type]
    assert GdprService(services.db).erase(c.id) == "pseudonymised"  # type: ignore[arg-type]
    after = services.customers.get(c.id)  # type: ignore[arg-type]
    assert after.name == f"Pseudonymised customer {c.code}" and after.code == c.code
    assert (after.email, after.phone, after.iban, after.notes, after.first_name, after.last_name) == ("",) * 6
    assert [(a.street1, a.recipient, a.postal_code, a.city) for a in after.addresses] == [("", "", "75002", "Paris")]
    assert after.order_count == 1  # the customer's order figures stay those of its kept orders
    kept = services.orders.get(order.id)  # type: ignore[arg-type]
    assert kept.lines[0].unit_price == Decimal("1.20") and kept.number == order.number
    assert services.customers.count(CustomerQuery(text="jeanne", status="all")) == 0  # search forgets the name
    assert services.customers.count(CustomerQuery(text="dupont", status="all")) == 0


def test_inactive_customers_listed_and_pseudonymised_in_bulk(services: Services) -> None:
    old = person(services, "Ancien Client")
    order_for(services, old.id, date.today() - timedelta(days=365 * 3 + 30))  # type: ignore[arg-type]
    recent = person(services, "Client Récent")
    order_for(services, recent.id)  # type: ignore[arg-type]
    never = person(services, "Jamais Venu")
    with services.db.session() as s:  # nothing changed for four years
        s.execute(update(Customer).where(Customer.id == never.id).values(
            updated_at=date.today() - timedelta(days=365 * 4)))
    gdpr = GdprService(services.db)
    listed = gdpr.inactive()
    assert {c.id for c in listed} == {old.id, never.id} and gdpr.inactive_count() == 2
    assert gdpr.pseudonymise([c.id for c in listed]) == 2
    assert gdpr.inactive() == []
    with services.db.read() as s:
        done = s.scalars(select(Customer.pseudonymised_at).where(Customer.id.in_([old.id, never.id]))).all()
    assert all(done)
    assert services.customers.get(recent.id).email == "client@exemple.fr"  # type: ignore[arg-type]

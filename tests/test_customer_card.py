"""The customer card's figures, credit control, contacts and history, through the services, on both backends.

Figures are checked against a direct computation from the orders (cancelled and draft orders never count);
the kept columns against a recomputation after every kind of order write; credit control in its three modes;
the history after every writing service, including a refused save (no entry) and who wrote it.
"""

from __future__ import annotations

import getpass
import time
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select, text

from crmdesk.demo.builder import fill_demo, generate
from crmdesk.domain.contacts import ContactData
from crmdesk.domain.credit import CreditLimitError, last_12_months, month_key
from crmdesk.domain.errors import ConflictError, ValidationErrors
from crmdesk.domain.records import AddressData, CustomerData, OrderData, OrderLineData
from crmdesk.services import Services
from crmdesk.services.customers import CustomerQuery
from crmdesk.services.orders import OrderQuery
from crmdesk.store.models import Contact, Customer, CustomerTurnover, HistoryEntry, SalesOrder

D = Decimal
TURNOVER = ("validated", "prepared", "shipped", "delivered")
OUTSTANDING = ("validated", "prepared", "shipped")


# ---- helpers ---------------------------------------------------------------------------------------

def make_customer(services: Services, name: str = "Fromagerie Dupré", limit: str | None = None,
                  control: str = "warn") -> CustomerData:
    c = services.customers.new_customer()
    c.name = name
    c.credit_limit = D(limit) if limit is not None else None
    c.credit_control = control
    c.addresses = [AddressData(street1="3 rue des Halles", postal_code="69002", city="Lyon")]
    return services.customers.create(c)


def make_order(services: Services, customer_id: int, amount: str, day: date | None = None,
               confirmed: bool = False) -> OrderData:
    """A draft whose total incl. tax is `amount` (no VAT on its one line)."""
    order = services.orders.new_order_for(customer_id, day)
    order.lines = [OrderLineData(description="Comté 18 mois", quantity=D(1), unit_price=D(amount), vat_rate=D(0))]
    return services.orders.create(order, credit_confirmed=confirmed)


def direct_figures(services: Services, customer_id: int, today: date) -> dict[str, object]:
    """What the figures must be, computed straight from the orders."""
    first, last = last_12_months(today)
    with services.db.read() as s:
        orders = s.execute(select(SalesOrder.order_date, SalesOrder.status, SalesOrder.total_excl_tax,
                                  SalesOrder.total_incl_tax).where(SalesOrder.customer_id == customer_id)).all()
    counted = [o for o in orders if o.status in TURNOVER]
    months: dict[int, Decimal] = {}
    for o in counted:
        months[month_key(o.order_date)] = months.get(month_key(o.order_date), D(0)) + D(o.total_excl_tax)
    total = sum((D(o.total_excl_tax) for o in counted), D(0))
    return {
        "turnover_12m": sum((D(o.total_excl_tax) for o in counted if first <= month_key(o.order_date) <= last), D(0)),
        "current_year": sum((D(o.total_excl_tax) for o in counted if o.order_date.year == today.year), D(0)),
        "previous_year": sum((D(o.total_excl_tax) for o in counted if o.order_date.year == today.year - 1), D(0)),
        "count": len(counted),
        "average": (total / len(counted)).quantize(D("0.01")) if counted else None,
        "last": max((o.order_date for o in counted), default=None),
        "outstanding": sum((D(o.total_incl_tax) for o in orders if o.status in OUTSTANDING), D(0)),
        "months": {m: a for m, a in months.items() if a},
    }


def assert_kept(services: Services, customer_id: int) -> None:
    """The kept columns and monthly rows equal a direct computation."""
    today = date.today()
    want = direct_figures(services, customer_id, today)
    with services.db.read() as s:
        c = s.get(Customer, customer_id)
        assert c is not None
        rows = {r.month: D(r.amount_excl_tax) for r in s.scalars(
            select(CustomerTurnover).where(CustomerTurnover.customer_id == customer_id))}
        assert D(c.turnover_12m) == want["turnover_12m"]
        assert D(c.outstanding_amount) == want["outstanding"]
        assert c.over_credit_limit == (c.credit_limit is not None and D(c.outstanding_amount) > D(c.credit_limit))
    assert {m: a for m, a in rows.items() if a} == want["months"]
    figures = services.activity.figures(customer_id, today)
    assert figures.turnover_12m == want["turnover_12m"]
    assert figures.turnover_current_year == want["current_year"]
    assert figures.turnover_previous_year == want["previous_year"]
    assert figures.order_count == want["count"]
    assert figures.average_order == want["average"]
    assert figures.last_order_date == want["last"]
    assert figures.outstanding == want["outstanding"]
    assert sum(a for _, a in figures.months) == want["turnover_12m"]


def history(services: Services, customer_id: int) -> list[tuple[str, str, str, str, str]]:
    return [(i.entity, i.action, i.field, i.old_value, i.new_value)
            for i in services.history.timeline(customer_id) if i.kind == "change"]


# ---- figures ---------------------------------------------------------------------------------------

def test_figures_match_the_orders_on_the_demo_data(services: Services) -> None:
    fill_demo(services)
    with services.db.read() as s:
        ids = list(s.scalars(select(Customer.id).order_by(Customer.id)))
        cancelled = s.scalar(select(func.count()).select_from(SalesOrder).where(SalesOrder.status == "cancelled"))
    assert len(ids) == 200 and cancelled
    for cid in ids:
        assert_kept(services, cid)
    # The order history's totals leave cancelled orders out.
    with services.db.read() as s:
        cid = s.scalar(select(SalesOrder.customer_id).where(SalesOrder.status == "cancelled").limit(1))
        want = s.scalar(select(func.sum(SalesOrder.total_excl_tax)).where(
            SalesOrder.customer_id == cid, SalesOrder.status != "cancelled")) or 0
    excl, _incl = services.orders.totals(OrderQuery(customer_id=cid))
    assert excl == D(want).quantize(D("0.01"))


def test_the_summary_follows_every_order_write(services: Services) -> None:
    c = make_customer(services, limit="1000")
    assert_kept(services, c.id)
    last_year = date(date.today().year - 1, 3, 15)
    a = make_order(services, c.id, "400")
    assert_kept(services, c.id)
    b = make_order(services, c.id, "300", last_year)
    services.orders.set_status(a.id, "validated")
    assert_kept(services, c.id)
    services.orders.set_status(b.id, "validated")
    assert_kept(services, c.id)
    # Edit a validated order: another amount.
    a = services.orders.get(a.id)
    a.lines[0].unit_price = D("450")
    services.orders.update(a)
    assert_kept(services, c.id)
    for status in ("prepared", "shipped"):
        services.orders.set_status(a.id, status)
        assert_kept(services, c.id)
    services.orders.set_status(a.id, "delivered")
    assert_kept(services, c.id)
    services.orders.set_status(b.id, "cancelled")
    assert_kept(services, c.id)
    d = make_order(services, c.id, "99")
    services.orders.delete_draft(d.id)
    assert_kept(services, c.id)
    figures = services.activity.figures(c.id)
    assert figures.turnover_12m == D("450") and figures.outstanding == 0 and figures.order_count == 1
    # Lowering the limit under the outstanding amount flags the customer at once.
    e = make_order(services, c.id, "800")
    services.orders.set_status(e.id, "validated")
    stored = services.customers.get(c.id)
    services.customers.update(replace(stored, credit_limit=D("500")), stored)
    assert_kept(services, c.id)
    assert services.customers.count(CustomerQuery(over_credit_limit=True)) == 1
    rows = services.customers.page(CustomerQuery(sort="outstanding_amount", descending=True), 0, 10)
    assert rows[0].id == c.id and rows[0].outstanding_amount == D("800") and rows[0].over_credit_limit


def test_twelve_months_roll_with_the_calendar(services: Services) -> None:
    from crmdesk.services.activity import roll_turnover

    c = make_customer(services)
    today = date.today()
    day = today.replace(day=1) - timedelta(days=300)  # ten months ago: in the window today, not in two months
    old = make_order(services, c.id, "100", day)
    services.orders.set_status(old.id, "validated")
    assert services.customers.get(c.id) and services.activity.figures(c.id).turnover_12m == D("100")
    # Two months later the order has left the window: the kept column follows once the month is rolled.
    later = today.replace(day=1) + timedelta(days=62)
    assert roll_turnover(services.db, later) >= 1
    with services.db.read() as s:
        assert D(s.scalar(select(Customer.turnover_12m).where(Customer.id == c.id))) == 0
    assert services.activity.figures(c.id, later).turnover_12m == 0
    assert roll_turnover(services.db, later) == 0  # nothing left to do this month


@pytest.mark.parametrize("orders", [10_000])
def test_a_customer_with_ten_thousand_orders(services: Services, orders: int) -> None:
    generate(services.db, customers=1, orders_per_customer=orders, progress=False)
    with services.db.read() as s:
        cid, count = s.execute(select(SalesOrder.customer_id, func.count()).group_by(SalesOrder.customer_id)).one()
    assert count >= orders * 0.8
    assert_kept(services, cid)
    started = time.perf_counter()
    figures = services.activity.figures(cid)
    read_ms = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    order = make_order(services, cid, "10", confirmed=True)
    services.orders.set_status(order.id, "validated", credit_confirmed=True)
    write_ms = (time.perf_counter() - started) / 2 * 1000
    assert_kept(services, cid)
    assert figures.order_count > 0
    # Generous bounds for a shared 2-core machine; typical figures are a tenth of these.
    assert read_ms < 1500, read_ms
    assert write_ms < 1500, write_ms


# ---- credit control --------------------------------------------------------------------------------

def test_credit_control_none_warn_block_and_override(services: Services) -> None:
    free = make_customer(services, "Sans contrôle", limit="100", control="none")
    make_order(services, free.id, "5000")  # no question asked

    warned = make_customer(services, "Épicerie Martin", limit="1000", control="warn")
    first = make_order(services, warned.id, "800")
    services.orders.set_status(first.id, "validated")
    with pytest.raises(CreditLimitError) as caught:
        make_order(services, warned.id, "300")
    assert not caught.value.blocking
    assert "800" in caught.value.message and "1,000" in caught.value.message  # the figures are shown
    with services.db.read() as s:
        assert s.scalar(select(func.count()).select_from(SalesOrder).where(SalesOrder.customer_id == warned.id)) == 1
    second = make_order(services, warned.id, "300", confirmed=True)
    assert ("order", "credit_confirmed") in [(e, a) for e, a, *_ in history(services, warned.id)]
    # Validating the second is checked too.
    with pytest.raises(CreditLimitError):
        services.orders.set_status(second.id, "validated")
    assert services.orders.get(second.id).status == "draft"
    services.orders.set_status(second.id, "validated", credit_confirmed=True)

    blocked = make_customer(services, "Boulangerie Roux", limit="1000", control="block")
    order = make_order(services, blocked.id, "900")
    services.orders.set_status(order.id, "validated")
    big = services.orders.new_order_for(blocked.id)
    big.lines = [OrderLineData(description="Four", quantity=D(1), unit_price=D("10146"), vat_rate=D(0))]
    with pytest.raises(CreditLimitError) as caught:
        services.orders.create(big)
    assert caught.value.blocking
    entries = history(services, blocked.id)
    assert entries[0][:2] == ("order", "credit_refused")  # the refusal itself is on record
    saved = services.orders.create(big, credit_confirmed=True)
    entries = history(services, blocked.id)
    assert ("order", "credit_override") in [(e, a) for e, a, *_ in entries]
    overrides = [i for i in services.history.timeline(order_id=saved.id) if i.action == "credit_override"]
    assert overrides and "10,146" in overrides[0].new_value
    # Raising an order within the limit asks nothing; lowering one never does.
    edited = services.orders.get(saved.id)
    edited.lines[0].unit_price = D("50")
    services.orders.update(edited)


def test_default_credit_control_comes_from_the_setting(services: Services) -> None:
    from crmdesk.services.activity import default_credit_control, set_default_credit_control

    assert services.customers.new_customer().credit_control == "warn"
    set_default_credit_control(services.db, "block")
    assert default_credit_control(services.db).value == "block"
    assert services.customers.new_customer().credit_control == "block"
    bad = services.customers.new_customer()
    bad.name = "X"
    bad.credit_control = "maybe"
    with pytest.raises(ValidationErrors) as caught:
        services.customers.create(bad)
    assert "credit_control" in caught.value.by_field()


# ---- contacts --------------------------------------------------------------------------------------

def test_contacts_at_most_one_main_and_searchable(services: Services) -> None:
    c = make_customer(services, "Garage Lefèvre")
    first = services.contacts.add(c.id, ContactData(first_name="Anne", last_name="Lefèvre", role="management"))
    assert first.is_main  # the first contact is the main one
    compta = services.contacts.add(c.id, ContactData(last_name="Bérénice Comptoir", role="accounting",
                                                     email="compta@garage-lefevre.fr", phone="04 72 00 11 22"))
    assert not compta.is_main
    services.contacts.set_main(compta.id)
    contacts = services.contacts.list(c.id)
    assert [x.is_main for x in contacts] == [False, True]
    third = services.contacts.add(c.id, ContactData(first_name="Paul", last_name="Roux", is_main=True))
    assert [x.is_main for x in services.contacts.list(c.id)] == [False, False, True]
    assert services.contacts.accounting_contact(c.id).id == compta.id  # type: ignore[union-attr]
    # The database refuses a second main contact whatever writes it.
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), services.db.engine.begin() as conn:
        conn.execute(text("UPDATE contact SET is_main = true WHERE id = :id"), {"id": first.id})
    # Found from the customer list by a contact's name, email or phone.
    for query in ("berenice", "compta@garage", "04 72 00 11"):
        found = services.customers.page(CustomerQuery(text=query), 0, 10)
        assert [r.id for r in found] == [c.id], query
    services.contacts.remove(third.id)
    assert [x.is_main for x in services.contacts.list(c.id)] == [True, False]  # the first left is main again
    with pytest.raises(ValidationErrors) as caught:
        services.contacts.add(c.id, ContactData(email="not an email"))
    assert {"email", "last_name"} <= set(caught.value.by_field())
    # A customer edit keeps the contacts searchable.
    stored = services.customers.get(c.id)
    services.customers.update(replace(stored, phone="04 78 00 00 00"), stored)
    assert [r.id for r in services.customers.page(CustomerQuery(text="berenice"), 0, 10)] == [c.id]


# ---- history ---------------------------------------------------------------------------------------

def test_every_writing_service_leaves_its_entries(services: Services, database_url: str) -> None:
    c = make_customer(services)
    assert history(services, c.id)[-2:] == [("address", "create", "", "", "3 rue des Halles, 69002 Lyon"),
                                            ("customer", "create", "", "", f"{c.code} Fromagerie Dupré")]
    stored = services.customers.get(c.id)
    services.customers.update(replace(stored, iban="FR76 3000 6000 0112 3456 7890 189", bic="AGRIFRPP",
                                      email="contact@dupre.fr"), stored)
    changes = {(f, o, n) for e, a, f, o, n in history(services, c.id) if e == "customer" and a == "update"}
    assert ("iban", "", "FR7630006000011234567890189") in changes
    assert ("bic", "", "AGRIFRPP") in changes and ("email", "", "contact@dupre.fr") in changes
    assert not any(f in {"version", "updated_at", "search_text", "sort_name"} for f, _o, _n in changes)
    items = services.history.timeline(c.id, text="iban")
    assert items and all(i.sensitive for i in items)

    address = services.customers.add_address(c.id, AddressData(street1="8 quai Rambaud", postal_code="69002",
                                                               city="Lyon"))
    services.customers.update_address(c.id, replace(address, city="Lyon 2e"))
    services.customers.remove_address(c.id, address.id)  # type: ignore[arg-type]
    entries = history(services, c.id)
    assert ("address", "update", "city", "Lyon", "Lyon 2e") in entries
    assert any(e == "address" and a == "delete" for e, a, *_ in entries)

    contact = services.contacts.add(c.id, ContactData(first_name="Léa", last_name="Dupré"))
    services.contacts.update(replace(contact, job_title="Gérante"))
    services.contacts.remove(contact.id)  # type: ignore[arg-type]
    entries = history(services, c.id)
    assert ("contact", "update", "job_title", "", "Gérante") in entries
    assert [a for e, a, *_ in entries if e == "contact"] == ["delete", "update", "create"]

    order = make_order(services, c.id, "120")
    edited = services.orders.get(order.id)
    edited.lines[0].quantity = D(2)
    edited.customer_reference = "BC-77"
    services.orders.update(edited)
    services.orders.set_status(order.id, "validated")
    on_order = [(i.action, i.field, i.old_value, i.new_value) for i in services.history.timeline(order_id=order.id)]
    assert on_order[0] == ("status", "status", "draft", "validated")
    assert ("update", "customer_reference", "", "BC-77") in on_order
    assert any(a == "update" and f == "lines" and "2 × Comté" in n for a, f, _o, n in on_order)
    assert on_order[-1][0] == "create"
    draft = make_order(services, c.id, "5")
    services.orders.delete_draft(draft.id)
    assert [i.action for i in services.history.timeline(order_id=draft.id)] == ["delete", "create"]

    services.customers.archive([c.id])
    services.customers.restore([c.id])
    actives = [(o, n) for e, a, f, o, n in history(services, c.id) if f == "active"]
    assert actives == [("false", "true"), ("true", "false")]

    # A refused save (someone else saved meanwhile) writes nothing, and loses nothing already written.
    before = history(services, c.id)
    stale = services.customers.get(c.id)
    services.customers.update(replace(stale, website="https://dupre.fr"), stale)
    count = len(history(services, c.id))
    with pytest.raises(ConflictError):
        services.customers.update(replace(stale, name="Autre nom"), stale)
    after = history(services, c.id)
    assert len(after) == count and after[-len(before):] == before

    # Who: the system user on SQLite, the database role on PostgreSQL.
    with services.db.read() as s:
        actors = set(s.scalars(select(HistoryEntry.actor).where(HistoryEntry.customer_id == c.id)))
    expected = getpass.getuser() if database_url.startswith("sqlite") else "postgres"
    assert actors == {expected}

    note = services.history.add_note(c.id, "call", "Rappeler mardi pour le devis")
    timeline = services.history.timeline(c.id)
    assert timeline[0].kind == "note" and timeline[0].new_value == "Rappeler mardi pour le devis"
    assert note.actor == expected
    assert [i.kind for i in services.history.timeline(c.id, kinds=["note"])] == ["note"]
    with pytest.raises(ValidationErrors):
        services.history.add_note(c.id, "call", "   ")

    # Deleting a customer (without orders) is recorded and its history stays.
    other = make_customer(services, "Éphémère")
    services.customers.delete(other.id)  # type: ignore[arg-type]
    assert history(services, other.id)[0][:2] == ("customer", "delete")


def test_history_is_append_only_in_the_services() -> None:
    from crmdesk.services import history as module

    public = [name for name in dir(module.HistoryService) if not name.startswith("_")]
    assert sorted(public) == ["add_note", "order_numbers", "timeline"]  # reading, and adding notes: no edit


def test_contacts_listed_with_the_main_one(services: Services) -> None:
    c = make_customer(services)
    with services.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Contact)) == 0
    services.contacts.add(c.id, ContactData(first_name="Jean", last_name="Roux", role="purchasing"))
    assert services.contacts.list(c.id)[0].full_name() == "Jean Roux"


# ---- categories ------------------------------------------------------------------------------------

def test_categories_extended_assigned_filtered_and_exposed(services: Services) -> None:
    a = make_customer(services, "Caviste Moreau")
    b = make_customer(services, "Épicerie fine Roche")
    wine = services.categories.add("Cavistes")
    fine = services.categories.add("Épiceries fines")
    assert services.categories.add("cavistes") == wine  # the same name is the same category
    with pytest.raises(ValidationErrors):
        services.categories.add("  ")
    services.categories.set_for_customer(a.id, [wine.id, fine.id])  # type: ignore[arg-type]
    services.categories.add_to_customer(b.id, fine.id)  # type: ignore[arg-type]
    assert [c.label for c in services.categories.of_customer(a.id)] == ["Cavistes", "Épiceries fines"]  # type: ignore[arg-type]
    assert {r.id for r in services.customers.page(CustomerQuery(category_id=fine.id), 0, 10)} == {a.id, b.id}
    assert [r.id for r in services.customers.page(CustomerQuery(category_id=wine.id), 0, 10)] == [a.id]
    assert services.customers.count(CustomerQuery(category_id=wine.id)) == 1
    row = services.customers.row(a.id)  # type: ignore[arg-type]
    assert row is not None and sorted(row.categories.split(", ")) == ["Cavistes", "Épiceries fines"]
    services.categories.remove_from_customer(a.id, wine.id)  # type: ignore[arg-type]
    changes = [(f, o, n) for e, act, f, o, n in history(services, a.id) if f == "categories"]  # type: ignore[arg-type]
    assert changes[0] == ("categories", "Cavistes, Épiceries fines", "Épiceries fines")


def test_gdpr_erasure_leaves_no_personal_data_in_the_history(services: Services) -> None:
    from crmdesk.services.gdpr import GdprService

    c = make_customer(services, "Jeanne Personnelle")
    stored = services.customers.get(c.id)  # type: ignore[arg-type]
    services.customers.update(replace(stored, email="jeanne@perso.fr", iban="FR7630006000011234567890189"), stored)
    make_order(services, c.id, "10")  # type: ignore[arg-type]  # with an order: pseudonymised, not deleted
    GdprService(services.db).erase(c.id)  # type: ignore[arg-type]
    with services.db.read() as s:
        values = [(h.action, h.old_value, h.new_value) for h in s.scalars(
            select(HistoryEntry).where(HistoryEntry.customer_id == c.id))]
    text_ = repr(values)
    assert "jeanne@perso.fr" not in text_ and "FR76300060000" not in text_ and "Personnelle" not in text_
    assert ("pseudonymised", "", "") in values


def test_a_new_company_with_a_contact_person_gets_it_as_first_contact(services: Services) -> None:
    c = services.customers.new_customer()
    c.name = "Menuiserie Blanc"
    c.civility, c.first_name, c.last_name, c.job_title = "Mme", "Inès", "Blanc", "Gérante"
    c.email = "ines@menuiserie-blanc.fr"
    saved = services.customers.create(c)
    [contact] = services.contacts.list(saved.id)  # type: ignore[arg-type]
    assert (contact.first_name, contact.last_name, contact.job_title, contact.email, contact.is_main) == (
        "Inès", "Blanc", "Gérante", "ines@menuiserie-blanc.fr", True)
    person = services.customers.new_customer()
    person.kind, person.first_name, person.last_name = "individual", "Paul", "Simon"
    person.name = "Paul Simon"
    assert services.contacts.list(services.customers.create(person).id) == []  # type: ignore[arg-type]

"""Demo data: `fill_demo` (crmdesk --demo) and `generate` (crmdesk demo), on SQLite and PostgreSQL."""

from __future__ import annotations

import io
import random
from datetime import date
from decimal import Decimal

import phonenumbers
import pytest
from sqlalchemy import func, select
from stdnum import ean, iban
from stdnum.fr import siren as std_siren
from stdnum.fr import siret as std_siret

from crmdesk.demo.builder import (
    Progress,
    fill_demo,
    generate,
    luhn_digit,
    make_ean13,
    make_iban,
    make_siren,
    make_siret,
    phone_forms,
)
from crmdesk.domain.enums import OrderStatus
from crmdesk.domain.validation import fold, phone_search_forms, validate_address, validate_customer, vat_from_siren
from crmdesk.services import Services
from crmdesk.services.common import customer_search_text
from crmdesk.services.contacts import contact_search_terms
from crmdesk.services.customers import CustomerQuery
from crmdesk.services.orders import OrderQuery, order_totals
from crmdesk.store.models import Address, Counter, Customer, OrderLine, Product, SalesOrder

ALL = CustomerQuery(status="all")


def _check_consistent(services: Services, sample: int | None = None) -> None:
    """Every summary column equals what the services would have computed, for all (or `sample`) customers."""
    db = services.db
    with db.read() as s:
        ids = list(s.scalars(select(Customer.id).order_by(Customer.id)))
        if sample is not None:
            ids = random.Random(7).sample(ids, min(sample, len(ids)))
        for cid in ids:
            c = s.get(Customer, cid)
            assert c is not None
            places = [(a.city, a.postal_code) for a in c.addresses]
            # With its contacts' names, emails and phones, as the services write it (issue 13).
            assert c.search_text == customer_search_text(c, places, contact_search_terms(s, cid)), c.code
            assert c.sort_name == fold(c.name)
            billing = [a for a in c.addresses if a.is_default_billing]
            delivery = [a for a in c.addresses if a.is_default_delivery]
            assert len(billing) == 1 and len(delivery) == 1 and 1 <= len(c.addresses) <= 3
            assert (c.billing_city, c.billing_postal_code) == (billing[0].city, billing[0].postal_code)
            orders = s.execute(select(SalesOrder.status, SalesOrder.order_date, SalesOrder.payment_method_id)
                               .where(SalesOrder.customer_id == cid)).all()
            assert c.order_count == len(orders)
            assert c.open_order_count == sum(1 for st, _, _ in orders if st in ("draft", "validated"))
            assert c.last_order_date == max((d for _, d, _ in orders), default=None)
            # The preferred payment method is the one of every order.
            assert all(pm == c.preferred_payment_method_id for _, _, pm in orders)


def _check_counters(services: Services) -> None:
    with services.db.read() as s:
        counters = {name: value for name, value in s.execute(select(Counter.name, Counter.value))}
        codes = list(s.scalars(select(Customer.code)))
        assert counters["customer"] >= max(int(code[1:]) for code in codes)
        for number in s.scalars(select(SalesOrder.number)):
            _, year, n = number.split("-")
            assert counters[f"order-{year}"] >= int(n), number


# ---- identifiers ------------------------------------------------------------------------------

def test_generated_identifiers_are_valid() -> None:
    rnd = random.Random(3)
    for _ in range(2000):
        siren = make_siren(rnd)
        assert std_siren.is_valid(siren)
        siret = make_siret(siren, rnd)
        assert std_siret.is_valid(siret) and siret.startswith(siren)
        number, bic = make_iban(rnd)
        assert iban.is_valid(number) and number.startswith("FR") and len(number) == 27
        assert len(bic) in (8, 11)
    assert luhn_digit("73282932") == "0"  # SIREN 732829320
    assert ean.is_valid(make_ean13("376000000001"))


def test_phone_forms_match_the_domain() -> None:
    for e164 in ("+33612345678", "+33145678912", "+262692123456", "+262262123456", "+596696123456",
                 "+590690123456", "+590590991234", "+596596611234"):
        assert phonenumbers.is_valid_number(phonenumbers.parse(e164)), e164
        assert phone_forms(e164) == phone_search_forms(e164)


# ---- fill_demo --------------------------------------------------------------------------------

def test_fill_demo(services: Services) -> None:
    assert fill_demo(services) is True
    customers = services.customers
    total = customers.count(ALL)
    assert 180 <= total <= 220
    kinds = {k: customers.count(CustomerQuery(status="all", kind=k)) for k in ("company", "individual")}
    assert kinds["company"] > 50 and kinds["individual"] > 20
    assert customers.count(CustomerQuery(status="archived")) > 0

    with services.db.read() as s:
        ids = list(s.scalars(select(Customer.id)))
        cities = set(s.scalars(select(Address.postal_code + " " + Address.city)))
        statuses = set(s.scalars(select(SalesOrder.status).distinct()))
        products = s.execute(select(Product.ean, Product.vat_rate, Product.reference)).all()
    for cid in ids:
        data = customers.get(cid)
        clean = validate_customer(data)  # raises on any invalid identifier
        for name in ("siren", "siret", "vat_number", "iban", "bic", "email", "phone", "mobile", "naf_code"):
            assert getattr(clean, name) == getattr(data, name), (data.code, name)
        if data.kind == "company":
            assert data.siret.startswith(data.siren) and data.vat_number == vat_from_siren(data.siren)
            assert data.legal_form
        else:
            assert data.first_name and data.last_name and data.name == f"{data.first_name} {data.last_name}"
        assert 1 <= len(data.addresses) <= 3
        for address in data.addresses:
            validate_address(address)
    assert {"01000 Bourg-en-Bresse", "97400 Saint-Denis", "20000 Ajaccio"} <= cities
    assert statuses == {s.value for s in OrderStatus}
    assert 90 <= len(products) <= 110
    assert all(ean.is_valid(code) for code, _, _ in products)
    assert {Decimal(str(rate)) for _, rate, _ in products} == {Decimal("20"), Decimal("10"), Decimal("5.5"),
                                                               Decimal("2.1")}
    # Names with accents and ligatures, found without them.
    assert customers.count(CustomerQuery(text="societe", status="all")) > 0
    assert customers.count(CustomerQuery(text="mull", status="all")) > 0
    assert customers.count(CustomerQuery(text="oenologie", status="all")) > 0
    _check_consistent(services)
    _check_counters(services)

    # Orders: lines and totals as the services compute them.
    page = services.orders.page(OrderQuery(), 0, 50)
    assert page
    for row in page[:20]:
        order = services.orders.get(row.id)
        assert order.lines
        assert order_totals(order.lines).incl_tax == row.total_incl_tax

    # The services carry on where the demo stopped.
    created = customers.create(customers.duplicate_draft(ids[0]))
    assert int(created.code[1:]) == total + 1
    new_order = services.orders.new_order_for(created.id)
    new_order.lines = services.orders.get(page[0].id).lines
    saved = services.orders.create(new_order)
    year = saved.order_date.year if saved.order_date else date.today().year
    with services.db.read() as s:
        previous = s.scalar(select(func.count()).select_from(SalesOrder).where(
            SalesOrder.number.startswith(f"CMD-{year}-")))
    assert saved.number == f"CMD-{year}-{previous:06d}"


def test_fill_demo_changes_nothing_on_a_non_empty_database(services: Services) -> None:
    assert fill_demo(services) is True
    with services.db.read() as s:
        before = (s.scalar(select(func.count()).select_from(Customer)),
                  s.scalar(select(func.count()).select_from(SalesOrder)),
                  s.scalar(select(func.count()).select_from(Product)))
    assert fill_demo(services) is False
    with services.db.read() as s:
        after = (s.scalar(select(func.count()).select_from(Customer)),
                 s.scalar(select(func.count()).select_from(SalesOrder)),
                 s.scalar(select(func.count()).select_from(Product)))
    assert after == before


def test_fill_demo_is_deterministic(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from crmdesk.store.database import open_database

    names = []
    for i in range(2):
        db = open_database(f"sqlite:///{tmp_path / f'd{i}.db'}")
        services = Services.open(db)
        fill_demo(services)
        with db.read() as s:
            names.append(list(s.execute(select(Customer.code, Customer.name, Customer.siret, Customer.email))))
        db.dispose()
    assert names[0] == names[1]


# ---- generate ---------------------------------------------------------------------------------

def test_generate(services: Services) -> None:
    stream = io.StringIO()
    assert generate(services.db, 2000, 2, seed=5, progress=True, batch_size=700, stream=stream) == 2000
    assert "2,000 customers" in stream.getvalue()
    customers = services.customers
    assert customers.count(ALL) == 2000
    with services.db.read() as s:
        orders = s.scalar(select(func.count()).select_from(SalesOrder))
        lines = s.scalar(select(func.count()).select_from(OrderLine))
        sample = s.execute(select(Customer.id, Customer.siret, Customer.vat_number, Customer.billing_city,
                                  Customer.email, Customer.phone, Customer.mobile)
                           .where(Customer.kind == "company").order_by(Customer.id).limit(5)).all()
    assert 3000 <= orders <= 5000 and lines >= orders
    _check_consistent(services, sample=300)
    _check_counters(services)
    for cid, siret, vat, city, email, phone, mobile in sample:
        for query in (siret, vat, email, phone_search_forms(phone or mobile).split()[1][:6]):
            found = customers.page(CustomerQuery(text=query, status="all"), 0, 2000)
            assert cid in [row.id for row in found], query
        assert customers.count(CustomerQuery(text=city, status="all")) > 0

    # Appending continues the codes and keeps everything consistent.
    generate(services.db, 300, 1, seed=6, progress=False)
    assert customers.count(ALL) == 2300
    codes = [row.code for row in customers.page(CustomerQuery(status="all", sort="code"), 0, 2300)]
    assert codes[-1] == "C002300" and len(set(codes)) == 2300
    _check_counters(services)
    # And the services carry on after the generated numbers.
    created = customers.create(customers.duplicate_draft(sample[0][0]))
    assert created.code == "C002301"


def test_generate_after_demo_and_interrupted_batch(services: Services) -> None:
    fill_demo(services)
    before = services.customers.count(ALL)

    class Interrupting(io.StringIO):
        """A progress stream that raises while the second batch is written (as Ctrl+C would)."""

        calls = 0

        def isatty(self) -> bool:
            return True

        def write(self, text: str) -> int:
            if text.startswith("\r") and "100/" in text:
                raise KeyboardInterrupt
            return super().write(text)

    with pytest.raises(KeyboardInterrupt):
        generate(services.db, 1000, 1, seed=3, batch_size=100, stream=Interrupting())
    # The first batch is complete, the second left nothing behind.
    assert services.customers.count(ALL) == before + 100
    _check_consistent(services, sample=150)
    _check_counters(services)


def test_bulk_generation_on_sqlite(sqlite_services: Services) -> None:
    """The one-transaction run of large SQLite data sets: same result, indexes and trigger back; interrupted,
    nothing at all changed."""
    from sqlalchemy import text

    services = sqlite_services
    fill_demo(services)
    with services.db.engine.connect() as conn:
        schema = sorted(conn.execute(text("SELECT type, name, sql FROM sqlite_master")).all())
    before = services.customers.count(ALL)

    class Interrupting(io.StringIO):
        def isatty(self) -> bool:
            return True

        def write(self, text_: str) -> int:
            if " 200/1000" in text_:  # after the first batch, inside the one transaction
                raise KeyboardInterrupt
            return super().write(text_)

    with pytest.raises(KeyboardInterrupt):
        generate(services.db, 1000, 1, seed=8, batch_size=200, stream=Interrupting(), bulk=True)
    assert services.customers.count(ALL) == before
    with services.db.engine.connect() as conn:
        assert sorted(conn.execute(text("SELECT type, name, sql FROM sqlite_master")).all()) == schema
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"

    assert generate(services.db, 1000, 1, seed=8, batch_size=300, progress=False, bulk=True) == 1000
    assert services.customers.count(ALL) == before + 1000
    with services.db.engine.connect() as conn:
        assert sorted(conn.execute(text("SELECT type, name, sql FROM sqlite_master")).all()) == schema
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        fts_rows = conn.exec_driver_sql("SELECT count(*) FROM customer_fts_docsize").scalar()
        assert fts_rows == before + 1000
    _check_consistent(services, sample=200)
    _check_counters(services)
    # The search tables answer for the new customers, and the trigger serves the services' writes again.
    newest = services.customers.page(CustomerQuery(status="all", sort="code", descending=True), 0, 1)[0]
    assert newest.id in [r.id for r in services.customers.page(CustomerQuery(text=newest.code, status="all"), 0, 5)]
    created = services.customers.create(services.customers.duplicate_draft(newest.id))
    assert services.customers.count(CustomerQuery(text=created.code, status="all")) == 1


def test_progress_bar_is_one_updating_line() -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    stream = Tty()
    bar = Progress(1000, stream)
    bar.update(500, force=True)
    bar.finish(1000, "done")
    out = stream.getvalue()
    assert out.count("\n") == 2 and out.startswith("\r[") and "1000/1000" in out and "/s" in out

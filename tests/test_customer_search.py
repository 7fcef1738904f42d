"""What the customer list reads, on SQLite and PostgreSQL: search (accents, case, phones, SIRET, VAT, places),
filters and their combinations, every sort, pages read backwards from the end, the counts, and on SQLite the
query plans (an index serves every sort; both search plans find the same rows)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from helpers import make_customer_at
from sqlalchemy import event, text, update

from crmdesk.demo.builder import generate
from crmdesk.domain.records import CustomerData
from crmdesk.services import Services, customer_search
from crmdesk.services.customers import SORT_COLUMNS, CustomerQuery
from crmdesk.store.models import Customer

ALL = CustomerQuery(status="all")


def ref(services: Services, code: str, kind: str = "method") -> int:
    items = services.catalog.payment_methods() if kind == "method" else services.catalog.payment_terms()
    return next(item.id for item in items if item.code == code)


customer = make_customer_at


@pytest.fixture
def people(services: Services) -> dict[str, CustomerData]:
    s = services
    made = {
        "societe": customer(s, "Société Générale des Eaux", city="Bourg-en-Bresse", postal="01000",
                            phone="+33 6 12 34 56 78", siret="73282932000074", vat_number="FR44732829320",
                            email="contact@sge.fr", payment_terms_id=ref(s, "30jfdm", "terms")),
        "muller": customer(s, "Boulangerie Müller", city="Strasbourg", postal="67000", phone="03 88 12 34 56",
                           preferred_payment_method_id=ref(s, "cheque")),
        "lefevre": customer(s, "Françoise Lefèvre", kind="individual", first_name="Françoise",
                            last_name="Lefèvre", city="Saint-Denis", postal="97400", mobile="0692 12 34 56",
                            preferred_payment_method_id=ref(s, "carte")),
        "corse": customer(s, "Œnologie Corse", city="Ajaccio", postal="20000", email="cave@oenologie-corse.fr"),
        "paris": customer(s, "Cœur de Paris", kind="individual", city="Paris", postal="75011"),
    }
    s.customers.archive([made["corse"].id])
    return made


def found(services: Services, query: CustomerQuery) -> list[int]:
    rows = services.customers.page(query, 0, 100)
    assert services.customers.count(query) == len(rows), query
    return [row.id for row in rows]


@pytest.mark.parametrize(("typed", "who"), [
    ("societe", ["societe"]), ("SOCIÉTÉ", ["societe"]), ("mull", ["muller"]), ("Müll", ["muller"]),
    ("lefevre", ["lefevre"]), ("françoise", ["lefevre"]), ("coeur", ["paris"]), ("œnolog", ["corse"]),
    ("06 12", ["societe"]), ("+33 6 12 34", ["societe"]), ("0612345678", ["societe"]),
    ("06.12.34.56.78", ["societe"]), ("0692 12", ["lefevre"]), ("03 88", ["muller"]),
    ("73282932000074", ["societe"]), ("732 829 320", ["societe"]), ("FR44732829320", ["societe"]),
    ("fr4473", ["societe"]), ("01000", ["societe"]), ("974", ["lefevre"]), ("bourg-en", ["societe"]),
    ("strasbourg", ["muller"]), ("saint-denis", ["lefevre"]), ("C000002", ["muller"]), ("c00000", None),
    ("sge.fr", ["societe"]), ("eaux soc", ["societe"]), ("so", ["societe"]), ("mu", ["muller"]),
    ("zzz", []), ("b m", ["muller"]),
])
def test_search_as_people_type_it(services: Services, people: dict[str, CustomerData], typed: str,
                                  who: list[str] | None) -> None:
    got = found(services, CustomerQuery(text=typed, status="all"))
    if who is None:  # every customer's code
        assert len(got) == len(people)
    else:
        assert sorted(got) == sorted(people[k].id for k in who), typed


def test_archived_customers_are_hidden_unless_asked_for(services: Services, people: dict[str, CustomerData]
                                                        ) -> None:
    corse = people["corse"].id
    assert found(services, CustomerQuery(text="ajaccio")) == []
    assert found(services, CustomerQuery(text="ajaccio", status="archived")) == [corse]
    assert found(services, CustomerQuery(text="ajaccio", status="all")) == [corse]
    assert services.customers.count(CustomerQuery()) == 4
    assert services.customers.count(CustomerQuery(status="archived")) == 1
    assert services.customers.count(ALL) == 5


def test_filters_combine_with_each_other_and_with_the_search(services: Services,
                                                             people: dict[str, CustomerData]) -> None:
    ids = {k: v.id for k, v in people.items()}
    assert found(services, CustomerQuery(kind="individual")) == [ids["paris"], ids["lefevre"]]
    assert found(services, CustomerQuery(kind="individual", place_prefix="75")) == [ids["paris"]]
    assert found(services, CustomerQuery(kind="individual", place_prefix="saint")) == [ids["lefevre"]]
    assert found(services, CustomerQuery(place_prefix="Bourg")) == [ids["societe"]]
    assert found(services, CustomerQuery(payment_method_id=ref(services, "cheque"))) == [ids["muller"]]
    assert found(services, CustomerQuery(payment_terms_id=ref(services, "30jfdm", "terms"))) == [ids["societe"]]
    assert found(services, CustomerQuery(text="fran", kind="individual")) == [ids["lefevre"]]
    assert found(services, CustomerQuery(text="fran", kind="company")) == []
    assert found(services, CustomerQuery(text="paris", place_prefix="7502")) == []  # the Paris one is in 75011
    assert found(services, CustomerQuery(text="paris", place_prefix="7501")) == [ids["paris"]]

    # Open orders and creation dates.
    order = services.orders.new_order_for(ids["muller"])
    services.orders.create(order)
    assert found(services, CustomerQuery(has_open_orders=True)) == [ids["muller"]]
    assert found(services, CustomerQuery(has_open_orders=True, kind="individual")) == []
    with services.db.session() as s:
        s.execute(update(Customer).where(Customer.id == ids["societe"])
                  .values(created_at=datetime(2024, 3, 1, 10, 30)))
    today = date.today()
    assert found(services, CustomerQuery(created_to=date(2024, 3, 1))) == [ids["societe"]]
    assert found(services, CustomerQuery(created_from=date(2024, 3, 2))) == sorted(
        [ids["muller"], ids["lefevre"], ids["paris"]], key=lambda i: services.customers.get(i).name.casefold())
    assert found(services, CustomerQuery(created_from=date(2024, 1, 1), created_to=today - timedelta(days=1))) == [
        ids["societe"]]
    assert found(services, CustomerQuery(created_from=today, text="mull")) == [ids["muller"]]


# ---- a larger list: sorts, pages, counts -------------------------------------------------------

@pytest.fixture
def many(services: Services) -> Services:
    """450 generated customers, some archived, some without orders or payment method (NULL sort keys)."""
    generate(services.db, 450, 1, seed=11, progress=False)
    with services.db.session() as s:
        s.execute(update(Customer).where(Customer.id % 7 == 0).values(preferred_payment_method_id=None))
    return services


def _all_ids(services: Services, query: CustomerQuery) -> list[int]:
    return [row.id for row in services.customers.page(query, 0, 10_000)]


@pytest.mark.parametrize("status", ["active", "all"])
@pytest.mark.parametrize("descending", [False, True], ids=["asc", "desc"])
def test_every_sort_reads_the_same_rows_forwards_and_backwards(many: Services, descending: bool,
                                                               status: str) -> None:
    customers = many.customers
    for key in SORT_COLUMNS:
        query = CustomerQuery(status=status, sort=key, descending=descending)
        everything = _all_ids(many, query)
        total = customers.count(query)
        assert total == len(everything) == len(set(everything))
        # Pages read from the end (second half) are the same slices as read from the start.
        for offset in (0, 150, total // 2 + 1, total - 170, total - 1):
            page = [row.id for row in customers.page(query, offset, 60, total)]
            assert page == everything[offset:offset + 60], (key, offset)
        assert customers.page(query, total, 60, total) == []
        reverse = _all_ids(many, replace(query, descending=not descending))
        if key in ("code", "name", "created_at"):
            assert reverse == everything[::-1], key


def test_nulls_sort_last_ascending_and_first_descending(many: Services) -> None:
    customers = many.customers
    for key, attribute in (("last_order_date", "last_order_date"), ("payment_method", "payment_method")):
        rows = customers.page(CustomerQuery(sort=key), 0, 10_000)
        values = [getattr(row, attribute) or None for row in rows]
        assert None in values and values[-1] is None and values[0] is not None, key
        first_null = values.index(None)
        assert all(v is None for v in values[first_null:]), key
        rows = customers.page(CustomerQuery(sort=key, descending=True), 0, 10_000)
        assert getattr(rows[0], attribute) in (None, ""), key


def test_counts_and_positions(many: Services) -> None:
    customers = many.customers
    for status in ("active", "archived", "all"):
        query = CustomerQuery(status=status)
        assert customers.count(query) == len(_all_ids(many, query))
    query = CustomerQuery(text="ma", sort="city")
    everything = _all_ids(many, query)
    assert customers.count(query) == len(everything) > 10
    for row in (0, 7, len(everything) - 1):
        assert customers.position(query, everything[row]) == row


def test_both_sqlite_search_plans_find_the_same_rows(sqlite_services: Services,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A rare search is read from its matches, a common one by walking the sort index (probing a match set
    or the word table row by row): whichever plan runs, the list is the same."""
    many = sqlite_services
    generate(many.db, 450, 1, seed=11, progress=False)
    customers = many.customers
    queries = [CustomerQuery(text=t, sort=sort, status=status, kind=kind)
               for t in ("a", "ma", "mar", "paris", "b ma", "06", "lyon 69")
               for sort, status, kind in (("name", "active", None), ("city", "all", "company"),
                                          ("last_order_date", "active", None))]
    expected = {q: (_all_ids(many, q), customers.count(q)) for q in queries}  # all rare here
    monkeypatch.setattr(customer_search, "RARE_MATCHES", 1)
    for q, (ids, count) in expected.items():
        assert ids, q
        assert _all_ids(many, q) == ids, q
        assert customers.count(q) == count, q
        assert [r.id for r in customers.page(q, 5, 20, count)] == ids[5:25], q
        assert [r.id for r in customers.page(q, 2500, 20, count)] == ids[2500:2520], q


# ---- SQLite query plans ----------------------------------------------------------------------------

def _plans(services: Services, call) -> list[str]:  # type: ignore[no-untyped-def]
    statements: list[tuple[str, object]] = []

    def capture(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("SELECT") and "ORDER BY" in statement:
            statements.append((statement, parameters))

    event.listen(services.db.engine, "before_cursor_execute", capture)
    try:
        call()
    finally:
        event.remove(services.db.engine, "before_cursor_execute", capture)
    plans = []
    with services.db.engine.connect() as conn:
        for statement, parameters in statements:
            rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).all()  # type: ignore[arg-type]
            plans.append(" | ".join(str(r[-1]) for r in rows))
    return plans


@pytest.mark.parametrize("status", ["active", "all"])
def test_an_index_serves_every_sort_on_sqlite(sqlite_services: Services, status: str) -> None:
    services = sqlite_services
    generate(services.db, 60, 1, seed=3, progress=False)
    for key in SORT_COLUMNS:
        for descending in (False, True):
            query = CustomerQuery(status=status, sort=key, descending=descending)
            plans = _plans(services, lambda q=query: services.customers.page(q, 30, 10))
            assert plans, key
            id_plan = plans[0]
            assert "TEMP B-TREE" not in id_plan and "USING" in id_plan, (key, descending, id_plan)
            if status == "active":
                assert "COVERING INDEX" in id_plan, (key, descending, id_plan)


def test_sqlite_search_plans(sqlite_services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    services = sqlite_services
    generate(services.db, 60, 0, seed=3, progress=False)
    # Rare: read from the matches (rowid lookups), sorted afterwards.
    plan = _plans(services, lambda: services.customers.page(CustomerQuery(text="paris"), 0, 10))[0]
    assert "INTEGER PRIMARY KEY" in plan and "TEMP B-TREE FOR ORDER BY" in plan, plan
    # Common: walk the sort index, no sort.
    monkeypatch.setattr(customer_search, "RARE_MATCHES", 1)
    plan = _plans(services, lambda: services.customers.page(CustomerQuery(text="paris", sort="city"), 0, 10))[0]
    assert "ix_customer_active_city" in plan and "TEMP B-TREE" not in plan, plan
    with services.db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM sqlite_master WHERE name LIKE 'ix_customer_%nl_%'")
                            ).scalar() == 4

"""Every plan the customer search can choose finds the same rows, on both backends; and on PostgreSQL the
word table the plans read (migration 0014) follows every write of a customer's search text."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select, text, update

from crmdesk.demo.builder import generate
from crmdesk.domain.contacts import ContactData
from crmdesk.domain.search import matches, search_terms, text_words
from crmdesk.services import Services, customer_search
from crmdesk.services.customers import CustomerQuery
from crmdesk.store.database import open_database
from crmdesk.store.models import Customer

QUERIES = ("a", "ma", "mar", "paris", "b ma", "06", "06 1", "lyon 69", "etab", "soc", "de saint", "zz", "pa ma",
           "3 7 2", "m de d")
SHAPES = (("name", "active", None), ("city", "all", "company"), ("last_order_date", "active", None))

# The plans each backend can choose, and the settings that make it choose each: the thresholds, not the
# code paths, are changed.
PLANS = {
    "sqlite": {"rare": {}, "walk": {"RARE_MATCHES": 1}},
    "postgresql": {"rare": {},
                   "walk": {"RARE_MATCHES": 1, "PG_WALK_ROWS": 10**9},
                   "matches read and intersected": {"RARE_MATCHES": 1, "PG_WALK_ROWS": 0}},
}


@pytest.fixture
def many(services: Services) -> Services:
    generate(services.db, 450, 1, seed=11, progress=False)
    return services


def _ids(services: Services, query: CustomerQuery) -> list[int]:
    return [row.id for row in services.customers.page(query, 0, 10_000)]


def test_every_search_plan_finds_the_same_rows(many: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    customers = many.customers
    with many.db.read() as s:
        texts = dict(s.execute(select(Customer.id, Customer.search_text).where(Customer.active.is_(True))).all())
    queries = [CustomerQuery(text=t, sort=sort, status=status, kind=kind) for t in QUERIES
               for sort, status, kind in SHAPES]
    expected = {q: (_ids(many, q), customers.count(q)) for q in queries}  # every search is rare at 450
    for t in QUERIES:  # and the rare plan is the rule's
        ids, _count = expected[CustomerQuery(text=t)]
        assert set(ids) == {cid for cid, st in texts.items() if matches(search_terms(t), st)}, t
    assert sum(1 for ids, _ in expected.values() if ids) >= len(queries) - len(SHAPES)
    for plan, settings in PLANS[many.db.dialect].items():
        with monkeypatch.context() as m:
            for name, value in settings.items():
                m.setattr(customer_search, name, value)
            for q, (ids, count) in expected.items():
                assert _ids(many, q) == ids, (plan, q)
                assert customers.count(q) == count, (plan, q)
                assert [r.id for r in customers.page(q, 5, 20, count)] == ids[5:25], (plan, q)


# ---- PostgreSQL: the plans are the ones meant, and the word table is kept ----------------------------

@pytest.fixture
def pg(pg_cluster) -> Iterator[Services]:  # type: ignore[no-untyped-def]
    """PostgreSQL only (SQLite's plans: tests/test_customer_search.py): 450 generated customers."""
    database = open_database(pg_cluster.create_database())
    generate(database, 450, 1, seed=11, progress=False)
    yield Services.open(database)
    database.dispose()


def _plan(services: Services, query: CustomerQuery) -> str:
    """PostgreSQL's plan of the statement that reads the first page's ids."""
    captured: list[tuple[str, object]] = []
    from sqlalchemy import event

    def capture(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        if "ORDER BY" in statement and statement.lstrip().startswith("SELECT customer.id"):
            captured.append((statement, parameters))

    event.listen(services.db.engine, "before_cursor_execute", capture)
    try:
        services.customers.page(query, 0, 50)
    finally:
        event.remove(services.db.engine, "before_cursor_execute", capture)
    assert captured, "no page statement seen"
    statement, parameters = captured[0]
    with services.db.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        with raw.cursor() as cur:
            cur.execute("EXPLAIN " + statement, parameters)
            return "\n".join(row[0] for row in cur.fetchall())


@pytest.mark.postgres
def test_postgresql_chooses_the_plan_the_thresholds_say(pg: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    """Which plan the search writes (the planner's choice of indexes at 450 rows is its own): rare, the
    matches as an array built once; common, a probe per row walked; common but sorted late, the ranges
    intersected."""
    with pg.db.session() as s:
        s.execute(text("ANALYZE"))
    rare = _plan(pg, CustomerQuery(text="paris"))
    assert "InitPlan" in rare and "SubPlan" not in rare, rare
    monkeypatch.setattr(customer_search, "RARE_MATCHES", 1)
    monkeypatch.setattr(customer_search, "PG_WALK_ROWS", 10**9)
    walk = _plan(pg, CustomerQuery(text="paris"))
    assert "SubPlan" in walk and "InitPlan" not in walk, walk
    monkeypatch.setattr(customer_search, "PG_WALK_ROWS", 0)
    late = _plan(pg, CustomerQuery(text="paris ma"))
    assert "InitPlan" in late and "SetOp" in late, late
    short = _plan(pg, CustomerQuery(text="06 1"))  # two short words: one lookup of the prefix index
    assert "customer_prefix" in short, short


def _words(services: Services) -> dict[int, set[str]]:
    with services.db.read() as s:
        out: dict[int, set[str]] = {}
        for cid, word in s.execute(text("SELECT customer_id, word FROM customer_word")):
            out.setdefault(cid, set()).add(word)
        return out


def _expected(services: Services) -> dict[int, set[str]]:
    with services.db.read() as s:
        return {cid: set(text_words(st)) for cid, st in s.execute(select(Customer.id, Customer.search_text))
                if text_words(st)}


def _prefixes(services: Services) -> dict[int, set[str]]:
    with services.db.read() as s:
        return {cid: set(p) for cid, p in s.execute(text("SELECT customer_id, prefixes FROM customer_prefix")) if p}


def _expected_prefixes(services: Services) -> dict[int, set[str]]:
    return {cid: {w[:n] for w in words for n in (1, 2) if len(w) >= n} for cid, words in _expected(services).items()}


@pytest.mark.postgres
def test_the_postgresql_word_table_follows_every_write(pg: Services) -> None:
    # The demo's COPY, then each way a search text changes; the short prefixes (migration 0015) with them.
    assert _words(pg) == _expected(pg)
    assert _prefixes(pg) == _expected_prefixes(pg)
    customers = pg.customers
    first = customers.get(1)
    first.name = "Quincaillerie Zébulon"
    customers.update(first)
    assert "zebulon" in _words(pg)[1] and _words(pg) == _expected(pg)
    assert [r.id for r in customers.page(CustomerQuery(text="zébul"), 0, 10)] == [1]
    pg.contacts.add(2, ContactData(first_name="Yolande", last_name="Xérès"))
    assert "xeres" in _words(pg)[2] and _words(pg) == _expected(pg)
    made = customers.create(_new(pg, "Wagner Outillage"))
    assert "wagner" in _words(pg)[made.id]
    customers.delete(made.id)
    assert made.id not in _words(pg) and _words(pg) == _expected(pg)
    with pg.db.session() as s:  # a write the services do not make: the trigger still keeps the table
        s.execute(update(Customer).where(Customer.id == 3).values(search_text="vieux texte"))
    assert _words(pg)[3] == {"vieux", "texte"}
    assert _prefixes(pg)[3] == {"v", "vi", "t", "te"} and _prefixes(pg) == _expected_prefixes(pg)


def _new(services: Services, name: str):  # type: ignore[no-untyped-def]
    data = services.customers.new_customer()
    data.name = name
    return data

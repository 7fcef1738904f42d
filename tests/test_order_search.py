"""The order list's search (issue 16): the customers' rule (crmdesk.domain.search) on the order's number and
PO reference or on its customer; it narrows as characters are added, the SQL answers what the rule written
in Python says (on both backends, with both SQLite plans), the order words follow every write, and migration
0009 back-fills them."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

import pytest
from alembic import command
from sqlalchemy import select

from crmdesk.demo.builder import fill_demo
from crmdesk.domain.search import order_matches, order_words, search_terms, text_words
from crmdesk.services import Services, order_search
from crmdesk.services.orders import OrderQuery
from crmdesk.store.database import alembic_config
from crmdesk.store.models import Customer, OrderWord, SalesOrder


@pytest.fixture
def demo(services: Services) -> Services:
    fill_demo(services)
    return services


@pytest.fixture(params=["rare", "common"])
def plan(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Both SQLite plans over the small demo data: from the match set ("rare"), or walking the sort index
    and probing each order ("common", forced by a tiny threshold)."""
    if request.param == "common":
        monkeypatch.setattr(order_search, "RARE_ORDERS", 3)
    return str(request.param)


def _orders(services: Services) -> dict[int, tuple[str, str, str]]:
    with services.db.read() as s:
        return {oid: (number, ref or "", text or "") for oid, number, ref, text in s.execute(
            select(SalesOrder.id, SalesOrder.number, SalesOrder.customer_reference, Customer.search_text)
            .join(Customer, Customer.id == SalesOrder.customer_id))}


def _ids(services: Services, typed: str, sort: str = "date") -> list[int]:
    query = OrderQuery(text=typed, sort=sort)
    rows = services.orders.page(query, 0, 100_000)
    assert services.orders.count(query) == len(rows), typed  # the count and the rows agree
    return [row.id for row in rows]


def _expected(orders: dict[int, tuple[str, str, str]], typed: str) -> set[int]:
    terms = search_terms(typed)
    return {oid for oid, (number, ref, text) in orders.items() if order_matches(terms, number, ref, text)}


def _samples(orders: dict[int, tuple[str, str, str]], seed: int, how_many: int) -> list[str]:
    """What people type in the order list, from the demo data: customer names and codes, PO references,
    order numbers (whole), and pieces of them (a word of a name, the digits of a PO reference)."""
    with_ref = sorted({ref for _n, ref, _t in orders.values() if ref})
    assert with_ref, "the demo data has PO references"
    rnd = random.Random(seed)
    values = list(orders.values())
    out: list[str] = []
    while len(out) < how_many:
        number, ref, text = rnd.choice(values)
        kind = len(out) % 5
        if kind == 0:
            out.append(number)
        elif kind == 1:
            out.append(rnd.choice(with_ref))
        elif kind == 2:
            out.append(rnd.choice(with_ref).split("-")[-1])  # "0417" of "BC-2025-0417"
        elif kind == 3:
            out.append(rnd.choice(text_words(text)))  # a word of the customer: name, code, city...
        else:
            out.append(text[:14])  # the start of the customer's text (code and name)
    return out


def test_each_prefix_narrows_and_equals_the_rule(demo: Services, plan: str) -> None:
    """Every prefix of numbers, PO references, customer names and codes, one character at a time: each
    answer is among the previous one's, never empty, and exactly what the rule in Python says."""
    orders = _orders(demo)
    for sample in _samples(orders, seed=16 if plan == "rare" else 17, how_many=10):
        previous: set[int] | None = None
        for end in range(1, len(sample) + 1):
            typed = sample[:end]
            got = set(_ids(demo, typed))
            if typed.strip(" -"):
                assert got, f"{typed!r} shows 0 orders while {sample!r} exists"
            if previous is not None:
                assert got <= previous, (typed, sorted(got - previous)[:5])
            assert got == _expected(orders, typed), typed
            previous = got


@pytest.mark.parametrize("sort", ["date", "customer", "number", "total_incl_tax"])
def test_every_sort_gives_the_same_matches_in_its_order(demo: Services, plan: str, sort: str) -> None:
    orders = _orders(demo)
    everything = _ids(demo, "", sort)
    for typed in ("c", "bc", "2026", "BC-20", "m", "ma"):
        got = _ids(demo, typed, sort)
        assert set(got) == _expected(orders, typed), (typed, sort)
        assert got == [oid for oid in everything if oid in set(got)], (typed, sort)  # the list's order


def test_order_number_prefixes(demo: Services) -> None:
    """The start of an order number, the way people type it: "CMD-2026-00000" (once 0 orders: the range
    end U+FFFF was stripped by the cleaning of typed text)."""
    orders = _orders(demo)
    number = max(n for n, _r, _t in orders.values())
    year = number.split("-")[1]
    for typed in (f"CMD-{year}-00000", f"cmd-{year}-0000", f"CMD-{year}", number, number.lower()):
        got = set(_ids(demo, typed))
        assert got and got == _expected(orders, typed), typed
    assert set(_ids(demo, number)) >= {oid for oid, (n, _r, _t) in orders.items() if n == number}
    assert _ids(demo, "%") == [] and _ids(demo, "_") == []
    assert _ids(demo, "CMD-\uffff") == _ids(demo, "CMD")  # pasted junk is dropped, as in every search box


def test_the_words_follow_every_write(services: Services) -> None:
    c = services.customers.new_customer()
    c.name = "Quincaillerie Zébulon"
    customer = services.customers.create(c)
    order = services.orders.create(replace(services.orders.new_order_for(customer.id, date(2026, 3, 4)),  # type: ignore[arg-type]
                                           customer_reference="Réf. Œuvre-77"))
    assert order.id is not None
    assert _ids(services, "oeuvre 77") == [order.id]
    assert _ids(services, "ref") == [order.id]
    assert _ids(services, "zeb") == [order.id]  # through the customer
    services.orders.update(replace(services.orders.get(order.id), customer_reference="PO 4711"))
    assert _ids(services, "oeuvre") == []
    assert _ids(services, "po 47") == [order.id] and _ids(services, "4711") == [order.id]
    with services.db.read() as s:
        words = set(s.scalars(select(OrderWord.word).where(OrderWord.order_id == order.id)))
    assert words == order_words(order.number, "PO 4711") == {"cmd", "2026", order.number[-6:], "po", "4711"}
    services.orders.delete_draft(order.id)
    assert _ids(services, "4711") == []
    with services.db.read() as s:
        assert s.scalar(select(OrderWord.order_id).where(OrderWord.order_id == order.id)) is None


def test_migration_back_fills_the_words_of_existing_orders(demo: Services) -> None:
    with demo.db.read() as s:
        written = {tuple(r) for r in s.execute(select(OrderWord.order_id, OrderWord.word))}
    assert written
    with demo.db.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0008")
    with demo.db.engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    with demo.db.read() as s:
        assert {tuple(r) for r in s.execute(select(OrderWord.order_id, OrderWord.word))} == written


def test_the_ascii_shortcut_cuts_words_as_the_rule() -> None:
    for number, ref in [("CMD-2026-000123", "BC-2026-0042"), ("CMD-2026-000001", "PO_12/a.b  x"),
                        ("CMD-2026-000002", "Réf Œuvre ß"), ("CMD-2026-000003", "")]:
        assert order_words(number, ref) == set(text_words(f"{number} {ref}"))

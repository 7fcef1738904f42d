"""The order list's search in SQL: the customers' rule (crmdesk.domain.search), applied to orders.

An order matches a search when the search matches its own text (number and PO reference: each typed word
starts one of their words, or the typed digit run does) or its customer (the customer list's rule, on the
customer's search text). Both narrow as characters are added, so their union does.

- Own text: the table `order_word` (order_id, word), kept with every order write, read by word prefix on
  `ix_order_word_word` (a range on SQLite, LIKE 'w%' with the pattern operators on PostgreSQL).
- Customer: the customer search's SQL (services/customer_search.py: the FTS5 word table on SQLite), then
  the customer's orders from `ix_sales_order_customer`.

On SQLite the plan comes from capped counts, as for customers (order_plan): a rare search is read from its
match set and sorted; a common one walks the list's sort index and probes each order.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, delete, exists, false, func, insert, literal_column, or_, select
from sqlalchemy.orm import Session, aliased

from crmdesk.domain.search import SearchTerms, order_words, search_terms
from crmdesk.services.customer_search import WordGroup, customer_text_filter
from crmdesk.store.models import Customer, OrderWord, SalesOrder

# Fewer matching orders than this: read them from the match set and sort them (a few ms); more: walk the
# sort index, where a page of 200 rows costs 200 / (share matching) probes.
RARE_ORDERS = 20_000


def write_words(s: Session, order_id: int, number: str, reference: str) -> None:
    """Replace the order's words (in the caller's transaction)."""
    s.execute(delete(OrderWord).where(OrderWord.order_id == order_id))
    words = order_words(number, reference)
    if words:
        s.execute(insert(OrderWord), [{"order_id": order_id, "word": w} for w in sorted(words)])


def word_rows(orders: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows of `order_word` for bulk-inserted orders (the demo generator)."""
    return [{"order_id": o["id"], "word": w} for o in orders
            for w in sorted(order_words(o["number"], o.get("customer_reference") or ""))]


def _after(prefix: str) -> str:
    """The first string after every string starting with `prefix` (its last character plus one): the end of
    the prefix range, built from the cleaned, folded word (no sentinel character that text cleaning could
    strip)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def _starts_on(table: Any, dialect: str, word: str) -> ColumnElement[bool]:
    if dialect == "sqlite":
        return and_(table.word >= word, table.word < _after(word))
    # Words hold letters and digits only: no LIKE wildcard to escape.
    return table.word.like(f"{word}%")


def _starts(dialect: str, word: str) -> ColumnElement[bool]:
    return _starts_on(OrderWord, dialect, word)


def _word_set(dialect: str, word: str) -> Select:
    return select(OrderWord.order_id).where(_starts(dialect, word))


def own_set(dialect: str, terms: SearchTerms, words: list[str] | None = None) -> Select:
    """Ids of the orders whose own words match (every word; or the digit run). The first of `words` (the
    typed words, rarest first where known; else longest first) drives; the others are probed on the
    primary key (order_id, word) of each candidate: an IN (set) would build the set of "cmd" (every order)
    for "CMD-2026-00000"."""
    ordered = words or sorted(terms.words, key=len, reverse=True)
    stmt = _word_set(dialect, ordered[0])
    for w in ordered[1:]:
        other = aliased(OrderWord)
        stmt = stmt.where(exists(select(literal_column("1")).select_from(other).where(
            other.order_id == OrderWord.order_id, _starts_on(other, dialect, w))))
    if terms.digits is not None:
        return select(stmt.union(_word_set(dialect, terms.digits)).subquery().c[0])
    return stmt


def own_probe(dialect: str, terms: SearchTerms) -> ColumnElement[bool]:
    """The same test row by row: a lookup of the order's few words on the primary key per typed word."""
    def has(word: str) -> ColumnElement[bool]:
        return exists(select(literal_column("1")).select_from(OrderWord)
                      .where(OrderWord.order_id == SalesOrder.id, _starts(dialect, word)))
    words = and_(*[has(w) for w in terms.words])
    return words if terms.digits is None else or_(words, has(terms.digits))


def customer_set(dialect: str, text_: str) -> Select:
    where = customer_text_filter(dialect, text_)
    assert where is not None
    return select(Customer.id).where(where)


def _capped(s: Session, stmt: Select, cap: int) -> int:
    return int(s.scalar(select(func.count()).select_from(stmt.limit(cap).subquery())) or 0)


def order_filter(s: Session | None, dialect: str, text_: str, counting: bool = True) -> ColumnElement[bool] | None:
    """The WHERE clause of the search `text_` on sales_order (None: no search). With a session on SQLite
    and not counting, the form that reads a first page fastest (see the module's docstring)."""
    if not text_.strip():
        return None
    terms = search_terms(text_)
    if not terms:
        return false()  # only punctuation ("%", "_"): no word to find
    if dialect != "sqlite" or counting or s is None:
        return or_(SalesOrder.id.in_(own_set(dialect, terms)),
                   SalesOrder.customer_id.in_(customer_set(dialect, text_)))
    # Each word's matches counted up to the cap (a few ms: index entries only); the rarest drives.
    counts = {w: _capped(s, _word_set(dialect, w), RARE_ORDERS) for w in set(terms.words)}
    words = sorted(counts, key=lambda w: (counts[w], -len(w)))
    mine = own_set(dialect, terms, words)
    own_n = _capped(s, mine, RARE_ORDERS) if counts[words[0]] < RARE_ORDERS or terms.digits else RARE_ORDERS
    group = WordGroup(terms)
    customer_n = group.capped_count(s, RARE_ORDERS)
    if own_n < RARE_ORDERS and customer_n < RARE_ORDERS:
        theirs = select(SalesOrder.id).where(SalesOrder.customer_id.in_(group.rowids()))
        if own_n + _capped(s, theirs, RARE_ORDERS) < RARE_ORDERS:
            # Rare: the few matching ids (own words, then the customers' orders by ix_sales_order_customer),
            # looked up by id and sorted.
            return SalesOrder.id.in_(select(mine.union(theirs).subquery().c[0]))
    # Common: walk the sort index; each order is probed on its own words (primary key lookups) and its
    # customer against the customers' match set, built once (measured at 2,000,000 orders: a per-row probe
    # of the FTS table costs more than building the set of "e", 110 ms).
    return or_(own_probe(dialect, terms), SalesOrder.customer_id.in_(group.rowids()))

"""The order list's search in SQL: the customers' rule (crmdesk.domain.search), applied to orders.

An order matches a search when the search matches its own text (number and PO reference: each typed word
starts one of their words, or the typed digit run does) or its customer (the customer list's rule, on the
customer's search text). Both narrow as characters are added, so their union does.

- Own text: the table `order_word` (order_id, word), kept with every order write, read by word prefix as
  a range of `ix_order_word_word` (SQLite's BINARY order, PostgreSQL's "C" collation since migration 0014).
- Customer: the customer search's SQL (services/customer_search.py: the FTS5 word table on SQLite, the
  word and prefix tables on PostgreSQL), then the customer's orders from `ix_sales_order_customer`.

On both backends the plan comes from capped counts, as for customers (order_filter): a rare search is read
from its match set and sorted; a common one walks the list's sort index and probes each order, or, sorted
by date, takes each word's first orders straight from the word index.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    and_,
    bindparam,
    delete,
    exists,
    false,
    func,
    insert,
    literal_column,
    or_,
    select,
    text,
    union,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session, aliased

from crmdesk.domain.search import SearchTerms, order_words, search_terms
from crmdesk.services.customer_search import WordGroup, after, capped, customer_text_filter, planned_group
from crmdesk.store.models import Customer, OrderWord, SalesOrder

# Fewer matching orders than this: read them from the match set and sort them (a few ms); more: walk the
# sort index, where a page of 200 rows costs 200 / (share matching) probes.
RARE_ORDERS = 20_000


def write_words(s: Session, order_id: int, number: str, reference: str, order_date: date) -> None:
    """Replace the order's words (in the caller's transaction)."""
    s.execute(delete(OrderWord).where(OrderWord.order_id == order_id))
    words = order_words(number, reference)
    if words:
        s.execute(insert(OrderWord), [{"order_id": order_id, "word": w, "order_date": order_date}
                                      for w in sorted(words)])


def word_rows(orders: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows of `order_word` for bulk-inserted orders (the demo generator)."""
    return [{"order_id": o["id"], "word": w, "order_date": o["order_date"]} for o in orders
            for w in sorted(order_words(o["number"], o.get("customer_reference") or ""))]


def _starts_on(table: Any, dialect: str, word: str) -> ColumnElement[bool]:
    # A range of the plain index: SQLite's BINARY order, PostgreSQL's "C" collation (migration 0014).
    return and_(table.word >= word, table.word < after(word))


def _starts(dialect: str, word: str) -> ColumnElement[bool]:
    return _starts_on(OrderWord, dialect, word)


def _word_set(dialect: str, word: str) -> Select:
    return select(OrderWord.order_id).where(_starts(dialect, word))


def _has_word(dialect: str, order_id: Any, word: str) -> ColumnElement[bool]:
    """Whether the order `order_id` (a column) has a word starting with `word`: its few words on the primary
    key (order_id, word). PostgreSQL: a scalar subquery on left(word, n), which it keeps per row and cannot
    serve from the word index (as EXISTS on the range it may join every order of "cmd", or seek the word
    index and scan the whole range at each probe)."""
    other = aliased(OrderWord)
    if dialect == "sqlite":
        return exists(select(literal_column("1")).select_from(other).where(
            other.order_id == order_id, _starts_on(other, dialect, word)))
    return (select(literal_column("1")).select_from(other)
            .where(other.order_id == order_id, func.left(other.word, len(word)) == word)
            .limit(1).scalar_subquery().is_not(None))


def own_set(dialect: str, terms: SearchTerms, words: list[str] | None = None) -> Select:
    """Ids of the orders whose own words match (every word; or the digit run). The first of `words` (the
    typed words, rarest first where known; else longest first) drives; the others are probed on the
    primary key (order_id, word) of each candidate: an IN (set) would build the set of "cmd" (every order)
    for "CMD-2026-00000"."""
    ordered = words or sorted(terms.words, key=len, reverse=True)
    stmt = _word_set(dialect, ordered[0]).where(*[_has_word(dialect, OrderWord.order_id, w) for w in ordered[1:]])
    if terms.digits is not None:
        return select(stmt.union(_word_set(dialect, terms.digits)).subquery().c[0])
    return stmt


def own_probe(dialect: str, terms: SearchTerms) -> ColumnElement[bool]:
    """The same test row by row: a lookup of the order's few words on the primary key per typed word."""
    words = and_(*[_has_word(dialect, SalesOrder.id, w) for w in terms.words])
    return words if terms.digits is None else or_(words, _has_word(dialect, SalesOrder.id, terms.digits))


def customer_set(dialect: str, text_: str) -> Select:
    where = customer_text_filter(dialect, text_)
    assert where is not None
    return select(Customer.id).where(where)


# The dates of the orders under the words a prefix starts (SQLite): the distinct words are walked on
# ix_order_word_word (a skip-scan by recursive query, two index seeks per word), each giving its first and
# last date from the same index; None past SPAN_WORDS words (then no bound from this word).
SPAN_WORDS = 512
_SPAN = text("""
WITH RECURSIVE walk(w, n) AS (
    SELECT (SELECT min(word) FROM order_word WHERE word >= :lo AND word < :hi), 1
    UNION ALL
    SELECT (SELECT min(word) FROM order_word WHERE word > walk.w AND word < :hi), walk.n + 1 FROM walk
    WHERE walk.w IS NOT NULL AND walk.n < :steps)
SELECT count(w), min((SELECT min(order_date) FROM order_word WHERE word = walk.w)),
       max((SELECT max(order_date) FROM order_word WHERE word = walk.w))
FROM walk WHERE w IS NOT NULL
""")
Span = tuple[date, date] | None  # first and last order date; None: unknown (no bound)
_EMPTY = (date.max, date.min)


def _word_span(s: Session, word: str) -> Span:
    n, first, last = s.execute(_SPAN, {"lo": word, "hi": after(word), "steps": SPAN_WORDS}).one()
    if n >= SPAN_WORDS:
        return None
    if not n or first is None:
        return _EMPTY
    return (date.fromisoformat(str(first)[:10]), date.fromisoformat(str(last)[:10]))


def _both(a: Span, b: Span) -> Span:
    """Span of orders matching a and b: within both (unknown only if both are)."""
    if a is None or b is None:
        return a if b is None else b
    return (max(a[0], b[0]), min(a[1], b[1]))


def _either(a: Span, b: Span) -> Span:
    if a is None or b is None:
        return None
    return (min(a[0], b[0]), max(a[1], b[1]))


def date_span(s: Session, terms: SearchTerms, customers: Select | None) -> Span:
    """The dates every matching order lies between (a bound on the walk of the date index: words such as
    "2025" match orders of one year only, the oldest ones, which a walk from the newest would reach last);
    `customers`: the matching customers' ids when few, else None (then no bound)."""
    if customers is None:
        return None
    own: Span = None
    for w in terms.words:
        own = _both(own, _word_span(s, w))
    if own is None:
        return None
    if terms.digits is not None:
        own = _either(own, _word_span(s, terms.digits))
    first, last = s.execute(select(func.min(SalesOrder.order_date), func.max(SalesOrder.order_date))
                            .where(SalesOrder.customer_id.in_(customers))).one()
    return _either(own, (first, last) if first is not None else _EMPTY)


_WORDS_UNDER = text("""
WITH RECURSIVE walk(w, n) AS (
    SELECT (SELECT min(word) FROM order_word WHERE word >= :lo AND word < :hi), 1
    UNION ALL
    SELECT (SELECT min(word) FROM order_word WHERE word > walk.w AND word < :hi), walk.n + 1 FROM walk
    WHERE walk.w IS NOT NULL AND walk.n < :steps)
SELECT w FROM walk WHERE w IS NOT NULL
""")


def _top_by_date(s: Session, dialect: str, terms: SearchTerms, words: list[str], top: tuple[int, bool],
                 customers: Select) -> ColumnElement[bool] | None:
    """The first `n` matches by date (`top` = (n, descending)) as a small candidate set, or None: for each
    distinct word under the driving prefix (at most SPAN_WORDS), its first n orders by date straight from
    ix_order_word_word (word, order_date, order_id), the other typed words probed; plus the few matching
    customers' orders. The first n of the union are the first n of the search: exact. Serves what a walk
    of the date index serves worst: "2024" matches one old year (and a few orders numbered 2024xx), which
    a walk from the newest order reaches after hundreds of thousands of rows."""
    if terms.digits is not None:
        return None
    n, descending = top
    driver, others = words[0], words[1:]
    under = list(s.scalars(_WORDS_UNDER, {"lo": driver, "hi": after(driver), "steps": SPAN_WORDS}))
    if len(under) >= SPAN_WORDS:
        return None
    # Plain SQL, run here: built with SQLAlchemy, a union of some hundred parts ("2024": one per word
    # 2024, 202401, ...) cost 1 s to build and compile, ten times the query. Each part's first n orders by
    # date, the first n of every 100 parts (SQLite's compound SELECT limit is 500), then of them all.
    direction = "DESC" if descending else "ASC"
    if dialect == "sqlite":
        mark = "?"
        probes = "".join(" AND EXISTS (SELECT 1 FROM order_word AS o WHERE o.order_id = w.order_id"
                         " AND o.word >= ? AND o.word < ?)" for _ in others)
        probe_params: list[Any] = [p for other_word in others for p in (other_word, after(other_word))]
    else:  # as _has_word
        mark = "%s"
        probes = "".join(" AND (SELECT 1 FROM order_word AS o WHERE o.order_id = w.order_id"
                         " AND left(o.word, %s) = %s LIMIT 1) IS NOT NULL" for _ in others)
        probe_params = [p for other_word in others for p in (len(other_word), other_word)]
    part = (f"SELECT * FROM (SELECT w.order_id AS id, w.order_date AS day FROM order_word AS w WHERE w.word = {mark}"
            f"{probes} ORDER BY w.order_date {direction}, w.order_id {direction} LIMIT {mark}) AS part")
    found: list[tuple[Any, int]] = []
    conn = s.connection()
    for first in range(0, len(under), 100):
        chunk = under[first:first + 100]
        sql = (f"SELECT id, day FROM ({' UNION ALL '.join([part] * len(chunk))}) AS parts "
               f"ORDER BY day {direction}, id {direction} LIMIT {mark}")
        params = tuple(p for w in chunk for p in (w, *probe_params, n)) + (n,)
        found += [(day, id_) for id_, day in conn.exec_driver_sql(sql, params)]
    found.sort(reverse=descending)
    own = [id_ for _day, id_ in found[:n]]
    # The customers' first n orders by date too, from ix_sales_order_customer (customer_id, order_date, id)
    # alone: all their orders would be looked up and sorted by the outer query ("hot": 43,000, 0.7-2.6 s;
    # this: 25 ms).
    by_date = (SalesOrder.order_date.desc(), SalesOrder.id.desc()) if descending else (
        SalesOrder.order_date.asc(), SalesOrder.id.asc())
    theirs = select(select(SalesOrder.id).where(SalesOrder.customer_id.in_(customers))
                    .order_by(*by_date).limit(n).subquery().c[0])
    if dialect != "sqlite":
        # The few ids as one list: with the subquery beside it in an OR, PostgreSQL walked the date index
        # and tested each order against both (900,000 rows for "2024", 100 ms); looked up by id, 2 ms.
        return SalesOrder.id.in_(own + list(s.scalars(theirs)))
    return or_(SalesOrder.id.in_(own), SalesOrder.id.in_(theirs)) if own else SalesOrder.id.in_(theirs)


def _pg_rare(s: Session, terms: SearchTerms, words: list[str], mine: Select, group: Any, customer_n: int,
             counts: dict[str, int]) -> ColumnElement[bool] | None:
    """PostgreSQL: a rare search's ids read once, here (each capped at RARE_ORDERS), and looked up by id
    and sorted; None when it is not rare. Read once: counting them first and reading them again in the page's
    statement cost twice ("CMD-2026-90": 128 + 144 ms). The customers' orders are not read when so many
    customers match that they cannot be rare (about two orders each: 12,000 customers of "bar", 106 ms)."""
    if counts[words[0]] >= RARE_ORDERS and terms.digits is None:
        return None
    own = list(s.scalars(mine.limit(RARE_ORDERS)))
    if len(own) >= RARE_ORDERS or customer_n >= RARE_ORDERS:
        return None
    theirs: list[int] = []
    if customer_n:
        orders = int(s.scalar(select(func.max(SalesOrder.id))) or 0)
        customers = max(int(s.scalar(select(func.max(Customer.id))) or 0), 1)
        if customer_n * orders / customers >= RARE_ORDERS:
            return None
        # The customers' ids first, then their orders by ix_sales_order_customer: as a subquery the
        # planner may hash-join a scan of every order instead.
        who = list(s.scalars(group.rowids().limit(RARE_ORDERS)))
        theirs = list(s.scalars(select(SalesOrder.id).where(
            SalesOrder.customer_id == func.any(bindparam("customer_ids", who, type_=ARRAY(Integer))))
            .limit(RARE_ORDERS)))
    ids = sorted(set(own) | set(theirs))
    if len(ids) >= RARE_ORDERS:
        return None
    return SalesOrder.id == func.any(bindparam("order_ids", ids, type_=ARRAY(Integer)))


def order_filter(s: Session | None, dialect: str, text_: str, counting: bool = True,
                 top: tuple[int, bool] | None = None) -> ColumnElement[bool] | None:
    """The WHERE clause of the search `text_` on sales_order (None: no search). With a session and not
    counting, the form that reads a first page fastest (see the module's docstring); `top`:
    (offset + limit of the page, descending) when the list is sorted by date with no other filter."""
    if not text_.strip():
        return None
    terms = search_terms(text_)
    if not terms:
        return false()  # only punctuation ("%", "_"): no word to find
    if counting or s is None:
        if dialect == "sqlite":
            return or_(SalesOrder.id.in_(own_set(dialect, terms)),
                       SalesOrder.customer_id.in_(customer_set(dialect, text_)))
        # PostgreSQL: one id set, the union of both. Beside each other in an OR the two sets are hashed
        # subplans, which it will not build past work_mem: "2" (every order's year) then rescanned its
        # set for each of two million orders, past the 120 s statement timeout; as a union it is a join.
        theirs = select(SalesOrder.id).where(SalesOrder.customer_id.in_(customer_set(dialect, text_)))
        return SalesOrder.id.in_(select(union(own_set(dialect, terms), theirs).subquery().c[0]))
    # Each word's matches counted up to the cap (a few ms: index entries only); the rarest drives.
    counts = {w: capped(s, _word_set(dialect, w), RARE_ORDERS) for w in set(terms.words)}
    words = sorted(counts, key=lambda w: (counts[w], -len(w)))
    mine = own_set(dialect, terms, words)
    group, customer_n = planned_group(s, dialect, terms, RARE_ORDERS)
    if dialect != "sqlite":
        rare = _pg_rare(s, terms, words, mine, group, customer_n, counts)
        if rare is not None:
            return rare
    else:
        own_n = capped(s, mine, RARE_ORDERS) if counts[words[0]] < RARE_ORDERS or terms.digits else RARE_ORDERS
        if own_n < RARE_ORDERS and customer_n < RARE_ORDERS:
            theirs = select(SalesOrder.id).where(SalesOrder.customer_id.in_(group.rowids()))
            if own_n + capped(s, theirs, RARE_ORDERS) < RARE_ORDERS:
                # Rare: the few matching ids (own words, then the customers' orders by
                # ix_sales_order_customer), looked up by id and sorted.
                return SalesOrder.id.in_(select(mine.union(theirs).subquery().c[0]))
    # Common: walk the sort index; each order is probed on its own words (primary key lookups) and its
    # customer: on SQLite against the customers' match set, built once (measured at 2,000,000 orders: a
    # per-row probe of the FTS table costs more than building the set of "e", 110 ms); on PostgreSQL on the
    # word table's primary key (building the set of "e", 300,000 customers, costs more than the probes).
    if top is not None and customer_n < RARE_ORDERS:
        candidates = _top_by_date(s, dialect, terms, words, top, group.rowids())
        if candidates is not None:
            return candidates
    theirs_probe = (SalesOrder.customer_id.in_(group.rowids()) if isinstance(group, WordGroup)
                    else group.matches_customer(SalesOrder.customer_id))
    walk = or_(own_probe(dialect, terms), theirs_probe)
    span = date_span(s, terms, group.rowids() if customer_n < RARE_ORDERS else None)
    if span is None:
        return walk
    if span[0] > span[1]:
        return false()
    # Implied by the match (changes no result): the walk of the date index starts at the first match.
    return and_(SalesOrder.order_date.between(span[0], span[1]), walk)

"""Helpers shared by the services: counters, search text, text-search SQL."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, Select, and_, exists, func, literal, literal_column, select, table, text
from sqlalchemy.orm import Session

from crmdesk.domain.validation import fold, phone_search_forms
from crmdesk.store.models import Counter, Customer

_PHONE_QUERY = re.compile(r"^[\d\s.+()\-/]+$")


def now() -> datetime:
    return datetime.now().replace(microsecond=0)


def next_counter(session: Session, name: str) -> int:
    """Atomically take the next number of a series: one upsert, so two offices' clerks
    creating the first order of a year at once cannot both get number 1."""
    from sqlalchemy.dialects import postgresql, sqlite

    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    stmt = insert(Counter).values(name=name, value=1)
    stmt = stmt.on_conflict_do_update(index_elements=[Counter.name], set_={"value": Counter.value + 1})
    return int(session.execute(stmt.returning(Counter.value)).scalar_one())


def set_counter_at_least(session: Session, name: str, value: int) -> None:
    current = session.get(Counter, name)
    if current is None:
        session.add(Counter(name=name, value=value))
    elif current.value < value:
        current.value = value


@dataclass(frozen=True)
class Window:
    """Which rows to read for rows `offset` to `offset + limit` of a list: `backwards` means in the reverse
    order from the end (then reverse the rows read), which OFFSET makes quicker in the second half."""

    offset: int
    limit: int
    backwards: bool = False


def page_window(offset: int, limit: int, total: int | None) -> Window | None:
    """The rows to read for a page, from the nearer end when the list's row count `total` is known; None
    when the page is empty."""
    if offset < 0 or limit <= 0 or (total is not None and offset >= total):
        return None
    if total is not None and offset > total // 2:
        return Window(max(total - offset - limit, 0), min(limit, total - offset), backwards=True)
    return Window(offset, limit)


def customer_search_text(c: Customer, places: list[tuple[str, str]]) -> str:
    """The folded text the search matches: names, code, contact, email, phones, ids, cities."""
    parts = [c.code, c.name, c.first_name, c.last_name, c.email, c.siren, c.siret, c.vat_number]
    for city, postal in places:
        parts.extend((city, postal))
    text_ = fold(" ".join(p for p in parts if p))
    phones = " ".join(phone_search_forms(p) for p in (c.phone, c.mobile) if p)
    return f"{text_} {phones}".strip()


def split_query(query: str) -> list[str]:
    """Search terms of what the user typed: folded words, or one digit string for a phone fragment."""
    query = query.strip()
    if not query:
        return []
    if _PHONE_QUERY.match(query) and sum(ch.isdigit() for ch in query) >= 2:
        return [re.sub(r"\D", "", query)]
    return [w for w in re.split(r"\s+", fold(query)) if w]


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _like_escape(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def customer_text_filter(dialect: str, query: str) -> ColumnElement[bool] | None:
    """A WHERE clause matching customers whose search text contains every term.

    SQLite: terms of 3+ characters go to the trigram FTS5 table (substring
    match); shorter ones to the word table as word prefixes, since SQLite 3.40's
    trigram tokenizer silently finds nothing under 3 characters.
    PostgreSQL: LIKE on the folded text, served by the pg_trgm GIN index.
    """
    terms = split_query(query)
    if not terms:
        return None
    if dialect == "sqlite":
        clauses: list[ColumnElement[bool]] = []
        long_terms = [t for t in terms if len(t) >= 3]
        short_terms = [t for t in terms if len(t) < 3]
        if long_terms:
            expr = " AND ".join(_fts_phrase(t) for t in long_terms)
            clauses.append(Customer.id.in_(
                select(text("rowid")).select_from(text("customer_fts"))
                .where(text("customer_fts MATCH :fts_long").bindparams(fts_long=expr))
            ))
        if short_terms:
            expr = " AND ".join(_fts_phrase(t) + "*" for t in short_terms)
            clauses.append(Customer.id.in_(
                select(text("rowid")).select_from(text("customer_words"))
                .where(text("customer_words MATCH :fts_short").bindparams(fts_short=expr))
            ))
        return and_(*clauses)
    clauses = []
    for term in terms:
        escaped = _like_escape(term)
        if len(term) >= 3:
            clauses.append(Customer.search_text.like(f"%{escaped}%", escape="\\"))
        else:
            # Same meaning as SQLite's word table: one or two characters match the start of a word.
            clauses.append(Customer.search_text.regexp_match(f"(^|[^[:alnum:]]){re.escape(term)}"))
    return and_(*clauses)


# ---- SQLite: choosing how to read one page of a search ------------------------------------------------

@dataclass(frozen=True)
class TextGroup:
    """The terms of a search that one SQLite FTS5 table answers with one MATCH expression."""

    table: str  # customer_fts (trigram: substrings of 3+ characters) or customer_words (word prefixes)
    expression: str
    terms: tuple[str, ...] = ()

    def rowids(self) -> Select:  # type: ignore[type-arg]
        return (select(literal_column("rowid")).select_from(table(self.table))
                .where(text(f"{self.table} MATCH :{self.table}_match").bindparams(
                    **{f"{self.table}_match": self.expression})))

    def contains(self) -> ColumnElement[bool]:
        """Membership in the match set: SQLite builds the set once, then each probe is a lookup."""
        return Customer.id.in_(self.rowids())

    def matches_row(self) -> ColumnElement[bool]:
        """A per-row probe: cheap on the word table (no positions), so walking a sort index and probing each
        row finds the first page of a common short term without building a set of half the customers."""
        return exists(self.rowids().where(literal_column("rowid") == Customer.id))

    def word_starts(self) -> list[ColumnElement[bool]]:
        """A cheap test every row matching the word table passes (and, on ASCII text, only those): each term
        at the start of the text or after a character that is neither a letter nor a digit. Tried before
        the probe, it leaves the probe only the rows that match."""
        clauses: list[ColumnElement[bool]] = []
        for term in self.terms:
            pattern = "*[^a-z0-9]" + "".join(f"[{ch}]" if ch in "*?[" else ch for ch in term) + "*"
            clauses.append((literal(" ") + Customer.search_text).op("GLOB")(pattern))
        return clauses

    def capped_count(self, session: Session, cap: int) -> int:
        """How many customers match, counting no further than `cap` (a fraction of a millisecond)."""
        return int(session.scalar(select(func.count()).select_from(self.rowids().limit(cap).subquery())) or 0)


def sqlite_text_groups(query: str) -> list[TextGroup]:
    """The FTS5 MATCH expressions customer_text_filter uses on SQLite, one per table."""
    terms = split_query(query)
    groups = []
    long_terms = [t for t in terms if len(t) >= 3]
    short_terms = [t for t in terms if len(t) < 3]
    if long_terms:
        groups.append(TextGroup("customer_fts", " AND ".join(_fts_phrase(t) for t in long_terms), tuple(long_terms)))
    if short_terms:
        groups.append(TextGroup("customer_words", " AND ".join(_fts_phrase(t) + "*" for t in short_terms),
                                tuple(short_terms)))
    return groups

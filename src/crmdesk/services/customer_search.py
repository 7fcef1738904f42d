"""The customer search in SQL, and on SQLite the plan that reads a page of it fastest.

The rule is the domain's (crmdesk.domain.search): each typed word starts a word of the customer's search
text, or the typed digits start one. Both backends index words:

- SQLite: the FTS5 table `customer_words` (unicode61 words, prefix indexes of 1, 2 and 3 characters:
  migration 0012): every query, whatever its length, is a prefix MATCH. (The trigram table is not used for customers: SQLite 3.40
  gets trigram queries under 3 characters wrong, and substrings of 1-2 characters cannot narrow
  predictably with it.)
- PostgreSQL: a regular expression anchored at a word start, "(^| )word", on the search text with its
  separators made spaces, served at any length by that expression's pg_trgm index (migration 0012).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, func, literal_column, or_, select, table, text
from sqlalchemy.orm import Session

from crmdesk.domain.i18n import translate
from crmdesk.domain.search import SearchTerms, matches, search_terms, why_matched
from crmdesk.domain.validation import format_phone
from crmdesk.store.database import Database
from crmdesk.store.models import Address, Contact, Customer

# A search matching fewer customers than this is read from its matches (then sorted: about 1 ms per 1,000);
# a more common one by walking the sort index and keeping the rows that match (see text_plan). High enough
# that a word matching 1 % of the customers, all sorted near the end ("societe artisanale ..." for
# "artisa": 790,000 index entries walked, 0.2-0.9 s), is sorted instead.
RARE_MATCHES = 20_000
VERY_COMMON_SHARE = 0.25
# Between RARE_SHORT_MATCHES and RARE_MATCHES matches, the walk is chosen when the first entries of the name
# index hold a page of them (walk_finds_a_page): an even spread walks 200 / share entries, a clustered word
# most of the index.
PAGE_ROWS = 200
WALK_CHECK = 150_000
# The longest prefix the word table indexes (migration 0012: prefix='1 2 3').
PREFIX_INDEXED = 3
# Short searches (words of 1-3 characters, answered by the prefix indexes) estimate how common they are from
# the customers among the first SAMPLE_IDS ids (a rowid range of the word table: under 1 ms), not by
# counting up to a quarter of the table (20-50 ms for "47" or "fe" at a million customers).
SAMPLE_IDS = 20_000
# Fewer matches than this are always sorted from their matches (3,000 lookups in the customer table: about
# 12 ms of CPU); the walk of an evenly spread search from there on costs less (7,000 lookups: 30-70 ms, the
# walk 8 ms).
RARE_SHORT_MATCHES = 3_000


def _prefix(term: str) -> str:
    return '"' + term.replace('"', '""') + '"*'


def fts_expression(terms: SearchTerms) -> str:
    """The FTS5 MATCH expression of the rule (every word a prefix; or the digit run)."""
    words = " AND ".join(_prefix(w) for w in terms.words)
    if terms.digits is None:
        return words
    return f"({words}) OR {_prefix(terms.digits)}"


def customer_text_filter(dialect: str, query: str) -> ColumnElement[bool] | None:
    """A WHERE clause keeping the customers the search matches (None: no search)."""
    terms = search_terms(query)
    if not terms:
        return None
    if dialect == "sqlite":
        return Customer.id.in_(WordGroup(terms).rowids())
    return _pg_filter(terms)


def _pg_words() -> ColumnElement[Any]:
    """PostgreSQL: the search text with each run of characters other than letters and digits made one space:
    the expression of the trigram index ix_customer_search_words_trgm (migration 0012, issue 16). Constants
    written in the SQL (not parameters), so that the planner recognises the index's expression."""
    return func.regexp_replace(Customer.search_text, literal_column("'[^[:alnum:]]+'"), literal_column("' '"),
                               literal_column("'g'"))


def _word_start(term: str) -> ColumnElement[bool]:
    # "(^| )word" on the words expression: the same rule as "(^|[^[:alnum:]])word" on the search text, but
    # with trigrams ("  w", " wo") pg_trgm finds in the index from 2 characters, where the bracket class left
    # it none under 3: a full scan, 6-16 s for "zy" or "06 12" at a million customers. One character starts
    # words of a third of the customers or more: the list walks its sort index, and counting them by the
    # index's huge lists (4-9 s) costs more than the scan of the text (1.6 s): the text's own rule there.
    if len(term) == 1:
        return Customer.search_text.regexp_match(f"(^|[^[:alnum:]]){re.escape(term)}")
    return _pg_words().regexp_match(f"(^| ){re.escape(term)}")


def _pg_filter(terms: SearchTerms) -> ColumnElement[bool]:
    words = and_(*[_word_start(w) for w in terms.words])
    if terms.digits is None:
        return words
    return or_(words, _word_start(terms.digits))


# ---- SQLite: choosing how to read one page of a search ------------------------------------------------

@dataclass(frozen=True)
class WordGroup:
    """A search as one MATCH on the SQLite word table."""

    terms: SearchTerms

    @property
    def expression(self) -> str:
        return fts_expression(self.terms)

    def rowids(self) -> Select:
        return (select(literal_column("rowid")).select_from(table("customer_words"))
                .where(text("customer_words MATCH :words_match").bindparams(words_match=self.expression)))

    def contains(self) -> ColumnElement[bool]:
        """Membership in the match set: SQLite builds the set once, then each probe is a lookup."""
        return Customer.id.in_(self.rowids())

    def matches_row(self) -> ColumnElement[bool]:
        """A per-row probe, served by the prefix indexes for words of 1-3 characters only (a longer prefix
        merges the lists of every word it starts, at each probe)."""
        return exists(self.rowids().where(literal_column("rowid") == Customer.id))

    def short(self) -> bool:
        """Whether the prefix indexes (1, 2 and 3 characters) answer every word of the search."""
        return self.terms.digits is None and all(len(w) <= PREFIX_INDEXED for w in self.terms.words)

    def capped_count(self, session: Session, cap: int) -> int:
        """How many customers match, counting no further than `cap` (a fraction of a millisecond)."""
        return int(session.scalar(select(func.count()).select_from(self.rowids().limit(cap).subquery())) or 0)

    def walk_finds_a_page(self, session: Session, matches: int, top: int) -> bool:
        """Whether walking the name index finds a page of matches within twice the entries an even spread
        would need (at most WALK_CHECK entries, a few ms): false for a word whose customers sort together
        far from the start ("artisa": "societe artisanale ...", 790,000 entries before the 200th)."""
        entries = min(WALK_CHECK, 2 * PAGE_ROWS * max(top, 1) // max(matches, 1))
        first = select(Customer.id).order_by(Customer.sort_name, Customer.id).limit(entries).subquery()
        found = session.scalar(select(func.count()).select_from(first).where(first.c.id.in_(self.rowids())))
        return int(found or 0) >= PAGE_ROWS

    def estimated_count(self, session: Session) -> int:
        """How many customers match, estimated from those among the first SAMPLE_IDS ids (exact on a
        database that small). For short searches only: a longer prefix merges the lists of every word it
        starts whatever the range."""
        top = int(session.scalar(select(func.max(Customer.id))) or 0)
        if top <= SAMPLE_IDS:
            return self.capped_count(session, top + 1)
        sample = int(session.scalar(select(func.count()).select_from(
            self.rowids().where(literal_column("rowid") <= SAMPLE_IDS).subquery())) or 0)
        return sample * top // SAMPLE_IDS


def sqlite_word_group(query: str) -> WordGroup | None:
    terms = search_terms(query)
    return WordGroup(terms) if terms else None


def text_plan(s: Session, stmt: Select, text_: str,
              counting: bool = False) -> tuple[Select, bool]:
    """SQLite: the search written as the plan that reads a page fastest; returns it and whether the sort
    index may serve (the walk) or not (the rare plan).

    Both plans test customers against the set of the word table's matches, which SQLite builds once. A
    rare search (fewer than RARE_MATCHES matches: estimated from a sample of ids for short words, counted
    with a cap for longer ones) is read from that set and sorted: at most some thousands of lookups. Any other walks the sort index, keeping the customers in the set, until
    the page is full: 200 / (share matching) index entries, 15-120 ms at a million customers whatever the
    length of the search (measured: a GLOB on the text instead costs a table read per row walked, a second
    for a term matching 1 % of the customers; a probe of the word table per row, 10 s for a 3-letter prefix
    of many words). A count visits every match: there the set serves.
    """
    group = sqlite_word_group(text_)
    if group is None:
        return stmt, True
    if counting:
        return stmt.where(group.contains()), False
    top = int(s.scalar(select(func.max(Customer.id))) or 0)
    if group.short():
        matches = group.estimated_count(s)
        if matches >= VERY_COMMON_SHARE * top and matches >= RARE_MATCHES:
            # A letter a quarter of the customers have a word starting with: building its set costs more
            # than probing the few hundred rows walked (the prefix index answers a probe at once).
            return stmt.where(group.matches_row()), True
    else:
        matches = group.capped_count(s, RARE_MATCHES)
    if matches < min(RARE_MATCHES, RARE_SHORT_MATCHES) or (
            matches < RARE_MATCHES and not group.walk_finds_a_page(s, matches, top)):
        return stmt.where(group.contains()), False
    return stmt.where(group.contains()), True


def searching(dialect: str, query: str) -> bool:
    """Whether the query has a search for the SQLite planner to plan."""
    return dialect == "sqlite" and bool(search_terms(query))


def _phone_words(e164: str) -> str:
    """The digit strings a phone is found under (as phone_search_forms, without parsing: this runs for every
    row of a page): +33612... as 33612... and 0612..."""
    digits = re.sub(r"\D", "", e164 or "")
    return f"{digits} 0{digits[2:]}" if digits.startswith("33") else digits


def match_hints(db: Database, text_: str, rows: Sequence[Any]) -> dict[int, str]:
    """Per customer of `rows` (CustomerRow), why it matches `text_` when the words found are in fields the
    customer list does not show (contact, SIREN/SIRET, VAT number, mobile, other addresses); one query, for
    the rows whose shown cells do not already hold every typed word."""
    terms = search_terms(text_)
    if not terms or not rows:
        return {}
    shown = {row.id: [row.code, row.name, row.city, row.postal_code, row.email, _phone_words(row.phone)]
             for row in rows}
    hidden_ids = [row.id for row in rows if not matches(terms, " ".join(shown[row.id]))]
    if not hidden_ids:
        return {}
    with db.read() as s:
        hidden = {cid: rest for cid, *rest in s.execute(
            select(Customer.id, Customer.first_name, Customer.last_name, Customer.siren, Customer.siret,
                   Customer.vat_number, Customer.mobile).where(Customer.id.in_(hidden_ids)))}
        places: dict[int, list[str]] = {}
        for cid, city, postal in s.execute(select(Address.customer_id, Address.city, Address.postal_code)
                                           .where(Address.customer_id.in_(hidden_ids))):
            places.setdefault(cid, []).append(f"{postal} {city}".strip())
        # A company's people are its contacts (issue 13): their names say why it matches too.
        people: dict[int, list[str]] = {}
        for cid, first, last in s.execute(select(Contact.customer_id, Contact.first_name, Contact.last_name)
                                          .where(Contact.customer_id.in_(hidden_ids))
                                          .order_by(Contact.customer_id, Contact.position, Contact.id)):
            people.setdefault(cid, []).append(f"{first} {last}".strip())
    out: dict[int, str] = {}
    for cid in hidden_ids:
        first, last, siren, siret, vat, mobile = hidden.get(cid, ("",) * 6)
        fields = [(translate("services.customer_search", "Contact:"), f"{first} {last}".strip(), f"{first} {last}"),
                  (translate("services.customer_search", "SIRET:"), siret, siret), (translate("services.customer_search", "SIREN:"), siren, siren),
                  (translate("services.customer_search", "VAT number:"), vat, vat), (translate("services.customer_search", "Mobile:"), mobile, _phone_words(mobile))]
        fields += [(translate("services.customer_search", "Contact:"), name, name) for name in people.get(cid, [])]
        fields += [(translate("services.customer_search", "Address:"), place, place) for place in places.get(cid, [])]
        hint = why_matched(terms, shown[cid], [f for f in fields if f[1]])
        if hint:
            out[cid] = hint.replace(mobile, format_phone(mobile)) if mobile and mobile in hint else hint
    return out

"""The customer search in SQL, and the plan that reads a page of it fastest.

The rule is the domain's (crmdesk.domain.search): each typed word starts a word of the customer's search
text, or the typed digits start one. Both backends index words, and choose the plan the same way (text_plan):

- SQLite: the FTS5 table `customer_words` (unicode61 words, prefix indexes of 1, 2 and 3 characters:
  migration 0012): every query, whatever its length, is a prefix MATCH. (The trigram table is not used for
  customers: SQLite 3.40 gets trigram queries under 3 characters wrong, and substrings of 1-2 characters
  cannot narrow predictably with it.)
- PostgreSQL: the table `customer_word` (customer_id, word), kept by a trigger (migration 0014): a word
  prefix is a range of `ix_customer_word_word`, a probe of one customer its few words on the primary key;
  several short words are one lookup of `customer_prefix`'s GIN index (migration 0015).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    Text,
    and_,
    bindparam,
    column,
    exists,
    func,
    intersect,
    literal,
    literal_column,
    or_,
    select,
    table,
    text,
    union,
)
from sqlalchemy.dialects.postgresql import ARRAY
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
    group = word_group(dialect, query)
    return None if group is None else group.contains()


def after(prefix: str) -> str:
    """The first string after every string starting with `prefix` (its last character plus one): the end of
    the prefix range, built from the cleaned, folded word (no sentinel character that text cleaning could
    strip). Byte order and code point order agree (SQLite's BINARY, PostgreSQL's "C")."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


# ---- PostgreSQL: the word table ----------------------------------------------------------------------------

CUSTOMER_WORD = table("customer_word", column("customer_id"), column("word"))
# The first one and two characters of each customer's words, in a GIN index (migration 0015).
CUSTOMER_PREFIX = table("customer_prefix", column("customer_id"), column("prefixes"))
SHORT_PREFIX = 2


@dataclass(frozen=True)
class PgWordGroup:
    """A search on PostgreSQL's word table `customer_word` (migration 0014): the same methods as the SQLite
    WordGroup, so that one plan choice serves both."""

    terms: SearchTerms
    # The typed words, rarest first (the first drives a match set); by default longest first.
    order: tuple[str, ...] = ()
    # The words whose ranges are read whole and intersected (a hash of each: about 0.3 us an entry), the
    # others probed per candidate (about 5 us each): for words all common, where probing the first one's
    # matches costs more than reading every range ("ma du": 62,000 probes, 300 ms; intersected: 70 ms).
    together: tuple[str, ...] = ()

    def _words(self) -> tuple[str, ...]:
        return self.order or tuple(sorted(set(self.terms.words), key=len, reverse=True))

    @staticmethod
    def starts(t: Any, word: str) -> ColumnElement[bool]:
        return and_(t.c.word >= word, t.c.word < after(word))

    @classmethod
    def word_ids(cls, word: str) -> Select:
        w = CUSTOMER_WORD.alias("w")
        return select(w.c.customer_id).where(cls.starts(w, word))

    @staticmethod
    def prefix_ids(words: list[str]) -> Select:
        """Customers having, for each of `words` (1 or 2 characters), a word starting with it: one lookup of
        the GIN index of customer_prefix (migration 0015), which intersects its lists from the rarest."""
        return select(CUSTOMER_PREFIX.c.customer_id).where(
            CUSTOMER_PREFIX.c.prefixes.op("@>", is_comparison=True)(
                bindparam(None, sorted(words), type_=ARRAY(Text))))

    @classmethod
    def has(cls, word: str, customer_id: Any) -> ColumnElement[bool]:
        """Whether the customer has a word starting with `word`: its words on the primary key. A scalar
        subquery, which PostgreSQL keeps as a per-row test: as EXISTS it may turn the walk into a join over
        every match of a common word."""
        p = CUSTOMER_WORD.alias("p")
        # left(word, n) = prefix: no index on the word serves it, so the probe reads the customer's own few
        # words on the primary key. With the range, the planner may seek the word index instead and scan
        # the whole range at each probe ("ferran", 21,000 entries: 0.65 ms a probe, 6 s a page).
        return (select(literal(1)).select_from(p)
                .where(p.c.customer_id == customer_id, func.left(p.c.word, len(word)) == word)
                .limit(1).scalar_subquery().is_not(None))

    def rowids(self) -> Select:
        """Ids of the matching customers: the first word's range (or the intersection of the `together`
        words' ranges and of the short words' GIN lookup), the other words probed per candidate; or the
        digit run's range."""
        words = self._words()
        # Several short words: one GIN lookup for them all, whatever their size ("02 33 75": "33" starts a
        # word of nearly every customer, "02" and "75" of 175,000 and 147,000).
        short = [w for w in words if len(w) <= SHORT_PREFIX] if len(words) > 1 else []
        gin = len(short) >= 2
        if gin or len(self.together) > 1:
            sets = [self.word_ids(w) for w in self.together if not (gin and w in short)]
            if gin:
                sets.append(self.prefix_ids(short))
            both = (intersect(*sets) if len(sets) > 1 else sets[0]).subquery()
            ids = both.c[0]
            stmt = select(ids).where(*[self.has(o, ids) for o in words
                                       if o not in self.together and not (gin and o in short)])
        else:
            first, *others = words
            w = CUSTOMER_WORD.alias("w")
            stmt = select(w.c.customer_id).where(self.starts(w, first),
                                                 *[self.has(o, w.c.customer_id) for o in others])
        if self.terms.digits is None:
            return stmt
        return select(union(stmt, self.word_ids(self.terms.digits)).subquery().c[0])

    def contains(self) -> ColumnElement[bool]:
        return Customer.id.in_(self.rowids())

    def listed(self) -> ColumnElement[bool]:
        """Membership as an array built once (rare searches): PostgreSQL then looks the few customers up on
        the primary key and sorts them, never walking a sort index."""
        return Customer.id == func.any(func.array(self.rowids().scalar_subquery()))

    def matches_row(self) -> ColumnElement[bool]:
        return self.matches_customer(Customer.id)

    def matches_customer(self, customer_id: Any) -> ColumnElement[bool]:
        """The rule for the customer `customer_id` (a column): one probe per typed word."""
        words = and_(*[self.has(w, customer_id) for w in self._words()])
        if self.terms.digits is None:
            return words
        return or_(words, self.has(self.terms.digits, customer_id))

    def capped_count(self, session: Session, cap: int) -> int:
        return capped(session, self.rowids(), cap)


def capped(session: Session, stmt: Select, cap: int) -> int:
    """How many rows `stmt` gives, counting no further than `cap`."""
    return int(session.scalar(select(func.count()).select_from(stmt.limit(cap).subquery())) or 0)


def word_group(dialect: str, query: str) -> WordGroup | PgWordGroup | None:
    terms = search_terms(query)
    if not terms:
        return None
    return WordGroup(terms) if dialect == "sqlite" else PgWordGroup(terms)


# PostgreSQL: a common search is read from its matches, looked up on ix_customer_word_cover (about 1 us
# each: 84,000 matches of "etabli" sorted in 90 ms), or by walking the sort index: 200 / (share matching)
# probes of about 5 us each, fine when the matches are spread, a second and more when they sort together
# far from the start ("etablissements ...", "societe ...": 2-5 s). Which one: its first PG_WALK_SAMPLE rows
# in name order are probed (5-10 ms); the walk when they promise a page within PG_WALK_ROWS rows.
PG_WALK_SAMPLE = 1_000
PG_WALK_ROWS = 4_000


def _walk_hits(s: Session, group: PgWordGroup) -> int:
    """How many of the first PG_WALK_SAMPLE customers in name order match."""
    first = select(Customer.id).order_by(Customer.sort_name, Customer.id).limit(PG_WALK_SAMPLE).subquery()
    probe = PgWordGroup.has
    words = and_(*[probe(w, first.c.id) for w in group.order])
    if group.terms.digits is not None:
        words = or_(words, probe(group.terms.digits, first.c.id))
    return int(s.scalar(select(func.count()).select_from(first).where(words)) or 0)


def planned_group(s: Session, dialect: str, terms: SearchTerms, cap: int) -> tuple[WordGroup | PgWordGroup, int]:
    """The customers a search matches, as the group the order search reads, and how many (up to `cap`). On
    PostgreSQL the rarest word drives; when even it has `cap` matches the count is `cap` without reading
    further (counting words all common together costs more than any page)."""
    if dialect == "sqlite":
        group = WordGroup(terms)
        return group, group.capped_count(s, cap)
    pg, counts = _ranked(s, terms, cap)
    if counts[pg.order[0]] >= cap:
        return pg, cap
    return pg, pg.capped_count(s, cap)


def _ranked(s: Session, terms: SearchTerms, cap: int) -> tuple[PgWordGroup, dict[str, int]]:
    """PostgreSQL: each typed word's matches counted up to `cap` from the word index alone (a few ms), and
    the search as a group whose rarest word drives."""
    words = sorted(set(terms.words), key=len, reverse=True)
    counts = {w: capped(s, PgWordGroup.word_ids(w), cap) for w in words}
    return PgWordGroup(terms, tuple(sorted(words, key=lambda w: counts[w]))), counts


def _planner_entries(s: Session, word: str) -> int:
    """PostgreSQL's own estimate of the word index entries under `word` (its statistics: under a ms),
    for words known to be common, where the estimate is close and counting them would cost what reading
    them does ("33" starts every phone's international form: two million entries, 0.6 s)."""
    plan = s.execute(text("EXPLAIN (FORMAT JSON) SELECT 1 FROM customer_word WHERE word >= :lo AND word < :hi"),
                     {"lo": word, "hi": after(word)}).scalar()
    if isinstance(plan, str):
        plan = json.loads(plan)
    return int(plan[0]["Plan"]["Plan Rows"]) if plan else RARE_MATCHES


# Reading an entry of a range whole and hashing it costs about 1/14 of probing a candidate's words
# (0.35 us against 5 us).
PG_PROBE_COST = 14


def _common_group(s: Session, terms: SearchTerms, words: list[str]) -> PgWordGroup:
    """Words all common: their ranges read whole and intersected, smallest first, as long as reading the next
    costs less than probing the candidates left (their number estimated as if the words were independent);
    the rest probed ("02 33 75": "75" and "02" intersected, 9,500 candidates; "33", which starts every
    phone's international form, probed rather than read: 1.4 million entries)."""
    entries = {w: max(_planner_entries(s, w), 1) for w in words}
    order = tuple(sorted(words, key=lambda w: entries[w]))
    customers = max(int(s.scalar(select(func.max(Customer.id))) or 0), 1)
    together = [order[0]]
    left = float(entries[order[0]])
    for w in order[1:]:
        if entries[w] > PG_PROBE_COST * left:
            break
        together.append(w)
        left = left * entries[w] / customers
    return PgWordGroup(terms, order, tuple(together))


def pg_text_plan(s: Session, stmt: Select, terms: SearchTerms, counting: bool) -> tuple[Select, bool]:
    """PostgreSQL: each typed word's matches counted up to RARE_MATCHES from the word index alone (a few ms);
    under it (the rarest word, plus the digit run) the matches are read and sorted; over it, the sort index
    is walked when a sample of it promises a page soon, else the matches are read (_common_group)."""
    group, counts = _ranked(s, terms, RARE_MATCHES)
    words = list(group.order)
    rare_driver = counts[group.order[0]] < RARE_MATCHES
    if counting:  # every match is visited
        return stmt.where((group if rare_driver else _common_group(s, terms, words)).contains()), False
    digits = 0 if terms.digits is None else capped(s, PgWordGroup.word_ids(terms.digits), RARE_MATCHES)
    if counts[group.order[0]] + digits < RARE_MATCHES:
        return stmt.where(group.listed()), False
    if _walk_hits(s, group) * PG_WALK_ROWS >= PAGE_ROWS * PG_WALK_SAMPLE:
        return stmt.where(group.matches_row()), True
    # Common but sorted late: read the matches.
    return stmt.where(_common_group(s, terms, words).listed()), False


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
        return capped(session, self.rowids(), cap)

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


def text_plan(s: Session, stmt: Select, text_: str,
              counting: bool = False) -> tuple[Select, bool]:
    """The search written as the plan that reads a page fastest; returns it and whether the sort index may
    serve (the walk) or not (the rare plan). PostgreSQL: pg_text_plan; SQLite below.

    Both plans test customers against the set of the word table's matches, which SQLite builds once. A
    rare search (fewer than RARE_MATCHES matches: estimated from a sample of ids for short words, counted
    with a cap for longer ones) is read from that set and sorted: at most some thousands of lookups. Any other walks the sort index, keeping the customers in the set, until
    the page is full: 200 / (share matching) index entries, 15-120 ms at a million customers whatever the
    length of the search (measured: a GLOB on the text instead costs a table read per row walked, a second
    for a term matching 1 % of the customers; a probe of the word table per row, 10 s for a 3-letter prefix
    of many words). A count visits every match: there the set serves.
    """
    terms = search_terms(text_)
    if not terms:
        return stmt, True
    if s.get_bind().dialect.name != "sqlite":
        return pg_text_plan(s, stmt, terms, counting)
    group = WordGroup(terms)
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
    """Whether the query has a search to plan (text_plan)."""
    return bool(search_terms(query))


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

"""What a search matches: the rule every list, picker and export applies, on every backend.

The rule (README, "Search"): what the user types is folded (case and accents ignored) and cut into words at
every character that is neither a letter nor a digit; a customer matches when **each typed word is the start
of one of its words** (name, code, contact, email, phones, SIREN/SIRET, VAT number, cities, postal codes).
Typed digits that look like a phone or an identifier ("06 12 34", "732 829 320") also match as one run of
digits with the separators removed, so "06 12" finds 06 12 34 56 78.

Adding a character therefore never adds results: it lengthens the last word (fewer words start with it) or
starts another word (one more condition). "es" finds everything "esc" finds.

An order matches when the rule matches its own text (number and PO reference: "cmd 2026 00012", "bc 0417")
or its customer's search text (order_matches); a union of rules that narrow, so it narrows too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crmdesk.domain.validation import fold

_WORD = re.compile(r"[^\W_]+")
_DIGITS_ONLY = re.compile(r"^[\d\s.+()\-/]+$")
_ASCII_WORD = re.compile(r"[A-Za-z0-9]+")


@dataclass(frozen=True)
class SearchTerms:
    """A search as the rule reads it: `words` must all start words of the record, or `digits` (when set)
    must start one of its words."""

    words: tuple[str, ...]
    digits: str | None = None

    def __bool__(self) -> bool:
        return bool(self.words)


def search_terms(text: str) -> SearchTerms:
    """The words of a search (folded), and its digit run when it looks like a phone or an identifier."""
    words = tuple(_WORD.findall(fold(text)))
    stripped = text.strip()
    digits = None
    if len(words) > 1 and _DIGITS_ONLY.match(stripped):
        digits = re.sub(r"\D", "", stripped)
    return SearchTerms(words, digits)


def text_words(text: str) -> list[str]:
    """The words of a record's (folded) search text, as the indexes cut them."""
    return _WORD.findall(fold(text))


def matches(terms: SearchTerms, text: str) -> bool:
    """Whether a record whose search text is `text` matches (the rule above, in Python)."""
    if not terms:
        return True
    words = text_words(text)
    if all(any(w.startswith(term) for w in words) for term in terms.words):
        return True
    return terms.digits is not None and any(w.startswith(terms.digits) for w in words)


# ---- orders: the same rule on an order's own text (number and PO reference) or on its customer ----------

def order_words(number: str, reference: str) -> set[str]:
    """The words the order is found under: those of its number and PO reference, as the rule cuts them."""
    text_ = f"{number} {reference}"
    if text_.isascii():  # the same words as text_words (folding ASCII is lower-casing), 10x faster: back-fill
        return {w.lower() for w in _ASCII_WORD.findall(text_)}
    return set(text_words(text_))


def order_matches(terms: SearchTerms, number: str, reference: str, customer_search_text: str) -> bool:
    """The rule in Python (tests compare the SQL with it)."""
    return matches(terms, f"{number} {reference}") or matches(terms, customer_search_text)


def why_matched(terms: SearchTerms, shown: list[str], hidden: list[tuple[str, str, str]]) -> str:
    """When a row matches through fields the list does not show, those fields ("Contact: Jean Esnault"):
    `hidden` holds (label with its colon, value as shown, text searched). Empty when the shown cells
    already hold every typed word."""
    if not terms:
        return ""
    shown_words = [w for cell in shown for w in text_words(cell)]

    def seen(term: str) -> bool:
        return any(w.startswith(term) for w in shown_words)

    if all(seen(term) for term in terms.words) or (
            terms.digits is not None and any(w.startswith(terms.digits) for w in shown_words)):
        return ""
    reasons = []
    for label, value, searched in hidden:
        words = text_words(searched)
        if any(w.startswith(term) for term in terms.words if not seen(term) for w in words) or (
                terms.digits is not None and any(w.startswith(terms.digits) for w in words)):
            reasons.append(f"{label} {value}" if label else value)
    return " · ".join(dict.fromkeys(reasons))

"""Helpers shared by the services: counters, search text, text-search SQL."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from crmdesk.domain.validation import fold, phone_search_forms
from crmdesk.store.models import Counter, Customer


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


def customer_search_text(c: Customer, places: list[tuple[str, str]], contacts: Sequence[str] = ()) -> str:
    """The folded text the search matches: names, code, contact, email, phones, ids, cities; `contacts`: the
    terms of the customer's contacts (services.contacts.contact_search_terms)."""
    parts = [c.code, c.name, c.first_name, c.last_name, c.email, c.siren, c.siret, c.vat_number]
    for city, postal in places:
        parts.extend((city, postal))
    text_ = fold(" ".join(p for p in parts if p))
    phones = " ".join(phone_search_forms(p) for p in (c.phone, c.mobile) if p)
    return " ".join(p for p in (text_, phones, *contacts) if p).strip()


# The search rule and its SQL live in services/customer_search.py (and domain/search.py).
from crmdesk.services.customer_search import customer_text_filter  # noqa: E402, F401

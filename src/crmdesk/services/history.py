"""History of a customer and its orders, and dated notes (issue 13).

Why SQLAlchemy events of our own rather than sqlalchemy-history: we want one row per changed field (who,
when, field, old, new) written in the transaction of the change, on both backends, readable as a timeline
with one indexed query; sqlalchemy-history keeps whole-row versions in shadow tables per model (diffs
computed on reading, a second table per mapped class, its own transaction table and triggers on PostgreSQL)
and sees only ORM flushes anyway. The services also write with core UPDATE statements (status changes,
archiving, the version guard), which no ORM-level library sees; those record their entries explicitly with
`record()`.

How: a `before_flush` listener on every Session reads the attribute history of the customers, addresses,
contacts and orders being flushed (field-level diffs, with the values as loaded), and `before_commit`
adds the entries, new rows having their ids by then; they are flushed in the same transaction, so a save that
is refused or rolled back leaves no entry, and a committed one always has its entries.

Who: PostgreSQL's current_user (the database role the desk logged in as); on SQLite, the system user
(getpass.getuser()).

Nothing here updates or deletes an entry; `pseudonymise` (GDPR erasure) is the one exception, rewriting the
values of an erased customer's entries.
"""

from __future__ import annotations

import getpass
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, event, insert, inspect, select, update
from sqlalchemy.orm import Session, UOWTransaction

from crmdesk.domain.card import validate_note
from crmdesk.domain.errors import NotFoundError
from crmdesk.domain.history import SENSITIVE_FIELDS
from crmdesk.domain.i18n import translate
from crmdesk.services.common import now
from crmdesk.store.database import Database
from crmdesk.store.models import Address, Contact, Customer, CustomerNote, HistoryEntry, OrderLine, SalesOrder

# Columns that are kept by the services (summaries, versions, timestamps), not edited: never in the history.
_SKIPPED = {
    "customer": {"id", "version", "created_at", "updated_at", "sort_name", "billing_city", "billing_postal_code",
                 "order_count", "open_order_count", "last_order_date", "search_text", "turnover_12m",
                 "outstanding_amount", "over_credit_limit"},
    "address": {"id", "customer_id"},
    "contact": {"id", "customer_id", "position"},
    "order": {"id", "version", "created_at", "updated_at", "line_count", "customer_id"},
}
_ENTITY = {Customer: "customer", Address: "address", Contact: "contact", SalesOrder: "order"}
_ACTORS: dict[int, str] = {}


@dataclass(frozen=True)
class TimelineItem:
    """One line of the timeline: a history entry (kind "change") or a note (kind "note")."""

    kind: str
    id: int
    at: datetime
    actor: str
    entity: str
    entity_id: int | None
    order_id: int | None
    action: str
    field: str
    old_value: str
    new_value: str

    @property
    def sensitive(self) -> bool:
        return self.field in SENSITIVE_FIELDS


def actor(s: Session) -> str:
    """Who is writing: the database role on PostgreSQL, the system user on SQLite."""
    bind = s.get_bind()
    if bind.dialect.name != "postgresql":
        try:
            return getpass.getuser()
        except (KeyError, OSError):  # no user name in the environment nor the password database
            return "?"
    key = id(bind)
    if key not in _ACTORS:
        _ACTORS[key] = str(s.connection().exec_driver_sql("SELECT current_user").scalar() or "")
    return _ACTORS[key]


def text_of(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value == value.to_integral() else str(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    return str(value)


def record(s: Session, *, entity: str, action: str, customer_id: int | None, entity_id: int | None = None,
           order_id: int | None = None, field: str = "", old: Any = None, new: Any = None) -> None:
    """An entry written with the session's transaction (for writes made with core statements)."""
    s.add(HistoryEntry(at=now(), actor=actor(s), customer_id=customer_id, order_id=order_id, entity=entity,
                       entity_id=entity_id, action=action, field=field, old_value=text_of(old),
                       new_value=text_of(new)))


def _lines_text(lines: Iterable[OrderLine]) -> str:
    return "; ".join(f"{text_of(line.quantity)} × {line.description} @ {text_of(line.unit_price)}"
                     + (f" -{text_of(line.discount_percent)} %" if line.discount_percent else "")
                     for line in sorted(lines, key=lambda x: x.position or 0))


def _before_flush(session: Session, _ctx: UOWTransaction, _instances: Any) -> None:
    pending: list[tuple[Any, str, str, str, str, str]] = session.info.setdefault("_history", [])
    for obj in session.new:
        entity = _ENTITY.get(type(obj))
        if entity is not None:
            pending.append((obj, entity, "create", "", "", _describe(obj)))
    for obj in session.deleted:
        entity = _ENTITY.get(type(obj))
        if entity is not None:
            # A customer deleted through the ORM (GDPR erasure) keeps only its code in the history.
            gone = obj.code if isinstance(obj, Customer) else _describe(obj)
            pending.append((obj, entity, "delete", "", gone, ""))
    for obj in session.dirty:
        entity = _ENTITY.get(type(obj))
        if entity is None or not session.is_modified(obj):
            continue
        state = inspect(obj)
        if isinstance(obj, Customer) and obj.pseudonymised_at is not None and \
                state.attrs["pseudonymised_at"].history.added:
            # GDPR pseudonymisation: the old values are the personal data being erased; none is recorded.
            session.info.setdefault("_erased", set()).add(obj.id)
        for column in state.mapper.column_attrs:
            if column.key in _SKIPPED[entity]:
                continue
            hist = state.attrs[column.key].history
            if not hist.added and not hist.deleted:
                continue
            old = text_of(hist.deleted[0]) if hist.deleted else text_of(hist.unchanged[0] if hist.unchanged else None)
            new = text_of(hist.added[0]) if hist.added else ""
            if old != new:
                pending.append((obj, entity, "update", column.key, old, new))
        if entity == "customer":
            # Addresses and contacts taken out of the list are deleted as orphans during the flush.
            for gone in state.attrs["addresses"].history.deleted:
                pending.append((gone, "address", "delete", "", _describe(gone), ""))
        if entity == "order":
            hist = state.attrs["lines"].history
            if hist.added or hist.deleted:
                old_lines = _lines_text([*hist.deleted, *hist.unchanged])
                new_lines = _lines_text([*hist.added, *hist.unchanged])
                if old_lines != new_lines:
                    pending.append((obj, entity, "update", "lines", old_lines, new_lines))


def _describe(obj: Any) -> str:
    if isinstance(obj, Customer):
        return f"{obj.code} {obj.name}".strip()
    if isinstance(obj, Address):
        parts = [obj.street1, f"{obj.postal_code or ''} {obj.city or ''}".strip()]
        return ", ".join(p for p in parts if p)
    if isinstance(obj, Contact):
        return " ".join(p for p in (obj.first_name, obj.last_name) if p)
    if isinstance(obj, SalesOrder):
        return obj.number or ""
    return ""


def _before_commit(session: Session) -> None:
    """Write the entries gathered over the transaction's flushes: one per field, from its first old value
    to its last new one (a save flushes several times), none for the fields of a record created here."""
    session.flush()
    pending = session.info.pop("_history", None) or []
    erased: set[int] = session.info.pop("_erased", set())
    if not pending and not erased:
        return
    created = {id(obj) for obj, _e, action, *_ in pending if action == "create"}
    merged: dict[tuple[int, str, str], list[Any]] = {}
    order: list[tuple[int, str, str]] = []
    for obj, entity, action, field, old, new in pending:
        if action == "update" and id(obj) in created:
            continue
        key = (id(obj), action, field)
        if key in merged:
            merged[key][5] = new
        else:
            merged[key] = [obj, entity, action, field, old, new]
            order.append(key)
    who = actor(session)
    at = now()
    for customer_id in erased:
        session.add(HistoryEntry(at=at, actor=who, customer_id=customer_id, order_id=None, entity="customer",
                                 entity_id=customer_id, action="pseudonymised", field="", old_value="",
                                 new_value=""))
    for key in order:
        obj, entity, action, field, old, new = merged[key]
        if action == "update" and old == new:
            continue
        if isinstance(obj, Customer):
            customer_id, order_id = obj.id, None
        elif isinstance(obj, SalesOrder):
            customer_id, order_id = obj.customer_id, obj.id
        else:
            customer_id, order_id = obj.customer_id, None
        if customer_id in erased and entity in ("customer", "address", "contact"):
            continue
        session.add(HistoryEntry(at=at, actor=who, customer_id=customer_id, order_id=order_id, entity=entity,
                                 entity_id=getattr(obj, "id", None), action=action, field=field, old_value=old,
                                 new_value=new))


event.listen(Session, "before_flush", _before_flush)
event.listen(Session, "before_commit", _before_commit)


def _rollback(session: Session, *_args: Any) -> None:
    session.info.pop("_history", None)
    session.info.pop("_erased", None)


event.listen(Session, "after_rollback", _rollback)
event.listen(Session, "after_soft_rollback", _rollback)


class HistoryService:
    """Reading the timeline; adding notes. No method changes or removes an entry."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def timeline(self, customer_id: int | None = None, *, order_id: int | None = None, text: str = "",
                 kinds: Iterable[str] = (), limit: int = 500) -> list[TimelineItem]:
        """Newest first: a customer's changes (its own, its addresses', contacts' and orders') and notes, or
        one order's changes. `text` keeps the items mentioning it (field, values, who); `kinds` keeps
        these entities ("customer", "address", "contact", "order", "note")."""
        wanted = set(kinds)
        items: list[TimelineItem] = []
        with self.db.read() as s:
            stmt = select(HistoryEntry)
            if order_id is not None:
                stmt = stmt.where(HistoryEntry.order_id == order_id)
            else:
                stmt = stmt.where(HistoryEntry.customer_id == customer_id)
            if wanted:
                stmt = stmt.where(HistoryEntry.entity.in_(wanted))
            stmt = stmt.order_by(HistoryEntry.at.desc(), HistoryEntry.id.desc()).limit(limit)
            for h in s.scalars(stmt):
                items.append(TimelineItem("change", h.id, h.at, h.actor, h.entity, h.entity_id, h.order_id,
                                          h.action, h.field, h.old_value, h.new_value))
            if order_id is None and (not wanted or "note" in wanted):
                notes = s.scalars(select(CustomerNote).where(CustomerNote.customer_id == customer_id)
                                  .order_by(CustomerNote.at.desc(), CustomerNote.id.desc()).limit(limit))
                for n in notes:
                    items.append(TimelineItem("note", n.id, n.at, n.author, "note", n.id, None, n.kind, "", "",
                                              n.text))
        items.sort(key=lambda i: (i.at, i.kind == "note", i.id), reverse=True)
        needle = text.strip().casefold()
        if needle:
            items = [i for i in items if needle in " ".join((i.field, i.old_value, i.new_value, i.actor,
                                                             i.action)).casefold()]
        return items[:limit]

    def order_numbers(self, order_ids: Iterable[int]) -> dict[int, str]:
        """The numbers of orders named by history entries (a deleted draft keeps the number of its entry)."""
        ids = sorted(set(order_ids))
        if not ids:
            return {}
        with self.db.read() as s:
            found: dict[int, str] = {oid: number for oid, number in s.execute(
                select(SalesOrder.id, SalesOrder.number).where(SalesOrder.id.in_(ids)))}
            missing = [i for i in ids if i not in found]
            if missing:
                for oid, number in s.execute(select(HistoryEntry.order_id, HistoryEntry.new_value).where(
                        HistoryEntry.order_id.in_(missing), HistoryEntry.action == "create")):
                    if oid is not None:
                        found[oid] = number
        return {int(k): str(v) for k, v in found.items() if k is not None}

    def add_note(self, customer_id: int, kind: str, text: str, at: datetime | None = None) -> TimelineItem:
        kind, body = validate_note(kind, text)
        with self.db.session() as s:
            if s.get(Customer, customer_id) is None:
                raise NotFoundError(translate("services.history", "This customer no longer exists."))
            note = write_note(s, customer_id, kind, body, at)
            return TimelineItem("note", note.id, note.at, note.author, "note", note.id, None, kind, "", "", body)


def write_note(s: Session, customer_id: int, kind: str, text: str, at: datetime | None = None) -> CustomerNote:
    """A checked note (domain.card.validate_note) added in the session's transaction."""
    note = CustomerNote(customer_id=customer_id, at=at or now(), kind=kind, author=actor(s), text=text)
    s.add(note)
    s.flush()
    return note


def pseudonymise(s: Session, customer_id: int, placeholder: str = "***") -> None:
    """GDPR erasure: the values of an erased customer's history and notes are replaced; the facts (when, who,
    which field) stay."""
    s.execute(update(HistoryEntry).where(HistoryEntry.customer_id == customer_id)
              .values(old_value=placeholder, new_value=placeholder).execution_options(synchronize_session=False))
    s.execute(update(CustomerNote).where(CustomerNote.customer_id == customer_id)
              .values(text=placeholder).execution_options(synchronize_session=False))


def fill_demo_history(conn: Connection, today: date) -> None:
    """Demo data: the history a desk would have written (each customer and order created, status changes of
    the orders beyond draft) and, on the first customers, a colleague's change of bank details and notes, so
    that the "Historique" tab shows what it is for."""
    from crmdesk.store.models import SalesOrder as Order

    who = "demo"
    rows: list[dict[str, Any]] = []
    customers = conn.execute(select(Customer.id, Customer.code, Customer.name, Customer.created_at, Customer.iban)
                             .order_by(Customer.id)).all()
    for cid, code, name, created, _iban in customers:
        rows.append({"at": created, "actor": who, "customer_id": cid, "order_id": None, "entity": "customer",
                     "entity_id": cid, "action": "create", "field": "", "old_value": "", "new_value": f"{code} {name}"})
    for oid, cid, number, status, created in conn.execute(
            select(Order.id, Order.customer_id, Order.number, Order.status, Order.created_at)):
        base = {"actor": who, "customer_id": cid, "order_id": oid, "entity": "order", "entity_id": oid}
        rows.append({**base, "at": created, "action": "create", "field": "", "old_value": "", "new_value": number})
        if status != "draft":
            rows.append({**base, "at": created + timedelta(hours=2), "action": "status", "field": "status",
                         "old_value": "draft", "new_value": status})
    moment = datetime.combine(today - timedelta(days=3), datetime.min.time()).replace(hour=10, minute=42)
    for cid, _code, _name, _created, iban in customers[:6]:
        if iban:
            rows.append({"at": moment, "actor": "c.martin", "customer_id": cid, "order_id": None, "entity": "customer",
                         "entity_id": cid, "action": "update", "field": "iban", "old_value": "FR7610107001011234567890129",
                         "new_value": iban})
    if rows:
        conn.execute(insert(HistoryEntry), rows)
    notes = [("call", "Appel de la comptabilité : règlement de la facture de novembre prévu le 15."),
             ("meeting", "Rendez-vous au salon : intéressé par la nouvelle gamme, envoyer le catalogue."),
             ("email", "Demande de devis pour 200 unités, à relancer en fin de semaine.")]
    note_rows = [{"customer_id": cid, "at": moment - timedelta(days=7 * (n + 1)), "kind": kind, "author": "c.martin",
                  "text": text}
                 for cid, *_rest in customers[:6] for n, (kind, text) in enumerate(notes)]
    if note_rows:
        conn.execute(insert(CustomerNote), note_rows)
